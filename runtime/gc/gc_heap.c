/* gc_heap.c — where objects live: arenas, size-class pages, large objects,
 * the page table, sweeping, and heap walks. Allocation entry points are in
 * gc_alloc.c. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <stdlib.h>
#include <string.h>

#include "gc_internal.h"

GcState gc_state;

#ifdef GC_PT_TWO_LEVEL
uint64_t *gc_pt_top[1u << 16];
#else
uint64_t gc_pt_bits[(1u << 16) / 64];
#endif

#define POISON_BYTE 0xDD
#define MIN_TRIGGER ((size_t)8 << 20)
#define RUN_MAX_BYTES 4096

/* ---- page table ---- */

/* Makes sure the bitmap covering addr's frame exists (natively the second
 * level is allocated on demand), so setting bits later cannot fail. */
static bool pt_reserve(uintptr_t a) {
#ifdef GC_PT_TWO_LEVEL
    uint64_t frame = (uint64_t)a >> GC_PAGE_SHIFT;
    if (frame >> 32) return false;
    uint64_t **slot = &gc_pt_top[frame >> 16];
    if (!*slot) {
        *slot = calloc((1u << 16) / 64, sizeof(uint64_t));
        if (!*slot) return false;
    }
#else
    (void)a;
#endif
    return true;
}

static void pt_set(const GcPage *pg, bool on) {
    uintptr_t a = (uintptr_t)pg;
#ifdef GC_PT_TWO_LEVEL
    uint64_t frame = (uint64_t)a >> GC_PAGE_SHIFT;
    uint64_t *bits = gc_pt_top[frame >> 16];
    uint32_t lo = (uint32_t)(frame & 0xFFFFu);
#else
    uint64_t *bits = gc_pt_bits;
    uint32_t lo = (uint32_t)(a >> GC_PAGE_SHIFT);
#endif
    uint64_t bit = (uint64_t)1 << (lo & 63);
    if (on) bits[lo >> 6] |= bit;
    else bits[lo >> 6] &= ~bit;
}

/* ---- size classes ---- */

/* 8-byte steps to 128, then 8 steps per power of two up to 4096: internal
 * fragmentation stays under 12.5% and there are few enough classes that
 * partially used pages do not pile up. */
static void init_classes(void) {
    uint32_t sizes[GC_NUM_CLASSES];
    uint32_t n = 0;
    for (uint32_t s = 16; s <= 128; s += 8) sizes[n++] = s;
    for (uint32_t band = 128; band < GC_SMALL_MAX; band *= 2)
        for (uint32_t k = 1; k <= 8; k++) sizes[n++] = band + k * (band / 8);
    GcState *g = &gc_state;
    uint32_t c = 0;
    for (uint32_t q = 0; q <= GC_SMALL_MAX / 8; q++) {
        while (sizes[c] < q * 8) c++;
        g->class_of[q] = (uint8_t)c;
    }
    for (uint32_t i = 0; i < GC_NUM_CLASSES; i++) {
        g->classes[i].run.cell_size = sizes[i];
        g->classes[i].run.cur = g->classes[i].run.limit = NULL;
        g->classes[i].pages = g->classes[i].partial = NULL;
    }
}

bool gc_heap_init(void) {
    init_classes();
    gc_state.trigger = MIN_TRIGGER;
    return true;
}

/* ---- arenas and the free page pool ---- */

static void note_committed(size_t add) {
    GcState *g = &gc_state;
    g->committed += add;
    if (g->committed > g->peak_committed) g->peak_committed = g->committed;
}

