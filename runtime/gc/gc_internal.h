/* gc_internal.h — the collector's private data structures, shared by the
 * files of runtime/gc/ only. See docs/gc.md for the invariants.
 *
 * Heap shape:
 *   arena  = one aligned block from the system holding up to GC_ARENA_PAGES
 *            pages (one malloc per arena keeps wasm's allocator from wasting
 *            an alignment gap per page);
 *   page   = GC_PAGE_SIZE bytes aligned to its size; a GcPage header at its
 *            start (bitmaps inline), then cells of one size class;
 *   large  = objects above GC_SMALL_MAX, each its own calloc'ed block with a
 *            GcLarge header in front, found through a sorted pointer array.
 *
 * A 64 KB frame (address >> GC_PAGE_SHIFT) is "ours" iff its bit is set in
 * the page table; only pages that currently serve a size class have it set.
 */
#ifndef CILANTRO_GC_INTERNAL_H
#define CILANTRO_GC_INTERNAL_H

#include "gc.h"

#define GC_PAGE_SHIFT 16
#define GC_PAGE_SIZE ((size_t)1 << GC_PAGE_SHIFT)
#define GC_PAGE_MASK ((uintptr_t)GC_PAGE_SIZE - 1)
#define GC_MIN_CELL 16
#define GC_BITMAP_WORDS (GC_PAGE_SIZE / GC_MIN_CELL / 64)
#define GC_SMALL_MAX 4096
#define GC_NUM_CLASSES 55
#define GC_ARENA_PAGES 16
#define GC_PAGE_FREE 0xFFFFu

typedef struct GcArena {
    char *base;
    uint32_t npages;
    uint32_t nfree;          /* pages of this arena sitting in the free pool */
} GcArena;

typedef struct GcPage {
    struct GcPage *next;          /* class page list, or the free pool */
    struct GcPage *next_partial;  /* class list of pages with free cells */
    GcArena *arena;
    uint32_t cls;                 /* size class index, GC_PAGE_FREE in the pool */
    uint32_t cell_size;
    uint32_t ncells;
    uint32_t nwords;              /* bitmap words in use: ceil(ncells / 64) */
    uint32_t recip;               /* floor(2^32 / cell_size) + 1: offset -> index by multiply */
    uint32_t cells_bytes;         /* ncells * cell_size */
    uint32_t cursor;              /* allocator: next cell index to search for a free run */
    uint32_t run_cells;           /* allocator: most cells handed out as one run */
    uint32_t live;                /* cells that survived the last sweep */
    /* mark: set during a collection, all clear outside one.
     * alloc: the cell is an object, or is reserved for the allocator's
     * current run (then zeroed, header.type == NULL). Clear = free cell. */
    uint64_t mark[GC_BITMAP_WORDS];
    uint64_t alloc[GC_BITMAP_WORDS];
} GcPage;

#define GC_PAGE_HEADER ((sizeof(GcPage) + 63) & ~(size_t)63)
#define GC_PAGE_CELLS(pg) ((char *)(pg) + GC_PAGE_HEADER)

typedef struct GcSizeClass {
    GcRun run;            /* current run: [cur, limit) zeroed, alloc bits set */
    GcPage *pages;        /* every page serving this class */
    GcPage *partial;      /* pages that may still have free runs */
} GcSizeClass;

/* In front of every large object; 16 bytes on both targets so the object
 * keeps 8-byte (16 natively, as malloc gives) alignment. */
typedef struct GcLarge {
    uint64_t size;        /* object bytes (rounded to 8) */
    uint32_t marked;
    uint32_t pad;
} GcLarge;

typedef struct GcHandleEntry {
    void *target;
    void *secondary;      /* GC_HANDLE_DEPENDENT: kept alive while target is */
    uint32_t kind;        /* GcHandleKind, or GC_HANDLE_FREE_KIND */
    uint32_t next_free;   /* index + 1 of the next free entry, 0 = end */
} GcHandleEntry;
#define GC_HANDLE_FREE_KIND 0xFFu

