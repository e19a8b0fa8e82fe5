/* tier_compile.c — one method's internal ops into one WebAssembly function
 * (docs/tier.md).
 *
 * Function: (t: Thread*, fp: Slot*, block: i32) -> i32, entered at the start
 * of any of its blocks (an op that a branch targets, or op 0). Blocks become
 * the arms of one loop around a br_table on a `pc` local: falling through
 * runs the next block, a backward branch sets pc and restarts the loop
 * (an innermost loop is a wasm loop of its own instead: tier_loops.c).
 *
 * Slots: the method's frame stays in linear memory where the GC and the
 * interpreter see it. A slot is kept in a wasm local instead ("promoted")
 * when every op uses it with one value class (int32, int64, float32,
 * float64), it never holds a reference, its address is never taken and no
 * call reads or writes it; promoted slots are loaded at entry and written
 * back before a side exit to the interpreter.
 *
 * Two passes over the same emission code: the first records each slot's
 * classes and the blocks (its output is dropped), the second emits. */
#include "interp/tier_compile_internal.h"

#include <stddef.h>
#include <stdio.h>

static void add_pos(uint32_t **list, uint32_t *n, uint32_t v) {
    uint32_t *l = realloc(*list, (*n + 1) * sizeof **list);
    if (!l) return;
    l[(*n)++] = v;
    *list = l;
}


/* ---- slot classes (pass 1) and access (pass 2) ----
 * Pass 1 records, per slot, the classes it is used with (mask) and whether
 * it must stay in the frame (hard: a reference, an address taken, a call's
 * argument or result). A slot used with several classes can still live in
 * wasm locals, one per class, when inside each block every read follows a
 * write of the same class in that block and no exit to the interpreter
 * comes after such a write ("split" slots: temps reused for values of
 * different types). cur_w is the class of the last write in the block. */

static void note(Comp *c, uint32_t s, int k) {
    if (s >= c->nslots) { c->fail = true; return; }
    if (!ANALYZE) return;
    if (k == C_MEM) c->hard[s] = 1;
    else c->mask[s] |= (uint8_t)(1u << k);
}
void tc_note_mem_range(Comp *c, uint32_t s, uint32_t n) {
    for (uint32_t i = 0; i < n; i++) note(c, s + i, C_MEM);
}
/* s cannot be split in the current block */
static void bad(Comp *c, uint32_t s) { if (ANALYZE) c->block_mem[(size_t)c->cur * c->nslots + s] = 1; }
/* A call's argument and result area: the callee (or the helper) reads and
 * writes these slots in the frame. They stay in the frame in this block only;
 * elsewhere the temps may live in split locals. A value live into the block
 * (an argument computed in an earlier block) crosses blocks, where only the
 * frame carries it: such a slot is never split. */
void tc_frame_range(Comp *c, uint32_t s, uint32_t n) {
    for (uint32_t i = 0; i < n; i++) {
        if (s + i >= c->nslots) { c->fail = true; return; }
        if (!ANALYZE) continue;
        c->framed[s + i] = 1;
        if (c->cur_w[s + i] == C_NONE) c->nosplit[s + i] = 1;
        bad(c, s + i);
    }
}
static void a_read(Comp *c, uint32_t s, int k) {
    if (!ANALYZE || s >= c->nslots) return;
    if (c->exposed[s]) bad(c, s);   /* read after an exit point: the interpreter may read it */
    uint8_t w = c->cur_w[s];
    /* a reference is always written to the frame (and a non-reference never lives across blocks) */
    if (k == C_REF) {
        /* live into the block (a pointer computed as an int in another block, say): the
         * value crosses blocks, where a split slot's local does not carry it */
        if (w == C_NONE) c->nosplit[s] = 1;
        else if (w != C_REF && w != C_MEM) bad(c, s);
        return;
    }
    if (w == C_NONE) { c->nosplit[s] = 1; return; }   /* live into the block: never split */
    if (w == C_MEM || w == C_REF) { bad(c, s); return; }
    if (w == C_COPY) {
        uint8_t want = k == C_ANY64 ? C_I64 : (uint8_t)k;
        uint8_t *site = &c->site_cls[c->any_site[s]];
        if (*site && *site != want) { bad(c, s); return; }
        *site = want;
        c->cur_w[s] = want;
        note(c, (uint32_t)c->code->ops[c->any_site[s] + 2], want);   /* the copy's source has that class too */
        return;
    }
    if (w == C_ANY64) {
        /* an 8-byte load or constant: its first reader says whether it is an int64 or a float64 */
        uint8_t want = k == C_ANY64 ? C_I64 : (uint8_t)k;
        uint8_t *site = &c->site_cls[c->any_site[s]];
        if (want != C_I64 && want != C_F64) { bad(c, s); return; }
        if (*site && *site != want) { bad(c, s); return; }
        *site = want;
        c->cur_w[s] = want;
        return;
    }
    if (k != C_ANY64 && w != k) bad(c, s);
    if (k == C_ANY64 && w != C_I64 && w != C_F64) bad(c, s);
}
void tc_a_write(Comp *c, uint32_t s, int k) {
    if (!ANALYZE || s >= c->nslots) return;
    c->cur_w[s] = (uint8_t)k;
    c->exposed[s] = 0;
    if (k == C_ANY64 || k == C_COPY) c->any_site[s] = c->pos;
}
/* A point where the interpreter may take over in the middle of a block (a side
 * exit, a call): values the block computed into split slots are not in the
 * frame, so a slot read from here on before being written again cannot be
 * split in this block (exposed). An op left to the interpreter may read any
 * slot (a call's arguments lie beyond its operands): none of the values the
 * block computed so far can be split in this block. */
static bool local_class(uint8_t w) { return w >= C_I32 && w <= C_ANY64; }
static void bad(Comp *c, uint32_t s);
void tc_a_barrier(Comp *c, bool op_left) {
    if (!ANALYZE) return;
    for (uint32_t s = 0; s < c->nslots; s++) {
        if (!local_class(c->cur_w[s]) && c->cur_w[s] != C_COPY) continue;
        c->exposed[s] = 1;
        if (op_left) bad(c, s);
    }
}
/* A MOV's destination whose value no typed reader in the block classified
 * (it is copied on, or lives out of the block): whatever class the slot has
 * elsewhere, here it holds an arbitrary 8-byte value (a struct, say), so it
 * cannot be a 32-bit local; in this block it stays in the frame. */
static void unknown_copy(Comp *c, uint32_t s) {
    note(c, s, C_ANY64);
    bad(c, s);
    c->cur_w[s] = C_MEM;
}
static bool promoted(Comp *c, uint32_t s) { return EMIT && s < c->nslots && c->local_of[s]; }
static bool is_split(Comp *c, uint32_t s) {
    return EMIT && s < c->nslots && c->split[s] && !c->block_mem[(size_t)c->cur * c->nslots + s];
}
/* the concrete class of an access (k may be C_ANY64) */
static int acc(Comp *c, uint32_t s, int k, bool write) {
    if (k != C_ANY64) return k;
    if (is_split(c, s)) {
        if (write) return c->site_cls[c->pos] ? c->site_cls[c->pos] : C_I64;
        return c->cur_w[s] ? c->cur_w[s] : C_I64;
    }
    if (EMIT && s < c->nslots && c->cls[s] == C_F64 && c->local_of[s]) return C_F64;
    return C_I64;
}
static uint32_t split_local(Comp *c, uint32_t s, int k) {
    uint32_t l = c->split_local[s * 5 + k];
    if (!l) c->fail = true;
    return l;
}
/* push slot s read as class k */
static void rd(Comp *c, uint32_t s, int k) {
    note(c, s, k);
    a_read(c, s, k);
    if (!EMIT) return;
    int kk = acc(c, s, k, false);
    if (is_split(c, s)) { lget(c, split_local(c, s, kk)); return; }
    if (promoted(c, s)) { lget(c, c->local_of[s]); return; }
    lget(c, L_FP);
    mem(c, load_op(kk), s * 8);
}
/* a reference (or pointer) in slot s: always in memory */
void tc_rdref(Comp *c, uint32_t s) { note(c, s, C_REF); a_read(c, s, C_REF); lget(c, L_FP); mem(c, W_I32_LOAD, s * 8); }
/* writes: wr_begin before the value, wr_end after */
static void wr_begin(Comp *c, uint32_t s, int k) {
    note(c, s, k);
    if (!promoted(c, s) && !is_split(c, s)) lget(c, L_FP);
}
static void wr_end(Comp *c, uint32_t s, int k) {
    tc_a_write(c, s, k);
    if (!EMIT) return;
    int kk = acc(c, s, k, true);
    if (is_split(c, s)) { lset(c, split_local(c, s, kk)); c->cur_w[s] = (uint8_t)kk; return; }
    if (promoted(c, s)) { lset(c, c->local_of[s]); return; }
    mem(c, store_op(kk), s * 8);
}
/* a reference result: the slot's 8 bytes, pointer zero-extended */
static void wrref_begin(Comp *c, uint32_t s) { note(c, s, C_REF); lget(c, L_FP); }
static void wrref_end(Comp *c, uint32_t s) {
    tc_a_write(c, s, C_REF);
    if (is_split(c, s)) c->cur_w[s] = C_REF;
    op(c, W_I64_EXTEND_I32_U); mem(c, W_I64_STORE, s * 8);
}

/* ---- blocks and control ---- */
static void add_leader(Comp *c, uint32_t pos) {
    if (pos >= c->code->op_count) { c->fail = true; return; }
    if (c->pass == 0) c->is_leader[pos] |= 1;
}
uint32_t tc_block_of(Comp *c, uint32_t pos) {
    uint32_t lo = 0, hi = c->nleaders;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (c->leaders[mid] < pos) lo = mid + 1; else hi = mid;
    }
    return lo;
}
/* depth of the dispatch loop / the outer exit block from the current position */
static uint32_t depth_loop(Comp *c) { return tc_depth_dispatch(c); }
static uint32_t depth_out(Comp *c) { return depth_loop(c) + 1; }

void tc_call_op_helper(Comp *c, const void *fn) {
    lget(c, L_T);
    lget(c, L_FP);
    i32c(c, (int32_t)(uintptr_t)c->ip);
    i32c(c, (int32_t)(uintptr_t)fn);
    op(c, W_CALL_INDIRECT); u32(c, TYPE_FN); op(c, 0);
}

void tc_flush_exit(Comp *c, uint32_t resume) {
    i32c(c, (int32_t)resume);
    lset(c, L_RET);
    op(c, W_BR); u32(c, depth_out(c));
}
/* Return at the op with an exception pending. A handler in this frame reads
 * the locals from the frame, so they are written back first; without
 * handlers the frame dies, and a direct return keeps the locals out of every
 * exception path (the engine need not keep them all live at each check). */
void tc_exc_exit(Comp *c) {
    if (c->code->clause_count) { tc_flush_exit(c, c->pos); return; }
    i32c(c, (int32_t)c->pos);
    op(c, W_RETURN);
}
/* An op the tier does not compile: the interpreter runs it and what follows. */
static void leave_op(Comp *c, bool every_time) {
    c->exits++;
    tc_a_barrier(c, true);
    if (ANALYZE && every_time) add_pos(&c->exit_pos, &c->nexit, c->pos);
    tc_flush_exit(c, c->pos);
}
static void leave(Comp *c) { leave_op(c, true); }
static void raise(Comp *c, int kind) {
    lget(c, L_T);
    i32c(c, kind);
    i32c(c, (int32_t)(uintptr_t)&tier_raise);
    op(c, W_CALL_INDIRECT); u32(c, TYPE_RAISE); op(c, 0);
    tc_exc_exit(c);
}
/* condition on the stack: raise kind when it is true */
static void raise_if(Comp *c, int kind) { if_void(c); raise(c, kind); end(c); }

