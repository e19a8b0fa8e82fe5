/* tier_internal.h — shared by the tier files (runtime/interp/tier_*.c) only. */
#ifndef CILANTRO_TIER_INTERNAL_H
#define CILANTRO_TIER_INTERNAL_H

#include "interp/tier.h"
#include "interp/wasm_buf.h"
#include "interp/interp_internal.h"
#include "icalls/icalls.h"

/* the function types of a compiled module (call_indirect signatures) */
enum { TYPE_FN = 0, TYPE_RAISE = 1, TYPE_ICALL = 2 };

/* exceptions compiled code raises (tier_raise) */
enum { TIER_EXC_NULL = 1, TIER_EXC_RANGE, TIER_EXC_OVF, TIER_EXC_DIV0 };

typedef int32_t (*TierFn)(Thread *t, Slot *fp, int32_t block);

/* the interpreter's budget while compiled code runs: backward branches and calls take one */
extern int32_t tier_fuel;

/* Compiled code calling compiled code nests on the wasm stack: at most
 * TIER_MAX_NESTING deep (tier_nesting), deeper calls run in the interpreter. */
enum { TIER_MAX_NESTING = 100 };
extern uint32_t tier_nesting;
/* frames pushed without interp_push_frame stay below this depth (it grows the arrays and checks the limits) */
enum { TIER_FAST_PUSH_DEPTH = 50000 };

/* helpers compiled code calls through the function table */
void tier_drop_eh(Thread *t, int32_t frame_index);
void tier_pop_top_frame(Thread *t, int32_t unused);
void tier_clear_slots(Slot *p, int32_t n);
int32_t tier_leave_op(Thread *t, Slot *fp, const Op *ip);
int32_t tier_endfinally_op(Thread *t, Slot *fp, const Op *ip);
/* tier_endfinally_op's "return to the interpreter at op offset pos" */
#define TIER_EXIT_AT(pos) (-2 - (int32_t)(pos))
void tier_raise(Thread *t, int32_t kind);
int32_t tier_call_op(Thread *t, Slot *fp, const Op *ip);
int32_t tier_icall_op(Thread *t, Slot *fp, const Op *ip);
int32_t tier_object_op(Thread *t, Slot *fp, const Op *ip);

/* One method's compiled function, not yet in a module: its body (locals and
 * code, as the code section holds it) and its entry points. */
typedef struct TierBody {
    Method *method;
    Code *code;
    WBuf fn;
    uint32_t block_count;
    uint32_t *block_starts;
} TierBody;
/* Compiles m's code to a function body; NULL when the method is not compiled. */
TierBody *tier_compile_body(Method *m, Code *code);
/* One module for n bodies, instantiated; sets each code->tier. false: the
 * host refused it. The bodies stay the caller's to free. */
bool tier_install(TierBody *const *bodies, uint32_t n);
void tier_body_free(TierBody *b);

/* the host compiles and instantiates the module, adds its exported functions
 * "0".."n-1" to the table in that order and returns the first one's index
 * (0: failed) */
uint32_t tier_instantiate(const uint8_t *bytes, uint32_t len);

extern IcallFn icall_math_sqrt, icall_init_array;
extern bool tier_debug;   /* tierDebug: what is compiled and how */

#endif
