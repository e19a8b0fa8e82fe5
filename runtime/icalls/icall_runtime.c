/* icall_runtime.c — internal calls that need the runtime's internals (types,
 * object identity, the GC, class initialization). Other areas' icalls (strings, numbers,
 * math, console, arrays) live in their own files, listed in icall_table.c. */
#include "core/core.h"
#include "types/corlib_binder.h"
#include "icalls/icalls.h"
#include "util/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define A(i) (args[(i)])

static void ret_type(Thread *t, Slot *ret, Type *type) { ret->o = vm_type_object(t, type); }

static void object_get_type(Thread *t, Slot *args, Slot *ret) { ret_type(t, ret, vm_object_type(A(0).o)); }

static void object_hash(Thread *t, Slot *args, Slot *ret) { (void)t; ret->i4 = vm_object_hash(A(0).o); }

static void object_clone(Thread *t, Slot *args, Slot *ret) {
    Object *src = A(0).o;
    size_t size = gc_object_size(src);
    Type *type = vm_object_type(src);
    Object *copy;
    if (type->flags & TF_ARRAY) {
        copy = gc_alloc_array(&type->gc, ((Array *)src)->length);
        if (copy) size = type->gc.data_offset + (size_t)((Array *)src)->length * type->gc.elem_size;
    } else if (type->flags & TF_STRING) {
        copy = (Object *)vm_string_alloc(t, ((String *)src)->length);
        size = offsetof(String, chars) + (size_t)((String *)src)->length * 2;
    } else {
        size = (type->flags & TF_VALUETYPE) ? VM_OBJECT_DATA_OFFSET + type_value_size(type) : type->instance_size;
        copy = gc_alloc(&type->gc, size);
    }
    src = A(0).o;   /* the collector does not move objects, but re-read after allocating anyway */
    if (!copy) { interp_set_pending(t, "System.OutOfMemoryException", NULL); return; }
    memcpy((uint8_t *)copy + sizeof(GcHeader), (uint8_t *)src + sizeof(GcHeader), size - sizeof(GcHeader));
    ret->o = copy;
}

/* ValueType.Equals: same type, then field by field (references by reference
 * identity of boxed... compared with Object.Equals semantics for strings). */
static void valuetype_equals(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    Object *a = A(0).o, *b = A(1).o;
    ret->i4 = 0;
    if (!a || !b || vm_object_type(a) != vm_object_type(b)) return;
    Type *type = vm_object_type(a);
    uint32_t size = type_value_size(type);
    const uint8_t *pa = VM_OBJECT_DATA(a), *pb = VM_OBJECT_DATA(b);
    if (!type->value_ref_count) { ret->i4 = memcmp(pa, pb, size) == 0; return; }
    for (uint32_t i = 0; i < type->field_count; i++) {
        Field *f = &type->fields[i];
        if (f->flags & FF_STATIC) continue;
        uint32_t fs = type_value_size(f->type);
        if (type_is_reference(f->type)) {
            Object *x, *y;
            memcpy(&x, pa + f->offset, sizeof x);
            memcpy(&y, pb + f->offset, sizeof y);
            if (x == y) continue;
            if (x && y && vm_object_type(x) == vm_types.string && vm_object_type(y) == vm_types.string) {
                String *sx = (String *)x, *sy = (String *)y;
                if (sx->length == sy->length && memcmp(sx->chars, sy->chars, (size_t)sx->length * 2) == 0) continue;
            }
            return;
        }
        if (memcmp(pa + f->offset, pb + f->offset, fs) != 0) return;
    }
    ret->i4 = 1;
}

static void valuetype_hash(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    Object *a = A(0).o;
    Type *type = vm_object_type(a);
    uint32_t size = type_value_size(type);
    const uint8_t *p = VM_OBJECT_DATA(a);
    uint32_t h = 0;
    if (!type->value_ref_count) h = util_hash_bytes(p, size, 0);
    else {
        for (uint32_t i = 0; i < type->field_count; i++) {
            Field *f = &type->fields[i];
            if ((f->flags & FF_STATIC) || type_is_reference(f->type)) continue;
            h = h * 31 + util_hash_bytes(p + f->offset, type_value_size(f->type), 0);
        }
    }
    ret->i4 = (int32_t)h;
}

/* ---- strings ---- */
static void string_fast_alloc(Thread *t, Slot *args, Slot *ret) {
    if (A(0).i4 < 0) { vm_throw_argument(t, "System.ArgumentOutOfRangeException", "length", NULL); return; }
    ret->o = (Object *)vm_string_alloc(t, A(0).i4);
}
static void string_intern(Thread *t, Slot *args, Slot *ret) {
    if (!A(0).o) { vm_throw_argument(t, "System.ArgumentNullException", "str", NULL); return; }
    ret->o = (Object *)vm_string_intern(t, (String *)A(0).o);
}
static void string_length(Thread *t, Slot *args, Slot *ret) { (void)t; ret->i4 = ((String *)A(0).o)->length; }
static void string_chars(Thread *t, Slot *args, Slot *ret) {
    String *s = (String *)A(0).o;
    if ((uint32_t)A(1).i4 >= (uint32_t)s->length) { interp_set_pending(t, "System.IndexOutOfRangeException", "Index was outside the bounds of the array."); return; }
    ret->i4 = s->chars[A(1).i4];
}

/* ---- arrays ---- */

