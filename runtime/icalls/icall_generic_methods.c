/* icall_generic_methods.c — generic methods through reflection
 * (MethodInfo.MakeGenericMethod, IsGenericMethod*, GetGenericArguments,
 * GetGenericMethodDefinition). Methods are known to the corlib by their
 * Method pointer, as everywhere in reflection. */
#include "icalls/icalls.h"
#include "core/core.h"
#include "types/types.h"

#include <string.h>

#define A(i) (args[(i)])

/* bit 1: a generic method definition; bit 2: an instantiation of one;
 * the number of generic parameters above bit 8. */
static void method_generic_info(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    const Method *m = (const Method *)A(0).p;
    int32_t info = 0;
    if (m) {
        if (m->flags & MF_GENERIC_DEF) info |= 1;
        if (m->generic_def) info |= 2;
        info |= (int32_t)(m->generic_param_count << 8);
    }
    ret->i8 = 0;
    ret->i4 = info;
}

static void method_generic_args(Thread *t, Slot *args, Slot *ret) {
    const Method *m = (const Method *)A(0).p;
    uint32_t n = (m && (m->generic_def || (m->flags & MF_GENERIC_DEF))) ? m->generic_param_count : 0;
    Array *a = vm_array_new(t, vm_types.type, (int32_t)n);
    if (!a) return;
    ret->o = (Object *)a;
    for (uint32_t i = 0; i < n; i++) {
        Type *arg = (m->flags & MF_GENERIC_DEF) ? method_named_param((Method *)m, i)
                  : m->method_args ? m->method_args[i] : type_open_mvar(i);
        Object *o = vm_type_object(t, arg);
        if (!o) return;
        ((Object **)VM_ARRAY_DATA(ret->o))[i] = o;
    }
}

static void method_generic_def(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    const Method *m = (const Method *)A(0).p;
    ret->p = m ? (void *)(m->generic_def ? m->generic_def : (m->flags & MF_GENERIC_DEF) ? m : NULL) : NULL;
}

/* The instantiation of a generic method definition; argument checks
 * (count, nulls, definition-ness) are made by the corlib first. */
static void method_make_generic(Thread *t, Slot *args, Slot *ret) {
    Method *def = (Method *)A(0).p;
    Array *targs = (Array *)A(1).o;
    Type *list[64];
    if (!def || !targs || targs->length > 64) { vm_throw_argument(t, "System.ArgumentNullException", "typeArguments", NULL); return; }
    for (int32_t i = 0; i < targs->length; i++) {
        list[i] = vm_type_from_object(((Object **)VM_ARRAY_DATA(targs))[i]);
        if (!list[i]) { vm_throw_argument(t, "System.ArgumentException", "typeArguments", "Type argument is not a runtime type."); return; }
        if (list[i] == vm_types.void_ || (list[i]->flags & TF_BYREF)) {
            vm_throw_argument(t, "System.ArgumentException", "typeArguments", "The type or method has generic type parameters that cannot be byref-like, void or a pointer.");
            return;
        }
    }
    Method *inst = method_instantiate(def, list, (uint32_t)targs->length);
    if (!inst || !method_prepare_sig(inst)) { vm_throw_argument(t, "System.ArgumentException", "typeArguments", type_last_error()); return; }
    ret->p = inst;
}

/* Whether the method is a C# extension method ([Extension] on its definition):
 * expression trees print such calls as `first.Method(rest)`. */
static void method_is_extension(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    const Method *m = (const Method *)A(0).p;
    while (m && m->generic_def) m = m->generic_def;
    while (m && m->type_def_method) m = m->type_def_method;
    ret->i8 = 0;
    ret->i4 = m && m->methoddef_row &&
        md_token_has_attribute(m->assembly, MD_TOKEN(MD_METHODDEF, m->methoddef_row), "System.Runtime.CompilerServices", "ExtensionAttribute");
}

const IcallEntry icall_generic_methods_entries[] = {
    {"System.Reflection.RuntimeMethodInfo::InternalIsExtension(System.IntPtr)", method_is_extension},
    {"System.Reflection.RuntimeMethodInfo::InternalGetGenericInfo(System.IntPtr)", method_generic_info},
    {"System.Reflection.RuntimeMethodInfo::InternalGetGenericArguments(System.IntPtr)", method_generic_args},
    {"System.Reflection.RuntimeMethodInfo::InternalGetGenericDefinition(System.IntPtr)", method_generic_def},
    {"System.Reflection.RuntimeMethodInfo::InternalMakeGenericMethod(System.IntPtr,System.Type[])", method_make_generic},
    {NULL, NULL},
};
