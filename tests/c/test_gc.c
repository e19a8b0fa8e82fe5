/* test_gc.c — unit tests for runtime/gc (the collector on its own, with
 * fake types and a fake root set), plus a binary-trees micro-benchmark of
 * the collector's own cost.
 *
 *   build/native/test_gc            run all tests, then the benchmark
 *   GC_TEST_STRESS=N build/...      every test heap collects before every Nth
 *                                   allocation and verifies after each GC
 *   GC_TEST_BENCH_DEPTH=N           benchmark depth (default 16; 0 = skip)
 *   GC_TEST_ONLY_BENCH=1            skip the tests, run only the benchmark
 *
 * Prints "N passed, N failed"; exits non-zero on any failure. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gc/gc.h"

static int passed, failed;
#define CHECK(cond)                                                              \
    do {                                                                         \
        if (cond) passed++;                                                      \
        else { failed++; fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); } \
    } while (0)

/* ---- fake types ---- */

typedef struct Node {
    GcHeader h;
    struct Node *left, *right;
    int64_t value;
} Node;
static const uint32_t node_refs[] = {offsetof(Node, left), offsetof(Node, right)};
static const GcTypeInfo node_type = {GC_KIND_OBJECT, 0, 0, 2, node_refs, 0, 0};

/* The benchmark's node: header + two refs, 24 bytes on wasm32, 32 natively. */
typedef struct TreeNode {
    GcHeader h;
    struct TreeNode *left, *right;
} TreeNode;
static const uint32_t tree_refs[] = {offsetof(TreeNode, left), offsetof(TreeNode, right)};
static const GcTypeInfo tree_type = {GC_KIND_OBJECT, 0, 0, 2, tree_refs, 0, 0};

static const GcTypeInfo blob_type = {GC_KIND_NOREFS, 0, 0, 0, NULL, 1, 0};

#define ARRAY_DATA ((uint32_t)((sizeof(GcArrayHeader) + 7) & ~(size_t)7))
static const GcTypeInfo refarray_type = {GC_KIND_REF_ARRAY, 0, 0, 0, NULL, sizeof(void *), ARRAY_DATA};

typedef struct Elem {
    int32_t a;
    Node *ref;
    int64_t b;
    Node *ref2;
} Elem;
static const uint32_t elem_refs[] = {offsetof(Elem, ref), offsetof(Elem, ref2)};
static const GcTypeInfo valarray_type = {GC_KIND_VALUE_ARRAY, 0, 0, 2, elem_refs, sizeof(Elem), ARRAY_DATA};

typedef struct Fin {
    GcHeader h;
    Node *child;
    int64_t id;
} Fin;
static const uint32_t fin_refs[] = {offsetof(Fin, child)};
static const GcTypeInfo fin_type = {GC_KIND_OBJECT, 1, 0, 1, fin_refs, 0, 0};

/* A struct value (as in a static field of struct type). */
typedef struct Pair {
    Node *a;
    int64_t x;
    Node *b;
} Pair;
static const uint32_t pair_refs[] = {offsetof(Pair, a), offsetof(Pair, b)};
static const GcTypeInfo pair_layout = {GC_KIND_OBJECT, 0, 0, 2, pair_refs, 0, 0};

/* ---- fake root set ---- */

#define NROOTS 64
static void *roots[NROOTS];          /* precise, like statics */
static uintptr_t cons[16];           /* conservative, like an interpreter stack */
static Pair static_pair;
static void *shadow[128];            /* the benchmark's "interpreter stack" */
static size_t shadow_sp;

static void enumerate(void *ctx) {
    (void)ctx;
    for (int i = 0; i < NROOTS; i++) gc_mark_ref(roots[i]);
    gc_mark_range_conservative(cons, cons + 16);
    gc_mark_value_refs(&static_pair, &pair_layout);
    gc_mark_range_conservative(shadow, shadow + shadow_sp);
}

static unsigned stress;

static void heap_start(size_t limit, bool allow_stress) {
    GcConfig c = {limit, allow_stress ? stress : 0, stress != 0};
    gc_init(&c);
    memset(roots, 0, sizeof roots);
    memset(cons, 0, sizeof cons);
    memset(&static_pair, 0, sizeof static_pair);
    shadow_sp = 0;
    gc_set_root_enumerator(enumerate, NULL);
}

static void heap_end(void) {
    CHECK(gc_verify_heap() == 0);
    gc_shutdown();
}