typedef struct GcState {
    bool initialized, in_gc, verify;
    uint32_t stress_every;
    uint64_t alloc_count;           /* stress mode: allocations seen */
    size_t heap_limit;

    GcSizeClass classes[GC_NUM_CLASSES];
    uint8_t class_of[GC_SMALL_MAX / 8 + 1];   /* (size + 7) / 8 -> class index */

    GcArena **arenas;
    size_t narenas, arenas_cap;
    GcPage *free_pages;
    size_t nfree_pages, active_pages;

    GcLarge **large;                /* sorted by address */
    size_t nlarge, large_cap;

    /* accounting (bytes) */
    size_t committed, peak_committed;
    size_t live_bytes;              /* survivors of the last collection */
    size_t since_gc;                /* handed out since then (whole runs, minus retired tails) */
    size_t trigger;                 /* collect before growing once since_gc reaches this */
    uint64_t allocated_before;      /* total handed out before the last collection */

    uint64_t collections;
    double total_pause_ms, max_pause_ms;

    void **mark_stack;
    size_t mark_len, mark_cap, mark_limit;
    bool mark_overflow;

    GcRootEnumerator enumerator;
    void *enumerator_ctx;
    void ***roots;
    size_t nroots, roots_cap;

    void **fin_registered;
    size_t fin_nreg, fin_reg_cap;
    void **fin_ready;
    size_t fin_head, fin_len, fin_ready_cap;

    GcHandleEntry *handles;
    uint32_t nhandles, handles_cap, handle_free;

    size_t verify_failures;
} GcState;

extern GcState gc_state;

/* ---- page table: is this 64 KB frame a live small-object page? ---- */
#if UINTPTR_MAX > 0xFFFFFFFFu
#define GC_PT_TWO_LEVEL 1
extern uint64_t *gc_pt_top[1u << 16];   /* frame >> 16 -> bitmap of 65536 frames */
#else
extern uint64_t gc_pt_bits[(1u << 16) / 64];
#endif

static inline GcPage *gc_page_of(const void *p) {
    uintptr_t a = (uintptr_t)p;
#ifdef GC_PT_TWO_LEVEL
    uint64_t frame = (uint64_t)a >> GC_PAGE_SHIFT;
    if (frame >> 32) return NULL;
    const uint64_t *bits = gc_pt_top[frame >> 16];
    if (!bits) return NULL;
    uint32_t lo = (uint32_t)(frame & 0xFFFFu);
#else
    const uint64_t *bits = gc_pt_bits;
    uint32_t lo = (uint32_t)(a >> GC_PAGE_SHIFT);
#endif
    if (!((bits[lo >> 6] >> (lo & 63)) & 1u)) return NULL;
    return (GcPage *)(a & ~GC_PAGE_MASK);
}

/* Cell index of an address already known to lie in pg's cell area. */
static inline uint32_t gc_cell_index(const GcPage *pg, uintptr_t offset) {
    return (uint32_t)(((uint64_t)offset * pg->recip) >> 32);
}

/* ---- gc_heap.c ---- */
bool gc_heap_init(void);
void gc_heap_shutdown(void);
bool gc_heap_refill(uint32_t cls, bool allow_new);  /* installs a new run for a class */
void *gc_heap_alloc_large(size_t size);  /* zeroed, registered; NULL if over the limit */
void gc_heap_retire_runs(void);        /* before marking: stop bump runs, fix accounting */
size_t gc_heap_open_run_bytes(void);   /* reserved-but-unused bytes in current runs */
void gc_heap_sweep(void);              /* frees unmarked cells and large objects, clears marks */
void gc_heap_trim(size_t keep_pages);  /* gives fully free arenas back while more than keep_pages are free */
void *gc_heap_find(const void *p);     /* live object containing p, or NULL */
GcLarge *gc_large_lookup(const void *obj);  /* the large object starting exactly at obj */
bool gc_heap_is_marked(const void *obj);
void gc_heap_for_each_marked(void (*fn)(void *obj));
void gc_heap_for_each_object(void (*fn)(void *obj));

/* ---- gc_mark.c ---- */
void gc_mark_object(void *obj);        /* precise: obj is an object start, NULL, or foreign (ignored) */
void gc_mark_drain(void);
void gc_handles_propagate_dependent(void);
void gc_handles_clear_dependent(void);
void gc_mark_roots(void);              /* enumerator, C root scope, strong handles, finalization queue */
void gc_mark_shutdown(void);
void gc_roots_shutdown(void);

/* ---- gc_final.c ---- */
bool gc_fin_register(void *obj);
void gc_fin_mark_ready(void);          /* the ready queue is a root */
void gc_fin_scan(void);                /* queue unreachable registered objects and resurrect them */
void gc_fin_shutdown(void);

/* ---- gc_handle.c ---- */
void gc_handles_mark_strong(void);
void gc_handles_clear(GcHandleKind kind);   /* clears handles of kind whose target is unmarked */
void gc_handles_shutdown(void);

#endif
