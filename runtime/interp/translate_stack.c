/* translate_stack.c — the translator's simulated evaluation stack: entries
 * that are canonical, aliased to a local, or constant; emission of ops and
 * operands; arithmetic, comparison, branch and conversion selection. */
#include "interp/translate_internal.h"

#include <math.h>

/* ---- errors ---- */
void tr_fail(Tr *t, const char *fmt, ...) {
    if (t->failed || t->lazy.pending) return;   /* a deferred error rolls the instruction back anyway */
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    char name[256];
    method_full_name(t->m, name, sizeof name);
    snprintf(t->err, t->errlen, "%s in method %s at IL_%04x", msg, name, t->cur_il);
    t->failed = true;
}

void tr_fail_type(Tr *t) {
    if (tr_lazy_defer(t)) return;
    tr_fail(t, "%s", type_last_error());
}

/* ---- emission ---- */
void tr_emit_word(Tr *t, Op w) {
    if (t->n == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 256;
        t->out = util_realloc(t->out, t->cap * sizeof(Op));
    }
    t->out[t->n++] = w;
}

void tr_emit_op(Tr *t, int op) {
    t->last_op_pos = t->n;
    t->last_dest_valid = false;
    tr_emit_word(t, (Op)op);
}

void tr_emit_ptr(Tr *t, const void *p) { tr_emit_word(t, (Op)(uintptr_t)p); }

void tr_emit_string(Tr *t, const char *s) {
    char *copy = util_strdup(s);
    t->strings = util_realloc(t->strings, (t->string_count + 1) * sizeof(char *));
    t->strings[t->string_count++] = copy;
    tr_emit_ptr(t, copy);
}

void tr_emit_i64(Tr *t, int64_t v) {
    Op words[2] = {0, 0};
    memcpy(words, &v, 8);
    for (int i = 0; i < W64; i++) tr_emit_word(t, words[i]);
}

/* An op with a dest slot as its first operand, recorded for forwarding. */
void tr_emit_dest(Tr *t, uint32_t dest) {
    t->last_dest_pos = t->n;
    tr_emit_word(t, dest);
    t->last_dest_valid = true;
}

void tr_emit_target(Tr *t, uint32_t il_target) {
    if (il_target >= t->il_size) { tr_fail(t, "branch target IL_%04x outside the method", il_target); return; }
    if (t->fixup_count == t->fixup_cap) {
        t->fixup_cap = t->fixup_cap ? t->fixup_cap * 2 : 32;
        t->fixups = util_realloc(t->fixups, t->fixup_cap * sizeof(Fixup));
    }
    t->fixups[t->fixup_count].at = t->n;
    t->fixups[t->fixup_count].il_target = il_target;
    t->fixup_count++;
    tr_emit_word(t, 0);
}

/* ---- the simulated stack ---- */
uint32_t tr_next_canon(Tr *t) {
    return t->sp ? t->stack[t->sp - 1].canon + t->stack[t->sp - 1].nslots : t->temp_base;
}

StackEntry * tr_push_entry(Tr *t, Type *type, StackKind kind) {
    if (t->sp == t->stack_cap) {
        t->stack_cap = t->stack_cap ? t->stack_cap * 2 : 16;
        t->stack = util_realloc(t->stack, t->stack_cap * sizeof(StackEntry));
    }
    StackEntry *e = &t->stack[t->sp];
    memset(e, 0, sizeof *e);
    e->type = type;
    e->kind = (uint8_t)kind;
    if (t->placeholder) e->vflags = V_UNKNOWN;
    e->canon = tr_next_canon(t);
    e->nslots = kind == SK_VT ? type_stack_slots(type) : 1;
    e->slot = e->canon;
    e->loc = LOC_CANON;
    t->sp++;
    if (e->canon + e->nslots > t->max_slot) t->max_slot = e->canon + e->nslots;
    if (t->il && t->sp > t->body.max_stack) tr_fail(t, "stack overflow: more than .maxstack %u values", t->body.max_stack);
    return e;
}

/* Push a result computed into its canonical slot; returns that slot. */
uint32_t tr_push(Tr *t, Type *type, StackKind kind) { return tr_push_entry(t, type, kind)->canon; }

StackEntry tr_pop(Tr *t) {
    if (t->sp == 0) {
        tr_fail(t, "stack underflow");
        StackEntry dummy;
        memset(&dummy, 0, sizeof dummy);
        dummy.type = vm_types.int32;
        dummy.kind = SK_I4;
        dummy.nslots = 1;
        dummy.slot = dummy.canon = t->temp_base;
        return dummy;
    }
    return t->stack[--t->sp];
}

