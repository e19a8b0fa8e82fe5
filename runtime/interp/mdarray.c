/* mdarray.c — multi-dimensional arrays (ECMA-335 II.14.2): creation and
 * the Get/Set/Address accessors. Layout: GcArrayHeader (total length), then
 * per dimension an int32 length and an int32 lower bound, then elements at
 * GcTypeInfo.data_offset. */
#include "interp/interp_internal.h"

#include <string.h>

typedef struct Bound { int32_t length, lower; } Bound;

static Bound *bounds_of(Array *a) { return (Bound *)((uint8_t *)a + sizeof(GcArrayHeader)); }

bool interp_new_mdarray(Thread *t, Type *at, Slot *args, uint32_t nargs, bool with_bounds) {
    uint32_t rank = at->rank;
    Bound b[32];
    if (rank > 32 || nargs != (with_bounds ? rank * 2 : rank)) {
        interp_set_pending(t, "System.InvalidProgramException", "bad multi-dimensional array constructor");
        return false;
    }
    int64_t total = 1;
    for (uint32_t i = 0; i < rank; i++) {
        b[i].lower = with_bounds ? args[2 * i].i4 : 0;
        b[i].length = with_bounds ? args[2 * i + 1].i4 : args[i].i4;
        if (b[i].length < 0) { interp_set_pending(t, "System.OverflowException", "Arithmetic operation resulted in an overflow."); return false; }
        total *= b[i].length;
        if (total > INT32_MAX) { interp_set_pending(t, "System.OutOfMemoryException", NULL); return false; }
    }
    Array *a = gc_alloc_array(&at->gc, (int32_t)total);
    if (!a) { interp_set_pending(t, "System.OutOfMemoryException", NULL); return false; }
    memcpy(bounds_of(a), b, rank * sizeof(Bound));
    args[0].p = a;
    return true;
}

/* Flat element index from the indexes in args[1..rank], or -1 (exception set). */
static int64_t flat_index(Thread *t, Array *a, Slot *idx, uint32_t rank) {
    Bound *b = bounds_of(a);
    int64_t flat = 0;
    for (uint32_t i = 0; i < rank; i++) {
        int64_t k = (int64_t)idx[i].i4 - b[i].lower;
        if (k < 0 || k >= b[i].length) {
            interp_set_pending(t, "System.IndexOutOfRangeException", "Index was outside the bounds of the array.");
            return -1;
        }
        flat = flat * b[i].length + k;
    }
    return flat;
}

bool interp_mdarray_access(Thread *t, int op, Slot *args, Type *at, uint32_t rank, uint32_t elem_size) {
    Array *a = args[0].p;
    if (!a) { interp_set_pending(t, "System.NullReferenceException", "Object reference not set to an instance of an object."); return false; }
    int64_t i = flat_index(t, a, args + 1, rank);
    if (i < 0) return false;
    uint8_t *elem = (uint8_t *)a + at->gc.data_offset + (size_t)i * elem_size;
    /* the array may be of a more derived element type than the call site's
     * (a string[,] seen as object[,]): stores and addresses check against it */
    Type *actual = vm_object_type((Object *)a)->element;
    if (op == OP_MDARR_ADDR && actual != at->element && type_is_reference(at->element)) {
        interp_set_pending(t, "System.ArrayTypeMismatchException", "Attempted to access an element as a type incompatible with the array.");
        return false;
    }
    if (op == OP_MDARR_ADDR || op == OP_MDARR_ADDR_RO) { args[0].i8 = 0; args[0].p = elem; return true; }
    if (op == OP_MDARR_SET) {
        Slot *v = args + 1 + rank;
        if (type_is_reference(actual) && v->o && !type_is_assignable_to(vm_object_type(v->o), actual)) {
            interp_set_pending(t, "System.ArrayTypeMismatchException", "Attempted to access an element as a type incompatible with the array.");
            return false;
        }
        memcpy(elem, v, elem_size);
        return true;
    }
    /* Get: widen small integers like ldelem does */
    Slot tmp[16];
    memset(tmp, 0, sizeof tmp);
    memcpy(tmp, elem, elem_size <= sizeof tmp ? elem_size : sizeof tmp);
    Type *e = (at->element->flags & TF_ENUM) ? at->element->element : at->element;
    switch (e->elem) {
    case MD_ELEMENT_I1: tmp[0].i8 = *(int8_t *)elem; break;
    case MD_ELEMENT_I2: { int16_t v; memcpy(&v, elem, 2); tmp[0].i8 = v; break; }
    default: break;
    }
    memcpy(args, tmp, elem_size <= sizeof tmp ? ((elem_size + 7) & ~7u) : sizeof tmp);
    if (elem_size > sizeof tmp) memmove(args, elem, elem_size);
    return true;
}

int32_t vm_array_rank(const Array *a) { return (int32_t)vm_object_type((const Object *)a)->rank; }

int32_t vm_array_dim_length(const Array *a, int32_t dim) {
    Type *t = vm_object_type((const Object *)a);
    if (t->elem == MD_ELEMENT_SZARRAY) return dim == 0 ? a->length : -1;
    if (dim < 0 || (uint32_t)dim >= t->rank) return -1;
    return bounds_of((Array *)a)[dim].length;
}

int32_t vm_array_lower_bound(const Array *a, int32_t dim) {
    Type *t = vm_object_type((const Object *)a);
    if (t->elem == MD_ELEMENT_SZARRAY) return 0;
    if (dim < 0 || (uint32_t)dim >= t->rank) return 0;
    return bounds_of((Array *)a)[dim].lower;
}
