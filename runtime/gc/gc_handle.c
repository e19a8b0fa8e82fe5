/* gc_handle.c — the handle table behind GCHandle, WeakReference and
 * JS-held objects. A handle is an index + 1 into a table of entries; free
 * entries are chained through next_free. Strong handles (NORMAL, PINNED)
 * are roots; weak ones are cleared by the collector (WEAK before
 * finalization resurrects anything, WEAK_TRACK_RESURRECTION after). */
#include <stdlib.h>

#include "gc_internal.h"

static GcHandleEntry *entry(uint32_t handle) {
    GcState *g = &gc_state;
    if (handle == 0 || handle > g->nhandles) return NULL;
    GcHandleEntry *e = &g->handles[handle - 1];
    return e->kind == GC_HANDLE_FREE_KIND ? NULL : e;
}

uint32_t gc_handle_alloc(void *obj, GcHandleKind kind) {
    GcState *g = &gc_state;
    if ((unsigned)kind > GC_HANDLE_DEPENDENT) return 0;
    uint32_t idx;
    if (g->handle_free) {
        idx = g->handle_free - 1;
        g->handle_free = g->handles[idx].next_free;
    } else {
        if (g->nhandles == g->handles_cap) {
            uint32_t cap = g->handles_cap ? g->handles_cap * 2 : 64;
            GcHandleEntry *h = realloc(g->handles, (size_t)cap * sizeof *h);
            if (!h) return 0;
            g->handles = h;
            g->handles_cap = cap;
        }
        idx = g->nhandles++;
    }
    g->handles[idx].target = obj;
    g->handles[idx].secondary = NULL;
    g->handles[idx].kind = (uint32_t)kind;
    g->handles[idx].next_free = 0;
    return idx + 1;
}

void *gc_handle_get(uint32_t handle) {
    GcHandleEntry *e = entry(handle);
    return e ? e->target : NULL;
}

void gc_handle_set(uint32_t handle, void *obj) {
    GcHandleEntry *e = entry(handle);
    if (e) e->target = obj;
}

void gc_handle_free(uint32_t handle) {
    GcHandleEntry *e = entry(handle);
    if (!e) return;
    e->target = NULL;
    e->secondary = NULL;
    e->kind = GC_HANDLE_FREE_KIND;
    e->next_free = gc_state.handle_free;
    gc_state.handle_free = handle;
}

GcHandleKind gc_handle_kind(uint32_t handle) {
    GcHandleEntry *e = entry(handle);
    return e ? (GcHandleKind)e->kind : GC_HANDLE_WEAK;
}

bool gc_handle_valid(uint32_t handle) {
    return entry(handle) != NULL;
}

void gc_handles_mark_strong(void) {
    GcState *g = &gc_state;
    for (uint32_t i = 0; i < g->nhandles; i++) {
        GcHandleEntry *e = &g->handles[i];
        if ((e->kind == GC_HANDLE_NORMAL || e->kind == GC_HANDLE_PINNED) && e->target)
            gc_mark_object(e->target);
    }
}

void gc_handles_clear(GcHandleKind kind) {
    GcState *g = &gc_state;
    for (uint32_t i = 0; i < g->nhandles; i++) {
        GcHandleEntry *e = &g->handles[i];
        if (e->kind == (uint32_t)kind && e->target && !gc_heap_is_marked(e->target)) e->target = NULL;
    }
}

uint32_t gc_dependent_alloc(void *primary, void *secondary) {
    uint32_t h = gc_handle_alloc(primary, GC_HANDLE_DEPENDENT);
    if (h) gc_state.handles[h - 1].secondary = primary ? secondary : NULL;
    return h;
}

void *gc_dependent_secondary(uint32_t handle) {
    GcHandleEntry *e = entry(handle);
    return e && e->kind == GC_HANDLE_DEPENDENT && e->target ? e->secondary : NULL;
}

void gc_dependent_set(uint32_t handle, void *primary, void *secondary) {
    GcHandleEntry *e = entry(handle);
    if (!e || e->kind != GC_HANDLE_DEPENDENT) return;
    e->target = primary;
    e->secondary = primary ? secondary : NULL;
}

/* Ephemeron fixpoint: mark the secondary of every dependent handle whose
 * primary is marked, drain, and repeat until nothing new gets marked. */
void gc_handles_propagate_dependent(void) {
    GcState *g = &gc_state;
    bool changed = true;
    while (changed) {
        changed = false;
        for (uint32_t i = 0; i < g->nhandles; i++) {
            GcHandleEntry *e = &g->handles[i];
            if (e->kind != GC_HANDLE_DEPENDENT || !e->target || !e->secondary) continue;
            if (gc_heap_is_marked(e->target) && !gc_heap_is_marked(e->secondary)) {
                gc_mark_object(e->secondary);
                changed = true;
            }
        }
        if (changed) gc_mark_drain();
    }
}

void gc_handles_clear_dependent(void) {
    GcState *g = &gc_state;
    for (uint32_t i = 0; i < g->nhandles; i++) {
        GcHandleEntry *e = &g->handles[i];
        if (e->kind == GC_HANDLE_DEPENDENT && e->target && !gc_heap_is_marked(e->target)) {
            e->target = NULL;
            e->secondary = NULL;
        }
    }
}

void gc_handles_shutdown(void) {
    GcState *g = &gc_state;
    free(g->handles);
    g->handles = NULL;
    g->nhandles = g->handles_cap = g->handle_free = 0;
}
