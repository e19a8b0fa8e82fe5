/* icall_attributes.c — what reflection needs from metadata beyond member
 * lists: the custom-attribute rows of any member (constructor + value blob;
 * the corlib decodes the blob and runs the constructor), the metadata token
 * and assembly behind a member, events, interfaces, nested types, and the
 * types of an assembly. Internal calls never run managed code, so attribute
 * objects are built in C# (System/Reflection/CustomAttributes.cs). */
#include "icalls/icalls.h"
#include "core/core.h"

#include <stdlib.h>
#include <string.h>

#define A(i) (args[(i)])

static Type *definition_of(Type *t) {
    while (t && t->generic_def) t = t->generic_def;
    return t;
}

static Method *method_definition(Method *m) {
    if (m->generic_def) m = m->generic_def;
    if (m->type_def_method) m = m->type_def_method;
    return m;
}

/* object[] { ctor (IntPtr), blob (byte[]), ... } for the attributes on `token`
 * in assembly `a`. An attribute whose constructor cannot be resolved (its
 * type is missing from the corlib and from the loaded assemblies) is left out. */
static void attribute_rows(Thread *t, Slot *args, Slot *ret) {
    Assembly *a = (Assembly *)A(0).p;
    uint32_t token = (uint32_t)A(1).i4;
    ret->o = NULL;
    if (!a || !token) { ret->o = (Object *)vm_array_new(t, vm_types.object, 0); return; }
    const MdImage *img = a->image;
    uint32_t first, end;
    md_find_custom_attributes(img, token, &first, &end);
    Method *ctors[256];
    uint32_t rows[256], n = 0;
    for (uint32_t r = first; r < end && n < 256; r++) {
        Method *m = method_from_token(a, img->customattributes[r].type, NULL);
        if (!m) continue;
        ctors[n] = m; rows[n] = r; n++;
    }
    Array *arr = vm_array_new(t, vm_types.object, (int32_t)(2 * n));
    if (!arr) return;
    ret->o = (Object *)arr;
    for (uint32_t i = 0; i < n; i++) {
        Object *boxed = vm_box(t, vm_types.intptr, &ctors[i]);
        if (!boxed) return;
        ((Object **)VM_ARRAY_DATA(ret->o))[2 * i] = boxed;
        MdBlob blob = img->customattributes[rows[i]].value;
        Array *bytes = vm_array_new(t, vm_types.byte, (int32_t)blob.len);
        if (!bytes) return;
        memcpy(VM_ARRAY_DATA(bytes), blob.ptr, blob.len);
        ((Object **)VM_ARRAY_DATA(ret->o))[2 * i + 1] = (Object *)bytes;
    }
}

/* The assembly and token that carry a type's attributes (0 for arrays, pointers, ...). */
static void type_assembly(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    Type *ty = (Type *)A(0).p;
    while (ty && !ty->typedef_row && (ty->element || ty->generic_def)) ty = ty->generic_def ? ty->generic_def : ty->element;
    ret->p = ty ? ty->assembly : NULL;
}
/* Type.Assembly: the core for the types of its own parts (mscorlib.CoreLib.*), which
 * are System.Private.CoreLib's on .NET; attributes still read from the defining image. */
static void type_public_assembly(Thread *t, Slot *args, Slot *ret) {
    type_assembly(t, args, ret);
    Assembly *a = ret->p;
    if (a && a->is_core_part) ret->p = asm_corlib();
}
static void type_token(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    Type *ty = definition_of((Type *)A(0).p);
    ret->i8 = 0;
    if (ty && !ty->typedef_row && ty->generic_param_row)   /* a named generic parameter: its GenericParam row */
        ret->i4 = (int32_t)MD_TOKEN(MD_GENERICPARAM, ty->generic_param_row);
    else
        ret->i4 = ty && ty->typedef_row ? (int32_t)MD_TOKEN(MD_TYPEDEF, ty->typedef_row) : 0;
}
static void method_assembly(Thread *t, Slot *args, Slot *ret) { (void)t; ret->p = method_definition((Method *)A(0).p)->assembly; }
static void method_token(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    Method *m = method_definition((Method *)A(0).p);
    ret->i8 = 0;
    ret->i4 = m->methoddef_row ? (int32_t)MD_TOKEN(MD_METHODDEF, m->methoddef_row) : 0;
}
static void field_assembly(Thread *t, Slot *args, Slot *ret) { (void)t; ret->p = definition_of(((Field *)A(0).p)->owner)->assembly; }
static void field_token(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    Field *f = (Field *)A(0).p;
    ret->i8 = 0;
    ret->i4 = f->field_row ? (int32_t)MD_TOKEN(MD_FIELD, f->field_row) : 0;
}