static void array_length(Thread *t, Slot *args, Slot *ret) { (void)t; ret->i4 = ((Array *)A(0).o)->length; }
static void array_rank(Thread *t, Slot *args, Slot *ret) { (void)t; ret->i4 = vm_array_rank((Array *)A(0).o); }
static void array_get_length(Thread *t, Slot *args, Slot *ret) {
    int32_t n = vm_array_dim_length((Array *)A(0).o, A(1).i4);
    if (n < 0) { interp_set_pending(t, "System.IndexOutOfRangeException", "Index was outside the bounds of the array."); return; }
    ret->i4 = n;
}
static void array_lower_bound(Thread *t, Slot *args, Slot *ret) {
    if (A(1).i4 < 0 || A(1).i4 >= vm_array_rank((Array *)A(0).o)) { interp_set_pending(t, "System.IndexOutOfRangeException", "Index was outside the bounds of the array."); return; }
    ret->i4 = vm_array_lower_bound((Array *)A(0).o, A(1).i4);
}

static void *element_address(Array *a, int32_t flat) {
    Type *at = vm_object_type((Object *)a);
    return (uint8_t *)a + at->gc.data_offset + (size_t)flat * at->gc.elem_size;
}

static void array_get_flat(Thread *t, Slot *args, Slot *ret) {
    Array *a = (Array *)A(0).o;
    int32_t i = A(1).i4;
    if ((uint32_t)i >= (uint32_t)a->length) { interp_set_pending(t, "System.IndexOutOfRangeException", "Index was outside the bounds of the array."); return; }
    Type *e = vm_object_type((Object *)a)->element;
    void *p = element_address(a, i);
    if (type_is_reference(e)) { memcpy(&ret->o, p, sizeof(void *)); return; }
    ret->o = vm_box(t, e, p);
}

static void array_get_value(Thread *t, Slot *args, Slot *ret) {
    if (vm_array_rank((Array *)A(0).o) != 1) { interp_set_pending(t, "System.ArgumentException", "Array was not a one-dimensional array."); return; }
    Slot a[2] = {A(0), A(1)};
    a[1].i4 -= vm_array_lower_bound((Array *)A(0).o, 0);
    array_get_flat(t, a, ret);
}

static void array_set_flat(Thread *t, Slot *args, Slot *ret) {
    (void)ret;
    Array *a = (Array *)A(0).o;
    Object *v = A(1).o;
    int32_t i = A(2).i4;
    if ((uint32_t)i >= (uint32_t)a->length) { interp_set_pending(t, "System.IndexOutOfRangeException", "Index was outside the bounds of the array."); return; }
    Type *e = vm_object_type((Object *)a)->element;
    void *p = element_address(a, i);
    if (type_is_reference(e)) {
        if (v && !type_is_assignable_to(vm_object_type(v), e)) { interp_set_pending(t, "System.InvalidCastException", "Object cannot be stored in an array of this type."); return; }
        memcpy(p, &v, sizeof v);
        return;
    }
    if (!v) {
        if (e->flags & TF_NULLABLE) { memset(p, 0, type_value_size(e)); return; }
        interp_set_pending(t, "System.InvalidCastException", "Object cannot be stored in an array of this type.");
        return;
    }
    Type *vt = vm_object_type(v);
    Type *eu = (e->flags & TF_ENUM) ? e->element : e, *vu = (vt->flags & TF_ENUM) ? vt->element : vt;
    if (eu != vu) { interp_set_pending(t, "System.InvalidCastException", "Object cannot be stored in an array of this type."); return; }
    memcpy(p, VM_OBJECT_DATA(v), type_value_size(e));
}

static void array_set_value(Thread *t, Slot *args, Slot *ret) {
    if (vm_array_rank((Array *)A(0).o) != 1) { interp_set_pending(t, "System.ArgumentException", "Array was not a one-dimensional array."); return; }
    Slot a[3] = {A(0), A(1), A(2)};
    a[2].i4 -= vm_array_lower_bound((Array *)A(0).o, 0);
    array_set_flat(t, a, ret);
}

static void array_element_type(Thread *t, Slot *args, Slot *ret) { ret_type(t, ret, vm_object_type(A(0).o)->element); }

static void array_create(Thread *t, Slot *args, Slot *ret) {
    Type *e = vm_type_from_object(A(0).o);
    Array *lengths = (Array *)A(1).o, *lowers = (Array *)A(2).o;
    if (!e || !lengths) { vm_throw_argument(t, "System.ArgumentNullException", "elementType", NULL); return; }
    int32_t rank = lengths->length;
    int32_t *len = (int32_t *)VM_ARRAY_DATA(lengths), *lo = lowers ? (int32_t *)VM_ARRAY_DATA(lowers) : NULL;
    if (rank == 1 && (!lo || lo[0] == 0)) { ret->o = (Object *)vm_array_new(t, e, len[0]); return; }
    Type *at = type_mdarray(e, (uint32_t)rank);
    if (!type_prepare(at, TS_READY)) { interp_set_pending_type_error(t); return; }
    Slot a[64];
    if (rank > 32) { interp_set_pending(t, "System.TypeLoadException", "Array rank too large"); return; }
    for (int32_t i = 0; i < rank; i++) { a[2 * i].i4 = lo ? lo[i] : 0; a[2 * i + 1].i4 = len[i]; }
    if (interp_new_mdarray(t, at, a, (uint32_t)rank * 2, true)) ret->o = a[0].o;
}

/* ---- RuntimeType ---- */
#define TYPE_ARG(i) ((Type *)A(i).p)

/* Type.Name: a generic instantiation is named without its arguments
   (List`1), also under array, byref and pointer suffixes (List`1[], Span`1&). */
