/* icall_string.c — the hot System.String primitives: concatenation,
 * equality, ordinal comparison, hashing, searching, substring, replace,
 * invariant case conversion and raw char copies for C# string building.
 *
 * Arguments arrive in interpreter slots, which the collector scans, so
 * strings passed in stay alive across an allocation here (the heap does not
 * move objects). Only objects created in this file need GC_ROOT. */
#include "icalls/icall_char.h"
#include "icalls/icalls.h"
#include "vm.h"

#include <string.h>

#define A(i) (args[(i)])
#define STR(i) ((String *)A(i).o)

static int32_t slen(const String *s) { return s ? s->length : 0; }

/* ---- concatenation (null counts as "") ---- */
static void concat_n(Thread *t, Slot *ret, String **parts, int n) {
    int64_t total = 0;
    int nonempty = 0, last = -1;
    for (int i = 0; i < n; i++)
        if (slen(parts[i])) { total += parts[i]->length; nonempty++; last = i; }
    if (nonempty == 0) { ret->o = (Object *)vm_string_alloc(t, 0); return; }
    if (nonempty == 1) { ret->o = (Object *)parts[last]; return; }
    if (total > INT32_MAX / 2) { vm_throw_new(t, "System.OutOfMemoryException", NULL); return; }
    String *r = vm_string_alloc(t, (int32_t)total);
    if (!r) return;
    uint16_t *p = r->chars;
    for (int i = 0; i < n; i++) {
        int32_t l = slen(parts[i]);
        if (l) { memcpy(p, parts[i]->chars, (size_t)l * 2); p += l; }
    }
    ret->o = (Object *)r;
}

static void string_concat2(Thread *t, Slot *args, Slot *ret) {
    String *p[2] = {STR(0), STR(1)};
    concat_n(t, ret, p, 2);
}

static void string_concat3(Thread *t, Slot *args, Slot *ret) {
    String *p[3] = {STR(0), STR(1), STR(2)};
    concat_n(t, ret, p, 3);
}

static void string_concat4(Thread *t, Slot *args, Slot *ret) {
    String *p[4] = {STR(0), STR(1), STR(2), STR(3)};
    concat_n(t, ret, p, 4);
}

/* ---- equality and comparison ---- */
static bool str_equal(const String *a, const String *b) {
    if (a == b) return true;
    if (!a || !b || a->length != b->length) return false;
    return memcmp(a->chars, b->chars, (size_t)a->length * 2) == 0;
}

static void string_equals_static(Thread *t, Slot *args, Slot *ret) { (void)t; ret->i4 = str_equal(STR(0), STR(1)); }
static void string_not_equals(Thread *t, Slot *args, Slot *ret) { (void)t; ret->i4 = !str_equal(STR(0), STR(1)); }

static void string_equals_instance(Thread *t, Slot *args, Slot *ret) {
    if (!STR(0)) { vm_throw_new(t, "System.NullReferenceException", NULL); return; }
    ret->i4 = str_equal(STR(0), STR(1));
}

static int32_t compare_units(const uint16_t *a, const uint16_t *b, int32_t n, bool ignore_case) {
    for (int32_t i = 0; i < n; i++) {
        uint16_t x = a[i], y = b[i];
        if (x == y) continue;
        if (ignore_case) {
            x = icall_char_upper(x);
            y = icall_char_upper(y);
            if (x == y) continue;
        }
        return (int32_t)x - (int32_t)y;
    }
    return 0;
}

static void string_compare_ordinal(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    String *a = STR(0), *b = STR(1);
    if (a == b) { ret->i4 = 0; return; }
    if (!a) { ret->i4 = -1; return; }
    if (!b) { ret->i4 = 1; return; }
    int32_t n = a->length < b->length ? a->length : b->length;
    int32_t c = compare_units(a->chars, b->chars, n, false);
    ret->i4 = c ? c : a->length - b->length;
}