/* The Param row of parameter `position` (-1: the return value), or 0. */
static void param_token(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    Method *m = method_definition((Method *)A(0).p);
    int32_t position = A(1).i4;
    ret->i8 = 0;
    if (!m->methoddef_row) return;
    uint32_t first, end;
    md_method_params(m->assembly->image, m->methoddef_row, &first, &end);
    for (uint32_t r = first; r < end; r++)
        if ((int32_t)md_param_row(m->assembly->image, r).sequence == position + 1) { ret->i4 = (int32_t)MD_TOKEN(MD_PARAM, r); return; }
}

/* Param row flags (In 1, Out 2, Optional 16, HasDefault 0x1000) of a parameter, 0 when it has no row. */
static void param_flags(Thread *t, Slot *args, Slot *ret) {
    param_token(t, args, ret);
    uint32_t tok = (uint32_t)ret->i4;
    ret->i8 = 0;
    if (!tok) return;
    Method *m = method_definition((Method *)A(0).p);
    ret->i4 = md_param_row(m->assembly->image, MD_TOKEN_ROW(tok)).flags;
}

/* A parameter's default value (Constant row), boxed, or null. */
static void param_default(Thread *t, Slot *args, Slot *ret) {
    param_token(t, args, ret);
    uint32_t tok = (uint32_t)ret->i4;
    ret->o = NULL;
    if (!tok) return;
    Method *m = method_definition((Method *)A(0).p);
    const MdImage *img = m->assembly->image;
    uint32_t row = md_find_constant(img, tok);
    if (!row) return;
    const MdConstantRow *c = &img->constants[row];
    Type *ty = NULL;
    switch (c->type) {
    case MD_ELEMENT_STRING:
        ret->o = (Object *)vm_string_from_utf16(t, (const uint16_t *)c->value.ptr, (int32_t)(c->value.len / 2));
        return;
    case MD_ELEMENT_CLASS: return;
    case MD_ELEMENT_BOOLEAN: ty = vm_types.boolean; break;
    case MD_ELEMENT_CHAR: ty = vm_types.char_; break;
    case MD_ELEMENT_I1: ty = vm_types.sbyte; break;
    case MD_ELEMENT_U1: ty = vm_types.byte; break;
    case MD_ELEMENT_I2: ty = vm_types.int16; break;
    case MD_ELEMENT_U2: ty = vm_types.uint16; break;
    case MD_ELEMENT_I4: ty = vm_types.int32; break;
    case MD_ELEMENT_U4: ty = vm_types.uint32; break;
    case MD_ELEMENT_I8: ty = vm_types.int64; break;
    case MD_ELEMENT_U8: ty = vm_types.uint64; break;
    case MD_ELEMENT_R4: ty = vm_types.single; break;
    case MD_ELEMENT_R8: ty = vm_types.double_; break;
    default: return;
    }
    uint8_t buf[8] = {0};
    memcpy(buf, c->value.ptr, c->value.len < 8 ? c->value.len : 8);
    ret->o = vm_box(t, ty, buf);
}

