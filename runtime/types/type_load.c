/* type_load.c — creating types from metadata: TypeDefs, TypeRefs, TypeSpecs,
 * signatures, generic instantiations, arrays, byrefs and pointers. */
#include "types/types_internal.h"
#include "types/corlib_binder.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char last_error[512];
static TypeErrorKind last_error_kind;

void type_set_error_kind(TypeErrorKind kind, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(last_error, sizeof last_error, fmt, ap);
    va_end(ap);
    last_error_kind = kind;
}

void type_set_error(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(last_error, sizeof last_error, fmt, ap);
    va_end(ap);
    last_error_kind = ERR_TYPE_LOAD;
}

const char *type_last_error(void) { return last_error; }
TypeErrorKind type_last_error_kind(void) { return last_error_kind; }

const char *type_error_exception_name(TypeErrorKind kind) {
    switch (kind) {
    case ERR_FILE_NOT_FOUND: return "System.IO.FileNotFoundException";
    case ERR_MISSING_METHOD: return "System.MissingMethodException";
    case ERR_MISSING_FIELD: return "System.MissingFieldException";
    case ERR_BAD_IMAGE: return "System.BadImageFormatException";
    case ERR_INVALID_PROGRAM: return "System.InvalidProgramException";
    default: return "System.TypeLoadException";
    }
}

/* ---- placeholders for generic parameters ---- */
static Type *open_vars[64], *open_mvars[64];

static Type *make_open_param(bool method, uint32_t index) {
    Type *t = util_calloc(1, sizeof *t);
    t->flags = TF_GENERIC_PARAM | TF_CONTAINS_OPEN;
    t->elem = method ? MD_ELEMENT_MVAR : MD_ELEMENT_VAR;
    t->generic_index = index;
    t->name = util_format("%s%u", method ? "!!" : "!", index);
    t->ns = "";
    t->state = TS_READY;
    t->stack_kind = SK_O;
    return t;
}

Type *type_open_var(uint32_t index) {
    if (index >= 64) return NULL;
    if (!open_vars[index]) open_vars[index] = make_open_param(false, index);
    return open_vars[index];
}

Type *type_open_mvar(uint32_t index) {
    if (index >= 64) return NULL;
    if (!open_mvars[index]) open_mvars[index] = make_open_param(true, index);
    return open_mvars[index];
}

/* ---- corlib well-known types ---- */
VmCoreTypes vm_types;

typedef struct PrimitiveInfo { const char *name; uint8_t elem; } PrimitiveInfo;
static const PrimitiveInfo primitives[] = {
    {"Boolean", MD_ELEMENT_BOOLEAN}, {"Char", MD_ELEMENT_CHAR}, {"SByte", MD_ELEMENT_I1},
    {"Byte", MD_ELEMENT_U1}, {"Int16", MD_ELEMENT_I2}, {"UInt16", MD_ELEMENT_U2},
    {"Int32", MD_ELEMENT_I4}, {"UInt32", MD_ELEMENT_U4}, {"Int64", MD_ELEMENT_I8},
    {"UInt64", MD_ELEMENT_U8}, {"Single", MD_ELEMENT_R4}, {"Double", MD_ELEMENT_R8},
    {"IntPtr", MD_ELEMENT_I}, {"UIntPtr", MD_ELEMENT_U}, {NULL, 0}};

Type *type_corlib(const char *ns, const char *name) {
    Assembly *c = asm_corlib();
    if (!c) { type_set_error("corlib not loaded"); return NULL; }
    return type_find(c, ns, name);
}

