/* icall_reflection.c — the little reflection the corlib needs: a method's
 * name and declaring type (Delegate.Method) and a type's parameterless
 * constructor (Activator.CreateInstance, which invokes it through a delegate
 * so that no internal call runs managed code). */
#include "icalls/icalls.h"
#include "types/types.h"

#include <string.h>

#define A(i) (args[(i)])

static void method_name(Thread *t, Slot *args, Slot *ret) {
    const Method *m = (const Method *)A(0).p;
    if (!m) { ret->o = NULL; return; }
    ret->o = (Object *)vm_string_from_utf8(t, m->name, strlen(m->name));
}

static void method_declaring_type(Thread *t, Slot *args, Slot *ret) {
    const Method *m = (const Method *)A(0).p;
    ret->o = m ? vm_type_object(t, m->owner) : NULL;
}

static void method_is_static(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    const Method *m = (const Method *)A(0).p;
    ret->i8 = 0;
    ret->i4 = m && (m->flags & MF_STATIC) ? 1 : 0;
}

/* The instance constructor without parameters, or 0 when there is none
 * (value types never need one: their default is all zero). */
static void type_default_ctor(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    Type *ty = (Type *)A(0).p;
    Method *m = ty ? type_find_method_by_name(ty, ".ctor", 0) : NULL;
    ret->p = (m && !(m->flags & MF_STATIC)) ? m : NULL;
}

const IcallEntry icall_reflection_entries[] = {
    {"System.Reflection.RuntimeMethodInfo::InternalGetName(System.IntPtr)", method_name},
    {"System.Reflection.RuntimeMethodInfo::InternalGetDeclaringType(System.IntPtr)", method_declaring_type},
    {"System.Reflection.RuntimeMethodInfo::InternalIsStatic(System.IntPtr)", method_is_static},
    {"System.RuntimeType::InternalGetDefaultCtor(System.IntPtr)", type_default_ctor},
    {NULL, NULL},
};
