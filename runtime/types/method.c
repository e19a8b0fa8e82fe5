/* method.c — methods and fields: resolving tokens (MethodDef, MemberRef,
 * MethodSpec, Field), signatures with generic substitution, generic method
 * instantiation, and lookup by name and signature. */
#include "types/types_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void method_context(Method *m, GenericContext *ctx) {
    type_context(m->owner, ctx);
    ctx->method_args = m->method_args;
    ctx->method_arg_count = m->method_args ? m->generic_param_count : 0;
}

bool method_prepare_sig(Method *m) {
    if (m->flags & MF_SIG_READY) return true;
    const MdImage *img = m->assembly->image;
    char err[256];
    MdMethodSig *sig = md_parse_method_sig(img, md_methoddef_row(img, m->methoddef_row).signature, err, sizeof err);
    if (!sig) { type_set_error_kind(ERR_BAD_IMAGE, "%s", err); return false; }
    GenericContext ctx;
    method_context(m, &ctx);
    Type *ret = type_from_sig(m->assembly, sig->ret, &ctx);
    if (!ret) return false;
    Type **params = sig->param_count ? util_calloc(sig->param_count, sizeof(Type *)) : NULL;
    for (uint32_t i = 0; i < sig->param_count; i++) {
        params[i] = type_from_sig(m->assembly, sig->params[i], &ctx);
        if (!params[i]) { free(params); return false; }
    }
    m->ret = ret;
    m->params = params;
    m->param_count = sig->param_count;
    bool open = (m->owner->flags & TF_CONTAINS_OPEN) || (m->flags & MF_GENERIC_DEF);
    uint32_t slots = (m->flags & MF_STATIC) ? 0 : 1;
    if (!open) {
        for (uint32_t i = 0; i < m->param_count; i++) slots += type_stack_slots(params[i]);
        m->ret_slots = type_stack_slots(ret);
    }
    m->arg_slots = slots;
    m->flags |= MF_SIG_READY;
    return true;
}

/* Which TypeDef owns a MethodDef row: binary search over MethodList. */
static uint32_t method_owner_row(const MdImage *img, uint32_t method_row) {
    uint32_t lo = 1, hi = img->row_count[MD_TYPEDEF], found = 0;
    while (lo <= hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (img->typedefs[mid].method_list <= method_row) { found = mid; lo = mid + 1; }
        else hi = mid - 1;
    }
    /* several types may share a MethodList value when they own no methods */
    while (found) {
        uint32_t first, end;
        md_typedef_methods(img, found, &first, &end);
        if (method_row >= first && method_row < end) return found;
        found--;
    }
    return 0;
}

static uint32_t field_owner_row(const MdImage *img, uint32_t field_row) {
    uint32_t lo = 1, hi = img->row_count[MD_TYPEDEF], found = 0;
    while (lo <= hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (img->typedefs[mid].field_list <= field_row) { found = mid; lo = mid + 1; }
        else hi = mid - 1;
    }
    while (found) {
        uint32_t first, end;
        md_typedef_fields(img, found, &first, &end);
        if (field_row >= first && field_row < end) return found;
        found--;
    }
    return 0;
}

Method *method_from_def(Assembly *a, uint32_t row) {
    if (row == 0 || row > a->image->row_count[MD_METHODDEF]) {
        type_set_error_kind(ERR_BAD_IMAGE, "%s: MethodDef row %u out of range", a->name, row);
        return NULL;
    }
    if (a->methoddefs[row]) return a->methoddefs[row];
    uint32_t owner = method_owner_row(a->image, row);
    Type *t = owner ? type_from_typedef(a, owner) : NULL;
    if (!t) {
        if (!owner) type_set_error_kind(ERR_BAD_IMAGE, "%s: MethodDef row %u has no owner type", a->name, row);
        return NULL;
    }
    /* no methods yet: the owner is still being created (its enclosing type's load came back here) */
    if (!t->methods || row < t->first_method_row || row - t->first_method_row >= t->method_count) return NULL;
    return type_method(t, row - t->first_method_row);
}

static Field *field_from_def(Assembly *a, uint32_t row) {
    if (row == 0 || row > a->image->row_count[MD_FIELD]) {
        type_set_error_kind(ERR_BAD_IMAGE, "%s: Field row %u out of range", a->name, row);
        return NULL;
    }
    if (a->fielddefs[row]) return a->fielddefs[row];
    uint32_t owner = field_owner_row(a->image, row);
    if (!owner || !type_from_typedef(a, owner)) return NULL;
    return a->fielddefs[row];
}

