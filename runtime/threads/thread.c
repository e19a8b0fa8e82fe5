/* thread.c — managed threads: their stacks, frames and scheduler state,
 * the list of all threads, synchronous calls from host code, and the GC
 * roots of all threads. */
#include "threads/threads.h"
#include "util/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifndef __EMSCRIPTEN__
#include <sys/mman.h>
#endif

static Thread *threads;
static Thread *current;
static int next_thread_id = 1;

/* A thread and its scheduler state, allocated together. */
typedef struct ThreadAlloc { Thread thread; ThreadSched sched; } ThreadAlloc;

Thread *thread_create(uint32_t stack_slots) {
    ThreadAlloc *a = util_calloc(1, sizeof *a);
    Thread *t = &a->thread;
    t->sched = &a->sched;
    /* Zeroed, so the collector's conservative scan never reads uninitialized
     * words. Natively the stack is its own anonymous mapping: fresh zero
     * pages, touched only as deep as the thread goes (calloc cleared it with
     * memset once glibc's dynamic mmap threshold had risen past its size:
     * 0.2 M instructions per 512 KB stack, and hello world's console flushes
     * each make one). In wasm, new linear memory is zero already and a
     * memset would touch megabytes at start-up (start-up matters in the
     * browser). */
    size_t bytes = (size_t)(stack_slots + THREAD_STACK_SLACK) * sizeof(Slot);
#ifdef __EMSCRIPTEN__
    t->stack = malloc(bytes);
#else
    t->stack = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (t->stack == MAP_FAILED) t->stack = NULL;
#endif
    if (!t->stack) { free(a); return NULL; }
    t->stack_end = t->stack + stack_slots;
    t->id = next_thread_id++;
    t->sched->state = THREAD_NEW;
    /* appended, so the scheduler's round robin runs threads in start order */
    Thread **tail = &threads;
    while (*tail) tail = &(*tail)->next;
    *tail = t;
    return t;
}

void thread_free(Thread *t) {
    sched_forget(t);
    for (Thread **p = &threads; *p; p = &(*p)->next)
        if (*p == t) { *p = t->next; break; }
    if (current == t) current = NULL;
#ifdef __EMSCRIPTEN__
    free(t->stack);
#else
    munmap(t->stack, (size_t)(t->stack_end - t->stack + THREAD_STACK_SLACK) * sizeof(Slot));
#endif
    free(t->frames);
    free(t->eh);
    free(t->trace_methods);
    for (ThreadStaticBlock *b = t->thread_statics, *n; b; b = n) { n = b->next; free(b); }
    free(t->trace_il);
    free(t->trace_frame);
    free((ThreadAlloc *)t);   /* t is the first member of its ThreadAlloc */
}

/* Makes a finished thread reusable (hosts keep a pool of them): everything
 * goes back to its initial state except the allocated stacks and arrays. */
void thread_reset(Thread *t) {
    Thread saved = *t;
    for (ThreadStaticBlock *b = t->thread_statics, *n; b; b = n) { n = b->next; free(b); }
    memset(t, 0, sizeof *t);
    memset(saved.sched, 0, sizeof *saved.sched);
    t->sched = saved.sched;
    t->id = saved.id;
    t->next = saved.next;
    t->stack = saved.stack;
    t->stack_end = saved.stack_end;
    t->frames = saved.frames;
    t->frame_capacity = saved.frame_capacity;
    t->eh = saved.eh;
    t->eh_capacity = saved.eh_capacity;
    t->trace_methods = saved.trace_methods;
    t->trace_il = saved.trace_il;
    t->trace_frame = saved.trace_frame;
    t->trace_capacity = saved.trace_capacity;
    t->sched->state = THREAD_DONE;
}

Thread *thread_current(void) { return current; }
void thread_set_current(Thread *t) { current = t; }
Thread *thread_list(void) { return threads; }

bool thread_push_call(Thread *t, Method *m, const Slot *args, uint32_t arg_slots) {
    /* translating may allocate (and collect): keep the arguments rooted until they are in the frame */
    Slot held[16];
    if (arg_slots > 16) { interp_set_pending(t, "System.NotSupportedException", "too many arguments for a host call"); return false; }
    memcpy(held, args, arg_slots * sizeof(Slot));
    for (uint32_t i = 0; i < arg_slots; i++) gc_root_push(&held[i].p);
    Code *code = interp_ensure_code(t, m);
    gc_root_pop(arg_slots);
    args = held;
    if (!code) return false;
    Slot *base = t->frame_count ? t->frames[t->frame_count - 1].fp + t->frames[t->frame_count - 1].code->frame_slots : t->stack;
    if (base + arg_slots > t->stack_end) {
        interp_set_pending(t, "System.StackOverflowException", NULL);
        return false;
    }
    memcpy(base, args, arg_slots * sizeof(Slot));
    if (!interp_push_frame(t, m, code, base)) return false;
    t->sched->state = THREAD_RUNNABLE;
    return true;
}

bool interp_call_sync(Method *m, Slot *args, uint32_t arg_slots, Slot *ret, Object **exception) {
    Thread *t = thread_create(64 * 1024);
    if (!t) return false;
    Thread *saved = current;
    current = t;
    *exception = NULL;
    bool ok = false;
    if (m->flags & MF_INTERNALCALL) {
        IcallFn fn = interp_icall_of(m);
        if (fn) fn(t, args, ret);
        else interp_set_pending_missing_icall(t, m);
        ok = !t->pending_exception;
    } else if (thread_push_call(t, m, args, arg_slots)) {
        /* nothing else runs meanwhile: a call that blocks (a lock held by a
           parked thread, a sleep) cannot finish here, so it is abandoned */
        int r;
        while ((r = interp_run(t, 1000000)) != RUN_FINISHED) {
            if (r == RUN_BLOCKED && t->sched->state != THREAD_RUNNABLE) {
                interp_set_pending(t, "System.InvalidOperationException", "a host call blocked");
                t->unhandled = true;
                break;
            }
        }
        ok = !t->unhandled;
        if (ok) memcpy(ret, t->result, (m->ret_slots ? m->ret_slots : 1) * sizeof(Slot));
    }
    if (!ok) *exception = t->pending_exception;
    current = saved;
    thread_free(t);
    return ok;
}

/* ---- GC roots ---- */
static void mark_thread(Thread *t) {
    if (t->frame_count) {
        Frame *top = &t->frames[t->frame_count - 1];
        gc_mark_range_conservative(t->stack, top->fp + top->code->frame_slots);
    }
    gc_mark_ref(t->pending_exception);
    gc_mark_ref(t->managed_thread);
    for (uint32_t i = 0; i < t->eh_count; i++) gc_mark_ref(t->eh[i].exception);
    gc_mark_range_conservative(t->result, t->result + 4);
    gc_mark_range_conservative(t->icall_ret, t->icall_ret + 8);
    for (ThreadStaticBlock *b = t->thread_statics; b; b = b->next)
        for (uint32_t i = 0; i < b->type->tstatic_ref_count; i++)
            gc_mark_ref(*(void **)(b->data + b->type->tstatic_ref_offsets[i]));
}

void interp_mark_roots(void) {
    for (Thread *t = threads; t; t = t->next) mark_thread(t);
}