static Type *corlib_elem_type(uint8_t elem) {
    switch (elem) {
    case MD_ELEMENT_VOID: return vm_types.void_;
    case MD_ELEMENT_BOOLEAN: return vm_types.boolean;
    case MD_ELEMENT_CHAR: return vm_types.char_;
    case MD_ELEMENT_I1: return vm_types.sbyte;
    case MD_ELEMENT_U1: return vm_types.byte;
    case MD_ELEMENT_I2: return vm_types.int16;
    case MD_ELEMENT_U2: return vm_types.uint16;
    case MD_ELEMENT_I4: return vm_types.int32;
    case MD_ELEMENT_U4: return vm_types.uint32;
    case MD_ELEMENT_I8: return vm_types.int64;
    case MD_ELEMENT_U8: return vm_types.uint64;
    case MD_ELEMENT_R4: return vm_types.single;
    case MD_ELEMENT_R8: return vm_types.double_;
    case MD_ELEMENT_I: return vm_types.intptr;
    case MD_ELEMENT_U: return vm_types.uintptr;
    case MD_ELEMENT_STRING: return vm_types.string;
    case MD_ELEMENT_OBJECT: return vm_types.object;
    default: return NULL;
    }
}

static bool is_corlib_type(const Type *t, const char *ns, const char *name) {
    return t && asm_is_core(t->assembly) && strcmp(t->name, name) == 0 && strcmp(t->ns, ns) == 0;
}

/* ---- stack kinds ---- */
static void set_stack_kind(Type *t) {
    switch (t->elem) {
    case MD_ELEMENT_BOOLEAN: case MD_ELEMENT_CHAR: case MD_ELEMENT_I1: case MD_ELEMENT_U1:
    case MD_ELEMENT_I2: case MD_ELEMENT_U2: case MD_ELEMENT_I4: case MD_ELEMENT_U4:
        t->stack_kind = SK_I4; break;
    case MD_ELEMENT_I8: case MD_ELEMENT_U8: t->stack_kind = SK_I8; break;
    case MD_ELEMENT_R4: t->stack_kind = SK_R4; break;
    case MD_ELEMENT_R8: t->stack_kind = SK_R8; break;
    case MD_ELEMENT_I: case MD_ELEMENT_U: case MD_ELEMENT_PTR: case MD_ELEMENT_BYREF:
    case MD_ELEMENT_FNPTR: t->stack_kind = SK_I; break;
    case MD_ELEMENT_VOID: t->stack_kind = SK_VOID; break;
    case MD_ELEMENT_VALUETYPE: t->stack_kind = SK_VT; break;
    default: t->stack_kind = SK_O; break;
    }
}

StackKind type_stack_kind(Type *t) {
    if ((t->flags & TF_ENUM) && t->element) return (StackKind)t->element->stack_kind;
    return (StackKind)t->stack_kind;
}

/* Function pointer types (delegate*<...>): one type for every signature,
 * laid out and reflected as IntPtr but a distinct Type, so the translator
 * can tell a method pointer from any other native int (calli). */
Type *type_fnptr(void) {
    static Type *fnptr;
    if (fnptr) return fnptr;
    Type *ip = vm_types.intptr;
    if (!ip || !type_prepare(ip, TS_READY)) return ip;
    /* the copy shares IntPtr's methods (their owner is IntPtr): make them all first */
    for (uint32_t i = 0; i < ip->method_count; i++) type_method(ip, i);
    type_cctor(ip);
    fnptr = util_calloc(1, sizeof *fnptr);
    *fnptr = *ip;
    fnptr->elem = MD_ELEMENT_FNPTR;
    fnptr->full_name = NULL;
    fnptr->szarray_of = fnptr->byref_of = fnptr->pointer_of = fnptr->mdarrays = NULL;
    fnptr->runtime_type = NULL;
    return fnptr;
}

/* ---- TypeDefs ---- */
void type_context(Type *t, GenericContext *ctx) {
    memset(ctx, 0, sizeof *ctx);
    ctx->type_args = t->type_args;
    ctx->type_arg_count = t->type_arg_count;
}

static uint32_t count_generic_params(const MdImage *img, uint32_t owner_token) {
    uint32_t first, end;
    md_find_generic_params(img, owner_token, &first, &end);
    return end > first ? end - first : 0;
}

