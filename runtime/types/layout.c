/* layout.c — preparing types: field layout, sizes and GC descriptors
 * (TS_LAYOUT), then (vtable.c) vtables, interface lists and finalizer
 * detection (TS_READY). */
#include "types/types_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint32_t primitive_size(uint8_t elem) {
    switch (elem) {
    case MD_ELEMENT_BOOLEAN: case MD_ELEMENT_I1: case MD_ELEMENT_U1: return 1;
    case MD_ELEMENT_CHAR: case MD_ELEMENT_I2: case MD_ELEMENT_U2: return 2;
    case MD_ELEMENT_I4: case MD_ELEMENT_U4: case MD_ELEMENT_R4: return 4;
    case MD_ELEMENT_I8: case MD_ELEMENT_U8: case MD_ELEMENT_R8: return 8;
    case MD_ELEMENT_I: case MD_ELEMENT_U: case MD_ELEMENT_PTR: case MD_ELEMENT_BYREF:
    case MD_ELEMENT_FNPTR: return sizeof(void *);
    default: return 0;
    }
}

bool type_is_reference(Type *t) {
    return !(t->flags & (TF_VALUETYPE | TF_BYREF | TF_POINTER)) || (t->flags & TF_GENERIC_PARAM);
}

uint32_t type_value_size(Type *t) {
    if (type_is_reference(t)) return sizeof(void *);
    uint32_t p = primitive_size(t->elem);
    if (p) return p;
    if (!type_prepare(t, TS_LAYOUT)) return sizeof(void *);
    return t->instance_size;
}

uint32_t type_value_align(Type *t) {
    if (type_is_reference(t)) return sizeof(void *);
    uint32_t p = primitive_size(t->elem);
    if (p) return p;
    if (!type_prepare(t, TS_LAYOUT)) return sizeof(void *);
    return t->align ? t->align : 1;
}

uint32_t type_stack_slots(Type *t) {
    if (t->elem == MD_ELEMENT_VOID) return 0;
    if (type_stack_kind(t) != SK_VT) return 1;
    uint32_t size = type_value_size(t);
    return size ? (size + 7) / 8 : 1;
}

/* Growable list of reference offsets. */
typedef struct RefList { uint32_t *items; uint32_t count, cap; } RefList;
static void reflist_add(RefList *l, uint32_t off) {
    if (l->count == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 8;
        l->items = util_realloc(l->items, l->cap * sizeof(uint32_t));
    }
    l->items[l->count++] = off;
}

/* Adds the references found in a field of type ft at offset off. */
static void add_field_refs(RefList *l, Type *ft, uint32_t off) {
    if (type_is_reference(ft)) { reflist_add(l, off); return; }
    if (ft->flags & (TF_BYREF | TF_POINTER) || primitive_size(ft->elem)) return;
    for (uint32_t i = 0; i < ft->value_ref_count; i++) reflist_add(l, off + ft->value_ref_offsets[i]);
}

static Field *find_field_row(Type *t, uint32_t field_row) {
    for (uint32_t i = 0; i < t->field_count; i++)
        if (t->fields[i].field_row == field_row) return &t->fields[i];
    return NULL;
}

/* Whether a field signature's type is an object reference whatever it names. */
static bool sig_is_reference(const MdTypeSig *sig) {
    switch (sig->elem) {
    case MD_ELEMENT_CLASS: case MD_ELEMENT_STRING: case MD_ELEMENT_OBJECT:
    case MD_ELEMENT_SZARRAY: case MD_ELEMENT_ARRAY:
        return true;
    case MD_ELEMENT_GENERICINST:
        return sig->inner && sig->inner->elem == MD_ELEMENT_CLASS;
    default:
        return false;
    }
}