static Node *new_node(int64_t v, Node *l, Node *r) {
    /* l and r must survive the allocation: root them. */
    GC_ROOT(l);
    GC_ROOT(r);
    Node *n = gc_alloc(&node_type, sizeof(Node));
    gc_root_pop(2);
    if (!n) return NULL;
    n->value = v;
    n->left = l;
    n->right = r;
    return n;
}

/* ---- tests ---- */

static void test_survive_and_reclaim(void) {
    heap_start(0, true);
    Node *a = new_node(1, NULL, NULL);
    GC_ROOT(a);
    Node *c = new_node(3, NULL, NULL);
    roots[0] = new_node(2, a, c);
    gc_root_pop(1);
    uint32_t weak = gc_handle_alloc(NULL, GC_HANDLE_WEAK);
    for (int i = 0; i < 20000; i++) {
        Node *g = new_node(i, NULL, NULL);
        if (i == 77) gc_handle_set(weak, g);
    }
    gc_collect();
    size_t after1 = gc_total_memory();
    Node *r = roots[0];
    CHECK(r->value == 2 && r->left == a && a->value == 1 && r->right->value == 3);
    CHECK(gc_handle_get(weak) == NULL);
    CHECK(after1 < 20000 * sizeof(Node) / 4);
    CHECK(gc_find_object(a) == a);
    CHECK(gc_object_size(a) >= sizeof(Node));
    roots[0] = NULL;
    gc_collect();
    CHECK(gc_total_memory() < after1);
    CHECK(gc_total_memory() == 0);
    GcStats s;
    gc_get_stats(&s);
    CHECK(s.collections >= 2);
    CHECK(s.bytes_allocated >= 20003 * sizeof(Node));
    heap_end();
}

static void test_cycles(void) {
    heap_start(0, true);
    Node *a = new_node(1, NULL, NULL);
    GC_ROOT(a);
    Node *b = new_node(2, a, NULL);
    a->left = b;
    a->right = a;
    gc_root_pop(1);
    uint32_t wa = gc_handle_alloc(a, GC_HANDLE_WEAK), wb = gc_handle_alloc(b, GC_HANDLE_WEAK);
    roots[1] = a;
    gc_collect();
    CHECK(gc_handle_get(wa) == a && gc_handle_get(wb) == b);
    CHECK(a->left == b && b->left == a);
    roots[1] = NULL;
    gc_collect();
    CHECK(gc_handle_get(wa) == NULL && gc_handle_get(wb) == NULL);
    CHECK(gc_total_memory() == 0);
    heap_end();
}

static void test_deep_list(void) {
    const int n = stress ? 20000 : 1000000;
    heap_start(0, false);   /* list building under stress would be quadratic */
    Node *head = NULL;
    GC_ROOT(head);
    for (int i = 0; i < n; i++) {
        Node *x = new_node(i, head, NULL);
        if (!x) break;
        head = x;
    }
    gc_collect();
    gc_collect();
    int64_t count = 0, expect = n - 1;
    bool ok = true;
    for (Node *p = head; p; p = p->left, expect--, count++) ok &= p->value == expect;
    CHECK(ok && count == n);
    size_t with_list = gc_total_memory();
    head = NULL;
    gc_collect();
    CHECK(gc_total_memory() < with_list / 100);
    gc_root_pop(1);
    heap_end();
}

