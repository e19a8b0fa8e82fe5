/* interp_internal.h — shared by the files of runtime/interp only; other
 * folders include core/core.h. */
#ifndef CILANTRO_INTERP_INTERNAL_H
#define CILANTRO_INTERP_INTERNAL_H

#include "core/core.h"
#include "interp/ops.h"
#include "types/types_internal.h"
#include "util/util.h"

#include <string.h>

/* Translation */
Code *interp_translate(Method *m, char *err, size_t errlen);
/* m translated before its first call, or NULL (nothing recorded: the first
 * call then does what it always does); for the tier compiling a caller */
Code *interp_translate_ahead(Method *m);
void interp_code_free(Code *code);   /* everything interp_translate allocated for it */

/* Raising exceptions from the loop. */
Object *interp_wrap_type_init(Thread *t, Type *type, Object *inner);
Object *interp_wrap_exception(Thread *t, const char *type_name, const char *message, Object *inner);

/* Delegates: field offsets looked up once. */
typedef struct DelegateLayout { uint32_t target, method, invocation_list, invocation_count; } DelegateLayout;
extern DelegateLayout delegate_layout;

/* Exception object field offsets. */
typedef struct ExceptionLayout { uint32_t message, inner, stack_trace_string, stack_trace_frames; } ExceptionLayout;
extern ExceptionLayout exception_layout;

int32_t interp_il_offset(Code *code, const Op *ip);
void interp_capture_stack_trace_if_empty(Thread *t, Object *exception);
void interp_finish_trace(Thread *t, Object *exception, uint32_t bottom_frame);
/* frame_info.c: how a frame shows in a stack trace */
/* unbox and unbox.any accept an enum boxed as its underlying type and vice versa */
bool interp_unbox_compatible(Type *have, Type *want);
Method *interp_frame_display_method(Method *m, bool *is_iterator);
void interp_drop_eh_inside(Thread *t, Code *code, const EhClause *catcher);
bool interp_push_eh(Thread *t, int kind, uint32_t clause, uint32_t src, uint32_t target, Object *exception);
bool interp_mdarray_access(Thread *t, int op, Slot *args, Type *array_type, uint32_t rank, uint32_t elem_size);
Object *interp_get_field_ref(Object *o, uint32_t offset);
void interp_capture_stack_trace(Thread *t, Object *exception);

void interp_dump_code(Method *m, Code *code);
/* Reflection calls (dyncall.c): 1 = call pushed at top, 2 = at top + 1 (a
 * constructor: top holds the new object), 0 = finished, -1 = exception. */
int interp_dyncall_prepare(Thread *t, Method *m, Slot *base, Slot *top, Method **callee);
bool interp_dyncall_finish(Thread *t, Method *m, Slot *base, Slot *top);

/* ---- the hot paths of frames and allocation, shared by the loop (interp.c)
 * and the wasm tier's helpers ---- */

/* Clears n slots (a frame's locals at entry, its dead slots at return). Most
 * frames need at most 8: those take one fixed-size clear (four 16-byte stores,
 * no loop, no branch on n), which may run up to 7 slots past n. Those slots
 * are temps of the frame being entered or lie above the top frame, so nothing
 * live is there; the slot stack has THREAD_STACK_SLACK spare slots past its
 * limit for the clears of a frame that ends there (thread.c). */
static inline void interp_zero_slots(Slot *p, uint32_t n) {
    if (__builtin_expect(n > 8, 0)) { memset(p, 0, n * sizeof(Slot)); return; }
    memset(p, 0, 8 * sizeof(Slot));
}

/* Shifts a call's n argument slots up by `by` slots (a constructor call makes
 * room for the new object below them): usually one or two slots, where a
 * few plain moves beat a call to memmove. */
static inline void interp_shift_args_up(Slot *args, uint32_t by, uint32_t n) {
    if (n > 3) { memmove(args + by, args, n * sizeof(Slot)); return; }
    if (n == 3) args[by + 2] = args[2];
    if (n >= 2) args[by + 1] = args[1];
    if (n >= 1) args[by] = args[0];
}

/* Objects of one type (instances of a class, boxes of a value type) all have
 * one size: the first allocation (interp_alloc_fixed_slow) remembers that
 * size class's run in the type, later ones bump the run inline. Returns NULL
 * when memory ran out. */
Object *interp_alloc_fixed_slow(Type *type, size_t size);
static inline Object *interp_alloc_fixed(Type *type, size_t size) {
    if (type->gc_run) {
        Object *o = gc_alloc_in_run(type->gc_run, &type->gc);
        if (o) return o;
    }
    return interp_alloc_fixed_slow(type, size);
}

#endif
