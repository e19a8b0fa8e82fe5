/* translate.c — CIL to internal code, once per method (DESIGN rule 3).
 *
 * The translator walks the IL once, simulating the evaluation stack. Each
 * stack entry knows its type and where its value lives:
 *   - CANON: in its canonical temp slot (temps start after the locals; entry
 *     i's canonical slot is the sum of the sizes of the entries below it);
 *   - ALIAS: still in a local/argument slot (ldloc/ldarg emit nothing), so
 *     `a + b` becomes one ADD reading both locals directly;
 *   - CONST: an I4/I8/R8 constant not yet written anywhere, so `x + 1`
 *     becomes ADD_I4_IMM.
 * Entries are materialized (moved to their canonical slots) where the
 * internal code needs a fixed shape: at branches and labels, for call
 * arguments, and before a store to an aliased local. An op whose result is
 * immediately stored to a local writes the local directly (dest forwarding).
 * Tokens, field offsets, sizes and call targets are resolved here, so the
 * interpreter loop never touches metadata.
 */
#include "interp/interp_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { LOC_CANON, LOC_ALIAS, LOC_CONST };

typedef struct StackEntry {
    Type *type;
    uint8_t kind;       /* StackKind */
    uint8_t loc;
    uint32_t slot;      /* where the value lives now */
    uint32_t canon;     /* its canonical slot */
    uint32_t nslots;
    int64_t cval;       /* LOC_CONST: I4/I8 value, or R8 bits */
} StackEntry;

typedef struct SavedStack { uint32_t count; StackEntry *entries; } SavedStack;
typedef struct Fixup { uint32_t at; uint32_t il_target; } Fixup;

typedef struct Tr {
    Method *m;
    Assembly *a;
    GenericContext ctx;
    MdMethodBody body;
    const uint8_t *il;
    uint32_t il_size;

    Op *out;
    uint32_t n, cap;

    uint32_t *il_to_op;
    uint8_t *is_target;
    uint8_t *depth_known;      /* a branch to this offset was seen; its stack depth is saved_depth */
    uint32_t *saved_depth;
    SavedStack *saved;

    StackEntry *stack;
    uint32_t sp, stack_cap;
    uint32_t temp_base, max_slot;

    uint32_t arg_count;
    Type **arg_types;
    uint32_t *arg_slots;
    uint32_t local_count;
    Type **local_types;
    uint32_t *local_slots;
    uint8_t *arg_addr_taken, *local_addr_taken;

    Fixup *fixups;
    uint32_t fixup_count, fixup_cap;

    uint32_t *map_ops, *map_il;
    uint32_t map_count;

    /* dest forwarding: the last emitted op and where its dest operand is */
    uint32_t last_op_pos, last_dest_pos;
    bool last_dest_valid;

    Type *constrained;
    bool prefix_volatile, prefix_readonly, prefix_tail;
    uint32_t cur_il;
    char *err;
    size_t errlen;
    bool failed;
} Tr;

