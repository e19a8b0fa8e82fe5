/* dyncall.c — calls made through reflection (MethodInfo.Invoke,
 * ConstructorInfo.Invoke, Activator.CreateInstance with arguments,
 * Delegate.DynamicInvoke). The DYNCALL op (interp_objects.inc) lays the
 * call out above its frame with interp_dyncall_prepare, runs it as an
 * ordinary frame, and boxes the result with interp_dyncall_finish; no
 * managed code runs on the C stack (docs/interpreter.md). */
#include "interp/interp_internal.h"
#include "types/corlib_binder.h"

#include <stdio.h>
#include <string.h>

static Type *unwrap_enum(Type *t) { return (t->flags & TF_ENUM) && t->element ? t->element : t; }

/* Primitive widening the default binder allows (ECMA I.8.7 implicit numeric conversions). */
static bool widen_primitive(Type *from, Type *to, const void *src, Slot *dst) {
    Type *f = unwrap_enum(from), *d = unwrap_enum(to);
    if (!(f->flags & TF_PRIMITIVE) || !(d->flags & TF_PRIMITIVE)) return false;
    int64_t iv = 0;
    uint64_t uv = 0;
    double dv = 0;
    bool is_signed = true, is_float = false;
    switch (f->elem) {
    case MD_ELEMENT_I1: iv = *(const int8_t *)src; break;
    case MD_ELEMENT_U1: uv = *(const uint8_t *)src; is_signed = false; break;
    case MD_ELEMENT_I2: { int16_t x; memcpy(&x, src, 2); iv = x; break; }
    case MD_ELEMENT_U2: case MD_ELEMENT_CHAR: { uint16_t x; memcpy(&x, src, 2); uv = x; is_signed = false; break; }
    case MD_ELEMENT_I4: { int32_t x; memcpy(&x, src, 4); iv = x; break; }
    case MD_ELEMENT_U4: { uint32_t x; memcpy(&x, src, 4); uv = x; is_signed = false; break; }
    case MD_ELEMENT_I8: memcpy(&iv, src, 8); break;
    case MD_ELEMENT_U8: memcpy(&uv, src, 8); is_signed = false; break;
    case MD_ELEMENT_R4: { float x; memcpy(&x, src, 4); dv = x; is_float = true; break; }
    default: return false;
    }
    if (!is_float) dv = is_signed ? (double)iv : (double)uv;
    uint32_t fs = type_value_size(f), ds = type_value_size(d);
    dst->i8 = 0;
    switch (d->elem) {
    case MD_ELEMENT_R8: dst->r8 = dv; return true;
    case MD_ELEMENT_R4: if (is_float) return false; dst->r4 = (float)dv; return f->elem != MD_ELEMENT_I8 && f->elem != MD_ELEMENT_U8 ? true : true;
    case MD_ELEMENT_I8: if (is_float || (!is_signed && fs >= 8)) return false; dst->i8 = is_signed ? iv : (int64_t)uv; return true;
    case MD_ELEMENT_U8: if (is_float || is_signed) return false; dst->u8 = uv; return true;
    case MD_ELEMENT_I4: if (is_float || fs >= 4 || (!is_signed && fs >= 4)) return false; dst->i4 = is_signed ? (int32_t)iv : (int32_t)uv; return ds > fs;
    case MD_ELEMENT_U4: if (is_float || is_signed || fs >= 4) return false; dst->u4 = (uint32_t)uv; return true;
    case MD_ELEMENT_I2: if (is_float || fs >= 2) return false; dst->i4 = is_signed ? (int32_t)iv : (int32_t)uv; return true;
    case MD_ELEMENT_U2: if (is_float || is_signed || fs >= 2) return false; dst->i4 = (int32_t)uv; return true;
    default: return false;
    }
}

static void load_value(Type *pt, const uint8_t *src, Slot *dst, uint32_t slots) {
    memset(dst, 0, slots * sizeof(Slot));
    Type *u = unwrap_enum(pt);
    switch (u->elem) {
    case MD_ELEMENT_I1: dst->i8 = *(const int8_t *)src; return;
    case MD_ELEMENT_I2: { int16_t x; memcpy(&x, src, 2); dst->i8 = x; return; }
    default: memcpy(dst, src, type_value_size(pt)); return;
    }
}

static bool argument_error(Thread *t, Object *value, Type *pt) {
    char msg[600];
    snprintf(msg, sizeof msg, "Object of type '%s' cannot be converted to type '%s'.",
             type_name_full(vm_object_type(value)), type_name_full(pt));
    vm_throw_argument(t, "System.ArgumentException", NULL, msg);
    return false;
}