static bool arena_new(void) {
    GcState *g = &gc_state;
    size_t room = g->heap_limit > g->committed ? (g->heap_limit - g->committed) / GC_PAGE_SIZE : 0;
    uint32_t n = GC_ARENA_PAGES;
    if (room < n) n = (uint32_t)room;
    if (n == 0) return false;
    if (g->narenas == g->arenas_cap) {
        size_t cap = g->arenas_cap ? g->arenas_cap * 2 : 16;
        GcArena **a = realloc(g->arenas, cap * sizeof *a);
        if (!a) return false;
        g->arenas = a;
        g->arenas_cap = cap;
    }
    GcArena *ar = malloc(sizeof *ar);
    if (!ar) return false;
    void *mem = NULL;
    /* Under memory pressure a smaller arena may still fit. */
    while (posix_memalign(&mem, GC_PAGE_SIZE, (size_t)n * GC_PAGE_SIZE) != 0) {
        mem = NULL;
        if (n == 1) break;
        n /= 2;
    }
    if (!mem) { free(ar); return false; }
    for (uint32_t i = 0; i < n; i++) {
        if (!pt_reserve((uintptr_t)mem + i * GC_PAGE_SIZE)) { free(mem); free(ar); return false; }
    }
    ar->base = mem;
    ar->npages = n;
    ar->nfree = n;
    g->arenas[g->narenas++] = ar;
    for (uint32_t i = n; i-- > 0;) {
        GcPage *pg = (GcPage *)(ar->base + (size_t)i * GC_PAGE_SIZE);
        pg->arena = ar;
        pg->cls = GC_PAGE_FREE;
        pg->next = g->free_pages;
        g->free_pages = pg;
    }
    g->nfree_pages += n;
    note_committed((size_t)n * GC_PAGE_SIZE);
    return true;
}

static GcPage *page_acquire(uint32_t cls) {
    GcState *g = &gc_state;
    if (!g->free_pages && !arena_new()) return NULL;
    GcPage *pg = g->free_pages;
    g->free_pages = pg->next;
    g->nfree_pages--;
    pg->arena->nfree--;
    g->active_pages++;

    GcSizeClass *sc = &g->classes[cls];
    pg->cls = cls;
    pg->cell_size = sc->run.cell_size;
    pg->ncells = (uint32_t)((GC_PAGE_SIZE - GC_PAGE_HEADER) / sc->run.cell_size);
    pg->nwords = (pg->ncells + 63) / 64;
    pg->recip = (uint32_t)(((uint64_t)1 << 32) / sc->run.cell_size + 1);
    pg->cells_bytes = pg->ncells * sc->run.cell_size;
    /* Runs of at most RUN_MAX_BYTES: zeroed just before use, their cells
     * are still in the cache when the allocator writes the headers. */
    pg->run_cells = sc->run.cell_size >= RUN_MAX_BYTES ? 1 : RUN_MAX_BYTES / sc->run.cell_size;
    pg->cursor = 0;
    pg->live = 0;
    memset(pg->mark, 0, sizeof pg->mark);
    memset(pg->alloc, 0, sizeof pg->alloc);
    pg->next = sc->pages;
    sc->pages = pg;
    pg->next_partial = sc->partial;
    sc->partial = pg;
    pt_set(pg, true);
    return pg;
}

static void page_release(GcPage *pg) {
    GcState *g = &gc_state;
    pt_set(pg, false);
    if (g->verify) memset(GC_PAGE_CELLS(pg), POISON_BYTE, GC_PAGE_SIZE - GC_PAGE_HEADER);
    pg->cls = GC_PAGE_FREE;
    pg->next = g->free_pages;
    g->free_pages = pg;
    g->nfree_pages++;
    pg->arena->nfree++;
    g->active_pages--;
}

void gc_heap_trim(size_t keep) {
    GcState *g = &gc_state;
    if (g->nfree_pages <= keep) return;
    bool released = false;
    size_t out = 0;
    for (size_t i = 0; i < g->narenas; i++) {
        GcArena *ar = g->arenas[i];
        if (ar->nfree == ar->npages && g->nfree_pages - ar->npages >= keep) {
            g->nfree_pages -= ar->npages;
            g->committed -= (size_t)ar->npages * GC_PAGE_SIZE;
            free(ar->base);
            free(ar);
            released = true;
            continue;
        }
        g->arenas[out++] = ar;
    }
    g->narenas = out;
    if (!released) return;
    /* The pool list threaded through released arenas: rebuild it. */
    g->free_pages = NULL;
    for (size_t i = 0; i < g->narenas; i++) {
        GcArena *ar = g->arenas[i];
        for (uint32_t k = 0; k < ar->npages; k++) {
            GcPage *pg = (GcPage *)(ar->base + (size_t)k * GC_PAGE_SIZE);
            if (pg->cls != GC_PAGE_FREE) continue;
            pg->next = g->free_pages;
            g->free_pages = pg;
        }
    }
}

