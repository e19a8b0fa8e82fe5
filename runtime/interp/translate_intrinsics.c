/* translate_intrinsics.c — corlib methods the translator answers itself,
 * because only the runtime knows the answer at translation time (the
 * method's generic argument is concrete here) or because a call would cost
 * more than the operation. */
#include "interp/translate_internal.h"
#include "types/corlib_binder.h"

static bool type_is_or_has_references(Type *ty) {
    if (type_is_reference(ty)) return true;
    if (ty->flags & (TF_BYREF | TF_POINTER)) return (ty->flags & TF_BYREF) != 0;
    if (!type_prepare(ty, TS_LAYOUT)) return true;
    return (ty->flags & TF_HAS_REFS) != 0;
}

bool interp_translator_binds(Method *m) {
    Type *owner = m->owner;
    if (!asm_is_core(owner->assembly)) return false;
    if (owner == CORLIB_T(string) && strcmp(m->name, ".ctor") == 0) return true;   /* newobj calls the static Ctor factories */
    if (m == CORLIB_M(runtime_method_info_internal_invoke)) return true;          /* OP_DYNCALL (dyncall.c) */
    return owner == CORLIB_T(runtime_helpers) && strcmp(m->name, "IsReferenceOrContainsReferences") == 0;
}

bool tr_try_intrinsic(Tr *t, Method *m) {
    Type *owner = m->owner;
    if (!asm_is_core(owner->assembly)) return false;
    if (owner == CORLIB_T(runtime_helpers)) {
        if (strcmp(m->name, "IsReferenceOrContainsReferences") == 0 && m->generic_param_count == 1 && m->method_args &&
            !(m->method_args[0]->flags & TF_GENERIC_PARAM)) {
            tr_push_const(t, SK_I4, type_is_or_has_references(m->method_args[0]) ? 1 : 0);
            return true;
        }
    }
    return false;
}

/* Math.Sqrt(double) is one op (SQRT_R8) instead of an internal call: the
 * same libm function (correctly rounded, as IEEE 754 requires), without the
 * call's result buffer. */
bool tr_try_math_intrinsic(Tr *t, Method *m) {
    Type *owner = m->owner;
    if (!(m->flags & MF_INTERNALCALL) || !asm_is_core(owner->assembly)) return false;
    if (m->param_count != 1 || m->params[0] != vm_types.double_ || m->ret != vm_types.double_) return false;
    if (strcmp(owner->name, "Math") != 0 || !owner->ns || strcmp(owner->ns, "System") != 0 || strcmp(m->name, "Sqrt") != 0)
        return false;
    StackEntry a = tr_pop(t);
    tr_coerce_to(t, &a, vm_types.double_);
    uint32_t s = tr_operand(t, &a);
    uint32_t d = tr_push(t, vm_types.double_, SK_R8);
    tr_emit_op(t, OP_SQRT_R8); tr_emit_dest(t, d); tr_emit_word(t, s);
    return true;
}
