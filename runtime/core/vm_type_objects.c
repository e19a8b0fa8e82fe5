/* vm_type_objects.c — the System.Type object of each runtime Type (one per
 * type, created on first request and kept by the type), the way back from
 * it, and objects' identity hash codes (RuntimeHelpers.GetHashCode), kept
 * in the object header's spare bits. */
#include "core/core.h"
#include "types/corlib_binder.h"

#include <string.h>

static uint32_t runtime_type_impl_offset;
static Type *runtime_type_class;

Object *vm_type_object(Thread *t, Type *type) {
    if (!type) return NULL;
    if (type->elem == MD_ELEMENT_FNPTR) type = vm_types.intptr;   /* typeof(delegate*<...>) is IntPtr, as on .NET */
    if (type->runtime_type) return type->runtime_type;
    if (!runtime_type_class) {
        if (!type_prepare(CORLIB_T(runtime_type), TS_READY)) { interp_set_pending_type_error(t); return NULL; }
        runtime_type_impl_offset = CORLIB_F(runtime_type_impl)->offset;
        runtime_type_class = CORLIB_T(runtime_type);
    }
    Object *o = vm_object_new(t, runtime_type_class);
    if (!o) return NULL;
    memcpy((uint8_t *)o + runtime_type_impl_offset, &type, sizeof type);
    type->runtime_type = o;
    types_register_object_owner(type);
    return o;
}

Type *vm_type_from_object(Object *o) {
    if (!o || !runtime_type_class || vm_object_type(o) != runtime_type_class) return NULL;
    Type *t;
    memcpy(&t, (uint8_t *)o + runtime_type_impl_offset, sizeof t);
    return t;
}

static uint32_t next_hash = 0x2545F491u;

int32_t vm_object_hash(Object *o) {
    if (!o) return 0;
    uint32_t h = o->bits & ~GC_HEADER_GC_BITS;
    if (!h) {
        next_hash = next_hash * 1103515245u + 12345u;
        h = (next_hash >> 4) & ~GC_HEADER_GC_BITS & 0x3FFFFFFF;
        if (!h) h = 1;
        o->bits = (o->bits & GC_HEADER_GC_BITS) | h;
    }
    return (int32_t)h;
}