/* ---- small-object runs ---- */

static void bits_set_range(uint64_t *words, uint32_t from, uint32_t to) {
    while (from < to) {
        uint32_t w = from >> 6, b = from & 63;
        uint32_t n = to - from < 64 - b ? to - from : 64 - b;
        uint64_t m = (n == 64 ? ~(uint64_t)0 : (((uint64_t)1 << n) - 1)) << b;
        words[w] |= m;
        from += n;
    }
}

/* Finds the next run of free cells at or after pg->cursor, at most
 * pg->run_cells long. */
static bool page_next_run(GcPage *pg, uint32_t *start, uint32_t *end) {
    uint32_t n = pg->ncells, i = pg->cursor;
    while (i < n) {
        uint32_t w = i >> 6;
        uint64_t free_bits = ~pg->alloc[w] & (~(uint64_t)0 << (i & 63));
        if (free_bits) { i = (w << 6) + (uint32_t)__builtin_ctzll(free_bits); break; }
        i = (w + 1) << 6;
    }
    if (i >= n) { pg->cursor = n; return false; }
    uint32_t j = i + 1;
    uint32_t stop = n - i > pg->run_cells ? i + pg->run_cells : n;
    while (j < stop) {
        uint32_t w = j >> 6;
        uint64_t used = pg->alloc[w] & (~(uint64_t)0 << (j & 63));
        if (used) { j = (w << 6) + (uint32_t)__builtin_ctzll(used); break; }
        j = (w + 1) << 6;
    }
    if (j > stop) j = stop;
    *start = i;
    *end = j;
    return true;
}

/* Installs a fresh run for class cls from its partial pages, or from a new
 * page when allow_new. Returns false when there is nothing to install. */
bool gc_heap_refill(uint32_t cls, bool allow_new) {
    GcState *g = &gc_state;
    GcSizeClass *sc = &g->classes[cls];
    for (;;) {
        GcPage *pg = sc->partial;
        if (!pg) {
            if (!allow_new || !page_acquire(cls)) return false;
            continue;
        }
        uint32_t i, j;
        if (!page_next_run(pg, &i, &j)) {
            sc->partial = pg->next_partial;
            continue;
        }
        /* Stress mode hands out one cell at a time so every allocation
         * passes through the slow path and its counter. */
        if (g->stress_every) j = i + 1;
        pg->cursor = j;
        bits_set_range(pg->alloc, i, j);
        char *cells = GC_PAGE_CELLS(pg);
        size_t bytes = (size_t)(j - i) * pg->cell_size;
        sc->run.cur = cells + (size_t)i * pg->cell_size;
        sc->run.limit = sc->run.cur + bytes;
        memset(sc->run.cur, 0, bytes);
        g->since_gc += bytes;
        return true;
    }
}

void gc_heap_retire_runs(void) {
    GcState *g = &gc_state;
    for (uint32_t c = 0; c < GC_NUM_CLASSES; c++) {
        GcSizeClass *sc = &g->classes[c];
        g->since_gc -= (size_t)(sc->run.limit - sc->run.cur);
        sc->run.cur = sc->run.limit = NULL;
    }
}

size_t gc_heap_open_run_bytes(void) {
    size_t n = 0;
    for (uint32_t c = 0; c < GC_NUM_CLASSES; c++)
        n += (size_t)(gc_state.classes[c].run.limit - gc_state.classes[c].run.cur);
    return n;
}

/* ---- large objects ---- */