/* One argument into its slots, converted as the default binder does. A
 * by-ref argument points into the arguments array: at the element itself
 * for an object type, into the fresh box copy_byref_boxes put there for a
 * value type; either way the callee's writes are what the caller finds in
 * the array afterwards, as with .NET's write-back. */
static bool put_argument(Thread *t, Type *pt, Object **slot, Slot *dst) {
    uint32_t slots = type_stack_slots(pt);
    Object *value = *slot;
    if (pt->flags & TF_BYREF) {
        Type *e = pt->element;
        if (type_is_reference(e)) {
            if (value && !type_is_assignable_to(vm_object_type(value), e)) return argument_error(t, value, pt);
            dst->i8 = 0;
            dst->p = slot;
            return true;
        }
        if (!value) { interp_set_pending(t, "System.NotSupportedException", "null for a by-reference parameter"); return false; }
        if (!type_is_assignable_to(vm_object_type(value), e) && unwrap_enum(vm_object_type(value)) != unwrap_enum(e)) return argument_error(t, value, pt);
        dst->i8 = 0;
        dst->p = VM_OBJECT_DATA(value);
        return true;
    }
    if (type_is_reference(pt)) {
        if (value && !type_is_assignable_to(vm_object_type(value), pt)) return argument_error(t, value, pt);
        dst->i8 = 0;
        dst->o = value;
        return true;
    }
    if (!value) { memset(dst, 0, slots * sizeof(Slot)); return true; }   /* null means default(T) */
    Type *vt = vm_object_type(value);
    if (pt->flags & TF_NULLABLE) {
        Type *arg = pt->boxed_nullable_arg;
        if (unwrap_enum(vt) != unwrap_enum(arg)) return argument_error(t, value, pt);
        Field *vf = corlib_field_in(pt, CF_nullable_value);
        uint8_t buf[256] = {0};
        if (type_value_size(pt) > sizeof buf) return argument_error(t, value, pt);
        buf[0] = 1;
        memcpy(buf + (vf ? vf->offset : 0), VM_OBJECT_DATA(value), type_value_size(arg));
        memset(dst, 0, slots * sizeof(Slot));
        memcpy(dst, buf, type_value_size(pt));
        return true;
    }
    if (vt == pt || unwrap_enum(vt) == unwrap_enum(pt)) { load_value(pt, VM_OBJECT_DATA(value), dst, slots); return true; }
    if (widen_primitive(vt, pt, VM_OBJECT_DATA(value), dst)) return true;
    return argument_error(t, value, pt);
}

/* Each by-ref value-type argument becomes a new box in the arguments array,
 * a copy of the caller's value or default(T) for null, so the callee writes
 * there and not into the caller's own box. Runs before anything is placed
 * in the new frame: these allocations may collect. */
static bool copy_byref_boxes(Thread *t, Method *m, Array *args) {
    for (uint32_t i = 0; i < m->param_count; i++) {
        Type *pt = m->params[i];
        if (!(pt->flags & TF_BYREF) || type_is_reference(pt->element) || (pt->element->flags & TF_NULLABLE)) continue;
        Type *e = pt->element;
        Object *v = ((Object **)VM_ARRAY_DATA(args))[i];
        if (v && !type_is_assignable_to(vm_object_type(v), e) && unwrap_enum(vm_object_type(v)) != unwrap_enum(e)) return argument_error(t, v, pt);
        if (!type_prepare(e, TS_READY)) { interp_set_pending_type_error(t); return false; }
        Object *box = gc_alloc(&e->gc, VM_OBJECT_DATA_OFFSET + type_value_size(e));
        if (!box) { if (!t->pending_exception) interp_set_pending(t, "System.OutOfMemoryException", NULL); return false; }
        v = ((Object **)VM_ARRAY_DATA(args))[i];
        if (v) memcpy(VM_OBJECT_DATA(box), VM_OBJECT_DATA(v), type_value_size(e));
        ((Object **)VM_ARRAY_DATA(args))[i] = box;
    }
    return true;
}

