/* cast.c — assignment compatibility (ECMA-335 I.8.7): what isinst,
 * castclass, stelem.ref and interface dispatch use. */
#include "types/types_internal.h"
#include "types/corlib_binder.h"

#include <string.h>

bool type_is_subclass_of(Type *t, Type *base) {
    for (Type *c = t->base; c; c = c->base)
        if (c == base) return true;
    return false;
}

static bool variant_arg_compatible(Type *from, Type *to, uint16_t variance) {
    if (from == to) return true;
    if (variance == 1) return type_is_reference(from) && type_is_assignable_to(from, to);   /* covariant (out) */
    if (variance == 2) return type_is_reference(to) && type_is_assignable_to(to, from);     /* contravariant (in) */
    return false;
}

/* Generic variance: I<out A> := I<B> when B is assignable to A, etc. */
static bool variant_compatible(Type *from, Type *to) {
    if (!from->generic_def || from->generic_def != to->generic_def) return false;
    Type *def = to->generic_def;
    const MdImage *img = def->assembly->image;
    uint32_t first, end;
    md_find_generic_params(img, MD_TOKEN(MD_TYPEDEF, def->typedef_row), &first, &end);
    for (uint32_t i = 0; i < to->type_arg_count; i++) {
        uint16_t variance = 0;
        for (uint32_t r = first; r < end; r++)
            if (img->genericparams[r].number == i) variance = img->genericparams[r].flags & 3;
        if (!variant_arg_compatible(from->type_args[i], to->type_args[i], variance)) return false;
    }
    return true;
}

bool type_implements(Type *t, Type *iface) {
    if (!type_prepare(t, TS_READY)) return false;
    for (uint32_t i = 0; i < t->interface_count; i++)
        if (t->interfaces[i].iface == iface) return true;
    if (iface->generic_def)
        for (uint32_t i = 0; i < t->interface_count; i++)
            if (variant_compatible(t->interfaces[i].iface, iface)) return true;
    return false;
}

static Type *array_reduced(Type *t) {
    /* enums and same-size integers are interchangeable as array elements */
    if (t->flags & TF_ENUM) t = t->element;
    switch (t->elem) {
    case MD_ELEMENT_U1: case MD_ELEMENT_BOOLEAN: return vm_types.sbyte;
    case MD_ELEMENT_U2: case MD_ELEMENT_CHAR: return vm_types.int16;
    case MD_ELEMENT_U4: return vm_types.int32;
    case MD_ELEMENT_U8: return vm_types.int64;
    case MD_ELEMENT_U: return vm_types.intptr;
    default: return t;
    }
}

static bool array_generic_interface(Type *arr, Type *iface) {
    if (arr->elem != MD_ELEMENT_SZARRAY || !iface->generic_def || iface->type_arg_count != 1) return false;
    Type *d = iface->generic_def;
    if (d != CORLIB_T(ilist_1) && d != CORLIB_T(icollection_1) && d != CORLIB_T(ienumerable_1) &&
        d != CORLIB_T(ireadonly_list_1) && d != CORLIB_T(ireadonly_collection_1)) return false;
    Type *e = arr->element, *want = iface->type_args[0];
    if (e == want) return true;
    return type_is_reference(e) && type_is_reference(want) && type_is_assignable_to(e, want);
}

bool type_is_assignable_to(Type *from, Type *to) {
    if (from == to) return true;
    if (!from || !to) return false;
    if (to == vm_types.object) return type_is_reference(from) || true;
    if (to->flags & TF_NULLABLE) return from == to->boxed_nullable_arg;
    if (to->flags & TF_INTERFACE) {
        if (type_implements(from, to)) return true;
        if (from->flags & TF_ARRAY) return array_generic_interface(from, to);
        if ((from->flags & TF_INTERFACE) && variant_compatible(from, to)) return true;
        return false;
    }
    if ((from->flags & TF_ARRAY) && (to->flags & TF_ARRAY)) {
        if (from->elem != to->elem || from->rank != to->rank) return false;
        Type *fe = from->element, *te = to->element;
        if (type_is_reference(fe)) return type_is_reference(te) && type_is_assignable_to(fe, te);
        return array_reduced(fe) == array_reduced(te);
    }
    if ((to->flags & TF_DELEGATE) && (from->flags & TF_DELEGATE) && variant_compatible(from, to)) return true;
    return type_is_subclass_of(from, to);
}

bool vm_is_instance_of(const Object *o, Type *type) {
    return o && type_is_assignable_to(vm_object_type(o), type);
}

bool vm_type_is_value_type(const Type *type) { return (type->flags & TF_VALUETYPE) != 0; }
uint32_t vm_type_value_size(const Type *type) { return type_value_size((Type *)type); }
Type *vm_type_element(const Type *type) { return type->element; }