/* Index of the last large object whose header starts at or below p, or -1. */
static ptrdiff_t large_search(uintptr_t p) {
    GcState *g = &gc_state;
    ptrdiff_t lo = 0, hi = (ptrdiff_t)g->nlarge - 1, found = -1;
    while (lo <= hi) {
        ptrdiff_t mid = lo + (hi - lo) / 2;
        if ((uintptr_t)g->large[mid] <= p) { found = mid; lo = mid + 1; }
        else hi = mid - 1;
    }
    return found;
}

GcLarge *gc_large_lookup(const void *obj) {
    GcState *g = &gc_state;
    if (g->nlarge == 0) return NULL;
    ptrdiff_t i = large_search((uintptr_t)obj);
    if (i < 0 || (void *)(g->large[i] + 1) != obj) return NULL;
    return g->large[i];
}

void *gc_heap_alloc_large(size_t size) {
    GcState *g = &gc_state;
    size = (size + 7) & ~(size_t)7;
    size_t need = sizeof(GcLarge) + size;
    if (need < size || need > g->heap_limit) return NULL;
    /* Free pages held in reserve count against the limit: give them back
     * before refusing. */
    if (g->committed + need > g->heap_limit) gc_heap_trim(0);
    if (g->committed + need > g->heap_limit) return NULL;
    if (g->nlarge == g->large_cap) {
        size_t cap = g->large_cap ? g->large_cap * 2 : 64;
        GcLarge **a = realloc(g->large, cap * sizeof *a);
        if (!a) return NULL;
        g->large = a;
        g->large_cap = cap;
    }
    /* calloc: huge arrays get fresh zero pages from the OS for free. */
    GcLarge *L = calloc(1, need);
    if (!L) return NULL;
    L->size = size;
    ptrdiff_t at = large_search((uintptr_t)L) + 1;
    memmove(g->large + at + 1, g->large + at, (g->nlarge - (size_t)at) * sizeof *g->large);
    g->large[at] = L;
    g->nlarge++;
    note_committed(need);
    g->since_gc += size;
    return L + 1;
}

/* ---- lookups ---- */

void *gc_heap_find(const void *p) {
    GcPage *pg = gc_page_of(p);
    if (pg) {
        uintptr_t off = (uintptr_t)p - (uintptr_t)GC_PAGE_CELLS(pg);
        if (off >= pg->cells_bytes) return NULL;
        uint32_t idx = gc_cell_index(pg, off);
        if (!((pg->alloc[idx >> 6] >> (idx & 63)) & 1u)) return NULL;
        GcHeader *obj = (GcHeader *)(GC_PAGE_CELLS(pg) + (size_t)idx * pg->cell_size);
        return obj->type ? obj : NULL;
    }
    GcState *g = &gc_state;
    if (g->nlarge == 0) return NULL;
    ptrdiff_t i = large_search((uintptr_t)p);
    if (i < 0) return NULL;
    GcLarge *L = g->large[i];
    uintptr_t start = (uintptr_t)(L + 1);
    if ((uintptr_t)p < start || (uintptr_t)p - start >= L->size) return NULL;
    return L + 1;
}

bool gc_heap_is_marked(const void *obj) {
    GcPage *pg = gc_page_of(obj);
    if (pg) {
        uint32_t idx = gc_cell_index(pg, (uintptr_t)obj - (uintptr_t)GC_PAGE_CELLS(pg));
        return (pg->mark[idx >> 6] >> (idx & 63)) & 1u;
    }
    GcLarge *L = gc_large_lookup(obj);
    return L ? L->marked != 0 : true;   /* foreign objects are never collected */
}

size_t gc_object_size(const void *obj) {
    GcPage *pg = gc_page_of(obj);
    if (pg) return pg->cell_size;
    GcLarge *L = gc_large_lookup(obj);
    return L ? (size_t)L->size : 0;
}

void *gc_find_object(const void *p) {
    if (!gc_state.initialized) return NULL;
    return gc_heap_find(p);
}

/* ---- sweeping ---- */