static void jump(Comp *c, uint32_t target) {
    add_leader(c, target);
    if (ANALYZE) { add_pos(&c->branches, &c->nbranches, c->pos); add_pos(&c->branches, &c->nbranches, target); }
    if (target <= c->pos && ANALYZE) { add_pos(&c->loop_ranges, &c->nloop, target); add_pos(&c->loop_ranges, &c->nloop, c->pos); }
    if (target <= c->pos) {
        /* backward: charge the interpreter's budget; when spent, go back to it */
        i32c(c, (int32_t)(uintptr_t)&tier_fuel);
        i32c(c, (int32_t)(uintptr_t)&tier_fuel);
        mem(c, W_I32_LOAD, 0);
        i32c(c, 1);
        op(c, W_I32_SUB);
        ltee(c, L_C);
        mem(c, W_I32_STORE, 0);
        lget(c, L_C);
        i32c(c, 1);
        op(c, W_I32_LT_S);
        if_void(c);
        tc_flush_exit(c, target);
        end(c);
    }
    if (!EMIT) return;
    uint32_t b = tc_block_of(c, target);
    if (b > c->cur) {
        if (tc_jump_into_loop(c, b)) return;
        /* forward: block b's code follows the end of the wasm block for b, which encloses this one */
        op(c, W_BR); u32(c, tc_depth_forward(c, b));
        return;
    }
    int32_t back = tc_depth_back_edge(c, b);
    if (back >= 0) { op(c, W_BR); u32(c, (uint32_t)back); return; }
    i32c(c, (int32_t)c->top_ord[b]);
    lset(c, L_PC);
    op(c, W_BR); u32(c, depth_loop(c));
}
/* condition on the stack: branch when true */
static void branch_if(Comp *c, uint32_t target) { if_void(c); jump(c, target); end(c); }

/* ---- op groups ---- */
static void binop(Comp *c, int k, uint8_t w) {
    wr_begin(c, SLOT(1), k);
    rd(c, SLOT(2), k);
    rd(c, SLOT(3), k);
    op(c, w);
    wr_end(c, SLOT(1), k);
}
static void binop_imm(Comp *c, uint8_t w) {
    wr_begin(c, SLOT(1), C_I32);
    rd(c, SLOT(2), C_I32);
    i32c(c, IMM(3));
    op(c, w);
    wr_end(c, SLOT(1), C_I32);
}
/* shifts: CIL masks the count like wasm does */
static void shift64(Comp *c, uint8_t w) {
    wr_begin(c, SLOT(1), C_I64);
    rd(c, SLOT(2), C_I64);
    rd(c, SLOT(3), C_I32);
    op(c, W_I64_EXTEND_I32_U);
    op(c, w);
    wr_end(c, SLOT(1), C_I64);
}
static void unop(Comp *c, int kd, int ks, const uint8_t *w, int n) {
    wr_begin(c, SLOT(1), kd);
    rd(c, SLOT(2), ks);
    for (int i = 0; i < n; i++) op(c, w[i]);
    wr_end(c, SLOT(1), kd);
}
#define UNOP(kd, ks, ...) do { static const uint8_t w_[] = {__VA_ARGS__}; unop(c, kd, ks, w_, (int)sizeof w_); } while (0)

/* division: b in L_B (i32) / L_X1 (i64), a in L_A / L_X0 */
static void divide32(Comp *c, bool imm, bool is_signed, uint8_t w) {
    rd(c, SLOT(2), C_I32); lset(c, L_A);
    if (imm) i32c(c, IMM(3)); else rd(c, SLOT(3), C_I32);
    lset(c, L_B);
    lget(c, L_B); op(c, W_I32_EQZ); raise_if(c, TIER_EXC_DIV0);
    if (is_signed) {
        lget(c, L_B); i32c(c, -1); op(c, W_I32_EQ);
        lget(c, L_A); i32c(c, INT32_MIN); op(c, W_I32_EQ);
        op(c, W_I32_AND); raise_if(c, TIER_EXC_OVF);
    }
    wr_begin(c, SLOT(1), C_I32);
    lget(c, L_A); lget(c, L_B); op(c, w);
    wr_end(c, SLOT(1), C_I32);
}
static void divide64(Comp *c, bool is_signed, uint8_t w) {
    rd(c, SLOT(2), C_I64); lset(c, L_X0);
    rd(c, SLOT(3), C_I64); lset(c, L_X1);
    lget(c, L_X1); op(c, W_I64_EQZ); raise_if(c, TIER_EXC_DIV0);
    if (is_signed) {
        lget(c, L_X1); i64c(c, -1); op(c, W_I64_EQ);
        lget(c, L_X0); i64c(c, INT64_MIN); op(c, W_I64_EQ);
        op(c, W_I32_AND); raise_if(c, TIER_EXC_OVF);
    }
    wr_begin(c, SLOT(1), C_I64);
    lget(c, L_X0); lget(c, L_X1); op(c, w);
    wr_end(c, SLOT(1), C_I64);
}
/* checked int32 arithmetic, computed in 64 bits */
static void ovf32(Comp *c, uint8_t w, bool is_signed) {
    uint8_t ext = is_signed ? W_I64_EXTEND_I32_S : W_I64_EXTEND_I32_U;
    rd(c, SLOT(2), C_I32); op(c, ext);
    rd(c, SLOT(3), C_I32); op(c, ext);
    op(c, w);
    lset(c, L_X0);
    if (is_signed) {
        lget(c, L_X0); i64c(c, INT32_MIN); op(c, W_I64_LT_S);
        lget(c, L_X0); i64c(c, INT32_MAX); op(c, W_I64_GT_S);
        op(c, W_I32_OR);
    } else {
        lget(c, L_X0); i64c(c, UINT32_MAX); op(c, W_I64_GT_U);   /* a negative difference wraps high too */
    }
    raise_if(c, TIER_EXC_OVF);
    wr_begin(c, SLOT(1), C_I32);
    lget(c, L_X0); op(c, W_I32_WRAP_I64);
    wr_end(c, SLOT(1), C_I32);
}
static void cmp(Comp *c, int k, uint8_t w, bool negate) {
    wr_begin(c, SLOT(1), C_I32);
    rd(c, SLOT(2), k);
    rd(c, SLOT(3), k);
    op(c, w);
    if (negate) op(c, W_I32_EQZ);
    wr_end(c, SLOT(1), C_I32);
}
static void bcmp_branch(Comp *c, int k, uint8_t w, bool negate) {
    rd(c, SLOT(1), k);
    rd(c, SLOT(2), k);
    op(c, w);
    if (negate) op(c, W_I32_EQZ);
    branch_if(c, (uint32_t)OPW(3));
}
static void bimm(Comp *c, uint8_t w) {
    rd(c, SLOT(1), C_I32);
    i32c(c, IMM(2));
    op(c, w);
    branch_if(c, (uint32_t)OPW(3));
}
/* SWITCH: a br_table over one wasm block per case; each case's block ends
 * in a jump to its target, an index past the cases falls through to the next op */
static void switch_op(Comp *c) {
    uint32_t n = (uint32_t)OPW(2);
    rd(c, SLOT(1), C_I32);
    lset(c, L_A);
    op(c, W_BLOCK); op(c, WT_VOID); c->depth++;                 /* default: the next op */
    for (uint32_t i = 0; i < n; i++) { op(c, W_BLOCK); op(c, WT_VOID); c->depth++; }
    lget(c, L_A);
    op(c, W_BR_TABLE); u32(c, n);
    for (uint32_t i = 0; i <= n; i++) u32(c, i);
    for (uint32_t i = 0; i < n; i++) {
        end(c);
        jump(c, (uint32_t)OPW(3 + i));
    }
    end(c);
}
/* checked int64 add and subtract: the sign rules of two's complement */
static void ovf64(Comp *c, bool sub, bool is_signed) {
    rd(c, SLOT(2), C_I64); lset(c, L_X0);
    rd(c, SLOT(3), C_I64); lset(c, L_X1);
    lget(c, L_X0); lget(c, L_X1); op(c, sub ? W_I64_SUB : W_I64_ADD);
    lset(c, L_C64);
    if (is_signed) {
        /* add: both operands differ in sign from the result; sub: they differ, and a from the result */
        if (sub) { lget(c, L_X0); lget(c, L_X1); }
        else { lget(c, L_X0); lget(c, L_C64); }
        op(c, W_I64_XOR);
        if (sub) { lget(c, L_X0); lget(c, L_C64); }
        else { lget(c, L_X1); lget(c, L_C64); }
        op(c, W_I64_XOR);
        op(c, W_I64_AND);
        i64c(c, 0);
        op(c, W_I64_LT_S);
    } else if (sub) {
        lget(c, L_X0); lget(c, L_X1); op(c, W_I64_LT_U);
    } else {
        lget(c, L_C64); lget(c, L_X0); op(c, W_I64_LT_U);
    }
    raise_if(c, TIER_EXC_OVF);
    wr_begin(c, SLOT(1), C_I64);
    lget(c, L_C64);
    wr_end(c, SLOT(1), C_I64);
}
/* float -> int32 as the interpreter does it: out of range (or NaN) gives INT32_MIN */
static void f64_to_i32(Comp *c) {
    ltee(c, L_D0);
    op(c, W_F64_CONST); double lo = -2147483649.0; wb_bytes(&c->b, &lo, 8);
    op(c, W_F64_GT);
    lget(c, L_D0);
    op(c, W_F64_CONST); double hi = 2147483648.0; wb_bytes(&c->b, &hi, 8);
    op(c, W_F64_LT);
    op(c, W_I32_AND);
    op(c, W_IF); op(c, WT_I32); c->depth++;
    lget(c, L_D0); op(c, 0xAA);   /* i32.trunc_f64_s */
    op(c, W_ELSE);
    i32c(c, INT32_MIN);
    end(c);
}
/* float -> int64 as the interpreter does it: out of range (or NaN) gives INT64_MIN */
static void f64_to_i64(Comp *c) {
    ltee(c, L_D0);
    op(c, W_F64_CONST); double lo = -9223372036854775808.0; wb_bytes(&c->b, &lo, 8);
    op(c, W_F64_GE);
    lget(c, L_D0);
    op(c, W_F64_CONST); double hi = 9223372036854775808.0; wb_bytes(&c->b, &hi, 8);
    op(c, W_F64_LT);
    op(c, W_I32_AND);
    op(c, W_IF); op(c, WT_I64); c->depth++;
    lget(c, L_D0); op(c, 0xB0);   /* i64.trunc_f64_s */
    op(c, W_ELSE);
    i64c(c, INT64_MIN);
    end(c);
}
/* float (class k) -> int32 narrowed: narrow is an opcode (extend8/16_s) or a mask */
static void float_to_narrow(Comp *c, int k, int narrow_op, int32_t mask) {
    wr_begin(c, SLOT(1), C_I32);
    rd(c, SLOT(2), k);
    if (k == C_F32) op(c, W_F64_PROMOTE_F32);
    f64_to_i32(c);
    if (narrow_op) op(c, (uint8_t)narrow_op);
    if (mask) { i32c(c, mask); op(c, W_I32_AND); }
    wr_end(c, SLOT(1), C_I32);
}

