/* threads.h — green threads on one OS/JS thread (docs/threading.md): the
 * scheduler, monitors (lock / Monitor.Wait / Pulse), sleeping and joining.
 *
 * A blocking internal call never blocks the C stack: it marks the thread
 * (sched_block / sched_sleep) and returns; the interpreter then leaves the
 * thread's loop, and the scheduler runs another thread. BLOCK_RETRY runs the
 * same internal call again when the thread resumes (Monitor.Enter retries
 * taking the lock); BLOCK_AFTER continues after it (Thread.Sleep). */
#ifndef CILANTRO_THREADS_H
#define CILANTRO_THREADS_H

#include "core/core.h"

enum ThreadState {
    THREAD_NEW, THREAD_RUNNABLE,
    THREAD_SLEEPING,          /* until wake_at (a timed wait or Thread.Sleep) */
    THREAD_WAITING,           /* until another thread wakes it */
    THREAD_WAITING_HOST,      /* until the host (JS) completes something: not a deadlock */
    THREAD_DONE };

/* The scheduler's state of a thread (Thread.sched), allocated with it. */
typedef struct ThreadSched {
    int state;                     /* ThreadState */
    bool background;
    double wake_at;                /* ms on the scheduler clock, for THREAD_SLEEPING */
    int wait_phase;                /* Monitor.Wait: 1 waiting for a pulse, 2 pulsed or timed out; 5: waiting for finalizers */
    int32_t wait_count;            /* Monitor.Wait: recursion count to restore */
    bool wait_timed_out;
    Thread *next_waiter;           /* in a monitor's or a thread's wait list */
    Thread *joiners;               /* threads waiting in Join for this one */
} ThreadSched;

double sched_now_ms(void);
void sched_add(Thread *t);
void sched_block(Thread *t, int state, int mode);
void sched_sleep(Thread *t, double delay_ms, int mode);
void sched_wake(Thread *t);
void sched_thread_finished(Thread *t);
void sched_forget(Thread *t);      /* the thread is being freed */

enum { SCHED_DONE = 0, SCHED_YIELD = 1, SCHED_WAITING = 2, SCHED_DEADLOCK = 3 };
/* Runs runnable threads for about budget_us (0 = until nothing can run). */
int sched_run(uint32_t budget_us);
int sched_next_wakeup_ms(void);
/* The thread whose unhandled exception ended the program, if any. */
Thread *sched_failed_thread(void);
/* Ends the program with t's unhandled exception (a finalizer that threw). */
void sched_fail(Thread *t);
bool sched_foreground_alive(void);
bool sched_background_work(void);   /* a thread is runnable or sleeping until a time */

/* Monitors */
bool monitor_enter(Thread *t, Object *o);          /* false: blocked (retry) */
int monitor_try_enter(Thread *t, Object *o, int32_t timeout_ms); /* 1 taken, 0 not, -1 blocked */
bool monitor_exit(Thread *t, Object *o);           /* false: not the owner (exception set) */
int monitor_wait(Thread *t, Object *o, int32_t timeout_ms);    /* 1 pulsed, 0 timed out, -1 blocked */
bool monitor_pulse(Thread *t, Object *o, bool all);
bool monitor_is_entered(Thread *t, Object *o);
void monitors_mark_roots(void);

#endif