/* InternalCompareOrdinal(a, ia, b, ib, length, ignoreCase): callers validated the ranges. */
static void string_compare_ordinal_range(Thread *t, Slot *args, Slot *ret) {
    String *a = STR(0), *b = STR(2);
    int32_t ia = A(1).i4, ib = A(3).i4, n = A(4).i4;
    if (!a || !b || ia < 0 || ib < 0 || n < 0 || n > a->length - ia || n > b->length - ib) {
        vm_throw_new(t, "System.ArgumentOutOfRangeException", NULL);
        return;
    }
    ret->i4 = compare_units(a->chars + ia, b->chars + ib, n, A(5).i4 != 0);
}

/* A deterministic FNV-1a over the UTF-16 code units (same value on every
 * run and on both targets, unlike .NET's randomized Marvin). */
static void string_hash(Thread *t, Slot *args, Slot *ret) {
    String *s = STR(0);
    if (!s) { vm_throw_new(t, "System.NullReferenceException", NULL); return; }
    uint32_t h = 2166136261u;
    for (int32_t i = 0; i < s->length; i++) {
        h = (h ^ (s->chars[i] & 0xFF)) * 16777619u;
        h = (h ^ (s->chars[i] >> 8)) * 16777619u;
    }
    ret->i4 = (int32_t)h;
}

/* ---- substring ---- */
static void substring_core(Thread *t, Slot *ret, String *s, int32_t start, int32_t len) {
    if (start == 0 && len == s->length) { ret->o = (Object *)s; return; }
    String *r = vm_string_alloc(t, len);
    if (!r) return;
    memcpy(r->chars, s->chars + start, (size_t)len * 2);
    ret->o = (Object *)r;
}

static void string_substring1(Thread *t, Slot *args, Slot *ret) {
    String *s = STR(0);
    int32_t start = A(1).i4;
    if (!s) { vm_throw_new(t, "System.NullReferenceException", NULL); return; }
    if (start < 0) { vm_throw_argument(t, "System.ArgumentOutOfRangeException", "startIndex", "StartIndex cannot be less than zero."); return; }
    if (start > s->length) { vm_throw_argument(t, "System.ArgumentOutOfRangeException", "startIndex", "startIndex cannot be larger than length of string."); return; }
    substring_core(t, ret, s, start, s->length - start);
}

static void string_substring2(Thread *t, Slot *args, Slot *ret) {
    String *s = STR(0);
    int32_t start = A(1).i4, len = A(2).i4;
    if (!s) { vm_throw_new(t, "System.NullReferenceException", NULL); return; }
    if (start < 0) { vm_throw_argument(t, "System.ArgumentOutOfRangeException", "startIndex", "StartIndex cannot be less than zero."); return; }
    if (start > s->length) { vm_throw_argument(t, "System.ArgumentOutOfRangeException", "startIndex", "startIndex cannot be larger than length of string."); return; }
    if (len < 0) { vm_throw_argument(t, "System.ArgumentOutOfRangeException", "length", "Length cannot be less than zero."); return; }
    if (start > s->length - len) { vm_throw_argument(t, "System.ArgumentOutOfRangeException", "length", "Index and length must refer to a location within the string."); return; }
    substring_core(t, ret, s, start, len);
}

