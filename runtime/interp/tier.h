/* tier.h — the second execution tier: hot methods compiled at run time from
 * their internal ops (interp/ops.h) into WebAssembly (docs/tier.md).
 *
 * wasm build only: the interpreter counts calls and backward branches per
 * method; past a threshold, tier_compile_body() turns the method's op stream into
 * one wasm function, which the host instantiates against the runtime's own
 * memory and function table. The interpreter then enters it at the method's
 * start or at a loop head (tier_run). A compiled function returns to the
 * interpreter when the method returns, when an exception is raised, and at
 * every op it cannot compile (the interpreter carries on from there), so both
 * tiers run the same frames, slots and exception paths. */
#ifndef CILANTRO_TIER_H
#define CILANTRO_TIER_H

#include <stdbool.h>
#include <stdint.h>

#include "core/core.h"

#ifdef __EMSCRIPTEN__
#define TIER_AVAILABLE 1
#endif

/* tier_run results besides an op offset to continue at */
enum { TIER_RETURNED = -1, TIER_NOT_RUN = -2 };

/* Compiled code of one method: the wasm function (a table index) and the op
 * offsets where it can be entered (its blocks' starts, ascending). */
typedef struct TierCode {
    uint32_t fn;
    uint32_t block_count;
    uint32_t *block_starts;
    /* tierDebug's profile: entries from the interpreter, returns at an op
     * (not the method's return), and calls left to the interpreter */
    uint32_t entries, exits, calls_left, from_interp;
    int32_t last_exit;   /* op offset of the last return at an op */
    Method *method;
    struct TierCode *next_profiled;
} TierCode;

/* Modes: TIER_OFF, TIER_ON (hot methods), TIER_ALWAYS (every method at its first call). */
enum { TIER_OFF = 0, TIER_ON = 1, TIER_ALWAYS = 2 };
void tier_set_mode(int mode);
extern uint32_t tier_threshold;   /* calls + backward branches before a method is compiled */

/* Runs code's compiled form for the top frame fr from op offset pos, if it
 * has one (compiling it when it has become hot). Returns TIER_NOT_RUN (go on
 * interpreting), TIER_RETURNED (the method returned: its result is in its
 * slot 0), or the op offset where the interpreter continues this frame (a
 * pending exception is raised there; a frame pushed above it runs first).
 * *budget is charged for the calls and backward branches run. */
int32_t tier_run(Thread *t, Frame *fr, uint32_t pos, int64_t *budget);

/* Set when compiled code made an internal call whose outcome only the
 * interpreter's loop can finish (the thread blocks, a class constructor must
 * run first, the process exits): the frame's ip is at the CALL_ICALL, and the
 * loop completes that op as if it had made the call itself. */
extern bool tier_icall_unfinished;

void tier_code_free(Code *code);

/* Counters for tests and docs: methods compiled, refused, entries. */
typedef struct TierStats { uint32_t compiled, refused, entries, calls, calls_by_op[4]; } TierStats;
extern TierStats tier_stats;

#endif