/* The Property or Event row (token) whose accessor is `method`, or 0. */
static uint32_t association_of(Method *m, uint32_t table) {
    m = method_definition(m);
    if (!m->methoddef_row) return 0;
    const MdImage *img = m->assembly->image;
    md_table_ready(img, MD_METHODSEMANTICS);
    for (uint32_t r = 1; r <= img->row_count[MD_METHODSEMANTICS]; r++) {
        const MdMethodSemanticsRow *ms = &img->methodsemantics[r];
        if (ms->method == m->methoddef_row && MD_TOKEN_TABLE(ms->association) == table) return ms->association;
    }
    return 0;
}
static void property_token(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    ret->i8 = 0;
    ret->i4 = (int32_t)association_of((Method *)A(0).p, MD_PROPERTY);
}

/* Events as IntPtr[] quadruples (declaring Type*, event token, add Method*, remove Method*),
 * filtered by BindingFlags like the other listings (public = its add accessor is public). */
static void type_get_events(Thread *t, Slot *args, Slot *ret) {
    Type *ty = (Type *)A(0).p;
    int32_t flags = A(1).i4;
    if (!type_prepare(ty, TS_READY)) { interp_set_pending_type_error(t); return; }
    void *found[1024];
    uint32_t n = 0;
    for (Type *c = ty; c && n < 1020; c = (flags & 2) ? NULL : c->base) {
        Type *def = definition_of(c);
        if (!def->typedef_row) continue;
        type_prepare(c, TS_READY);
        const MdImage *img = def->assembly->image;
        uint32_t first, end;
        md_typedef_events(img, def->typedef_row, &first, &end);
        md_table_ready(img, MD_METHODSEMANTICS);
        for (uint32_t e = first; e < end && n < 1020; e++) {
            Method *add = NULL, *remove = NULL;
            for (uint32_t r = 1; r <= img->row_count[MD_METHODSEMANTICS]; r++) {
                const MdMethodSemanticsRow *ms = &img->methodsemantics[r];
                if (ms->association != MD_TOKEN(MD_EVENT, e)) continue;
                for (uint32_t k = 0; k < c->method_count; k++) {
                    Method *m = type_method(c, k);
                    if (method_definition(m)->methoddef_row != ms->method) continue;
                    if (ms->semantics & 0x8) add = m;      /* II.23.1.12: AddOn 8, RemoveOn 0x10 */
                    if (ms->semantics & 0x10) remove = m;
                }
            }
            if (!add) continue;
            bool is_public = (add->md_flags & 7) == 6, is_static = (add->flags & MF_STATIC) != 0;
            if (!(flags & (is_public ? 16 : 32)) || !(flags & (is_static ? 8 : 4))) continue;
            if (c != ty && (is_static || !is_public)) continue;
            bool duplicate = false;
            for (uint32_t q = 0; q < n; q += 4) {
                Type *qt = definition_of((Type *)found[q]);
                if (strcmp(qt->assembly->image->events[MD_TOKEN_ROW((uint32_t)(uintptr_t)found[q + 1])].name, img->events[e].name) == 0) duplicate = true;
            }
            if (duplicate) continue;
            found[n++] = c;
            found[n++] = (void *)(uintptr_t)MD_TOKEN(MD_EVENT, e);
            found[n++] = add;
            found[n++] = remove;
        }
    }
    Array *a = vm_array_new(t, vm_types.intptr, (int32_t)n);
    if (!a) return;
    memcpy(VM_ARRAY_DATA(a), found, n * sizeof(void *));
    ret->o = (Object *)a;
}

/* The Event row of a token type_get_events handed out. */
static const MdEventRow *event_row(Type *def, int32_t token) {
    md_table_ready(def->assembly->image, MD_EVENT);
    return &def->assembly->image->events[MD_TOKEN_ROW((uint32_t)token)];
}

static void event_name(Thread *t, Slot *args, Slot *ret) {
    Type *def = definition_of((Type *)A(0).p);
    const char *name = event_row(def, A(1).i4)->name;
    ret->o = (Object *)vm_string_from_utf8(t, name, strlen(name));
}

