/* monitor.c — Monitor (C# lock, Wait, Pulse) over green threads. A table
 * keyed by object address (objects never move) holds, for each object that
 * is locked or waited on: the owner, the recursion count, the threads
 * waiting to enter and the threads waiting for a pulse. Records exist only
 * while in use, so the table stays small. */
#include "threads/threads.h"
#include "core/core.h"
#include "util/util.h"

#include <stdlib.h>

typedef struct MonitorRec {
    Object *obj;
    Thread *owner;
    int32_t count;
    Thread *entering;      /* waiting to take the lock */
    Thread *waiting;       /* in Monitor.Wait, waiting for a pulse */
    struct MonitorRec *next;
} MonitorRec;

#define BUCKETS 256
static MonitorRec *table[BUCKETS];

static uint32_t bucket(Object *o) { return (uint32_t)(((uintptr_t)o >> 4) & (BUCKETS - 1)); }

static MonitorRec *find(Object *o, bool create) {
    for (MonitorRec *r = table[bucket(o)]; r; r = r->next)
        if (r->obj == o) return r;
    if (!create) return NULL;
    MonitorRec *r = util_calloc(1, sizeof *r);
    r->obj = o;
    r->next = table[bucket(o)];
    table[bucket(o)] = r;
    return r;
}

static void release_if_unused(MonitorRec *r) {
    if (r->owner || r->entering || r->waiting) return;
    for (MonitorRec **p = &table[bucket(r->obj)]; *p; p = &(*p)->next)
        if (*p == r) { *p = r->next; free(r); return; }
}

static void list_remove(Thread **list, Thread *t) {
    for (Thread **p = list; *p; p = &(*p)->sched->next_waiter)
        if (*p == t) { *p = t->sched->next_waiter; t->sched->next_waiter = NULL; return; }
}

static void list_append(Thread **list, Thread *t) {
    list_remove(list, t);
    t->sched->next_waiter = NULL;
    while (*list) list = &(*list)->sched->next_waiter;
    *list = t;
}

static bool try_take(MonitorRec *r, Thread *t) {
    if (!r->owner) { r->owner = t; r->count = 1; list_remove(&r->entering, t); return true; }
    if (r->owner == t) { r->count++; return true; }
    return false;
}

bool monitor_enter(Thread *t, Object *o) {
    MonitorRec *r = find(o, true);
    if (try_take(r, t)) return true;
    list_append(&r->entering, t);
    sched_block(t, THREAD_WAITING, BLOCK_RETRY);
    return false;
}

int monitor_try_enter(Thread *t, Object *o, int32_t timeout_ms) {
    MonitorRec *r = find(o, true);
    bool retry = t->sched->wait_phase == 4;   /* woken after waiting for this lock with a timeout */
    if (try_take(r, t)) { t->sched->wait_phase = 0; return 1; }
    double now = sched_now_ms();
    if (timeout_ms == 0 || (retry && timeout_ms > 0 && now >= t->sched->wake_at)) {
        t->sched->wait_phase = 0;
        list_remove(&r->entering, t);
        release_if_unused(r);
        return 0;
    }
    list_append(&r->entering, t);
    if (timeout_ms < 0) {
        sched_block(t, THREAD_WAITING, BLOCK_RETRY);
    } else {
        double deadline = retry ? t->sched->wake_at : now + timeout_ms;
        sched_sleep(t, deadline - now, BLOCK_RETRY);
        t->sched->wake_at = deadline;
        t->sched->wait_phase = 4;
    }
    return -1;
}

static void hand_over(MonitorRec *r) {
    if (r->entering) sched_wake(r->entering);
}

bool monitor_exit(Thread *t, Object *o) {
    MonitorRec *r = find(o, false);
    if (!r || r->owner != t) {
        interp_set_pending(t, "System.Threading.SynchronizationLockException",
                           "Object synchronization method was called from an unsynchronized block of code.");
        return false;
    }
    if (--r->count == 0) {
        r->owner = NULL;
        hand_over(r);
        release_if_unused(r);
    }
    return true;
}

int monitor_wait(Thread *t, Object *o, int32_t timeout_ms) {
    MonitorRec *r = find(o, false);
    if (t->sched->wait_phase == 2) {
        /* pulsed or timed out: take the lock back with the saved count */
        if (!r) r = find(o, true);
        if (!r->owner || r->owner == t) {
            list_remove(&r->waiting, t);
            list_remove(&r->entering, t);
            r->owner = t;
            r->count = t->sched->wait_count;
            t->sched->wait_phase = 0;
            bool timed_out = t->sched->wait_timed_out;
            t->sched->wait_timed_out = false;
            return timed_out ? 0 : 1;
        }
        list_remove(&r->waiting, t);
        list_append(&r->entering, t);
        sched_block(t, THREAD_WAITING, BLOCK_RETRY);
        return -1;
    }
    if (!r || r->owner != t) {
        interp_set_pending(t, "System.Threading.SynchronizationLockException",
                           "Object synchronization method was called from an unsynchronized block of code.");
        return 0;
    }
    t->sched->wait_count = r->count;
    t->sched->wait_phase = 1;
    t->sched->wait_timed_out = false;
    r->owner = NULL;
    r->count = 0;
    list_append(&r->waiting, t);
    hand_over(r);
    if (timeout_ms < 0) sched_block(t, THREAD_WAITING, BLOCK_RETRY);
    else sched_sleep(t, timeout_ms, BLOCK_RETRY);
    return -1;
}

bool monitor_pulse(Thread *t, Object *o, bool all) {
    MonitorRec *r = find(o, false);
    if (!r || r->owner != t) {
        interp_set_pending(t, "System.Threading.SynchronizationLockException",
                           "Object synchronization method was called from an unsynchronized block of code.");
        return false;
    }
    while (r->waiting) {
        Thread *w = r->waiting;
        r->waiting = w->sched->next_waiter;
        w->sched->next_waiter = NULL;
        if (w->sched->wait_phase == 1) {
            w->sched->wait_phase = 2;
            list_append(&r->entering, w);
            sched_wake(w);
        }
        if (!all) break;
    }
    return true;
}

bool monitor_is_entered(Thread *t, Object *o) {
    MonitorRec *r = find(o, false);
    return r && r->owner == t;
}

void monitors_mark_roots(void) {
    for (int i = 0; i < BUCKETS; i++)
        for (MonitorRec *r = table[i]; r; r = r->next) gc_mark_ref(r->obj);
}
