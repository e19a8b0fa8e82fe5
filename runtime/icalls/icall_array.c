/* icall_array.c — Array.Copy and Array.Clear with .NET's checks.
 *
 * Elements are copied as raw bytes when the element types match (memmove, so
 * overlapping copies inside one array work). Otherwise: reference elements
 * are type-checked one by one, value types are boxed into object[] or
 * unboxed out of it, and primitive arrays may widen (int[] -> long[] ...)
 * as .NET allows. Multi-dimensional arrays are copied as their row-major
 * flat storage. The heap never moves objects and has no write barrier, so
 * storing references is a plain store. */
#include "icalls/icalls.h"
#include "vm.h"

#include <string.h>

#define A(i) (args[(i)])

static uint8_t *elements(const Array *a) { return (uint8_t *)a + ((const GcTypeInfo *)a->header.type)->data_offset; }

/* Primitive kinds, for widening conversions. */
enum { P_NONE, P_BOOL, P_CHAR, P_I1, P_U1, P_I2, P_U2, P_I4, P_U4, P_I8, P_U8, P_R4, P_R8 };

static int prim_kind(const Type *t) {
    if (t == vm_types.boolean) return P_BOOL;
    if (t == vm_types.char_) return P_CHAR;
    if (t == vm_types.sbyte) return P_I1;
    if (t == vm_types.byte) return P_U1;
    if (t == vm_types.int16) return P_I2;
    if (t == vm_types.uint16) return P_U2;
    if (t == vm_types.int32) return P_I4;
    if (t == vm_types.uint32) return P_U4;
    if (t == vm_types.int64) return P_I8;
    if (t == vm_types.uint64) return P_U8;
    if (t == vm_types.single) return P_R4;
    if (t == vm_types.double_) return P_R8;
    return P_NONE;
}

/* Can a value of primitive kind `from` widen losslessly-enough to `to` (ECMA's
 * Array.Copy widening table)? */
static bool can_widen(int from, int to) {
    switch (from) {
    case P_U1: return to == P_CHAR || to == P_U2 || to == P_I2 || to == P_U4 || to == P_I4 || to == P_U8 || to == P_I8 || to == P_R4 || to == P_R8;
    case P_I1: return to == P_I2 || to == P_I4 || to == P_I8 || to == P_R4 || to == P_R8;
    case P_CHAR:
    case P_U2: return to == P_U2 || to == P_CHAR || to == P_U4 || to == P_I4 || to == P_U8 || to == P_I8 || to == P_R4 || to == P_R8;
    case P_I2: return to == P_I4 || to == P_I8 || to == P_R4 || to == P_R8;
    case P_U4: return to == P_U8 || to == P_I8 || to == P_R4 || to == P_R8;
    case P_I4: return to == P_I8 || to == P_R4 || to == P_R8;
    case P_U8:
    case P_I8: return to == P_R4 || to == P_R8;
    case P_R4: return to == P_R8;
    default: return false;
    }
}

typedef union { int64_t i; uint64_t u; double d; } PrimValue;

static PrimValue load_prim(const uint8_t *p, int kind, bool *is_float) {
    PrimValue v;
    *is_float = false;
    switch (kind) {
    case P_I1: v.i = *(const int8_t *)p; break;
    case P_U1: v.i = *p; break;
    case P_I2: { int16_t x; memcpy(&x, p, 2); v.i = x; break; }
    case P_CHAR:
    case P_U2: { uint16_t x; memcpy(&x, p, 2); v.i = x; break; }
    case P_I4: { int32_t x; memcpy(&x, p, 4); v.i = x; break; }
    case P_U4: { uint32_t x; memcpy(&x, p, 4); v.i = x; break; }
    case P_U8: { memcpy(&v.u, p, 8); break; }
    case P_I8: { memcpy(&v.i, p, 8); break; }
    case P_R4: { float x; memcpy(&x, p, 4); v.d = x; *is_float = true; break; }
    case P_R8: { memcpy(&v.d, p, 8); *is_float = true; break; }
    default: v.i = 0; break;
    }
    return v;
}