/* load from an object field or a pointer: the object's address on the stack, null-checked */
static void nullchecked_addr(Comp *c, uint32_t s) {
    tc_rdref(c, s);
    ltee(c, L_A);
    op(c, W_I32_EQZ);
    raise_if(c, TIER_EXC_NULL);
    lget(c, L_A);
}
/* element address of array SLOT(a)[SLOT(i)] with the checks, element size sz */
static void elem_addr(Comp *c, uint32_t a, uint32_t i, uint32_t sz) {
    tc_rdref(c, a); lset(c, L_A);
    rd(c, i, C_I32); lset(c, L_B);
    lget(c, L_A); op(c, W_I32_EQZ); raise_if(c, TIER_EXC_NULL);
    lget(c, L_B); lget(c, L_A); mem(c, W_I32_LOAD, offsetof(Array, length)); op(c, W_I32_GE_U);
    raise_if(c, TIER_EXC_RANGE);
    lget(c, L_A);
    lget(c, L_B);
    if (sz > 1) { i32c(c, (int32_t)sz); op(c, W_I32_MUL); }
    op(c, W_I32_ADD);
}
/* an int32-or-narrower load from the address on the stack (offset off) into slot d */
static void load_narrow(Comp *c, uint32_t d, uint8_t w, uint32_t off) {
    lset(c, L_A);
    wr_begin(c, d, C_I32);
    lget(c, L_A);
    mem(c, w, off);
    wr_end(c, d, C_I32);
}
static void load_any64(Comp *c, uint32_t d, uint32_t off) {
    lset(c, L_A);
    wr_begin(c, d, C_ANY64);
    lget(c, L_A);
    mem(c, load_op(acc(c, d, C_ANY64, true)), off);
    wr_end(c, d, C_ANY64);
}
/* the address on the stack, stored as a pointer in slot d */
static void load_ref_value(Comp *c, uint32_t d) {
    lset(c, L_A);
    wrref_begin(c, d);
    lget(c, L_A);
    wrref_end(c, d);
}
static void load_ref(Comp *c, uint32_t d, uint32_t off) {
    lset(c, L_A);
    wrref_begin(c, d);
    lget(c, L_A);
    mem(c, W_I32_LOAD, off);
    wrref_end(c, d);
}
/* store slot v (class k, or a reference) to the address on the stack */
static void store_val(Comp *c, uint32_t v, int kind, uint32_t off) {
    switch (kind) {
    case 1: rd(c, v, C_I32); mem(c, W_I32_STORE8, off); break;
    case 2: rd(c, v, C_I32); mem(c, W_I32_STORE16, off); break;
    case 4: rd(c, v, C_I32); mem(c, W_I32_STORE, off); break;
    case 8: rd(c, v, C_ANY64); mem(c, store_op(acc(c, v, C_ANY64, false)), off); break;
    default: tc_rdref(c, v); mem(c, W_I32_STORE, off); break;
    }
}

/* the finally clause a LEAVE at pos to target exits first (the interpreter's order), or -1 */
static int32_t leave_finally(const Code *code, uint32_t pos, uint32_t target) {
    for (uint32_t i = 0; i < code->clause_count; i++) {
        const EhClause *cl = &code->clauses[i];
        if (cl->kind != MD_CLAUSE_FINALLY) continue;
        if (pos >= cl->try_start && pos < cl->try_end && !(target >= cl->try_start && target < cl->try_end)) return (int32_t)i;
    }
    return -1;
}
static void helper_call(Comp *c, int32_t (*fn)(Thread *, Slot *, const Op *)) {
    lget(c, L_T);
    lget(c, L_FP);
    i32c(c, (int32_t)(uintptr_t)c->ip);
    i32c(c, (int32_t)(uintptr_t)fn);
    op(c, W_CALL_INDIRECT); u32(c, TYPE_FN); op(c, 0);
}
/* LEAVE: a jump, through the finally blocks it exits (tier_leave_op pushes
 * the record the interpreter's LEAVE would, then the first one runs) */
static void leave_branch(Comp *c) {
    uint32_t target = (uint32_t)OPW(2);
    int32_t fin = leave_finally(c->code, c->pos, target);
    if (fin < 0) { jump(c, target); return; }
    helper_call(c, tier_leave_op);
    i32c(c, 0); op(c, W_I32_LT_S);
    if_void(c); tc_exc_exit(c); end(c);
    add_leader(c, target);   /* ENDFINALLY continues there */
    if (ANALYZE) add_pos(&c->entries, &c->nentries, target);
    jump(c, c->code->clauses[fin].handler_start);
}
/* ENDFINALLY: where the leave goes on (a block found at run time), or the
 * interpreter's (a finally block run by the unwinder) */
static void end_finally(Comp *c) {
    tc_a_barrier(c, true);
    helper_call(c, tier_endfinally_op);
    ltee(c, L_A);
    i32c(c, -1); op(c, W_I32_EQ);
    if_void(c); tc_flush_exit(c, c->pos); end(c);
    lget(c, L_A); i32c(c, -1); op(c, W_I32_LT_S);
    if_void(c);
    i32c(c, -2); lget(c, L_A); op(c, W_I32_SUB); lset(c, L_RET);
    op(c, W_BR); u32(c, depth_out(c));
    end(c);
    lget(c, L_A); lset(c, L_PC);
    op(c, W_BR); u32(c, depth_loop(c));
}
/* the value of slot s (class k) made visible in the frame, for a helper that reads it there */
static void spill(Comp *c, uint32_t s, int k) {
    lget(c, L_FP);
    rd(c, s, k);
    if (EMIT) mem(c, store_op(acc(c, s, k, false)), s * 8);
}
/* a reference a helper wrote to slot d in the frame */
static void ref_written(Comp *c, uint32_t d) {
    note(c, d, C_REF);
    tc_a_write(c, d, C_REF);
    if (is_split(c, d)) c->cur_w[d] = C_REF;
}
/* Allocation, boxing, casts, checked stores: tier_object_op does the op, or
 * (0) leaves it to the interpreter, which raises its exception. */
static void object_op(Comp *c) {
    tc_a_barrier(c, false);   /* when the interpreter takes the op, it runs the rest of the block */
    tc_call_op_helper(c, (const void *)&tier_object_op);
    op(c, W_I32_EQZ);
    if_void(c); tc_flush_exit(c, c->pos); end(c);
}
/* the class a boxed value of type ty is read with from its slot; C_MEM: several slots or a struct */
static int box_class(Type *ty) {
    if (ty->flags & TF_ENUM) ty = ty->element;
    if (ty == vm_types.single) return C_F32;
    if (ty == vm_types.double_) return C_F64;
    if (ty == vm_types.int64 || ty == vm_types.uint64) return C_I64;
    if (ty == vm_types.int32 || ty == vm_types.uint32 || ty == vm_types.int16 || ty == vm_types.uint16 ||
        ty == vm_types.sbyte || ty == vm_types.byte || ty == vm_types.boolean || ty == vm_types.char_ ||
        ty == vm_types.intptr || ty == vm_types.uintptr)
        return sizeof(void *) == 8 && (ty == vm_types.intptr || ty == vm_types.uintptr) ? C_I64 : C_I32;
    return C_MEM;
}

/* MOV2 and MOV3 (the translator's fused moves, docs/interpreter.md) keep the
 * later MOVs' words in place: the tier compiles each move as the MOV it was */
static inline int tier_opcode(const Op *ip) {
    int o = (int)ip[0];
    return o == OP_MOV2 || o == OP_MOV3 ? OP_MOV : o;
}
static inline uint32_t tier_op_size(const Op *ip) {
    int o = tier_opcode(ip);
    return o == OP_SWITCH ? 3 + (uint32_t)ip[2] : (uint32_t)op_sizes[o] + 1;
}