static void rt_name(Thread *t, Slot *args, Slot *ret) {
    char buf[512];
    size_t pos = 0;
    buf[0] = 0;
    Type *ty = TYPE_ARG(0);
    Type *inner = ty;
    int depth = 0;
    while (depth < 32 && inner->element && (inner->flags & (TF_ARRAY | TF_BYREF | TF_POINTER))) { inner = inner->element; depth++; }
    if (inner->generic_def) {
        size_t len = strlen(inner->name);
        if (len >= sizeof buf - 1) len = sizeof buf - 1;
        memcpy(buf, inner->name, len);
        pos = len;
        buf[pos] = 0;
        /* suffixes from the innermost wrapper out */
        for (int d = depth - 1; d >= 0; d--) {
            Type *w = ty;
            for (int k = 0; k < d; k++) w = w->element;
            char suffix[40];
            size_t n = 0;
            if (w->elem == MD_ELEMENT_SZARRAY) { suffix[n++] = '['; suffix[n++] = ']'; }
            else if (w->elem == MD_ELEMENT_ARRAY) {
                suffix[n++] = '[';
                if (w->rank == 1) suffix[n++] = '*';
                for (uint32_t r = 1; r < w->rank && n < sizeof suffix - 2; r++) suffix[n++] = ',';
                suffix[n++] = ']';
            }
            else if (w->elem == MD_ELEMENT_BYREF) suffix[n++] = '&';
            else suffix[n++] = '*';
            if (pos + n < sizeof buf) { memcpy(buf + pos, suffix, n); pos += n; buf[pos] = 0; }
        }
        ret->o = (Object *)vm_string_from_utf8(t, buf, pos);
        return;
    }
    type_append_name(ty, buf, sizeof buf, &pos, false);
    ret->o = (Object *)vm_string_from_utf8(t, buf, strlen(buf));
}
static void rt_namespace(Thread *t, Slot *args, Slot *ret) {
    Type *ty = TYPE_ARG(0);
    while (ty->element && (ty->flags & (TF_ARRAY | TF_BYREF | TF_POINTER))) ty = ty->element;
    /* A nested type has the namespace of its outermost enclosing type; the
       global namespace is null, as on .NET (metadata stores it as ""). */
    while (ty->enclosing && (!ty->ns || !ty->ns[0])) ty = ty->enclosing;
    ret->o = ty->ns && ty->ns[0] ? (Object *)vm_string_from_utf8(t, ty->ns, strlen(ty->ns)) : NULL;
}
/* Type.ToString: a generic definition lists its parameters, "List`1[T]". */
static void rt_full_name(Thread *t, Slot *args, Slot *ret) {
    Type *ty = TYPE_ARG(0);
    const char *n = type_name_full(ty);
    if (!(ty->flags & TF_GENERIC_DEF)) { ret->o = (Object *)vm_string_from_utf8(t, n, strlen(n)); return; }
    char buf[1024];
    size_t pos = (size_t)snprintf(buf, sizeof buf, "%s[", n);
    for (uint32_t i = 0; i < ty->type_arg_count && pos < sizeof buf; i++)
        pos += (size_t)snprintf(buf + pos, sizeof buf - pos, "%s%s", i ? "," : "", type_named_param(ty, i)->name);
    if (pos < sizeof buf) pos += (size_t)snprintf(buf + pos, sizeof buf - pos, "]");
    if (pos >= sizeof buf) pos = sizeof buf - 1;
    ret->o = (Object *)vm_string_from_utf8(t, buf, pos);
}

