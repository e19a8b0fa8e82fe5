/* icall_members.c — reflection over members: listing a type's methods,
 * constructors, fields and properties (filtered by BindingFlags), their
 * signatures, and reading/writing fields. Invoking goes through the DYNCALL
 * op instead (interp/dyncall.c), since internal calls never run managed code. */
#include "icalls/icalls.h"
#include "core/core.h"

#include <string.h>

#define A(i) (args[(i)])

enum { BF_DECLARED_ONLY = 2, BF_INSTANCE = 4, BF_STATIC = 8, BF_PUBLIC = 16, BF_NONPUBLIC = 32, BF_FLATTEN = 64 };

static bool binding_matches(int32_t flags, bool is_public, bool is_static, bool inherited) {
    if (!(flags & (is_public ? BF_PUBLIC : BF_NONPUBLIC))) return false;
    if (!(flags & (is_static ? BF_STATIC : BF_INSTANCE))) return false;
    if (inherited && is_static && !(flags & BF_FLATTEN)) return false;
    if (inherited && !is_public && is_static) return false;
    return true;
}

/* An IntPtr[] of the pointers collected (GC-safe: allocated before filling). */
static void return_pointers(Thread *t, Slot *ret, void **items, uint32_t n) {
    Array *a = vm_array_new(t, vm_types.intptr, (int32_t)n);
    if (!a) return;
    memcpy(VM_ARRAY_DATA(a), items, n * sizeof(void *));
    ret->o = (Object *)a;
}

static void type_get_methods(Thread *t, Slot *args, Slot *ret) {
    Type *ty = (Type *)A(0).p;
    int32_t flags = A(1).i4;
    bool ctors = A(2).i4 != 0;
    if (!type_prepare(ty, TS_READY)) { interp_set_pending_type_error(t); return; }
    void *found[1024];
    int32_t seen_slots[512];
    uint32_t n = 0, nslots = 0;
    for (Type *c = ty; c && n < 1024; c = (ctors || (flags & BF_DECLARED_ONLY)) ? NULL : c->base) {
        type_prepare(c, TS_READY);
        for (uint32_t i = 0; i < c->method_count && n < 1024; i++) {
            Method *m = type_method(c, i);
            bool is_ctor = (m->flags & (MF_CTOR | MF_CCTOR)) != 0;
            if (is_ctor != ctors || (m->flags & MF_CCTOR)) continue;
            if (m->flags & MF_GENERIC_DEF) { /* generic methods are listed by their definition */ }
            if (m->vtable_slot >= 0) {
                bool overridden = false;
                for (uint32_t s = 0; s < nslots; s++) if (seen_slots[s] == m->vtable_slot) overridden = true;
                /* also overridden through another slot (covariant returns: a newslot override) */
                if (c != ty && (uint32_t)m->vtable_slot < ty->vtable_size && ty->vtable[m->vtable_slot] != m &&
                    !(c->flags & TF_INTERFACE)) overridden = true;
                if (overridden) continue;
                if (nslots < 512) seen_slots[nslots++] = m->vtable_slot;
            }
            if (!binding_matches(flags, (m->md_flags & 7) == 6, (m->flags & MF_STATIC) != 0, c != ty)) continue;
            found[n++] = m;
        }
    }
    return_pointers(t, ret, found, n);
}

static void type_get_fields(Thread *t, Slot *args, Slot *ret) {
    Type *ty = (Type *)A(0).p;
    int32_t flags = A(1).i4;
    if (!type_prepare(ty, TS_READY)) { interp_set_pending_type_error(t); return; }
    void *found[1024];
    uint32_t n = 0;
    for (Type *c = ty; c && n < 1024; c = (flags & BF_DECLARED_ONLY) ? NULL : c->base)
        for (uint32_t i = 0; i < c->field_count && n < 1024; i++) {
            Field *f = &c->fields[i];
            if (!binding_matches(flags, (f->md_flags & 7) == 6, (f->flags & FF_STATIC) != 0, c != ty)) continue;
            found[n++] = f;
        }
    return_pointers(t, ret, found, n);
}

