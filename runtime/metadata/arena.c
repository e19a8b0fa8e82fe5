/* arena.c — bump allocator for everything that lives as long as an image
 * (row arrays, parsed signatures, exception clauses). One free releases all. */
#include "metadata/md_private.h"

#include <stdlib.h>
#include <string.h>

typedef struct MdChunk {
    struct MdChunk *next;
    size_t used, cap;
} MdChunk;

struct MdArena { MdChunk *head; };

/* Chunk payload starts at a 16-byte boundary after the header. */
#define MD_CHUNK_HDR ((sizeof(MdChunk) + 15u) & ~(size_t)15u)
#define MD_CHUNK_MIN ((size_t)64 * 1024)

MdArena *md_arena_new(void) { return calloc(1, sizeof(MdArena)); }

void md_arena_free(MdArena *a) {
    if (!a) return;
    MdChunk *c = a->head;
    while (c) {
        MdChunk *next = c->next;
        free(c);
        c = next;
    }
    free(a);
}

void *md_arena_alloc_uninit(MdArena *a, size_t size) {
    if (!a) return NULL;
    if (size == 0) size = 8;
    if (size > SIZE_MAX / 2) return NULL;
    size = (size + 7u) & ~(size_t)7u;
    MdChunk *c = a->head;
    if (!c || c->cap - c->used < size) {
        size_t cap = size > MD_CHUNK_MIN ? size : MD_CHUNK_MIN;
        MdChunk *n = malloc(MD_CHUNK_HDR + cap);
        if (!n) return NULL;
        n->used = 0;
        n->cap = cap;
        /* A big one-off block goes behind the current chunk so the current
         * chunk's free tail keeps serving small requests. */
        if (c && cap == size && c->cap - c->used > 256) {
            n->next = c->next;
            c->next = n;
        } else {
            n->next = c;
            a->head = n;
        }
        c = n;
    }
    uint8_t *p = (uint8_t *)c + MD_CHUNK_HDR + c->used;
    c->used += size;
    return p;
}

void *md_arena_alloc(MdArena *a, size_t size) {
    void *p = md_arena_alloc_uninit(a, size);
    if (p) memset(p, 0, size);
    return p;
}