/* ---- errors ---- */
static void fail(Tr *t, const char *fmt, ...) {
    if (t->failed) return;
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

static void fail_type(Tr *t) { fail(t, "%s", type_last_error()); }

/* ---- emission ---- */
static void emit_word(Tr *t, Op w) {
    if (t->n == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 256;
        t->out = util_realloc(t->out, t->cap * sizeof(Op));
    }
    t->out[t->n++] = w;
}

static void emit_op(Tr *t, int op) {
    t->last_op_pos = t->n;
    t->last_dest_valid = false;
    emit_word(t, (Op)op);
}

static void emit_ptr(Tr *t, const void *p) { emit_word(t, (Op)(uintptr_t)p); }

static void emit_i64(Tr *t, int64_t v) {
    Op words[2] = {0, 0};
    memcpy(words, &v, 8);
    for (int i = 0; i < W64; i++) emit_word(t, words[i]);
}

/* An op with a dest slot as its first operand, recorded for forwarding. */
static void emit_dest(Tr *t, uint32_t dest) {
    t->last_dest_pos = t->n;
    emit_word(t, dest);
    t->last_dest_valid = true;
}

static void emit_target(Tr *t, uint32_t il_target) {
    if (il_target >= t->il_size) { fail(t, "branch target IL_%04x outside the method", il_target); return; }
    if (t->fixup_count == t->fixup_cap) {
        t->fixup_cap = t->fixup_cap ? t->fixup_cap * 2 : 32;
        t->fixups = util_realloc(t->fixups, t->fixup_cap * sizeof(Fixup));
    }
    t->fixups[t->fixup_count].at = t->n;
    t->fixups[t->fixup_count].il_target = il_target;
    t->fixup_count++;
    emit_word(t, 0);
}

/* ---- the simulated stack ---- */
static uint32_t next_canon(Tr *t) {
    return t->sp ? t->stack[t->sp - 1].canon + t->stack[t->sp - 1].nslots : t->temp_base;
}

static StackEntry *push_entry(Tr *t, Type *type, StackKind kind) {
    if (t->sp == t->stack_cap) {
        t->stack_cap = t->stack_cap ? t->stack_cap * 2 : 16;
        t->stack = util_realloc(t->stack, t->stack_cap * sizeof(StackEntry));
    }
    StackEntry *e = &t->stack[t->sp];
    memset(e, 0, sizeof *e);
    e->type = type;
    e->kind = (uint8_t)kind;
    e->canon = next_canon(t);
    e->nslots = kind == SK_VT ? type_stack_slots(type) : 1;
    e->slot = e->canon;
    e->loc = LOC_CANON;
    t->sp++;
    if (e->canon + e->nslots > t->max_slot) t->max_slot = e->canon + e->nslots;
    if (t->il && t->sp > t->body.max_stack) fail(t, "stack overflow: more than .maxstack %u values", t->body.max_stack);
    return e;
}

/* Push a result computed into its canonical slot; returns that slot. */
static uint32_t push(Tr *t, Type *type, StackKind kind) { return push_entry(t, type, kind)->canon; }

static StackEntry pop(Tr *t) {
    if (t->sp == 0) {
        fail(t, "stack underflow");
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

static StackEntry *peek(Tr *t, uint32_t depth) {
    if (depth >= t->sp) { fail(t, "stack underflow"); return NULL; }
    return &t->stack[t->sp - 1 - depth];
}

static void materialize(Tr *t, StackEntry *e) {
    if (e->loc == LOC_CANON) return;
    if (e->loc == LOC_CONST) {
        if (e->kind == SK_I4) { emit_op(t, OP_LDC_I4); emit_word(t, e->canon); emit_word(t, (Op)(uint32_t)e->cval); }
        else if (e->kind == SK_R4) { emit_op(t, OP_LDC_R4); emit_word(t, e->canon); emit_word(t, (Op)(uint32_t)e->cval); }
        else if (e->kind == SK_O) { emit_op(t, OP_LDNULL); emit_word(t, e->canon); }
        else { emit_op(t, e->kind == SK_R8 ? OP_LDC_R8 : OP_LDC_I8); emit_word(t, e->canon); emit_i64(t, e->cval); }
    } else if (e->nslots == 1) {
        emit_op(t, OP_MOV); emit_word(t, e->canon); emit_word(t, e->slot);
    } else {
        emit_op(t, OP_MOVN); emit_word(t, e->canon); emit_word(t, e->slot); emit_word(t, e->nslots);
    }
    e->loc = LOC_CANON;
    e->slot = e->canon;
}

static void materialize_all(Tr *t) {
    for (uint32_t i = 0; i < t->sp; i++) materialize(t, &t->stack[i]);
}

static void materialize_aliases_of(Tr *t, uint32_t slot) {
    for (uint32_t i = 0; i < t->sp; i++)
        if (t->stack[i].loc == LOC_ALIAS && t->stack[i].slot == slot) materialize(t, &t->stack[i]);
}

/* Where an operand's value can be read: its slot (materializing constants). */
static uint32_t operand(Tr *t, StackEntry *e) {
    if (e->loc == LOC_CONST) materialize(t, e);
    return e->slot;
}

/* ---- types and kinds ---- */
#define PTR64 (sizeof(void *) == 8)

static Type *kind_type(StackKind k) {
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
static int arith_family(StackKind k) {
    switch (k) {
    case SK_I4: return 0;
    case SK_I8: return 1;
    case SK_R4: return 2;
    case SK_R8: return 3;
    default: return PTR64 ? 1 : 0;   /* native int, pointers, references */
    }
}

/* Widen an I4 entry to native int (64-bit hosts) or R4 to R8, in its canonical slot. */
static void widen(Tr *t, StackEntry *e, int to_family) {
    int from = arith_family((StackKind)e->kind);
    if (from == to_family) return;
    uint32_t src = operand(t, e);
    if (from == 0 && to_family == 1) { emit_op(t, OP_CONV_I8_I4); }
    else if (from == 2 && to_family == 3) { emit_op(t, OP_CONV_R8_R4); }
    else if (from == 1 && to_family == 0) { emit_op(t, OP_CONV_I4_I8); }
    else { fail(t, "incompatible operand types on the stack"); return; }
    emit_word(t, e->canon);
    emit_word(t, src);
    e->loc = LOC_CANON;
    e->slot = e->canon;
}

static StackKind result_kind(StackKind a, StackKind b) {
    if (a == b) return a == SK_O ? SK_I : a;
    if (a == SK_R4 || a == SK_R8 || b == SK_R4 || b == SK_R8) return SK_R8;
    if (a == SK_I8 || b == SK_I8) return SK_I8;
    return SK_I;
}

/* Memory access kinds: how a value of type ft is loaded or stored. */
enum { MK_I1, MK_U1, MK_I2, MK_U2, MK_I4, MK_I8, MK_REF, MK_VT, MK_COUNT };

static int mem_kind(Type *ft) {
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

static const int ldfld_ops[] = {OP_LDFLD_I1, OP_LDFLD_U1, OP_LDFLD_I2, OP_LDFLD_U2, OP_LDFLD_I4, OP_LDFLD_I8, OP_LDFLD_REF, OP_LDFLD_VT};
static const int lds_ops[] = {OP_LDS_I1, OP_LDS_U1, OP_LDS_I2, OP_LDS_U2, OP_LDS_I4, OP_LDS_I8, OP_LDS_REF, OP_LDS_VT};
static const int ldsfld_ops[] = {OP_LDSFLD_I1, OP_LDSFLD_U1, OP_LDSFLD_I2, OP_LDSFLD_U2, OP_LDSFLD_I4, OP_LDSFLD_I8, OP_LDSFLD_REF, OP_LDSFLD_VT};
static const int ldind_ops[] = {OP_LDIND_I1, OP_LDIND_U1, OP_LDIND_I2, OP_LDIND_U2, OP_LDIND_I4, OP_LDIND_I8, OP_LDIND_REF, OP_LDOBJ};
static const int ldelem_ops[] = {OP_LDELEM_I1, OP_LDELEM_U1, OP_LDELEM_I2, OP_LDELEM_U2, OP_LDELEM_I4, OP_LDELEM_I8, OP_LDELEM_REF, OP_LDELEM_VT};
static const int stfld_ops[] = {OP_STFLD_I1, OP_STFLD_I1, OP_STFLD_I2, OP_STFLD_I2, OP_STFLD_I4, OP_STFLD_I8, OP_STFLD_REF, OP_STFLD_VT};
static const int stsfld_ops[] = {OP_STSFLD_I1, OP_STSFLD_I1, OP_STSFLD_I2, OP_STSFLD_I2, OP_STSFLD_I4, OP_STSFLD_I8, OP_STSFLD_REF, OP_STSFLD_VT};
static const int stind_ops[] = {OP_STIND_I1, OP_STIND_I1, OP_STIND_I2, OP_STIND_I2, OP_STIND_I4, OP_STIND_I8, OP_STIND_REF, OP_STOBJ};
static const int stelem_ops[] = {OP_STELEM_I1, OP_STELEM_I1, OP_STELEM_I2, OP_STELEM_I2, OP_STELEM_I4, OP_STELEM_I8, OP_STELEM_REF_CHECKED, OP_STELEM_VT};

/* The type a loaded value has on the stack. */
static Type *stack_type_of(Type *ft) {
    Type *u = (ft->flags & TF_ENUM) && ft->element ? ft->element : ft;
    switch (type_stack_kind(u)) {
    case SK_I4: return vm_types.int32;
    case SK_I8: return vm_types.int64;
    default: return ft;
    }
}

static StackEntry *push_typed(Tr *t, Type *ft) {
    Type *st = stack_type_of(ft);
    return push_entry(t, st, type_stack_kind(st));
}

/* ---- operand readers ---- */
static uint32_t rd_u8(Tr *t, uint32_t *pos) {
    if (*pos + 1 > t->il_size) { fail(t, "truncated instruction"); return 0; }
    return t->il[(*pos)++];
}
static uint32_t rd_u16(Tr *t, uint32_t *pos) {
    if (*pos + 2 > t->il_size) { fail(t, "truncated instruction"); return 0; }
    uint32_t v = t->il[*pos] | (uint32_t)t->il[*pos + 1] << 8;
    *pos += 2;
    return v;
}
static uint32_t rd_u32(Tr *t, uint32_t *pos) {
    if (*pos + 4 > t->il_size) { fail(t, "truncated instruction"); return 0; }
    uint32_t v;
    memcpy(&v, t->il + *pos, 4);
    *pos += 4;
    return v;
}
static uint64_t rd_u64(Tr *t, uint32_t *pos) {
    if (*pos + 8 > t->il_size) { fail(t, "truncated instruction"); return 0; }
    uint64_t v;
    memcpy(&v, t->il + *pos, 8);
    *pos += 8;
    return v;
}


/* ---- locals and arguments ---- */
static void load_var(Tr *t, Type *type, uint32_t slot, bool addr_taken) {
    Type *st = stack_type_of(type);
    StackEntry *e = push_entry(t, st, type_stack_kind(st));
    if (addr_taken) {
        e->slot = slot;
        e->loc = LOC_ALIAS;
        materialize(t, e);
    } else {
        e->slot = slot;
        e->loc = LOC_ALIAS;
    }
}

/* Small integer locals hold their value truncated, as if stored to memory. */
static int narrow_op(Type *type) {
    switch (mem_kind(type)) {
    case MK_I1: return OP_CONV_I1_I4;
    case MK_U1: return OP_CONV_U1_I4;
    case MK_I2: return OP_CONV_I2_I4;
    case MK_U2: return OP_CONV_U2_I4;
    default: return -1;
    }
}

static void store_var(Tr *t, Type *type, uint32_t slot) {
    StackEntry e = pop(t);
    if (t->failed) return;
    materialize_aliases_of(t, slot);
    int narrow = narrow_op(type);
    if (e.kind == SK_R4 && type_stack_kind(type) == SK_R8) {
        { uint32_t src_ = operand(t, &e); emit_op(t, OP_CONV_R8_R4); emit_word(t, slot); emit_word(t, src_); }
        return;
    }
    if (e.kind == SK_R8 && type_stack_kind(type) == SK_R4) {
        { uint32_t src_ = operand(t, &e); emit_op(t, OP_CONV_R4_R8); emit_word(t, slot); emit_word(t, src_); }
        return;
    }
    if (e.kind == SK_I4 && type_stack_kind(type) == SK_I && PTR64) {
        { uint32_t src_ = operand(t, &e); emit_op(t, OP_CONV_I8_I4); emit_word(t, slot); emit_word(t, src_); }
        return;
    }
    if (narrow >= 0) {
        { uint32_t src_ = operand(t, &e); emit_op(t, narrow); emit_word(t, slot); emit_word(t, src_); }
        return;
    }
    if (e.loc == LOC_CONST) {
        e.canon = slot;
        materialize(t, &e);
        return;
    }
    if (e.loc == LOC_CANON && t->last_dest_valid && t->out[t->last_dest_pos] == e.slot && e.nslots == 1) {
        t->out[t->last_dest_pos] = slot;    /* the producing op writes the variable directly */
        t->last_dest_valid = false;
        return;
    }
    if (e.slot == slot) return;
    if (e.nslots == 1) { emit_op(t, OP_MOV); emit_word(t, slot); emit_word(t, e.slot); }
    else { emit_op(t, OP_MOVN); emit_word(t, slot); emit_word(t, e.slot); emit_word(t, e.nslots); }
}

static void push_const(Tr *t, StackKind kind, int64_t v) {
    StackEntry *e = push_entry(t, kind_type(kind), kind);
    e->loc = LOC_CONST;
    e->cval = v;
}

/* ---- arithmetic ---- */
enum { BIN_ADD, BIN_SUB, BIN_MUL, BIN_DIV, BIN_REM, BIN_DIV_UN, BIN_REM_UN, BIN_AND, BIN_OR, BIN_XOR,
       BIN_SHL, BIN_SHR, BIN_SHR_UN, BIN_ADD_OVF, BIN_ADD_OVF_UN, BIN_SUB_OVF, BIN_SUB_OVF_UN,
       BIN_MUL_OVF, BIN_MUL_OVF_UN, BIN_COUNT };

static const int bin_ops[BIN_COUNT][4] = {
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

static int imm_op(int bin) {
    switch (bin) {
    case BIN_ADD: return OP_ADD_I4_IMM; case BIN_SUB: return OP_SUB_I4_IMM; case BIN_MUL: return OP_MUL_I4_IMM;
    case BIN_AND: return OP_AND_I4_IMM; case BIN_OR: return OP_OR_I4_IMM; case BIN_XOR: return OP_XOR_I4_IMM;
    case BIN_SHL: return OP_SHL_I4_IMM; case BIN_SHR: return OP_SHR_I4_IMM; case BIN_SHR_UN: return OP_SHR_UN_I4_IMM;
    case BIN_DIV: return OP_DIV_I4_IMM; case BIN_REM: return OP_REM_I4_IMM;
    default: return -1;
    }
}

static void binop(Tr *t, int bin) {
    StackEntry b = pop(t), a = pop(t);
    if (t->failed) return;
    bool shift = bin == BIN_SHL || bin == BIN_SHR || bin == BIN_SHR_UN;
    StackKind rk = shift ? (StackKind)a.kind : result_kind((StackKind)a.kind, (StackKind)b.kind);
    if (shift && rk == SK_O) rk = SK_I;
    int fam = arith_family(rk);
    if (bin_ops[bin][fam] < 0) { fail(t, "invalid operand type for a bitwise or unsigned operation"); return; }
    /* constant folding for I4 immediates */
    if (fam == 0 && b.loc == LOC_CONST && b.kind == SK_I4 && imm_op(bin) >= 0 && a.kind == SK_I4) {
        uint32_t as = operand(t, &a);
        uint32_t d = push(t, kind_type(rk), rk);
        emit_op(t, imm_op(bin)); emit_dest(t, d); emit_word(t, as); emit_word(t, (Op)(uint32_t)b.cval);
        return;
    }
    if (!shift) {
        widen(t, &a, fam);
        widen(t, &b, fam);
    } else if (arith_family((StackKind)b.kind) == 1) {
        /* shift amount in an I8/native slot: its low 32 bits are what counts */
    }
    uint32_t as = operand(t, &a), bs = operand(t, &b);
    uint32_t d = push(t, kind_type(rk), rk);
    emit_op(t, bin_ops[bin][fam]); emit_dest(t, d); emit_word(t, as); emit_word(t, bs);
}

static void unop(Tr *t, bool neg) {
    StackEntry a = pop(t);
    if (t->failed) return;
    int fam = arith_family((StackKind)a.kind);
    static const int neg_ops[4] = {OP_NEG_I4, OP_NEG_I8, OP_NEG_R4, OP_NEG_R8};
    static const int not_ops[4] = {OP_NOT_I4, OP_NOT_I8, -1, -1};
    int op = neg ? neg_ops[fam] : not_ops[fam];
    if (op < 0) { fail(t, "invalid operand type for not"); return; }
    uint32_t as = operand(t, &a);
    StackKind k = a.kind == SK_O ? SK_I : (StackKind)a.kind;
    uint32_t d = push(t, kind_type(k), k);
    emit_op(t, op); emit_dest(t, d); emit_word(t, as);
}

/* ---- comparisons and branches ---- */
enum { CMP_EQ, CMP_NE_UN, CMP_GE, CMP_GE_UN, CMP_GT, CMP_GT_UN, CMP_LE, CMP_LE_UN, CMP_LT, CMP_LT_UN };

static const int bcmp_ops[10][4] = {
    {OP_BEQ_I4, OP_BEQ_I8, OP_BEQ_R4, OP_BEQ_R8}, {OP_BNE_UN_I4, OP_BNE_UN_I8, OP_BNE_UN_R4, OP_BNE_UN_R8},
    {OP_BGE_I4, OP_BGE_I8, OP_BGE_R4, OP_BGE_R8}, {OP_BGE_UN_I4, OP_BGE_UN_I8, OP_BGE_UN_R4, OP_BGE_UN_R8},
    {OP_BGT_I4, OP_BGT_I8, OP_BGT_R4, OP_BGT_R8}, {OP_BGT_UN_I4, OP_BGT_UN_I8, OP_BGT_UN_R4, OP_BGT_UN_R8},
    {OP_BLE_I4, OP_BLE_I8, OP_BLE_R4, OP_BLE_R8}, {OP_BLE_UN_I4, OP_BLE_UN_I8, OP_BLE_UN_R4, OP_BLE_UN_R8},
    {OP_BLT_I4, OP_BLT_I8, OP_BLT_R4, OP_BLT_R8}, {OP_BLT_UN_I4, OP_BLT_UN_I8, OP_BLT_UN_R4, OP_BLT_UN_R8},
};
static const int bcmp_imm_ops[10] = {OP_BEQ_I4_IMM, OP_BNE_UN_I4_IMM, OP_BGE_I4_IMM, OP_BGE_UN_I4_IMM, OP_BGT_I4_IMM,
    OP_BGT_UN_I4_IMM, OP_BLE_I4_IMM, OP_BLE_UN_I4_IMM, OP_BLT_I4_IMM, OP_BLT_UN_I4_IMM};

static void save_stack_for(Tr *t, uint32_t il_target) {
    if (il_target >= t->il_size) return;
    if (t->saved[il_target].entries || t->depth_known[il_target]) {
        if (t->saved_depth[il_target] != t->sp) fail(t, "stack depth mismatch at IL_%04x (%u vs %u)", il_target, t->saved_depth[il_target], t->sp);
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

static void branch_to(Tr *t, uint32_t il_target) {
    save_stack_for(t, il_target);
    emit_target(t, il_target);
}

static void branch_cmp(Tr *t, int cmp, uint32_t target) {
    StackEntry b = pop(t), a = pop(t);
    if (t->failed) return;
    materialize_all(t);
    StackKind rk = result_kind((StackKind)a.kind, (StackKind)b.kind);
    int fam = arith_family(rk);
    if (fam == 0 && b.loc == LOC_CONST && a.kind == SK_I4) {
        uint32_t as = operand(t, &a);
        emit_op(t, bcmp_imm_ops[cmp]); emit_word(t, as); emit_word(t, (Op)(uint32_t)b.cval);
        branch_to(t, target);
        return;
    }
    widen(t, &a, fam);
    widen(t, &b, fam);
    uint32_t as = operand(t, &a), bs = operand(t, &b);
    emit_op(t, bcmp_ops[cmp][fam]); emit_word(t, as); emit_word(t, bs);
    branch_to(t, target);
}

static void branch_bool(Tr *t, bool when_true, uint32_t target) {
    StackEntry a = pop(t);
    if (t->failed) return;
    materialize_all(t);
    int fam = arith_family((StackKind)a.kind);
    if (fam >= 2) { fail(t, "brtrue/brfalse on a floating-point value"); return; }
    uint32_t as = operand(t, &a);
    emit_op(t, fam == 0 ? (when_true ? OP_BRTRUE_I4 : OP_BRFALSE_I4) : (when_true ? OP_BRTRUE_I8 : OP_BRFALSE_I8));
    emit_word(t, as);
    branch_to(t, target);
}

static void compare(Tr *t, int which /* 0 ceq 1 cgt 2 cgt.un 3 clt 4 clt.un */) {
    static const int ops[5][4] = {
        {OP_CEQ_I4, OP_CEQ_I8, OP_CEQ_R4, OP_CEQ_R8}, {OP_CGT_I4, OP_CGT_I8, OP_CGT_R4, OP_CGT_R8},
        {OP_CGT_UN_I4, OP_CGT_UN_I8, OP_CGT_UN_R4, OP_CGT_UN_R8}, {OP_CLT_I4, OP_CLT_I8, OP_CLT_R4, OP_CLT_R8},
        {OP_CLT_UN_I4, OP_CLT_UN_I8, OP_CLT_UN_R4, OP_CLT_UN_R8}};
    StackEntry b = pop(t), a = pop(t);
    if (t->failed) return;
    int fam = arith_family(result_kind((StackKind)a.kind, (StackKind)b.kind));
    widen(t, &a, fam);
    widen(t, &b, fam);
    uint32_t as = operand(t, &a), bs = operand(t, &b);
    uint32_t d = push(t, vm_types.int32, SK_I4);
    emit_op(t, ops[which][fam]); emit_dest(t, d); emit_word(t, as); emit_word(t, bs);
}

/* ---- conversions ---- */
enum { CV_I1, CV_U1, CV_I2, CV_U2, CV_I4, CV_U4, CV_I8, CV_U8, CV_R4, CV_R8, CV_I, CV_U, CV_R_UN };

static int conv_op(int dst, int fam, bool ovf, bool un) {
    /* layout per source family in ops.h: 10 plain, then 8 ovf (each followed by _UN for I4/I8) */
    static const int plain[4] = {OP_CONV_I1_I4, OP_CONV_I1_I8, OP_CONV_I1_R4, OP_CONV_I1_R8};
    static const int ovfb[4] = {OP_CONV_OVF_I1_I4, OP_CONV_OVF_I1_I8, OP_CONV_OVF_I1_R4, OP_CONV_OVF_I1_R8};
    if (!ovf) return plain[fam] + dst;
    if (fam >= 2) return ovfb[fam] + dst;
    return ovfb[fam] + dst * 2 + (un ? 1 : 0);
}

static void conv(Tr *t, int dst, bool ovf, bool un) {
    StackEntry a = pop(t);
    if (t->failed) return;
    int fam = arith_family((StackKind)a.kind);
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
    if (same_bits) {
        StackEntry *e = push_entry(t, kind_type(rk), rk);
        e->loc = a.loc; e->slot = a.slot; e->cval = a.cval;
        if (a.loc == LOC_CANON && a.slot != e->canon) { e->loc = LOC_ALIAS; }
        if (e->loc == LOC_CONST && rk != (StackKind)a.kind) materialize(t, e);
        return;
    }
    uint32_t as = operand(t, &a);
    int op;
    if (dst == CV_R_UN) {
        if (fam >= 2) op = fam == 2 ? OP_CONV_R8_R4 : OP_MOV;
        else op = fam == 0 ? OP_CONV_R_UN_I4 : OP_CONV_R_UN_I8;
    } else if (ovf && (dst == CV_R4 || dst == CV_R8)) {
        fail(t, "invalid conversion");
        return;
    } else {
        op = conv_op(dst, fam, ovf, un);
    }
    uint32_t d = push(t, kind_type(rk), rk);
    emit_op(t, op); emit_dest(t, d); emit_word(t, as);
}

/* ---- instruction lengths (prescan and dead code) ---- */
/* Operand bytes of a one-byte opcode; -1 invalid, -2 switch. */
static int operand_size_1(uint32_t op) {
    if (op <= 0x0D) return 0;
    if (op <= 0x13) return 1;
    if (op <= 0x1E) return 0;
    switch (op) {
    case 0x1F: return 1; case 0x20: return 4; case 0x21: return 8; case 0x22: return 4; case 0x23: return 8;
    case 0x24: return -1; case 0x25: case 0x26: return 0; case 0x27: case 0x28: case 0x29: return 4;
    case 0x2A: return 0; case 0x45: return -2;
    case 0x6F: case 0x70: case 0x71: case 0x72: case 0x73: case 0x74: case 0x75: return 4;
    case 0x76: return 0; case 0x77: case 0x78: return -1; case 0x79: return 4; case 0x7A: return 0;
    case 0xA3: case 0xA4: case 0xA5: case 0xC2: case 0xC6: case 0xD0: case 0xDD: return 4;
    case 0xDE: return 1;
    default: break;
    }
    if (op >= 0x2B && op <= 0x37) return 1;
    if (op >= 0x38 && op <= 0x44) return 4;
    if (op >= 0x46 && op <= 0x6E) return 0;
    if (op >= 0x7B && op <= 0x81) return 4;
    if (op >= 0x82 && op <= 0x8B) return 0;
    if (op == 0x8C || op == 0x8D || op == 0x8F) return 4;
    if (op == 0x8E || (op >= 0x90 && op <= 0xA2)) return 0;
    if (op >= 0xB3 && op <= 0xBA) return 0;
    if (op == 0xC3) return 0;
    if (op >= 0xD1 && op <= 0xDC) return 0;
    if (op == 0xDF || op == 0xE0) return 0;
    return -1;
}

static int operand_size_2(uint32_t op) {
    switch (op) {
    case 0x00: case 0x01: case 0x02: case 0x03: case 0x04: case 0x05: return 0;
    case 0x06: case 0x07: return 4;
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x0E: return 2;
    case 0x0F: case 0x11: return 0; case 0x12: return 1; case 0x13: case 0x14: return 0;
    case 0x15: case 0x16: return 4; case 0x17: case 0x18: return 0; case 0x19: return 1;
    case 0x1A: return 0; case 0x1C: return 4; case 0x1D: case 0x1E: return 0;
    default: return -1;
    }
}

/* Decodes the instruction at pos; returns its total length, or 0 if invalid. */
static uint32_t instr_length(const uint8_t *il, uint32_t size, uint32_t pos, uint32_t *opcode) {
    if (pos >= size) return 0;
    uint32_t op = il[pos], len = 1;
    int osz;
    if (op == 0xFE) {
        if (pos + 1 >= size) return 0;
        op = 0x100 | il[pos + 1];
        len = 2;
        osz = operand_size_2(op & 0xFF);
    } else {
        osz = operand_size_1(op);
    }
    if (osz == -1) return 0;
    if (osz == -2) {
        if (pos + 5 > size) return 0;
        uint32_t n;
        memcpy(&n, il + pos + 1, 4);
        if (n > (size - pos - 5) / 4) return 0;
        osz = 4 + 4 * (int)n;
    }
    if (pos + len + (uint32_t)osz > size) return 0;
    *opcode = op;
    return len + (uint32_t)osz;
}

static int32_t rd_i32_at(const uint8_t *p) { int32_t v; memcpy(&v, p, 4); return v; }

static bool prescan(Tr *t) {
    uint32_t pos = 0, op;
    while (pos < t->il_size) {
        uint32_t len = instr_length(t->il, t->il_size, pos, &op);
        if (!len) { t->cur_il = pos; fail(t, "invalid opcode 0x%02x", t->il[pos]); return false; }
        const uint8_t *o = t->il + pos + (op > 0xFF ? 2 : 1);
        uint32_t next = pos + len;
        if (op >= 0x2B && op <= 0x37) { int32_t d = (int8_t)o[0]; uint32_t tg = next + (uint32_t)d; if (tg < t->il_size) t->is_target[tg] = 1; else { t->cur_il = pos; fail(t, "branch target outside the method"); return false; } }
        else if ((op >= 0x38 && op <= 0x44) || op == 0xDD) { uint32_t tg = next + (uint32_t)rd_i32_at(o); if (tg < t->il_size) t->is_target[tg] = 1; else { t->cur_il = pos; fail(t, "branch target outside the method"); return false; } }
        else if (op == 0xDE) { uint32_t tg = next + (uint32_t)(int8_t)o[0]; if (tg < t->il_size) t->is_target[tg] = 1; else { t->cur_il = pos; fail(t, "branch target outside the method"); return false; } }
        else if (op == 0x45) {
            uint32_t n = (uint32_t)rd_i32_at(o);
            for (uint32_t i = 0; i < n; i++) {
                uint32_t tg = next + (uint32_t)rd_i32_at(o + 4 + 4 * i);
                if (tg < t->il_size) t->is_target[tg] = 1; else { t->cur_il = pos; fail(t, "switch target outside the method"); return false; }
            }
            if (next < t->il_size) t->is_target[next] = 1;
        }
        else if (op == 0x0F) { if (o[0] < t->arg_count) t->arg_addr_taken[o[0]] = 1; }
        else if (op == 0x12) { if (o[0] < t->local_count) t->local_addr_taken[o[0]] = 1; }
        else if (op == 0x10A) { uint32_t i = o[0] | (uint32_t)o[1] << 8; if (i < t->arg_count) t->arg_addr_taken[i] = 1; }
        else if (op == 0x10D) { uint32_t i = o[0] | (uint32_t)o[1] << 8; if (i < t->local_count) t->local_addr_taken[i] = 1; }
        pos = next;
    }
    for (uint32_t i = 0; i < t->body.clause_count; i++) {
        const MdExceptionClause *c = &t->body.clauses[i];
        if (c->try_offset >= t->il_size || c->handler_offset >= t->il_size ||
            c->try_offset + c->try_length > t->il_size || c->handler_offset + c->handler_length > t->il_size) {
            fail(t, "exception clause %u outside the method body", i);
            return false;
        }
        t->is_target[c->handler_offset] = 1;
        t->is_target[c->try_offset] = 1;
        if (c->flags == MD_CLAUSE_FILTER) {
            if (c->filter_offset >= t->il_size) { fail(t, "filter outside the method body"); return false; }
            t->is_target[c->filter_offset] = 1;
        }
        if (c->try_offset + c->try_length < t->il_size) t->is_target[c->try_offset + c->try_length] = 1;
        if (c->handler_offset + c->handler_length < t->il_size) t->is_target[c->handler_offset + c->handler_length] = 1;
    }
    return true;
}

/* ---- class initialization ---- */
static bool needs_init(Tr *t, Type *owner, bool static_field) {
    if (!owner->cctor || owner->cinit == CI_DONE) return false;
    if (static_field) return true;   /* INITCLASS patches itself away once the type is initialized */
    if (owner == t->m->owner) return false;
    return !(owner->flags & TF_BEFOREFIELDINIT);
}

static void emit_initclass(Tr *t, Type *owner) {
    emit_op(t, OP_INITCLASS);
    emit_ptr(t, owner);
}

/* ---- calls ---- */
static Method *resolve_method(Tr *t, uint32_t token) {
    Method *m = method_from_token(t->a, token, &t->ctx);
    if (!m) { fail_type(t); return NULL; }
    if (!method_prepare_sig(m)) { fail_type(t); return NULL; }
    return m;
}

static Type *resolve_type(Tr *t, uint32_t token) {
    Type *ty = type_from_token(t->a, token, &t->ctx);
    if (!ty) { fail_type(t); return NULL; }
    if (!type_prepare(ty, TS_READY)) { fail_type(t); return NULL; }
    return ty;
}

static Field *resolve_field(Tr *t, uint32_t token) {
    Field *f = field_from_token(t->a, token, &t->ctx);
    if (!f) { fail_type(t); return NULL; }
    if (!type_prepare(f->owner, TS_READY)) { fail_type(t); return NULL; }
    return f;
}

static uint32_t sum_arg_slots(Method *m) {
    uint32_t s = (m->flags & MF_STATIC) ? 0 : 1;
    for (uint32_t i = 0; i < m->param_count; i++) s += type_stack_slots(m->params[i]);
    return s;
}

/* Coerce an argument entry to the parameter's representation (R4<->R8, I4->native). */
static void coerce_to(Tr *t, StackEntry *e, Type *param) {
    StackKind pk = type_stack_kind(param);
    if (pk == SK_R8 && e->kind == SK_R4) widen(t, e, 3);
    else if (pk == SK_R4 && e->kind == SK_R8) {
        uint32_t s = operand(t, e);
        emit_op(t, OP_CONV_R4_R8); emit_word(t, e->canon); emit_word(t, s);
        e->loc = LOC_CANON; e->slot = e->canon; e->kind = SK_R4;
    } else if ((pk == SK_I || pk == SK_O || pk == SK_I8) && e->kind == SK_I4 && PTR64) widen(t, e, 1);
}

static void push_return(Tr *t, Method *m, uint32_t base) {
    if (m->ret->elem == MD_ELEMENT_VOID) return;
    StackEntry *e = push_typed(t, m->ret);
    if (e && e->canon != base) fail(t, "internal error: call result slot mismatch");
}

static void emit_call(Tr *t, Method *m, bool virt);

static void box_value_at(Tr *t, StackEntry *e, Type *vt) {
    /* e holds a pointer to a vt value: load it above the stack, box it into e */
    uint32_t tmp = next_canon(t);
    uint32_t size = type_value_size(vt);
    if (tmp + type_stack_slots(vt) > t->max_slot) t->max_slot = tmp + type_stack_slots(vt);
    uint32_t src = operand(t, e);
    int mk = mem_kind(vt);
    emit_op(t, ldind_ops[mk]); emit_word(t, tmp); emit_word(t, src);
    if (mk == MK_VT) emit_word(t, size);
    emit_op(t, (vt->flags & TF_NULLABLE) ? OP_BOX_NULLABLE : OP_BOX); emit_word(t, e->canon); emit_word(t, tmp); emit_ptr(t, vt);
    e->loc = LOC_CANON; e->slot = e->canon; e->kind = SK_O; e->type = vm_types.object;
}

static void call_intrinsic_string(Tr *t, Method *m, int op) {
    uint32_t nargs = m->param_count + 1;
    StackEntry args[2];
    memset(args, 0, sizeof args);
    for (uint32_t i = nargs; i-- > 0;) args[i] = pop(t);
    if (t->failed) return;
    uint32_t a0 = operand(t, &args[0]);
    uint32_t a1 = nargs > 1 ? operand(t, &args[1]) : 0;
    uint32_t d = push(t, vm_types.int32, SK_I4);
    emit_op(t, op); emit_dest(t, d); emit_word(t, a0);
    if (nargs > 1) emit_word(t, a1);
}

static void emit_array_accessor(Tr *t, Method *m) {
    uint32_t nargs = m->param_count + 1;
    if (t->sp < nargs) { fail(t, "stack underflow"); return; }
    for (uint32_t i = 0; i < nargs; i++) materialize(t, &t->stack[t->sp - nargs + i]);
    uint32_t base = t->stack[t->sp - nargs].canon;
    for (uint32_t i = 0; i < nargs; i++) pop(t);
    int op = m->runtime_kind == RK_ARRAY_GET ? OP_MDARR_GET : m->runtime_kind == RK_ARRAY_SET ? OP_MDARR_SET : OP_MDARR_ADDR;
    emit_op(t, op); emit_word(t, base); emit_ptr(t, m->owner); emit_word(t, m->owner->rank);
    emit_word(t, type_value_size(m->owner->element));
    push_return(t, m, base);
}

static void emit_call(Tr *t, Method *m, bool virt) {
    bool has_this = !(m->flags & MF_STATIC);
    uint32_t nargs = m->param_count + (has_this ? 1 : 0);
    if (t->sp < nargs) { fail(t, "stack underflow in call to %s", m->name); return; }
    if (m->owner->flags & TF_CONTAINS_OPEN || (m->flags & MF_GENERIC_DEF)) {
        fail(t, "call to an open generic method %s", m->name);
        return;
    }
    if (!type_prepare(m->owner, TS_READY)) { fail_type(t); return; }
    Type *constrained = t->constrained;
    t->constrained = NULL;
    if (constrained && has_this) {
        StackEntry *self = &t->stack[t->sp - nargs];
        if (type_is_reference(constrained)) {
            uint32_t s = operand(t, self);
            emit_op(t, OP_LDIND_REF); emit_word(t, self->canon); emit_word(t, s);
            self->loc = LOC_CANON; self->slot = self->canon; self->kind = SK_O;
        } else {
            Method *impl = NULL;
            if (!type_prepare(constrained, TS_READY)) { fail_type(t); return; }
            if (m->owner->flags & TF_INTERFACE) impl = type_resolve_interface(constrained, m);
            else if (m->vtable_slot >= 0) impl = type_resolve_virtual(constrained, m);
            else impl = m;
            if (impl && (impl->owner == constrained || (impl->owner->generic_def && impl->owner == constrained))) {
                m = impl;
                if (!method_prepare_sig(m)) { fail_type(t); return; }
                virt = false;
            } else {
                box_value_at(t, self, constrained);
            }
        }
    }
    if (m->owner == vm_types.string) {
        if (strcmp(m->name, "get_Length") == 0 && m->param_count == 0) { call_intrinsic_string(t, m, OP_STR_LEN); return; }
        if (strcmp(m->name, "get_Chars") == 0 && m->param_count == 1) { call_intrinsic_string(t, m, OP_STR_CHAR); return; }
    }
    if (m->runtime_kind >= RK_ARRAY_GET && m->runtime_kind <= RK_ARRAY_ADDRESS) { emit_array_accessor(t, m); return; }
    for (uint32_t i = 0; i < nargs; i++) {
        StackEntry *e = &t->stack[t->sp - nargs + i];
        if (i >= (has_this ? 1u : 0u)) coerce_to(t, e, m->params[i - (has_this ? 1 : 0)]);
        materialize(t, e);
    }
    uint32_t base = nargs ? t->stack[t->sp - nargs].canon : next_canon(t);
    for (uint32_t i = 0; i < nargs; i++) pop(t);
    if ((m->flags & MF_STATIC) && needs_init(t, m->owner, false)) emit_initclass(t, m->owner);
    if (m->flags & MF_INTERNALCALL) {
        char key[512];
        method_icall_key(m, key, sizeof key);
        IcallFn fn = icall_lookup(key);
        if (!fn) {
            char msg[600];
            snprintf(msg, sizeof msg, "internal call not implemented: %s", key);
            emit_op(t, OP_THROW_ERROR); emit_ptr(t, "System.MissingMethodException"); emit_ptr(t, util_strdup(msg));
        } else {
            if (virt && has_this) { emit_op(t, OP_CHECKNULL); emit_word(t, base); }
            emit_op(t, OP_CALL_ICALL); emit_word(t, base); emit_ptr(t, (void *)fn);
            emit_word(t, m->ret_slots); emit_word(t, sum_arg_slots(m));
        }
    } else if (virt && (m->flags & MF_VIRTUAL) && !(m->flags & MF_FINAL) && !(m->owner->flags & TF_SEALED)) {
        if (m->owner->flags & TF_INTERFACE) {
            emit_op(t, m->generic_def ? OP_CALLVIRT_SLOW : OP_CALLIFACE); emit_word(t, base); emit_ptr(t, m);
            if (!m->generic_def) { emit_ptr(t, NULL); emit_ptr(t, NULL); }
        } else {
            emit_op(t, m->generic_def ? OP_CALLVIRT_SLOW : OP_CALLVIRT); emit_word(t, base); emit_ptr(t, m);
        }
    } else {
        if (virt && has_this) { emit_op(t, OP_CHECKNULL); emit_word(t, base); }
        /* `tail.` is honoured for direct calls: the callee replaces this frame */
        bool tail = t->prefix_tail && !(t->m->flags & MF_CCTOR) && t->body.clause_count == 0;
        emit_op(t, tail ? OP_TAILCALL : OP_CALL); emit_word(t, base); emit_ptr(t, m);
    }
    t->prefix_tail = false;
    uint32_t top = base + (m->ret_slots > nargs ? m->ret_slots : nargs);
    if (top > t->max_slot) t->max_slot = top;
    push_return(t, m, base);
}

static void emit_newobj(Tr *t, Method *ctor) {
    Type *ty = ctor->owner;
    if (!type_prepare(ty, TS_READY)) { fail_type(t); return; }
    if (ty == vm_types.string) {
        /* String constructors are static factories named Ctor in the corlib */
        Method *f = NULL;
        for (uint32_t i = 0; i < ty->method_count && !f; i++) {
            Method *c = ty->methods[i];
            if (strcmp(c->name, "Ctor") || !(c->flags & MF_STATIC) || !method_prepare_sig(c)) continue;
            if (c->param_count != ctor->param_count) continue;
            bool same = true;
            for (uint32_t k = 0; k < c->param_count; k++) if (c->params[k] != ctor->params[k]) same = false;
            if (same) f = c;
        }
        if (!f) { fail(t, "String constructor overload not supported by the corlib"); return; }
        emit_call(t, f, false);
        return;
    }
    if (ty->flags & TF_DELEGATE) {
        StackEntry ftn = pop(t), target = pop(t);
        if (t->failed) return;
        uint32_t ts = operand(t, &target), fs = operand(t, &ftn);
        uint32_t d = push(t, ty, SK_O);
        emit_op(t, OP_NEWDELEGATE); emit_dest(t, d); emit_word(t, ts); emit_word(t, fs); emit_ptr(t, ty);
        return;
    }
    uint32_t nargs = ctor->param_count;
    if (t->sp < nargs) { fail(t, "stack underflow in newobj"); return; }
    for (uint32_t i = 0; i < nargs; i++) {
        StackEntry *e = &t->stack[t->sp - nargs + i];
        coerce_to(t, e, ctor->params[i]);
        materialize(t, e);
    }
    uint32_t base = nargs ? t->stack[t->sp - nargs].canon : next_canon(t);
    uint32_t arg_slots = sum_arg_slots(ctor) - 1;
    for (uint32_t i = 0; i < nargs; i++) pop(t);
    if (ty->flags & TF_ARRAY) {
        emit_op(t, OP_NEWMDARR); emit_word(t, base); emit_ptr(t, ty); emit_word(t, nargs);
        emit_word(t, ctor->runtime_kind == RK_ARRAY_CTOR_BOUNDS ? 1 : 0);
        push_entry(t, ty, SK_O);
        return;
    }
    if (ty->flags & TF_ABSTRACT) { fail(t, "newobj of abstract type %s", type_name_full(ty)); return; }
    if (needs_init(t, ty, false)) emit_initclass(t, ty);
    if (ty->flags & TF_VALUETYPE) {
        uint32_t k = type_stack_slots(ty);
        emit_op(t, OP_NEWOBJ_VT); emit_word(t, base); emit_ptr(t, ctor); emit_word(t, k); emit_word(t, arg_slots);
        emit_word(t, type_value_size(ty));
        if (base + k + 1 + arg_slots > t->max_slot) t->max_slot = base + k + 1 + arg_slots;
        push_typed(t, ty);
    } else {
        emit_op(t, OP_NEWOBJ); emit_word(t, base); emit_ptr(t, ty); emit_ptr(t, ctor); emit_word(t, arg_slots);
        if (base + 2 + arg_slots > t->max_slot) t->max_slot = base + 2 + arg_slots;
        push_entry(t, ty, SK_O);
    }
}

/* ---- fields ---- */
static void coerce_store(Tr *t, StackEntry *v, Type *ft) { coerce_to(t, v, ft); }

static void emit_ldfld(Tr *t, Field *f, bool address) {
    StackEntry obj = pop(t);
    if (t->failed) return;
    int mk = mem_kind(f->type);
    uint32_t size = type_value_size(f->type);
    if (f->flags & FF_STATIC) {
        if (needs_init(t, f->owner, true)) emit_initclass(t, f->owner);
        uint8_t *addr = f->owner->statics + f->offset;
        if (address) {
            uint32_t d = push(t, type_byref(f->type), SK_I);
            emit_op(t, OP_LDSFLDA); emit_dest(t, d); emit_ptr(t, addr);
        } else {
            StackEntry *e = push_typed(t, f->type);
            emit_op(t, ldsfld_ops[mk]); emit_dest(t, e->canon); emit_ptr(t, addr);
            if (mk == MK_VT) emit_word(t, size);
        }
        return;
    }
    uint32_t off = f->offset;
    if (obj.kind == SK_VT) {
        uint32_t src = operand(t, &obj);
        if (address) { fail(t, "ldflda on a value"); return; }
        StackEntry *e = push_typed(t, f->type);
        emit_op(t, lds_ops[mk]); emit_dest(t, e->canon); emit_word(t, src); emit_word(t, off);
        if (mk == MK_VT) emit_word(t, size);
        return;
    }
    if (obj.kind != SK_O && obj.kind != SK_I) { fail(t, "ldfld on a non-object"); return; }
    if (obj.kind == SK_O && (f->owner->flags & TF_VALUETYPE)) {
        off += VM_OBJECT_DATA_OFFSET;   /* field of a boxed value, reached through the object */
    }
    uint32_t src = operand(t, &obj);
    if (address) {
        uint32_t d = push(t, type_byref(f->type), SK_I);
        emit_op(t, OP_LDFLDA); emit_dest(t, d); emit_word(t, src); emit_word(t, off);
        return;
    }
    StackEntry *e = push_typed(t, f->type);
    emit_op(t, ldfld_ops[mk]); emit_dest(t, e->canon); emit_word(t, src); emit_word(t, off);
    if (mk == MK_VT) emit_word(t, size);
}

static void emit_stfld(Tr *t, Field *f, bool is_static) {
    StackEntry v = pop(t);
    if (t->failed) return;
    int mk = mem_kind(f->type);
    uint32_t size = type_value_size(f->type);
    coerce_store(t, &v, f->type);
    if (is_static || (f->flags & FF_STATIC)) {
        if (!is_static) pop(t);
        if (needs_init(t, f->owner, true)) emit_initclass(t, f->owner);
        uint32_t vs = operand(t, &v);
        emit_op(t, stsfld_ops[mk]); emit_ptr(t, f->owner->statics + f->offset); emit_word(t, vs);
        if (mk == MK_VT) emit_word(t, size);
        return;
    }
    StackEntry obj = pop(t);
    if (t->failed) return;
    uint32_t os = operand(t, &obj), vs = operand(t, &v);
    emit_op(t, stfld_ops[mk]); emit_word(t, os); emit_word(t, vs); emit_word(t, f->offset);
    if (mk == MK_VT) emit_word(t, size);
}

/* ---- arrays and indirection ---- */
static void index_to_i4(Tr *t, StackEntry *idx) {
    if (idx->kind == SK_I8 || (idx->kind == SK_I && PTR64)) {
        uint32_t s = operand(t, idx);
        emit_op(t, OP_CONV_OVF_I4_I8); emit_word(t, idx->canon); emit_word(t, s);
        idx->loc = LOC_CANON; idx->slot = idx->canon; idx->kind = SK_I4;
    }
}

static void emit_ldelem(Tr *t, Type *et) {
    StackEntry idx = pop(t), arr = pop(t);
    if (t->failed) return;
    index_to_i4(t, &idx);
    int mk = mem_kind(et);
    uint32_t as = operand(t, &arr), is = operand(t, &idx);
    StackEntry *e = push_typed(t, et);
    emit_op(t, ldelem_ops[mk]); emit_dest(t, e->canon); emit_word(t, as); emit_word(t, is);
    if (mk == MK_VT) emit_word(t, type_value_size(et));
}

static void emit_stelem(Tr *t, Type *et) {
    StackEntry v = pop(t), idx = pop(t), arr = pop(t);
    if (t->failed) return;
    index_to_i4(t, &idx);
    coerce_store(t, &v, et);
    int mk = mem_kind(et);
    uint32_t as = operand(t, &arr), is = operand(t, &idx), vs = operand(t, &v);
    emit_op(t, stelem_ops[mk]); emit_word(t, as); emit_word(t, is); emit_word(t, vs);
    if (mk == MK_VT) emit_word(t, type_value_size(et));
}

static void emit_ldind(Tr *t, Type *ty) {
    StackEntry a = pop(t);
    if (t->failed) return;
    int mk = mem_kind(ty);
    uint32_t as = operand(t, &a);
    StackEntry *e = push_typed(t, ty);
    emit_op(t, ldind_ops[mk]); emit_dest(t, e->canon); emit_word(t, as);
    if (mk == MK_VT) emit_word(t, type_value_size(ty));
}

static void emit_stind(Tr *t, Type *ty) {
    StackEntry v = pop(t), a = pop(t);
    if (t->failed) return;
    coerce_store(t, &v, ty);
    int mk = mem_kind(ty);
    uint32_t as = operand(t, &a), vs = operand(t, &v);
    emit_op(t, stind_ops[mk]); emit_word(t, as); emit_word(t, vs);
    if (mk == MK_VT) emit_word(t, type_value_size(ty));
}

/* ---- exception handling ---- */
static int innermost_catch_handler(Tr *t, uint32_t il) {
    int best = -1;
    for (uint32_t i = 0; i < t->body.clause_count; i++) {
        const MdExceptionClause *c = &t->body.clauses[i];
        if ((c->flags == MD_CLAUSE_EXCEPTION || c->flags == MD_CLAUSE_FILTER) &&
            il >= c->handler_offset && il < c->handler_offset + c->handler_length) {
            if (best < 0 || c->handler_length < t->body.clauses[best].handler_length) best = (int)i;
        }
    }
    return best;
}

static Type *token_type(Tr *t, uint32_t *pos) { return resolve_type(t, rd_u32(t, pos)); }

/* ---- one instruction ---- */
static bool translate_instruction(Tr *t, uint32_t *pos, bool *unconditional) {
    uint32_t op = rd_u8(t, pos);
    if (op == 0xFE) op = 0x100 | rd_u8(t, pos);
    *unconditional = false;
    uint32_t u, n;
    Type *ty;
    Method *m;
    Field *f;
    switch (op) {
    case 0x00: case 0x01: break;                                  /* nop, break */
    case 0x02: case 0x03: case 0x04: case 0x05:                   /* ldarg.0-3 */
        u = op - 0x02;
        if (u >= t->arg_count) { fail(t, "ldarg %u out of range", u); break; }
        load_var(t, t->arg_types[u], t->arg_slots[u], t->arg_addr_taken[u]);
        break;
    case 0x06: case 0x07: case 0x08: case 0x09:                   /* ldloc.0-3 */
        u = op - 0x06;
        if (u >= t->local_count) { fail(t, "ldloc %u out of range", u); break; }
        load_var(t, t->local_types[u], t->local_slots[u], t->local_addr_taken[u]);
        break;
    case 0x0A: case 0x0B: case 0x0C: case 0x0D:                   /* stloc.0-3 */
        u = op - 0x0A;
        if (u >= t->local_count) { fail(t, "stloc %u out of range", u); break; }
        store_var(t, t->local_types[u], t->local_slots[u]);
        break;
    case 0x0E: case 0x109: u = op == 0x0E ? rd_u8(t, pos) : rd_u16(t, pos); goto ldarg;
    case 0x0F: case 0x10A: u = op == 0x0F ? rd_u8(t, pos) : rd_u16(t, pos); goto ldarga;
    case 0x10: case 0x10B: u = op == 0x10 ? rd_u8(t, pos) : rd_u16(t, pos); goto starg;
    case 0x11: case 0x10C: u = op == 0x11 ? rd_u8(t, pos) : rd_u16(t, pos); goto ldloc;
    case 0x12: case 0x10D: u = op == 0x12 ? rd_u8(t, pos) : rd_u16(t, pos); goto ldloca;
    case 0x13: case 0x10E: u = op == 0x13 ? rd_u8(t, pos) : rd_u16(t, pos); goto stloc;
    ldarg:
        if (u >= t->arg_count) { fail(t, "ldarg %u out of range", u); break; }
        load_var(t, t->arg_types[u], t->arg_slots[u], t->arg_addr_taken[u]);
        break;
    ldarga:
        if (u >= t->arg_count) { fail(t, "ldarga %u out of range", u); break; }
        emit_op(t, OP_LDLOCA); emit_dest(t, push(t, type_byref(t->arg_types[u]), SK_I)); emit_word(t, t->arg_slots[u]);
        break;
    starg:
        if (u >= t->arg_count) { fail(t, "starg %u out of range", u); break; }
        store_var(t, t->arg_types[u], t->arg_slots[u]);
        break;
    ldloc:
        if (u >= t->local_count) { fail(t, "ldloc %u out of range", u); break; }
        load_var(t, t->local_types[u], t->local_slots[u], t->local_addr_taken[u]);
        break;
    ldloca:
        if (u >= t->local_count) { fail(t, "ldloca %u out of range", u); break; }
        emit_op(t, OP_LDLOCA); emit_dest(t, push(t, type_byref(t->local_types[u]), SK_I)); emit_word(t, t->local_slots[u]);
        break;
    stloc:
        if (u >= t->local_count) { fail(t, "stloc %u out of range", u); break; }
        store_var(t, t->local_types[u], t->local_slots[u]);
        break;
    case 0x14: { StackEntry *e = push_entry(t, vm_types.object, SK_O); e->loc = LOC_CONST; e->cval = 0; break; }
    case 0x15: case 0x16: case 0x17: case 0x18: case 0x19: case 0x1A: case 0x1B: case 0x1C: case 0x1D: case 0x1E:
        push_const(t, SK_I4, (int32_t)op - 0x16);
        break;
    case 0x1F: push_const(t, SK_I4, (int8_t)rd_u8(t, pos)); break;
    case 0x20: push_const(t, SK_I4, (int32_t)rd_u32(t, pos)); break;
    case 0x21: push_const(t, SK_I8, (int64_t)rd_u64(t, pos)); break;
    case 0x22: push_const(t, SK_R4, rd_u32(t, pos)); break;
    case 0x23: push_const(t, SK_R8, (int64_t)rd_u64(t, pos)); break;
    case 0x25: {                                                  /* dup */
        StackEntry *top = peek(t, 0);
        if (!top) break;
        StackEntry copy = *top;
        StackEntry *e = push_entry(t, copy.type, (StackKind)copy.kind);
        if (copy.loc != LOC_CANON) { e->loc = copy.loc; e->slot = copy.slot; e->cval = copy.cval; }
        else if (e->nslots == 1) { emit_op(t, OP_MOV); emit_word(t, e->canon); emit_word(t, copy.slot); }
        else { emit_op(t, OP_MOVN); emit_word(t, e->canon); emit_word(t, copy.slot); emit_word(t, e->nslots); }
        break;
    }
    case 0x26: pop(t); break;
    case 0x27:                                                    /* jmp */
        m = resolve_method(t, rd_u32(t, pos));
        if (!m) break;
        if (t->sp != 0 || m->param_count != t->m->param_count || (m->flags & MF_STATIC) != (t->m->flags & MF_STATIC)) {
            fail(t, "jmp needs an empty stack and a method with the same signature");
            break;
        }
        emit_op(t, OP_JMP); emit_ptr(t, m);
        *unconditional = true;
        break;
    case 0x28: case 0x6F:                                         /* call, callvirt */
        m = resolve_method(t, rd_u32(t, pos));
        if (m) emit_call(t, m, op == 0x6F);
        break;
    case 0x29: rd_u32(t, pos); fail(t, "calli is not supported"); break;
    case 0x2A: {                                                  /* ret */
        Type *rt = t->m->ret;
        if (rt->elem == MD_ELEMENT_VOID) {
            if (t->sp) { fail(t, "ret with %u values on the stack in a void method", t->sp); break; }
            emit_op(t, OP_RET_VOID);
        }
        else {
            StackEntry v = pop(t);
            if (t->failed) break;
            coerce_to(t, &v, rt);
            if (t->sp) { fail(t, "ret with %u extra values on the stack", t->sp); break; }
            uint32_t vs = operand(t, &v);
            if (v.nslots > 1) { emit_op(t, OP_RETN); emit_word(t, vs); emit_word(t, v.nslots); }
            else { emit_op(t, OP_RET); emit_word(t, vs); }
        }
        if (t->sp) t->sp = 0;
        *unconditional = true;
        break;
    }
    case 0x2B: case 0x38: {                                       /* br */
        int32_t d = op == 0x2B ? (int8_t)rd_u8(t, pos) : (int32_t)rd_u32(t, pos);
        materialize_all(t);
        emit_op(t, OP_BR);
        branch_to(t, *pos + (uint32_t)d);
        *unconditional = true;
        break;
    }
    case 0x2C: case 0x39: case 0x2D: case 0x3A: {                 /* brfalse, brtrue */
        int32_t d = op <= 0x2D ? (int8_t)rd_u8(t, pos) : (int32_t)rd_u32(t, pos);
        branch_bool(t, op == 0x2D || op == 0x3A, *pos + (uint32_t)d);
        break;
    }
    case 0x2E: case 0x2F: case 0x30: case 0x31: case 0x32: case 0x33: case 0x34: case 0x35: case 0x36: case 0x37: {
        static const int map[10] = {CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_NE_UN, CMP_GE_UN, CMP_GT_UN, CMP_LE_UN, CMP_LT_UN};
        int32_t d = (int8_t)rd_u8(t, pos);
        branch_cmp(t, map[op - 0x2E], *pos + (uint32_t)d);
        break;
    }
    case 0x3B: case 0x3C: case 0x3D: case 0x3E: case 0x3F: case 0x40: case 0x41: case 0x42: case 0x43: case 0x44: {
        static const int map[10] = {CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_NE_UN, CMP_GE_UN, CMP_GT_UN, CMP_LE_UN, CMP_LT_UN};
        int32_t d = (int32_t)rd_u32(t, pos);
        branch_cmp(t, map[op - 0x3B], *pos + (uint32_t)d);
        break;
    }
    case 0x45: {                                                  /* switch */
        n = rd_u32(t, pos);
        StackEntry v = pop(t);
        if (t->failed) break;
        materialize_all(t);
        uint32_t vs = operand(t, &v);
        uint32_t base = *pos + 4 * n;
        emit_op(t, OP_SWITCH); emit_word(t, vs); emit_word(t, n);
        for (uint32_t i = 0; i < n; i++) branch_to(t, base + rd_u32(t, pos));
        break;
    }
    case 0x46: emit_ldind(t, vm_types.sbyte); break;
    case 0x47: emit_ldind(t, vm_types.byte); break;
    case 0x48: emit_ldind(t, vm_types.int16); break;
    case 0x49: emit_ldind(t, vm_types.uint16); break;
    case 0x4A: emit_ldind(t, vm_types.int32); break;
    case 0x4B: emit_ldind(t, vm_types.uint32); break;
    case 0x4C: emit_ldind(t, vm_types.int64); break;
    case 0x4D: emit_ldind(t, vm_types.intptr); break;
    case 0x4E: emit_ldind(t, vm_types.single); break;
    case 0x4F: emit_ldind(t, vm_types.double_); break;
    case 0x50: emit_ldind(t, vm_types.object); break;
    case 0x51: emit_stind(t, vm_types.object); break;
    case 0x52: emit_stind(t, vm_types.sbyte); break;
    case 0x53: emit_stind(t, vm_types.int16); break;
    case 0x54: emit_stind(t, vm_types.int32); break;
    case 0x55: emit_stind(t, vm_types.int64); break;
    case 0x56: emit_stind(t, vm_types.single); break;
    case 0x57: emit_stind(t, vm_types.double_); break;
    case 0x58: binop(t, BIN_ADD); break;
    case 0x59: binop(t, BIN_SUB); break;
    case 0x5A: binop(t, BIN_MUL); break;
    case 0x5B: binop(t, BIN_DIV); break;
    case 0x5C: binop(t, BIN_DIV_UN); break;
    case 0x5D: binop(t, BIN_REM); break;
    case 0x5E: binop(t, BIN_REM_UN); break;
    case 0x5F: binop(t, BIN_AND); break;
    case 0x60: binop(t, BIN_OR); break;
    case 0x61: binop(t, BIN_XOR); break;
    case 0x62: binop(t, BIN_SHL); break;
    case 0x63: binop(t, BIN_SHR); break;
    case 0x64: binop(t, BIN_SHR_UN); break;
    case 0x65: unop(t, true); break;
    case 0x66: unop(t, false); break;
    case 0x67: conv(t, CV_I1, false, false); break;
    case 0x68: conv(t, CV_I2, false, false); break;
    case 0x69: conv(t, CV_I4, false, false); break;
    case 0x6A: conv(t, CV_I8, false, false); break;
    case 0x6B: conv(t, CV_R4, false, false); break;
    case 0x6C: conv(t, CV_R8, false, false); break;
    case 0x6D: conv(t, CV_U4, false, false); break;
    case 0x6E: conv(t, CV_U8, false, false); break;
    case 0x70: {                                                  /* cpobj */
        ty = token_type(t, pos);
        StackEntry src = pop(t), dst = pop(t);
        if (t->failed) break;
        uint32_t ds = operand(t, &dst), ss = operand(t, &src);
        emit_op(t, OP_CPOBJ); emit_word(t, ds); emit_word(t, ss); emit_word(t, type_value_size(ty));
        break;
    }
    case 0x71: ty = token_type(t, pos); if (ty) emit_ldind(t, ty); break;   /* ldobj */
    case 0x72: {                                                  /* ldstr */
        uint32_t tok = rd_u32(t, pos);
        String *s = interp_user_string(t->a, tok);
        if (!s) { fail(t, "bad string token 0x%08x", tok); break; }
        emit_op(t, OP_LDSTR); emit_dest(t, push(t, vm_types.string, SK_O)); emit_ptr(t, s);
        break;
    }
    case 0x73: m = resolve_method(t, rd_u32(t, pos)); if (m) emit_newobj(t, m); break;
    case 0x74: case 0x75: {                                       /* castclass, isinst */
        ty = token_type(t, pos);
        StackEntry o = pop(t);
        if (t->failed || !ty) break;
        uint32_t os = operand(t, &o);
        uint32_t d = push(t, op == 0x74 ? ty : (type_is_reference(ty) ? ty : vm_types.object), SK_O);
        emit_op(t, op == 0x74 ? OP_CASTCLASS : OP_ISINST); emit_dest(t, d); emit_word(t, os); emit_ptr(t, ty);
        break;
    }
    case 0x76: conv(t, CV_R_UN, false, false); break;
    case 0x79: {                                                  /* unbox */
        ty = token_type(t, pos);
        StackEntry o = pop(t);
        if (t->failed || !ty) break;
        uint32_t os = operand(t, &o);
        uint32_t d = push(t, type_byref(ty), SK_I);
        emit_op(t, (ty->flags & TF_NULLABLE) ? OP_UNBOX_NULLABLE : OP_UNBOX); emit_dest(t, d); emit_word(t, os); emit_ptr(t, ty);
        if (ty->flags & TF_NULLABLE) emit_word(t, type_value_size(ty));
        break;
    }
    case 0x7A: {                                                  /* throw */
        StackEntry e = pop(t);
        if (t->failed) break;
        { uint32_t src_ = operand(t, &e); emit_op(t, OP_THROW); emit_word(t, src_); }
        t->sp = 0;
        *unconditional = true;
        break;
    }
    case 0x7B: case 0x7C: f = resolve_field(t, rd_u32(t, pos)); if (f) emit_ldfld(t, f, op == 0x7C); break;
    case 0x7D: f = resolve_field(t, rd_u32(t, pos)); if (f) emit_stfld(t, f, false); break;
    case 0x7E: case 0x7F:
        f = resolve_field(t, rd_u32(t, pos));
        if (f) { push_const(t, SK_O, 0); emit_ldfld(t, f, op == 0x7F); }
        break;
    case 0x80: f = resolve_field(t, rd_u32(t, pos)); if (f) emit_stfld(t, f, true); break;
    case 0x81: ty = token_type(t, pos); if (ty) emit_stind(t, ty); break;   /* stobj */
    case 0x82: conv(t, CV_I1, true, true); break;
    case 0x83: conv(t, CV_I2, true, true); break;
    case 0x84: conv(t, CV_I4, true, true); break;
    case 0x85: conv(t, CV_I8, true, true); break;
    case 0x86: conv(t, CV_U1, true, true); break;
    case 0x87: conv(t, CV_U2, true, true); break;
    case 0x88: conv(t, CV_U4, true, true); break;
    case 0x89: conv(t, CV_U8, true, true); break;
    case 0x8A: conv(t, CV_I, true, true); break;
    case 0x8B: conv(t, CV_U, true, true); break;
    case 0x8C: {                                                  /* box */
        ty = token_type(t, pos);
        if (!ty) break;
        if (type_is_reference(ty)) break;
        StackEntry v = pop(t);
        if (t->failed) break;
        coerce_to(t, &v, ty);
        uint32_t vs = operand(t, &v);
        uint32_t d = push(t, vm_types.object, SK_O);
        emit_op(t, (ty->flags & TF_NULLABLE) ? OP_BOX_NULLABLE : OP_BOX); emit_dest(t, d); emit_word(t, vs); emit_ptr(t, ty);
        break;
    }
    case 0x8D: {                                                  /* newarr */
        ty = token_type(t, pos);
        StackEntry len = pop(t);
        if (t->failed || !ty) break;
        index_to_i4(t, &len);
        Type *at = type_szarray(ty);
        if (!type_prepare(at, TS_READY)) { fail_type(t); break; }
        uint32_t ls = operand(t, &len);
        uint32_t d = push(t, at, SK_O);
        emit_op(t, OP_NEWARR); emit_dest(t, d); emit_word(t, ls); emit_ptr(t, at);
        break;
    }
    case 0x8E: {                                                  /* ldlen */
        StackEntry a = pop(t);
        if (t->failed) break;
        uint32_t as = operand(t, &a);
        emit_op(t, OP_LDLEN); emit_dest(t, push(t, vm_types.intptr, SK_I)); emit_word(t, as);
        break;
    }
    case 0x8F: {                                                  /* ldelema */
        ty = token_type(t, pos);
        StackEntry idx = pop(t), arr = pop(t);
        if (t->failed || !ty) break;
        index_to_i4(t, &idx);
        uint32_t as = operand(t, &arr), is = operand(t, &idx);
        uint32_t d = push(t, type_byref(ty), SK_I);
        emit_op(t, OP_LDELEMA); emit_dest(t, d); emit_word(t, as); emit_word(t, is); emit_word(t, type_value_size(ty));
        break;
    }
    case 0x90: emit_ldelem(t, vm_types.sbyte); break;
    case 0x91: emit_ldelem(t, vm_types.byte); break;
    case 0x92: emit_ldelem(t, vm_types.int16); break;
    case 0x93: emit_ldelem(t, vm_types.uint16); break;
    case 0x94: emit_ldelem(t, vm_types.int32); break;
    case 0x95: emit_ldelem(t, vm_types.uint32); break;
    case 0x96: emit_ldelem(t, vm_types.int64); break;
    case 0x97: emit_ldelem(t, vm_types.intptr); break;
    case 0x98: emit_ldelem(t, vm_types.single); break;
    case 0x99: emit_ldelem(t, vm_types.double_); break;
    case 0x9A: emit_ldelem(t, vm_types.object); break;
    case 0x9B: emit_stelem(t, vm_types.intptr); break;
    case 0x9C: emit_stelem(t, vm_types.sbyte); break;
    case 0x9D: emit_stelem(t, vm_types.int16); break;
    case 0x9E: emit_stelem(t, vm_types.int32); break;
    case 0x9F: emit_stelem(t, vm_types.int64); break;
    case 0xA0: emit_stelem(t, vm_types.single); break;
    case 0xA1: emit_stelem(t, vm_types.double_); break;
    case 0xA2: emit_stelem(t, vm_types.object); break;
    case 0xA3: ty = token_type(t, pos); if (ty) emit_ldelem(t, ty); break;
    case 0xA4: ty = token_type(t, pos); if (ty) emit_stelem(t, ty); break;
    case 0xA5: {                                                  /* unbox.any */
        ty = token_type(t, pos);
        StackEntry o = pop(t);
        if (t->failed || !ty) break;
        uint32_t os = operand(t, &o);
        if (type_is_reference(ty)) {
            emit_op(t, OP_CASTCLASS); emit_dest(t, push(t, ty, SK_O)); emit_word(t, os); emit_ptr(t, ty);
            break;
        }
        StackEntry *e = push_typed(t, ty);
        int mk = mem_kind(ty);
        if (ty->flags & TF_NULLABLE) {
            emit_op(t, OP_UNBOX_NULLABLE); emit_dest(t, e->canon); emit_word(t, os); emit_ptr(t, ty); emit_word(t, 0);
        } else if (mk == MK_VT) {
            emit_op(t, OP_UNBOX_ANY); emit_dest(t, e->canon); emit_word(t, os); emit_ptr(t, ty); emit_word(t, type_value_size(ty));
        } else {
            emit_op(t, OP_UNBOX); emit_word(t, e->canon); emit_word(t, os); emit_ptr(t, ty);
            emit_op(t, ldind_ops[mk]); emit_dest(t, e->canon); emit_word(t, e->canon);
        }
        break;
    }
    case 0xB3: conv(t, CV_I1, true, false); break;
    case 0xB4: conv(t, CV_U1, true, false); break;
    case 0xB5: conv(t, CV_I2, true, false); break;
    case 0xB6: conv(t, CV_U2, true, false); break;
    case 0xB7: conv(t, CV_I4, true, false); break;
    case 0xB8: conv(t, CV_U4, true, false); break;
    case 0xB9: conv(t, CV_I8, true, false); break;
    case 0xBA: conv(t, CV_U8, true, false); break;
    case 0xC2: case 0xC6: rd_u32(t, pos); fail(t, "typed references are not supported"); break;
    case 0xC3: {                                                  /* ckfinite */
        StackEntry a = pop(t);
        if (t->failed) break;
        uint32_t as = operand(t, &a);
        uint32_t d = push(t, a.type, (StackKind)a.kind);
        emit_op(t, a.kind == SK_R4 ? OP_CKFINITE_R4 : OP_CKFINITE_R8); emit_dest(t, d); emit_word(t, as);
        break;
    }
    case 0xD0: {                                                  /* ldtoken */
        uint32_t tok = rd_u32(t, pos);
        uint32_t table = MD_TOKEN_TABLE(tok);
        void *handle = NULL;
        Type *ht = NULL;
        if (table == MD_TYPEDEF || table == MD_TYPEREF || table == MD_TYPESPEC) {
            handle = resolve_type(t, tok);
            ht = vm_types.runtime_type_handle;
        } else if (table == MD_FIELD || (table == MD_MEMBERREF && md_sig_is_field(t->a->image->memberrefs[MD_TOKEN_ROW(tok)].signature))) {
            handle = resolve_field(t, tok);
            ht = vm_types.runtime_field_handle;
        } else {
            handle = resolve_method(t, tok);
            ht = type_corlib("System", "RuntimeMethodHandle");
        }
        if (!handle || !ht) { if (!t->failed) fail_type(t); break; }
        emit_op(t, OP_LDTOKEN); emit_dest(t, push(t, ht, SK_VT)); emit_ptr(t, handle);
        break;
    }
    case 0xD1: conv(t, CV_U2, false, false); break;
    case 0xD2: conv(t, CV_U1, false, false); break;
    case 0xD3: conv(t, CV_I, false, false); break;
    case 0xD4: conv(t, CV_I, true, false); break;
    case 0xD5: conv(t, CV_U, true, false); break;
    case 0xD6: binop(t, BIN_ADD_OVF); break;
    case 0xD7: binop(t, BIN_ADD_OVF_UN); break;
    case 0xD8: binop(t, BIN_MUL_OVF); break;
    case 0xD9: binop(t, BIN_MUL_OVF_UN); break;
    case 0xDA: binop(t, BIN_SUB_OVF); break;
    case 0xDB: binop(t, BIN_SUB_OVF_UN); break;
    case 0xDC: emit_op(t, OP_ENDFINALLY); t->sp = 0; *unconditional = true; break;
    case 0xDD: case 0xDE: {                                       /* leave */
        int32_t d = op == 0xDE ? (int8_t)rd_u8(t, pos) : (int32_t)rd_u32(t, pos);
        t->sp = 0;
        emit_op(t, OP_LEAVE);
        emit_word(t, t->cur_il);
        emit_target(t, *pos + (uint32_t)d);
        *unconditional = true;
        break;
    }
    case 0xDF: emit_stind(t, vm_types.intptr); break;
    case 0xE0: conv(t, CV_U, false, false); break;
    case 0x100: fail(t, "arglist is not supported"); break;
    case 0x101: compare(t, 0); break;
    case 0x102: compare(t, 1); break;
    case 0x103: compare(t, 2); break;
    case 0x104: compare(t, 3); break;
    case 0x105: compare(t, 4); break;
    case 0x106: case 0x107: {                                     /* ldftn, ldvirtftn */
        m = resolve_method(t, rd_u32(t, pos));
        if (!m) break;
        if (op == 0x106) {
            emit_op(t, OP_LDFTN); emit_dest(t, push(t, vm_types.intptr, SK_I)); emit_ptr(t, m);
        } else {
            StackEntry o = pop(t);
            if (t->failed) break;
            uint32_t os = operand(t, &o);
            emit_op(t, OP_LDVIRTFTN); emit_dest(t, push(t, vm_types.intptr, SK_I)); emit_word(t, os); emit_ptr(t, m);
        }
        break;
    }
    case 0x10F: {                                                 /* localloc */
        StackEntry s = pop(t);
        if (t->failed) break;
        uint32_t ss = operand(t, &s);
        emit_op(t, OP_LOCALLOC); emit_dest(t, push(t, vm_types.intptr, SK_I)); emit_word(t, ss);
        break;
    }
    case 0x111: {                                                 /* endfilter */
        StackEntry v = pop(t);
        if (t->failed) break;
        { uint32_t src_ = operand(t, &v); emit_op(t, OP_ENDFILTER); emit_word(t, src_); }
        t->sp = 0;
        *unconditional = true;
        break;
    }
    case 0x112: rd_u8(t, pos); break;                             /* unaligned. */
    case 0x113: t->prefix_volatile = true; break;
    case 0x114: t->prefix_tail = true; break;
    case 0x115: {                                                 /* initobj */
        ty = token_type(t, pos);
        StackEntry a = pop(t);
        if (t->failed || !ty) break;
        uint32_t as = operand(t, &a);
        emit_op(t, OP_INITOBJ); emit_word(t, as); emit_word(t, type_value_size(ty));
        break;
    }
    case 0x116: t->constrained = token_type(t, pos); break;
    case 0x117: case 0x118: {                                     /* cpblk, initblk */
        StackEntry c = pop(t), b = pop(t), a = pop(t);
        if (t->failed) break;
        uint32_t as = operand(t, &a), bs = operand(t, &b), cs = operand(t, &c);
        emit_op(t, op == 0x117 ? OP_CPBLK : OP_INITBLK); emit_word(t, as); emit_word(t, bs); emit_word(t, cs);
        break;
    }
    case 0x119: rd_u8(t, pos); break;                             /* no. */
    case 0x11A: {                                                 /* rethrow */
        int c = innermost_catch_handler(t, t->cur_il);
        if (c < 0) { fail(t, "rethrow outside a catch handler"); break; }
        emit_op(t, OP_RETHROW); emit_word(t, t->local_slots[t->local_count] + (uint32_t)c);
        t->sp = 0;
        *unconditional = true;
        break;
    }
    case 0x11C: ty = token_type(t, pos); if (ty) push_const(t, SK_I4, type_value_size(ty)); break;
    case 0x11D: fail(t, "refanytype is not supported"); break;
    case 0x11E: t->prefix_readonly = true; break;
    default:
        fail(t, "invalid opcode 0x%x", op);
        break;
    }
    return !t->failed;
}

/* ---- delegate Invoke bodies ---- */
/* Invoke(this, args...) of a delegate type: a single-cast delegate calls its
 * target directly (DINV_SINGLE); a multicast one calls Invoke on each
 * element of its invocation list in order and returns the last result. */
static void translate_delegate_invoke(Tr *t) {
    Method *m = t->m;
    uint32_t args = m->arg_slots;
    uint32_t count = args, index = args + 1, call = args + 2;
    uint32_t frame = call + (args > m->ret_slots ? args : m->ret_slots);
    t->max_slot = frame;
    /* count = invocation count; 0 means single-cast */
    emit_op(t, OP_DINV_COUNT); emit_word(t, count); emit_word(t, 0);
    uint32_t multi_branch = t->n + 2;
    emit_op(t, OP_BRTRUE_I4); emit_word(t, count); emit_word(t, 0);
    emit_op(t, OP_DINV_SINGLE); emit_word(t, 0);
    if (m->ret_slots > 1) { emit_op(t, OP_RETN); emit_word(t, 0); emit_word(t, m->ret_slots); }
    else if (m->ret_slots == 1) { emit_op(t, OP_RET); emit_word(t, 0); }
    else emit_op(t, OP_RET_VOID);
    t->out[multi_branch] = t->n;
    emit_op(t, OP_LDC_I4); emit_word(t, index); emit_word(t, 0);
    uint32_t loop = t->n;
    emit_op(t, OP_DINV_PREP); emit_word(t, call); emit_word(t, 0); emit_word(t, index); emit_word(t, args);
    emit_op(t, OP_CALL); emit_word(t, call); emit_ptr(t, m);
    emit_op(t, OP_ADD_I4_IMM); emit_word(t, index); emit_word(t, index); emit_word(t, 1);
    emit_op(t, OP_BLT_I4); emit_word(t, index); emit_word(t, count); emit_word(t, loop);
    if (m->ret_slots > 1) { emit_op(t, OP_RETN); emit_word(t, call); emit_word(t, m->ret_slots); }
    else if (m->ret_slots == 1) { emit_op(t, OP_RET); emit_word(t, call); }
    else emit_op(t, OP_RET_VOID);
}

/* ---- driver ---- */
static bool setup_frame(Tr *t) {
    Method *m = t->m;
    bool has_this = !(m->flags & MF_STATIC);
    t->arg_count = m->param_count + (has_this ? 1 : 0);
    t->arg_types = util_calloc(t->arg_count + 1, sizeof(Type *));
    t->arg_slots = util_calloc(t->arg_count + 1, sizeof(uint32_t));
    t->arg_addr_taken = util_calloc(t->arg_count + 1, 1);
    uint32_t slot = 0, i = 0;
    if (has_this) {
        Type *self = m->owner;
        t->arg_types[0] = (self->flags & TF_VALUETYPE) ? type_byref(self) : self;
        t->arg_slots[0] = slot++;
        i = 1;
    }
    for (uint32_t p = 0; p < m->param_count; p++, i++) {
        t->arg_types[i] = m->params[p];
        t->arg_slots[i] = slot;
        slot += type_stack_slots(m->params[p]);
    }
    uint32_t local_start = slot;
    if (t->body.local_var_sig_token) {
        uint32_t tok = t->body.local_var_sig_token;
        const MdImage *img = t->a->image;
        if (MD_TOKEN_TABLE(tok) != MD_STANDALONESIG || MD_TOKEN_ROW(tok) == 0 || MD_TOKEN_ROW(tok) > img->row_count[MD_STANDALONESIG]) {
            fail(t, "bad local variable signature token 0x%08x", tok);
            return false;
        }
        MdTypeSig **sigs;
        char err[256];
        if (!md_parse_locals_sig(img, img->standalonesigs[MD_TOKEN_ROW(tok)].signature, &t->local_count, &sigs, err, sizeof err)) {
            fail(t, "%s", err);
            return false;
        }
        t->local_types = util_calloc(t->local_count + 1, sizeof(Type *));
        for (uint32_t l = 0; l < t->local_count; l++) {
            t->local_types[l] = type_from_sig(t->a, sigs[l], &t->ctx);
            if (!t->local_types[l] || !type_prepare(t->local_types[l], TS_LAYOUT)) { fail_type(t); return false; }
        }
    }
    t->local_slots = util_calloc(t->local_count + 1, sizeof(uint32_t));
    t->local_addr_taken = util_calloc(t->local_count + 1, 1);
    for (uint32_t l = 0; l < t->local_count; l++) {
        t->local_slots[l] = slot;
        slot += type_stack_slots(t->local_types[l]);
    }
    t->local_slots[t->local_count] = slot;    /* hidden slots: one exception per clause, for rethrow */
    slot += t->body.clause_count;
    t->temp_base = slot;
    t->max_slot = slot;
    (void)local_start;
    return true;
}

static void record_map(Tr *t, uint32_t il) {
    if (t->map_count && t->map_ops[t->map_count - 1] == t->n) { t->map_il[t->map_count - 1] = il; return; }
    t->map_ops = util_realloc(t->map_ops, (t->map_count + 1) * sizeof(uint32_t));
    t->map_il = util_realloc(t->map_il, (t->map_count + 1) * sizeof(uint32_t));
    t->map_ops[t->map_count] = t->n;
    t->map_il[t->map_count] = il;
    t->map_count++;
}

/* The stack at a label: what a branch recorded, or the handler's exception. */
static void enter_label(Tr *t, uint32_t il, bool fallthrough) {
    if (fallthrough) {
        materialize_all(t);
        if (t->depth_known[il] && t->saved_depth[il] != t->sp)
            fail(t, "stack depth mismatch at IL_%04x (%u vs %u)", il, t->saved_depth[il], t->sp);
    }
    for (uint32_t i = 0; i < t->body.clause_count; i++) {
        const MdExceptionClause *c = &t->body.clauses[i];
        bool catch_start = (c->flags == MD_CLAUSE_EXCEPTION || c->flags == MD_CLAUSE_FILTER) && c->handler_offset == il;
        bool filter_start = c->flags == MD_CLAUSE_FILTER && c->filter_offset == il;
        if (catch_start || filter_start) {
            t->sp = 0;
            Type *ct = vm_types.object;
            if (c->flags == MD_CLAUSE_EXCEPTION && catch_start) {
                Type *x = type_from_token(t->a, c->class_token, &t->ctx);
                if (x) ct = x;
            }
            push_entry(t, ct, SK_O);
            return;
        }
        if ((c->flags == MD_CLAUSE_FINALLY || c->flags == MD_CLAUSE_FAULT) && c->handler_offset == il) {
            t->sp = 0;
            return;
        }
    }
    if (!fallthrough) {
        t->sp = 0;
        SavedStack *s = &t->saved[il];
        if (s->entries) {
            if (s->count > t->stack_cap) {
                t->stack_cap = s->count;
                t->stack = util_realloc(t->stack, t->stack_cap * sizeof(StackEntry));
            }
            memcpy(t->stack, s->entries, s->count * sizeof(StackEntry));
            t->sp = s->count;
        }
    }
}

static void free_tr(Tr *t) {
    if (t->saved) for (uint32_t i = 0; i < t->il_size; i++) free(t->saved[i].entries);
    free(t->saved);
    free(t->il_to_op);
    free(t->is_target);
    free(t->depth_known);
    free(t->saved_depth);
    free(t->stack);
    free(t->arg_types); free(t->arg_slots); free(t->arg_addr_taken);
    free(t->local_types); free(t->local_slots); free(t->local_addr_taken);
    free(t->fixups);
}

Code *interp_translate(Method *m, char *err, size_t errlen) {
    Tr tr;
    Tr *t = &tr;
    memset(t, 0, sizeof *t);
    t->m = m;
    t->a = m->assembly;
    t->err = err;
    t->errlen = errlen;
    err[0] = 0;
    method_context(m, &t->ctx);
    if (!method_prepare_sig(m)) { snprintf(err, errlen, "%s", type_last_error()); return NULL; }
    Code *code = util_calloc(1, sizeof *code);
    if (m->runtime_kind == RK_DELEGATE_INVOKE) {
        translate_delegate_invoke(t);
        code->ops = t->out;
        code->op_count = t->n;
        code->frame_slots = t->max_slot;
        code->local_start = m->arg_slots;
        code->local_slots = 0;
        return code;
    }
    char berr[256];
    if (!md_method_body(t->a->image, m->methoddef_row, &t->body, berr, sizeof berr)) {
        snprintf(err, errlen, "%s", berr);
        free(code);
        return NULL;
    }
    t->il = t->body.code;
    t->il_size = t->body.code_size;
    t->il_to_op = util_calloc(t->il_size + 1, sizeof(uint32_t));
    for (uint32_t i = 0; i <= t->il_size; i++) t->il_to_op[i] = UINT32_MAX;
    t->is_target = util_calloc(t->il_size + 1, 1);
    t->saved = util_calloc(t->il_size + 1, sizeof(SavedStack));
    t->depth_known = util_calloc(t->il_size + 1, 1);
    t->saved_depth = util_calloc(t->il_size + 1, sizeof(uint32_t));
    if (!setup_frame(t) || !prescan(t)) goto failed;

    uint32_t pos = 0;
    bool reachable = true;
    while (pos < t->il_size && !t->failed) {
        t->cur_il = pos;
        if (t->is_target[pos]) {
            enter_label(t, pos, reachable);
            reachable = true;
            t->last_dest_valid = false;
        }
        t->il_to_op[pos] = t->n;
        if (!reachable) {
            uint32_t opc, len = instr_length(t->il, t->il_size, pos, &opc);
            pos += len ? len : 1;
            continue;
        }
        bool is_prefix = false;
        uint32_t opc;
        instr_length(t->il, t->il_size, pos, &opc);
        is_prefix = opc == 0x116 || opc == 0x113 || opc == 0x114 || opc == 0x112 || opc == 0x11E || opc == 0x119;
        if (!is_prefix) record_map(t, pos);
        bool unconditional = false;
        if (!translate_instruction(t, &pos, &unconditional)) break;
        if (unconditional) reachable = false;
    }
    if (!t->failed && reachable) fail(t, "control falls off the end of the method");
    if (t->failed) goto failed;
    t->il_to_op[t->il_size] = t->n;
    for (uint32_t i = 0; i < t->fixup_count; i++) {
        uint32_t target = t->il_to_op[t->fixups[i].il_target];
        if (target == UINT32_MAX) {
            t->cur_il = t->fixups[i].il_target;
            fail(t, "branch into the middle of an instruction");
            goto failed;
        }
        t->out[t->fixups[i].at] = target;
    }
    /* exception clauses in internal offsets */
    code->clause_count = t->body.clause_count;
    code->clauses = util_calloc(code->clause_count + 1, sizeof(EhClause));
    for (uint32_t i = 0; i < code->clause_count; i++) {
        const MdExceptionClause *c = &t->body.clauses[i];
        EhClause *e = &code->clauses[i];
        e->kind = c->flags;
        e->try_start = t->il_to_op[c->try_offset];
        e->try_end = t->il_to_op[c->try_offset + c->try_length];
        e->handler_start = t->il_to_op[c->handler_offset];
        e->handler_end = t->il_to_op[c->handler_offset + c->handler_length];
        e->filter_start = c->flags == MD_CLAUSE_FILTER ? t->il_to_op[c->filter_offset] : 0;
        e->exc_slot = t->local_slots[t->local_count] + i;
        if (e->try_start == UINT32_MAX || e->try_end == UINT32_MAX || e->handler_start == UINT32_MAX ||
            e->handler_end == UINT32_MAX || e->filter_start == UINT32_MAX) {
            fail(t, "exception clause %u does not start at an instruction", i);
            goto failed;
        }
        if (c->flags == MD_CLAUSE_EXCEPTION) {
            e->catch_type = type_from_token(t->a, c->class_token, &t->ctx);
            if (!e->catch_type || !type_prepare(e->catch_type, TS_READY)) { fail_type(t); goto failed; }
        }
    }
    code->ops = t->out;
    code->op_count = t->n;
    code->frame_slots = t->max_slot + 1;
    code->local_start = t->arg_count ? t->local_slots[0] : 0;
    code->local_start = (m->flags & MF_STATIC ? 0 : 1);
    for (uint32_t p = 0; p < m->param_count; p++) code->local_start += type_stack_slots(m->params[p]);
    code->local_slots = t->temp_base - code->local_start;
    code->temp_base = t->temp_base;
    code->map_count = t->map_count;
    code->map_ops = t->map_ops;
    code->map_il = t->map_il;
    free_tr(t);
    return code;
failed:
    free(t->out);
    free(t->map_ops);
    free(t->map_il);
    free(code);
    free_tr(t);
    return NULL;
}