Method *method_instantiate(Method *def, Type **args, uint32_t count) {
    if (count != def->generic_param_count) {
        type_set_error_kind(ERR_MISSING_METHOD, "Method '%s' takes %u type arguments, not %u", def->name, def->generic_param_count, count);
        return NULL;
    }
    if (def->named_params && memcmp(def->named_params, args, count * sizeof(Type *)) == 0)
        return def;   /* over its own parameters as reflection names them */
    for (Method *m = def->inst_list; m; m = m->next_inst)
        if (memcmp(m->method_args, args, count * sizeof(Type *)) == 0) return m;
    Method *m = util_calloc(1, sizeof *m);
    *m = *def;
    m->named_params = NULL;
    m->flags &= ~(MF_SIG_READY | MF_GENERIC_DEF);
    m->method_args = util_calloc(count, sizeof(Type *));
    memcpy(m->method_args, args, count * sizeof(Type *));
    m->generic_def = def;
    m->code = NULL;
    m->inst_list = NULL;
    m->next_inst = def->inst_list;
    def->inst_list = m;
    return m;
}

/* Resolve a MemberRef signature into a temporary Method-shaped record so it
 * can be compared with method_sig_equal. Placeholders stay open: compared
 * against the generic definition's own (open) signatures. */
static bool memberref_matches(Method *cand, Assembly *a, const MdMethodSig *sig) {
    if (!method_prepare_sig(cand)) return false;
    bool cand_static = (cand->flags & MF_STATIC) != 0;
    if (cand_static != !(sig->flags & MD_SIG_HASTHIS)) return false;
    if (cand->param_count != sig->param_count) return false;
    if (cand->generic_param_count != sig->generic_param_count) return false;
    Type *ret = type_from_sig(a, sig->ret, NULL);
    if (ret != cand->ret) return false;
    for (uint32_t i = 0; i < sig->param_count; i++)
        if (type_from_sig(a, sig->params[i], NULL) != cand->params[i]) return false;
    return true;
}

Method *type_find_method(Type *t, const char *name, const MdMethodSig *sig, Assembly *sig_asm, const GenericContext *sig_ctx) {
    (void)sig_ctx;
    Type *def = t->generic_def ? t->generic_def : t;
    for (Type *c = def; c; c = c->base ? (c->base->generic_def ? c->base->generic_def : c->base) : NULL) {
        for (uint32_t i = 0; i < c->method_count; i++) {
            if (strcmp(type_method_name(c, i), name) != 0) continue;   /* no method made for each name */
            Method *m = type_method(c, i);
            if (!memberref_matches(m, sig_asm, sig)) continue;
            if (c == def && t != def) return type_method(t, i);
            if (c != def) {
                /* inherited member on a generic base: find the instantiated base */
                for (Type *b = t; b; b = b->base)
                    if (b == c || b->generic_def == c) return type_method(b, i);
            }
            return m;
        }
        if (!(sig->flags & MD_SIG_HASTHIS) && c == def) break;
        if (strcmp(name, ".ctor") == 0) break;
    }
    return NULL;
}

Method *type_find_method_by_name(Type *t, const char *name, int param_count) {
    for (Type *c = t; c; c = c->base)
        for (uint32_t i = 0; i < c->method_count; i++) {
            if (strcmp(type_method_name(c, i), name) != 0) continue;
            Method *m = type_method(c, i);
            if (param_count >= 0 && (!method_prepare_sig(m) || (int)m->param_count != param_count)) continue;
            return m;
        }
    return NULL;
}

Field *type_find_field(Type *t, const char *name) {
    for (Type *c = t; c; c = c->base)
        for (uint32_t i = 0; i < c->field_count; i++)
            if (strcmp(c->fields[i].name, name) == 0) return &c->fields[i];
    return NULL;
}

/* A signature type's name for a "Method not found" message, as CoreCLR
 * writes it: primitives short ("Int32", "Void"), other types by full name
 * without their instantiation, generic instances as "List`1<!0,Int32>", and
 * a generic parameter by number ("!0", "!!0") unless the calling method's
 * context has an argument for it. A type that does not load prints as "?". */
static void sig_ctx_type_name(Type *ty, char *buf, size_t size, size_t *pos) {
    if (*pos >= size) return;
    if (ty->flags & TF_GENERIC_PARAM)
        *pos += (size_t)snprintf(buf + *pos, size - *pos, "%s%u", ty->elem == MD_ELEMENT_MVAR ? "!!" : "!", ty->generic_index);
    else
        *pos += (size_t)snprintf(buf + *pos, size - *pos, "%s", (ty->flags & TF_PRIMITIVE) ? ty->name : type_name_full(ty));
}