static void event_handler_type(Thread *t, Slot *args, Slot *ret) {
    Type *declaring = (Type *)A(0).p;
    Type *def = definition_of(declaring);
    GenericContext ctx = { declaring->type_args, declaring->generic_def ? declaring->type_arg_count : 0, NULL, 0 };
    Type *et = type_from_token(def->assembly, event_row(def, A(1).i4)->event_type, &ctx);
    if (!et) { interp_set_pending_type_error(t); return; }
    ret->o = vm_type_object(t, type_reflection_view(et, declaring, NULL));
}

static void event_flags(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    Type *def = definition_of((Type *)A(0).p);
    ret->i8 = 0;
    ret->i4 = event_row(def, A(1).i4)->flags;
}

/* Every interface the type implements (its interface map, inherited ones included). */
static void type_get_interfaces(Thread *t, Slot *args, Slot *ret) {
    Type *ty = (Type *)A(0).p;
    if (!type_prepare(ty, TS_READY)) { interp_set_pending_type_error(t); return; }
    uint32_t n = ty->interface_count;
    Array *a = vm_array_new(t, vm_types.type, (int32_t)n);
    if (!a) return;
    ret->o = (Object *)a;
    for (uint32_t i = 0; i < n; i++) {
        Object *o = vm_type_object(t, type_reflection_view(ty->interfaces[i].iface, ty, NULL));
        if (!o) return;
        ((Object **)VM_ARRAY_DATA(ret->o))[i] = o;
    }
}

/* The TypeDef rows nested directly in `type` (or, for an assembly, every TypeDef but <Module>). */
static void return_types(Thread *t, Slot *ret, Assembly *a, const uint32_t *rows, uint32_t n) {
    Array *arr = vm_array_new(t, vm_types.type, (int32_t)n);
    if (!arr) return;
    ret->o = (Object *)arr;
    for (uint32_t i = 0; i < n; i++) {
        Type *ty = type_from_typedef(a, rows[i]);
        if (!ty) { interp_set_pending_type_error(t); return; }
        Object *o = vm_type_object(t, ty);
        if (!o) return;
        ((Object **)VM_ARRAY_DATA(ret->o))[i] = o;
    }
}

static void type_get_nested_types(Thread *t, Slot *args, Slot *ret) {
    Type *def = definition_of((Type *)A(0).p);
    if (!def || !def->typedef_row) { ret->o = (Object *)vm_array_new(t, vm_types.type, 0); return; }
    const MdImage *img = def->assembly->image;
    uint32_t count = img->row_count[MD_NESTEDCLASS], n = 0;
    uint32_t *rows = malloc((count + 1) * sizeof *rows);
    if (!rows) return;
    for (uint32_t r = 1; r <= count; r++)
        if (img->nestedclasses[r].enclosing_class == def->typedef_row) rows[n++] = img->nestedclasses[r].nested_class;
    return_types(t, ret, def->assembly, rows, n);
    free(rows);
}

/* Assembly.GetTypes. The core answers with its own parts' types too, loading
 * those parts (on .NET they are all System.Private.CoreLib's). */
static void assembly_get_types(Thread *t, Slot *args, Slot *ret) {
    Assembly *a = (Assembly *)A(0).p;
    Assembly *from[65];
    int count = 0;
    from[count++] = a;
    for (int i = 0; a->is_corlib && count < 65 && corlib_part_name(i); i++) {
        const char *name = corlib_part_name(i);
        if (!corlib_is_core_part_name(name)) continue;
        Assembly *part = asm_by_name(name);
        if (!part) part = corlib_load_part_now(name);
        if (part) from[count++] = part;
    }
    uint32_t total = 0;
    for (int k = 0; k < count; k++) total += from[k]->image->row_count[MD_TYPEDEF];
    Array *arr = vm_array_new(t, vm_types.type, (int32_t)(total - (uint32_t)count));   /* row 1 of each is <Module> */
    if (!arr) return;
    ret->o = (Object *)arr;
    uint32_t n = 0;
    for (int k = 0; k < count; k++)
        for (uint32_t r = 2; r <= from[k]->image->row_count[MD_TYPEDEF]; r++) {
            Type *ty = type_from_typedef(from[k], r);
            if (!ty) { interp_set_pending_type_error(t); return; }
            Object *o = vm_type_object(t, ty);
            if (!o) return;
            ((Object **)VM_ARRAY_DATA(ret->o))[n++] = o;
        }
}