static void test_conservative(void) {
    heap_start(0, true);
    Node *a = new_node(5, NULL, NULL);
    GC_ROOT(a);
    Node *b = new_node(6, NULL, NULL);
    GC_ROOT(b);
    GcArrayHeader *big = gc_alloc_array(&refarray_type, 20000);   /* large */
    GC_ROOT(big);
    Node *child = new_node(7, NULL, NULL);
    ((void **)((char *)big + ARRAY_DATA))[19999] = child;
    gc_root_pop(3);
    uint32_t wa = gc_handle_alloc(a, GC_HANDLE_WEAK), wb = gc_handle_alloc(b, GC_HANDLE_WEAK);
    uint32_t wbig = gc_handle_alloc(big, GC_HANDLE_WEAK), wc = gc_handle_alloc(child, GC_HANDLE_WEAK);
    cons[0] = (uintptr_t)a + offsetof(Node, value) + 3;     /* interior pointer */
    cons[1] = (uintptr_t)b;                                 /* exact pointer */
    cons[2] = 12345;                                        /* noise */
    cons[3] = (uintptr_t)big + 50000;                       /* interior of a large object */
    cons[4] = (uintptr_t)-1;
    Node *d = new_node(8, NULL, NULL);
    uint32_t wd = gc_handle_alloc(d, GC_HANDLE_WEAK);
    roots[0] = (char *)d + sizeof(GcHeader);                /* precise but interior */
    gc_collect();
    CHECK(gc_handle_get(wd) == d && d->value == 8);
    roots[0] = NULL;
    CHECK(gc_handle_get(wa) == a && a->value == 5);
    CHECK(gc_handle_get(wb) == b && b->value == 6);
    CHECK(gc_handle_get(wbig) == big && big->length == 20000);
    CHECK(gc_handle_get(wc) == child && child->value == 7);
    CHECK(gc_find_object((char *)big + 50000) == big);
    CHECK(gc_find_object((char *)a + 3) == a);
    CHECK(gc_find_object(&cons[0]) == NULL);
    memset(cons, 0, sizeof cons);
    gc_collect();
    CHECK(gc_handle_get(wa) == NULL && gc_handle_get(wb) == NULL);
    CHECK(gc_handle_get(wbig) == NULL && gc_handle_get(wc) == NULL);
    /* A stale word pointing at a freed cell must not resurrect anything. */
    cons[0] = (uintptr_t)a;
    gc_collect();
    CHECK(gc_total_memory() == 0);
    heap_end();
}

static void test_arrays(void) {
    heap_start(0, true);
    const int n = 1000;
    GcArrayHeader *arr = gc_alloc_array(&refarray_type, n);
    roots[2] = arr;
    for (int i = 0; i < n; i++) {
        Node *x = new_node(i, NULL, NULL);
        arr = roots[2];
        ((Node **)((char *)arr + ARRAY_DATA))[i] = x;
    }
    GcArrayHeader *va = gc_alloc_array(&valarray_type, 100);
    roots[3] = va;
    for (int i = 0; i < 100; i++) {
        Node *x = new_node(1000 + i, NULL, NULL);
        GC_ROOT(x);
        Node *y = new_node(2000 + i, NULL, NULL);
        gc_root_pop(1);
        va = roots[3];
        Elem *e = (Elem *)((char *)va + ARRAY_DATA) + i;
        e->a = i;
        e->ref = x;
        e->b = -i;
        e->ref2 = y;
    }
    Node **elems = (Node **)((char *)arr + ARRAY_DATA);
    uint32_t w10 = gc_handle_alloc(elems[10], GC_HANDLE_WEAK);
    Elem *e5 = (Elem *)((char *)va + ARRAY_DATA) + 5;
    uint32_t we5 = gc_handle_alloc(e5->ref2, GC_HANDLE_WEAK);
    for (int i = 0; i < 30000; i++) gc_alloc(&blob_type, 40);
    gc_collect();
    bool ok = true;
    for (int i = 0; i < n; i++) ok &= elems[i]->value == i;
    for (int i = 0; i < 100; i++) {
        Elem *e = (Elem *)((char *)va + ARRAY_DATA) + i;
        ok &= e->a == i && e->b == -i && e->ref->value == 1000 + i && e->ref2->value == 2000 + i;
    }
    CHECK(ok);
    CHECK(arr->length == n && va->length == 100);
    elems[10] = NULL;
    e5->ref2 = NULL;
    gc_collect();
    CHECK(gc_handle_get(w10) == NULL && gc_handle_get(we5) == NULL);
    CHECK(elems[11]->value == 11);
    /* Struct values reported with gc_mark_value_refs. */
    static_pair.a = new_node(42, NULL, NULL);
    static_pair.b = new_node(43, NULL, NULL);
    uint32_t wp = gc_handle_alloc(static_pair.b, GC_HANDLE_WEAK);
    gc_collect();
    CHECK(static_pair.a->value == 42 && gc_handle_get(wp) == static_pair.b && static_pair.b->value == 43);
    static_pair.b = NULL;
    gc_collect();
    CHECK(gc_handle_get(wp) == NULL);
    CHECK(gc_alloc_array(&refarray_type, -1) == NULL);
    GcArrayHeader *empty = gc_alloc_array(&refarray_type, 0);
    CHECK(empty && empty->length == 0);
    heap_end();
}

