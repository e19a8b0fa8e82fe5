/* vm_exceptions.c — raising exceptions from internal calls and hosts, as
 * vm.h offers it: the exception becomes the thread's pending exception, and
 * the interpreter throws it when the call returns (interp/exceptions.c
 * builds exception objects and unwinds). */
#include "core/core.h"
#include "types/corlib_binder.h"

#include <string.h>

void vm_throw_new(Thread *t, const char *name, const char *message) { interp_set_pending(t, name, message); }

void vm_throw_argument(Thread *t, const char *name, const char *param_name, const char *message) {
    Object *e = interp_new_exception(t, name, message);
    t->pending_exception = e;
    if (param_name && e) {
        Field *f = corlib_field_in(vm_object_type(e), CF_argument_exception_param_name);
        if (f) {
            String *p = vm_string_from_utf8(t, param_name, strlen(param_name));
            if (p) memcpy((uint8_t *)e + f->offset, &p, sizeof p);
        }
    }
}

void vm_throw_object(Thread *t, Object *exception) { t->pending_exception = exception; }
bool vm_has_pending_exception(const Thread *t) { return t->pending_exception != NULL; }
