/* util.h — small shared helpers: checked allocation, a string-keyed hash map,
 * a growable byte buffer. Allocation failure here is fatal only in the sense
 * that it reports and returns NULL; callers turn it into OutOfMemory. */
#ifndef CILANTRO_UTIL_H
#define CILANTRO_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

void *util_calloc(size_t count, size_t size);
/* count * size bytes, not cleared (for storage filled piece by piece) */
void *util_malloc_array(size_t count, size_t size);
void *util_realloc(void *p, size_t size);
char *util_strdup(const char *s);
char *util_format(const char *fmt, ...);   /* malloc'ed */

/* Hash map from NUL-terminated string keys (not copied) to pointers. */
typedef struct StrMap {
    const char **keys;
    void **values;
    uint32_t capacity, count;
} StrMap;
void *strmap_get(const StrMap *m, const char *key);
void strmap_put(StrMap *m, const char *key, void *value);
/* Room for `count` keys in all without growing (one rehash instead of several). */
void strmap_reserve(StrMap *m, uint32_t count);
void strmap_free(StrMap *m);
uint32_t util_hash_str(const char *s);
uint32_t util_hash_bytes(const void *p, size_t n, uint32_t seed);

/* Hash map from nonzero 32-bit keys to pointers. */
typedef struct U32Map {
    uint32_t *keys;
    void **values;
    uint32_t capacity, count;
} U32Map;
void *u32map_get(const U32Map *m, uint32_t key);
void u32map_put(U32Map *m, uint32_t key, void *value);

/* Growable buffer of bytes. */
typedef struct Buf { uint8_t *data; size_t len, cap; } Buf;
void buf_reserve(Buf *b, size_t extra);
void buf_append(Buf *b, const void *p, size_t n);
void buf_printf(Buf *b, const char *fmt, ...);
void buf_free(Buf *b);

#endif