int interp_dyncall_prepare(Thread *t, Method *m, Slot *base, Slot *top, Method **callee_out) {
    Object *target = base[1].o;
    Array *args = (Array *)base[2].o;
    if (!m || !method_prepare_sig(m)) { interp_set_pending(t, "System.ArgumentException", "not a method"); return -1; }
    uint32_t argc = args ? (uint32_t)args->length : 0;
    if (argc != m->param_count) {
        interp_set_pending(t, "System.Reflection.TargetParameterCountException", "Parameter count mismatch.");
        return -1;
    }
    if (args && !copy_byref_boxes(t, m, args)) return -1;
    bool construct = (m->flags & MF_CTOR) && !target;
    Method *callee = m;
    if (!(m->flags & MF_STATIC) && !construct) {
        if (!target) { interp_set_pending(t, "System.Reflection.TargetException", "Non-static method requires a target."); return -1; }
        Type *tt = vm_object_type(target);
        if (tt != m->owner && !type_is_assignable_to(tt, m->owner) && unwrap_enum(tt) != unwrap_enum(m->owner)) {
            interp_set_pending(t, "System.Reflection.TargetException", "Object does not match target type.");
            return -1;
        }
        if (m->flags & MF_VIRTUAL) {
            Method *r = (m->owner->flags & TF_INTERFACE) ? type_resolve_interface(tt, m) : type_resolve_virtual(tt, m);
            if (r) callee = r;
        }
    }
    if ((callee->flags & MF_ABSTRACT)) {
        interp_set_pending(t, "System.MemberAccessException", "Cannot invoke an abstract method.");
        return -1;
    }
    /* translate first: it may allocate, and nothing above the frame is rooted yet */
    bool icall = (callee->flags & MF_INTERNALCALL) != 0;
    if (!icall && !interp_ensure_code(t, callee)) return -1;
    if (top + 2 + callee->arg_slots + 64 > t->stack_end) {
        interp_set_pending(t, "System.StackOverflowException", NULL);
        return -1;
    }
    Slot *frame = top;
    if (construct) {
        Type *owner = m->owner;
        if (owner->flags & TF_ABSTRACT) { interp_set_pending(t, "System.MemberAccessException", "Cannot create an instance of an abstract class."); return -1; }
        Object *obj;
        if (owner->flags & TF_VALUETYPE) {
            if (!type_prepare(owner, TS_READY)) { interp_set_pending_type_error(t); return -1; }
            obj = gc_alloc(&owner->gc, VM_OBJECT_DATA_OFFSET + type_value_size(owner));
        } else {
            obj = vm_object_new(t, owner);
        }
        if (!obj) { if (!t->pending_exception) interp_set_pending(t, "System.OutOfMemoryException", NULL); return -1; }
        top[0].i8 = 0;
        top[0].o = obj;
        frame = top + 1;
        frame[0].i8 = 0;
        frame[0].p = (owner->flags & TF_VALUETYPE) ? (void *)VM_OBJECT_DATA(obj) : (void *)obj;
    } else if (!(m->flags & MF_STATIC)) {
        frame[0].i8 = 0;
        frame[0].p = (callee->owner->flags & TF_VALUETYPE) ? (void *)VM_OBJECT_DATA(target) : (void *)target;
    }
    uint32_t k = (m->flags & MF_STATIC) ? 0 : 1;
    Object **values = args ? (Object **)VM_ARRAY_DATA(args) : NULL;
    for (uint32_t i = 0; i < m->param_count; i++) {
        if (!put_argument(t, m->params[i], &values[i], frame + k)) return -1;
        k += type_stack_slots(m->params[i]);
    }
    if (icall) {
        IcallFn fn = interp_icall_of(callee);
        if (!fn) { interp_set_pending_missing_icall(t, callee); return -1; }
        memset(t->icall_ret, 0, sizeof t->icall_ret);
        fn(t, frame, t->icall_ret);
        if (t->pending_exception) return -1;
        memcpy(frame, t->icall_ret, sizeof t->icall_ret);
        return interp_dyncall_finish(t, m, base, top) ? 0 : -1;
    }
    *callee_out = callee;
    return construct ? 2 : 1;
}

bool interp_dyncall_finish(Thread *t, Method *m, Slot *base, Slot *top) {
    if ((m->flags & MF_CTOR) && !base[1].o) { base[0].i8 = 0; base[0].o = top[0].o; return true; }
    Type *rt = m->ret;
    base[0].i8 = 0;
    if (rt->elem == MD_ELEMENT_VOID) { base[0].o = NULL; return true; }
    if (type_is_reference(rt)) { base[0].o = top[0].o; return true; }
    /* box a value result; its slots lie above the frame, so root them for the allocation */
    uint32_t slots = type_stack_slots(rt);
    if (slots > 32) { interp_set_pending(t, "System.NotSupportedException", "return value too large"); return false; }
    for (uint32_t i = 0; i < slots; i++) gc_root_push(&top[i].p);
    Object *box = vm_box(t, rt, top);
    gc_root_pop(slots);
    if (t->pending_exception) return false;
    base[0].o = box;
    return true;
}
