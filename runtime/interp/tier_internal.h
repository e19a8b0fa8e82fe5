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
int32_t tier_leave_op(Thread *t, Slot *fp, const Op *ip);
int32_t tier_endfinally_op(Thread *t, Slot *fp, const Op *ip);
/* tier_endfinally_op's "return to the interpreter at op offset pos" */
#define TIER_EXIT_AT(pos) (-2 - (int32_t)(pos))
void tier_raise(Thread *t, int32_t kind);
int32_t tier_call_op(Thread *t, Slot *fp, const Op *ip);
int32_t tier_icall_op(Thread *t, Slot *fp, const Op *ip);
int32_t tier_object_op(Thread *t, Slot *fp, const Op *ip);

/* the host compiles and instantiates the module, adds its function "f" to the
 * table and returns its index (0: failed) */
uint32_t tier_instantiate(const uint8_t *bytes, uint32_t len);

extern IcallFn icall_math_sqrt, icall_init_array;
extern bool tier_debug;   /* tierDebug: what is compiled and how */

#endif