StackEntry * tr_peek(Tr *t, uint32_t depth) {
    if (depth >= t->sp) { tr_fail(t, "stack underflow"); return NULL; }
    return &t->stack[t->sp - 1 - depth];
}

void tr_materialize(Tr *t, StackEntry *e) {
    if (e->loc == LOC_CANON) return;
    if (e->loc == LOC_CONST) {
        if (e->kind == SK_I4) { tr_emit_op(t, OP_LDC_I4); tr_emit_word(t, e->canon); tr_emit_word(t, (Op)(uint32_t)e->cval); }
        else if (e->kind == SK_R4) { tr_emit_op(t, OP_LDC_R4); tr_emit_word(t, e->canon); tr_emit_word(t, (Op)(uint32_t)e->cval); }
        else if (e->kind == SK_O) {
            if (e->cval) { tr_fail(t, "internal: a box elided for a null test is used as a value"); return; }
            tr_emit_op(t, OP_LDNULL); tr_emit_word(t, e->canon);
        }
        else { tr_emit_op(t, e->kind == SK_R8 ? OP_LDC_R8 : OP_LDC_I8); tr_emit_word(t, e->canon); tr_emit_i64(t, e->cval); }
    } else if (e->nslots == 1) {
        tr_emit_op(t, OP_MOV); tr_emit_word(t, e->canon); tr_emit_word(t, e->slot);
    } else {
        tr_emit_op(t, OP_MOVN); tr_emit_word(t, e->canon); tr_emit_word(t, e->slot); tr_emit_word(t, e->nslots);
    }
    e->loc = LOC_CANON;
    e->slot = e->canon;
}

/* At a join (a branch, a switch, the fallthrough into a label): every entry
 * in its canonical slot, and every F value a float64. Paths may bring a
 * float32 and a float64 to the same slot (both are F, III.1.5); widening is
 * exact, and the first path to a label cannot know what a later one brings. */
void tr_materialize_all(Tr *t) {
    for (uint32_t i = 0; i < t->sp; i++) {
        StackEntry *e = &t->stack[i];
        tr_materialize(t, e);
        if (e->kind == SK_R4 && !(e->vflags & V_UNKNOWN)) {
            tr_widen(t, e, 3);
            e->kind = SK_R8;
            e->type = vm_types.double_;
        }
    }
}

void tr_materialize_aliases_of(Tr *t, uint32_t slot) {
    for (uint32_t i = 0; i < t->sp; i++)
        if (t->stack[i].loc == LOC_ALIAS && t->stack[i].slot == slot) tr_materialize(t, &t->stack[i]);
}

/* Where an operand's value can be read: its slot (materializing constants). */
uint32_t tr_operand(Tr *t, StackEntry *e) {
    if (e->loc == LOC_CONST) tr_materialize(t, e);
    return e->slot;
}

/* ---- types and kinds ---- */

Type * tr_kind_type(StackKind k) {
    switch (k) {
    case SK_I4: return vm_types.int32;
    case SK_I8: return vm_types.int64;
    case SK_R4: return vm_types.single;
    case SK_R8: return vm_types.double_;
    case SK_I: return vm_types.intptr;
    default: return vm_types.object;
    }
}

/* Arithmetic family of a stack kind: 0 = I4, 1 = I8, 2 = R4, 3 = R8. */
int tr_arith_family(StackKind k) {
    switch (k) {
    case SK_I4: return 0;
    case SK_I8: return 1;
    case SK_R4: return 2;
    case SK_R8: return 3;
    default: return PTR64 ? 1 : 0;   /* native int, pointers, references */
    }
}

/* Widen an I4 entry to native int (64-bit hosts) or R4 to R8, in its canonical slot. */
void tr_widen(Tr *t, StackEntry *e, int to_family) {
    int from = tr_arith_family((StackKind)e->kind);
    if (from == to_family) return;
    uint32_t src = tr_operand(t, e);
    if (from == 0 && to_family == 1) { tr_emit_op(t, OP_CONV_I8_I4); }
    else if (from == 2 && to_family == 3) { tr_emit_op(t, OP_CONV_R8_R4); }
    else if (from == 1 && to_family == 0) { tr_emit_op(t, OP_CONV_I4_I8); }
    else { tr_fail(t, "incompatible operand types on the stack"); return; }
    tr_emit_word(t, e->canon);
    tr_emit_word(t, src);
    e->loc = LOC_CANON;
    e->slot = e->canon;
}

StackKind tr_result_kind(StackKind a, StackKind b) {
    if (a == b) return a == SK_O ? SK_I : a;
    if (a == SK_R4 || a == SK_R8 || b == SK_R4 || b == SK_R8) return SK_R8;
    if (a == SK_I8 || b == SK_I8) return SK_I8;
    return SK_I;
}