static void store_prim(uint8_t *p, int kind, PrimValue v, bool is_float, int from_kind) {
    switch (kind) {
    case P_CHAR:
    case P_I2:
    case P_U2: { uint16_t x = (uint16_t)v.i; memcpy(p, &x, 2); break; }
    case P_I4:
    case P_U4: { uint32_t x = (uint32_t)v.i; memcpy(p, &x, 4); break; }
    case P_I8:
    case P_U8: { uint64_t x = (uint64_t)v.i; memcpy(p, &x, 8); break; }
    case P_R4: { float x = is_float ? (float)v.d : from_kind == P_U8 ? (float)v.u : (float)v.i; memcpy(p, &x, 4); break; }
    case P_R8: { double x = is_float ? v.d : from_kind == P_U8 ? (double)v.u : (double)v.i; memcpy(p, &x, 8); break; }
    default: break;
    }
}

static void array_copy_core(Thread *t, Array *src, int32_t si, Array *dst, int32_t di, int32_t len) {
    if (!src) { vm_throw_argument(t, "System.ArgumentNullException", "sourceArray", "Value cannot be null."); return; }
    if (!dst) { vm_throw_argument(t, "System.ArgumentNullException", "destinationArray", "Value cannot be null."); return; }
    if (len < 0) { vm_throw_argument(t, "System.ArgumentOutOfRangeException", "length", "Non-negative number required."); return; }
    if (si < 0) { vm_throw_argument(t, "System.ArgumentOutOfRangeException", "sourceIndex", "Number was less than the array's lower bound in the first dimension."); return; }
    if (di < 0) { vm_throw_argument(t, "System.ArgumentOutOfRangeException", "destinationIndex", "Number was less than the array's lower bound in the first dimension."); return; }
    if (len > src->length - si) { vm_throw_argument(t, "System.ArgumentException", "sourceArray", "Source array was not long enough. Check the source index, length, and the array's lower bounds."); return; }
    if (len > dst->length - di) { vm_throw_argument(t, "System.ArgumentException", "destinationArray", "Destination array was not long enough. Check the destination index, length, and the array's lower bounds."); return; }

    Type *st = vm_array_element_type(src), *dt = vm_array_element_type(dst);
    uint32_t ss = vm_array_element_size(src), ds = vm_array_element_size(dst);
    if (st == dt) {
        if (len) memmove(elements(dst) + (size_t)di * ds, elements(src) + (size_t)si * ss, (size_t)len * ss);
        return;
    }
    bool sv = vm_type_is_value_type(st), dv = vm_type_is_value_type(dt);
    if (!sv && !dv) {
        /* references: every element must fit the destination element type */
        Object **s = (Object **)elements(src) + si;
        Object **d = (Object **)elements(dst) + di;
        for (int32_t i = 0; i < len; i++)
            if (s[i] && !vm_is_instance_of(s[i], dt)) {
                vm_throw_new(t, "System.InvalidCastException", "At least one element in the source array could not be cast down to the destination array type.");
                return;
            }
        memmove(d, s, (size_t)len * sizeof(Object *));
        return;
    }
    if (sv && !dv) {
        /* box value elements into a reference array (object[], IComparable[] ...) */
        Object **d = (Object **)elements(dst) + di;
        for (int32_t i = 0; i < len; i++) {
            Object *box = vm_box(t, st, elements(src) + (size_t)(si + i) * ss);
            if (!box) return;
            if (!vm_is_instance_of(box, dt)) {
                vm_throw_new(t, "System.ArrayTypeMismatchException", "Source array type cannot be assigned to destination array type.");
                return;
            }
            d[i] = box;
        }
        return;
    }
    if (!sv && dv) {
        /* unbox reference elements into a value array: exact type required */
        Object **s = (Object **)elements(src) + si;
        for (int32_t i = 0; i < len; i++) {
            Object *o = s[i];
            if (!o) { vm_throw_new(t, "System.InvalidCastException", "At least one element in the source array could not be cast down to the destination array type."); return; }
            if (vm_object_type(o) != dt) { vm_throw_new(t, "System.InvalidCastException", "At least one element in the source array could not be cast down to the destination array type."); return; }
            memcpy(elements(dst) + (size_t)(di + i) * ds, VM_OBJECT_DATA(o), ds);
        }
        return;
    }
    int sk = prim_kind(st), dk = prim_kind(dt);
    if (sk != P_NONE && dk != P_NONE && can_widen(sk, dk)) {
        /* widening may not overlap (different element types mean different arrays) */
        for (int32_t i = 0; i < len; i++) {
            bool is_float;
            PrimValue v = load_prim(elements(src) + (size_t)(si + i) * ss, sk, &is_float);
            store_prim(elements(dst) + (size_t)(di + i) * ds, dk, v, is_float, sk);
        }
        return;
    }
    vm_throw_new(t, "System.ArrayTypeMismatchException", "Source array type cannot be assigned to destination array type.");
}