static void create_members(Type *t) {
    Assembly *a = t->assembly;
    const MdImage *img = a->image;
    uint32_t first, end;
    md_typedef_fields(img, t->typedef_row, &first, &end);
    t->field_count = end - first;
    t->fields = util_calloc(t->field_count, sizeof(Field));
    for (uint32_t i = 0; i < t->field_count; i++) {
        Field *f = &t->fields[i];
        const MdFieldRow *row = &img->fields[first + i];
        f->owner = t;
        f->name = row->name;
        f->field_row = first + i;
        f->md_flags = row->flags;
        if (row->flags & 0x10) f->flags |= FF_STATIC;
        if (row->flags & 0x40) f->flags |= FF_LITERAL;
        if (row->flags & 0x20) f->flags |= FF_INITONLY;
        if (row->flags & 0x100) f->flags |= FF_RVA;
        a->fielddefs[first + i] = f;
    }
    md_typedef_methods(img, t->typedef_row, &first, &end);
    t->method_count = end - first;
    t->first_method_row = first;
    t->methods = util_calloc(t->method_count, sizeof(Method *));
    t->method_block = t->method_count ? util_malloc_array(t->method_count, sizeof(Method)) : NULL;
}

/* Method i of a TypeDef, from its MethodDef row. */
static void init_method_from_row(Type *t, uint32_t i, Method *m) {
    Assembly *a = t->assembly;
    const MdImage *img = a->image;
    uint32_t row = t->first_method_row + i;
    const MdMethodDefRow r = md_methoddef_row(img, row);
    memset(m, 0, sizeof *m);
    m->owner = t;
    m->name = r.name;
    m->assembly = a;
    m->methoddef_row = row;
    m->md_flags = r.flags;
    m->impl_flags = r.impl_flags;
    m->vtable_slot = -1;
    if (r.flags & 0x10) m->flags |= MF_STATIC;
    if (r.flags & 0x40) m->flags |= MF_VIRTUAL;
    if (r.flags & 0x400) m->flags |= MF_ABSTRACT;
    if (r.flags & 0x100) m->flags |= MF_NEWSLOT;
    if (r.flags & 0x20) m->flags |= MF_FINAL;
    if (r.flags & 0x2000) m->flags |= MF_PINVOKE;
    if (r.impl_flags & 0x1000) m->flags |= MF_INTERNALCALL;
    if ((r.impl_flags & 0x3) == 0x3) m->flags |= MF_RUNTIME;
    if (m->name[0] == '.') {  /* most names are not special: no string compares */
        if (strcmp(m->name, ".ctor") == 0) m->flags |= MF_CTOR;
        if (strcmp(m->name, ".cctor") == 0) m->flags |= MF_CCTOR;
    }
    m->generic_param_count = count_generic_params(img, MD_TOKEN(MD_METHODDEF, row));
    if (m->generic_param_count) {
        m->flags |= MF_GENERIC_DEF;
        m->method_args = util_calloc(m->generic_param_count, sizeof(Type *));
        for (uint32_t k = 0; k < m->generic_param_count; k++) m->method_args[k] = type_open_mvar(k);
    }
    a->methoddefs[row] = m;
}

/* Method i of a generic instantiation: its definition's, in t's context. */
static void init_method_from_def(Type *t, uint32_t i, Method *m) {
    Method *d = type_method(t->generic_def, i);
    *m = *d;
    m->owner = t;
    m->type_def_method = d;
    m->named_params = NULL;
    m->flags &= ~MF_SIG_READY;
    m->code = NULL;
    m->inst_list = NULL;
    m->vtable_slot = -1;
}

Method *type_make_method(Type *t, uint32_t i) {
    Method *m = &t->method_block[i];
    if (t->generic_def) init_method_from_def(t, i, m);
    else init_method_from_row(t, i, m);
    t->methods[i] = m;
    return m;
}

const char *type_method_name(Type *t, uint32_t i) {
    if (t->methods[i]) return t->methods[i]->name;
    Type *def = t->generic_def ? t->generic_def : t;
    if (def->methods[i]) return def->methods[i]->name;
    return md_methoddef_row(def->assembly->image, def->first_method_row + i).name;
}

/* The last method named .cctor, as when every method was made with its type. */
Method *type_cctor(Type *t) {
    if (!t->cctor_known) {
        t->cctor_known = 1;
        for (uint32_t i = 0; i < t->method_count; i++) {
            const char *name = type_method_name(t, i);
            if (name[0] == '.' && strcmp(name, ".cctor") == 0) t->cctor = type_method(t, i);
        }
    }
    return t->cctor;
}