/* Memory access kinds: how a value of type ft is loaded or stored. */

int tr_mem_kind(Type *ft) {
    Type *u = (ft->flags & TF_ENUM) && ft->element ? ft->element : ft;
    switch (u->elem) {
    case MD_ELEMENT_I1: return MK_I1;
    case MD_ELEMENT_U1: case MD_ELEMENT_BOOLEAN: return MK_U1;
    case MD_ELEMENT_I2: return MK_I2;
    case MD_ELEMENT_U2: case MD_ELEMENT_CHAR: return MK_U2;
    case MD_ELEMENT_I4: case MD_ELEMENT_U4: case MD_ELEMENT_R4: return MK_I4;
    case MD_ELEMENT_I8: case MD_ELEMENT_U8: case MD_ELEMENT_R8: return MK_I8;
    case MD_ELEMENT_I: case MD_ELEMENT_U: case MD_ELEMENT_PTR: case MD_ELEMENT_BYREF:
    case MD_ELEMENT_FNPTR: return PTR64 ? MK_I8 : MK_I4;
    case MD_ELEMENT_VALUETYPE: return MK_VT;
    default: return type_is_reference(u) ? MK_REF : MK_VT;
    }
}

const int tr_ldfld_ops[] = {OP_LDFLD_I1, OP_LDFLD_U1, OP_LDFLD_I2, OP_LDFLD_U2, OP_LDFLD_I4, OP_LDFLD_I8, OP_LDFLD_REF, OP_LDFLD_VT};
const int tr_lds_ops[] = {OP_LDS_I1, OP_LDS_U1, OP_LDS_I2, OP_LDS_U2, OP_LDS_I4, OP_LDS_I8, OP_LDS_REF, OP_LDS_VT};
const int tr_ldsfld_ops[] = {OP_LDSFLD_I1, OP_LDSFLD_U1, OP_LDSFLD_I2, OP_LDSFLD_U2, OP_LDSFLD_I4, OP_LDSFLD_I8, OP_LDSFLD_REF, OP_LDSFLD_VT};
const int tr_ldind_ops[] = {OP_LDIND_I1, OP_LDIND_U1, OP_LDIND_I2, OP_LDIND_U2, OP_LDIND_I4, OP_LDIND_I8, OP_LDIND_REF, OP_LDOBJ};
const int tr_ldelem_ops[] = {OP_LDELEM_I1, OP_LDELEM_U1, OP_LDELEM_I2, OP_LDELEM_U2, OP_LDELEM_I4, OP_LDELEM_I8, OP_LDELEM_REF, OP_LDELEM_VT};
const int tr_stfld_ops[] = {OP_STFLD_I1, OP_STFLD_I1, OP_STFLD_I2, OP_STFLD_I2, OP_STFLD_I4, OP_STFLD_I8, OP_STFLD_REF, OP_STFLD_VT};
const int tr_stsfld_ops[] = {OP_STSFLD_I1, OP_STSFLD_I1, OP_STSFLD_I2, OP_STSFLD_I2, OP_STSFLD_I4, OP_STSFLD_I8, OP_STSFLD_REF, OP_STSFLD_VT};
const int tr_stind_ops[] = {OP_STIND_I1, OP_STIND_I1, OP_STIND_I2, OP_STIND_I2, OP_STIND_I4, OP_STIND_I8, OP_STIND_REF, OP_STOBJ};
const int tr_stelem_ops[] = {OP_STELEM_I1, OP_STELEM_I1, OP_STELEM_I2, OP_STELEM_I2, OP_STELEM_I4, OP_STELEM_I8, OP_STELEM_REF_CHECKED, OP_STELEM_VT};

/* The type a loaded value has on the stack. */
Type * tr_stack_type_of(Type *ft) {
    Type *u = (ft->flags & TF_ENUM) && ft->element ? ft->element : ft;
    switch (type_stack_kind(u)) {
    case SK_I4: return vm_types.int32;
    case SK_I8: return vm_types.int64;
    default: return ft;
    }
}

StackEntry * tr_push_typed(Tr *t, Type *ft) {
    Type *st = tr_stack_type_of(ft);
    return tr_push_entry(t, st, type_stack_kind(st));
}

/* ---- locals and arguments ---- */
void tr_load_var(Tr *t, Type *type, uint32_t slot, bool addr_taken) {
    Type *st = tr_stack_type_of(type);
    StackEntry *e = tr_push_entry(t, st, type_stack_kind(st));
    if (addr_taken) {
        e->slot = slot;
        e->loc = LOC_ALIAS;
        tr_materialize(t, e);
    } else {
        e->slot = slot;
        e->loc = LOC_ALIAS;
    }
}

