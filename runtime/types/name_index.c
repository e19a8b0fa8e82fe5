/* name_index.c — an assembly's top-level TypeDefs by "Namespace.Name": an
 * open-addressing table of TypeDef rows keyed by the hash of the joined
 * name, which is never built as a string: the row's own namespace and name
 * are compared when a hash matches (opening the corlib built and hashed a
 * joined copy of each of its thousands of names). */
#include "types/types_internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct NameSlot { uint32_t hash, row; } NameSlot;   /* row 0: empty */
struct TypeNameIndex { uint32_t mask; NameSlot *slots; };

/* FNV-1a of "ns.name" ("name" when ns is empty), as of the joined string. */
static uint32_t joined_hash(const char *ns, const char *name) {
    uint32_t h = 2166136261u;
    if (ns[0]) {
        for (const uint8_t *b = (const uint8_t *)ns; *b; b++) { h ^= *b; h *= 16777619u; }
        h ^= '.'; h *= 16777619u;
    }
    for (const uint8_t *b = (const uint8_t *)name; *b; b++) { h ^= *b; h *= 16777619u; }
    return h;
}

/* Whether "ns1.name1" and "ns2.name2" are the same string (a dot may sit in
 * a namespace or in a name: "A.B" + "C" joins as "A" + "B.C" does). */
static bool joined_equal(const char *ns1, const char *name1, const char *ns2, const char *name2) {
    const char *parts1[3] = { ns1, ns1[0] ? "." : "", name1 }, *parts2[3] = { ns2, ns2[0] ? "." : "", name2 };
    int i = 0, k = 0;
    const char *p = parts1[0], *q = parts2[0];
    for (;;) {
        while (!*p && i < 2) p = parts1[++i];
        while (!*q && k < 2) q = parts2[++k];
        if (*p != *q) return false;
        if (!*p) return true;
        p++, q++;
    }
}

static bool is_nested(const MdImage *img, uint32_t row) { return (img->typedefs[row].flags & 0x7) >= 2; }

struct TypeNameIndex *name_index_build(const MdImage *img) {
    uint32_t n = img->row_count[MD_TYPEDEF], cap = 64;
    while (cap < n * 2 + 2) cap *= 2;
    struct TypeNameIndex *ix = util_calloc(1, sizeof *ix);
    NameSlot *slots = util_calloc(cap, sizeof *slots);
    if (!ix || !slots) { free(ix); free(slots); return NULL; }
    ix->mask = cap - 1;
    ix->slots = slots;
    for (uint32_t r = 1; r <= n; r++) {
        if (is_nested(img, r)) continue;
        const MdTypeDefRow *td = &img->typedefs[r];
        uint32_t h = joined_hash(td->ns, td->name), j = h & ix->mask;
        for (; slots[j].row; j = (j + 1) & ix->mask) {
            const MdTypeDefRow *o = &img->typedefs[slots[j].row];
            if (slots[j].hash == h && joined_equal(o->ns, o->name, td->ns, td->name)) break;   /* a later row wins */
        }
        slots[j].hash = h;
        slots[j].row = r;
    }
    return ix;
}

uint32_t name_index_find(const struct TypeNameIndex *ix, const MdImage *img, const char *ns, const char *name) {
    if (!ix) return 0;
    uint32_t h = joined_hash(ns, name);
    for (uint32_t j = h & ix->mask; ix->slots[j].row; j = (j + 1) & ix->mask) {
        const MdTypeDefRow *o = &img->typedefs[ix->slots[j].row];
        if (ix->slots[j].hash == h && joined_equal(o->ns, o->name, ns, name)) return ix->slots[j].row;
    }
    return 0;
}