/* one op; returns its size in words */
static uint32_t compile_op(Comp *c) {
    const Op *ip = c->ip;
    if ((int)ip[0] < 0 || (int)ip[0] >= OP_COUNT) { c->fail = true; return 1; }
    int o = tier_opcode(ip);
    uint32_t size = tier_op_size(ip);
    switch (o) {
    case OP_NOP: case OP_NOP2: break;
    case OP_MOV: {
        uint32_t d = SLOT(1), sr = SLOT(2);
        if (d >= c->nslots || sr >= c->nslots) { c->fail = true; break; }
        if (ANALYZE) {
            /* a copy of a copy: no typed reader in the block says what the first
             * copy's value is, so its destination holds the value's 8 bytes, in
             * the frame here (unknown_copy) */
            if (c->cur_w[sr] == C_COPY) unknown_copy(c, sr);
            /* read after an exit point: the interpreter may have run from there,
             * reading the value from the frame (as a_read does for typed reads) */
            if (c->exposed[sr]) bad(c, sr);
            uint8_t w = c->cur_w[sr];
            /* site_cls of a MOV: the class its value has in a split destination
             * (C_MEM: it goes to the frame; 0: a copy nobody in the block reads) */
            if (w >= C_I32 && w <= C_F64) { note(c, sr, w); note(c, d, w); tc_a_write(c, d, w); c->site_cls[c->pos] = w; }
            else if (w == C_NONE) { c->nosplit[sr] = 1; tc_a_write(c, d, C_COPY); }
            else {
                /* a value without a class (a reference, or a struct of up to 8 bytes in the
                 * frame) goes through: the destination holds all 8 bytes, so no 32-bit local
                 * may keep it, and in this block it stays in the frame */
                if (w != C_REF && w != C_MEM) bad(c, sr);
                note(c, d, w == C_REF ? C_REF : C_ANY64);
                bad(c, d);
                tc_a_write(c, d, C_MEM);
                c->site_cls[c->pos] = C_MEM;
            }
            break;
        }
        if (!EMIT) break;
        /* source class: a split slot's last write, a promoted slot's class, else unknown (memory) */
        int ks = is_split(c, sr) ? c->cur_w[sr] : promoted(c, sr) ? c->cls[sr] : C_NONE;
        if (ks == C_REF || ks == C_MEM) ks = C_NONE;   /* the value is in the frame */
        if (is_split(c, d)) {
            int kd = c->site_cls[c->pos];
            if (kd == 0 || kd == C_MEM) {     /* to the frame: a reader takes it from there */
                lget(c, L_FP);
                if (ks != C_NONE) { lget(c, is_split(c, sr) ? split_local(c, sr, ks) : c->local_of[sr]); mem(c, store_op(ks), d * 8); }
                else { lget(c, L_FP); mem(c, W_I64_LOAD, sr * 8); mem(c, W_I64_STORE, d * 8); }
                c->cur_w[d] = C_MEM;
                break;
            }
            if (ks != C_NONE) {
                bool bits64 = (ks == C_I64 || ks == C_F64) && (kd == C_I64 || kd == C_F64);
                if (ks != kd && !bits64) { c->fail = true; break; }
                lget(c, is_split(c, sr) ? split_local(c, sr, ks) : c->local_of[sr]);
                if (ks != kd) op(c, kd == C_F64 ? 0xBF : 0xBD);
            } else {
                lget(c, L_FP); mem(c, load_op(kd), sr * 8);
            }
            lset(c, split_local(c, d, kd));
            c->cur_w[d] = (uint8_t)kd;
            break;
        }
        int kd = promoted(c, d) ? c->cls[d] : (ks != C_NONE ? ks : C_I64);
        if (!promoted(c, d)) lget(c, L_FP);
        if (ks != C_NONE) {
            lget(c, is_split(c, sr) ? split_local(c, sr, ks) : c->local_of[sr]);
            if (ks != kd) op(c, kd == C_F64 ? 0xBF : 0xBD);   /* int64 <-> float64 bits */
        } else {
            lget(c, L_FP); mem(c, load_op(kd), sr * 8);
        }
        if (promoted(c, d)) lset(c, c->local_of[d]);
        else mem(c, store_op(kd), d * 8);
        break;
    }
    case OP_LDC_I4: wr_begin(c, SLOT(1), C_I32); i32c(c, IMM(2)); wr_end(c, SLOT(1), C_I32); break;
    case OP_LDC_I8: case OP_LDC_R8: {
        int64_t v;
        Op w[2] = {ip[2], W64 > 1 ? ip[3] : 0};
        memcpy(&v, w, 8);
        wr_begin(c, SLOT(1), C_ANY64);
        if (acc(c, SLOT(1), C_ANY64, true) == C_F64) { op(c, W_F64_CONST); wb_bytes(&c->b, &v, 8); }
        else i64c(c, v);
        wr_end(c, SLOT(1), C_ANY64);
        break;
    }
    case OP_LDC_R4: {
        uint32_t bits = (uint32_t)ip[2];
        wr_begin(c, SLOT(1), C_F32); op(c, W_F32_CONST); wb_bytes(&c->b, &bits, 4); wr_end(c, SLOT(1), C_F32);
        break;
    }
    case OP_LDNULL: wrref_begin(c, SLOT(1)); i32c(c, 0); wrref_end(c, SLOT(1)); break;
    case OP_LDSTR: case OP_LDTOKEN: wrref_begin(c, SLOT(1)); i32c(c, (int32_t)ip[2]); wrref_end(c, SLOT(1)); break;
    case OP_LDLOCA:
        note(c, SLOT(2), C_MEM);
        wrref_begin(c, SLOT(1)); lget(c, L_FP); i32c(c, (int32_t)(SLOT(2) * 8)); op(c, W_I32_ADD); wrref_end(c, SLOT(1));
        break;

    case OP_ADD_I4: binop(c, C_I32, W_I32_ADD); break;
    case OP_SUB_I4: binop(c, C_I32, W_I32_SUB); break;
    case OP_MUL_I4: binop(c, C_I32, W_I32_MUL); break;
    case OP_AND_I4: binop(c, C_I32, W_I32_AND); break;
    case OP_OR_I4: binop(c, C_I32, W_I32_OR); break;
    case OP_XOR_I4: binop(c, C_I32, W_I32_XOR); break;
    case OP_SHL_I4: binop(c, C_I32, W_I32_SHL); break;
    case OP_SHR_I4: binop(c, C_I32, W_I32_SHR_S); break;
    case OP_SHR_UN_I4: binop(c, C_I32, W_I32_SHR_U); break;
    case OP_ADD_I8: binop(c, C_I64, W_I64_ADD); break;
    case OP_SUB_I8: binop(c, C_I64, W_I64_SUB); break;
    case OP_MUL_I8: binop(c, C_I64, W_I64_MUL); break;
    case OP_AND_I8: binop(c, C_I64, W_I64_AND); break;
    case OP_OR_I8: binop(c, C_I64, W_I64_OR); break;
    case OP_XOR_I8: binop(c, C_I64, W_I64_XOR); break;
    case OP_SHL_I8: shift64(c, W_I64_SHL); break;
    case OP_SHR_I8: shift64(c, W_I64_SHR_S); break;
    case OP_SHR_UN_I8: shift64(c, W_I64_SHR_U); break;
    case OP_ADD_R4: binop(c, C_F32, W_F32_ADD); break;
    case OP_SUB_R4: binop(c, C_F32, W_F32_SUB); break;
    case OP_MUL_R4: binop(c, C_F32, W_F32_MUL); break;
    case OP_DIV_R4: binop(c, C_F32, W_F32_DIV); break;
    case OP_ADD_R8: binop(c, C_F64, W_F64_ADD); break;
    case OP_SUB_R8: binop(c, C_F64, W_F64_SUB); break;
    case OP_MUL_R8: binop(c, C_F64, W_F64_MUL); break;
    case OP_DIV_R8: binop(c, C_F64, W_F64_DIV); break;
    case OP_ADD_I4_IMM: binop_imm(c, W_I32_ADD); break;
    case OP_SUB_I4_IMM: binop_imm(c, W_I32_SUB); break;
    case OP_MUL_I4_IMM: binop_imm(c, W_I32_MUL); break;
    case OP_AND_I4_IMM: binop_imm(c, W_I32_AND); break;
    case OP_OR_I4_IMM: binop_imm(c, W_I32_OR); break;
    case OP_XOR_I4_IMM: binop_imm(c, W_I32_XOR); break;
    case OP_SHL_I4_IMM: binop_imm(c, W_I32_SHL); break;
    case OP_SHR_I4_IMM: binop_imm(c, W_I32_SHR_S); break;
    case OP_SHR_UN_I4_IMM: binop_imm(c, W_I32_SHR_U); break;
    case OP_DIV_I4: divide32(c, false, true, W_I32_DIV_S); break;
    case OP_REM_I4: divide32(c, false, true, W_I32_REM_S); break;
    case OP_DIV_I4_IMM: divide32(c, true, true, W_I32_DIV_S); break;
    case OP_REM_I4_IMM: divide32(c, true, true, W_I32_REM_S); break;
    case OP_DIV_UN_I4: divide32(c, false, false, W_I32_DIV_U); break;
    case OP_REM_UN_I4: divide32(c, false, false, W_I32_REM_U); break;
    case OP_DIV_I8: divide64(c, true, W_I64_DIV_S); break;
    case OP_REM_I8: divide64(c, true, W_I64_REM_S); break;
    case OP_DIV_UN_I8: divide64(c, false, W_I64_DIV_U); break;
    case OP_REM_UN_I8: divide64(c, false, W_I64_REM_U); break;
    case OP_ADD_OVF_I4: ovf32(c, W_I64_ADD, true); break;
    case OP_SUB_OVF_I4: ovf32(c, W_I64_SUB, true); break;
    case OP_MUL_OVF_I4: ovf32(c, W_I64_MUL, true); break;
    case OP_ADD_OVF_UN_I4: ovf32(c, W_I64_ADD, false); break;
    case OP_SUB_OVF_UN_I4: ovf32(c, W_I64_SUB, false); break;
    case OP_MUL_OVF_UN_I4: ovf32(c, W_I64_MUL, false); break;
    case OP_ADD_OVF_I8: ovf64(c, false, true); break;
    case OP_SUB_OVF_I8: ovf64(c, true, true); break;
    case OP_ADD_OVF_UN_I8: ovf64(c, false, false); break;
    case OP_SUB_OVF_UN_I8: ovf64(c, true, false); break;
    case OP_NEG_I4: wr_begin(c, SLOT(1), C_I32); i32c(c, 0); rd(c, SLOT(2), C_I32); op(c, W_I32_SUB); wr_end(c, SLOT(1), C_I32); break;
    case OP_NEG_I8: wr_begin(c, SLOT(1), C_I64); i64c(c, 0); rd(c, SLOT(2), C_I64); op(c, W_I64_SUB); wr_end(c, SLOT(1), C_I64); break;
    case OP_NEG_R4: UNOP(C_F32, C_F32, W_F32_NEG); break;
    case OP_NEG_R8: UNOP(C_F64, C_F64, W_F64_NEG); break;
    case OP_SQRT_R8: UNOP(C_F64, C_F64, W_F64_SQRT); break;
    case OP_NOT_I4: wr_begin(c, SLOT(1), C_I32); rd(c, SLOT(2), C_I32); i32c(c, -1); op(c, W_I32_XOR); wr_end(c, SLOT(1), C_I32); break;
    case OP_NOT_I8: wr_begin(c, SLOT(1), C_I64); rd(c, SLOT(2), C_I64); i64c(c, -1); op(c, W_I64_XOR); wr_end(c, SLOT(1), C_I64); break;

    /* conversions (the float -> integer ones the interpreter saturates to MIN are inline for int32) */
    case OP_CONV_I1_I4: UNOP(C_I32, C_I32, W_I32_EXTEND8_S); break;
    case OP_CONV_U1_I4: wr_begin(c, SLOT(1), C_I32); rd(c, SLOT(2), C_I32); i32c(c, 0xFF); op(c, W_I32_AND); wr_end(c, SLOT(1), C_I32); break;
    case OP_CONV_I2_I4: UNOP(C_I32, C_I32, W_I32_EXTEND16_S); break;
    case OP_CONV_U2_I4: wr_begin(c, SLOT(1), C_I32); rd(c, SLOT(2), C_I32); i32c(c, 0xFFFF); op(c, W_I32_AND); wr_end(c, SLOT(1), C_I32); break;
    case OP_CONV_I4_I4: case OP_CONV_U4_I4: UNOP(C_I32, C_I32, 0x01); break;
    case OP_CONV_I8_I4: UNOP(C_I64, C_I32, W_I64_EXTEND_I32_S); break;
    case OP_CONV_U8_I4: UNOP(C_I64, C_I32, W_I64_EXTEND_I32_U); break;
    case OP_CONV_R4_I4: UNOP(C_F32, C_I32, W_F32_CONVERT_I32_S); break;
    case OP_CONV_R8_I4: UNOP(C_F64, C_I32, W_F64_CONVERT_I32_S); break;
    case OP_CONV_I1_I8: UNOP(C_I32, C_I64, W_I32_WRAP_I64, W_I32_EXTEND8_S); break;
    case OP_CONV_I2_I8: UNOP(C_I32, C_I64, W_I32_WRAP_I64, W_I32_EXTEND16_S); break;
    case OP_CONV_I4_I8: case OP_CONV_U4_I8: UNOP(C_I32, C_I64, W_I32_WRAP_I64); break;
    case OP_CONV_U1_I8: wr_begin(c, SLOT(1), C_I32); rd(c, SLOT(2), C_I64); op(c, W_I32_WRAP_I64); i32c(c, 0xFF); op(c, W_I32_AND); wr_end(c, SLOT(1), C_I32); break;
    case OP_CONV_U2_I8: wr_begin(c, SLOT(1), C_I32); rd(c, SLOT(2), C_I64); op(c, W_I32_WRAP_I64); i32c(c, 0xFFFF); op(c, W_I32_AND); wr_end(c, SLOT(1), C_I32); break;
    case OP_CONV_I1_R8: float_to_narrow(c, C_F64, W_I32_EXTEND8_S, 0); break;
    case OP_CONV_U1_R8: float_to_narrow(c, C_F64, 0, 0xFF); break;
    case OP_CONV_I2_R8: float_to_narrow(c, C_F64, W_I32_EXTEND16_S, 0); break;
    case OP_CONV_U2_R8: float_to_narrow(c, C_F64, 0, 0xFFFF); break;
    case OP_CONV_I1_R4: float_to_narrow(c, C_F32, W_I32_EXTEND8_S, 0); break;
    case OP_CONV_U1_R4: float_to_narrow(c, C_F32, 0, 0xFF); break;
    case OP_CONV_I2_R4: float_to_narrow(c, C_F32, W_I32_EXTEND16_S, 0); break;
    case OP_CONV_U2_R4: float_to_narrow(c, C_F32, 0, 0xFFFF); break;
    case OP_CONV_I8_R8: wr_begin(c, SLOT(1), C_I64); rd(c, SLOT(2), C_F64); f64_to_i64(c); wr_end(c, SLOT(1), C_I64); break;
    case OP_CONV_I8_R4: wr_begin(c, SLOT(1), C_I64); rd(c, SLOT(2), C_F32); op(c, W_F64_PROMOTE_F32); f64_to_i64(c); wr_end(c, SLOT(1), C_I64); break;
    case OP_CONV_U4_R8: wr_begin(c, SLOT(1), C_I32); rd(c, SLOT(2), C_F64); f64_to_i64(c); op(c, W_I32_WRAP_I64); wr_end(c, SLOT(1), C_I32); break;
    case OP_CONV_U4_R4: wr_begin(c, SLOT(1), C_I32); rd(c, SLOT(2), C_F32); op(c, W_F64_PROMOTE_F32); f64_to_i64(c); op(c, W_I32_WRAP_I64); wr_end(c, SLOT(1), C_I32); break;
    case OP_ZERO: {
        uint32_t d = SLOT(1), n = (uint32_t)ip[2];
        if (n > 16) { leave(c); break; }
        tc_note_mem_range(c, d, n);
        for (uint32_t i = 0; i < n; i++) { tc_a_write(c, d + i, C_MEM); lget(c, L_FP); i64c(c, 0); mem(c, W_I64_STORE, (d + i) * 8); }
        break;
    }
    case OP_CONV_I8_I8: case OP_CONV_U8_I8: UNOP(C_I64, C_I64, 0x01); break;
    case OP_CONV_R4_I8: UNOP(C_F32, C_I64, W_F32_CONVERT_I64_S); break;
    case OP_CONV_R8_I8: UNOP(C_F64, C_I64, W_F64_CONVERT_I64_S); break;
    case OP_CONV_R4_R4: UNOP(C_F32, C_F32, 0x01); break;
    case OP_CONV_R8_R4: UNOP(C_F64, C_F32, W_F64_PROMOTE_F32); break;
    case OP_CONV_R4_R8: UNOP(C_F32, C_F64, W_F32_DEMOTE_F64); break;
    case OP_CONV_R8_R8: UNOP(C_F64, C_F64, 0x01); break;
    case OP_CONV_R_UN_I4: UNOP(C_F64, C_I32, W_F64_CONVERT_I32_U); break;
    case OP_CONV_R_UN_I8: UNOP(C_F64, C_I64, W_F64_CONVERT_I64_U); break;
    case OP_CONV_I4_R8: wr_begin(c, SLOT(1), C_I32); rd(c, SLOT(2), C_F64); f64_to_i32(c); wr_end(c, SLOT(1), C_I32); break;
    case OP_CONV_I4_R4: wr_begin(c, SLOT(1), C_I32); rd(c, SLOT(2), C_F32); op(c, W_F64_PROMOTE_F32); f64_to_i32(c); wr_end(c, SLOT(1), C_I32); break;

    /* comparisons */
    case OP_CEQ_I4: cmp(c, C_I32, W_I32_EQ, false); break;
    case OP_CGT_I4: cmp(c, C_I32, W_I32_GT_S, false); break;
    case OP_CGT_UN_I4: cmp(c, C_I32, W_I32_GT_U, false); break;
    case OP_CLT_I4: cmp(c, C_I32, W_I32_LT_S, false); break;
    case OP_CLT_UN_I4: cmp(c, C_I32, W_I32_LT_U, false); break;
    case OP_CEQ_I8: cmp(c, C_I64, W_I64_EQ, false); break;
    case OP_CGT_I8: cmp(c, C_I64, W_I64_GT_S, false); break;
    case OP_CGT_UN_I8: cmp(c, C_I64, W_I64_GT_U, false); break;
    case OP_CLT_I8: cmp(c, C_I64, W_I64_LT_S, false); break;
    case OP_CLT_UN_I8: cmp(c, C_I64, W_I64_LT_U, false); break;
    case OP_CEQ_R4: cmp(c, C_F32, W_F32_EQ, false); break;
    case OP_CGT_R4: cmp(c, C_F32, W_F32_GT, false); break;
    case OP_CLT_R4: cmp(c, C_F32, W_F32_LT, false); break;
    case OP_CGT_UN_R4: cmp(c, C_F32, W_F32_LE, true); break;
    case OP_CLT_UN_R4: cmp(c, C_F32, W_F32_GE, true); break;
    case OP_CEQ_R8: cmp(c, C_F64, W_F64_EQ, false); break;
    case OP_CGT_R8: cmp(c, C_F64, W_F64_GT, false); break;
    case OP_CLT_R8: cmp(c, C_F64, W_F64_LT, false); break;
    case OP_CGT_UN_R8: cmp(c, C_F64, W_F64_LE, true); break;
    case OP_CLT_UN_R8: cmp(c, C_F64, W_F64_GE, true); break;

    /* branches */
    case OP_BR: jump(c, (uint32_t)OPW(1)); break;
    case OP_BRTRUE_I4: rd(c, SLOT(1), C_I32); branch_if(c, (uint32_t)OPW(2)); break;
    case OP_BRFALSE_I4: rd(c, SLOT(1), C_I32); op(c, W_I32_EQZ); branch_if(c, (uint32_t)OPW(2)); break;
    case OP_BRTRUE_I8: rd(c, SLOT(1), C_ANY64); if (acc(c, SLOT(1), C_ANY64, false) == C_F64) op(c, 0xBD); op(c, W_I64_EQZ); op(c, W_I32_EQZ); branch_if(c, (uint32_t)OPW(2)); break;
    case OP_BRFALSE_I8: rd(c, SLOT(1), C_ANY64); if (acc(c, SLOT(1), C_ANY64, false) == C_F64) op(c, 0xBD); op(c, W_I64_EQZ); branch_if(c, (uint32_t)OPW(2)); break;
#define BI(K, k, eq, ne, ge, geu, gt, gtu, le, leu, lt, ltu) \
    case OP_BEQ_##K: bcmp_branch(c, k, eq, false); break; case OP_BNE_UN_##K: bcmp_branch(c, k, ne, false); break; \
    case OP_BGE_##K: bcmp_branch(c, k, ge, false); break; case OP_BGE_UN_##K: bcmp_branch(c, k, geu, false); break; \
    case OP_BGT_##K: bcmp_branch(c, k, gt, false); break; case OP_BGT_UN_##K: bcmp_branch(c, k, gtu, false); break; \
    case OP_BLE_##K: bcmp_branch(c, k, le, false); break; case OP_BLE_UN_##K: bcmp_branch(c, k, leu, false); break; \
    case OP_BLT_##K: bcmp_branch(c, k, lt, false); break; case OP_BLT_UN_##K: bcmp_branch(c, k, ltu, false); break;
    BI(I4, C_I32, W_I32_EQ, W_I32_NE, W_I32_GE_S, W_I32_GE_U, W_I32_GT_S, W_I32_GT_U, W_I32_LE_S, W_I32_LE_U, W_I32_LT_S, W_I32_LT_U)
    BI(I8, C_I64, W_I64_EQ, W_I64_NE, W_I64_GE_S, W_I64_GE_U, W_I64_GT_S, W_I64_GT_U, W_I64_LE_S, W_I64_LE_U, W_I64_LT_S, W_I64_LT_U)
#undef BI
    /* floats: the _UN forms are true when unordered (negations of the ordered opposite) */
#define BF(K, k, eq, ne, ge, gt, le, lt) \
    case OP_BEQ_##K: bcmp_branch(c, k, eq, false); break; case OP_BNE_UN_##K: bcmp_branch(c, k, eq, true); break; \
    case OP_BGE_##K: bcmp_branch(c, k, ge, false); break; case OP_BGE_UN_##K: bcmp_branch(c, k, lt, true); break; \
    case OP_BGT_##K: bcmp_branch(c, k, gt, false); break; case OP_BGT_UN_##K: bcmp_branch(c, k, le, true); break; \
    case OP_BLE_##K: bcmp_branch(c, k, le, false); break; case OP_BLE_UN_##K: bcmp_branch(c, k, gt, true); break; \
    case OP_BLT_##K: bcmp_branch(c, k, lt, false); break; case OP_BLT_UN_##K: bcmp_branch(c, k, ge, true); break;
    BF(R4, C_F32, W_F32_EQ, W_F32_NE, W_F32_GE, W_F32_GT, W_F32_LE, W_F32_LT)
    BF(R8, C_F64, W_F64_EQ, W_F64_NE, W_F64_GE, W_F64_GT, W_F64_LE, W_F64_LT)
#undef BF
    case OP_BEQ_I4_IMM: bimm(c, W_I32_EQ); break;
    case OP_BNE_UN_I4_IMM: bimm(c, W_I32_NE); break;
    case OP_BGE_I4_IMM: bimm(c, W_I32_GE_S); break;
    case OP_BGT_I4_IMM: bimm(c, W_I32_GT_S); break;
    case OP_BLE_I4_IMM: bimm(c, W_I32_LE_S); break;
    case OP_BLT_I4_IMM: bimm(c, W_I32_LT_S); break;
    case OP_BGE_UN_I4_IMM: bimm(c, W_I32_GE_U); break;
    case OP_BGT_UN_I4_IMM: bimm(c, W_I32_GT_U); break;
    case OP_BLE_UN_I4_IMM: bimm(c, W_I32_LE_U); break;
    case OP_BLT_UN_I4_IMM: bimm(c, W_I32_LT_U); break;
    case OP_SWITCH: switch_op(c); break;
    case OP_LEAVE: leave_branch(c); break;
    case OP_ENDFINALLY: end_finally(c); break;

    /* calls and returns */
    case OP_CALL: case OP_CALLVIRT: tc_call_op(c, size, SLOT(1), tc_call_area((Method *)(uintptr_t)ip[2])); break;
    case OP_NEWOBJ: tc_call_op(c, size, SLOT(1), 2 + (uint32_t)ip[4]); break;
    case OP_CALLIFACE: case OP_CALLVIRT_SLOW: tc_call_op(c, size, SLOT(1), tc_call_area((Method *)(uintptr_t)ip[2])); break;
    case OP_NEWOBJ_VT: {
        uint32_t k = (uint32_t)ip[3], nargs = (uint32_t)ip[4];
        Method *ctor = (Method *)(uintptr_t)ip[2];
        uint32_t area = k + tc_call_area(ctor);
        tc_call_op(c, size, SLOT(1), area > k + 1 + nargs ? area : k + 1 + nargs);
        break;
    }
    case OP_CALL_ICALL:
        if ((IcallFn)(uintptr_t)ip[2] == icall_math_sqrt) {
            wr_begin(c, SLOT(1), C_F64); rd(c, SLOT(1), C_F64); op(c, W_F64_SQRT); wr_end(c, SLOT(1), C_F64);
            break;
        }
        if (!tc_icall(c)) leave(c);
        break;
    case OP_NEWOBJ_INLINE: {
        /* the object in base and base + 1, the arguments moved up by two */
        uint32_t base = SLOT(1), n = (uint32_t)ip[3];
        tc_note_mem_range(c, base, n + 2);
        object_op(c);
        ref_written(c, base);
        ref_written(c, base + 1);
        for (uint32_t i = 0; i < n; i++) tc_a_write(c, base + 2 + i, C_MEM);
        break;
    }
    case OP_NEWARR:
        spill(c, SLOT(2), C_I32);
        object_op(c);
        ref_written(c, SLOT(1));
        break;
    case OP_BOX: {
        Type *ty = (Type *)(uintptr_t)ip[3];
        int k = box_class(ty);
        if (k == C_MEM) {
            uint32_t size = type_value_size(ty);
            tc_note_mem_range(c, SLOT(2), size ? (size + 7) / 8 : 1);
        } else {
            spill(c, SLOT(2), k);
        }
        object_op(c);
        ref_written(c, SLOT(1));
        break;
    }
    case OP_ISINST: case OP_CASTCLASS:
        note(c, SLOT(2), C_REF); a_read(c, SLOT(2), C_REF);
        object_op(c);
        ref_written(c, SLOT(1));
        break;
    case OP_LDELEM_VT: {
        uint32_t n = (uint32_t)ip[4];
        note(c, SLOT(2), C_REF); a_read(c, SLOT(2), C_REF);
        spill(c, SLOT(3), C_I32);
        object_op(c);
        tc_note_mem_range(c, SLOT(1), n ? (n + 7) / 8 : 1);
        for (uint32_t i = 0; i < (n ? (n + 7) / 8 : 1); i++) tc_a_write(c, SLOT(1) + i, C_MEM);
        break;
    }
    case OP_STELEM_VT: {
        uint32_t n = (uint32_t)ip[4];
        note(c, SLOT(1), C_REF); a_read(c, SLOT(1), C_REF);
        spill(c, SLOT(2), C_I32);
        tc_note_mem_range(c, SLOT(3), n ? (n + 7) / 8 : 1);
        object_op(c);
        break;
    }
    case OP_UNBOX:
        note(c, SLOT(2), C_REF); a_read(c, SLOT(2), C_REF);
        object_op(c);
        ref_written(c, SLOT(1));
        break;
    case OP_UNBOX_ANY: {
        uint32_t n = (uint32_t)ip[4];
        note(c, SLOT(2), C_REF); a_read(c, SLOT(2), C_REF);
        object_op(c);
        tc_note_mem_range(c, SLOT(1), n ? (n + 7) / 8 : 1);
        for (uint32_t i = 0; i < (n ? (n + 7) / 8 : 1); i++) tc_a_write(c, SLOT(1) + i, C_MEM);
        break;
    }
    /* struct copies: tier_object_op copies the bytes between the frame and memory */
    case OP_LDFLD_VT: case OP_LDOBJ: {
        uint32_t n = (uint32_t)ip[o == OP_LDFLD_VT ? 4 : 3], ns = n ? (n + 7) / 8 : 1;
        note(c, SLOT(2), C_REF); a_read(c, SLOT(2), C_REF);
        tc_note_mem_range(c, SLOT(1), ns);
        object_op(c);
        for (uint32_t i = 0; i < ns; i++) tc_a_write(c, SLOT(1) + i, C_MEM);
        break;
    }
    case OP_STFLD_VT: case OP_STOBJ: {
        uint32_t n = (uint32_t)ip[o == OP_STFLD_VT ? 4 : 3];
        note(c, SLOT(1), C_REF); a_read(c, SLOT(1), C_REF);
        tc_note_mem_range(c, SLOT(2), n ? (n + 7) / 8 : 1);
        object_op(c);
        break;
    }
    case OP_INITOBJ:
        note(c, SLOT(1), C_REF); a_read(c, SLOT(1), C_REF);
        object_op(c);
        break;
    case OP_MOVN: {
        uint32_t n = (uint32_t)ip[3];
        tc_note_mem_range(c, SLOT(1), n ? n : 1);
        tc_note_mem_range(c, SLOT(2), n ? n : 1);
        object_op(c);
        for (uint32_t i = 0; i < n; i++) tc_a_write(c, SLOT(1) + i, C_MEM);
        break;
    }
    case OP_DINV_COUNT:
        /* the invocation list's length, 0 for a single target */
        nullchecked_addr(c, SLOT(2)); lset(c, L_A);
        wr_begin(c, SLOT(1), C_I32);
        lget(c, L_A); mem(c, W_I32_LOAD, delegate_layout.invocation_list);
        op(c, W_IF); op(c, WT_I32); c->depth++;
        lget(c, L_A); mem(c, W_I32_LOAD, delegate_layout.invocation_count);
        op(c, W_ELSE); i32c(c, 0); end(c);
        wr_end(c, SLOT(1), C_I32);
        break;
    case OP_DINV_PREP: {
        uint32_t call = SLOT(1), self = SLOT(2), n = (uint32_t)ip[4];
        note(c, self, C_REF); a_read(c, self, C_REF);
        if (n > 1) tc_note_mem_range(c, self + 1, n - 1);
        spill(c, SLOT(3), C_I32);
        tc_note_mem_range(c, call, n);
        object_op(c);
        for (uint32_t i = 0; i < n; i++) tc_a_write(c, call + i, C_MEM);
        break;
    }
    case OP_DINV_SINGLE: tc_call_op(c, size, SLOT(1), tc_call_area(c->m)); break;
    case OP_STELEM_REF_CHECKED:
        note(c, SLOT(1), C_REF); a_read(c, SLOT(1), C_REF);
        spill(c, SLOT(2), C_I32);
        note(c, SLOT(3), C_REF); a_read(c, SLOT(3), C_REF);
        object_op(c);
        break;
    case OP_RET: {
        /* the whole slot, in whatever class the method keeps it */
        uint32_t s = SLOT(1);
        if (s >= c->nslots) { c->fail = true; break; }
        a_read(c, s, C_ANY64);
        if (!EMIT) break;
        lget(c, L_FP);
        if (is_split(c, s)) { lget(c, split_local(c, s, c->cur_w[s])); mem(c, store_op(c->cur_w[s]), 0); }
        else if (promoted(c, s)) { lget(c, c->local_of[s]); mem(c, store_op(c->cls[s]), 0); }
        else { lget(c, L_FP); mem(c, W_I64_LOAD, s * 8); mem(c, W_I64_STORE, 0); }
        i32c(c, TIER_RETURNED); op(c, W_RETURN);
        break;
    }
    case OP_RET_VOID: i32c(c, TIER_RETURNED); op(c, W_RETURN); break;

    /* fields, statics, indirection */
    case OP_LDFLD_I1: nullchecked_addr(c, SLOT(2)); load_narrow(c, SLOT(1), W_I32_LOAD8_S, (uint32_t)ip[3]); break;
    case OP_LDFLD_U1: nullchecked_addr(c, SLOT(2)); load_narrow(c, SLOT(1), W_I32_LOAD8_U, (uint32_t)ip[3]); break;
    case OP_LDFLD_I2: nullchecked_addr(c, SLOT(2)); load_narrow(c, SLOT(1), W_I32_LOAD16_S, (uint32_t)ip[3]); break;
    case OP_LDFLD_U2: nullchecked_addr(c, SLOT(2)); load_narrow(c, SLOT(1), W_I32_LOAD16_U, (uint32_t)ip[3]); break;
    case OP_LDFLD_I4: nullchecked_addr(c, SLOT(2)); load_narrow(c, SLOT(1), W_I32_LOAD, (uint32_t)ip[3]); break;
    case OP_LDFLD_I8: nullchecked_addr(c, SLOT(2)); load_any64(c, SLOT(1), (uint32_t)ip[3]); break;
    case OP_LDFLD2_I8:
        nullchecked_addr(c, SLOT(2)); load_any64(c, SLOT(1), (uint32_t)ip[3]);
        c->pos += 4;   /* a null second object is reported at the second load's own IL offset */
        nullchecked_addr(c, SLOT(5)); load_any64(c, SLOT(4), (uint32_t)ip[6]);
        c->pos -= 4;
        break;
    case OP_LDFLD_REF: nullchecked_addr(c, SLOT(2)); load_ref(c, SLOT(1), (uint32_t)ip[3]); break;
    case OP_LDFLDA:
        nullchecked_addr(c, SLOT(2)); i32c(c, (int32_t)ip[3]); op(c, W_I32_ADD); load_ref_value(c, SLOT(1));
        break;
    case OP_STFLD_I1: nullchecked_addr(c, SLOT(1)); store_val(c, SLOT(2), 1, (uint32_t)ip[3]); break;
    case OP_STFLD_I2: nullchecked_addr(c, SLOT(1)); store_val(c, SLOT(2), 2, (uint32_t)ip[3]); break;
    case OP_STFLD_I4: nullchecked_addr(c, SLOT(1)); store_val(c, SLOT(2), 4, (uint32_t)ip[3]); break;
    case OP_STFLD_I8: nullchecked_addr(c, SLOT(1)); store_val(c, SLOT(2), 8, (uint32_t)ip[3]); break;
    case OP_ADD_R8_STFLD: case OP_SUB_R8_STFLD: case OP_MUL_R8_STFLD:
        c->pos += 4;   /* a null object is reported at the store's own IL offset */
        nullchecked_addr(c, SLOT(1));
        c->pos -= 4;
        rd(c, SLOT(2), C_F64); rd(c, SLOT(3), C_F64);
        op(c, *ip == OP_ADD_R8_STFLD ? W_F64_ADD : *ip == OP_SUB_R8_STFLD ? W_F64_SUB : W_F64_MUL);
        mem(c, W_F64_STORE, (uint32_t)ip[4]);
        break;
    case OP_STFLD_REF: nullchecked_addr(c, SLOT(1)); store_val(c, SLOT(2), 0, (uint32_t)ip[3]); break;
    case OP_LDSFLD_I1: i32c(c, (int32_t)ip[2]); load_narrow(c, SLOT(1), W_I32_LOAD8_S, 0); break;
    case OP_LDSFLD_U1: i32c(c, (int32_t)ip[2]); load_narrow(c, SLOT(1), W_I32_LOAD8_U, 0); break;
    case OP_LDSFLD_I2: i32c(c, (int32_t)ip[2]); load_narrow(c, SLOT(1), W_I32_LOAD16_S, 0); break;
    case OP_LDSFLD_U2: i32c(c, (int32_t)ip[2]); load_narrow(c, SLOT(1), W_I32_LOAD16_U, 0); break;
    case OP_LDSFLD_I4: i32c(c, (int32_t)ip[2]); load_narrow(c, SLOT(1), W_I32_LOAD, 0); break;
    case OP_LDSFLD_I8: i32c(c, (int32_t)ip[2]); load_any64(c, SLOT(1), 0); break;
    case OP_LDSFLD_REF: i32c(c, (int32_t)ip[2]); load_ref(c, SLOT(1), 0); break;
    case OP_LDSFLDA: i32c(c, (int32_t)ip[2]); load_ref_value(c, SLOT(1)); break;
    case OP_STSFLD_I1: i32c(c, (int32_t)ip[1]); store_val(c, SLOT(2), 1, 0); break;
    case OP_STSFLD_I2: i32c(c, (int32_t)ip[1]); store_val(c, SLOT(2), 2, 0); break;
    case OP_STSFLD_I4: i32c(c, (int32_t)ip[1]); store_val(c, SLOT(2), 4, 0); break;
    case OP_STSFLD_I8: i32c(c, (int32_t)ip[1]); store_val(c, SLOT(2), 8, 0); break;
    case OP_STSFLD_REF: i32c(c, (int32_t)ip[1]); store_val(c, SLOT(2), 0, 0); break;
    case OP_LDIND_I1: nullchecked_addr(c, SLOT(2)); load_narrow(c, SLOT(1), W_I32_LOAD8_S, 0); break;
    case OP_LDIND_U1: nullchecked_addr(c, SLOT(2)); load_narrow(c, SLOT(1), W_I32_LOAD8_U, 0); break;
    case OP_LDIND_I2: nullchecked_addr(c, SLOT(2)); load_narrow(c, SLOT(1), W_I32_LOAD16_S, 0); break;
    case OP_LDIND_U2: nullchecked_addr(c, SLOT(2)); load_narrow(c, SLOT(1), W_I32_LOAD16_U, 0); break;
    case OP_LDIND_I4: nullchecked_addr(c, SLOT(2)); load_narrow(c, SLOT(1), W_I32_LOAD, 0); break;
    case OP_LDIND_I8: nullchecked_addr(c, SLOT(2)); load_any64(c, SLOT(1), 0); break;
    case OP_LDIND_REF: nullchecked_addr(c, SLOT(2)); load_ref(c, SLOT(1), 0); break;
    case OP_STIND_I1: nullchecked_addr(c, SLOT(1)); store_val(c, SLOT(2), 1, 0); break;
    case OP_STIND_I2: nullchecked_addr(c, SLOT(1)); store_val(c, SLOT(2), 2, 0); break;
    case OP_STIND_I4: nullchecked_addr(c, SLOT(1)); store_val(c, SLOT(2), 4, 0); break;
    case OP_STIND_I8: nullchecked_addr(c, SLOT(1)); store_val(c, SLOT(2), 8, 0); break;
    case OP_STIND_REF: nullchecked_addr(c, SLOT(1)); store_val(c, SLOT(2), 0, 0); break;
    case OP_CHECKNULL: tc_rdref(c, SLOT(1)); op(c, W_I32_EQZ); raise_if(c, TIER_EXC_NULL); break;
    case OP_INITCLASS: {
        /* once the type is initialized this is a no-op; before, the interpreter runs the .cctor */
        Type *type = (Type *)(uintptr_t)ip[1];
        i32c(c, (int32_t)(uintptr_t)type); mem(c, W_I32_LOAD8_U, offsetof(Type, cinit));
        i32c(c, CI_DONE); op(c, W_I32_NE);
        if_void(c); leave_op(c, false); end(c);   /* once per type: no reason to keep a loop interpreted */
        break;
    }

    /* arrays and strings */
    case OP_LDLEN:
        nullchecked_addr(c, SLOT(2)); lset(c, L_A);
        wr_begin(c, SLOT(1), C_I32); lget(c, L_A); mem(c, W_I32_LOAD, offsetof(Array, length)); wr_end(c, SLOT(1), C_I32);
        break;
    case OP_BLT_LEN_I4:
        nullchecked_addr(c, SLOT(2)); lset(c, L_A);
        rd(c, SLOT(1), C_I32); lget(c, L_A); mem(c, W_I32_LOAD, offsetof(Array, length)); op(c, W_I32_LT_S);
        branch_if(c, (uint32_t)OPW(3));
        break;
    case OP_LDELEM_I1: elem_addr(c, SLOT(2), SLOT(3), 1); load_narrow(c, SLOT(1), W_I32_LOAD8_S, VM_ARRAY_DATA_OFFSET); break;
    case OP_LDELEM_U1: elem_addr(c, SLOT(2), SLOT(3), 1); load_narrow(c, SLOT(1), W_I32_LOAD8_U, VM_ARRAY_DATA_OFFSET); break;
    case OP_LDELEM_I2: elem_addr(c, SLOT(2), SLOT(3), 2); load_narrow(c, SLOT(1), W_I32_LOAD16_S, VM_ARRAY_DATA_OFFSET); break;
    case OP_LDELEM_U2: elem_addr(c, SLOT(2), SLOT(3), 2); load_narrow(c, SLOT(1), W_I32_LOAD16_U, VM_ARRAY_DATA_OFFSET); break;
    case OP_LDELEM_I4: elem_addr(c, SLOT(2), SLOT(3), 4); load_narrow(c, SLOT(1), W_I32_LOAD, VM_ARRAY_DATA_OFFSET); break;
    case OP_LDELEM_I8: elem_addr(c, SLOT(2), SLOT(3), 8); load_any64(c, SLOT(1), VM_ARRAY_DATA_OFFSET); break;
    case OP_LDELEM_REF: elem_addr(c, SLOT(2), SLOT(3), sizeof(void *)); load_ref(c, SLOT(1), VM_ARRAY_DATA_OFFSET); break;
    case OP_STELEM_I1: elem_addr(c, SLOT(1), SLOT(2), 1); store_val(c, SLOT(3), 1, VM_ARRAY_DATA_OFFSET); break;
    case OP_STELEM_I2: elem_addr(c, SLOT(1), SLOT(2), 2); store_val(c, SLOT(3), 2, VM_ARRAY_DATA_OFFSET); break;
    case OP_STELEM_I4: elem_addr(c, SLOT(1), SLOT(2), 4); store_val(c, SLOT(3), 4, VM_ARRAY_DATA_OFFSET); break;
    case OP_STELEM_I8: elem_addr(c, SLOT(1), SLOT(2), 8); store_val(c, SLOT(3), 8, VM_ARRAY_DATA_OFFSET); break;
    case OP_LDELEMA:
        elem_addr(c, SLOT(2), SLOT(3), (uint32_t)ip[4]); i32c(c, VM_ARRAY_DATA_OFFSET); op(c, W_I32_ADD);
        load_ref_value(c, SLOT(1));
        break;
    case OP_STR_LEN:
        nullchecked_addr(c, SLOT(2)); lset(c, L_A);
        wr_begin(c, SLOT(1), C_I32); lget(c, L_A); mem(c, W_I32_LOAD, offsetof(String, length)); wr_end(c, SLOT(1), C_I32);
        break;
    case OP_STR_CHAR:
        nullchecked_addr(c, SLOT(2)); lset(c, L_A);
        rd(c, SLOT(3), C_I32); lset(c, L_B);
        lget(c, L_B); lget(c, L_A); mem(c, W_I32_LOAD, offsetof(String, length)); op(c, W_I32_GE_U);
        raise_if(c, TIER_EXC_RANGE);
        lget(c, L_A); lget(c, L_B); i32c(c, 2); op(c, W_I32_MUL); op(c, W_I32_ADD);
        load_narrow(c, SLOT(1), W_I32_LOAD16_U, offsetof(String, chars));
        break;

    default:
        leave(c);
        break;
    }
    return size;
}