static void array_copy5(Thread *t, Slot *args, Slot *ret) {
    (void)ret;
    array_copy_core(t, (Array *)A(0).o, A(1).i4, (Array *)A(2).o, A(3).i4, A(4).i4);
}

static void array_copy3(Thread *t, Slot *args, Slot *ret) {
    (void)ret;
    array_copy_core(t, (Array *)A(0).o, 0, (Array *)A(1).o, 0, A(2).i4);
}

static void array_clear(Thread *t, Slot *args, Slot *ret) {
    (void)ret;
    Array *a = (Array *)A(0).o;
    int32_t index = A(1).i4, len = A(2).i4;
    if (!a) { vm_throw_argument(t, "System.ArgumentNullException", "array", "Value cannot be null."); return; }
    if (index < 0 || len < 0 || len > a->length - index) { vm_throw_new(t, "System.IndexOutOfRangeException", "Index was outside the bounds of the array."); return; }
    uint32_t es = vm_array_element_size(a);
    memset(elements(a) + (size_t)index * es, 0, (size_t)len * es);
}

/* Buffer works on arrays of primitives only: their bytes are plain data. */
static bool primitive_array(const Array *a) {
    const Type *e = vm_array_element_type(a);
    const Type *prims[] = {vm_types.boolean, vm_types.char_, vm_types.sbyte, vm_types.byte, vm_types.int16,
                           vm_types.uint16, vm_types.int32, vm_types.uint32, vm_types.int64, vm_types.uint64,
                           vm_types.intptr, vm_types.uintptr, vm_types.single, vm_types.double_};
    for (size_t i = 0; i < sizeof prims / sizeof prims[0]; i++)
        if (e == prims[i]) return true;
    return false;
}

static void buffer_block_copy(Thread *t, Slot *args, Slot *ret) {
    (void)ret;
    Array *src = (Array *)A(0).o, *dst = (Array *)A(2).o;
    int32_t so = A(1).i4, dof = A(3).i4, count = A(4).i4;
    if (!src || !dst) { vm_throw_argument(t, "System.ArgumentNullException", src ? "dst" : "src", "Value cannot be null."); return; }
    if (!primitive_array(src) || !primitive_array(dst)) { vm_throw_argument(t, "System.ArgumentException", src ? "src" : "dst", "Object must be an array of primitives."); return; }
    int64_t sl = (int64_t)src->length * vm_array_element_size(src), dl = (int64_t)dst->length * vm_array_element_size(dst);
    if (so < 0 || dof < 0 || count < 0) { vm_throw_argument(t, "System.ArgumentOutOfRangeException", so < 0 ? "srcOffset" : dof < 0 ? "dstOffset" : "count", "Non-negative number required."); return; }
    if ((int64_t)so + count > sl || (int64_t)dof + count > dl) { vm_throw_new(t, "System.ArgumentException", "Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection."); return; }
    memmove(elements(dst) + dof, elements(src) + so, (size_t)count);
}

static void buffer_byte_length(Thread *t, Slot *args, Slot *ret) {
    Array *a = (Array *)A(0).o;
    if (!a) { vm_throw_argument(t, "System.ArgumentNullException", "array", "Value cannot be null."); return; }
    if (!primitive_array(a)) { vm_throw_argument(t, "System.ArgumentException", "array", "Object must be an array of primitives."); return; }
    ret->i8 = 0;
    ret->i4 = (int32_t)((int64_t)a->length * vm_array_element_size(a));
}

const IcallEntry icall_array_entries[] = {
    {"System.Buffer::BlockCopy(System.Array,System.Int32,System.Array,System.Int32,System.Int32)", buffer_block_copy},
    {"System.Buffer::ByteLength(System.Array)", buffer_byte_length},
    {"System.Array::Copy(System.Array,System.Int32,System.Array,System.Int32,System.Int32)", array_copy5},
    {"System.Array::Copy(System.Array,System.Array,System.Int32)", array_copy3},
    {"System.Array::Clear(System.Array,System.Int32,System.Int32)", array_clear},
    {NULL, NULL},
};