/* ---- generic parameters (reflection's named ones, types/generic_params.c) ---- */
static void rt_generic_param_position(Thread *t, Slot *args, Slot *ret) { (void)t; ret->i4 = (int32_t)TYPE_ARG(0)->generic_index; }
static void rt_generic_param_attributes(Thread *t, Slot *args, Slot *ret) { (void)t; ret->i4 = (int32_t)type_generic_param_flags(TYPE_ARG(0)); }
static void rt_declaring_method(Thread *t, Slot *args, Slot *ret) { (void)t; ret->p = TYPE_ARG(0)->declaring_method; }
static void rt_generic_param_constraints(Thread *t, Slot *args, Slot *ret) {
    uint32_t n;
    bool ok;
    Type **cs = type_generic_param_constraints(TYPE_ARG(0), &n, &ok);
    if (!ok) { interp_set_pending_type_error(t); return; }
    Array *a = vm_array_new(t, vm_types.type, (int32_t)n);
    if (a) {
        ret->o = (Object *)a;
        for (uint32_t i = 0; i < n; i++) {
            Object *o = vm_type_object(t, cs[i]);
            if (!o) break;
            ((Object **)VM_ARRAY_DATA(ret->o))[i] = o;
        }
    }
    free(cs);
}
/* A type's name as `append` writes it, or null when it has none (.NET's null FullName). */
static void ret_type_name(Thread *t, Slot *args, Slot *ret, bool (*append)(Type *, char *, size_t, size_t *)) {
    char buf[2048];
    size_t pos = 0;
    buf[0] = 0;
    ret->o = NULL;
    if (append(TYPE_ARG(0), buf, sizeof buf, &pos) && pos < sizeof buf)
        ret->o = (Object *)vm_string_from_utf8(t, buf, strlen(buf));
}
static void rt_qualified_full_name(Thread *t, Slot *args, Slot *ret) { ret_type_name(t, args, ret, type_append_fullname); }
static void rt_assembly_qualified_name(Thread *t, Slot *args, Slot *ret) {
    ret_type_name(t, args, ret, type_append_assembly_qualified_name);
}
static void rt_base(Thread *t, Slot *args, Slot *ret) {
    Type *ty = TYPE_ARG(0);
    ret_type(t, ret, (ty->flags & TF_INTERFACE) ? NULL : type_reflection_view(ty->base, ty, NULL));
}
static void rt_declaring(Thread *t, Slot *args, Slot *ret) { ret_type(t, ret, TYPE_ARG(0)->enclosing); }
static void rt_attributes(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    Type *ty = TYPE_ARG(0);
    int32_t a = 0;
    uint32_t f = ty->flags;
    if ((f & TF_VALUETYPE) && !(f & TF_POINTER)) a |= 1;
    if (f & TF_ENUM) a |= 2;
    if (f & TF_INTERFACE) a |= 4;
    if (f & TF_ARRAY) a |= 8;
    if (f & (TF_GENERIC_INST | TF_GENERIC_DEF)) a |= 16;
    if (f & TF_GENERIC_DEF) a |= 32;
    if (f & TF_ABSTRACT) a |= 64;
    if (f & TF_SEALED) a |= 128;
    if (f & TF_PRIMITIVE) a |= 256;
    if (!(f & (TF_VALUETYPE | TF_INTERFACE))) a |= 512;
    if (f & TF_POINTER) a |= 1024;
    if (f & TF_BYREF) a |= 2048;
    if (ty->enclosing) a |= 4096;
    if ((ty->md_flags & 7) == 1 || (ty->md_flags & 7) == 2 || (f & TF_ARRAY)) a |= 8192;
    if (f & TF_GENERIC_PARAM) a |= 16384;
    if (f & TF_CONTAINS_OPEN) a |= 32768;
    ret->i4 = a;
}
static void rt_generic_args(Thread *t, Slot *args, Slot *ret) {
    Type *ty = TYPE_ARG(0);
    uint32_t n = (ty->flags & (TF_GENERIC_INST | TF_GENERIC_DEF)) ? ty->type_arg_count : 0;
    Array *a = vm_array_new(t, vm_types.type, (int32_t)n);
    if (!a) return;
    ret->o = (Object *)a;
    for (uint32_t i = 0; i < n; i++) {
        Type *arg = (ty->flags & TF_GENERIC_DEF) ? type_named_param(ty, i) : ty->type_args[i];
        Object *o = vm_type_object(t, arg);
        if (!o) return;
        ((Object **)VM_ARRAY_DATA(ret->o))[i] = o;
    }
}
static void rt_generic_def(Thread *t, Slot *args, Slot *ret) {
    Type *ty = TYPE_ARG(0);
    if (!(ty->flags & (TF_GENERIC_INST | TF_GENERIC_DEF))) { interp_set_pending(t, "System.InvalidOperationException", "This operation is only valid on generic types."); return; }
    ret_type(t, ret, ty->generic_def ? ty->generic_def : ty);
}
static void rt_element(Thread *t, Slot *args, Slot *ret) {
    Type *ty = TYPE_ARG(0);
    ret_type(t, ret, (ty->flags & (TF_ARRAY | TF_BYREF | TF_POINTER)) ? ty->element : NULL);
}
static void rt_assignable(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    Type *to = TYPE_ARG(0), *from = TYPE_ARG(1);
    ret->i4 = from && to && (from == to || type_is_assignable_to(from, to));
}
static void rt_make_generic(Thread *t, Slot *args, Slot *ret) {
    Type *def = TYPE_ARG(0);
    Array *targs = (Array *)A(1).o;
    Type *list[32];
    if (!targs || targs->length > 32) { vm_throw_argument(t, "System.ArgumentNullException", "typeArguments", NULL); return; }
    for (int32_t i = 0; i < targs->length; i++) {
        list[i] = vm_type_from_object(((Object **)VM_ARRAY_DATA(targs))[i]);
        if (!list[i]) { vm_throw_argument(t, "System.ArgumentException", "typeArguments", "Type argument is not a runtime type."); return; }
    }
    Type *inst = type_instantiate(def, list, (uint32_t)targs->length);
    if (!inst) { vm_throw_argument(t, "System.ArgumentException", "typeArguments", type_last_error()); return; }
    ret_type(t, ret, inst);
}
static void rt_make_array(Thread *t, Slot *args, Slot *ret) {
    Type *ty = TYPE_ARG(0);
    ret_type(t, ret, A(1).i4 <= 0 ? type_szarray(ty) : type_mdarray(ty, (uint32_t)A(1).i4));
}
static void rt_make_byref(Thread *t, Slot *args, Slot *ret) {
    Type *ty = TYPE_ARG(0);
    ret_type(t, ret, A(1).i4 ? type_pointer(ty) : type_byref(ty));
}
/* TypedReference.ToObject: the value at the address, boxed when its type is a value type. */
static void typedref_to_object(Thread *t, Slot *args, Slot *ret) {
    void *addr = A(0).p;
    Type *ty = (Type *)A(1).p;
    if (!ty || !addr) { ret->o = NULL; return; }
    ret->o = vm_type_is_value_type(ty) ? vm_box(t, ty, addr) : *(Object **)addr;
}
static void rt_array_rank(Thread *t, Slot *args, Slot *ret) { (void)t; ret->i4 = (int32_t)TYPE_ARG(0)->rank; }
static void rt_enum_underlying(Thread *t, Slot *args, Slot *ret) {
    Type *ty = TYPE_ARG(0);
    if (!(ty->flags & TF_ENUM)) { vm_throw_argument(t, "System.ArgumentException", "enumType", "Type provided must be an Enum."); return; }
    type_prepare(ty, TS_LAYOUT);
    ret_type(t, ret, ty->element);
}
static void rt_create_default(Thread *t, Slot *args, Slot *ret) {
    Type *ty = TYPE_ARG(0);
    if (!type_prepare(ty, TS_READY)) { interp_set_pending_type_error(t); return; }
    if (ty->flags & TF_VALUETYPE) {
        uint8_t zero[256] = {0};
        if (type_value_size(ty) > sizeof zero) { interp_set_pending(t, "System.NotSupportedException", "value type too large"); return; }
        ret->o = vm_box(t, ty, zero);
        return;
    }
    /* objects whose constructor must run are created in C# (Activator); this is the raw allocation */
    ret->o = vm_object_new(t, ty);
}
static void rt_create_for_param(Thread *t, Slot *args, Slot *ret) {
    Type *def = vm_type_from_object(A(0).o), *arg = vm_type_from_object(A(1).o);
    if (!def || !arg) { vm_throw_argument(t, "System.ArgumentNullException", "type", NULL); return; }
    Type *inst = type_instantiate(def, &arg, 1);
    if (!inst) { interp_set_pending_type_error(t); return; }
    ret->o = vm_object_new(t, inst);
}
static void type_from_handle(Thread *t, Slot *args, Slot *ret) { ret_type(t, ret, (Type *)A(0).p); }