static bool resolve_field_types(Type *t) {
    GenericContext ctx;
    type_context(t, &ctx);
    const MdImage *img = t->assembly->image;
    for (uint32_t i = 0; i < t->field_count; i++) {
        Field *f = &t->fields[i];
        if (f->type) continue;
        char err[256];
        MdTypeSig *sig = md_parse_field_sig(img, img->fields[f->field_row].signature, err, sizeof err);
        if (!sig) { type_set_error_kind(ERR_BAD_IMAGE, "%s", err); return false; }
        f->type = type_from_sig(t->assembly, sig, &ctx);
        if (f->type) continue;
        /* A reference needs no layout of its own: as on CoreCLR, a field of a
         * type that does not load fails where it is used, not its owner. */
        TypeErrorKind k = type_last_error_kind();
        if (!sig_is_reference(sig) || (k != ERR_TYPE_LOAD && k != ERR_FILE_NOT_FOUND)) return false;
        f->type = vm_types.object;
        f->flags |= FF_TYPE_UNRESOLVED;
    }
    return true;
}

bool field_type_resolve(Field *f) {
    if (!(f->flags & FF_TYPE_UNRESOLVED)) return true;
    Type *t = f->owner;
    GenericContext ctx;
    type_context(t, &ctx);
    const MdImage *img = t->assembly->image;
    char err[256];
    MdTypeSig *sig = md_parse_field_sig(img, img->fields[f->field_row].signature, err, sizeof err);
    if (!sig) { type_set_error_kind(ERR_BAD_IMAGE, "%s", err); return false; }
    Type *ft = type_from_sig(t->assembly, sig, &ctx);
    if (!ft) return false;
    f->type = ft;
    f->flags &= (uint8_t)~FF_TYPE_UNRESOLVED;
    return true;
}

/* The namespace and name of the type whose constructor a CustomAttribute row
 * names (ctor: MethodDef or MemberRef token). */
static void attribute_type_name(Assembly *a, uint32_t ctor, const char **ns, const char **name) {
    const MdImage *img = a->image;
    *name = NULL;
    *ns = NULL;
    if (MD_TOKEN_TABLE(ctor) == MD_MEMBERREF) {
        uint32_t parent = img->memberrefs[MD_TOKEN_ROW(ctor)].klass;
        if (MD_TOKEN_TABLE(parent) == MD_TYPEREF) {
            *name = img->typerefs[MD_TOKEN_ROW(parent)].name;
            *ns = img->typerefs[MD_TOKEN_ROW(parent)].ns;
        } else if (MD_TOKEN_TABLE(parent) == MD_TYPEDEF) {
            *name = img->typedefs[MD_TOKEN_ROW(parent)].name;
            *ns = img->typedefs[MD_TOKEN_ROW(parent)].ns;
        }
    } else if (MD_TOKEN_TABLE(ctor) == MD_METHODDEF) {
        Method *m = method_from_def(a, MD_TOKEN_ROW(ctor));
        if (m) { *name = m->owner->name; *ns = m->owner->ns; }
    }
}

/* The CustomAttribute row on `parent` (a token of a's image) whose type is
 * ns.name, or 0. */
static uint32_t find_attribute(Assembly *a, uint32_t parent, const char *ns, const char *name) {
    const MdImage *img = a->image;
    uint32_t first, end;
    md_find_custom_attributes(img, parent, &first, &end);
    for (uint32_t r = first; r < end; r++) {
        const char *n, *s;
        attribute_type_name(a, img->customattributes[r].type, &s, &n);
        if (n && s && strcmp(n, name) == 0 && strcmp(s, ns) == 0) return r;
    }
    return 0;
}

/* [ThreadStatic] on a field. */
static bool field_is_thread_static(Type *t, Field *f) {
    return find_attribute(t->assembly, MD_TOKEN(MD_FIELD, f->field_row), "System", "ThreadStaticAttribute") != 0;
}

/* [InlineArray(n)] on a struct (C# 12 inline arrays, .NET 10's InlineArrayN<T>):
 * its one instance field repeated n times. Returns n, or 0. */
static uint32_t inline_array_length(Type *t) {
    Type *def = t->generic_def ? t->generic_def : t;
    if (!def->typedef_row || !(t->flags & TF_VALUETYPE)) return 0;
    Assembly *a = def->assembly;
    uint32_t r = find_attribute(a, MD_TOKEN(MD_TYPEDEF, def->typedef_row), "System.Runtime.CompilerServices", "InlineArrayAttribute");
    if (!r) return 0;
    MdBlobReader br;
    md_blob_reader_init(&br, a->image->customattributes[r].value);
    if (md_read_u16(&br) != 1) return 0;
    uint32_t n = md_read_u32(&br);
    return br.failed || (int32_t)n <= 0 ? 0 : n;
}