static void sig_type_name(Assembly *a, const MdTypeSig *sig, const GenericContext *ctx, char *buf, size_t size, size_t *pos) {
#define SIG_PUT(...) do { if (*pos < size) *pos += (size_t)snprintf(buf + *pos, size - *pos, __VA_ARGS__); } while (0)
    switch (sig->elem) {
    case MD_ELEMENT_VOID: SIG_PUT("Void"); return;
    case MD_ELEMENT_VAR: case MD_ELEMENT_MVAR: {
        bool m = sig->elem == MD_ELEMENT_MVAR;
        Type **args = !ctx ? NULL : m ? ctx->method_args : ctx->type_args;
        uint32_t count = !ctx ? 0 : m ? ctx->method_arg_count : ctx->type_arg_count;
        if (args && sig->index < count && args[sig->index] && !(args[sig->index]->flags & TF_GENERIC_PARAM))
            sig_ctx_type_name(args[sig->index], buf, size, pos);
        else
            SIG_PUT("%s%u", m ? "!!" : "!", sig->index);
        return;
    }
    case MD_ELEMENT_SZARRAY: sig_type_name(a, sig->inner, ctx, buf, size, pos); SIG_PUT("[]"); return;
    case MD_ELEMENT_ARRAY:
        sig_type_name(a, sig->inner, ctx, buf, size, pos);
        SIG_PUT("[");
        for (uint32_t i = 1; i < sig->rank; i++) SIG_PUT(",");
        SIG_PUT("]");
        return;
    case MD_ELEMENT_BYREF: sig_type_name(a, sig->inner, ctx, buf, size, pos); SIG_PUT(" ByRef"); return;
    case MD_ELEMENT_PTR: sig_type_name(a, sig->inner, ctx, buf, size, pos); SIG_PUT("*"); return;
    case MD_ELEMENT_GENERICINST:
        sig_type_name(a, sig->inner, ctx, buf, size, pos);
        SIG_PUT("<");
        for (uint32_t i = 0; i < sig->arg_count; i++) {
            if (i) SIG_PUT(",");
            sig_type_name(a, sig->args[i], ctx, buf, size, pos);
        }
        SIG_PUT(">");
        return;
    default: {
        Type *ty = type_from_sig(a, sig, ctx);
        if (ty) sig_ctx_type_name(ty, buf, size, pos);
        else SIG_PUT("?");
        return;
    }
    }
#undef SIG_PUT
}

static Method *resolve_memberref(Assembly *a, uint32_t row, const GenericContext *ctx) {
    const MdImage *img = a->image;
    const MdMemberRefRow *mr = &img->memberrefs[row];
    char err[256];
    MdMethodSig *sig = md_parse_method_sig(img, mr->signature, err, sizeof err);
    if (!sig) { type_set_error_kind(ERR_BAD_IMAGE, "%s", err); return NULL; }
    uint32_t parent = mr->klass;
    if (MD_TOKEN_TABLE(parent) == MD_METHODDEF) return method_from_def(a, MD_TOKEN_ROW(parent));
    Type *t;
    if (MD_TOKEN_TABLE(parent) == MD_MODULEREF) {
        type_set_error_kind(ERR_MISSING_METHOD, "Global method '%s' is not supported", mr->name);
        return NULL;
    }
    t = type_from_token(a, parent, ctx);
    if (!t) return NULL;
    if (t->flags & TF_ARRAY) {
        /* Multi-dimensional array accessors are runtime-provided: a synthetic method. */
        return array_method(t, mr->name, sig, a);
    }
    Method *m = type_find_method(t, mr->name, sig, a, ctx);
    if (!m) {
        char text[600];
        size_t n = 0;
        sig_type_name(a, sig->ret, ctx, text, sizeof text, &n);
        Type *owner = t->generic_def ? t->generic_def : t;   /* CoreCLR names the definition: "L.Box`1" */
        n += (size_t)snprintf(text + n, n < sizeof text ? sizeof text - n : 0, " %s.%s(", type_name_full(owner), mr->name);
        for (uint32_t i = 0; i < sig->param_count && n < sizeof text; i++) {
            if (i) n += (size_t)snprintf(text + n, sizeof text - n, ", ");
            if (n < sizeof text) sig_type_name(a, sig->params[i], ctx, text, sizeof text, &n);
        }
        if (n < sizeof text) snprintf(text + n, sizeof text - n, ")");
        type_set_error_kind(ERR_MISSING_METHOD, "Method not found: '%s'.", text);
        return NULL;
    }
    return m;
}

