/* translate_lazy.c — lazy member binding.
 *
 * A token that does not resolve (a type, method or field missing from the
 * assembly it names, or an assembly that is not there) must not fail the
 * whole method: as on CoreCLR, the method runs and the exception is raised
 * by the instruction that needs the member, when that instruction is
 * reached, so an enclosing try in the same method can catch it.
 *
 * The translator snapshots its simulated stack before each instruction
 * (tr_lazy_begin). When resolution fails inside the instruction,
 * tr_lazy_defer records the error instead of failing the method; the driver
 * then (tr_lazy_finish) rolls the instruction back, emits THROW_ERROR with
 * the exception, and applies the instruction's stack effect as read from the
 * token's signature, so the code after it still translates. Nothing after the
 * throw runs, so the pushed values are placeholders of the right kind. */
#include "interp/translate_internal.h"
#include "types/types_internal.h"

static bool is_resolution_error(TypeErrorKind k) {
    return k == ERR_TYPE_LOAD || k == ERR_FILE_NOT_FOUND || k == ERR_MISSING_METHOD || k == ERR_MISSING_FIELD;
}

bool tr_lazy_placeholder_ok(void) { return is_resolution_error(type_last_error_kind()); }

void tr_lazy_begin(Tr *t, uint32_t il) {
    t->lazy.active = true;
    t->lazy.pending = false;
    t->lazy.il = il;
    t->lazy.n = t->n;
    t->lazy.fixup_count = t->fixup_count;
    t->lazy.sp = t->sp;
    if (t->lazy.cap < t->sp) {
        t->lazy.cap = t->sp + 8;
        t->lazy.stack = util_realloc(t->lazy.stack, t->lazy.cap * sizeof(StackEntry));
    }
    if (t->sp) memcpy(t->lazy.stack, t->stack, t->sp * sizeof(StackEntry));
}

bool tr_lazy_defer(Tr *t) {
    if (!t->lazy.active || t->inline_depth > 0 || t->lazy.pending) return t->lazy.pending;
    TypeErrorKind k = type_last_error_kind();
    if (!is_resolution_error(k)) return false;
    t->lazy.pending = true;
    t->lazy.exception = type_error_exception_name(k);
    free(t->lazy.message);
    t->lazy.message = util_strdup(type_last_error());
    return true;
}

/* A placeholder of the kind a signature type has on the stack. */
static void push_sig_type(Tr *t, const MdTypeSig *sig) {
    Type *ty = type_from_sig(t->a, sig, &t->ctx);
    if (ty && !(ty->flags & TF_CONTAINS_OPEN) && type_prepare(ty, TS_LAYOUT)) { tr_push_typed(t, ty); return; }
    switch (sig->elem) {
    case MD_ELEMENT_BYREF: case MD_ELEMENT_PTR: case MD_ELEMENT_I: case MD_ELEMENT_U: case MD_ELEMENT_FNPTR:
        tr_push(t, vm_types.intptr, SK_I); return;
    default:
        tr_push(t, vm_types.object, SK_O); return;
    }
}

static const MdMethodSig *method_sig_of(Tr *t, uint32_t token, char *err, size_t errlen) {
    const MdImage *img = t->a->image;
    uint32_t row = token & 0xFFFFFF;
    switch (token >> 24) {
    case 0x06:
        if (row == 0 || row > img->row_count[MD_METHODDEF]) return NULL;
        return md_parse_method_sig(img, img->methoddefs[row].signature, err, errlen);
    case 0x0A:
        if (row == 0 || row > img->row_count[MD_MEMBERREF]) return NULL;
        return md_parse_method_sig(img, img->memberrefs[row].signature, err, errlen);
    case 0x2B:
        if (row == 0 || row > img->row_count[MD_METHODSPEC]) return NULL;
        return method_sig_of(t, img->methodspecs[row].method, err, errlen);
    }
    return NULL;
}

static const MdTypeSig *field_sig_of(Tr *t, uint32_t token, char *err, size_t errlen) {
    const MdImage *img = t->a->image;
    uint32_t row = token & 0xFFFFFF;
    switch (token >> 24) {
    case 0x04:
        if (row == 0 || row > img->row_count[MD_FIELD]) return NULL;
        return md_parse_field_sig(img, img->fields[row].signature, err, errlen);
    case 0x0A:
        if (row == 0 || row > img->row_count[MD_MEMBERREF] || !md_sig_is_field(img->memberrefs[row].signature)) return NULL;
        return md_parse_field_sig(img, img->memberrefs[row].signature, err, errlen);
    }
    return NULL;
}