static Fin *new_fin(int64_t id) {
    Node *c = new_node(id * 10, NULL, NULL);
    GC_ROOT(c);
    Fin *f = gc_alloc(&fin_type, sizeof(Fin));
    gc_root_pop(1);
    if (!f) return NULL;
    f->child = c;
    f->id = id;
    return f;
}

static void test_finalization(void) {
    heap_start(0, true);
    Fin *f = new_fin(1);
    CHECK(f && (f->h.bits & GC_BIT_FIN_REGISTERED));
    uint32_t weak = gc_handle_alloc(f, GC_HANDLE_WEAK);
    uint32_t track = gc_handle_alloc(f, GC_HANDLE_WEAK_TRACK_RESURRECTION);
    roots[4] = new_fin(2);          /* reachable: never queued */
    gc_collect();
    CHECK(gc_pending_finalizers() == 1);
    CHECK(gc_handle_get(weak) == NULL);            /* short weak: cleared */
    CHECK(gc_handle_get(track) == f);              /* long weak: resurrected */
    gc_collect();                                  /* the queue is a root */
    CHECK(gc_pending_finalizers() == 1);
    Fin *got = gc_next_finalizable();
    CHECK(got == f && got->id == 1 && got->child->value == 10);
    CHECK(got && (got->h.bits & GC_BIT_FINALIZED));
    CHECK(gc_next_finalizable() == NULL);
    /* Resurrect: the "finalizer" stores the object in a static. */
    roots[5] = got;
    gc_collect();
    CHECK(gc_pending_finalizers() == 0);
    CHECK(gc_handle_get(track) == f && f->child->value == 10);
    /* Dead again: not finalized a second time, really collected. */
    roots[5] = NULL;
    gc_collect();
    CHECK(gc_pending_finalizers() == 0);
    CHECK(gc_handle_get(track) == NULL);
    /* Re-registration makes it finalizable again. */
    Fin *r = new_fin(3);
    roots[6] = r;
    gc_collect();
    CHECK(gc_pending_finalizers() == 0);
    roots[6] = NULL;
    gc_collect();
    Fin *q = gc_next_finalizable();
    CHECK(q == r && q->id == 3);
    gc_reregister_for_finalize(q);
    CHECK(!(q->h.bits & GC_BIT_FINALIZED) && (q->h.bits & GC_BIT_FIN_REGISTERED));
    gc_reregister_for_finalize(q);       /* twice: still one registration */
    gc_collect();
    CHECK(gc_pending_finalizers() == 1);
    CHECK(gc_next_finalizable() == q && gc_next_finalizable() == NULL);
    /* Suppressed: not queued, collected. */
    Fin *s = new_fin(4);
    uint32_t ts = gc_handle_alloc(s, GC_HANDLE_WEAK_TRACK_RESURRECTION);
    gc_suppress_finalize(s);
    gc_collect();
    CHECK(gc_pending_finalizers() == 0 && gc_handle_get(ts) == NULL);
    /* Suppressed while queued: skipped by the queue. */
    Fin *t = new_fin(5);
    (void)t;
    gc_collect();
    CHECK(gc_pending_finalizers() == 1);
    gc_suppress_finalize(t);
    CHECK(gc_next_finalizable() == NULL);
    /* Many: each queued exactly once, chains of finalizable objects too. */
    int64_t seen[200] = {0};
    for (int i = 0; i < 200; i++) {
        Fin *x = new_fin(100 + i);
        if (i % 2) x->child = (Node *)new_fin(1000 + i);   /* a finalizable child */
    }
    /* A child allocated after its (unrooted) parent was queued stays
     * reachable from the queue until the parent is popped: in stress mode
     * that takes a second round. */
    int got_count = 0;
    for (int round = 0; round < 3; round++) {
        gc_collect();
        for (Fin *x; (x = gc_next_finalizable()) != NULL;) {
            got_count++;
            if (x->id >= 100 && x->id < 300) seen[x->id - 100]++;
        }
    }
    bool once = true;
    for (int i = 0; i < 200; i++) once &= seen[i] == 1;
    CHECK(once && got_count == 300);
    if (got_count != 300) fprintf(stderr, "  got %d finalizable objects\n", got_count);
    gc_collect();
    CHECK(gc_pending_finalizers() == 0);
    gc_collect();
    CHECK(gc_total_memory() == gc_object_size(roots[4]) + gc_object_size(((Fin *)roots[4])->child));
    heap_end();
}