/* ---- the module ---- */
static void section(WBuf *out, uint8_t id, WBuf *content) {
    wb_byte(out, id);
    wb_u32(out, content->len);
    wb_bytes(out, content->data, content->len);
    content->len = 0;
}
static void functype(WBuf *s, int nparams, int result) {
    wb_byte(s, 0x60);
    wb_u32(s, (uint32_t)nparams);
    for (int i = 0; i < nparams; i++) wb_byte(s, WT_I32);
    if (result) { wb_u32(s, 1); wb_byte(s, WT_I32); } else wb_u32(s, 0);
}
static void name(WBuf *s, const char *n) { wb_u32(s, (uint32_t)strlen(n)); wb_bytes(s, n, (uint32_t)strlen(n)); }

/* The function's body as the code section holds it: its locals, then the code. */
static bool function_body(Comp *c, WBuf *f) {
    /* scratch: pc, ret, a, b, c / x0, x1 / d0, d1; then the slots' groups */
    wb_u32(f, 7);
    wb_u32(f, L_X0 - L_PC); wb_byte(f, WT_I32);
    wb_u32(f, L_D0 - L_X0); wb_byte(f, WT_I64);
    wb_u32(f, L_FIXED_END - L_D0); wb_byte(f, WT_F64);
    wb_u32(f, c->count[0]); wb_byte(f, WT_I32);
    wb_u32(f, c->count[1]); wb_byte(f, WT_I64);
    wb_u32(f, c->count[2]); wb_byte(f, WT_F32);
    wb_u32(f, c->count[3]); wb_byte(f, WT_F64);
    wb_bytes(f, c->b.data, c->b.len);
    return !f->failed;
}