/* Small integer locals hold their value truncated, as if stored to memory. */
int tr_narrow_op(Type *type) {
    switch (tr_mem_kind(type)) {
    case MK_I1: return OP_CONV_I1_I4;
    case MK_U1: return OP_CONV_U1_I4;
    case MK_I2: return OP_CONV_I2_I4;
    case MK_U2: return OP_CONV_U2_I4;
    default: return -1;
    }
}

void tr_store_var(Tr *t, Type *type, uint32_t slot) {
    StackEntry e = tr_pop(t);
    if (t->failed) return;
    tr_materialize_aliases_of(t, slot);
    int narrow = tr_narrow_op(type);
    if (e.kind == SK_R4 && type_stack_kind(type) == SK_R8) {
        { uint32_t src_ = tr_operand(t, &e); tr_emit_op(t, OP_CONV_R8_R4); tr_emit_word(t, slot); tr_emit_word(t, src_); }
        return;
    }
    if (e.kind == SK_R8 && type_stack_kind(type) == SK_R4) {
        { uint32_t src_ = tr_operand(t, &e); tr_emit_op(t, OP_CONV_R4_R8); tr_emit_word(t, slot); tr_emit_word(t, src_); }
        return;
    }
    if (e.kind == SK_I4 && type_stack_kind(type) == SK_I && PTR64) {
        { uint32_t src_ = tr_operand(t, &e); tr_emit_op(t, OP_CONV_I8_I4); tr_emit_word(t, slot); tr_emit_word(t, src_); }
        return;
    }
    if (narrow >= 0) {
        { uint32_t src_ = tr_operand(t, &e); tr_emit_op(t, narrow); tr_emit_word(t, slot); tr_emit_word(t, src_); }
        return;
    }
    if (e.loc == LOC_CONST) {
        e.canon = slot;
        tr_materialize(t, &e);
        return;
    }
    if (e.loc == LOC_CANON && t->last_dest_valid && t->out[t->last_dest_pos] == e.slot && e.nslots == 1) {
        t->out[t->last_dest_pos] = slot;    /* the producing op writes the variable directly */
        t->last_dest_valid = false;
        return;
    }
    if (e.slot == slot) return;
    if (e.nslots == 1) { tr_emit_op(t, OP_MOV); tr_emit_word(t, slot); tr_emit_word(t, e.slot); }
    else { tr_emit_op(t, OP_MOVN); tr_emit_word(t, slot); tr_emit_word(t, e.slot); tr_emit_word(t, e.nslots); }
}

void tr_push_const(Tr *t, StackKind kind, int64_t v) {
    StackEntry *e = tr_push_entry(t, tr_kind_type(kind), kind);
    e->loc = LOC_CONST;
    e->cval = v;
}

/* ---- arithmetic ---- */

const int tr_bin_ops[BIN_COUNT][4] = {
    {OP_ADD_I4, OP_ADD_I8, OP_ADD_R4, OP_ADD_R8}, {OP_SUB_I4, OP_SUB_I8, OP_SUB_R4, OP_SUB_R8},
    {OP_MUL_I4, OP_MUL_I8, OP_MUL_R4, OP_MUL_R8}, {OP_DIV_I4, OP_DIV_I8, OP_DIV_R4, OP_DIV_R8},
    {OP_REM_I4, OP_REM_I8, OP_REM_R4, OP_REM_R8}, {OP_DIV_UN_I4, OP_DIV_UN_I8, -1, -1},
    {OP_REM_UN_I4, OP_REM_UN_I8, -1, -1}, {OP_AND_I4, OP_AND_I8, -1, -1}, {OP_OR_I4, OP_OR_I8, -1, -1},
    {OP_XOR_I4, OP_XOR_I8, -1, -1}, {OP_SHL_I4, OP_SHL_I8, -1, -1}, {OP_SHR_I4, OP_SHR_I8, -1, -1},
    {OP_SHR_UN_I4, OP_SHR_UN_I8, -1, -1}, {OP_ADD_OVF_I4, OP_ADD_OVF_I8, -1, -1},
    {OP_ADD_OVF_UN_I4, OP_ADD_OVF_UN_I8, -1, -1}, {OP_SUB_OVF_I4, OP_SUB_OVF_I8, -1, -1},
    {OP_SUB_OVF_UN_I4, OP_SUB_OVF_UN_I8, -1, -1}, {OP_MUL_OVF_I4, OP_MUL_OVF_I8, -1, -1},
    {OP_MUL_OVF_UN_I4, OP_MUL_OVF_UN_I8, -1, -1},
};