static void test_handles(void) {
    heap_start(0, true);
    CHECK(!gc_handle_valid(0) && gc_handle_get(0) == NULL);
    Node *n = new_node(9, NULL, NULL);
    uint32_t hn = gc_handle_alloc(n, GC_HANDLE_NORMAL);
    Node *p = new_node(10, NULL, NULL);
    uint32_t hp = gc_handle_alloc(p, GC_HANDLE_PINNED);
    CHECK(hn && hp && hn != hp);
    CHECK(gc_handle_kind(hn) == GC_HANDLE_NORMAL && gc_handle_kind(hp) == GC_HANDLE_PINNED);
    for (int i = 0; i < 5000; i++) new_node(i, NULL, NULL);
    gc_collect();
    CHECK(gc_handle_get(hn) == n && n->value == 9);
    CHECK(gc_handle_get(hp) == p && p->value == 10);
    gc_handle_free(hn);
    CHECK(!gc_handle_valid(hn) && gc_handle_get(hn) == NULL);
    uint32_t again = gc_handle_alloc(NULL, GC_HANDLE_WEAK);
    CHECK(again == hn);                  /* slot reuse */
    CHECK(gc_handle_alloc(NULL, (GcHandleKind)7) == 0);
    gc_handle_set(hp, NULL);
    gc_collect();
    CHECK(gc_total_memory() == 0);
    heap_end();
}

static void test_heap_limit(void) {
    const size_t limit = 4u << 20;
    heap_start(limit, true);
    /* Keep everything: a chain of 1000-element reference arrays. */
    GcArrayHeader *chain = NULL;
    GC_ROOT(chain);
    int arrays = 0;
    for (;;) {
        GcArrayHeader *a = gc_alloc_array(&refarray_type, 500);
        if (!a) break;
        ((void **)((char *)a + ARRAY_DATA))[0] = chain;
        chain = a;
        arrays++;
    }
    GcStats s;
    gc_get_stats(&s);
    CHECK(arrays > 100);
    CHECK(s.heap_committed <= limit && s.peak_heap_committed <= limit);
    Node *small = NULL;
    int smalls = 0;
    while ((small = new_node(1, NULL, NULL)) != NULL && smalls < 10000000) {
        ((void **)((char *)chain + ARRAY_DATA))[1] = small;   /* keep the latest */
        smalls++;
    }
    CHECK(small == NULL);
    CHECK(gc_alloc(&blob_type, limit + 1) == NULL);
    CHECK(gc_alloc_array(&refarray_type, 0x7fffffff) == NULL);
    /* Drop the roots: allocation works again. */
    chain = NULL;
    int after = 0;
    for (int i = 0; i < 1000; i++) after += gc_alloc_array(&refarray_type, 500) != NULL;
    CHECK(after == 1000);
    /* Free pages kept in reserve must not block a large object. */
    gc_collect();
    void *big = gc_alloc(&blob_type, limit / 2);
    CHECK(big != NULL);
    gc_get_stats(&s);
    CHECK(s.peak_heap_committed <= limit);
    gc_root_pop(1);
    heap_end();
}

static void test_bounded_loop(void) {
    heap_start(0, false);
    roots[7] = gc_alloc_array(&refarray_type, 1000);     /* a small live set */
    size_t total = stress ? (64u << 20) : (512u << 20), done = 0;
    uint32_t i = 0;
    while (done < total) {
        size_t sz = 16 + (i * 2654435761u) % 600;
        void *o = (i % 3) ? gc_alloc(&blob_type, sz) : (void *)new_node(i, NULL, NULL);
        GcArrayHeader *live = roots[7];
        ((void **)((char *)live + ARRAY_DATA))[i % 1000] = o;
        if (i % 997 == 0) gc_alloc(&blob_type, 10000 + i % 50000);   /* large garbage */
        done += sz;
        i++;
    }
    GcStats s;
    gc_get_stats(&s);
    CHECK(s.peak_heap_committed < (24u << 20));
    CHECK(s.collections >= total / (16u << 20));   /* collections keep pace with allocation */
    printf("  bounded loop: %.0f MB allocated, %llu collections, peak heap %.1f MB\n",
           (double)s.bytes_allocated / 1048576.0, (unsigned long long)s.collections,
           (double)s.peak_heap_committed / 1048576.0);
    heap_end();
}