/* Gives a static field the next suitably aligned offset in a statics block. */
static void place_static_field(Field *f, uint32_t *size, RefList *refs) {
    uint32_t fs = type_value_size(f->type), fa = type_value_align(f->type);
    if (fa > 8) fa = 8;
    *size = (*size + fa - 1) & ~(fa - 1);
    f->offset = *size;
    add_field_refs(refs, f->type, *size);
    *size += fs ? fs : 1;
}

/* Thread-static fields get offsets into a per-thread block of tstatics_size
 * bytes, created on a thread's first access (interp: TSADDR). */
static void layout_thread_statics(Type *t) {
    uint32_t size = 0;
    RefList refs = {0};
    for (uint32_t i = 0; i < t->field_count; i++) {
        Field *f = &t->fields[i];
        if (f->flags & FF_THREADSTATIC) place_static_field(f, &size, &refs);
    }
    t->tstatics_size = VM_ALIGN8(size);
    t->tstatic_ref_count = refs.count;
    t->tstatic_ref_offsets = refs.items;
}

static void layout_statics(Type *t) {
    uint32_t size = 0;
    RefList refs = {0};
    const MdImage *img = t->assembly->image;
    bool any_thread_static = false;
    for (uint32_t i = 0; i < t->field_count; i++) {
        Field *f = &t->fields[i];
        if ((f->flags & FF_STATIC) && !(f->flags & FF_LITERAL) && field_is_thread_static(t, f)) {
            f->flags |= FF_THREADSTATIC;
            any_thread_static = true;
        }
    }
    if (any_thread_static) layout_thread_statics(t);
    for (uint32_t i = 0; i < t->field_count; i++) {
        Field *f = &t->fields[i];
        if (!(f->flags & FF_STATIC) || (f->flags & (FF_LITERAL | FF_THREADSTATIC))) continue;
        place_static_field(f, &size, &refs);
        if (f->flags & FF_RVA) {
            uint32_t row = md_find_field_rva(img, f->field_row);
            if (row) f->rva_data = md_rva_to_ptr(img, img->fieldrvas[row].rva, type_value_size(f->type));
        }
    }
    if (size == 0) return;
    t->statics_size = VM_ALIGN8(size);
    t->statics = util_calloc(1, t->statics_size);
    for (uint32_t i = 0; i < t->field_count; i++) {
        Field *f = &t->fields[i];
        if ((f->flags & FF_STATIC) && !(f->flags & FF_THREADSTATIC) && f->rva_data) memcpy(t->statics + f->offset, f->rva_data, type_value_size(f->type));
    }
    t->static_ref_count = refs.count;
    t->static_ref_offsets = refs.items;
    if (refs.count) types_register_statics(t);
}

static bool layout_array(Type *t) {
    Type *e = t->element;
    if (!type_prepare(e, TS_LAYOUT) && !(e->flags & TF_GENERIC_PARAM)) return false;
    t->gc.elem_size = type_value_size(e);
    if (type_is_reference(e)) {
        t->gc.kind = GC_KIND_REF_ARRAY;
    } else if (e->value_ref_count) {
        t->gc.kind = GC_KIND_VALUE_ARRAY;
        t->gc.ref_count = e->value_ref_count;
        t->gc.ref_offsets = e->value_ref_offsets;
    } else {
        t->gc.kind = GC_KIND_NOREFS;
    }
    if (t->gc.kind != GC_KIND_NOREFS) t->flags |= TF_HAS_REFS;
    t->instance_size = t->gc.data_offset;
    return true;
}

