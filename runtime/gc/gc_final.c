/* gc_final.c — finalization. Objects whose type has a finalizer are
 * registered at allocation (GC_BIT_FIN_REGISTERED says "in the table", so
 * re-registration never duplicates). At a collection, registered objects
 * that marking did not reach move to the ready queue and are marked again
 * with everything they reference (resurrection). The runtime pops them with
 * gc_next_finalizable and runs their finalizers outside the allocator. */
#include <stdlib.h>

#include "gc_internal.h"

static bool reserve(void ***items, size_t *cap, size_t need) {
    if (need <= *cap) return true;
    size_t n = *cap ? *cap : 64;
    while (n < need) n *= 2;
    void **p = realloc(*items, n * sizeof *p);
    if (!p) return false;
    *items = p;
    *cap = n;
    return true;
}

bool gc_fin_register(void *obj) {
    GcState *g = &gc_state;
    if (!reserve(&g->fin_registered, &g->fin_reg_cap, g->fin_nreg + 1)) return false;
    g->fin_registered[g->fin_nreg++] = obj;
    ((GcHeader *)obj)->bits |= GC_BIT_FIN_REGISTERED;
    return true;
}

void gc_fin_mark_ready(void) {
    GcState *g = &gc_state;
    for (size_t i = g->fin_head; i < g->fin_len; i++) gc_mark_object(g->fin_ready[i]);
}

void gc_fin_scan(void) {
    GcState *g = &gc_state;
    /* Compact the consumed front of the queue before appending. */
    if (g->fin_head) {
        for (size_t i = g->fin_head; i < g->fin_len; i++) g->fin_ready[i - g->fin_head] = g->fin_ready[i];
        g->fin_len -= g->fin_head;
        g->fin_head = 0;
    }
    bool room = reserve(&g->fin_ready, &g->fin_ready_cap, g->fin_len + g->fin_nreg);
    size_t first_new = g->fin_len, keep = 0;
    for (size_t i = 0; i < g->fin_nreg; i++) {
        void *obj = g->fin_registered[i];
        GcHeader *h = obj;
        if (h->bits & GC_BIT_FINALIZED) {         /* suppressed: forget it */
            h->bits &= ~GC_BIT_FIN_REGISTERED;
            continue;
        }
        if (gc_heap_is_marked(obj) || !room) {
            /* Without queue space the object stays registered and is kept
             * alive below, to be queued at a later collection. */
            g->fin_registered[keep++] = obj;
            if (!room) gc_mark_object(obj);
            continue;
        }
        h->bits &= ~GC_BIT_FIN_REGISTERED;
        g->fin_ready[g->fin_len++] = obj;
    }
    g->fin_nreg = keep;
    /* Mark only after all are queued: an unreachable finalizable object
     * reachable from another one is finalized too (order is unspecified). */
    for (size_t i = first_new; i < g->fin_len; i++) gc_mark_object(g->fin_ready[i]);
    gc_mark_drain();
}

void *gc_next_finalizable(void) {
    GcState *g = &gc_state;
    while (g->fin_head < g->fin_len) {
        GcHeader *h = g->fin_ready[g->fin_head++];
        if (h->bits & GC_BIT_FINALIZED) continue;   /* suppressed while queued */
        h->bits |= GC_BIT_FINALIZED;
        return h;
    }
    g->fin_head = g->fin_len = 0;
    return NULL;
}

size_t gc_pending_finalizers(void) {
    return gc_state.fin_len - gc_state.fin_head;
}

void gc_suppress_finalize(void *obj) {
    if (obj) ((GcHeader *)obj)->bits |= GC_BIT_FINALIZED;
}

void gc_reregister_for_finalize(void *obj) {
    if (!obj) return;
    GcHeader *h = obj;
    h->bits &= ~GC_BIT_FINALIZED;
    if (!(h->bits & GC_BIT_FIN_REGISTERED) && h->type && h->type->has_finalizer) gc_fin_register(obj);
}

void gc_fin_shutdown(void) {
    GcState *g = &gc_state;
    free(g->fin_registered);
    free(g->fin_ready);
    g->fin_registered = g->fin_ready = NULL;
    g->fin_nreg = g->fin_reg_cap = g->fin_head = g->fin_len = g->fin_ready_cap = 0;
}