Type *type_from_typedef(Assembly *a, uint32_t row) {
    if (row == 0 || row > a->image->row_count[MD_TYPEDEF]) {
        type_set_error_kind(ERR_BAD_IMAGE, "%s: TypeDef row %u out of range", a->name, row);
        return NULL;
    }
    if (a->typedefs[row]) return a->typedefs[row];
    const MdTypeDefRow *td = &a->image->typedefs[row];
    Type *t = util_calloc(1, sizeof *t);
    t->assembly = a;
    t->typedef_row = row;
    t->md_flags = td->flags;
    t->name = td->name;
    t->ns = td->ns;
    t->elem = MD_ELEMENT_CLASS;
    if (td->flags & 0x20) t->flags |= TF_INTERFACE | TF_ABSTRACT;
    if (td->flags & 0x80) t->flags |= TF_ABSTRACT;
    if (td->flags & 0x100) t->flags |= TF_SEALED;
    if (td->flags & 0x100000) t->flags |= TF_BEFOREFIELDINIT;
    if ((td->flags & 0x18) == 0x10) t->flags |= TF_EXPLICIT_LAYOUT;
    a->typedefs[row] = t;

    uint32_t gp = count_generic_params(a->image, MD_TOKEN(MD_TYPEDEF, row));
    if (gp) {
        t->flags |= TF_GENERIC_DEF | TF_CONTAINS_OPEN;
        t->type_arg_count = gp;
        t->type_args = util_calloc(gp, sizeof(Type *));
        for (uint32_t i = 0; i < gp; i++) t->type_args[i] = type_open_var(i);
    }
    uint32_t enclosing = md_find_enclosing_class(a->image, row);
    if (enclosing) {
        t->enclosing = type_from_typedef(a, enclosing);
        if (!t->ns[0] && t->enclosing) t->ns = t->enclosing->ns;
    }
    if (a->is_corlib) {
        if (strcmp(t->ns, "System") == 0) {
            for (int i = 0; primitives[i].name; i++)
                if (strcmp(t->name, primitives[i].name) == 0) {
                    t->elem = primitives[i].elem;
                    t->flags |= TF_PRIMITIVE | TF_VALUETYPE | TF_SEALED;
                }
            if (strcmp(t->name, "String") == 0) { t->elem = MD_ELEMENT_STRING; t->flags |= TF_STRING; }
            if (strcmp(t->name, "Object") == 0) t->elem = MD_ELEMENT_OBJECT;
            if (strcmp(t->name, "Void") == 0) { t->elem = MD_ELEMENT_VOID; t->flags |= TF_VALUETYPE; }
            if (strcmp(t->name, "Nullable`1") == 0) t->flags |= TF_NULLABLE;
        }
    }
    create_members(t);

    if (td->extends) {
        GenericContext ctx;
        type_context(t, &ctx);
        t->base = type_from_token(a, td->extends, &ctx);
        if (!t->base) { a->typedefs[row] = NULL; return NULL; }
        if (is_corlib_type(t->base, "System", "ValueType") && !is_corlib_type(t, "System", "Enum"))
            t->flags |= TF_VALUETYPE;
        if (is_corlib_type(t->base, "System", "Enum")) t->flags |= TF_VALUETYPE | TF_ENUM;
        if ((is_corlib_type(t->base, "System", "MulticastDelegate") ||
             is_corlib_type(t->base, "System", "Delegate")) && !is_corlib_type(t, "System", "MulticastDelegate"))
            t->flags |= TF_DELEGATE;
    }
    if ((t->flags & TF_VALUETYPE) && t->elem == MD_ELEMENT_CLASS) t->elem = MD_ELEMENT_VALUETYPE;
    set_stack_kind(t);
    return t;
}

