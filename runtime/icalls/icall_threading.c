/* icall_threading.c — System.Threading.Thread and Monitor over the green
 * thread scheduler (runtime/threads/). Blocking calls park the calling green
 * thread and return; the interpreter switches threads (docs/threading.md). */
#include "icalls/icalls.h"
#include "core/core.h"
#include "types/corlib_binder.h"
#include "threads/threads.h"

#include <string.h>

#define A(i) (args[(i)])

static Type *thread_type;
static uint32_t off_native, off_id, off_state;
static Method *start_callback;

static bool init_thread_type(Thread *t) {
    if (thread_type) return true;
    Type *ty = CORLIB_T(thread);
    if (!type_prepare(ty, TS_READY)) { interp_set_pending_type_error(t); return false; }
    start_callback = CORLIB_M(thread_start_callback);
    off_native = CORLIB_F(thread_native)->offset;
    off_id = CORLIB_F(thread_id)->offset;
    off_state = CORLIB_F(thread_state)->offset;
    thread_type = ty;
    return true;
}

static Thread *native_of(Object *o) {
    Thread *t;
    memcpy(&t, (uint8_t *)o + off_native, sizeof t);
    return t;
}

static void bind(Object *o, Thread *th) {
    memcpy((uint8_t *)o + off_native, &th, sizeof th);
    memcpy((uint8_t *)o + off_id, &th->id, sizeof th->id);
    th->managed_thread = o;
}

static void thread_start(Thread *t, Slot *args, Slot *ret) {
    (void)ret;
    if (!init_thread_type(t)) return;
    Object *self = A(0).o;
    Thread *th = thread_create(256 * 1024);
    if (!th) { interp_set_pending(t, "System.OutOfMemoryException", NULL); return; }
    bind(self, th);
    th->sched->background = A(1).i4 != 0;
    Slot a[1];
    a[0].o = self;
    if (!thread_push_call(th, start_callback, a, 1)) {
        t->pending_exception = th->pending_exception;
        th->sched->state = THREAD_DONE;
        return;
    }
    sched_add(th);
}

static void thread_join(Thread *t, Slot *args, Slot *ret) {
    if (!init_thread_type(t)) return;
    Thread *target = native_of(A(0).o);
    int32_t timeout = A(1).i4;
    ret->i4 = 1;
    if (!target || target->sched->state == THREAD_DONE || target == t) { t->sched->wait_phase = 0; return; }
    if (t->sched->wait_phase == 3 && timeout >= 0 && sched_now_ms() >= t->sched->wake_at) {
        t->sched->wait_phase = 0;
        for (Thread **p = &target->sched->joiners; *p; p = &(*p)->sched->next_waiter)
            if (*p == t) { *p = t->sched->next_waiter; break; }
        ret->i4 = 0;
        return;
    }
    if (timeout == 0) { ret->i4 = 0; return; }
    if (t->sched->wait_phase != 3) {
        t->sched->next_waiter = target->sched->joiners;
        target->sched->joiners = t;
    }
    t->sched->wait_phase = 3;
    if (timeout < 0) sched_block(t, THREAD_WAITING, BLOCK_RETRY);
    else if (t->sched->state != THREAD_SLEEPING) sched_sleep(t, timeout, BLOCK_RETRY);
}

static void thread_is_alive(Thread *t, Slot *args, Slot *ret) {
    if (!init_thread_type(t)) return;
    Thread *th = native_of(A(0).o);
    ret->i4 = th && th->sched->state != THREAD_DONE;
}

static void thread_set_background(Thread *t, Slot *args, Slot *ret) {
    (void)ret;
    if (!init_thread_type(t)) return;
    Thread *th = native_of(A(0).o);
    if (th) th->sched->background = A(1).i4 != 0;
}

static void thread_current_icall(Thread *t, Slot *args, Slot *ret) {
    (void)args;
    if (!init_thread_type(t)) return;
    if (!t->managed_thread) {
        Object *o = vm_object_new(t, thread_type);
        if (!o) return;
        bind(o, t);
        int32_t running = 1;
        memcpy((uint8_t *)o + off_state, &running, 4);
    }
    ret->o = t->managed_thread;
}

static void thread_sleep(Thread *t, Slot *args, Slot *ret) {
    (void)ret;
    int32_t ms = A(0).i4;
    if (ms == 0) sched_block(t, THREAD_RUNNABLE, BLOCK_AFTER);
    else if (ms < 0) sched_block(t, THREAD_WAITING, BLOCK_AFTER);
    else sched_sleep(t, ms, BLOCK_AFTER);
}

static void thread_yield(Thread *t, Slot *args, Slot *ret) {
    (void)args; (void)ret;
    sched_block(t, THREAD_RUNNABLE, BLOCK_AFTER);
}

static void monitor_enter_icall(Thread *t, Slot *args, Slot *ret) { (void)ret; monitor_enter(t, A(0).o); }

static void monitor_try_enter_icall(Thread *t, Slot *args, Slot *ret) {
    int r = monitor_try_enter(t, A(0).o, A(1).i4);
    ret->i4 = r == 1;
}

static void monitor_exit_icall(Thread *t, Slot *args, Slot *ret) { (void)ret; monitor_exit(t, A(0).o); }

static void monitor_wait_icall(Thread *t, Slot *args, Slot *ret) {
    int r = monitor_wait(t, A(0).o, A(1).i4);
    ret->i4 = r == 1;
}

static void monitor_pulse_icall(Thread *t, Slot *args, Slot *ret) { (void)ret; monitor_pulse(t, A(0).o, A(1).i4 != 0); }
static void monitor_is_entered_icall(Thread *t, Slot *args, Slot *ret) { ret->i4 = monitor_is_entered(t, A(0).o); }

const IcallEntry icall_threading_entries[] = {
    {"System.Threading.Thread::InternalStart(System.Boolean)", thread_start},
    {"System.Threading.Thread::InternalJoin(System.Int32)", thread_join},
    {"System.Threading.Thread::InternalIsAlive()", thread_is_alive},
    {"System.Threading.Thread::InternalSetBackground(System.Boolean)", thread_set_background},
    {"System.Threading.Thread::InternalCurrentThread()", thread_current_icall},
    {"System.Threading.Thread::InternalSleep(System.Int32)", thread_sleep},
    {"System.Threading.Thread::InternalYield()", thread_yield},
    {"System.Threading.Monitor::InternalEnter(System.Object)", monitor_enter_icall},
    {"System.Threading.Monitor::InternalTryEnter(System.Object,System.Int32)", monitor_try_enter_icall},
    {"System.Threading.Monitor::InternalExit(System.Object)", monitor_exit_icall},
    {"System.Threading.Monitor::InternalWait(System.Object,System.Int32)", monitor_wait_icall},
    {"System.Threading.Monitor::InternalPulse(System.Object,System.Boolean)", monitor_pulse_icall},
    {"System.Threading.Monitor::InternalIsEntered(System.Object)", monitor_is_entered_icall},
    {NULL, NULL},
};