/* A top-level or nested type by its metadata name ("Ns.Outer+Inner"), in one
 * assembly, or (asm == 0) in the corlib and then every loaded assembly. */
static Type *find_in(Assembly *a, char *name) {
    char *plus = strchr(name, '+');
    if (plus) *plus = 0;
    char *dot = strrchr(name, '.');
    Type *ty;
    if (dot) { *dot = 0; ty = type_find(a, name, dot + 1); *dot = '.'; }
    else ty = type_find(a, "", name);
    while (ty && plus) {
        *plus = '+';
        char *part = plus + 1;
        plus = strchr(part, '+');
        if (plus) *plus = 0;
        ty = type_find_nested(ty, part);
    }
    if (plus) *plus = '+';
    return ty;
}

static void find_type(Thread *t, Slot *args, Slot *ret) {
    Assembly *a = (Assembly *)A(0).p;
    char *name = vm_string_to_utf8((String *)A(1).o, NULL);
    ret->o = NULL;
    if (!name) return;
    Type *ty = NULL;
    if (a) ty = find_in(a, name);
    else {
        ty = find_in(asm_corlib(), name);
        for (int i = 0; !ty && i < asm_count(); i++) ty = find_in(asm_at(i), name);
    }
    free(name);
    if (ty) ret->o = vm_type_object(t, ty);
}

static void assembly_by_name(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    char *name = vm_string_to_utf8((String *)A(0).o, NULL);
    ret->p = NULL;
    if (!name) return;
    ret->p = asm_name_maps_to_corlib(name) ? asm_corlib() : asm_by_name(name);
    free(name);
}

static void assembly_loaded_by_name(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    char *name = vm_string_to_utf8((String *)A(0).o, NULL);
    ret->p = name ? asm_by_name(name) : NULL;
    free(name);
}

/* Assembly.Load(byte[]) and LoadFrom/LoadFile: loads an image from the
 * bytes (the metadata reader copies them). An assembly of the same name
 * already loaded is returned instead. On failure returns NULL and stores the
 * reader's message in error[0]. */
static void assembly_load_bytes(Thread *t, Slot *args, Slot *ret) {
    Array *raw = (Array *)A(0).o;
    Array *error = (Array *)A(1).o;
    String *file = (String *)A(2).o;
    ret->p = NULL;
    if (!raw || !error || error->length < 1) { vm_throw_new(t, "System.ArgumentNullException", NULL); return; }
    char *name = file ? vm_string_to_utf8(file, NULL) : NULL;
    char err[512];
    err[0] = 0;
    Assembly *a = asm_load((const uint8_t *)VM_ARRAY_DATA(raw), (uint32_t)raw->length, name ? name : "<bytes>", err, sizeof err);
    free(name);
    if (!a) {
        ((Object **)VM_ARRAY_DATA(error))[0] = (Object *)vm_string_from_utf8(t, err, strlen(err));
        return;
    }
    ret->p = a;
}

static void assembly_name(Thread *t, Slot *args, Slot *ret) {
    Assembly *a = (Assembly *)A(0).p;
    ret->o = (Object *)vm_string_from_utf8(t, a->name, strlen(a->name));
}

/* The file name the host loaded the assembly from (a path, a URL, or
 * "<bytes>" for Assembly.Load(byte[])); Assembly.Location builds on it. */
static void assembly_file_name(Thread *t, Slot *args, Slot *ret) {
    Assembly *a = (Assembly *)A(0).p;
    ret->o = a->file_name ? (Object *)vm_string_from_utf8(t, a->file_name, strlen(a->file_name)) : NULL;
}