static bool pop_n(Tr *t, uint32_t n) {
    if (t->sp < n) { tr_fail(t, "stack underflow"); return false; }
    while (n--) tr_pop(t);
    return true;
}

static void apply_stack_effect(Tr *t, uint32_t op, uint32_t token) {
    char err[200];
    const MdMethodSig *ms;
    const MdTypeSig *fs;
    switch (op) {
    case 0x28: case 0x6F: case 0x73:                 /* call, callvirt, newobj */
        ms = method_sig_of(t, token, err, sizeof err);
        if (!ms) { tr_fail(t, "%s", t->lazy.message); return; }
        if (!pop_n(t, ms->param_count + ((ms->flags & MD_SIG_HASTHIS) && op != 0x73 ? 1 : 0))) return;
        if (op == 0x73) tr_push(t, vm_types.object, SK_O);
        else if (ms->ret->elem != MD_ELEMENT_VOID) push_sig_type(t, ms->ret);
        return;
    case 0x27: case 0x116: return;                   /* jmp, constrained. */
    case 0x106: tr_push(t, vm_types.intptr, SK_I); return;                        /* ldftn */
    case 0x107: if (pop_n(t, 1)) tr_push(t, vm_types.intptr, SK_I);
        return;       /* ldvirtftn */
    case 0x7B: case 0x7E:                            /* ldfld, ldsfld */
        fs = field_sig_of(t, token, err, sizeof err);
        if (!fs) { tr_fail(t, "%s", t->lazy.message); return; }
        if (op == 0x7B && !pop_n(t, 1)) return;
        push_sig_type(t, fs);
        return;
    case 0x7C: if (pop_n(t, 1)) tr_push(t, vm_types.intptr, SK_I);
        return;        /* ldflda */
    case 0x7F: tr_push(t, vm_types.intptr, SK_I); return;                         /* ldsflda */
    case 0x7D: pop_n(t, 2); return;                                               /* stfld */
    case 0x80: pop_n(t, 1); return;                                               /* stsfld */
    case 0x8C: case 0x74: case 0x75: case 0x8D: case 0xA5: case 0x71:             /* box castclass isinst newarr unbox.any ldobj */
        if (pop_n(t, 1)) tr_push(t, vm_types.object, SK_O);
        return;
    case 0x79: if (pop_n(t, 1)) tr_push(t, vm_types.intptr, SK_I);
        return;        /* unbox */
    case 0x8F: if (pop_n(t, 2)) tr_push(t, vm_types.intptr, SK_I);
        return;        /* ldelema */
    case 0xA3: if (pop_n(t, 2)) tr_push(t, vm_types.object, SK_O);
        return;        /* ldelem */
    case 0xA4: pop_n(t, 3); return;                                               /* stelem */
    case 0x81: case 0x70: pop_n(t, 2); return;                                    /* stobj, cpobj */
    case 0x115: pop_n(t, 1); return;                                              /* initobj */
    case 0x11C: tr_push_const(t, SK_I4, 0); return;                               /* sizeof */
    case 0xD0: tr_push(t, vm_types.intptr, SK_I); return;                         /* ldtoken */
    case 0xC6: case 0xC2: if (pop_n(t, 1)) tr_push(t, vm_types.intptr, SK_I);
        return; /* mkrefany, refanyval */
    }
    tr_fail(t, "%s", t->lazy.message);
}

bool tr_lazy_finish(Tr *t) {
    t->lazy.active = false;
    if (!t->lazy.pending || t->failed) return !t->failed;
    t->lazy.pending = false;
    /* roll the instruction back, then throw in its place */
    t->n = t->lazy.n;
    t->fixup_count = t->lazy.fixup_count;
    t->sp = t->lazy.sp;
    if (t->sp) memcpy(t->stack, t->lazy.stack, t->sp * sizeof(StackEntry));
    t->last_dest_valid = false;
    t->constrained = NULL;
    t->prefix_volatile = t->prefix_readonly = t->prefix_tail = false;
    tr_emit_op(t, OP_THROW_ERROR);
    tr_emit_ptr(t, t->lazy.exception);
    tr_emit_string(t, t->lazy.message);
    uint32_t pos = t->lazy.il, op = t->il[pos++];
    if (op == 0xFE) op = 0x100 | t->il[pos++];
    uint32_t token = pos + 4 <= t->il_size ? tr_rd_i32_at(t->il + pos) : 0;
    apply_stack_effect(t, op, token);
    return !t->failed;
}
