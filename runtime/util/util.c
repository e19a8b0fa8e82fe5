#include "util/util.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void *util_calloc(size_t count, size_t size) {
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p) fprintf(stderr, "cilantro: out of native memory (%zu bytes)\n", count * size);
    return p;
}

void *util_malloc_array(size_t count, size_t size) {
    if (count && size > SIZE_MAX / count) { fprintf(stderr, "cilantro: out of native memory\n"); return NULL; }
    size_t n = count * size;
    void *p = malloc(n ? n : 1);
    if (!p) fprintf(stderr, "cilantro: out of native memory (%zu bytes)\n", count * size);
    return p;
}

void *util_realloc(void *p, size_t size) {
    void *q = realloc(p, size ? size : 1);
    if (!q) fprintf(stderr, "cilantro: out of native memory (%zu bytes)\n", size);
    return q;
}

char *util_strdup(const char *s) {
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d) memcpy(d, s, n);
    return d;
}

char *util_format(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *s = malloc((size_t)n + 1);
    if (!s) return NULL;
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

uint32_t util_hash_bytes(const void *p, size_t n, uint32_t seed) {
    const uint8_t *b = p;
    uint32_t h = 2166136261u ^ seed;
    for (size_t i = 0; i < n; i++) { h ^= b[i]; h *= 16777619u; }
    return h;
}

/* The same value as util_hash_bytes(s, strlen(s), 0), in one pass. */
uint32_t util_hash_str(const char *s) {
    uint32_t h = 2166136261u;
    for (const uint8_t *b = (const uint8_t *)s; *b; b++) { h ^= *b; h *= 16777619u; }
    return h;
}

static void strmap_resize(StrMap *m, uint32_t cap) {
    const char **keys = util_calloc(cap, sizeof *keys);
    void **values = util_calloc(cap, sizeof *values);
    for (uint32_t i = 0; i < m->capacity; i++) {
        if (!m->keys[i]) continue;
        uint32_t j = util_hash_str(m->keys[i]) & (cap - 1);
        while (keys[j]) j = (j + 1) & (cap - 1);
        keys[j] = m->keys[i];
        values[j] = m->values[i];
    }
    free(m->keys);
    free(m->values);
    m->keys = keys;
    m->values = values;
    m->capacity = cap;
}

static void strmap_grow(StrMap *m) { strmap_resize(m, m->capacity ? m->capacity * 2 : 64); }

void strmap_reserve(StrMap *m, uint32_t count) {
    uint32_t cap = m->capacity ? m->capacity : 64;
    while (cap < count * 2 + 2) cap *= 2;
    if (cap > m->capacity) strmap_resize(m, cap);
}

void *strmap_get(const StrMap *m, const char *key) {
    if (!m->capacity) return NULL;
    uint32_t j = util_hash_str(key) & (m->capacity - 1);
    while (m->keys[j]) {
        if (strcmp(m->keys[j], key) == 0) return m->values[j];
        j = (j + 1) & (m->capacity - 1);
    }
    return NULL;
}

void strmap_put(StrMap *m, const char *key, void *value) {
    if ((m->count + 1) * 2 > m->capacity) strmap_grow(m);
    uint32_t j = util_hash_str(key) & (m->capacity - 1);
    while (m->keys[j]) {
        if (strcmp(m->keys[j], key) == 0) { m->values[j] = value; return; }
        j = (j + 1) & (m->capacity - 1);
    }
    m->keys[j] = key;
    m->values[j] = value;
    m->count++;
}

void strmap_free(StrMap *m) {
    free(m->keys);
    free(m->values);
    memset(m, 0, sizeof *m);
}

static uint32_t u32_slot(uint32_t key, uint32_t cap) { return (key * 2654435761u) & (cap - 1); }

void *u32map_get(const U32Map *m, uint32_t key) {
    if (!m->capacity) return NULL;
    for (uint32_t j = u32_slot(key, m->capacity); m->keys[j]; j = (j + 1) & (m->capacity - 1))
        if (m->keys[j] == key) return m->values[j];
    return NULL;
}

void u32map_put(U32Map *m, uint32_t key, void *value) {
    if ((m->count + 1) * 2 > m->capacity) {
        U32Map grown = {0};
        grown.capacity = m->capacity ? m->capacity * 2 : 64;
        grown.keys = util_calloc(grown.capacity, sizeof(uint32_t));
        grown.values = util_calloc(grown.capacity, sizeof(void *));
        for (uint32_t i = 0; i < m->capacity; i++)
            if (m->keys[i]) u32map_put(&grown, m->keys[i], m->values[i]);
        free(m->keys);
        free(m->values);
        *m = grown;
    }
    uint32_t j = u32_slot(key, m->capacity);
    while (m->keys[j] && m->keys[j] != key) j = (j + 1) & (m->capacity - 1);
    if (!m->keys[j]) m->count++;
    m->keys[j] = key;
    m->values[j] = value;
}

void buf_reserve(Buf *b, size_t extra) {
    if (b->len + extra <= b->cap) return;
    size_t cap = b->cap ? b->cap * 2 : 256;
    while (cap < b->len + extra) cap *= 2;
    b->data = util_realloc(b->data, cap);
    b->cap = cap;
}

void buf_append(Buf *b, const void *p, size_t n) {
    buf_reserve(b, n + 1);
    memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = 0;
}

void buf_printf(Buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    buf_reserve(b, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf((char *)b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void buf_free(Buf *b) {
    free(b->data);
    memset(b, 0, sizeof *b);
}
