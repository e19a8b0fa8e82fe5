/* gc_collect.c — one collection from start to end, the collector's life
 * cycle, statistics, and the heap verifier.
 *
 * A collection, in order (docs/gc.md explains why this order):
 *   1. retire the allocator's bump runs (their unused cells become garbage);
 *   2. mark from the roots: enumerator, C root scope, strong handles, the
 *      finalization ready queue; drain the mark stack;
 *   2b. ephemerons: mark the secondaries of dependent handles whose primary
 *      is marked, until a fixpoint (again after step 4);
 *   3. clear WEAK handles whose target is unmarked;
 *   4. queue unmarked finalizable objects and mark from them (resurrection);
 *   5. clear WEAK_TRACK_RESURRECTION handles whose target is still unmarked,
 *      and dependent handles whose primary is;
 *   6. sweep: unmarked cells become free, empty pages go to the pool, dead
 *      large objects are freed; marks are cleared;
 *   7. give surplus fully free arenas back to the system.
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gc_internal.h"

#define DEFAULT_HEAP_LIMIT ((size_t)1 << 30)

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

void gc_init(const GcConfig *config) {
    if (gc_state.initialized) gc_shutdown();
    memset(&gc_state, 0, sizeof gc_state);
    GcState *g = &gc_state;
    g->heap_limit = config && config->heap_limit ? config->heap_limit : DEFAULT_HEAP_LIMIT;
    g->stress_every = config ? config->stress_every : 0;
    g->verify = config ? config->verify : false;
    gc_heap_init();
    g->initialized = true;
}

void gc_shutdown(void) {
    if (!gc_state.initialized) return;
    gc_heap_shutdown();
    gc_mark_shutdown();
    gc_roots_shutdown();
    gc_fin_shutdown();
    gc_handles_shutdown();
    memset(&gc_state, 0, sizeof gc_state);
}

void gc_collect(void) {
    GcState *g = &gc_state;
    if (!g->initialized || g->in_gc) return;
    double t0 = now_ms();
    g->in_gc = true;

    gc_heap_retire_runs();
    g->allocated_before += g->since_gc;
    g->since_gc = 0;

    gc_mark_roots();
    gc_mark_drain();
    gc_handles_propagate_dependent();
    gc_handles_clear(GC_HANDLE_WEAK);
    gc_fin_scan();
    gc_handles_propagate_dependent();
    gc_handles_clear(GC_HANDLE_WEAK_TRACK_RESURRECTION);
    gc_handles_clear_dependent();
    gc_heap_sweep();
    /* Keep about one trigger's worth of free pages: the allocation until
     * the next collection is then served without going to the system. */
    size_t keep = g->trigger / GC_PAGE_SIZE;
    gc_heap_trim(keep > 2 * GC_ARENA_PAGES ? keep : 2 * GC_ARENA_PAGES);

    g->in_gc = false;
    g->collections++;
    double pause = now_ms() - t0;
    g->total_pause_ms += pause;
    if (pause > g->max_pause_ms) g->max_pause_ms = pause;
    if (g->verify) gc_verify_heap();
}

/* ---- statistics ---- */

void gc_get_stats(GcStats *out) {
    GcState *g = &gc_state;
    size_t fresh = g->since_gc - gc_heap_open_run_bytes();
    out->collections = g->collections;
    out->total_pause_ms = g->total_pause_ms;
    out->max_pause_ms = g->max_pause_ms;
    out->bytes_allocated = g->allocated_before + fresh;
    out->heap_in_use = g->live_bytes + fresh;
    out->heap_committed = g->committed;
    out->peak_heap_committed = g->peak_committed;
}

size_t gc_total_memory(void) {
    GcState *g = &gc_state;
    return g->live_bytes + g->since_gc - gc_heap_open_run_bytes();
}

