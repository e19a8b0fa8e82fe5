/* sched.c — the green-thread scheduler: round-robin over runnable threads,
 * each for a slice of interpreter ops; sleeping threads wake on the clock;
 * when nothing can run the host is told to wait (timers, JS) or, if every
 * foreground thread waits for another, that the program deadlocked. */
#include "threads/threads.h"
#include "core/core.h"

#include <time.h>

static Thread *cursor;
static Thread *failed;

double sched_now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

void sched_add(Thread *t) { t->sched->state = THREAD_RUNNABLE; }

void sched_forget(Thread *t) {
    if (cursor == t) cursor = NULL;
}

void sched_block(Thread *t, int state, int mode) {
    t->sched->state = state;
    t->block = (uint8_t)mode;
}

void sched_sleep(Thread *t, double delay_ms, int mode) {
    t->sched->wake_at = sched_now_ms() + (delay_ms > 0 ? delay_ms : 0);
    t->sched->state = THREAD_SLEEPING;
    t->block = (uint8_t)mode;
}

void sched_wake(Thread *t) {
    if (t->sched->state == THREAD_WAITING || t->sched->state == THREAD_SLEEPING || t->sched->state == THREAD_WAITING_HOST)
        t->sched->state = THREAD_RUNNABLE;
}

void sched_thread_finished(Thread *t) {
    t->sched->state = THREAD_DONE;
    for (Thread *j = t->sched->joiners; j; j = j->sched->next_waiter) sched_wake(j);
    t->sched->joiners = NULL;
}

Thread *sched_failed_thread(void) { return failed; }

void sched_fail(Thread *t) { if (!failed) failed = t; }

bool sched_foreground_alive(void) {
    for (Thread *t = thread_list(); t; t = t->next)
        if (t->sched->state != THREAD_DONE && t->sched->state != THREAD_NEW && !t->sched->background) return true;
    return false;
}

bool sched_background_work(void) {
    for (Thread *t = thread_list(); t; t = t->next)
        if (t->sched->state == THREAD_RUNNABLE || t->sched->state == THREAD_SLEEPING) return true;
    return false;
}

static void wake_sleepers(double now) {
    for (Thread *t = thread_list(); t; t = t->next)
        if (t->sched->state == THREAD_SLEEPING && t->sched->wake_at <= now) {
            if (t->sched->wait_phase == 1) { t->sched->wait_phase = 2; t->sched->wait_timed_out = true; }
            t->sched->state = THREAD_RUNNABLE;
        }
}

static Thread *next_runnable(void) {
    Thread *start = cursor && cursor->next ? cursor->next : thread_list();
    Thread *t = start;
    if (!t) return NULL;
    do {
        if (t->sched->state == THREAD_RUNNABLE) { cursor = t; return t; }
        t = t->next ? t->next : thread_list();
    } while (t != start);
    return NULL;
}

int sched_next_wakeup_ms(void) {
    double best = -1, now = sched_now_ms();
    for (Thread *t = thread_list(); t; t = t->next)
        if (t->sched->state == THREAD_SLEEPING && (best < 0 || t->sched->wake_at < best)) best = t->sched->wake_at;
    if (best < 0) return -1;
    double d = best - now;
    return d <= 0 ? 0 : (int)(d + 0.999);
}

int sched_run(uint32_t budget_us) {
    double start = sched_now_ms();
    for (;;) {
        if (failed || vm_exit_requested) return SCHED_DONE;
        if (gc_pending_finalizers()) interp_schedule_finalizers();
        wake_sleepers(sched_now_ms());
        Thread *t = next_runnable();
        if (!t) {
            bool sleeping = false, host = false, waiting = false;
            for (Thread *x = thread_list(); x; x = x->next) {
                if (x->sched->state == THREAD_SLEEPING) sleeping = true;
                else if (x->sched->state == THREAD_WAITING_HOST) host = true;
                else if (x->sched->state == THREAD_WAITING && !x->sched->background) waiting = true;
            }
            if (sleeping || host) return SCHED_WAITING;
            if (waiting) return SCHED_DEADLOCK;
            return SCHED_DONE;
        }
        thread_set_current(t);
        int r = interp_run(t, 4000);
        if (r == RUN_FINISHED && !vm_exit_requested) {
            if (t->on_done) {
                sched_thread_finished(t);
                void (*done)(Thread *) = t->on_done;
                t->on_done = NULL;
                done(t);
                continue;
            }
            if (t->unhandled) { failed = t; return SCHED_DONE; }
            if (t->frame_count <= t->base_frame) sched_thread_finished(t);
        }
        if (!sched_foreground_alive() && !failed) return SCHED_DONE;
        if (budget_us && (sched_now_ms() - start) * 1000.0 >= budget_us) return SCHED_YIELD;
    }
}
