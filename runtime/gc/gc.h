/* gc.h — the garbage collector's whole public face.
 *
 * A non-moving mark-sweep collector (docs/gc.md):
 *   - small objects live in pages of size-segregated cells, allocated from
 *     per-class free lists; large objects get their own chunk;
 *   - mark bits and "a cell starts an object here" bits sit in side bitmaps,
 *     so "does this word point into an object?" is an index computation;
 *   - the object header is GcHeader below: 8 bytes on wasm32 (type pointer +
 *     32 flag/hash bits), 16 on 64-bit natives (pointer + bits + padding);
 *   - roots are never found by scanning the C stack. At a collection the GC
 *     calls the root enumerator the runtime registered, which reports
 *     interpreter stacks (conservatively, as ranges), statics, handles, etc.;
 *     plus the explicit C root scope (gc_root_push / gc_root_pop).
 *
 * Which C functions may collect: gc_alloc* and gc_collect only. Any C code
 * that holds an object pointer in a C local across one of those calls must
 * protect it with GC_ROOT / gc_root_push first.
 */
#ifndef CILANTRO_GC_H
#define CILANTRO_GC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* How the collector traces an object of a given type. The runtime's Type
 * struct starts with a GcTypeInfo, so the GC reads header->type as a
 * GcTypeInfo* and never needs to know anything else about types. */
enum GcKind {
    GC_KIND_NOREFS = 0,       /* no references inside (strings, boxed primitives, int[]) */
    GC_KIND_OBJECT = 1,       /* fixed-size object: ref_offsets are offsets from the object start */
    GC_KIND_REF_ARRAY = 2,    /* array whose elements are all references */
    GC_KIND_VALUE_ARRAY = 3,  /* array of structs: ref_offsets are offsets inside one element */
};

typedef struct GcTypeInfo {
    uint8_t kind;             /* enum GcKind */
    uint8_t has_finalizer;    /* register for finalization at allocation */
    uint16_t reserved;
    uint32_t ref_count;       /* entries in ref_offsets */
    const uint32_t *ref_offsets;
    uint32_t elem_size;       /* arrays: bytes per element */
    uint32_t data_offset;     /* arrays: offset of element 0 from the object start;
                                 the int32 length lives at offsetof(GcArrayHeader, length) */
} GcTypeInfo;

typedef struct GcHeader {
    const GcTypeInfo *type;   /* really a struct Type*, whose first member is a GcTypeInfo */
    uint32_t bits;            /* hash code / monitor / flags, owned by the runtime (GC_BIT_* reserved below) */
} GcHeader;

/* Every array (single- and multi-dimensional) starts like this; total element
 * count in length. Elements begin at GcTypeInfo.data_offset. */
typedef struct GcArrayHeader {
    GcHeader header;
    int32_t length;
} GcArrayHeader;

/* Bits in GcHeader.bits that the GC owns; the runtime uses the rest. */
#define GC_BIT_FINALIZED 0x80000000u   /* finalizer has run or was suppressed */
#define GC_BIT_FIN_REGISTERED 0x40000000u /* object sits in the finalization registration table */
#define GC_HEADER_GC_BITS (GC_BIT_FINALIZED | GC_BIT_FIN_REGISTERED)  /* the runtime must preserve these */

/* ---- life cycle ---- */
typedef struct GcConfig {
    size_t heap_limit;        /* bytes of heap (0 = default 1 GiB native, 1 GiB wasm) */
    uint32_t stress_every;    /* 0 = off; N = collect before every Nth allocation */
    bool verify;              /* debug: verify heap after each collection */
} GcConfig;

void gc_init(const GcConfig *config);
void gc_shutdown(void);       /* frees every page (for leak-checked native runs) */

/* Root enumeration: called at the start of every collection; it must call
 * gc_mark_ref / gc_mark_range_conservative for every root. */
typedef void (*GcRootEnumerator)(void *ctx);
void gc_set_root_enumerator(GcRootEnumerator fn, void *ctx);

/* Marking primitives, for the root enumerator only. */
void gc_mark_ref(void *obj);                                    /* NULL ok */
void gc_mark_range_conservative(const void *start, const void *end);  /* pointer-aligned words; interior pointers keep their object alive */
void gc_mark_value_refs(const void *data, const GcTypeInfo *layout); /* the ref fields of an unboxed struct value at data, offsets per layout->ref_offsets */

/* ---- allocation ---- */
/* Returns a zeroed object of `size` bytes (>= sizeof(GcHeader)) with
 * header.type = type, or NULL when the heap limit is reached even after a
 * full collection (the caller raises OutOfMemoryException). May collect.
 * type must not be NULL (a NULL type is how the heap tells a free cell). */
void *gc_alloc(const GcTypeInfo *type, size_t size);

