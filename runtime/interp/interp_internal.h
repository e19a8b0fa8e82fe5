/* interp_internal.h — shared by the files of runtime/interp only. */
#ifndef CILANTRO_INTERP_INTERNAL_H
#define CILANTRO_INTERP_INTERNAL_H

#include "interp/interp.h"
#include "interp/ops.h"
#include "types/types_internal.h"
#include "util/util.h"

IcallFn icall_lookup(const char *key);
/* The native function behind an [InternalCall] method, looked up once and
 * cached on the method; NULL if the runtime has none. */
IcallFn interp_icall_of(Method *m);
void interp_set_pending_missing_icall(Thread *t, Method *m);
String *interp_user_string(Assembly *a, uint32_t token);

/* Makes sure m has code (translating on first call); NULL + pending exception on failure. */
Code *interp_ensure_code(Thread *t, Method *m);
/* Pushes a frame for m whose slots start at nfp (arguments already there). NULL + pending exception on failure. */
Frame *interp_push_frame(Thread *t, Method *m, Code *code, Slot *nfp);

/* Raising exceptions from the loop. */
void interp_set_pending(Thread *t, const char *type_name, const char *message);
void interp_set_pending_type_error(Thread *t);
Object *interp_wrap_type_init(Thread *t, Type *type, Object *inner);
Object *interp_wrap_exception(Thread *t, const char *type_name, const char *message, Object *inner);

/* Delegates: field offsets looked up once. */
typedef struct DelegateLayout { uint32_t target, method, invocation_list, invocation_count; } DelegateLayout;
extern DelegateLayout delegate_layout;
bool interp_init_layouts(void);

/* Exception object field offsets. */
typedef struct ExceptionLayout { uint32_t message, inner, stack_trace_string; } ExceptionLayout;
extern ExceptionLayout exception_layout;

int32_t interp_il_offset(Code *code, const Op *ip);
void interp_capture_stack_trace_if_empty(Thread *t, Object *exception);
void interp_finish_trace(Thread *t, Object *exception, uint32_t bottom_frame);
/* frame_info.c: how a frame shows in a stack trace */
bool interp_frame_hidden(Method *m);
Method *interp_frame_display_method(Method *m, bool *is_iterator);
bool interp_frame_source(Method *m, int32_t il, char *file, size_t size, uint32_t *line);
void interp_drop_eh_inside(Thread *t, Code *code, uint32_t pos);
bool interp_push_eh(Thread *t, int kind, uint32_t clause, uint32_t src, uint32_t target, Object *exception);
bool interp_new_mdarray(Thread *t, Type *array_type, Slot *args, uint32_t nargs, bool with_bounds);
bool interp_mdarray_access(Thread *t, int op, Slot *args, Type *array_type, uint32_t rank, uint32_t elem_size);
Object *interp_get_field_ref(Object *o, uint32_t offset);
/* Runs m synchronously on a helper thread (host level only, never from an op). */
bool interp_call_sync(Method *m, Slot *args, uint32_t arg_slots, Slot *ret, Object **exception);
void interp_capture_stack_trace(Thread *t, Object *exception);

/* Requests from internal calls, acted on by the loop when the call returns. */
void interp_request_finalizers(Thread *t);
void interp_request_exit(Thread *t, int32_t code);
extern bool vm_exit_requested;
extern int32_t vm_exit_code;
void vm_mark_interned(void);
void interp_init_exceptions(void);
void thread_set_current(Thread *t);
int32_t vm_array_rank(const Array *a);
/* Runs queued finalizers synchronously (host level, between slices). */
void interp_run_finalizers(void);
/* Starts the next queued finalizer on the background finalizer thread, if it is idle. */
void interp_schedule_finalizers(void);
void interp_dump_code(Method *m, Code *code);
char *interp_exception_text(Object *exception, bool full);
/* Reflection calls (dyncall.c): 1 = call pushed at top, 2 = at top + 1 (a
 * constructor: top holds the new object), 0 = finished, -1 = exception. */
int interp_dyncall_prepare(Thread *t, Method *m, Slot *base, Slot *top, Method **callee);
bool interp_dyncall_finish(Thread *t, Method *m, Slot *base, Slot *top);

#endif
