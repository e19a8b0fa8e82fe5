/* gc_mark.c — marking: the mark stack, precise and conservative marking,
 * tracing objects by their GcTypeInfo, and the root set. Marking never
 * recurses on the C stack: a marked object with references is pushed, and
 * gc_mark_drain pops and scans until the stack is empty. */
#include <stdlib.h>
#include <string.h>

#include "gc_internal.h"

#define MARK_STACK_INITIAL 4096

/* The object was just marked; remember it for scanning. When the stack
 * cannot grow, the object stays marked but unscanned and mark_overflow makes
 * the drain loop rescan the heap for such objects. */
static void push(void *obj) {
    GcState *g = &gc_state;
    if (g->mark_len == g->mark_cap) {
        size_t cap = g->mark_cap ? g->mark_cap * 2 : MARK_STACK_INITIAL;
        if (g->mark_limit && cap > g->mark_limit) cap = g->mark_limit;
        void **s = cap > g->mark_cap ? realloc(g->mark_stack, cap * sizeof *s) : NULL;
        if (!s) {
            g->mark_overflow = true;
            return;
        }
        g->mark_stack = s;
        g->mark_cap = cap;
    }
    g->mark_stack[g->mark_len++] = obj;
}

/* Sets the mark of an object start; pushes it if it was unmarked and may
 * hold references. Pointers outside the heap are ignored. */
static inline void mark(void *obj) {
    GcPage *pg = gc_page_of(obj);
    if (pg) {
        /* Tolerate an interior pointer: mark and scan the containing cell. */
        uintptr_t off = (uintptr_t)obj - (uintptr_t)GC_PAGE_CELLS(pg);
        if (off >= pg->cells_bytes) return;
        uint32_t idx = gc_cell_index(pg, off);
        uint64_t bit = (uint64_t)1 << (idx & 63);
        uint64_t *w = &pg->mark[idx >> 6];
        if (*w & bit) return;
        *w |= bit;
        obj = GC_PAGE_CELLS(pg) + (size_t)idx * pg->cell_size;
    } else {
        GcLarge *L = gc_large_lookup(obj);
        if (!L || L->marked) return;
        L->marked = 1;
    }
    /* Reading the type here would stall on a cache miss per object; the
     * drain loop looks at it later. */
    push(obj);
}

void gc_mark_object(void *obj) {
    if (obj) mark(obj);
}

static void scan(void *obj) {
    const GcTypeInfo *t = ((GcHeader *)obj)->type;
    char *base = obj;
    if (!t) return;
    switch (t->kind) {
    case GC_KIND_OBJECT:
        for (uint32_t i = 0; i < t->ref_count; i++) {
            void *ref = *(void **)(base + t->ref_offsets[i]);
            if (ref) mark(ref);
        }
        break;
    case GC_KIND_REF_ARRAY: {
        int32_t n = ((GcArrayHeader *)obj)->length;
        void **elems = (void **)(base + t->data_offset);
        for (int32_t i = 0; i < n; i++)
            if (elems[i]) mark(elems[i]);
        break;
    }
    case GC_KIND_VALUE_ARRAY: {
        int32_t n = ((GcArrayHeader *)obj)->length;
        char *elem = base + t->data_offset;
        for (int32_t i = 0; i < n; i++, elem += t->elem_size) {
            for (uint32_t k = 0; k < t->ref_count; k++) {
                void *ref = *(void **)(elem + t->ref_offsets[k]);
                if (ref) mark(ref);
            }
        }
        break;
    }
    default:
        break;
    }
}

static void rescan_one(void *obj) {
    scan(obj);
}

void gc_mark_drain(void) {
    GcState *g = &gc_state;
    for (;;) {
        while (g->mark_len) scan(g->mark_stack[--g->mark_len]);
        if (!g->mark_overflow) return;
        /* Some marked objects were never scanned. Scanning every marked
         * object again is idempotent for those already done, and each round
         * marks at least one new object, so this terminates. */
        g->mark_overflow = false;
        gc_heap_for_each_marked(rescan_one);
    }
}

/* ---- primitives for the root enumerator ---- */

void gc_mark_ref(void *obj) {
    if (obj && gc_state.in_gc) mark(obj);
}

void gc_mark_range_conservative(const void *start, const void *end) {
    if (!gc_state.in_gc) return;
    uintptr_t a = ((uintptr_t)start + sizeof(void *) - 1) & ~(uintptr_t)(sizeof(void *) - 1);
    for (; a + sizeof(void *) <= (uintptr_t)end; a += sizeof(void *)) {
        void *word;
        memcpy(&word, (const void *)a, sizeof word);
        if ((uintptr_t)word < GC_PAGE_SIZE) continue;   /* small integers, NULL */
        void *obj = gc_heap_find(word);
        if (obj) mark(obj);
    }
}

void gc_mark_value_refs(const void *data, const GcTypeInfo *layout) {
    if (!gc_state.in_gc || !data || !layout) return;
    for (uint32_t i = 0; i < layout->ref_count; i++) {
        void *ref;
        memcpy(&ref, (const char *)data + layout->ref_offsets[i], sizeof ref);
        if (ref) mark(ref);
    }
}

void gc_debug_set_mark_stack_limit(size_t entries) {
    gc_state.mark_limit = entries;
}

/* ---- the root set ---- */

void gc_set_root_enumerator(GcRootEnumerator fn, void *ctx) {
    gc_state.enumerator = fn;
    gc_state.enumerator_ctx = ctx;
}

void gc_root_push(void **slot) {
    GcState *g = &gc_state;
    if (g->nroots == g->roots_cap) {
        size_t cap = g->roots_cap ? g->roots_cap * 2 : 256;
        void ***r = realloc(g->roots, cap * sizeof *r);
        if (!r) {
            /* Losing a root would be silent corruption later; say it now. */
            fprintf(stderr, "gc: out of memory growing the C root stack\n");
            return;
        }
        g->roots = r;
        g->roots_cap = cap;
    }
    g->roots[g->nroots++] = slot;
}

void gc_root_pop(unsigned count) {
    GcState *g = &gc_state;
    g->nroots = count > g->nroots ? 0 : g->nroots - count;
}

void gc_mark_roots(void) {
    GcState *g = &gc_state;
    if (g->enumerator) g->enumerator(g->enumerator_ctx);
    for (size_t i = 0; i < g->nroots; i++) {
        void *obj = *g->roots[i];
        if (obj) mark(obj);
    }
    gc_handles_mark_strong();
    gc_fin_mark_ready();
}

void gc_mark_shutdown(void) {
    free(gc_state.mark_stack);
    gc_state.mark_stack = NULL;
    gc_state.mark_len = gc_state.mark_cap = 0;
}

void gc_roots_shutdown(void) {
    free(gc_state.roots);
    gc_state.roots = NULL;
    gc_state.nroots = gc_state.roots_cap = 0;
}