/* The fast path of gc_alloc, inline in hot callers. A small size class's
 * current run [cur, limit) holds zeroed cells of cell_size bytes reserved for
 * the allocator. A caller that allocates one size over and over (the
 * interpreter's `newobj` and `box` of a type) looks the run up once with
 * gc_run_for_size, then bumps it with gc_alloc_in_run and calls gc_alloc
 * when that returns NULL. */
typedef struct GcRun {
    char *cur, *limit;
    uint32_t cell_size;
} GcRun;

GcRun *gc_run_for_size(size_t size);   /* NULL above the small-object limit; valid until gc_shutdown */

/* NULL when the run is used up (runs are also emptied at every collection
 * and are one cell long in stress mode) or the type has a finalizer. Never
 * collects. */
static inline void *gc_alloc_in_run(GcRun *run, const GcTypeInfo *type) {
    char *p = run->cur;
    if ((size_t)(run->limit - p) < run->cell_size || type->has_finalizer) return NULL;
    run->cur = p + run->cell_size;
    ((GcHeader *)p)->type = type;
    return p;
}
/* Arrays: size = data_offset + length * elem_size, length stored. */
void *gc_alloc_array(const GcTypeInfo *type, int32_t length);

void gc_collect(void);

/* Object size in bytes as allocated (cell size for small objects). */
size_t gc_object_size(const void *obj);
/* If p points into a live allocated object (interior ok), return its start; else NULL. */
void *gc_find_object(const void *p);

/* ---- explicit C root scope ---- */
void gc_root_push(void **slot);    /* slot is the address of a C variable holding an object pointer */
void gc_root_pop(unsigned count);
#define GC_ROOT(var) gc_root_push((void **)&(var))

/* ---- finalization ---- */
/* Objects whose type has has_finalizer are registered at allocation. When one
 * becomes unreachable it is kept alive (with everything it references) and
 * queued; the runtime drains the queue and runs finalizers outside the
 * allocation path. */
void *gc_next_finalizable(void);              /* pops one queued object or NULL; it stays rooted until popped */
size_t gc_pending_finalizers(void);
void gc_suppress_finalize(void *obj);
void gc_reregister_for_finalize(void *obj);

/* ---- handles (GCHandle, WeakReference, JS-held objects) ---- */
typedef enum GcHandleKind {
    GC_HANDLE_WEAK = 0,                  /* cleared when target unreachable (before finalization) */
    GC_HANDLE_WEAK_TRACK_RESURRECTION = 1, /* cleared only when the target is really gone */
    GC_HANDLE_NORMAL = 2,                /* strong root */
    GC_HANDLE_PINNED = 3,                /* strong root; objects never move anyway */
    GC_HANDLE_DEPENDENT = 4,             /* ephemeron: weak target; secondary lives while target does
                                            (ConditionalWeakTable). Made by gc_dependent_alloc. */
} GcHandleKind;
uint32_t gc_handle_alloc(void *obj, GcHandleKind kind);   /* 0 is never a valid handle */
void *gc_handle_get(uint32_t handle);
void gc_handle_set(uint32_t handle, void *obj);
void gc_handle_free(uint32_t handle);
GcHandleKind gc_handle_kind(uint32_t handle);
bool gc_handle_valid(uint32_t handle);
/* Dependent handles (ephemerons): the secondary is reachable only through a
 * live primary; both are cleared when the primary dies. */
uint32_t gc_dependent_alloc(void *primary, void *secondary);
void *gc_dependent_secondary(uint32_t handle);
void gc_dependent_set(uint32_t handle, void *primary, void *secondary);

/* ---- statistics ---- */
typedef struct GcStats {
    uint64_t collections;
    double total_pause_ms, max_pause_ms;
    uint64_t bytes_allocated;     /* total ever allocated */
    size_t heap_in_use;           /* bytes in live objects after the last collection + since */
    size_t heap_committed;        /* bytes of pages obtained from the system */
    size_t peak_heap_committed;
} GcStats;
void gc_get_stats(GcStats *out);
void gc_print_stats(FILE *out);   /* one readable block, like DotNetAnywhere's "Total GC time" line */
size_t gc_total_memory(void);     /* bytes in use (GC.GetTotalMemory(false)) */

/* ---- debug aids (tests, heap checking) ---- */
/* Walks the whole heap now; returns how many references point into the heap
 * but not at a live object (each is also printed to stderr). Runs after every
 * collection when GcConfig.verify is set. */
size_t gc_verify_heap(void);
/* Caps the mark stack at `entries` (0 = no cap) so tests can exercise the
 * overflow path (rescanning the heap for marked objects). */
void gc_debug_set_mark_stack_limit(size_t entries);

#endif