/* ---- searching ---- */
static void index_of_char(Thread *t, Slot *ret, String *s, uint16_t c, int32_t start, int32_t count) {
    if (!s) { vm_throw_new(t, "System.NullReferenceException", NULL); return; }
    if (start < 0 || start > s->length) {
        vm_throw_argument(t, "System.ArgumentOutOfRangeException", "startIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
        return;
    }
    if (count < 0 || count > s->length - start) {
        vm_throw_argument(t, "System.ArgumentOutOfRangeException", "count", "Count must be positive and count must refer to a location within the string/array/collection.");
        return;
    }
    const uint16_t *p = s->chars;
    for (int32_t i = start, end = start + count; i < end; i++)
        if (p[i] == c) { ret->i4 = i; return; }
    ret->i4 = -1;
}

static void string_index_of_char1(Thread *t, Slot *args, Slot *ret) {
    String *s = STR(0);
    index_of_char(t, ret, s, (uint16_t)A(1).i4, 0, s ? s->length : 0);
}

static void string_index_of_char2(Thread *t, Slot *args, Slot *ret) {
    String *s = STR(0);
    int32_t start = A(2).i4;
    index_of_char(t, ret, s, (uint16_t)A(1).i4, start, s ? s->length - start : 0);
}

static void string_index_of_char3(Thread *t, Slot *args, Slot *ret) {
    index_of_char(t, ret, STR(0), (uint16_t)A(1).i4, A(2).i4, A(3).i4);
}

static int32_t find_ordinal(const String *s, const String *v, int32_t start, int32_t count) {
    int32_t vl = v->length;
    if (vl == 0) return start;
    int32_t last = start + count - vl;
    uint16_t first = v->chars[0];
    for (int32_t i = start; i <= last; i++)
        if (s->chars[i] == first && memcmp(s->chars + i, v->chars, (size_t)vl * 2) == 0) return i;
    return -1;
}

/* InternalIndexOfOrdinal(s, value, startIndex, count): ranges validated in C#. */
static void string_index_of_ordinal(Thread *t, Slot *args, Slot *ret) {
    String *s = STR(0), *v = STR(1);
    int32_t start = A(2).i4, count = A(3).i4;
    if (!s || !v) { vm_throw_argument(t, "System.ArgumentNullException", "value", "Value cannot be null."); return; }
    if (start < 0 || count < 0 || count > s->length - start) { vm_throw_new(t, "System.ArgumentOutOfRangeException", NULL); return; }
    ret->i4 = find_ordinal(s, v, start, count);
}

/* InternalLastIndexOfOrdinal(s, value, lo, count): last match inside [lo, lo+count). */
static void string_last_index_of_ordinal(Thread *t, Slot *args, Slot *ret) {
    String *s = STR(0), *v = STR(1);
    int32_t lo = A(2).i4, count = A(3).i4;
    if (!s || !v) { vm_throw_argument(t, "System.ArgumentNullException", "value", "Value cannot be null."); return; }
    if (lo < 0 || count < 0 || count > s->length - lo) { vm_throw_new(t, "System.ArgumentOutOfRangeException", NULL); return; }
    int32_t vl = v->length;
    for (int32_t i = lo + count - vl; i >= lo; i--)
        if (memcmp(s->chars + i, v->chars, (size_t)vl * 2) == 0) { ret->i4 = i; return; }
    ret->i4 = -1;
}

static void string_index_of_any(Thread *t, Slot *args, Slot *ret) {
    String *s = STR(0);
    Array *any = (Array *)A(1).o;
    int32_t start = A(2).i4, count = A(3).i4;
    if (!s || !any) { vm_throw_argument(t, "System.ArgumentNullException", "anyOf", "Value cannot be null."); return; }
    if (start < 0 || count < 0 || count > s->length - start) { vm_throw_new(t, "System.ArgumentOutOfRangeException", NULL); return; }
    const uint16_t *set = (const uint16_t *)VM_ARRAY_DATA(any);
    for (int32_t i = start; i < start + count; i++)
        for (int32_t k = 0; k < any->length; k++)
            if (s->chars[i] == set[k]) { ret->i4 = i; return; }
    ret->i4 = -1;
}

/* ---- replace ---- */
static void string_replace_char(Thread *t, Slot *args, Slot *ret) {
    String *s = STR(0);
    uint16_t from = (uint16_t)A(1).i4, to = (uint16_t)A(2).i4;
    if (!s) { vm_throw_new(t, "System.NullReferenceException", NULL); return; }
    int32_t first = -1;
    for (int32_t i = 0; i < s->length; i++)
        if (s->chars[i] == from) { first = i; break; }
    if (first < 0) { ret->o = (Object *)s; return; }
    String *r = vm_string_alloc(t, s->length);
    if (!r) return;
    for (int32_t i = 0; i < s->length; i++) {
        uint16_t c = s->chars[i];
        r->chars[i] = c == from ? to : c;
    }
    ret->o = (Object *)r;
}

static void string_replace_string(Thread *t, Slot *args, Slot *ret) {
    String *s = STR(0), *from = STR(1), *to = STR(2);
    if (!s) { vm_throw_new(t, "System.NullReferenceException", NULL); return; }
    if (!from) { vm_throw_argument(t, "System.ArgumentNullException", "oldValue", "Value cannot be null."); return; }
    if (from->length == 0) { vm_throw_argument(t, "System.ArgumentException", "oldValue", "String cannot be of zero length."); return; }
    int32_t tl = slen(to), fl = from->length;
    int64_t hits = 0;
    for (int32_t i = find_ordinal(s, from, 0, s->length); i >= 0; i = find_ordinal(s, from, i + fl, s->length - i - fl)) hits++;
    if (hits == 0) { ret->o = (Object *)s; return; }
    int64_t total = s->length + hits * (tl - fl);
    if (total > INT32_MAX / 2) { vm_throw_new(t, "System.OutOfMemoryException", NULL); return; }
    String *r = vm_string_alloc(t, (int32_t)total);
    if (!r) return;
    int32_t src = 0, dst = 0;
    for (int32_t i = find_ordinal(s, from, 0, s->length); i >= 0; i = find_ordinal(s, from, i + fl, s->length - i - fl)) {
        memcpy(r->chars + dst, s->chars + src, (size_t)(i - src) * 2);
        dst += i - src;
        if (tl) memcpy(r->chars + dst, to->chars, (size_t)tl * 2);
        dst += tl;
        src = i + fl;
    }
    memcpy(r->chars + dst, s->chars + src, (size_t)(s->length - src) * 2);
    ret->o = (Object *)r;
}

/* ---- invariant case ---- */
static void change_case(Thread *t, Slot *args, Slot *ret, uint16_t (*map)(uint16_t)) {
    String *s = STR(0);
    if (!s) { vm_throw_new(t, "System.NullReferenceException", NULL); return; }
    int32_t first = -1;
    for (int32_t i = 0; i < s->length; i++)
        if (map(s->chars[i]) != s->chars[i]) { first = i; break; }
    if (first < 0) { ret->o = (Object *)s; return; }
    String *r = vm_string_alloc(t, s->length);
    if (!r) return;
    memcpy(r->chars, s->chars, (size_t)first * 2);
    for (int32_t i = first; i < s->length; i++) r->chars[i] = map(s->chars[i]);
    ret->o = (Object *)r;
}

static void string_to_upper(Thread *t, Slot *args, Slot *ret) { change_case(t, args, ret, icall_char_upper); }
static void string_to_lower(Thread *t, Slot *args, Slot *ret) { change_case(t, args, ret, icall_char_lower); }

/* ---- raw copies for building fresh strings in C# ---- */
static bool range_ok(int32_t len, int32_t index, int32_t count) {
    return index >= 0 && count >= 0 && count <= len - index;
}

static void string_set_char(Thread *t, Slot *args, Slot *ret) {
    (void)ret;
    String *s = STR(0);
    int32_t i = A(1).i4;
    if (!s || !range_ok(s->length, i, 1)) { vm_throw_new(t, "System.IndexOutOfRangeException", NULL); return; }
    s->chars[i] = (uint16_t)A(2).i4;
}

static void string_copy_chars(Thread *t, Slot *args, Slot *ret) {
    (void)ret;
    String *src = STR(0), *dst = STR(2);
    int32_t si = A(1).i4, di = A(3).i4, n = A(4).i4;
    if (!src || !dst || !range_ok(src->length, si, n) || !range_ok(dst->length, di, n)) {
        vm_throw_new(t, "System.ArgumentOutOfRangeException", NULL);
        return;
    }
    memmove(dst->chars + di, src->chars + si, (size_t)n * 2);
}

static void string_copy_from_array(Thread *t, Slot *args, Slot *ret) {
    (void)ret;
    Array *src = (Array *)A(0).o;
    String *dst = STR(2);
    int32_t si = A(1).i4, di = A(3).i4, n = A(4).i4;
    if (!src || !dst || !range_ok(src->length, si, n) || !range_ok(dst->length, di, n)) {
        vm_throw_new(t, "System.ArgumentOutOfRangeException", NULL);
        return;
    }
    memmove(dst->chars + di, (const uint16_t *)VM_ARRAY_DATA(src) + si, (size_t)n * 2);
}

static void string_copy_to_array(Thread *t, Slot *args, Slot *ret) {
    (void)ret;
    String *src = STR(0);
    Array *dst = (Array *)A(2).o;
    int32_t si = A(1).i4, di = A(3).i4, n = A(4).i4;
    if (!src || !dst || !range_ok(src->length, si, n) || !range_ok(dst->length, di, n)) {
        vm_throw_new(t, "System.ArgumentOutOfRangeException", NULL);
        return;
    }
    memmove((uint16_t *)VM_ARRAY_DATA(dst) + di, src->chars + si, (size_t)n * 2);
}

const IcallEntry icall_string_entries[] = {
    {"System.String::Concat(System.String,System.String)", string_concat2},
    {"System.String::Concat(System.String,System.String,System.String)", string_concat3},
    {"System.String::Concat(System.String,System.String,System.String,System.String)", string_concat4},
    {"System.String::Equals(System.String,System.String)", string_equals_static},
    {"System.String::op_Equality(System.String,System.String)", string_equals_static},
    {"System.String::op_Inequality(System.String,System.String)", string_not_equals},
    {"System.String::Equals(System.String)", string_equals_instance},
    {"System.String::CompareOrdinal(System.String,System.String)", string_compare_ordinal},
    {"System.String::InternalCompareOrdinal(System.String,System.Int32,System.String,System.Int32,System.Int32,System.Boolean)", string_compare_ordinal_range},
    {"System.String::GetHashCode()", string_hash},
    {"System.String::Substring(System.Int32)", string_substring1},
    {"System.String::Substring(System.Int32,System.Int32)", string_substring2},
    {"System.String::IndexOf(System.Char)", string_index_of_char1},
    {"System.String::IndexOf(System.Char,System.Int32)", string_index_of_char2},
    {"System.String::IndexOf(System.Char,System.Int32,System.Int32)", string_index_of_char3},
    {"System.String::InternalIndexOfOrdinal(System.String,System.String,System.Int32,System.Int32)", string_index_of_ordinal},
    {"System.String::InternalLastIndexOfOrdinal(System.String,System.String,System.Int32,System.Int32)", string_last_index_of_ordinal},
    {"System.String::InternalIndexOfAny(System.String,System.Char[],System.Int32,System.Int32)", string_index_of_any},
    {"System.String::Replace(System.Char,System.Char)", string_replace_char},
    {"System.String::Replace(System.String,System.String)", string_replace_string},
    {"System.String::ToUpperInvariant()", string_to_upper},
    {"System.String::ToLowerInvariant()", string_to_lower},
    {"System.String::InternalSetChar(System.String,System.Int32,System.Char)", string_set_char},
    {"System.String::InternalCopyChars(System.String,System.Int32,System.String,System.Int32,System.Int32)", string_copy_chars},
    {"System.String::InternalCopyFromArray(System.Char[],System.Int32,System.String,System.Int32,System.Int32)", string_copy_from_array},
    {"System.String::InternalCopyToArray(System.String,System.Int32,System.Char[],System.Int32,System.Int32)", string_copy_to_array},
    {NULL, NULL},
};