/* ---- Enum ---- */
static bool is_enum_member(const Field *f) {
    return (f->flags & FF_LITERAL) && (f->flags & FF_STATIC);
}

/* A new array of elem, one element per member of the enum type in A(0);
 * NULL (and no exception) for a non-type. */
static Array *enum_member_array(Thread *t, Slot *args, Type *elem, Type **type_out) {
    Type *ty = vm_type_from_object(A(0).o);
    if (!ty) return NULL;
    int32_t n = 0;
    for (uint32_t i = 0; i < ty->field_count; i++) n += is_enum_member(&ty->fields[i]);
    *type_out = ty;
    return vm_array_new(t, elem, n);
}

static uint64_t constant_value(Field *f) {
    const MdImage *img = f->owner->assembly->image;
    uint32_t row = md_find_constant(img, MD_TOKEN(MD_FIELD, f->field_row));
    if (!row) return 0;
    const MdConstantRow *c = &img->constants[row];
    uint64_t v = 0;
    const uint8_t *p = c->value.ptr;
    switch (c->type) {
    case MD_ELEMENT_I1: v = (uint64_t)(int64_t)(int8_t)p[0]; break;
    case MD_ELEMENT_U1: case MD_ELEMENT_BOOLEAN: v = p[0]; break;
    case MD_ELEMENT_I2: { int16_t x; memcpy(&x, p, 2); v = (uint64_t)(int64_t)x; break; }
    case MD_ELEMENT_U2: case MD_ELEMENT_CHAR: { uint16_t x; memcpy(&x, p, 2); v = x; break; }
    case MD_ELEMENT_I4: { int32_t x; memcpy(&x, p, 4); v = (uint64_t)(int64_t)x; break; }
    case MD_ELEMENT_U4: { uint32_t x; memcpy(&x, p, 4); v = x; break; }
    case MD_ELEMENT_I8: case MD_ELEMENT_U8: memcpy(&v, p, 8); break;
    default: break;
    }
    return v;
}

static void enum_values(Thread *t, Slot *args, Slot *ret) {
    Type *ty;
    Array *a = enum_member_array(t, args, vm_types.uint64, &ty);
    if (!a) return;
    uint64_t *out = (uint64_t *)VM_ARRAY_DATA(a);
    for (uint32_t i = 0; i < ty->field_count; i++)
        if (is_enum_member(&ty->fields[i])) *out++ = constant_value(&ty->fields[i]);
    ret->o = (Object *)a;
}
static void enum_names(Thread *t, Slot *args, Slot *ret) {
    Type *ty;
    Array *a = enum_member_array(t, args, vm_types.string, &ty);
    if (!a) return;
    ret->o = (Object *)a; /* keeps the array reachable while the names are allocated */
    uint32_t k = 0;
    for (uint32_t i = 0; i < ty->field_count; i++) {
        Field *f = &ty->fields[i];
        if (!is_enum_member(f)) continue;
        String *s = vm_string_from_utf8(t, f->name, strlen(f->name));
        if (!s) return;
        ((Object **)VM_ARRAY_DATA(ret->o))[k++] = (Object *)s;
    }
}
static void enum_underlying_value(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    Object *o = A(0).o;
    Type *ty = vm_object_type(o);
    Type *u = (ty->flags & TF_ENUM) ? ty->element : ty;
    const uint8_t *p = VM_OBJECT_DATA(o);
    int64_t v = 0;
    switch (u->elem) {
    case MD_ELEMENT_I1: v = *(int8_t *)p; break;
    case MD_ELEMENT_U1: case MD_ELEMENT_BOOLEAN: v = *p; break;
    case MD_ELEMENT_I2: { int16_t x; memcpy(&x, p, 2); v = x; break; }
    case MD_ELEMENT_U2: case MD_ELEMENT_CHAR: { uint16_t x; memcpy(&x, p, 2); v = x; break; }
    case MD_ELEMENT_I4: { int32_t x; memcpy(&x, p, 4); v = x; break; }
    case MD_ELEMENT_U4: { uint32_t x; memcpy(&x, p, 4); v = x; break; }
    default: memcpy(&v, p, 8); break;
    }
    ret->i8 = v;
}
static void enum_has_flags(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    Type *ty = vm_type_from_object(A(0).o);
    ret->i4 = 0;
    if (!ty || !ty->typedef_row) return;
    const MdImage *img = ty->assembly->image;
    uint32_t first, end;
    md_find_custom_attributes(img, MD_TOKEN(MD_TYPEDEF, ty->typedef_row), &first, &end);
    for (uint32_t r = first; r < end; r++) {
        Method *ctor = method_from_token(ty->assembly, img->customattributes[r].type, NULL);
        if (ctor && ctor->owner == CORLIB_T(flags_attribute)) { ret->i4 = 1; return; }
    }
}
static void enum_box(Thread *t, Slot *args, Slot *ret) {
    Type *ty = vm_type_from_object(A(0).o);
    if (!ty) return;
    int64_t v = A(1).i8;
    ret->o = vm_box(t, ty, &v);   /* little-endian: the low bytes are the value of any width */
}