/* One module for n compiled methods: three function types, imports
 * env.memory and env.table (the runtime's own), and function i exported as
 * "i" (the host puts them in the table in that order). */
static bool build_module(TierBody *const *bodies, uint32_t n, WBuf *out) {
    static const uint8_t magic[8] = {0, 'a', 's', 'm', 1, 0, 0, 0};
    WBuf s = {0};
    wb_bytes(out, magic, 8);
    /* types: TYPE_FN, TYPE_RAISE, TYPE_ICALL */
    wb_u32(&s, 3);
    functype(&s, 3, 1);
    functype(&s, 2, 0);
    functype(&s, 3, 0);
    section(out, 1, &s);
    wb_u32(&s, 2);
    name(&s, "env"); name(&s, "memory"); wb_byte(&s, 0x02); wb_byte(&s, 0x00); wb_u32(&s, 0);
    name(&s, "env"); name(&s, "table"); wb_byte(&s, 0x01); wb_byte(&s, 0x70); wb_byte(&s, 0x00); wb_u32(&s, 0);
    section(out, 2, &s);
    wb_u32(&s, n);
    for (uint32_t i = 0; i < n; i++) wb_u32(&s, TYPE_FN);
    section(out, 3, &s);
    wb_u32(&s, n);
    for (uint32_t i = 0; i < n; i++) {
        char id[12];
        snprintf(id, sizeof id, "%u", i);
        name(&s, id); wb_byte(&s, 0x00); wb_u32(&s, i);
    }
    section(out, 7, &s);
    wb_u32(&s, n);
    for (uint32_t i = 0; i < n; i++) {
        wb_u32(&s, bodies[i]->fn.len);
        wb_bytes(&s, bodies[i]->fn.data, bodies[i]->fn.len);
    }
    section(out, 10, &s);
    bool failed = s.failed || out->failed;
    wb_free(&s);
    return !failed;
}