Type *type_find(Assembly *a, const char *ns, const char *name) {
    uint32_t row = asm_find_typedef(a, ns, name);
    if (!row && a->is_corlib) {
        const char *missing = NULL;
        Assembly *part = corlib_part_for(ns, name, &missing);
        if (!part && missing) part = corlib_load_part_now(missing);
        if (part) return type_find(part, ns, name);
        if (missing) {
            type_set_error_kind(ERR_FILE_NOT_FOUND, "Could not load type '%s%s%s': it is in the corlib's part %s, "
                                "which was not loaded (%s.dll beside mscorlib.dll)", ns, ns[0] ? "." : "", name,
                                missing, missing);
            return NULL;
        }
    }
    if (!row) {
        /* forwarded types */
        const MdImage *img = a->image;
        md_table_ready(img, MD_EXPORTEDTYPE);
        for (uint32_t r = 1; r <= img->row_count[MD_EXPORTEDTYPE]; r++) {
            const MdExportedTypeRow *e = &img->exportedtypes[r];
            if (strcmp(e->name, name) || strcmp(e->ns, ns)) continue;
            if (MD_TOKEN_TABLE(e->implementation) == MD_ASSEMBLYREF) {
                Assembly *target = asm_resolve_ref(a, MD_TOKEN_ROW(e->implementation));
                if (target && target != a) return type_find(target, ns, name);
            }
        }
        type_set_error("Could not load type '%s%s%s' from assembly '%s'", ns, ns[0] ? "." : "", name, a->name);
        return NULL;
    }
    return type_from_typedef(a, row);
}

Type *type_find_nested(Type *outer, const char *name) {
    Assembly *a = outer->assembly;
    const MdImage *img = a->image;
    Type *def = outer->generic_def ? outer->generic_def : outer;
    for (uint32_t r = 1; r <= img->row_count[MD_NESTEDCLASS]; r++) {
        const MdNestedClassRow *n = &img->nestedclasses[r];
        if (n->enclosing_class != def->typedef_row) continue;
        if (strcmp(img->typedefs[n->nested_class].name, name) == 0) return type_from_typedef(a, n->nested_class);
    }
    type_set_error("Could not load type '%s+%s' from assembly '%s'", type_name_full(outer), name, a->name);
    return NULL;
}

/* A type reference that did not resolve in the assembly the reference maps
 * to. For a framework name that is the corlib: a real assembly of that name
 * the host loaded (a NuGet build shipped beside the app) may have the type.
 * Otherwise the TypeLoadException names the type, the assembly asked for,
 * and where the runtime looked. */
static Type *type_find_fallback(Assembly *a, uint32_t ref_row, Assembly *target, const char *ns, const char *name) {
    const char *ref_name = a->image->assemblyrefs[ref_row].name;
    char display[300];
    asm_ref_display_name(a, ref_row, display, sizeof display);
    if (target == asm_corlib() && strcmp(ref_name, target->name) != 0) {
        Assembly *real = asm_by_name(ref_name);
        if (real && real != target) {
            Type *t = type_find(real, ns, name);
            if (t) return t;
        }
        if (real && real != target)
            type_set_error("Could not load type '%s%s%s' from assembly '%s' (looked in Cilantro's corlib and the loaded assembly of that name)",
                           ns, ns[0] ? "." : "", name, display);
        else
            type_set_error("Could not load type '%s%s%s' from assembly '%s' (looked in Cilantro's corlib; no %s.dll beside the app "
                           "or in an installed .NET shared framework: install the .NET %u runtime or set DOTNET_ROOT to it, "
                           "or copy %s.dll from its shared/Microsoft.NETCore.App folder beside the app; see docs/libraries.md)",
                           ns, ns[0] ? "." : "", name, display, ref_name, (unsigned)a->image->assemblyrefs[ref_row].major, ref_name);
        return NULL;
    }
    type_set_error("Could not load type '%s%s%s' from assembly '%s'.", ns, ns[0] ? "." : "", name, display);
    return NULL;
}

