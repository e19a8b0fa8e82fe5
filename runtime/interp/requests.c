/* requests.c — what internal calls may ask of the interpreter: running
 * finalizers (GC.WaitForPendingFinalizers) and Environment.Exit. Internal
 * calls never run managed code themselves (DESIGN rule 1); they ask the loop
 * to call a method and then run the internal call again. */
#include "interp/interp_internal.h"

bool vm_exit_requested;
int32_t vm_exit_code;

static Method *finalize_slot_method(void) {
    static Method *m;
    if (!m) m = type_find_method_by_name(vm_types.object, "Finalize", 0);
    return m;
}

void interp_request_finalizers(Thread *t) {
    gc_collect();
    void *o = gc_next_finalizable();
    if (!o) return;
    Method *f = finalize_slot_method();
    Type *type = vm_object_type(o);
    if (!f || f->vtable_slot < 0 || !type_prepare(type, TS_READY)) return;
    t->inject_method = type->vtable[f->vtable_slot];
    t->inject_arg = o;
}

void interp_request_exit(Thread *t, int32_t code) {
    (void)t;
    vm_exit_requested = true;
    vm_exit_code = code;
}

void interp_run_finalizers(void) {
    Method *f = finalize_slot_method();
    if (!f || f->vtable_slot < 0) return;
    void *o;
    while ((o = gc_next_finalizable()) != NULL) {
        Type *type = vm_object_type(o);
        if (!type_prepare(type, TS_READY)) continue;
        Slot args[1], ret[1];
        Object *exc;
        GC_ROOT(o);
        args[0].o = o;
        interp_call_sync(type->vtable[f->vtable_slot], args, 1, ret, &exc);
        gc_root_pop(1);
    }
}