/* ---- RuntimeHelpers ---- */
static void init_array(Thread *t, Slot *args, Slot *ret) {
    (void)ret;
    Array *a = (Array *)A(0).o;
    Field *f = (Field *)A(1).p;
    if (!a || !f) { vm_throw_argument(t, "System.ArgumentNullException", "array", NULL); return; }
    Type *at = vm_object_type((Object *)a);
    size_t size = (size_t)a->length * at->gc.elem_size;
    const uint8_t *data = f->rva_data;
    if (!data) {
        const MdImage *img = f->owner->assembly->image;
        uint32_t row = md_find_field_rva(img, f->field_row);
        if (row) data = md_rva_to_ptr(img, img->fieldrvas[row].rva, (uint32_t)size);
    }
    if (!data || (f->type && !(f->type->flags & TF_GENERIC_PARAM) && type_value_size(f->type) < size)) {
        vm_throw_argument(t, "System.ArgumentException", "fldHandle", "The field's initial data is too small for the array.");
        return;
    }
    memcpy((uint8_t *)a + at->gc.data_offset, data, size);
}
static void offset_to_string_data(Thread *t, Slot *args, Slot *ret) { (void)t; (void)args; ret->i4 = (int32_t)offsetof(String, chars); }
static void run_class_constructor(Thread *t, Slot *args, Slot *ret) {
    (void)ret;
    Type *ty = (Type *)A(0).p;
    if (!ty) { vm_throw_argument(t, "System.ArgumentException", NULL, "The handle is invalid."); return; }
    if (!type_prepare(ty, TS_READY)) { interp_set_pending_type_error(t); return; }
    if (ty->cinit == CI_DONE) return;
    /* internal calls never run managed code (no managed frame on the C stack: docs/interpreter.md): the interpreter
       runs the cctor when this call returns */
    t->class_init = ty;
    t->block = BLOCK_CLASS_INIT;
}

/* ---- GC ---- */
static void gc_collect_icall(Thread *t, Slot *args, Slot *ret) { (void)t; (void)args; (void)ret; gc_collect(); }
static void gc_total_memory_icall(Thread *t, Slot *args, Slot *ret) { (void)t; if (A(0).i4) gc_collect(); ret->i8 = (int64_t)gc_total_memory(); }
static void gc_collection_count(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    GcStats s;
    gc_get_stats(&s);
    ret->i4 = A(0).i4 >= 0 && A(0).i4 <= 2 ? (int32_t)s.collections : 0;
}
static void gc_suppress(Thread *t, Slot *args, Slot *ret) {
    (void)ret;
    if (!A(0).o) { vm_throw_argument(t, "System.ArgumentNullException", "obj", NULL); return; }
    gc_suppress_finalize(A(0).o);
}
static void gc_reregister(Thread *t, Slot *args, Slot *ret) {
    (void)ret;
    if (!A(0).o) { vm_throw_argument(t, "System.ArgumentNullException", "obj", NULL); return; }
    gc_reregister_for_finalize(A(0).o);
}
static void gc_wait_finalizers(Thread *t, Slot *args, Slot *ret) { (void)args; (void)ret; interp_request_finalizers(t); }
static void gc_allocated(Thread *t, Slot *args, Slot *ret) {
    (void)t; (void)args;
    GcStats s;
    gc_get_stats(&s);
    ret->i8 = (int64_t)s.bytes_allocated;
}
static void handle_alloc(Thread *t, Slot *args, Slot *ret) {
    int32_t kind = A(1).i4;
    if (kind < 0 || kind > 3) { vm_throw_argument(t, "System.ArgumentOutOfRangeException", "type", NULL); return; }
    if (kind == GC_HANDLE_PINNED && A(0).o) {
        /* .NET pins only objects without references inside (strings, primitive arrays, plain data). */
        const GcTypeInfo *gi = &vm_object_type(A(0).o)->gc;
        if (gi->kind == GC_KIND_REF_ARRAY || gi->ref_count > 0) {
            vm_throw_argument(t, "System.ArgumentException", "value", "Object contains non-primitive or non-blittable data.");
            return;
        }
    }
    ret->i8 = 0;
    ret->p = (void *)(uintptr_t)gc_handle_alloc(A(0).o, (GcHandleKind)kind);
}
static void handle_free(Thread *t, Slot *args, Slot *ret) {
    (void)ret;
    uint32_t h = (uint32_t)(uintptr_t)A(0).p;
    if (!gc_handle_valid(h)) { interp_set_pending(t, "System.InvalidOperationException", "Handle is not initialized."); return; }
    gc_handle_free(h);
}
static void handle_get(Thread *t, Slot *args, Slot *ret) {
    uint32_t h = (uint32_t)(uintptr_t)A(0).p;
    if (!gc_handle_valid(h)) { interp_set_pending(t, "System.InvalidOperationException", "Handle is not initialized."); return; }
    ret->o = gc_handle_get(h);
}
static void handle_set(Thread *t, Slot *args, Slot *ret) {
    (void)ret;
    uint32_t h = (uint32_t)(uintptr_t)A(0).p;
    if (!gc_handle_valid(h)) { interp_set_pending(t, "System.InvalidOperationException", "Handle is not initialized."); return; }
    gc_handle_set(h, A(1).o);
}
static void handle_addr(Thread *t, Slot *args, Slot *ret) {
    uint32_t h = (uint32_t)(uintptr_t)A(0).p;
    if (!gc_handle_valid(h) || gc_handle_kind(h) != GC_HANDLE_PINNED) { interp_set_pending(t, "System.InvalidOperationException", "Handle is not pinned."); return; }
    Object *o = gc_handle_get(h);
    ret->i8 = 0;
    if (!o) return;
    Type *ty = vm_object_type(o);
    if (ty->flags & TF_ARRAY) ret->p = (uint8_t *)o + ty->gc.data_offset;
    else if (ty->flags & TF_STRING) ret->p = ((String *)o)->chars;
    else ret->p = VM_OBJECT_DATA(o);
}