void gc_heap_sweep(void) {
    GcState *g = &gc_state;
    size_t live = 0;
    for (uint32_t c = 0; c < GC_NUM_CLASSES; c++) {
        GcSizeClass *sc = &g->classes[c];
        sc->partial = NULL;
        GcPage **link = &sc->pages;
        GcPage *pg;
        while ((pg = *link) != NULL) {
            uint32_t n = 0;
            for (uint32_t w = 0; w < pg->nwords; w++) {
                uint64_t m = pg->mark[w];
                if (g->verify) {
                    uint64_t dead = pg->alloc[w] & ~m;
                    while (dead) {
                        uint32_t idx = (w << 6) + (uint32_t)__builtin_ctzll(dead);
                        dead &= dead - 1;
                        memset(GC_PAGE_CELLS(pg) + (size_t)idx * pg->cell_size, POISON_BYTE, pg->cell_size);
                    }
                }
                pg->alloc[w] = m;
                pg->mark[w] = 0;
                n += (uint32_t)__builtin_popcountll(m);
            }
            if (n == 0) {
                *link = pg->next;
                page_release(pg);
                continue;
            }
            pg->live = n;
            pg->cursor = 0;
            live += (size_t)n * pg->cell_size;
            if (n < pg->ncells) {
                pg->next_partial = sc->partial;
                sc->partial = pg;
            }
            link = &pg->next;
        }
    }
    size_t out = 0, inert = 0;
    for (size_t i = 0; i < g->nlarge; i++) {
        GcLarge *L = g->large[i];
        if (L->marked) {
            L->marked = 0;
            live += (size_t)L->size;
            if (((GcHeader *)(L + 1))->type->kind == GC_KIND_NOREFS) inert += (size_t)L->size;
            g->large[out++] = L;
            continue;
        }
        g->committed -= sizeof(GcLarge) + (size_t)L->size;
        if (g->verify) memset(L + 1, POISON_BYTE, (size_t)L->size);
        free(L);
    }
    g->nlarge = out;
    g->live_bytes = live;
    /* Large objects without references (strings, char and number arrays)
     * cost a collection almost nothing to mark: they do not count towards
     * the next trigger, so a few big buffers do not let the heap take that
     * much fresh memory for small objects before collecting. */
    g->trigger = live - inert > MIN_TRIGGER ? live - inert : MIN_TRIGGER;
}

/* ---- walks ---- */

static void walk(void (*fn)(void *obj), bool marked_only) {
    GcState *g = &gc_state;
    for (uint32_t c = 0; c < GC_NUM_CLASSES; c++) {
        for (GcPage *pg = g->classes[c].pages; pg; pg = pg->next) {
            for (uint32_t w = 0; w < pg->nwords; w++) {
                uint64_t bits = marked_only ? pg->mark[w] : pg->alloc[w];
                while (bits) {
                    uint32_t idx = (w << 6) + (uint32_t)__builtin_ctzll(bits);
                    bits &= bits - 1;
                    GcHeader *obj = (GcHeader *)(GC_PAGE_CELLS(pg) + (size_t)idx * pg->cell_size);
                    if (obj->type) fn(obj);
                }
            }
        }
    }
    for (size_t i = 0; i < g->nlarge; i++) {
        GcLarge *L = g->large[i];
        if (!marked_only || L->marked) fn(L + 1);
    }
}

void gc_heap_for_each_marked(void (*fn)(void *obj)) { walk(fn, true); }
void gc_heap_for_each_object(void (*fn)(void *obj)) { walk(fn, false); }

void gc_heap_shutdown(void) {
    GcState *g = &gc_state;
    for (size_t i = 0; i < g->narenas; i++) {
        free(g->arenas[i]->base);
        free(g->arenas[i]);
    }
    free(g->arenas);
    for (size_t i = 0; i < g->nlarge; i++) free(g->large[i]);
    free(g->large);
#ifdef GC_PT_TWO_LEVEL
    for (size_t i = 0; i < (1u << 16); i++) {
        free(gc_pt_top[i]);
        gc_pt_top[i] = NULL;
    }
#else
    memset(gc_pt_bits, 0, sizeof gc_pt_bits);
#endif
}