int tr_imm_op(int bin) {
    switch (bin) {
    case BIN_ADD: return OP_ADD_I4_IMM; case BIN_SUB: return OP_SUB_I4_IMM; case BIN_MUL: return OP_MUL_I4_IMM;
    case BIN_AND: return OP_AND_I4_IMM; case BIN_OR: return OP_OR_I4_IMM; case BIN_XOR: return OP_XOR_I4_IMM;
    case BIN_SHL: return OP_SHL_I4_IMM; case BIN_SHR: return OP_SHR_I4_IMM; case BIN_SHR_UN: return OP_SHR_UN_I4_IMM;
    case BIN_DIV: return OP_DIV_I4_IMM; case BIN_REM: return OP_REM_I4_IMM;
    default: return -1;
    }
}

/* Operand types of binary arithmetic (III.1.5 tables 2, 5, 6 and 7). */
static bool int_pair(VerKind a, VerKind b) {
    return ((a == VK_I4 || a == VK_I) && (b == VK_I4 || b == VK_I)) || (a == VK_I8 && b == VK_I8);
}

static bool binop_types_ok(int bin, VerKind a, VerKind b) {
    if (a == VK_UNKNOWN || b == VK_UNKNOWN) return true;
    bool ptr_int = a == VK_BYREF && (b == VK_I4 || b == VK_I);
    switch (bin) {
    case BIN_SHL: case BIN_SHR: case BIN_SHR_UN:
        return (a == VK_I4 || a == VK_I8 || a == VK_I) && (b == VK_I4 || b == VK_I);
    case BIN_ADD: case BIN_ADD_OVF_UN:
        return int_pair(a, b) || (a == VK_F && b == VK_F) || ptr_int || (b == VK_BYREF && (a == VK_I4 || a == VK_I));
    case BIN_SUB: case BIN_SUB_OVF_UN:
        return int_pair(a, b) || (a == VK_F && b == VK_F) || ptr_int || (a == VK_BYREF && b == VK_BYREF);
    case BIN_MUL: case BIN_DIV: case BIN_REM:
        return int_pair(a, b) || (a == VK_F && b == VK_F);
    default:
        return int_pair(a, b);
    }
}

void tr_binop(Tr *t, int bin) {
    StackEntry b = tr_pop(t), a = tr_pop(t);
    if (t->failed) return;
    if (!binop_types_ok(bin, tr_vkind(&a), tr_vkind(&b))) {
        static const char *names[BIN_COUNT] = {"add", "sub", "mul", "div", "rem", "div.un", "rem.un", "and", "or", "xor",
            "shl", "shr", "shr.un", "add.ovf", "add.ovf.un", "sub.ovf", "sub.ovf.un", "mul.ovf", "mul.ovf.un"};
        tr_invalid(t, "%s of %s and %s", names[bin], tr_vkind_name(&a), tr_vkind_name(&b));
        return;
    }
    bool shift = bin == BIN_SHL || bin == BIN_SHR || bin == BIN_SHR_UN;
    StackKind rk = shift ? (StackKind)a.kind : tr_result_kind((StackKind)a.kind, (StackKind)b.kind);
    if (shift && rk == SK_O) rk = SK_I;
    int fam = tr_arith_family(rk);
    if (tr_bin_ops[bin][fam] < 0) { tr_fail(t, "invalid operand type for a bitwise or unsigned operation"); return; }
    /* two I4 constants (an inlined constant argument meets a literal): the result is one */
    if (a.loc == LOC_CONST && b.loc == LOC_CONST && a.kind == SK_I4 && b.kind == SK_I4 && rk == SK_I4) {
        int32_t x = (int32_t)a.cval, y = (int32_t)b.cval, r;
        bool folded = true;
        switch (bin) {
        case BIN_ADD: r = (int32_t)((uint32_t)x + (uint32_t)y); break;
        case BIN_SUB: r = (int32_t)((uint32_t)x - (uint32_t)y); break;
        case BIN_MUL: r = (int32_t)((uint32_t)x * (uint32_t)y); break;
        case BIN_AND: r = x & y; break;
        case BIN_OR: r = x | y; break;
        case BIN_XOR: r = x ^ y; break;
        case BIN_SHL: r = (int32_t)((uint32_t)x << (y & 31)); break;
        case BIN_SHR: r = x >> (y & 31); break;
        case BIN_SHR_UN: r = (int32_t)((uint32_t)x >> (y & 31)); break;
        default: folded = false; r = 0; break;
        }
        if (folded) { tr_push_const(t, SK_I4, r); return; }
    }
    /* constant folding for I4 immediates */
    if (fam == 0 && b.loc == LOC_CONST && b.kind == SK_I4 && tr_imm_op(bin) >= 0 && a.kind == SK_I4) {
        uint32_t as = tr_operand(t, &a);
        uint32_t d = tr_push(t, tr_kind_type(rk), rk);
        tr_emit_op(t, tr_imm_op(bin)); tr_emit_dest(t, d); tr_emit_word(t, as); tr_emit_word(t, (Op)(uint32_t)b.cval);
        return;
    }
    if (!shift) {
        tr_widen(t, &a, fam);
        tr_widen(t, &b, fam);
    } else if (tr_arith_family((StackKind)b.kind) == 1) {
        /* shift amount in an I8/native slot: its low 32 bits are what counts */
    }
    uint32_t as = tr_operand(t, &a), bs = tr_operand(t, &b);
    uint32_t d = tr_push(t, tr_kind_type(rk), rk);
    tr_emit_op(t, tr_bin_ops[bin][fam]); tr_emit_dest(t, d); tr_emit_word(t, as); tr_emit_word(t, bs);
}