static void dependent_alloc(Thread *t, Slot *args, Slot *ret) {
    uint32_t h = gc_dependent_alloc(A(0).o, A(1).o);
    if (!h) { interp_set_pending(t, "System.OutOfMemoryException", NULL); return; }
    ret->i8 = 0;
    ret->p = (void *)(uintptr_t)h;
}
static void dependent_primary(Thread *t, Slot *args, Slot *ret) { (void)t; ret->o = gc_handle_get((uint32_t)(uintptr_t)A(0).p); }
static void dependent_secondary(Thread *t, Slot *args, Slot *ret) { (void)t; ret->o = gc_dependent_secondary((uint32_t)(uintptr_t)A(0).p); }
static void dependent_free(Thread *t, Slot *args, Slot *ret) { (void)t; (void)ret; gc_handle_free((uint32_t)(uintptr_t)A(0).p); }
static void dependent_set(Thread *t, Slot *args, Slot *ret) { (void)t; (void)ret; gc_dependent_set((uint32_t)(uintptr_t)A(0).p, A(1).o, A(2).o); }

static void marshal_size_of(Thread *t, Slot *args, Slot *ret) {
    Type *ty = vm_type_from_object(A(0).o);
    if (!ty) { vm_throw_argument(t, "System.ArgumentException", "t", "Type must be a runtime type."); return; }
    if (!type_prepare(ty, TS_LAYOUT) || (ty->flags & TF_GENERIC_DEF)) {
        vm_throw_argument(t, "System.ArgumentException", "t", "Type cannot be marshaled as an unmanaged structure; no meaningful size or offset can be computed.");
        return;
    }
    ret->i4 = (int32_t)type_value_size(ty);
}
static void marshal_alloc(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    intptr_t n = A(0).i;
    ret->i8 = 0;
    ret->p = n < 0 ? NULL : malloc(n ? (size_t)n : 1);
}
static void marshal_realloc(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    intptr_t n = A(1).i;
    ret->i8 = 0;
    ret->p = n < 0 ? NULL : realloc(A(0).p, n ? (size_t)n : 1);
}
static void marshal_free(Thread *t, Slot *args, Slot *ret) { (void)t; (void)ret; free(A(0).p); }

static void environment_exit(Thread *t, Slot *args, Slot *ret) { (void)ret; interp_request_exit(t, A(0).i4); }