void gc_print_stats(FILE *out) {
    GcStats s;
    gc_get_stats(&s);
    fprintf(out, "GC: %llu collections, total pause %.1f ms, longest %.1f ms, allocated %.1f MB, peak heap %.1f MB\n",
            (unsigned long long)s.collections, s.total_pause_ms, s.max_pause_ms,
            (double)s.bytes_allocated / 1048576.0, (double)s.peak_heap_committed / 1048576.0);
}

/* ---- verifier ---- */

static bool in_arena(const void *p) {
    GcState *g = &gc_state;
    for (size_t i = 0; i < g->narenas; i++) {
        const char *b = g->arenas[i]->base;
        if ((const char *)p >= b && (const char *)p < b + (size_t)g->arenas[i]->npages * GC_PAGE_SIZE) return true;
    }
    return false;
}

static void report(const char *what, const void *owner, const void *ref) {
    gc_state.verify_failures++;
    if (gc_state.verify_failures <= 20) fprintf(stderr, "gc verify: %s (object %p, ref %p)\n", what, owner, ref);
}

/* A reference is broken if it points into memory the collector manages but
 * not at the start of a live object. Pointers elsewhere (objects the runtime
 * keeps outside the heap) are not the collector's business. */
static void check_ref(const void *owner, const void *ref) {
    if (!ref) return;
    void *found = gc_heap_find(ref);
    if (found == ref) return;
    if (found) report("reference into the middle of an object", owner, ref);
    else if (in_arena(ref)) report("reference to a free cell", owner, ref);
}

static void verify_object(void *obj) {
    const GcTypeInfo *t = ((GcHeader *)obj)->type;
    char *base = obj;
    if (gc_heap_is_marked(obj) && gc_page_of(obj)) report("mark bit left set", obj, NULL);
    switch (t->kind) {
    case GC_KIND_OBJECT:
        for (uint32_t i = 0; i < t->ref_count; i++) check_ref(obj, *(void **)(base + t->ref_offsets[i]));
        break;
    case GC_KIND_REF_ARRAY: {
        int32_t n = ((GcArrayHeader *)obj)->length;
        if (n < 0 || (size_t)t->data_offset + (size_t)n * sizeof(void *) > gc_object_size(obj)) {
            report("array length exceeds its cell", obj, NULL);
            break;
        }
        void **e = (void **)(base + t->data_offset);
        for (int32_t i = 0; i < n; i++) check_ref(obj, e[i]);
        break;
    }
    case GC_KIND_VALUE_ARRAY: {
        int32_t n = ((GcArrayHeader *)obj)->length;
        if (n < 0 || (size_t)t->data_offset + (size_t)n * t->elem_size > gc_object_size(obj)) {
            report("array length exceeds its cell", obj, NULL);
            break;
        }
        for (int32_t i = 0; i < n; i++)
            for (uint32_t k = 0; k < t->ref_count; k++)
                check_ref(obj, *(void **)(base + t->data_offset + (size_t)i * t->elem_size + t->ref_offsets[k]));
        break;
    }
    default:
        break;
    }
}

size_t gc_verify_heap(void) {
    GcState *g = &gc_state;
    if (!g->initialized) return 0;
    size_t before = g->verify_failures;
    gc_heap_for_each_object(verify_object);
    for (size_t i = 0; i < g->fin_nreg; i++) check_ref(NULL, g->fin_registered[i]);
    for (size_t i = g->fin_head; i < g->fin_len; i++) check_ref(NULL, g->fin_ready[i]);
    for (uint32_t i = 0; i < g->nhandles; i++)
        if (g->handles[i].kind != GC_HANDLE_FREE_KIND) check_ref(NULL, g->handles[i].target);
    for (uint32_t c = 0; c < GC_NUM_CLASSES; c++) {
        for (GcPage *pg = g->classes[c].pages; pg; pg = pg->next) {
            if (!gc_page_of(pg) || pg->cls != c) report("page table disagrees with class list", pg, NULL);
        }
    }
    for (GcPage *pg = g->free_pages; pg; pg = pg->next)
        if (gc_page_of(pg) || pg->cls != GC_PAGE_FREE) report("free page still registered", pg, NULL);
    return g->verify_failures - before;
}
