/* vm_objects.c — the allocation helpers: strings, arrays, objects and
 * boxes as vm.h offers them to internal calls and hosts; interned strings
 * (a GC root). */
#include "core/core.h"
#include "util/util.h"
#include "types/corlib_binder.h"

#include <stdlib.h>
#include <string.h>

static void set_oom(Thread *t) { if (t) interp_set_pending(t, "System.OutOfMemoryException", NULL); }

String *vm_string_alloc(Thread *t, int32_t length) {
    if (length < 0) { set_oom(t); return NULL; }
    size_t size = offsetof(String, chars) + ((size_t)length + 1) * 2;
    String *s = gc_alloc(&vm_types.string->gc, size);
    if (!s) { set_oom(t); return NULL; }
    s->length = length;
    return s;
}

String *vm_string_from_utf16(Thread *t, const uint16_t *chars, int32_t len) {
    String *s = vm_string_alloc(t, len);
    if (s && len) memcpy(s->chars, chars, (size_t)len * 2);
    return s;
}

/* UTF-8 -> UTF-16; invalid sequences become U+FFFD. */
String *vm_string_from_utf8(Thread *t, const char *u, size_t n) {
    const uint8_t *p = (const uint8_t *)u;
    int32_t count = 0;
    for (size_t i = 0; i < n;) {
        uint8_t c = p[i];
        size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
        if (i + len > n) len = 1;
        count += len == 4 ? 2 : 1;
        i += len;
    }
    String *s = vm_string_alloc(t, count);
    if (!s) return NULL;
    int32_t k = 0;
    for (size_t i = 0; i < n;) {
        uint8_t c = p[i];
        uint32_t cp;
        size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
        if (i + len > n) len = 1;
        if (len == 1) cp = c < 0x80 ? c : 0xFFFD;
        else if (len == 2) cp = ((c & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu);
        else if (len == 3) cp = ((c & 0x0Fu) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu);
        else cp = ((c & 0x07u) << 18) | ((p[i + 1] & 0x3Fu) << 12) | ((p[i + 2] & 0x3Fu) << 6) | (p[i + 3] & 0x3Fu);
        if (len == 4) {
            cp -= 0x10000;
            s->chars[k++] = (uint16_t)(0xD800 + (cp >> 10));
            s->chars[k++] = (uint16_t)(0xDC00 + (cp & 0x3FF));
        } else {
            s->chars[k++] = (uint16_t)cp;
        }
        i += len;
    }
    return s;
}

char *vm_string_to_utf8(const String *s, size_t *len_out) {
    size_t cap = (size_t)s->length * 3 + 1, n = 0;
    char *out = malloc(cap);
    if (!out) return NULL;
    for (int32_t i = 0; i < s->length; i++) {
        uint32_t c = s->chars[i];
        if (c >= 0xD800 && c < 0xDC00 && i + 1 < s->length && s->chars[i + 1] >= 0xDC00 && s->chars[i + 1] < 0xE000) {
            c = 0x10000 + ((c - 0xD800) << 10) + (s->chars[i + 1] - 0xDC00u);
            i++;
        } else if (c >= 0xD800 && c < 0xE000) {
            c = 0xFFFD;
        }
        if (c < 0x80) out[n++] = (char)c;
        else if (c < 0x800) { out[n++] = (char)(0xC0 | (c >> 6)); out[n++] = (char)(0x80 | (c & 0x3F)); }
        else if (c < 0x10000) { out[n++] = (char)(0xE0 | (c >> 12)); out[n++] = (char)(0x80 | ((c >> 6) & 0x3F)); out[n++] = (char)(0x80 | (c & 0x3F)); }
        else { out[n++] = (char)(0xF0 | (c >> 18)); out[n++] = (char)(0x80 | ((c >> 12) & 0x3F)); out[n++] = (char)(0x80 | ((c >> 6) & 0x3F)); out[n++] = (char)(0x80 | (c & 0x3F)); }
    }
    out[n] = 0;
    if (len_out) *len_out = n;
    return out;
}

/* ---- interning: a hash set of strings, all kept alive ---- */
static String **interned;
static uint32_t interned_cap, interned_count;

static uint32_t string_hash(const String *s) { return util_hash_bytes(s->chars, (size_t)s->length * 2, 0); }

static bool string_equal(const String *a, const String *b) {
    return a->length == b->length && memcmp(a->chars, b->chars, (size_t)a->length * 2) == 0;
}

static void intern_insert(String *s) {
    uint32_t j = string_hash(s) & (interned_cap - 1);
    while (interned[j]) j = (j + 1) & (interned_cap - 1);
    interned[j] = s;
}

String *vm_string_intern(Thread *t, String *s) {
    (void)t;
    if (interned_cap) {
        uint32_t j = string_hash(s) & (interned_cap - 1);
        while (interned[j]) {
            if (string_equal(interned[j], s)) return interned[j];
            j = (j + 1) & (interned_cap - 1);
        }
    }
    if ((interned_count + 1) * 2 > interned_cap) {
        uint32_t old_cap = interned_cap;
        String **old = interned;
        interned_cap = interned_cap ? interned_cap * 2 : 1024;
        interned = util_calloc(interned_cap, sizeof(String *));
        for (uint32_t i = 0; i < old_cap; i++) if (old[i]) intern_insert(old[i]);
        free(old);
    }
    intern_insert(s);
    interned_count++;
    return s;
}

void vm_mark_interned(void) {
    for (uint32_t i = 0; i < interned_cap; i++) if (interned[i]) gc_mark_ref(interned[i]);
}

String *interp_user_string(Assembly *a, uint32_t token) {
    uint32_t off = MD_TOKEN_ROW(token);
    if (MD_TOKEN_TABLE(token) != MD_TOKEN_USERSTRING || off > a->image->us_size) return NULL;
    String *cached = u32map_get(a->user_strings, off);
    if (cached) return cached;
    const uint16_t *chars;
    uint32_t len;
    if (!md_user_string(a->image, token, &chars, &len)) return NULL;
    String *s = vm_string_from_utf16(NULL, chars, (int32_t)len);
    if (!s) return NULL;
    s = vm_string_intern(NULL, s);
    u32map_put(a->user_strings, off, s);
    return s;
}

/* ---- arrays and objects ---- */
Array *vm_array_new(Thread *t, Type *element_type, int32_t length) {
    if (length < 0) { interp_set_pending(t, "System.OverflowException", "Arithmetic operation resulted in an overflow."); return NULL; }
    Type *at = type_szarray(element_type);
    if (!type_prepare(at, TS_READY)) { interp_set_pending_type_error(t); return NULL; }
    Array *a = gc_alloc_array(&at->gc, length);
    if (!a) set_oom(t);
    return a;
}

Type *vm_array_element_type(const Array *a) { return vm_object_type((const Object *)a)->element; }
uint32_t vm_array_element_size(const Array *a) { return vm_object_type((const Object *)a)->gc.elem_size; }

Object *vm_object_new(Thread *t, Type *type) {
    if (!type_prepare(type, TS_READY)) { interp_set_pending_type_error(t); return NULL; }
    Object *o = gc_alloc(&type->gc, type->instance_size);
    if (!o) set_oom(t);
    return o;
}

Object *vm_box(Thread *t, Type *value_type, const void *value) {
    if (value_type->flags & TF_NULLABLE) {
        Type *arg = value_type->boxed_nullable_arg;
        if (!*(const uint8_t *)value) return NULL;
        return vm_box(t, arg, (const uint8_t *)value + corlib_field_in(value_type, CF_nullable_value)->offset);
    }
    /* a boxed value is an object: calls on it need its vtable */
    if (!type_prepare(value_type, TS_READY)) { interp_set_pending_type_error(t); return NULL; }
    uint32_t size = type_value_size(value_type);
    Object *o = gc_alloc(&value_type->gc, VM_OBJECT_DATA_OFFSET + size);
    if (!o) { interp_set_pending(t, "System.OutOfMemoryException", NULL); return NULL; }
    memcpy(VM_OBJECT_DATA(o), value, size);
    return o;
}