const IcallEntry icall_runtime_entries[] = {
    {"System.Object::GetType()", object_get_type},
    {"System.Object::InternalGetHashCode(System.Object)", object_hash},
    {"System.Object::MemberwiseClone()", object_clone},
    {"System.ValueType::InternalEquals(System.Object,System.Object)", valuetype_equals},
    {"System.ValueType::InternalGetHashCode(System.Object)", valuetype_hash},
    {"System.String::FastAllocateString(System.Int32)", string_fast_alloc},
    {"System.String::InternalIntern(System.String)", string_intern},
    {"System.String::get_Length()", string_length},
    {"System.String::get_Chars(System.Int32)", string_chars},
    {"System.Array::get_Length()", array_length},
    {"System.Array::get_Rank()", array_rank},
    {"System.Array::GetLength(System.Int32)", array_get_length},
    {"System.Array::GetLowerBound(System.Int32)", array_lower_bound},
    {"System.Array::GetValue(System.Int32)", array_get_value},
    {"System.Array::SetValue(System.Object,System.Int32)", array_set_value},
    {"System.Array::InternalGetValueFlat(System.Int32)", array_get_flat},
    {"System.Array::InternalSetValueFlat(System.Object,System.Int32)", array_set_flat},
    {"System.Array::InternalCreate(System.Type,System.Int32[],System.Int32[])", array_create},
    {"System.Array::InternalGetElementType()", array_element_type},
    {"System.Type::GetTypeFromHandle(System.RuntimeTypeHandle)", type_from_handle},
    {"System.RuntimeType::InternalGetName(System.IntPtr)", rt_name},
    {"System.RuntimeType::InternalGetNamespace(System.IntPtr)", rt_namespace},
    {"System.RuntimeType::InternalGetFullName(System.IntPtr)", rt_full_name},
    {"System.RuntimeType::InternalGetQualifiedFullName(System.IntPtr)", rt_qualified_full_name},
    {"System.RuntimeType::InternalGetAssemblyQualifiedName(System.IntPtr)", rt_assembly_qualified_name},
    {"System.RuntimeType::InternalGetBaseType(System.IntPtr)", rt_base},
    {"System.RuntimeType::InternalGetDeclaringType(System.IntPtr)", rt_declaring},
    {"System.RuntimeType::InternalGetAttributes(System.IntPtr)", rt_attributes},
    {"System.RuntimeType::InternalGetGenericArguments(System.IntPtr)", rt_generic_args},
    {"System.RuntimeType::InternalGetGenericParameterPosition(System.IntPtr)", rt_generic_param_position},
    {"System.RuntimeType::InternalGetGenericParameterAttributes(System.IntPtr)", rt_generic_param_attributes},
    {"System.RuntimeType::InternalGetGenericParameterConstraints(System.IntPtr)", rt_generic_param_constraints},
    {"System.RuntimeType::InternalGetDeclaringMethod(System.IntPtr)", rt_declaring_method},
    {"System.RuntimeType::InternalGetGenericTypeDefinition(System.IntPtr)", rt_generic_def},
    {"System.RuntimeType::InternalGetElementType(System.IntPtr)", rt_element},
    {"System.RuntimeType::InternalIsAssignableFrom(System.IntPtr,System.IntPtr)", rt_assignable},
    {"System.RuntimeType::InternalMakeGenericType(System.IntPtr,System.Type[])", rt_make_generic},
    {"System.RuntimeType::InternalMakeArrayType(System.IntPtr,System.Int32)", rt_make_array},
    {"System.RuntimeType::InternalMakeByRefType(System.IntPtr,System.Boolean)", rt_make_byref},
    {"System.TypedReference::InternalToObject(System.IntPtr,System.IntPtr)", typedref_to_object},
    {"System.RuntimeType::InternalGetArrayRank(System.IntPtr)", rt_array_rank},
    {"System.RuntimeType::InternalGetEnumUnderlyingType(System.IntPtr)", rt_enum_underlying},
    {"System.RuntimeType::InternalCreateInstanceDefaultCtor(System.IntPtr)", rt_create_default},
    {"System.RuntimeType::CreateInstanceForAnotherGenericParameter(System.Type,System.Type)", rt_create_for_param},
    {"System.Enum::InternalGetValues(System.Type)", enum_values},
    {"System.Enum::InternalGetNames(System.Type)", enum_names},
    {"System.Enum::InternalGetUnderlyingValue(System.Object)", enum_underlying_value},
    {"System.Enum::InternalHasFlagsAttribute(System.Type)", enum_has_flags},
    {"System.Enum::InternalBoxEnum(System.Type,System.Int64)", enum_box},
    {"System.Runtime.CompilerServices.RuntimeHelpers::InitializeArray(System.Array,System.RuntimeFieldHandle)", init_array},
    {"System.Runtime.CompilerServices.RuntimeHelpers::InternalGetOffsetToStringData()", offset_to_string_data},
    {"System.Runtime.CompilerServices.RuntimeHelpers::InternalRunClassConstructor(System.IntPtr)", run_class_constructor},
    {"System.GC::Collect()", gc_collect_icall},
    {"System.GC::InternalCollect(System.Int32)", gc_collect_icall},
    {"System.GC::GetTotalMemory(System.Boolean)", gc_total_memory_icall},
    {"System.GC::CollectionCount(System.Int32)", gc_collection_count},
    {"System.GC::InternalSuppressFinalize(System.Object)", gc_suppress},
    {"System.GC::InternalReRegisterForFinalize(System.Object)", gc_reregister},
    {"System.GC::WaitForPendingFinalizers()", gc_wait_finalizers},
    {"System.GC::GetTotalAllocatedBytes(System.Boolean)", gc_allocated},
    {"System.Runtime.InteropServices.GCHandle::InternalAlloc(System.Object,System.Runtime.InteropServices.GCHandleType)", handle_alloc},
    {"System.Runtime.InteropServices.GCHandle::InternalFree(System.IntPtr)", handle_free},
    {"System.Runtime.InteropServices.GCHandle::InternalGet(System.IntPtr)", handle_get},
    {"System.Runtime.InteropServices.GCHandle::InternalSet(System.IntPtr,System.Object)", handle_set},
    {"System.Runtime.InteropServices.GCHandle::InternalAddrOfPinnedObject(System.IntPtr)", handle_addr},
    {"System.Environment::Exit(System.Int32)", environment_exit},
    {"System.Runtime.InteropServices.Marshal::InternalSizeOf(System.Type)", marshal_size_of},
    {"System.Runtime.InteropServices.Marshal::InternalAlloc(System.IntPtr)", marshal_alloc},
    {"System.Runtime.InteropServices.Marshal::InternalRealloc(System.IntPtr,System.IntPtr)", marshal_realloc},
    {"System.Runtime.InteropServices.Marshal::InternalFree(System.IntPtr)", marshal_free},
    {"System.Runtime.CompilerServices.DependentHandle::InternalAlloc(System.Object,System.Object)", dependent_alloc},
    {"System.Runtime.CompilerServices.DependentHandle::InternalGetPrimary(System.IntPtr)", dependent_primary},
    {"System.Runtime.CompilerServices.DependentHandle::InternalGetSecondary(System.IntPtr)", dependent_secondary},
    {"System.Runtime.CompilerServices.DependentHandle::InternalFree(System.IntPtr)", dependent_free},
    {"System.Runtime.CompilerServices.DependentHandle::InternalSet(System.IntPtr,System.Object,System.Object)", dependent_set},
    {NULL, NULL},
};