/* Version as "major.minor.build.revision" from the Assembly row. */
static void assembly_version(Thread *t, Slot *args, Slot *ret) {
    Assembly *a = (Assembly *)A(0).p;
    char buf[64] = "0.0.0.0";
    if (a->image->row_count[MD_ASSEMBLY]) {
        const MdAssemblyRow *r = &a->image->assemblies[1];
        snprintf(buf, sizeof buf, "%u.%u.%u.%u", r->major, r->minor, r->build, r->revision);
    }
    ret->o = (Object *)vm_string_from_utf8(t, buf, strlen(buf));
}

/* AppDomain.InternalGetLoadedAssemblies(): every loaded assembly, the corlib
 * first; the core's own parts (mscorlib.CoreLib.*) are the core there, as
 * their types say (type_public_assembly), so they are not listed apart. */
static void assembly_loaded_all(Thread *t, Slot *args, Slot *ret) {
    (void)args;
    int count = 0;
    for (int i = 0; i < asm_count(); i++) count += !asm_at(i)->is_core_part;
    Array *arr = vm_array_new(t, vm_types.intptr, count);
    if (!arr) return;
    int n = 0;
    for (int i = 0; i < asm_count(); i++)
        if (!asm_at(i)->is_core_part) ((void **)VM_ARRAY_DATA(arr))[n++] = asm_at(i);
    ret->o = (Object *)arr;
}

/* The program: the first assembly loaded after the corlib that has an entry point. */
static void assembly_entry(Thread *t, Slot *args, Slot *ret) {
    (void)t; (void)args;
    ret->p = NULL;
    for (int i = 0; i < asm_count(); i++) {
        Assembly *a = asm_at(i);
        if (!a->is_corlib && a->image->entry_point_token) { ret->p = a; return; }
    }
}


/* Embedded manifest resources (Implementation 0): each is a 4-byte length and
 * the bytes, at its offset from the CLI header's Resources directory. */
static const uint8_t *resource_bytes(Assembly *a, uint32_t row, uint32_t *len) {
    const MdImage *img = a->image;
    md_table_ready(img, MD_MANIFESTRESOURCE);
    const MdManifestResourceRow *r = &img->manifestresources[row];
    if (r->implementation != 0 || !img->resources_rva || (uint64_t)r->offset + 4 > img->resources_size) return NULL;
    const uint8_t *p = md_rva_to_ptr(img, img->resources_rva + r->offset, 4);
    if (!p) return NULL;
    uint32_t n = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
    if ((uint64_t)r->offset + 4 + n > img->resources_size || !md_rva_to_ptr(img, img->resources_rva + r->offset + 4, n)) return NULL;
    *len = n;
    return p + 4;
}

static void assembly_resource_names(Thread *t, Slot *args, Slot *ret) {
    Assembly *a = (Assembly *)A(0).p;
    uint32_t count = a->image->row_count[MD_MANIFESTRESOURCE], n = 0, len;
    for (uint32_t r = 1; r <= count; r++) if (resource_bytes(a, r, &len)) n++;
    Array *arr = vm_array_new(t, vm_types.string, (int32_t)n);
    if (!arr) return;
    ret->o = (Object *)arr;
    uint32_t i = 0;
    for (uint32_t r = 1; r <= count; r++) {
        if (!resource_bytes(a, r, &len)) continue;
        const char *name = a->image->manifestresources[r].name;
        String *s = vm_string_from_utf8(t, name, strlen(name));
        if (!s) return;
        ((Object **)VM_ARRAY_DATA(ret->o))[i++] = (Object *)s;
    }
}

static void assembly_resource(Thread *t, Slot *args, Slot *ret) {
    Assembly *a = (Assembly *)A(0).p;
    char *name = vm_string_to_utf8((String *)A(1).o, NULL);
    ret->o = NULL;
    if (!name) return;
    md_table_ready(a->image, MD_MANIFESTRESOURCE);
    uint32_t count = a->image->row_count[MD_MANIFESTRESOURCE], len = 0;
    const uint8_t *bytes = NULL;
    for (uint32_t r = 1; r <= count && !bytes; r++)
        if (strcmp(a->image->manifestresources[r].name, name) == 0) bytes = resource_bytes(a, r, &len);
    free(name);
    if (!bytes) return;
    Array *arr = vm_array_new(t, vm_types.byte, (int32_t)len);
    if (!arr) return;
    memcpy(VM_ARRAY_DATA(arr), bytes, len);
    ret->o = (Object *)arr;
}

