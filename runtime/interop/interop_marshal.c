/* interop_marshal.c — the encoded JS value format (interop.h) and its
 * conversions to and from managed values: range-checked numbers, strings,
 * booleans, null, arrays, byte[] <-> Uint8Array, JSObject handles. */
#include "interop/interop.h"
#include "core/core.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_DEPTH = 64 };   /* nesting limit: a self-containing object[] must not recurse forever */

/* ---- encoding ---- */

static bool reserve(InteropBuf *b, uint32_t more) {
    if (b->failed) return false;
    if (b->len + more <= b->cap) return true;
    uint32_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + more) cap *= 2;
    uint8_t *d = realloc(b->data, cap);
    if (!d) { b->failed = true; return false; }
    b->data = d;
    b->cap = cap;
    return true;
}

void interop_buf_free(InteropBuf *b) {
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

void interop_put_header(InteropBuf *b, uint32_t tag, uint32_t aux) {
    if (!reserve(b, 8)) return;
    memcpy(b->data + b->len, &tag, 4);
    memcpy(b->data + b->len + 4, &aux, 4);
    b->len += 8;
}

static void put_bytes(InteropBuf *b, const void *p, uint32_t n) {
    uint32_t padded = VM_ALIGN8(n);
    if (!reserve(b, padded)) return;
    if (n) memcpy(b->data + b->len, p, n);
    memset(b->data + b->len + n, 0, padded - n);
    b->len += padded;
}

static void put_f64(InteropBuf *b, double d) { interop_put_header(b, IT_NUMBER, 0); put_bytes(b, &d, 8); }

void interop_put_utf16(InteropBuf *b, const uint16_t *chars, uint32_t len) {
    interop_put_header(b, IT_STRING, len);
    put_bytes(b, chars, len * 2);
}

void interop_put_utf8(InteropBuf *b, const char *s) {
    /* messages are ASCII-heavy; decode UTF-8 properly anyway */
    size_t n = strlen(s);
    uint16_t *u = malloc((n + 1) * 2);
    if (!u) { b->failed = true; return; }
    uint32_t k = 0;
    for (size_t i = 0; i < n;) {
        uint32_t c = (uint8_t)s[i];
        int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
        if (extra) c &= 0x3Fu >> extra;
        i++;
        for (int e = 0; e < extra && i < n; e++, i++) c = (c << 6) | ((uint8_t)s[i] & 0x3F);
        if (c >= 0x10000) {
            c -= 0x10000;
            u[k++] = (uint16_t)(0xD800 + (c >> 10));
            u[k++] = (uint16_t)(0xDC00 + (c & 0x3FF));
        } else {
            u[k++] = (uint16_t)c;
        }
    }
    interop_put_utf16(b, u, k);
    free(u);
}

static Type *underlying(Type *type) {
    if (type && (type->flags & TF_ENUM) && type->element) return type->element;
    return type;
}

static bool encode_value(InteropBuf *b, Type *type, const void *v, int depth, char *err, size_t errlen);

static bool encode_object(InteropBuf *b, Object *o, int depth, char *err, size_t errlen) {
    if (!o) { interop_put_header(b, IT_NULL, 0); return true; }
    if (depth > MAX_DEPTH) { snprintf(err, errlen, "cannot pass a value nested deeper than %d levels to JS", MAX_DEPTH); return false; }
    Type *type = vm_object_type(o);
    if (type->flags & TF_STRING) { interop_put_utf16(b, ((String *)o)->chars, (uint32_t)((String *)o)->length); return true; }
    if (type->flags & TF_VALUETYPE) return encode_value(b, type, VM_OBJECT_DATA(o), depth + 1, err, errlen);
    if (type == interop_jsobject_type() && type) {
        int32_t h = interop_handle_of(o);
        if (!h) { snprintf(err, errlen, "cannot pass a disposed JSObject to JS"); return false; }
        interop_put_header(b, IT_OBJECT, (uint32_t)h);
        return true;
    }
    if ((type->flags & TF_ARRAY) && type->rank == 1 && type->element && !type->generic_def && type == type_szarray(type->element)) {
        Array *a = (Array *)o;
        Type *et = type->element;
        if (et == vm_types.byte) {
            interop_put_header(b, IT_BYTES, (uint32_t)a->length);
            put_bytes(b, VM_ARRAY_DATA(a), (uint32_t)a->length);
            return true;
        }
        interop_put_header(b, IT_ARRAY, (uint32_t)a->length);
        uint32_t size = vm_array_element_size(a);
        for (int32_t i = 0; i < a->length; i++)
            if (!encode_value(b, et, VM_ARRAY_DATA(a) + (size_t)i * size, depth + 1, err, errlen)) return false;
        return true;
    }
    snprintf(err, errlen, "cannot pass an object of type %s to JS", type_name_full(type));
    return false;
}

static bool encode_value(InteropBuf *b, Type *type, const void *v, int depth, char *err, size_t errlen) {
    type = underlying(type);
    if (!type || type == vm_types.void_) { interop_put_header(b, IT_UNDEFINED, 0); return true; }
    if (type == vm_types.boolean) { interop_put_header(b, IT_BOOL, *(const uint8_t *)v != 0); return true; }
    if (type == vm_types.sbyte) { put_f64(b, *(const int8_t *)v); return true; }
    if (type == vm_types.byte) { put_f64(b, *(const uint8_t *)v); return true; }
    if (type == vm_types.int16) { put_f64(b, *(const int16_t *)v); return true; }
    if (type == vm_types.uint16) { put_f64(b, *(const uint16_t *)v); return true; }
    if (type == vm_types.int32) { put_f64(b, *(const int32_t *)v); return true; }
    if (type == vm_types.uint32) { put_f64(b, *(const uint32_t *)v); return true; }
    if (type == vm_types.single) { float f; memcpy(&f, v, 4); put_f64(b, f); return true; }
    if (type == vm_types.double_) { double d; memcpy(&d, v, 8); put_f64(b, d); return true; }
    if (type == vm_types.int64 || type == vm_types.uint64) {
        interop_put_header(b, type == vm_types.int64 ? IT_I64 : IT_U64, 0);
        put_bytes(b, v, 8);
        return true;
    }
    if (type == vm_types.char_) { interop_put_utf16(b, (const uint16_t *)v, 1); return true; }
    if (type_is_reference(type)) {
        Object *o;
        memcpy(&o, v, sizeof o);
        return encode_object(b, o, depth, err, errlen);
    }
    snprintf(err, errlen, "cannot pass a value of type %s to JS", type_name_full(type));
    return false;
}

bool interop_encode_value(InteropBuf *b, Type *type, const void *value, char *err, size_t errlen) {
    bool ok = encode_value(b, type, value, 0, err, errlen);
    if (ok && b->failed) { snprintf(err, errlen, "out of memory encoding a value for JS"); return false; }
    return ok;
}

bool interop_encode_object(InteropBuf *b, Object *o, char *err, size_t errlen) {
    bool ok = encode_object(b, o, 0, err, errlen);
    if (ok && b->failed) { snprintf(err, errlen, "out of memory encoding a value for JS"); return false; }
    return ok;
}

/* ---- decoding ---- */

static uint32_t tag_of(const uint8_t *p) { uint32_t v; memcpy(&v, p, 4); return v; }
static uint32_t aux_of(const uint8_t *p) { uint32_t v; memcpy(&v, p + 4, 4); return v; }
static double f64_of(const uint8_t *p) { double v; memcpy(&v, p + 8, 8); return v; }
static int64_t i64_of(const uint8_t *p) { int64_t v; memcpy(&v, p + 8, 8); return v; }
static uint64_t u64_of(const uint8_t *p) { uint64_t v; memcpy(&v, p + 8, 8); return v; }

static const uint8_t *skip(const uint8_t *p, const uint8_t *end, int depth) {
    if (!p || p + 8 > end || depth > MAX_DEPTH) return NULL;
    uint32_t tag = tag_of(p), aux = aux_of(p);
    const uint8_t *next = p + 8;
    switch (tag) {
    case IT_NULL: case IT_UNDEFINED: case IT_BOOL: case IT_OBJECT: return next;
    case IT_NUMBER: case IT_I64: case IT_U64: return next + 8 <= end ? next + 8 : NULL;
    case IT_STRING: next += VM_ALIGN8((uint64_t)aux * 2); return next <= end ? next : NULL;
    case IT_BYTES: next += VM_ALIGN8((uint64_t)aux); return next <= end ? next : NULL;
    case IT_ARRAY:
        for (uint32_t i = 0; i < aux && next; i++) next = skip(next, end, depth + 1);
        return next;
    default: return NULL;
    }
}

const uint8_t *interop_skip(const uint8_t *p, const uint8_t *end) { return skip(p, end, 0); }

static const char *js_kind(const uint8_t *p) {
    switch (tag_of(p)) {
    case IT_NULL: return "null";
    case IT_UNDEFINED: return "undefined";
    case IT_BOOL: return "boolean";
    case IT_NUMBER: return "number";
    case IT_I64: case IT_U64: return "bigint";
    case IT_STRING: return "string";
    case IT_ARRAY: return "array";
    case IT_BYTES: return "Uint8Array";
    case IT_OBJECT: return "object";
    default: return "malformed value";
    }
}

/* Integer targets and their ranges. */
typedef struct IntRange { Type *type; double min, max; } IntRange;

static const IntRange *int_range(Type *type) {
    static IntRange r[6];
    if (!r[0].type) {
        r[0] = (IntRange){vm_types.sbyte, -128, 127};
        r[1] = (IntRange){vm_types.byte, 0, 255};
        r[2] = (IntRange){vm_types.int16, -32768, 32767};
        r[3] = (IntRange){vm_types.uint16, 0, 65535};
        r[4] = (IntRange){vm_types.int32, -2147483648.0, 2147483647.0};
        r[5] = (IntRange){vm_types.uint32, 0, 4294967295.0};
    }
    for (int i = 0; i < 6; i++) if (r[i].type == type) return &r[i];
    return NULL;
}

static bool is_szarray(Type *type) {
    return (type->flags & TF_ARRAY) && type->element && type == type_szarray(type->element);
}

#define MAX_SAFE 9007199254740991.0

static int fail(char *err, size_t errlen, const uint8_t *p, Type *type, const char *why) {
    snprintf(err, errlen, "cannot convert a JS %s to %s%s%s", js_kind(p), type_name_full(type), why ? ": " : "", why ? why : "");
    return -1;
}

static int score(const uint8_t *p, const uint8_t *end, Type *type, int depth, char *err, size_t errlen) {
    if (!p || p + 8 > end || depth > MAX_DEPTH) { snprintf(err, errlen, "malformed argument data"); return -1; }
    type = underlying(type);
    uint32_t tag = tag_of(p);
    bool ref = type_is_reference(type);
    if (type == vm_types.object) return 1;
    if (tag == IT_NULL || tag == IT_UNDEFINED) return ref ? 2 : fail(err, errlen, p, type, "a value type cannot be null");
    if (type == vm_types.string) return tag == IT_STRING ? 3 : fail(err, errlen, p, type, NULL);
    if (type == vm_types.boolean) return tag == IT_BOOL ? 3 : fail(err, errlen, p, type, NULL);
    if (type == vm_types.char_) return tag == IT_STRING && aux_of(p) == 1 ? 2 : fail(err, errlen, p, type, "expected a one-character string");
    const IntRange *ir = int_range(type);
    bool i64 = type == vm_types.int64, u64 = type == vm_types.uint64;
    bool real = type == vm_types.double_ || type == vm_types.single;
    if (ir || i64 || u64 || real) {
        if (tag == IT_NUMBER) {
            double d = f64_of(p);
            if (real) return type == vm_types.double_ ? (d == floor(d) ? 2 : 3) : 1;
            if (d != floor(d) || isinf(d)) return fail(err, errlen, p, type, isnan(d) ? "NaN is not an integer" : "not an integer");
            if (ir) {
                if (d < ir->min || d > ir->max) { char why[80]; snprintf(why, sizeof why, "%.17g is out of range", d); return fail(err, errlen, p, type, why); }
                return type == vm_types.int32 ? 3 : 2;
            }
            if (d > MAX_SAFE || d < -MAX_SAFE) return fail(err, errlen, p, type, "not a safe integer: pass a BigInt");
            if (u64 && d < 0) { char why[80]; snprintf(why, sizeof why, "%.17g is out of range", d); return fail(err, errlen, p, type, why); }
            return 2;
        }
        if (tag == IT_I64 || tag == IT_U64) {
            if (real) return 1;
            bool neg = tag == IT_I64 && i64_of(p) < 0;
            if (i64) return tag == IT_I64 || u64_of(p) <= (uint64_t)INT64_MAX ? 3 : fail(err, errlen, p, type, "out of range");
            if (u64) return !neg ? 3 : fail(err, errlen, p, type, "out of range");
            double d = tag == IT_I64 ? (double)i64_of(p) : (double)u64_of(p);
            if (d < ir->min || d > ir->max) return fail(err, errlen, p, type, "out of range");
            return 1;
        }
        return fail(err, errlen, p, type, NULL);
    }
    if (type == interop_jsobject_type() && type) return tag == IT_OBJECT ? 3 : fail(err, errlen, p, type, NULL);
    if (is_szarray(type)) {
        if (tag == IT_BYTES) return type->element == vm_types.byte ? 3 : fail(err, errlen, p, type, "a Uint8Array converts to byte[]");
        if (tag != IT_ARRAY) return fail(err, errlen, p, type, NULL);
        const uint8_t *q = p + 8;
        for (uint32_t i = 0; i < aux_of(p); i++) {
            if (score(q, end, type->element, depth + 1, err, errlen) < 0) {
                char inner[300];
                snprintf(inner, sizeof inner, "%s", err);
                snprintf(err, errlen, "element %u: %s", i, inner);
                return -1;
            }
            q = skip(q, end, depth + 1);
        }
        return 2;
    }
    return fail(err, errlen, p, type, "this type cannot be marshalled from JS");
}

int interop_score(const uint8_t *p, const uint8_t *end, Type *type, char *err, size_t errlen) {
    return score(p, end, type, 0, err, errlen);
}

static void store_int(void *dst, Type *type, int64_t v, bool slot) {
    if (slot && type_value_size(type) < 8 && type != vm_types.single) {
        int32_t w = (int32_t)v;
        if (type == vm_types.byte) w = (uint8_t)v;
        else if (type == vm_types.sbyte) w = (int8_t)v;
        else if (type == vm_types.int16) w = (int16_t)v;
        else if (type == vm_types.uint16 || type == vm_types.char_) w = (uint16_t)v;
        else if (type == vm_types.boolean) w = v != 0;
        int64_t wide = w;   /* the slot's upper half is defined too */
        memcpy(dst, &wide, 8);
        return;
    }
    switch (type_value_size(type)) {
    case 1: { uint8_t x = (uint8_t)v; memcpy(dst, &x, 1); break; }
    case 2: { uint16_t x = (uint16_t)v; memcpy(dst, &x, 2); break; }
    case 4: { uint32_t x = (uint32_t)v; memcpy(dst, &x, 4); break; }
    default: memcpy(dst, &v, 8); break;
    }
}

static bool convert(Thread *t, InteropIn *in, Type *type, void *dst, bool slot, int depth, char *err, size_t errlen);

/* The natural .NET type of a JS value, for `object` targets. */
static Type *natural_type(const uint8_t *p) {
    switch (tag_of(p)) {
    case IT_BOOL: return vm_types.boolean;
    case IT_NUMBER: return vm_types.double_;
    case IT_I64: return vm_types.int64;
    case IT_U64: return vm_types.uint64;
    case IT_STRING: return vm_types.string;
    case IT_ARRAY: return type_szarray(vm_types.object);
    case IT_BYTES: return type_szarray(vm_types.byte);
    case IT_OBJECT: return interop_jsobject_type();
    default: return NULL;
    }
}

static bool store_ref(void *dst, Object *o) { memcpy(dst, &o, sizeof o); return true; }

static bool convert(Thread *t, InteropIn *in, Type *type, void *dst, bool slot, int depth, char *err, size_t errlen) {
    const uint8_t *p = in->p;
    if (score(p, in->end, type, depth, err, errlen) < 0) return false;
    type = underlying(type);
    uint32_t tag = tag_of(p), aux = aux_of(p);
    const uint8_t *next = skip(p, in->end, depth);
    if (tag == IT_NULL || tag == IT_UNDEFINED) { in->p = next; return store_ref(dst, NULL); }
    if (type == vm_types.object) {
        Type *nat = natural_type(p);
        if (!nat) { snprintf(err, errlen, "cannot convert a JS %s to System.Object", js_kind(p)); return false; }
        if (!vm_type_is_value_type(nat)) return convert(t, in, nat, dst, false, depth, err, errlen);
        uint64_t raw = 0;
        if (!convert(t, in, nat, &raw, false, depth, err, errlen)) return false;
        Object *box = vm_box(t, nat, &raw);
        if (!box) return false;
        return store_ref(dst, box);
    }
    in->p = next;
    if (type == vm_types.string) {
        String *s = vm_string_from_utf16(t, (const uint16_t *)(const void *)(p + 8), (int32_t)aux);
        return s && store_ref(dst, (Object *)s);
    }
    if (type == vm_types.boolean) { store_int(dst, type, aux != 0, slot); return true; }
    if (type == vm_types.char_) { uint16_t c; memcpy(&c, p + 8, 2); store_int(dst, type, c, slot); return true; }
    if (type == vm_types.double_ || type == vm_types.single) {
        double d = tag == IT_NUMBER ? f64_of(p) : tag == IT_I64 ? (double)i64_of(p) : (double)u64_of(p);
        if (type == vm_types.double_) { memcpy(dst, &d, 8); return true; }
        float f = (float)d;
        if (slot) memset(dst, 0, 8);
        memcpy(dst, &f, 4);
        return true;
    }
    if (int_range(type) || type == vm_types.int64 || type == vm_types.uint64) {
        int64_t v = tag == IT_NUMBER ? (int64_t)f64_of(p) : i64_of(p);   /* U64 shares the bits */
        store_int(dst, type, v, slot);
        return true;
    }
    if (type == interop_jsobject_type() && type) {
        Object *o = interop_wrap_handle(t, (int32_t)aux);
        return o && store_ref(dst, o);
    }
    if (is_szarray(type)) {
        Type *et = type->element;
        Array *a = vm_array_new(t, et, (int32_t)aux);
        if (!a) return false;
        GC_ROOT(a);
        bool ok = true;
        if (tag == IT_BYTES) {
            memcpy(VM_ARRAY_DATA(a), p + 8, aux);
        } else {
            InteropIn elems = {p + 8, in->end};
            uint32_t size = vm_array_element_size(a);
            for (uint32_t i = 0; i < aux && ok; i++)
                ok = convert(t, &elems, et, VM_ARRAY_DATA(a) + (size_t)i * size, false, depth + 1, err, errlen);
        }
        gc_root_pop(1);
        return ok && store_ref(dst, (Object *)a);
    }
    snprintf(err, errlen, "cannot convert a JS %s to %s", js_kind(p), type_name_full(type));
    return false;
}

bool interop_convert(Thread *t, InteropIn *in, Type *type, void *dst, bool slot, char *err, size_t errlen) {
    return convert(t, in, type, dst, slot, 0, err, errlen);
}