void tr_unop(Tr *t, bool neg) {
    StackEntry a = tr_pop(t);
    if (t->failed) return;
    int fam = tr_arith_family((StackKind)a.kind);
    static const int neg_ops[4] = {OP_NEG_I4, OP_NEG_I8, OP_NEG_R4, OP_NEG_R8};
    static const int not_ops[4] = {OP_NOT_I4, OP_NOT_I8, -1, -1};
    int op = neg ? neg_ops[fam] : not_ops[fam];
    if (op < 0) { tr_fail(t, "invalid operand type for not"); return; }
    uint32_t as = tr_operand(t, &a);
    StackKind k = a.kind == SK_O ? SK_I : (StackKind)a.kind;
    uint32_t d = tr_push(t, tr_kind_type(k), k);
    tr_emit_op(t, op); tr_emit_dest(t, d); tr_emit_word(t, as);
}

/* ---- comparisons and branches ---- */

const int tr_bcmp_ops[10][4] = {
    {OP_BEQ_I4, OP_BEQ_I8, OP_BEQ_R4, OP_BEQ_R8}, {OP_BNE_UN_I4, OP_BNE_UN_I8, OP_BNE_UN_R4, OP_BNE_UN_R8},
    {OP_BGE_I4, OP_BGE_I8, OP_BGE_R4, OP_BGE_R8}, {OP_BGE_UN_I4, OP_BGE_UN_I8, OP_BGE_UN_R4, OP_BGE_UN_R8},
    {OP_BGT_I4, OP_BGT_I8, OP_BGT_R4, OP_BGT_R8}, {OP_BGT_UN_I4, OP_BGT_UN_I8, OP_BGT_UN_R4, OP_BGT_UN_R8},
    {OP_BLE_I4, OP_BLE_I8, OP_BLE_R4, OP_BLE_R8}, {OP_BLE_UN_I4, OP_BLE_UN_I8, OP_BLE_UN_R4, OP_BLE_UN_R8},
    {OP_BLT_I4, OP_BLT_I8, OP_BLT_R4, OP_BLT_R8}, {OP_BLT_UN_I4, OP_BLT_UN_I8, OP_BLT_UN_R4, OP_BLT_UN_R8},
};
const int tr_bcmp_imm_ops[10] = {OP_BEQ_I4_IMM, OP_BNE_UN_I4_IMM, OP_BGE_I4_IMM, OP_BGE_UN_I4_IMM, OP_BGT_I4_IMM,
    OP_BGT_UN_I4_IMM, OP_BLE_I4_IMM, OP_BLE_UN_I4_IMM, OP_BLT_I4_IMM, OP_BLT_UN_I4_IMM};

void tr_save_stack_for(Tr *t, uint32_t il_target) {
    if (il_target >= t->il_size) return;
    if (t->saved[il_target].entries || t->depth_known[il_target]) {
        if (t->saved_depth[il_target] != t->sp)
            tr_invalid(t, "stack depth mismatch at IL_%04x (%u vs %u)", il_target, t->saved_depth[il_target], t->sp);
        else if (t->sp && t->saved[il_target].entries)   /* a backward branch must fit the code already made */
            tr_merge_stack(t, t->saved[il_target].entries, t->stack, t->sp, il_target, t->il_to_op[il_target] == UINT32_MAX);
        return;
    }
    t->depth_known[il_target] = 1;
    t->saved_depth[il_target] = t->sp;
    if (t->sp == 0) return;
    SavedStack *s = &t->saved[il_target];
    s->count = t->sp;
    s->entries = util_calloc(t->sp, sizeof(StackEntry));
    memcpy(s->entries, t->stack, t->sp * sizeof(StackEntry));
}

void tr_branch_to(Tr *t, uint32_t il_target) {
    tr_save_stack_for(t, il_target);
    tr_emit_target(t, il_target);
}

