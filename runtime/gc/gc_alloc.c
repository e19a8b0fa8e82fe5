/* gc_alloc.c — the allocation entry points and the policy of when to
 * collect: before taking a new page once enough has been allocated since
 * the last collection, when the heap limit is hit, and in stress mode. */
#include <string.h>

#include "gc_internal.h"

/* Kept out of line so the fast path below needs no stack frame. */
__attribute__((noinline)) static void *alloc_slow(const GcTypeInfo *type, size_t size);

/* Fast path: bump through the class's current run, which the slow path
 * zeroed and marked allocated in one go. */
void *gc_alloc(const GcTypeInfo *type, size_t size) {
    GcState *g = &gc_state;
    if (size <= GC_SMALL_MAX && type) {
        GcSizeClass *sc = &g->classes[g->class_of[(size + 7) >> 3]];
        char *p = sc->run.cur;
        if ((size_t)(sc->run.limit - p) >= sc->run.cell_size) {
            sc->run.cur = p + sc->run.cell_size;
            ((GcHeader *)p)->type = type;
            if (!type->has_finalizer) return p;
            return gc_fin_register(p) ? p : NULL;
        }
    }
    return alloc_slow(type, size);
}

GcRun *gc_run_for_size(size_t size) {
    if (size > GC_SMALL_MAX) return NULL;
    if (size < sizeof(GcHeader)) size = sizeof(GcHeader);
    return &gc_state.classes[gc_state.class_of[(size + 7) >> 3]].run;
}

void *gc_alloc_array(const GcTypeInfo *type, int32_t length) {
    if (!type || length < 0) return NULL;
    uint64_t size = (uint64_t)type->data_offset + (uint64_t)(uint32_t)length * type->elem_size;
    if (size < sizeof(GcArrayHeader)) size = sizeof(GcArrayHeader);
    if (size > (uint64_t)SIZE_MAX) return NULL;
    GcArrayHeader *a = gc_alloc(type, (size_t)size);
    if (a) a->length = length;
    return a;
}

__attribute__((noinline)) static void *alloc_slow(const GcTypeInfo *type, size_t size) {
    GcState *g = &gc_state;
    /* A NULL type would make the cell look free; allocating from the root
     * enumerator would corrupt the collection in progress. */
    if (!g->initialized || g->in_gc || !type || size > g->heap_limit) return NULL;
    if (size < sizeof(GcHeader)) size = sizeof(GcHeader);
    bool collected = false;
    if (g->stress_every && ++g->alloc_count % g->stress_every == 0) {
        gc_collect();
        collected = true;
    }
    char *obj;
    if (size <= GC_SMALL_MAX) {
        uint32_t cls = g->class_of[(size + 7) >> 3];
        GcSizeClass *sc = &g->classes[cls];
        while ((size_t)(sc->run.limit - sc->run.cur) < sc->run.cell_size) {
            if (gc_heap_refill(cls, false)) continue;
            /* Growing the heap: first see whether a collection is due. */
            if (!collected && g->since_gc >= g->trigger) {
                gc_collect();
                collected = true;
                continue;
            }
            if (gc_heap_refill(cls, true)) continue;
            if (collected) return NULL;
            gc_collect();
            collected = true;
        }
        obj = sc->run.cur;
        sc->run.cur += sc->run.cell_size;
    } else {
        if (!collected && g->since_gc >= g->trigger) {
            gc_collect();
            collected = true;
        }
        obj = gc_heap_alloc_large(size);
        if (!obj && !collected) {
            gc_collect();
            obj = gc_heap_alloc_large(size);
        }
        if (!obj) return NULL;
    }
    ((GcHeader *)obj)->type = type;
    if (type->has_finalizer && !gc_fin_register(obj)) return NULL;
    return obj;
}
