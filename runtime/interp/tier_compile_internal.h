/* tier_compile_internal.h — the wasm tier compiler's state and emit helpers,
 * shared by tier_compile.c (ops, slots, blocks, the module) and tier_calls.c
 * (calls and internal calls) only. */
#ifndef CILANTRO_TIER_COMPILE_INTERNAL_H
#define CILANTRO_TIER_COMPILE_INTERNAL_H

#include "interp/tier_internal.h"

/* value classes; C_MEM: must stay in the frame; C_REF: a reference, kept in the frame (for the GC) */
enum { C_NONE = 0, C_I32, C_I64, C_F32, C_F64, C_ANY64, C_MEM, C_REF,
       C_COPY /* (cur_w only) a MOV from a slot the block did not write: its first reader says the class */ };

/* wasm locals: params 0..2, then these, then promoted slots */
enum { L_T = 0, L_FP = 1, L_BLK = 2, L_PC = 3, L_RET, L_A, L_B, L_C, L_E, L_F, L_IN /* tier_loops.c */, L_M, L_K /* tier_calls.c: a run-time callee and its code */, L_X0, L_X1, L_C64, L_D0, L_D1, L_FIXED_END };

typedef struct Comp {
    Method *m;
    Code *code;
    int pass;
    WBuf b;
    uint8_t *cls;              /* per slot: the class of a promoted slot, else C_MEM */
    uint32_t *local_of;        /* per slot: wasm local, 0 = in memory */
    uint8_t *mask, *hard, *nosplit, *cur_w, *split, *exposed;   /* per slot (see note()) */
    uint8_t *framed;           /* per slot: a call's argument or result in some block (tc_frame_range) */
    uint8_t *block_mem;        /* per block and slot: the slot stays in the frame in that block */
    uint32_t *any_site;        /* per slot: the op of the last 8-byte untyped write in the block */
    uint8_t *site_cls;         /* per op: the class an 8-byte untyped write turned out to have */
    uint32_t *split_local;     /* per slot and class: wasm local of a split slot */
    uint32_t *exit_pos, nexit; /* ops left to the interpreter */
    uint32_t *loop_ranges, nloop;   /* [target, branch] of each backward branch */
    uint32_t *live_copies, ncopies; /* [destination, source] of MOVs live out of their block unclassified */
    uint32_t *branches, nbranches;  /* [from, to] op offsets of every branch */
    uint32_t *entries, nentries;    /* op offsets entered through the dispatch (handlers, a leave's target) */
    int32_t *loop_end;              /* per block: the last block of the wasm loop it heads, or -1 (tier_loops.c) */
    uint32_t *loop_head;            /* per block: 1 + the head of the wasm loop it is in, or 0 */
    int32_t *loop_entry;            /* per loop head: the block a branch from before the loop enters, or -1 */
    uint32_t *top_ord;              /* per block (and one past): top-level blocks before it; NULL until planned */
    uint32_t ntop;                  /* top-level blocks: the dispatch's arms */
    uint32_t nslots;
    uint32_t *leaders;         /* op offsets starting blocks, ascending */
    uint32_t nleaders, cap_leaders;
    uint8_t *is_leader;        /* per op word */
    uint32_t cur;              /* block being emitted */
    uint32_t depth;            /* structured nesting inside the current block */
    uint32_t nblocks;
    const Op *ip;              /* op being compiled */
    uint32_t pos;              /* its offset */
    uint32_t count[4];         /* promoted locals per class (I32, I64, F32, F64) */
    bool fail;
    uint32_t exits;            /* ops left to the interpreter */
} Comp;

/* pass 1 records slot classes and blocks, pass 2 emits (pass 0: blocks only) */
#define ANALYZE (c->pass == 1)
#define EMIT (c->pass == 2)

#define OPW(i) (c->ip[(i)])
#define SLOT(i) ((uint32_t)c->ip[(i)])
#define IMM(i) ((int32_t)(uint32_t)c->ip[(i)])