/* Properties as (getter, setter) method pairs; either may be null. */
static void type_get_properties(Thread *t, Slot *args, Slot *ret) {
    Type *ty = (Type *)A(0).p;
    int32_t flags = A(1).i4;
    if (!type_prepare(ty, TS_READY)) { interp_set_pending_type_error(t); return; }
    void *found[1024];
    uint32_t n = 0;
    for (Type *c = ty; c && n < 1022; c = (flags & BF_DECLARED_ONLY) ? NULL : c->base) {
        Type *def = c->generic_def ? c->generic_def : c;
        if (!def->typedef_row) continue;
        const MdImage *img = def->assembly->image;
        uint32_t first, end;
        md_typedef_properties(img, def->typedef_row, &first, &end);
        md_table_ready(img, MD_METHODSEMANTICS);
        for (uint32_t p = first; p < end && n < 1022; p++) {
            Method *get = NULL, *set = NULL;
            for (uint32_t r = 1; r <= img->row_count[MD_METHODSEMANTICS]; r++) {
                const MdMethodSemanticsRow *ms = &img->methodsemantics[r];
                if (ms->association != MD_TOKEN(MD_PROPERTY, p)) continue;
                for (uint32_t k = 0; k < c->method_count; k++) {
                    Method *m = type_method(c, k);
                    Method *d = m->type_def_method ? m->type_def_method : m;
                    if (d->methoddef_row != ms->method) continue;
                    if (ms->semantics & 0x1) set = m;   /* II.23.1.12: Setter 1, Getter 2 */
                    if (ms->semantics & 0x2) get = m;
                }
            }
            Method *any = get ? get : set;
            if (!any) continue;
            bool is_public = (get && (get->md_flags & 7) == 6) || (set && (set->md_flags & 7) == 6);
            if (!binding_matches(flags, is_public, (any->flags & MF_STATIC) != 0, c != ty)) continue;
            bool duplicate = false;
            for (uint32_t q = 0; q < n; q += 2) {
                Method *o = found[q] ? found[q] : found[q + 1];
                if (strcmp(o->name + 4, any->name + 4) == 0) duplicate = true;   /* overridden in a derived type */
            }
            if (duplicate) continue;
            found[n++] = get;
            found[n++] = set;
        }
    }
    return_pointers(t, ret, found, n);
}

static void method_return_type(Thread *t, Slot *args, Slot *ret) {
    Method *m = (Method *)A(0).p;
    if (!method_prepare_sig(m)) { interp_set_pending_type_error(t); return; }
    ret->o = vm_type_object(t, type_reflection_view(m->ret, m->owner, m));
}

static void method_parameter_types(Thread *t, Slot *args, Slot *ret) {
    Method *m = (Method *)A(0).p;
    if (!method_prepare_sig(m)) { interp_set_pending_type_error(t); return; }
    Array *a = vm_array_new(t, vm_types.type, (int32_t)m->param_count);
    if (!a) return;
    ret->o = (Object *)a;
    for (uint32_t i = 0; i < m->param_count; i++) {
        Object *o = vm_type_object(t, type_reflection_view(m->params[i], m->owner, m));
        if (!o) return;
        ((Object **)VM_ARRAY_DATA(ret->o))[i] = o;
    }
}

static void method_parameter_names(Thread *t, Slot *args, Slot *ret) {
    Method *m = (Method *)A(0).p;
    if (!method_prepare_sig(m)) { interp_set_pending_type_error(t); return; }
    Array *a = vm_array_new(t, vm_types.string, (int32_t)m->param_count);
    if (!a) return;
    ret->o = (Object *)a;
    Method *d = m->generic_def ? m->generic_def : m;
    if (d->type_def_method) d = d->type_def_method;
    if (!d->methoddef_row) return;
    const MdImage *img = d->assembly->image;
    uint32_t first, end;
    md_method_params(img, d->methoddef_row, &first, &end);
    for (uint32_t r = first; r < end; r++) {
        uint32_t seq = md_param_row(img, r).sequence;
        if (seq == 0 || seq > m->param_count) continue;
        String *s = vm_string_from_utf8(t, md_param_row(img, r).name, strlen(md_param_row(img, r).name));
        if (!s) return;
        ((Object **)VM_ARRAY_DATA(ret->o))[seq - 1] = (Object *)s;
    }
}

static void method_attributes(Thread *t, Slot *args, Slot *ret) { (void)t; ret->i4 = ((Method *)A(0).p)->md_flags; }

static void field_name(Thread *t, Slot *args, Slot *ret) {
    Field *f = (Field *)A(0).p;
    ret->o = (Object *)vm_string_from_utf8(t, f->name, strlen(f->name));
}
static void field_type(Thread *t, Slot *args, Slot *ret) {
    Field *f = (Field *)A(0).p;
    if (!f->type && !type_prepare(f->owner, TS_LAYOUT)) { interp_set_pending_type_error(t); return; }
    if (!field_type_resolve(f)) { interp_set_pending_type_error(t); return; }
    ret->o = vm_type_object(t, type_reflection_view(f->type, f->owner, NULL));
}
static void field_declaring_type(Thread *t, Slot *args, Slot *ret) { ret->o = vm_type_object(t, ((Field *)A(0).p)->owner); }
static void field_attributes(Thread *t, Slot *args, Slot *ret) { (void)t; ret->i4 = ((Field *)A(0).p)->md_flags; }