static void test_large(void) {
    heap_start(0, true);
    size_t base = gc_total_memory();
    GcArrayHeader *a = gc_alloc_array(&valarray_type, 10000);   /* ~320 KB */
    CHECK(a != NULL && a->length == 10000);
    bool zero = true;
    for (size_t k = ARRAY_DATA; k < ARRAY_DATA + 10000 * sizeof(Elem); k++) zero &= ((char *)a)[k] == 0;
    CHECK(zero);
    roots[8] = a;
    Node *x = new_node(77, NULL, NULL);
    a = roots[8];
    ((Elem *)((char *)a + ARRAY_DATA))[9999].ref = x;
    void *blobs[10];
    uint32_t wb = 0;
    for (int i = 0; i < 10; i++) {
        blobs[i] = gc_alloc(&blob_type, 100000 + i * 4096);
        if (i == 3) wb = gc_handle_alloc(blobs[i], GC_HANDLE_WEAK);
    }
    GcStats s1, s2;
    gc_get_stats(&s1);
    gc_collect();
    gc_get_stats(&s2);
    CHECK(gc_handle_get(wb) == NULL);
    CHECK(s2.heap_committed < s1.heap_committed);
    CHECK(((Elem *)((char *)a + ARRAY_DATA))[9999].ref->value == 77);
    CHECK(gc_object_size(a) >= ARRAY_DATA + 10000 * sizeof(Elem));
    CHECK(gc_total_memory() > base + 10000 * sizeof(Elem));
    roots[8] = NULL;
    gc_collect();
    CHECK(gc_total_memory() == 0);
    heap_end();
}

static int64_t tree_sum(Node *n) {
    int64_t s = 0;
    /* Iterative: depth does not matter. */
    Node *stack[64];
    int sp = 0;
    if (n) stack[sp++] = n;
    while (sp) {
        Node *x = stack[--sp];
        s += x->value;
        if (x->left) stack[sp++] = x->left;
        if (x->right) stack[sp++] = x->right;
    }
    return s;
}

static Node *build(int depth, int64_t *next) {
    Node *n = new_node((*next)++, NULL, NULL);
    if (!n || depth == 0) return n;
    GC_ROOT(n);
    Node *l = build(depth - 1, next);
    n->left = l;
    Node *r = build(depth - 1, next);
    n->right = r;
    gc_root_pop(1);
    return n;
}

static void test_mark_stack_overflow(void) {
    heap_start(0, false);
    gc_debug_set_mark_stack_limit(8);
    int64_t next = 0;
    roots[9] = build(13, &next);   /* 16383 nodes: far more grey objects than 8 */
    int64_t expect = next * (next - 1) / 2;
    Node *list = NULL;
    GC_ROOT(list);
    for (int i = 0; i < 5000; i++) list = new_node(1, list, NULL);
    uint32_t probe = gc_handle_alloc(((Node *)roots[9])->right->right->left, GC_HANDLE_WEAK);
    gc_collect();
    CHECK(tree_sum(roots[9]) == expect);
    CHECK(gc_handle_get(probe) != NULL);
    int len = 0;
    for (Node *p = list; p; p = p->left) len++;
    CHECK(len == 5000);
    gc_root_pop(1);
    gc_debug_set_mark_stack_limit(0);
    heap_end();
}

static void test_stress_workload(void) {
    GcConfig c = {0, 1, true};   /* collect before every allocation, verify each time */
    gc_init(&c);
    memset(roots, 0, sizeof roots);
    gc_set_root_enumerator(enumerate, NULL);
    int64_t next = 0;
    roots[10] = build(7, &next);
    for (int i = 0; i < 50; i++) {
        Fin *f = new_fin(i);
        if (i % 5 == 0) roots[11 + i / 5] = f;
    }
    int64_t expect = next * (next - 1) / 2;
    CHECK(tree_sum(roots[10]) == expect);
    GcStats s;
    gc_get_stats(&s);
    CHECK(s.collections >= 300);
    gc_collect();   /* the last ones died after the last allocation */
    int fins = 0;
    while (gc_next_finalizable()) fins++;
    CHECK(fins == 40);
    heap_end();
}

