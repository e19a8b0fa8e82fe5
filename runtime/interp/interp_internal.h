/* interp_internal.h — shared by the files of runtime/interp only; other
 * folders include core/core.h. */
#ifndef CILANTRO_INTERP_INTERNAL_H
#define CILANTRO_INTERP_INTERNAL_H

#include "core/core.h"
#include "interp/ops.h"
#include "types/types_internal.h"
#include "util/util.h"

/* Translation */
Code *interp_translate(Method *m, char *err, size_t errlen);
void interp_code_free(Code *code);   /* everything interp_translate allocated for it */

/* Raising exceptions from the loop. */
Object *interp_wrap_type_init(Thread *t, Type *type, Object *inner);
Object *interp_wrap_exception(Thread *t, const char *type_name, const char *message, Object *inner);

/* Delegates: field offsets looked up once. */
typedef struct DelegateLayout { uint32_t target, method, invocation_list, invocation_count; } DelegateLayout;
extern DelegateLayout delegate_layout;

/* Exception object field offsets. */
typedef struct ExceptionLayout { uint32_t message, inner, stack_trace_string; } ExceptionLayout;
extern ExceptionLayout exception_layout;

int32_t interp_il_offset(Code *code, const Op *ip);
void interp_capture_stack_trace_if_empty(Thread *t, Object *exception);
void interp_finish_trace(Thread *t, Object *exception, uint32_t bottom_frame);
/* frame_info.c: how a frame shows in a stack trace */
/* unbox and unbox.any accept an enum boxed as its underlying type and vice versa */
bool interp_unbox_compatible(Type *have, Type *want);
bool interp_frame_hidden(Method *m);
Method *interp_frame_display_method(Method *m, bool *is_iterator);
bool interp_frame_source(Method *m, int32_t il, char *file, size_t size, uint32_t *line);
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

#endif