/* Where a field's value lives for this target, or NULL (exception set). */
static uint8_t *field_address(Thread *t, Field *f, Object *target) {
    if (!type_prepare(f->owner, TS_LAYOUT)) { interp_set_pending_type_error(t); return NULL; }
    if (!field_type_resolve(f)) { interp_set_pending_type_error(t); return NULL; }
    if (f->flags & FF_THREADSTATIC) { interp_set_pending(t, "System.NotSupportedException", "thread-static fields through reflection"); return NULL; }
    if (f->flags & FF_STATIC) return f->owner->statics + f->offset;
    if (!target) { interp_set_pending(t, "System.Reflection.TargetException", "Non-static field requires a target."); return NULL; }
    Type *tt = vm_object_type(target);
    if (tt != f->owner && !type_is_assignable_to(tt, f->owner)) {
        vm_throw_argument(t, "System.ArgumentException", NULL, "Field is not defined on the target object's type.");
        return NULL;
    }
    return (f->owner->flags & TF_VALUETYPE) ? VM_OBJECT_DATA(target) + f->offset : (uint8_t *)target + f->offset;
}

static void field_get_value(Thread *t, Slot *args, Slot *ret) {
    Field *f = (Field *)A(0).p;
    if (f->flags & FF_LITERAL) {
        const MdImage *img = f->owner->assembly->image;
        uint32_t row = md_find_constant(img, MD_TOKEN(MD_FIELD, f->field_row));
        if (!row) return;
        const MdConstantRow *c = &img->constants[row];
        if (c->type == MD_ELEMENT_STRING) {
            ret->o = (Object *)vm_string_from_utf16(t, (const uint16_t *)c->value.ptr, (int32_t)(c->value.len / 2));
            return;
        }
        if (c->type == MD_ELEMENT_CLASS) { ret->o = NULL; return; }
        uint8_t buf[8] = {0};
        memcpy(buf, c->value.ptr, c->value.len < 8 ? c->value.len : 8);
        ret->o = vm_box(t, f->type, buf);
        return;
    }
    uint8_t *p = field_address(t, f, A(1).o);
    if (!p) return;
    if (type_is_reference(f->type)) { memcpy(&ret->o, p, sizeof(void *)); return; }
    ret->o = vm_box(t, f->type, p);   /* p stays valid: objects never move */
}

static void field_set_value(Thread *t, Slot *args, Slot *ret) {
    (void)ret;
    Field *f = (Field *)A(0).p;
    Object *value = A(2).o;
    if (f->flags & FF_LITERAL) { interp_set_pending(t, "System.FieldAccessException", "Cannot set a constant field."); return; }
    uint8_t *p = field_address(t, f, A(1).o);
    if (!p) return;
    Type *ft = f->type;
    if (type_is_reference(ft)) {
        if (value && !type_is_assignable_to(vm_object_type(value), ft)) {
            vm_throw_argument(t, "System.ArgumentException", NULL, "Object type cannot be converted to target type.");
            return;
        }
        memcpy(p, &value, sizeof value);
        return;
    }
    if (!value) { memset(p, 0, type_value_size(ft)); return; }
    Type *vt = vm_object_type(value);
    Type *a = (vt->flags & TF_ENUM) ? vt->element : vt, *b = (ft->flags & TF_ENUM) ? ft->element : ft;
    if (vt != ft && a != b) { vm_throw_argument(t, "System.ArgumentException", NULL, "Object type cannot be converted to target type."); return; }
    memcpy(p, VM_OBJECT_DATA(value), type_value_size(ft));
}

const IcallEntry icall_members_entries[] = {
    {"System.RuntimeType::InternalGetMethods(System.IntPtr,System.Int32,System.Boolean)", type_get_methods},
    {"System.RuntimeType::InternalGetFields(System.IntPtr,System.Int32)", type_get_fields},
    {"System.RuntimeType::InternalGetProperties(System.IntPtr,System.Int32)", type_get_properties},
    {"System.Reflection.RuntimeMethodInfo::InternalGetReturnType(System.IntPtr)", method_return_type},
    {"System.Reflection.RuntimeMethodInfo::InternalGetParameterTypes(System.IntPtr)", method_parameter_types},
    {"System.Reflection.RuntimeMethodInfo::InternalGetParameterNames(System.IntPtr)", method_parameter_names},
    {"System.Reflection.RuntimeMethodInfo::InternalGetAttributes(System.IntPtr)", method_attributes},
    {"System.Reflection.RuntimeFieldInfo::InternalGetName(System.IntPtr)", field_name},
    {"System.Reflection.RuntimeFieldInfo::InternalGetFieldType(System.IntPtr)", field_type},
    {"System.Reflection.RuntimeFieldInfo::InternalGetDeclaringType(System.IntPtr)", field_declaring_type},
    {"System.Reflection.RuntimeFieldInfo::InternalGetAttributes(System.IntPtr)", field_attributes},
    {"System.Reflection.RuntimeFieldInfo::InternalGetValue(System.IntPtr,System.Object)", field_get_value},
    {"System.Reflection.RuntimeFieldInfo::InternalSetValue(System.IntPtr,System.Object,System.Object)", field_set_value},
    {NULL, NULL},
};