static Type *resolve_typeref(Assembly *a, uint32_t row) {
    if (a->typerefs[row]) return a->typerefs[row];
    const MdTypeRefRow *tr = &a->image->typerefs[row];
    uint32_t scope = tr->resolution_scope;
    Type *t = NULL;
    switch (MD_TOKEN_TABLE(scope)) {
    case MD_ASSEMBLYREF: {
        Assembly *target = asm_resolve_ref(a, MD_TOKEN_ROW(scope));
        if (!target) return NULL;
        t = type_find(target, tr->ns, tr->name);
        if (t && target == asm_corlib() && t->assembly == target && asm_corlib_row_is_shape(t->typedef_row)) {
            /* a corlib shape yields to the framework's own type once its assembly is loaded */
            const char *ref_name = a->image->assemblyrefs[MD_TOKEN_ROW(scope)].name;
            Assembly *real = strcmp(ref_name, target->name) != 0 ? asm_by_name(ref_name) : NULL;
            Type *rt = real && real != target ? type_find(real, tr->ns, tr->name) : NULL;
            if (rt) t = rt;
        }
        /* a type of one of the corlib's parts: type_find said why it is not there */
        if (!t && !(target == asm_corlib() && corlib_part_of(tr->ns, tr->name)))
            t = type_find_fallback(a, MD_TOKEN_ROW(scope), target, tr->ns, tr->name);
        break;
    }
    case MD_TYPEREF: {
        Type *outer = resolve_typeref(a, MD_TOKEN_ROW(scope));
        if (!outer) return NULL;
        t = type_find_nested(outer, tr->name);
        break;
    }
    default:
        t = type_find(a, tr->ns, tr->name);
        break;
    }
    if (t) a->typerefs[row] = t;
    return t;
}

Type *type_from_token(Assembly *a, uint32_t token, const GenericContext *ctx) {
    uint32_t table = MD_TOKEN_TABLE(token), row = MD_TOKEN_ROW(token);
    const MdImage *img = a->image;
    switch (table) {
    case MD_TYPEDEF: return type_from_typedef(a, row);
    case MD_TYPEREF:
        if (row == 0 || row > img->row_count[MD_TYPEREF]) break;
        return resolve_typeref(a, row);
    case MD_TYPESPEC: {
        if (row == 0 || row > img->row_count[MD_TYPESPEC]) break;
        char err[256];
        MdTypeSig *sig = md_parse_type_spec(img, img->typespecs[row].signature, err, sizeof err);
        if (!sig) { type_set_error_kind(ERR_BAD_IMAGE, "%s", err); return NULL; }
        return type_from_sig(a, sig, ctx);
    }
    default: break;
    }
    type_set_error_kind(ERR_BAD_IMAGE, "%s: bad type token 0x%08x", a->name, token);
    return NULL;
}

Type *type_from_sig(Assembly *a, const MdTypeSig *sig, const GenericContext *ctx) {
    Type *t;
    switch (sig->elem) {
    case MD_ELEMENT_CLASS: case MD_ELEMENT_VALUETYPE:
        return type_from_token(a, sig->token, ctx);
    case MD_ELEMENT_SZARRAY:
        t = type_from_sig(a, sig->inner, ctx);
        return t ? type_szarray(t) : NULL;
    case MD_ELEMENT_ARRAY:
        t = type_from_sig(a, sig->inner, ctx);
        return t ? type_mdarray(t, sig->rank) : NULL;
    case MD_ELEMENT_PTR:
        t = type_from_sig(a, sig->inner, ctx);
        return t ? type_pointer(t) : NULL;
    case MD_ELEMENT_BYREF:
        t = type_from_sig(a, sig->inner, ctx);
        return t ? type_byref(t) : NULL;
    case MD_ELEMENT_GENERICINST: {
        Type *def = type_from_sig(a, sig->inner, ctx);
        if (!def) return NULL;
        Type *args[32];
        if (sig->arg_count > 32 || sig->arg_count != def->type_arg_count) {
            type_set_error_kind(ERR_BAD_IMAGE, "%s: bad generic instantiation of %s", a->name, def->name);
            return NULL;
        }
        for (uint32_t i = 0; i < sig->arg_count; i++) {
            args[i] = type_from_sig(a, sig->args[i], ctx);
            if (!args[i]) return NULL;
        }
        return type_instantiate(def, args, sig->arg_count);
    }
    case MD_ELEMENT_VAR:
        if (ctx && sig->index < ctx->type_arg_count) return ctx->type_args[sig->index];
        return type_open_var(sig->index);
    case MD_ELEMENT_MVAR:
        if (ctx && sig->index < ctx->method_arg_count) return ctx->method_args[sig->index];
        return type_open_mvar(sig->index);
    case MD_ELEMENT_FNPTR:
        return type_fnptr();
    case MD_ELEMENT_TYPEDBYREF:
        t = type_corlib("System", "TypedReference");
        return t;
    default:
        t = corlib_elem_type(sig->elem);
        if (!t) type_set_error_kind(ERR_BAD_IMAGE, "%s: unsupported element type 0x%02x in signature", a->name, sig->elem);
        return t;
    }
}