/* Plain static, not inline: both compiler files get a copy and the compiler
 * decides, as when they were one file (`inline` made clang inline the buffer
 * growth into every emit site: +60 KB of module). */
#define TC_EMIT static __attribute__((unused))
TC_EMIT void op(Comp *c, uint8_t v) { wb_byte(&c->b, v); }
TC_EMIT void u32(Comp *c, uint32_t v) { wb_u32(&c->b, v); }
TC_EMIT void i32c(Comp *c, int32_t v) { op(c, W_I32_CONST); wb_s64(&c->b, v); }
TC_EMIT void i64c(Comp *c, int64_t v) { op(c, W_I64_CONST); wb_s64(&c->b, v); }
TC_EMIT void lget(Comp *c, uint32_t l) { op(c, W_LOCAL_GET); u32(c, l); }
TC_EMIT void lset(Comp *c, uint32_t l) { op(c, W_LOCAL_SET); u32(c, l); }
TC_EMIT void ltee(Comp *c, uint32_t l) { op(c, W_LOCAL_TEE); u32(c, l); }
TC_EMIT void mem(Comp *c, uint8_t o, uint32_t offset) { op(c, o); u32(c, 0); u32(c, offset); }
TC_EMIT void if_void(Comp *c) { op(c, W_IF); op(c, WT_VOID); c->depth++; }
TC_EMIT void end(Comp *c) { op(c, W_END); c->depth--; }
static inline uint8_t load_op(int k) {
    switch (k) { case C_I32: return W_I32_LOAD; case C_F32: return W_F32_LOAD; case C_F64: return W_F64_LOAD; default: return W_I64_LOAD; }
}
static inline uint8_t store_op(int k) {
    switch (k) { case C_I32: return W_I32_STORE; case C_F32: return W_F32_STORE; case C_F64: return W_F64_STORE; default: return W_I64_STORE; }
}

/* tier_compile.c: slot accesses and exits the call paths share */
void tc_note_mem_range(Comp *c, uint32_t s, uint32_t n);
void tc_frame_range(Comp *c, uint32_t s, uint32_t n);
void tc_a_write(Comp *c, uint32_t s, int k);
void tc_a_barrier(Comp *c, bool op_left);
void tc_rdref(Comp *c, uint32_t s);
void tc_flush_exit(Comp *c, uint32_t resume);
/* Calls a C op helper `int fn(Thread *, Slot *fp, const uintptr_t *ip)` on
 * the current op (tier_call_op, tier_icall_op, tier_object_op); its int
 * answer is left on the wasm stack. */
void tc_call_op_helper(Comp *c, const void *fn);
void tc_exc_exit(Comp *c);

/* tier_loops.c */
uint32_t tc_block_of(Comp *c, uint32_t pos);   /* (tier_compile.c) the block a branch target starts */
bool tc_plan_loops(Comp *c);                    /* after the analysis: loops, top-level blocks */
bool tc_top_level(Comp *c, uint32_t b);
uint32_t tc_depth_dispatch(Comp *c);            /* br depth of the dispatch loop */
uint32_t tc_depth_forward(Comp *c, uint32_t b); /* br depth that lands at block b's code (b after cur) */
int32_t tc_depth_back_edge(Comp *c, uint32_t b);/* br depth of the wasm loop headed by b, or -1 */
bool tc_jump_into_loop(Comp *c, uint32_t b);    /* a forward jump to block b inside a loop, from before it */
void tc_open_loop(Comp *c);                     /* at block cur's code: the wasm loop it heads */

/* tier_calls.c */
/* slots a call to m uses from its base: its arguments or its result */
uint32_t tc_call_area(Method *m);
/* a call op (CALL, CALLVIRT, CALLIFACE, NEWOBJ, DINV_SINGLE, ...) of size words, arguments from base */
void tc_call_op(Comp *c, uint32_t size, uint32_t base, uint32_t area);
/* CALL_ICALL (other than Math.Sqrt); false: the interpreter makes this internal call */
bool tc_icall(Comp *c);

#endif
