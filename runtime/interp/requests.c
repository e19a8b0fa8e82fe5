/* requests.c — what internal calls may ask of the interpreter: waiting for
 * finalizers (GC.WaitForPendingFinalizers), Environment.Exit, and the
 * background finalizer thread. Internal calls never run managed code
 * themselves (no managed frame on the C stack: docs/interpreter.md). */
#include "interp/interp_internal.h"
#include "types/corlib_binder.h"
#include "threads/threads.h"

bool vm_exit_requested;
int32_t vm_exit_code;

static Method *finalize_slot_method(void) {
    return CORLIB_M(object_finalize);
}

static Thread *finalizer_thread;

/* GC.WaitForPendingFinalizers: collect once, then yield (running this call
 * again each time) until the queue is empty and the finalizer thread idle. */
void interp_request_finalizers(Thread *t) {
    if (t == finalizer_thread) return;          /* a finalizer waiting for itself */
    if (t->sched->wait_phase != 5) {
        gc_collect();
        t->sched->wait_phase = 5;
    }
    interp_schedule_finalizers();
    if (gc_pending_finalizers() || (finalizer_thread && finalizer_thread->frame_count)) {
        sched_block(t, THREAD_RUNNABLE, BLOCK_RETRY);
        return;
    }
    t->sched->wait_phase = 0;
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

/* ---- the finalizer thread ----
 * Finalizers queued by the collector run on a background green thread, one
 * at a time, scheduled like any other thread: a finalizer that takes a lock
 * or sleeps waits its turn instead of stalling the host. */

static void finalizer_finished(Thread *t) {
    /* as in .NET, an exception escaping a finalizer ends the program */
    if (t->unhandled) { sched_fail(t); return; }
    interp_schedule_finalizers();
}

void interp_schedule_finalizers(void) {
    if (finalizer_thread && finalizer_thread->frame_count) return;   /* one is running */
    if (finalizer_thread && finalizer_thread->unhandled) return;     /* one threw: the program ends */
    Method *f = finalize_slot_method();
    if (!f || f->vtable_slot < 0) return;
    void *o = gc_next_finalizable();
    if (!o) return;
    if (!finalizer_thread) {
        finalizer_thread = thread_create(64 * 1024);
        if (!finalizer_thread) return;
    }
    thread_reset(finalizer_thread);
    Type *type = vm_object_type(o);
    if (!type_prepare(type, TS_READY)) return;
    Slot args[1];
    args[0].o = o;
    if (!thread_push_call(finalizer_thread, type->vtable[f->vtable_slot], args, 1)) return;
    finalizer_thread->sched->background = true;
    finalizer_thread->on_done = finalizer_finished;
    sched_add(finalizer_thread);
}