/* ---- constructed types ---- */
static Type *make_constructed(Type *element, uint8_t elem, uint32_t flags) {
    Type *t = util_calloc(1, sizeof *t);
    t->element = element;
    t->elem = elem;
    t->flags = flags | (element->flags & TF_CONTAINS_OPEN);
    t->assembly = element->assembly;
    t->name = element->name;
    t->ns = element->ns;
    set_stack_kind(t);
    return t;
}

static void init_array_type(Type *t) {
    t->base = vm_types.array;
    t->flags |= TF_ARRAY | TF_SEALED;
    t->gc.data_offset = VM_ARRAY_DATA_OFFSET + (t->elem == MD_ELEMENT_ARRAY ? VM_ALIGN8(t->rank * 8) : 0);
}

Type *type_szarray(Type *element) {
    if (element->szarray_of) return element->szarray_of;
    Type *t = make_constructed(element, MD_ELEMENT_SZARRAY, 0);
    t->rank = 1;
    init_array_type(t);
    element->szarray_of = t;
    return t;
}

Type *type_mdarray(Type *element, uint32_t rank) {
    for (Type *t = element->mdarrays; t; t = t->next_mdarray)
        if (t->rank == rank) return t;
    Type *t = make_constructed(element, MD_ELEMENT_ARRAY, 0);
    t->rank = rank;
    init_array_type(t);
    t->next_mdarray = element->mdarrays;
    element->mdarrays = t;
    return t;
}

Type *type_byref(Type *element) {
    if (!element->byref_of) element->byref_of = make_constructed(element, MD_ELEMENT_BYREF, TF_BYREF);
    element->byref_of->state = TS_READY;
    return element->byref_of;
}

Type *type_pointer(Type *element) {
    if (!element->pointer_of) element->pointer_of = make_constructed(element, MD_ELEMENT_PTR, TF_POINTER | TF_VALUETYPE);
    element->pointer_of->state = TS_READY;
    return element->pointer_of;
}

/* ---- generic instantiation ---- */
typedef struct InstEntry { Type *type; struct InstEntry *next; } InstEntry;
static InstEntry *inst_buckets[4096];

static uint32_t inst_hash(Type *def, Type **args, uint32_t count) {
    uintptr_t h = (uintptr_t)def;
    for (uint32_t i = 0; i < count; i++) h = h * 31 + (uintptr_t)args[i];
    return (uint32_t)((h ^ (h >> 13)) & 4095);
}