static void test_poison(void) {
    GcConfig c = {0, 0, true};
    gc_init(&c);
    gc_set_root_enumerator(enumerate, NULL);
    memset(roots, 0, sizeof roots);
    roots[0] = new_node(1, NULL, NULL);
    Node *dead = new_node(0x1234, NULL, NULL);
    gc_collect();
    /* The page stays (roots[0] lives on it), so the freed cell is readable. */
    CHECK((unsigned char)((char *)dead)[offsetof(Node, value)] == 0xDD);
    Node *again = new_node(5, NULL, NULL);   /* reused cells come back zeroed */
    CHECK(again->left == NULL && again->right == NULL && again->value == 5);
    heap_end();
}

/* ---- benchmark: binary trees, as tests/bench/binarytrees.cs ---- */

static TreeNode *bottom(int depth) {
    TreeNode *l = NULL, *r = NULL;
    if (depth > 0) {
        l = bottom(depth - 1);
        shadow[shadow_sp++] = l;       /* the interpreter keeps it in a stack slot */
        r = bottom(depth - 1);
        shadow[shadow_sp++] = r;
    }
    TreeNode *n = gc_alloc(&tree_type, sizeof(TreeNode));
    if (depth > 0) shadow_sp -= 2;
    n->left = l;
    n->right = r;
    return n;
}

static int check_tree(const TreeNode *t) {
    return t->left ? 1 + check_tree(t->left) + check_tree(t->right) : 1;
}

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int binarytrees(int n) {
    int max_depth = n > 6 ? n : 6, total = 0;
    total += check_tree(bottom(max_depth + 1));
    TreeNode *long_lived = bottom(max_depth);
    roots[0] = long_lived;
    for (int depth = 4; depth <= max_depth; depth += 2) {
        int iterations = 1 << (max_depth - depth + 4), check = 0;
        for (int i = 0; i < iterations; i++) check += check_tree(bottom(depth));
        total += check;
    }
    total += check_tree(long_lived);
    return total;
}

/* The same program with malloc/free, as a yardstick. */
static TreeNode *mbottom(int depth) {
    TreeNode *n = malloc(sizeof(TreeNode));
    n->left = depth > 0 ? mbottom(depth - 1) : NULL;
    n->right = depth > 0 ? mbottom(depth - 1) : NULL;
    return n;
}
static void mfree(TreeNode *t) {
    if (t->left) { mfree(t->left); mfree(t->right); }
    free(t);
}
static int mbinarytrees(int n) {
    int max_depth = n > 6 ? n : 6, total = 0;
    TreeNode *s = mbottom(max_depth + 1);
    total += check_tree(s);
    mfree(s);
    TreeNode *long_lived = mbottom(max_depth);
    for (int depth = 4; depth <= max_depth; depth += 2) {
        int iterations = 1 << (max_depth - depth + 4), check = 0;
        for (int i = 0; i < iterations; i++) {
            TreeNode *t = mbottom(depth);
            check += check_tree(t);
            mfree(t);
        }
        total += check;
    }
    total += check_tree(long_lived);
    mfree(long_lived);
    return total;
}

static void bench(int depth) {
    heap_start(0, false);
    double t0 = now_ms();
    int total = binarytrees(depth);
    double t1 = now_ms();
    GcStats s;
    gc_get_stats(&s);
    printf("bench binarytrees %d (GC heap): %.1f ms, checksum %d\n  ", depth, t1 - t0, total);
    gc_print_stats(stdout);
    printf("  heap in use now %.1f MB, committed now %.1f MB\n", (double)s.heap_in_use / 1048576.0,
           (double)s.heap_committed / 1048576.0);
    gc_shutdown();
    t0 = now_ms();
    int mtotal = mbinarytrees(depth);
    t1 = now_ms();
    printf("bench binarytrees %d (malloc/free): %.1f ms, checksum %d\n", depth, t1 - t0, mtotal);
    CHECK(total == mtotal);
}

int main(void) {
    const char *e = getenv("GC_TEST_STRESS");
    stress = e ? (unsigned)atoi(e) : 0;
    e = getenv("GC_TEST_BENCH_DEPTH");
    int depth = e ? atoi(e) : (stress ? 10 : 16);

    if (getenv("GC_TEST_ONLY_BENCH")) {
        bench(depth);
        return failed ? 1 : 0;
    }
    test_survive_and_reclaim();
    test_cycles();
    test_deep_list();
    test_conservative();
    test_arrays();
    test_finalization();
    test_handles();
    test_heap_limit();
    test_bounded_loop();
    test_large();
    test_mark_stack_overflow();
    test_stress_workload();
    test_poison();
    if (depth > 0) bench(depth);

    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