void tier_body_free(TierBody *b) {
    if (!b) return;
    wb_free(&b->fn);
    free(b->block_starts);
    free(b);
}

/* Instantiates one module for bodies[0..n) and installs each method's
 * compiled code. false: the host refused the module (nothing installed). */
bool tier_install(TierBody *const *bodies, uint32_t n) {
    WBuf module = {0};
    uint32_t fn = build_module(bodies, n, &module) ? tier_instantiate(module.data, module.len) : 0;
    if (tier_debug && fn)
        fprintf(stderr, "tier: module of %u function%s, %u bytes\n", n, n == 1 ? "" : "s", module.len);
    wb_free(&module);
    if (!fn) return false;
    for (uint32_t i = 0; i < n; i++) {
        TierBody *b = bodies[i];
        TierCode *tc = calloc(1, sizeof *tc);
        if (!tc) continue;   /* that method stays interpreted */
        tc->fn = fn + i;
        tc->block_count = b->block_count;
        tc->block_starts = b->block_starts;
        b->block_starts = NULL;
        b->code->tier = tc;
    }
    return true;
}

/* A MOV from a slot live into its block, to a slot live out of it, that no
 * typed reader in the block classified: the destination holds whatever the
 * source holds there. It takes the source's classes (the copy then moves a
 * value of the class both are kept in); a source without a value class (a
 * struct, a reference, kept in the frame) makes it an 8-byte value that no
 * 32-bit local may hold. */
static void live_copy_classes(Comp *c) {
    const uint8_t value_bits = (1u << C_I32) | (1u << C_I64) | (1u << C_F32) | (1u << C_F64) | (1u << C_ANY64);
    for (bool changed = true; changed;) {
        changed = false;
        for (uint32_t i = 0; i + 1 < c->ncopies; i += 2) {
            uint32_t d = c->live_copies[i], s = c->live_copies[i + 1];
            if (d >= c->nslots || s >= c->nslots) continue;
            uint8_t add = (c->hard[s] || c->framed[s] || !(c->mask[s] & value_bits) || (c->mask[s] & (1u << C_REF)))
                              ? (uint8_t)(1u << C_ANY64) : (uint8_t)(c->mask[s] & value_bits);
            if ((c->mask[d] | add) != c->mask[d]) { c->mask[d] |= add; changed = true; }
        }
    }
}

/* After pass 1: which slots are promoted (one class), split (one local per
 * class) or in the frame; then their wasm local indexes, grouped by type in
 * function_body's order. */