Type *type_instantiate(Type *def, Type **args, uint32_t count) {
    if (!(def->flags & TF_GENERIC_DEF) || count != def->type_arg_count) {
        type_set_error("Type '%s' is not a generic definition of arity %u", def->name, count);
        return NULL;
    }
    /* over its own parameters, shared or named (reflection's), a definition is itself */
    bool identity = true, named = def->named_params != NULL;
    for (uint32_t i = 0; i < count; i++) {
        if (args[i] != def->type_args[i]) identity = false;
        if (named && args[i] != def->named_params[i]) named = false;
    }
    if (identity || named) return def;
    uint32_t h = inst_hash(def, args, count);
    for (InstEntry *e = inst_buckets[h]; e; e = e->next)
        if (e->type->generic_def == def && memcmp(e->type->type_args, args, count * sizeof(Type *)) == 0)
            return e->type;
    Type *t = util_calloc(1, sizeof *t);
    t->assembly = def->assembly;
    t->typedef_row = def->typedef_row;
    t->md_flags = def->md_flags;
    t->name = def->name;
    t->ns = def->ns;
    t->enclosing = def->enclosing;
    t->elem = def->elem;
    t->flags = (def->flags & ~(TF_GENERIC_DEF | TF_CONTAINS_OPEN)) | TF_GENERIC_INST;
    t->generic_def = def;
    t->type_arg_count = count;
    t->type_args = util_calloc(count, sizeof(Type *));
    memcpy(t->type_args, args, count * sizeof(Type *));
    for (uint32_t i = 0; i < count; i++)
        if (args[i]->flags & TF_CONTAINS_OPEN) t->flags |= TF_CONTAINS_OPEN;
    t->stack_kind = def->stack_kind;
    InstEntry *e = util_calloc(1, sizeof *e);
    e->type = t;
    e->next = inst_buckets[h];
    inst_buckets[h] = e;

    t->field_count = def->field_count;
    t->fields = util_calloc(t->field_count, sizeof(Field));
    for (uint32_t i = 0; i < t->field_count; i++) {
        t->fields[i] = def->fields[i];
        t->fields[i].owner = t;
        t->fields[i].type = NULL;
    }
    t->method_count = def->method_count;
    t->methods = util_calloc(t->method_count, sizeof(Method *));
    t->method_block = t->method_count ? util_malloc_array(t->method_count, sizeof(Method)) : NULL;
    if (def->base) {
        GenericContext ctx;
        type_context(t, &ctx);
        const MdTypeDefRow *td = &def->assembly->image->typedefs[def->typedef_row];
        t->base = type_from_token(def->assembly, td->extends, &ctx);
    }
    if (t->flags & TF_NULLABLE) t->boxed_nullable_arg = args[0];
    return t;
}

/* Substitute generic placeholders in t by the context's arguments. */
Type *type_subst(Type *t, const GenericContext *ctx) {
    if (!t || !(t->flags & TF_CONTAINS_OPEN) || !ctx) return t;
    if (t->flags & TF_GENERIC_PARAM) {
        if (t->elem == MD_ELEMENT_VAR)
            return t->generic_index < ctx->type_arg_count ? ctx->type_args[t->generic_index] : t;
        return t->generic_index < ctx->method_arg_count ? ctx->method_args[t->generic_index] : t;
    }
    switch (t->elem) {
    case MD_ELEMENT_SZARRAY: return type_szarray(type_subst(t->element, ctx));
    case MD_ELEMENT_ARRAY: return type_mdarray(type_subst(t->element, ctx), t->rank);
    case MD_ELEMENT_BYREF: return type_byref(type_subst(t->element, ctx));
    case MD_ELEMENT_PTR: return type_pointer(type_subst(t->element, ctx));
    default: break;
    }
    if (t->generic_def) {
        Type *args[32];
        for (uint32_t i = 0; i < t->type_arg_count && i < 32; i++) args[i] = type_subst(t->type_args[i], ctx);
        return type_instantiate(t->generic_def, args, t->type_arg_count);
    }
    return t;
}

/* Called once the corlib is loaded: binds corlib_binder.def. */
bool types_init_corlib(void) {
    if (!corlib_bind_types()) return false;
#define CORE(id) vm_types.id = CORLIB_T(id);
    CORE(object) CORE(value_type) CORE(enum_) CORE(string) CORE(array) CORE(delegate) CORE(multicast_delegate)
    CORE(exception) CORE(void_) CORE(boolean) CORE(char_) CORE(sbyte) CORE(byte) CORE(int16) CORE(uint16)
    CORE(int32) CORE(uint32) CORE(int64) CORE(uint64) CORE(intptr) CORE(uintptr) CORE(single) CORE(double_)
    CORE(type) CORE(runtime_type_handle) CORE(runtime_field_handle) CORE(nullable)
#undef CORE
    return corlib_bind_members();
}