const IcallEntry icall_attributes_entries[] = {
    {"System.Reflection.RuntimeAssembly::InternalGetResourceNames(System.IntPtr)", assembly_resource_names},
    {"System.Reflection.RuntimeAssembly::InternalGetResource(System.IntPtr,System.String)", assembly_resource},
    {"System.Reflection.CustomAttributeReader::InternalGetRows(System.IntPtr,System.Int32)", attribute_rows},
    {"System.Reflection.CustomAttributeReader::InternalTypeAssembly(System.IntPtr)", type_assembly},
    {"System.Reflection.CustomAttributeReader::InternalTypePublicAssembly(System.IntPtr)", type_public_assembly},
    {"System.Reflection.CustomAttributeReader::InternalTypeToken(System.IntPtr)", type_token},
    {"System.Reflection.CustomAttributeReader::InternalMethodAssembly(System.IntPtr)", method_assembly},
    {"System.Reflection.CustomAttributeReader::InternalMethodToken(System.IntPtr)", method_token},
    {"System.Reflection.CustomAttributeReader::InternalFieldAssembly(System.IntPtr)", field_assembly},
    {"System.Reflection.CustomAttributeReader::InternalFieldToken(System.IntPtr)", field_token},
    {"System.Reflection.CustomAttributeReader::InternalParamToken(System.IntPtr,System.Int32)", param_token},
    {"System.Reflection.CustomAttributeReader::InternalParamFlags(System.IntPtr,System.Int32)", param_flags},
    {"System.Reflection.CustomAttributeReader::InternalParamDefault(System.IntPtr,System.Int32)", param_default},
    {"System.Reflection.CustomAttributeReader::InternalPropertyToken(System.IntPtr)", property_token},
    {"System.Reflection.CustomAttributeReader::InternalFindType(System.IntPtr,System.String)", find_type},
    {"System.RuntimeType::InternalGetEvents(System.IntPtr,System.Int32)", type_get_events},
    {"System.RuntimeType::InternalGetInterfaces(System.IntPtr)", type_get_interfaces},
    {"System.RuntimeType::InternalGetNestedTypes(System.IntPtr)", type_get_nested_types},
    {"System.Reflection.RuntimeEventInfo::InternalGetName(System.IntPtr,System.Int32)", event_name},
    {"System.Reflection.RuntimeEventInfo::InternalGetHandlerType(System.IntPtr,System.Int32)", event_handler_type},
    {"System.Reflection.RuntimeEventInfo::InternalGetFlags(System.IntPtr,System.Int32)", event_flags},
    {"System.Reflection.RuntimeAssembly::InternalGetTypes(System.IntPtr)", assembly_get_types},
    {"System.Reflection.RuntimeAssembly::InternalByName(System.String)", assembly_by_name},
    {"System.Reflection.RuntimeAssembly::InternalLoadedByName(System.String)", assembly_loaded_by_name},
    {"System.Reflection.RuntimeAssembly::InternalLoadBytes(System.Byte[],System.String[],System.String)", assembly_load_bytes},
    {"System.Reflection.RuntimeAssembly::InternalGetName(System.IntPtr)", assembly_name},
    {"System.Reflection.RuntimeAssembly::InternalGetVersion(System.IntPtr)", assembly_version},
    {"System.Reflection.RuntimeAssembly::InternalGetEntry()", assembly_entry},
    {"System.AppDomain::InternalGetLoadedAssemblies()", assembly_loaded_all},
    {"System.Reflection.RuntimeAssembly::InternalGetFileName(System.IntPtr)", assembly_file_name},
    {NULL, NULL},
};