static void assign_locals(Comp *c) {
    for (uint32_t s = 0; s < c->nslots; s++) {
        uint8_t m = c->mask[s];
        uint8_t bits = m & (uint8_t)((1u << C_I32) | (1u << C_I64) | (1u << C_F32) | (1u << C_F64));
        bool any = (m & (1u << C_ANY64)) != 0;
        c->cls[s] = C_MEM;
        if (c->hard[s] || !m) continue;
        /* no split slots where an exception can reach a handler in this frame: the
         * handler reads the frame, and a split slot's value is only in a local */
        bool can_split = !c->nosplit[s] && !c->code->clause_count;
        /* references stay in the frame, and so do call areas in the blocks of their
         * calls; other values may be split */
        if ((m & (1u << C_REF)) || c->framed[s]) {
            if (can_split && (bits || any)) c->split[s] = 1;
            continue;
        }
        if (!bits) { c->cls[s] = C_I64; continue; }
        if (!(bits & (bits - 1))) {
            int k = 0;
            while (!(bits & (1u << k))) k++;
            if (!any || k == C_I64 || k == C_F64) { c->cls[s] = (uint8_t)k; continue; }
        }
        if (can_split) c->split[s] = 1;
    }
}
static void number_locals(Comp *c) {
    static const int order[4] = {C_I32, C_I64, C_F32, C_F64};
    uint32_t next = L_FIXED_END;   /* after the parameters and the scratch locals */
    for (int g = 0; g < 4; g++) {
        uint32_t first = next;
        int k = order[g];
        for (uint32_t s = 0; s < c->nslots; s++) {
            if (c->cls[s] == k && !c->split[s]) c->local_of[s] = next++;
            bool any = (c->mask[s] & (1u << C_ANY64)) && (k == C_I64 || k == C_F64);
            if (c->split[s] && ((c->mask[s] & (1u << k)) || any)) c->split_local[s * 5 + k] = next++;
        }
        c->count[g] = next - first;
    }
}

static void emit_body(Comp *c) {
    /* entry: promoted slots from memory */
    for (uint32_t s = 0; s < c->nslots; s++) {
        if (!c->local_of[s]) continue;
        lget(c, L_FP); mem(c, load_op(c->cls[s]), s * 8); lset(c, c->local_of[s]);
    }
    lget(c, L_BLK); lset(c, L_PC);
    op(c, W_BLOCK); op(c, WT_VOID);            /* $out */
    op(c, W_LOOP); op(c, WT_VOID);             /* the dispatch loop */
    for (uint32_t i = 0; i < c->ntop; i++) { op(c, W_BLOCK); op(c, WT_VOID); }
    lget(c, L_PC);
    op(c, W_BR_TABLE); u32(c, c->ntop);
    for (uint32_t i = 0; i < c->ntop; i++) u32(c, i);
    u32(c, 0);
    op(c, W_END);
    c->cur = 0;
    c->depth = 0;
    uint32_t pos = 0;
    memset(c->cur_w, 0, c->nslots);
    tc_open_loop(c);
    while (pos < c->code->op_count && !c->fail) {
        if (pos && (c->is_leader[pos] & 1)) {
            if (c->loop_head[c->cur] && (uint32_t)c->loop_end[c->loop_head[c->cur] - 1] == c->cur) op(c, W_END);
            op(c, W_END);
            c->cur++;
            memset(c->cur_w, 0, c->nslots);
            tc_open_loop(c);
        }
        c->ip = c->code->ops + pos;
        c->pos = pos;
        pos += compile_op(c);
    }
    if (c->loop_head[c->cur]) op(c, W_END);   /* a loop ending with the last block */
    op(c, W_UNREACHABLE);                      /* no op falls off the end of a method */
    op(c, W_END);                              /* loop */
    op(c, W_END);                              /* $out: write promoted slots back, then leave */
    for (uint32_t s = 0; s < c->nslots; s++) {
        if (!c->local_of[s]) continue;
        lget(c, L_FP); lget(c, c->local_of[s]); mem(c, store_op(c->cls[s]), s * 8);
    }
    lget(c, L_RET);
    op(c, W_END);
}

enum { MAX_BLOCKS = 2000, MAX_OPS = 60000 };

/* An exit whose straight-line continuation returns or throws (no branch on
 * the way) runs at most once per call, not once per iteration of a loop it
 * lies in (the code after the loop that leaves the method). */
static bool exit_leaves_method(const Code *code, uint32_t pos) {
    while (pos < code->op_count) {
        int o = (int)code->ops[pos];
        if (o < 0 || o >= OP_COUNT) return false;
        int flow = op_info[o].flow;
        if (flow == OPFLOW_RETURN || flow == OPFLOW_THROW) return true;
        if (flow != OPFLOW_NEXT && flow != OPFLOW_CALL) return false;
        pos += tier_op_size(code->ops + pos);
    }
    return false;
}

TierBody *tier_compile_body(Method *m, Code *code) {
    if (code->op_count == 0 || code->op_count > MAX_OPS) return NULL;
    Comp c = {0};
    c.m = m;
    c.code = code;
    c.nslots = code->frame_slots;
    uint32_t n = c.nslots + 1;
    c.cls = calloc(n, 1);
    c.local_of = calloc(n, sizeof *c.local_of);
    c.mask = calloc(n, 1); c.hard = calloc(n, 1); c.nosplit = calloc(n, 1); c.cur_w = calloc(n, 1); c.split = calloc(n, 1); c.exposed = calloc(n, 1); c.framed = calloc(n, 1);
    c.any_site = calloc(n, sizeof *c.any_site);
    c.split_local = calloc(n * 5, sizeof *c.split_local);
    c.site_cls = calloc(code->op_count + 1, 1);
    c.is_leader = calloc(code->op_count + 1, 1);
    TierBody *body = NULL;
    if (!c.cls || !c.local_of || !c.mask || !c.hard || !c.nosplit || !c.cur_w || !c.split || !c.exposed || !c.framed || !c.any_site ||
        !c.split_local || !c.site_cls || !c.is_leader) goto done;
    /* pass 0: blocks; a handler or filter starts one (the interpreter runs it, its reads
     * do not follow the writes of the code before it) */
    c.is_leader[0] = 1;
    for (uint32_t i = 0; i < code->clause_count; i++) {
        const EhClause *cl = &code->clauses[i];
        if (cl->handler_start >= code->op_count || cl->filter_start >= code->op_count) goto done;
        c.is_leader[cl->handler_start] |= 1;
        add_pos(&c.entries, &c.nentries, cl->handler_start);
        if (cl->kind == MD_CLAUSE_FILTER) { c.is_leader[cl->filter_start] |= 1; add_pos(&c.entries, &c.nentries, cl->filter_start); }
    }
    for (uint32_t pos = 0; pos < code->op_count && !c.fail;) {
        c.ip = code->ops + pos;
        c.pos = pos;
        c.is_leader[pos] |= 2;   /* an op starts here */
        pos += compile_op(&c);
        if (pos > code->op_count) c.fail = true;
    }
    if (c.fail) goto done;
    for (uint32_t p = 0; p < code->op_count; p++) {
        if (!(c.is_leader[p] & 1)) continue;
        if (!(c.is_leader[p] & 2)) goto done;   /* a branch into the middle of an op */
        c.nleaders++;
    }
    if (c.nleaders > MAX_BLOCKS) goto done;
    c.leaders = malloc(c.nleaders * sizeof *c.leaders);
    if (!c.leaders) goto done;
    c.nleaders = 0;
    for (uint32_t p = 0; p < code->op_count; p++) if (c.is_leader[p] & 1) c.leaders[c.nleaders++] = p;
    c.nblocks = c.nleaders;
    if ((uint64_t)c.nblocks * c.nslots > (4u << 20)) goto done;
    c.block_mem = calloc((size_t)c.nblocks * c.nslots + 1, 1);
    if (!c.block_mem) goto done;
    /* pass 1: slot classes, exits, loops */
    c.pass = 1;
    c.cur = 0;
    for (uint32_t pos = 0; pos < code->op_count && !c.fail;) {
        if (c.is_leader[pos] & 1) {
            for (uint32_t s = 0; pos && s < c.nslots; s++)
                if (c.cur_w[s] == C_COPY) {   /* live out of the block unclassified: see live_copy_classes */
                    add_pos(&c.live_copies, &c.ncopies, s);
                    add_pos(&c.live_copies, &c.ncopies, (uint32_t)code->ops[c.any_site[s] + 2]);
                }
            if (pos) c.cur++;
            memset(c.cur_w, 0, c.nslots);
            memset(c.exposed, 0, c.nslots);
        }
        c.ip = code->ops + pos;
        c.pos = pos;
        pos += compile_op(&c);
    }
    if (c.fail) goto done;
    /* an op the tier leaves to the interpreter inside a loop would bounce between
     * the tiers on every iteration: such a method stays interpreted */
    for (uint32_t i = 0; i < c.nexit; i++) {
        if (exit_leaves_method(code, c.exit_pos[i])) continue;
        for (uint32_t j = 0; j + 1 < c.nloop; j += 2)
            if (c.exit_pos[i] >= c.loop_ranges[j] && c.exit_pos[i] <= c.loop_ranges[j + 1]) {
                if (tier_debug)
                    fprintf(stderr, "tier: %s.%s: %s at %u is left to the interpreter inside a loop\n",
                            type_name_full(m->owner), m->name, op_names[code->ops[c.exit_pos[i]]], c.exit_pos[i]);
                goto done;
            }
    }
    live_copy_classes(&c);
    assign_locals(&c);
    /* a MOV between promoted slots of different classes is fine only as int64 <-> float64 bits */
    for (bool changed = true; changed;) {
        changed = false;
        for (uint32_t pos = 0; pos < code->op_count;) {
            const Op *ip = code->ops + pos;
            if (tier_opcode(ip) == OP_MOV) {
                uint8_t *a = &c.cls[ip[1]], *b = &c.cls[ip[2]];
                bool pa = *a >= C_I32 && *a <= C_F64 && !c.split[ip[1]], pb = *b >= C_I32 && *b <= C_F64 && !c.split[ip[2]];
                bool bits64 = (*a == C_I64 || *a == C_F64) && (*b == C_I64 || *b == C_F64);
                if (pa && pb && *a != *b && !bits64) { *a = *b = C_MEM; changed = true; }
            }
            pos += tier_op_size(ip);
        }
    }
    number_locals(&c);
    if (!tc_plan_loops(&c)) goto done;
    /* pass 2: emit */
    c.b.len = 0;
    c.pass = 2;
    c.exits = 0;
    emit_body(&c);
    if (c.fail || c.b.failed) goto done;
    body = calloc(1, sizeof *body);
    if (!body || !function_body(&c, &body->fn)) { tier_body_free(body); body = NULL; goto done; }
    body->method = m;
    body->code = code;
    /* the dispatch's arms: blocks inside a wasm loop are entered only through its head */
    body->block_count = c.ntop;
    for (uint32_t i = 0, t = 0; i < c.nblocks; i++) if (tc_top_level(&c, i)) c.leaders[t++] = c.leaders[i];
    body->block_starts = c.leaders;
    c.leaders = NULL;
    if (tier_debug) {
        uint32_t np = 0, ns = 0, nm = 0, nl = 0;
        for (uint32_t i = 0; i < c.nblocks; i++) nl += c.loop_end[i] >= 0;
        for (uint32_t s = 0; s < c.nslots; s++) {
            if (c.split[s]) ns++; else if (c.local_of[s]) np++; else if (c.mask[s] || c.hard[s] || c.framed[s]) nm++;
        }
        fprintf(stderr, "tier: compiled %s.%s: %u blocks, %u wasm loops, slots %u in locals, %u split, %u in the frame, %u bytes\n",
                type_name_full(m->owner), m->name, c.nblocks, nl, np, ns, nm, body->fn.len);
    }
done:
    free(c.cls); free(c.local_of); free(c.mask); free(c.hard); free(c.nosplit); free(c.cur_w); free(c.split); free(c.exposed); free(c.framed); free(c.block_mem);
    free(c.any_site); free(c.split_local); free(c.site_cls); free(c.is_leader); free(c.leaders);
    free(c.exit_pos); free(c.loop_ranges); free(c.live_copies);
    free(c.branches); free(c.entries); free(c.loop_end); free(c.loop_head); free(c.loop_entry); free(c.top_ord);
    wb_free(&c.b);
    return body;
}