/* Operand types of comparisons (III.1.5 table 4): objects only for equality
   (and cgt.un, the compilers' `x != null`). */
static bool compare_types_ok(VerKind a, VerKind b, bool equality) {
    if (a == VK_UNKNOWN || b == VK_UNKNOWN) return true;
    if (int_pair(a, b) || (a == VK_F && b == VK_F)) return true;
    if ((a == VK_BYREF || a == VK_I) && (b == VK_BYREF || b == VK_I)) return true;
    return equality && a == VK_REF && b == VK_REF;
}

void tr_branch_cmp(Tr *t, int cmp, uint32_t target) {
    StackEntry b = tr_pop(t), a = tr_pop(t);
    if (t->failed) return;
    if (!compare_types_ok(tr_vkind(&a), tr_vkind(&b), cmp == CMP_EQ || cmp == CMP_NE_UN)) {
        tr_invalid(t, "conditional branch comparing %s and %s", tr_vkind_name(&a), tr_vkind_name(&b));
        return;
    }
    tr_materialize_all(t);
    StackKind rk = tr_result_kind((StackKind)a.kind, (StackKind)b.kind);
    int fam = tr_arith_family(rk);
    if (fam == 0 && b.loc == LOC_CONST && a.kind == SK_I4) {
        uint32_t as = tr_operand(t, &a);
        tr_emit_op(t, tr_bcmp_imm_ops[cmp]); tr_emit_word(t, as); tr_emit_word(t, (Op)(uint32_t)b.cval);
        tr_branch_to(t, target);
        return;
    }
    tr_widen(t, &a, fam);
    tr_widen(t, &b, fam);
    uint32_t as = tr_operand(t, &a), bs = tr_operand(t, &b);
    /* `i < a.Length` (a loop's test): the LDLEN just emitted and the branch become one op */
    if (fam == 0 && cmp == CMP_LT && b.loc == LOC_CANON && b.nslots == 1 && t->last_dest_valid &&
        t->out[t->last_op_pos] == OP_LDLEN && t->out[t->last_dest_pos] == bs && t->last_dest_pos == t->last_op_pos + 1 &&
        t->last_op_pos + 3 == t->n && as != bs) {
        uint32_t arr = (uint32_t)t->out[t->last_op_pos + 2];
        t->n = t->last_op_pos;
        tr_emit_op(t, OP_BLT_LEN_I4); tr_emit_word(t, as); tr_emit_word(t, arr);
        tr_branch_to(t, target);
        return;
    }
    tr_emit_op(t, tr_bcmp_ops[cmp][fam]); tr_emit_word(t, as); tr_emit_word(t, bs);
    tr_branch_to(t, target);
}

void tr_branch_bool(Tr *t, bool when_true, uint32_t target) {
    StackEntry a = tr_pop(t);
    if (t->failed) return;
    tr_materialize_all(t);
    int fam = tr_arith_family((StackKind)a.kind);
    if (fam >= 2) { tr_fail(t, "brtrue/brfalse on a floating-point value"); return; }
    if (a.loc == LOC_CONST && a.kind == SK_O && a.cval) {
        /* a value type's box (translate.c, box): never null */
        if (when_true) { tr_emit_op(t, OP_BR); tr_branch_to(t, target); }
        else tr_save_stack_for(t, target);
        return;
    }
    uint32_t as = tr_operand(t, &a);
    tr_emit_op(t, fam == 0 ? (when_true ? OP_BRTRUE_I4 : OP_BRFALSE_I4) : (when_true ? OP_BRTRUE_I8 : OP_BRFALSE_I8));
    tr_emit_word(t, as);
    tr_branch_to(t, target);
}

void tr_compare(Tr *t, int which /* 0 ceq 1 cgt 2 cgt.un 3 clt 4 clt.un */) {
    static const int ops[5][4] = {
        {OP_CEQ_I4, OP_CEQ_I8, OP_CEQ_R4, OP_CEQ_R8}, {OP_CGT_I4, OP_CGT_I8, OP_CGT_R4, OP_CGT_R8},
        {OP_CGT_UN_I4, OP_CGT_UN_I8, OP_CGT_UN_R4, OP_CGT_UN_R8}, {OP_CLT_I4, OP_CLT_I8, OP_CLT_R4, OP_CLT_R8},
        {OP_CLT_UN_I4, OP_CLT_UN_I8, OP_CLT_UN_R4, OP_CLT_UN_R8}};
    StackEntry b = tr_pop(t), a = tr_pop(t);
    if (t->failed) return;
    if (!compare_types_ok(tr_vkind(&a), tr_vkind(&b), which == 0 || which == 2)) {
        static const char *names[5] = {"ceq", "cgt", "cgt.un", "clt", "clt.un"};
        tr_invalid(t, "%s of %s and %s", names[which], tr_vkind_name(&a), tr_vkind_name(&b));
        return;
    }
    int fam = tr_arith_family(tr_result_kind((StackKind)a.kind, (StackKind)b.kind));
    tr_widen(t, &a, fam);
    tr_widen(t, &b, fam);
    uint32_t as = tr_operand(t, &a), bs = tr_operand(t, &b);
    uint32_t d = tr_push(t, vm_types.int32, SK_I4);
    tr_emit_op(t, ops[which][fam]); tr_emit_dest(t, d); tr_emit_word(t, as); tr_emit_word(t, bs);
}