bool type_prepare_layout(Type *t) {
    if (t->flags & (TF_ARRAY)) return layout_array(t);
    if (t->flags & (TF_BYREF | TF_POINTER | TF_GENERIC_PARAM)) return true;
    if (t->base && !type_prepare(t->base, TS_LAYOUT)) return false;
    if (!resolve_field_types(t)) return false;

    bool value = (t->flags & TF_VALUETYPE) != 0;
    uint32_t start = value ? 0 : (t->base ? t->base->instance_size : (uint32_t)sizeof(GcHeader));
    uint32_t end = start, align = 1;
    RefList refs = {0};
    if (!value && t->base)
        for (uint32_t i = 0; i < t->base->gc.ref_count; i++) reflist_add(&refs, t->base->gc.ref_offsets[i]);
    const MdImage *img = t->assembly->image;
    uint32_t prim = primitive_size(t->elem);
    for (uint32_t i = 0; i < t->field_count; i++) {
        Field *f = &t->fields[i];
        if (f->flags & FF_STATIC) continue;
        if (prim) { f->offset = 0; continue; }     /* Int32.m_value and friends */
        if (f->type == t && value) { type_set_error("Type '%s' contains itself", t->name); return false; }
        uint32_t fs = type_value_size(f->type), fa = type_value_align(f->type);
        uint32_t off;
        uint32_t lrow = (t->flags & TF_EXPLICIT_LAYOUT) ? md_find_field_layout(img, f->field_row) : 0;
        if (lrow) off = start + img->fieldlayouts[lrow].offset;
        else off = (end + fa - 1) & ~(fa - 1);
        f->offset = off;
        if (off + fs > end) end = off + fs;
        if (fa > align) align = fa;
        if ((t->flags & TF_ENUM)) t->element = f->type;
        add_field_refs(&refs, f->type, off);
    }
    uint32_t repeat = value ? inline_array_length(t) : 0;
    if (repeat > 1) {
        /* the one instance field, then repeat - 1 more elements right after it */
        Field *elem = NULL;
        for (uint32_t i = 0; i < t->field_count; i++)
            if (!(t->fields[i].flags & FF_STATIC)) { if (elem) { elem = NULL; break; } elem = &t->fields[i]; }
        if (!elem) { type_set_error("InlineArray struct '%s' must have exactly one instance field", t->name); return false; }
        uint32_t fs = type_value_size(elem->type);
        for (uint32_t k = 1; k < repeat; k++) add_field_refs(&refs, elem->type, elem->offset + k * fs);
        end = elem->offset + repeat * fs;
    }
    uint32_t lrow = md_find_class_layout(img, t->typedef_row);
    if (lrow && img->classlayouts[lrow].class_size && start + img->classlayouts[lrow].class_size > end)
        end = start + img->classlayouts[lrow].class_size;
    if (prim) { end = prim; align = prim; }
    if (value) {
        if (end == 0) end = 1;
        t->align = align;
        t->instance_size = (end + align - 1) & ~(align - 1);
        t->value_ref_count = refs.count;
        t->value_ref_offsets = refs.items;
        /* boxed form: the value sits at VM_OBJECT_DATA_OFFSET */
        uint32_t *boxed = refs.count ? util_calloc(refs.count, sizeof(uint32_t)) : NULL;
        for (uint32_t i = 0; i < refs.count; i++) boxed[i] = refs.items[i] + VM_OBJECT_DATA_OFFSET;
        t->gc.ref_offsets = boxed;
        t->gc.ref_count = refs.count;
    } else {
        t->instance_size = (end + 3) & ~3u;
        t->gc.ref_offsets = refs.items;
        t->gc.ref_count = refs.count;
    }
    t->gc.kind = refs.count ? GC_KIND_OBJECT : GC_KIND_NOREFS;
    if (refs.count) t->flags |= TF_HAS_REFS;
    if (t->flags & TF_STRING) t->gc.kind = GC_KIND_NOREFS;
    layout_statics(t);
    (void)find_field_row;
    return true;
}

bool type_prepare(Type *t, int state) {
    if (!t) return false;
    if (t->state >= state) return true;
    if (t->flags & TF_GENERIC_PARAM) return true;
    if (t->state < TS_LAYOUT) {
        t->state = TS_LAYOUT;   /* set first: recursive references see it in progress */
        if (!type_prepare_layout(t)) { t->state = TS_CREATED; return false; }
    }
    if (state >= TS_READY && t->state < TS_READY) {
        t->state = TS_READY;
        if (!type_prepare_vtable(t)) { t->state = TS_LAYOUT; return false; }
    }
    return true;
}