Method *method_from_token(Assembly *a, uint32_t token, const GenericContext *ctx) {
    uint32_t table = MD_TOKEN_TABLE(token), row = MD_TOKEN_ROW(token);
    const MdImage *img = a->image;
    switch (table) {
    case MD_METHODDEF: return method_from_def(a, row);
    case MD_MEMBERREF:
        if (row == 0 || row > img->row_count[MD_MEMBERREF]) break;
        return resolve_memberref(a, row, ctx);
    case MD_METHODSPEC: {
        if (row == 0 || row > img->row_count[MD_METHODSPEC]) break;
        const MdMethodSpecRow *ms = &img->methodspecs[row];
        Method *def = method_from_token(a, ms->method, ctx);
        if (!def) return NULL;
        uint32_t count;
        MdTypeSig **sigs;
        char err[256];
        if (!md_parse_method_spec(img, ms->instantiation, &count, &sigs, err, sizeof err)) {
            type_set_error_kind(ERR_BAD_IMAGE, "%s", err);
            return NULL;
        }
        Type *args[32];
        if (count > 32) break;
        for (uint32_t i = 0; i < count; i++) {
            args[i] = type_from_sig(a, sigs[i], ctx);
            if (!args[i]) return NULL;
        }
        return method_instantiate(def, args, count);
    }
    default: break;
    }
    type_set_error_kind(ERR_BAD_IMAGE, "%s: bad method token 0x%08x", a->name, token);
    return NULL;
}

Field *field_from_token(Assembly *a, uint32_t token, const GenericContext *ctx) {
    uint32_t table = MD_TOKEN_TABLE(token), row = MD_TOKEN_ROW(token);
    const MdImage *img = a->image;
    if (table == MD_FIELD) return field_from_def(a, row);
    if (table == MD_MEMBERREF && row && row <= img->row_count[MD_MEMBERREF]) {
        const MdMemberRefRow *mr = &img->memberrefs[row];
        Type *t = type_from_token(a, mr->klass, ctx);
        if (!t) return NULL;
        Field *f = type_find_field(t, mr->name);
        if (!f) {
            /* CoreCLR names the generic definition: "L.Box`1.Field" */
            type_set_error_kind(ERR_MISSING_FIELD, "Field not found: '%s.%s'.", type_name_full(t->generic_def ? t->generic_def : t), mr->name);
            return NULL;
        }
        return f;
    }
    type_set_error_kind(ERR_BAD_IMAGE, "%s: bad field token 0x%08x", a->name, token);
    return NULL;
}

/* The TypeDefOrRef token of a TypeDef/TypeRef/TypeSpec token that names a
 * class or an instantiation of one (the generic definition), or 0. */
static uint32_t class_def_or_ref(const MdImage *img, uint32_t token) {
    uint32_t table = MD_TOKEN_TABLE(token), row = MD_TOKEN_ROW(token);
    if (table == MD_TYPEDEF || table == MD_TYPEREF) return token;
    if (table != MD_TYPESPEC || row == 0 || row > img->row_count[MD_TYPESPEC]) return 0;
    MdBlobReader r;
    md_blob_reader_init(&r, img->typespecs[row].signature);
    if (md_read_u8(&r) != MD_ELEMENT_GENERICINST) return 0;
    uint8_t kind = md_read_u8(&r);
    if (kind != MD_ELEMENT_CLASS && kind != MD_ELEMENT_VALUETYPE) return 0;
    uint32_t coded = md_read_compressed_u32(&r);
    if (r.failed) return 0;
    if ((coded & 3) > 1) return 0;   /* a TypeSpec inside: not worth following */
    return MD_TOKEN((coded & 3) ? MD_TYPEREF : MD_TYPEDEF, coded >> 2);
}

bool method_token_on_interface(Assembly *a, uint32_t token) {
    const MdImage *img = a->image;
    uint32_t table = MD_TOKEN_TABLE(token), row = MD_TOKEN_ROW(token);
    uint32_t type_token;
    if (table == MD_METHODDEF) {
        if (row == 0 || row > img->row_count[MD_METHODDEF]) return false;
        uint32_t owner = method_owner_row(img, row);
        return owner && (img->typedefs[owner].flags & 0x20);   /* TypeAttributes.Interface */
    }
    if (table != MD_MEMBERREF || row == 0 || row > img->row_count[MD_MEMBERREF]) return false;
    type_token = class_def_or_ref(img, img->memberrefs[row].klass);
    row = MD_TOKEN_ROW(type_token);
    if (MD_TOKEN_TABLE(type_token) == MD_TYPEDEF)
        return row && row <= img->row_count[MD_TYPEDEF] && (img->typedefs[row].flags & 0x20);
    if (MD_TOKEN_TABLE(type_token) != MD_TYPEREF || row == 0 || row > img->row_count[MD_TYPEREF]) return false;
    Type *t = type_from_token(a, type_token, NULL);   /* resolving the method would load it too */
    return t && (t->flags & TF_INTERFACE);
}
