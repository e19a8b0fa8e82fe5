/* disasm.c — prints translated code (CILANTRO_DUMP=1), for debugging the
 * translator: one op per line, each operand shown as its ops.def kind says
 * (slots as [n], types, methods, static fields, strings and internal calls
 * by name, branch targets as op offsets). */
#include "icalls/icalls.h"
#include "interp/interp_internal.h"

#include <stdio.h>
#include <string.h>

/* A static field's name from its address, when it belongs to the type
 * that owns the method (the common case); NULL otherwise. */
static const char *static_field_name(Method *m, const void *addr) {
    Type *owner = m->owner;
    if (!owner || !owner->statics || (const uint8_t *)addr < owner->statics ||
        (const uint8_t *)addr >= owner->statics + owner->statics_size) return NULL;
    uint32_t off = (uint32_t)((const uint8_t *)addr - owner->statics);
    for (uint32_t i = 0; i < owner->field_count; i++) {
        Field *f = &owner->fields[i];
        if ((f->flags & FF_STATIC) && !(f->flags & FF_THREADSTATIC) && f->offset == off) return f->name;
    }
    return NULL;
}

static void print_string(const String *s) {
    fputc('"', stderr);
    int32_t n = s->length < 40 ? s->length : 40;
    for (int32_t i = 0; i < n; i++) {
        uint16_t c = s->chars[i];
        if (c == '"' || c == '\\') fprintf(stderr, "\\%c", (char)c);
        else if (c >= 0x20 && c < 0x7F) fputc((char)c, stderr);
        else fprintf(stderr, "\\u%04X", c);
    }
    fprintf(stderr, s->length > n ? "\"..." : "\"");
}

/* Prints operand word(s) of kind k at p; returns how many words it used. */
static uint32_t print_operand(Method *m, char k, const Op *p) {
    char name[300];
    switch (k) {
    case OPND_DST: case OPND_SRC: case OPND_BASE: case OPND_SLOT_ADDR:
        fprintf(stderr, " [%lu]", (unsigned long)p[0]); break;
    case OPND_I32: fprintf(stderr, " %d", (int)(int32_t)(uint32_t)p[0]); break;
    case OPND_I64: case OPND_F64: {
        uint64_t bits;
        Op w[2] = {p[0], W64 > 1 ? p[1] : 0};
        memcpy(&bits, w, 8);
        if (k == OPND_I64) fprintf(stderr, " %lld", (long long)bits);
        else { double d; memcpy(&d, &bits, 8); fprintf(stderr, " %.17g", d); }
        return (uint32_t)W64;
    }
    case OPND_F32: { uint32_t bits = (uint32_t)p[0]; float f; memcpy(&f, &bits, 4); fprintf(stderr, " %.9g", f); break; }
    case OPND_COUNT: case OPND_FLAG: fprintf(stderr, " %lu", (unsigned long)p[0]); break;
    case OPND_OFFSET: fprintf(stderr, " +%lu", (unsigned long)p[0]); break;
    case OPND_IL_OFFSET: fprintf(stderr, " IL_%04lx", (unsigned long)p[0]); break;
    case OPND_TARGET: fprintf(stderr, " -> %lu", (unsigned long)p[0]); break;
    case OPND_TYPE: {
        Type *ty = (Type *)(uintptr_t)p[0];
        fprintf(stderr, " %s", ty ? type_name_full(ty) : "(none)");
        break;
    }
    case OPND_METHOD: {
        Method *callee = (Method *)(uintptr_t)p[0];
        fprintf(stderr, " %s", callee ? method_full_name(callee, name, sizeof name) : "(none)");
        break;
    }
    case OPND_STATIC: {
        const char *f = static_field_name(m, (const void *)(uintptr_t)p[0]);
        if (f) fprintf(stderr, " %s::%s", type_name_full(m->owner), f);
        else fprintf(stderr, " static@%p", (void *)(uintptr_t)p[0]);
        break;
    }
    case OPND_STRING: fputc(' ', stderr); print_string((const String *)(uintptr_t)p[0]); break;
    case OPND_CSTRING: fprintf(stderr, " \"%s\"", (const char *)(uintptr_t)p[0]); break;
    case OPND_ICALL: {
        const char *sig = icall_signature_of((IcallFn)(uintptr_t)p[0]);
        if (sig) fprintf(stderr, " %s", sig); else fprintf(stderr, " icall@%p", (void *)(uintptr_t)p[0]);
        break;
    }
    case OPND_HANDLE: fprintf(stderr, " handle@%p", (void *)(uintptr_t)p[0]); break;
    case OPND_SWITCH: {
        uint32_t n = (uint32_t)p[0];
        fprintf(stderr, " (%u)", n);
        for (uint32_t i = 0; i < n; i++) fprintf(stderr, " -> %lu", (unsigned long)p[1 + i]);
        return 1 + n;
    }
    default: fprintf(stderr, " ?%lu", (unsigned long)p[0]); break;
    }
    return 1;
}

void interp_dump_code(Method *m, Code *code) {
    char name[300];
    fprintf(stderr, "== %s (frame %u slots, locals %u..%u)\n", method_full_name(m, name, sizeof name),
            code->frame_slots, code->local_start, code->local_start + code->local_slots);
    for (uint32_t pos = 0; pos < code->op_count;) {
        Op op = code->ops[pos];
        if (op >= OP_COUNT) { fprintf(stderr, "  %4u: ??? %lu\n", pos, (unsigned long)op); return; }
        uint32_t n = op_length_at(code->ops + pos);
        if (pos + 1 + n > code->op_count) { fprintf(stderr, "  %4u: %s (truncated)\n", pos, op_names[op]); return; }
        fprintf(stderr, "  %4u: %-16s", pos, op_names[op]);
        const Op *p = code->ops + pos + 1;
        for (const char *k = op_info[op].operands; *k; k++) p += print_operand(m, *k, p);
        fprintf(stderr, "\n");
        pos += 1 + n;
    }
}