/* ---- conversions ---- */

int tr_conv_op(int dst, int fam, bool ovf, bool un) {
    /* layout per source family in ops.h: 10 plain, then 8 ovf (each followed by _UN for I4/I8) */
    static const int plain[4] = {OP_CONV_I1_I4, OP_CONV_I1_I8, OP_CONV_I1_R4, OP_CONV_I1_R8};
    static const int ovfb[4] = {OP_CONV_OVF_I1_I4, OP_CONV_OVF_I1_I8, OP_CONV_OVF_I1_R4, OP_CONV_OVF_I1_R8};
    if (!ovf) return plain[fam] + dst;
    if (fam >= 2) return ovfb[fam] + dst;
    return ovfb[fam] + dst * 2 + (un ? 1 : 0);
}

void tr_conv(Tr *t, int dst, bool ovf, bool un) {
    StackEntry a = tr_pop(t);
    if (t->failed) return;
    VerKind vk = tr_vkind(&a);
    /* III.1.5 table 8: numbers convert freely; object references and managed
       pointers only to integers (unverifiable: they stop being tracked) */
    bool to_float = dst == CV_R4 || dst == CV_R8 || dst == CV_R_UN;
    if (vk == VK_VALUE || ((vk == VK_REF || vk == VK_BYREF) && to_float)) {
        tr_invalid(t, "conversion of %s to a %s", tr_vkind_name(&a), to_float ? "floating-point number" : "number");
        return;
    }
    int fam = tr_arith_family((StackKind)a.kind);
    StackKind rk;
    if (dst == CV_I || dst == CV_U) {
        dst = PTR64 ? (dst == CV_I ? CV_I8 : CV_U8) : (dst == CV_I ? CV_I4 : CV_U4);
        rk = SK_I;
    } else if (dst == CV_R_UN) {
        rk = SK_R8;
    } else {
        rk = dst <= CV_U4 ? SK_I4 : dst <= CV_U8 ? SK_I8 : dst == CV_R4 ? SK_R4 : SK_R8;
    }
    /* identity conversions: just retype the entry */
    bool same_bits = !ovf && ((fam == 0 && (dst == CV_I4 || dst == CV_U4)) || (fam == 1 && (dst == CV_I8 || dst == CV_U8)) ||
                              (fam == 3 && dst == CV_R8));
    /* conv.i4 of an array length just loaded (`i < a.Length`): the length fits, and LDLEN
       zero-extends it, so the slot already holds the int32 */
    if (!ovf && fam == 1 && (dst == CV_I4 || dst == CV_U4) && a.loc == LOC_CANON && a.nslots == 1 &&
        t->last_dest_valid && t->out[t->last_dest_pos] == a.slot && t->out[t->last_op_pos] == OP_LDLEN)
        same_bits = true;
    if (same_bits) {
        StackEntry *e = tr_push_entry(t, tr_kind_type(rk), rk);
        e->loc = a.loc; e->slot = a.slot; e->cval = a.cval;
        if (a.loc == LOC_CANON && a.slot != e->canon) { e->loc = LOC_ALIAS; }
        if (e->loc == LOC_CONST && rk != (StackKind)a.kind) tr_materialize(t, e);
        return;
    }
    uint32_t as = tr_operand(t, &a);
    int op;
    if (dst == CV_R_UN) {
        if (fam >= 2) op = fam == 2 ? OP_CONV_R8_R4 : OP_MOV;
        else op = fam == 0 ? OP_CONV_R_UN_I4 : OP_CONV_R_UN_I8;
    } else if (ovf && (dst == CV_R4 || dst == CV_R8)) {
        tr_fail(t, "invalid conversion");
        return;
    } else {
        op = tr_conv_op(dst, fam, ovf, un);
    }
    uint32_t d = tr_push(t, tr_kind_type(rk), rk);
    tr_emit_op(t, op); tr_emit_dest(t, d); tr_emit_word(t, as);
}

