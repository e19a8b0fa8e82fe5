/* generic_params.c — generic parameters as reflection shows them.
 *
 * Inside the runtime, every generic definition's parameters are the shared
 * placeholders type_open_var(i) / type_open_mvar(i): signatures compare by
 * pointer, and List<T>'s T and IList<T>'s T must be the same there. Reflection
 * must tell them apart (typeof(List<>).GetGenericArguments()[0] is "T", owned
 * by List`1, at position 0), so each definition gets its own parameter types
 * here, on demand, and the types reflection hands out for members of a
 * definition are rewritten to use them (type_reflection_view). A named
 * parameter substitutes like its placeholder (same elem and index), so it can
 * flow back into MakeGenericType and friends. */
#include "types/types_internal.h"
#include "types/corlib_binder.h"
#include "metadata/md.h"

#include <stdlib.h>
#include <string.h>

static uint32_t owner_token(Type *def, Method *m) {
    return m ? MD_TOKEN(MD_METHODDEF, m->methoddef_row) : MD_TOKEN(MD_TYPEDEF, def->typedef_row);
}

static Type *make_named_param(Type *def, Method *m, uint32_t index) {
    Assembly *a = m ? m->assembly : def->assembly;
    const MdImage *img = a->image;
    uint32_t first, end;
    md_find_generic_params(img, owner_token(def, m), &first, &end);
    uint32_t row = 0;
    for (uint32_t r = first; r < end; r++)
        if (img->genericparams[r].number == index) { row = r; break; }
    Type *t = util_calloc(1, sizeof *t);
    t->flags = TF_GENERIC_PARAM | TF_CONTAINS_OPEN;
    t->elem = m ? MD_ELEMENT_MVAR : MD_ELEMENT_VAR;
    t->generic_index = index;
    t->generic_param_row = row;
    t->name = row ? img->genericparams[row].name : util_format("%s%u", m ? "!!" : "!", index);
    t->assembly = a;
    t->enclosing = m ? m->owner : def;           /* DeclaringType */
    t->ns = t->enclosing->ns;
    t->declaring_method = m;
    t->md_flags = 1;                             /* public, as .NET reports parameters */
    /* BaseType: a struct constraint makes it ValueType, otherwise Object
     * (a class constraint is found through GetGenericParameterConstraints). */
    bool is_struct = row && (img->genericparams[row].flags & 0x8);
    t->base = is_struct ? corlib_types[CT_value_type] : corlib_types[CT_object];
    t->state = TS_READY;
    t->stack_kind = SK_O;
    return t;
}

Type *type_named_param(Type *def, uint32_t index) {
    if (!def || !(def->flags & TF_GENERIC_DEF) || index >= def->type_arg_count) return NULL;
    if (!def->named_params) def->named_params = util_calloc(def->type_arg_count, sizeof(Type *));
    if (!def->named_params[index]) def->named_params[index] = make_named_param(def, NULL, index);
    return def->named_params[index];
}

/* A generic method of a generic type instantiation (List<int>.ConvertAll<U>)
 * has the parameters of the method on the type's definition, as on .NET. */
Type *method_named_param(Method *def, uint32_t index) {
    if (def && def->type_def_method) def = def->type_def_method;
    if (!def || !(def->flags & MF_GENERIC_DEF) || index >= def->generic_param_count) return NULL;
    if (!def->named_params) def->named_params = util_calloc(def->generic_param_count, sizeof(Type *));
    if (!def->named_params[index]) def->named_params[index] = make_named_param(def->owner, def, index);
    return def->named_params[index];
}

/* Like type_subst, but a generic definition met inside a signature stands for
 * itself over the shared placeholders (List<T> in a member of Box<T> loads as
 * List`1's definition, since its argument is placeholder 0), so it is
 * instantiated too. */
static Type *view_subst(Type *t, const GenericContext *ctx) {
    if (!t || !(t->flags & TF_CONTAINS_OPEN)) return t;
    if (t->flags & TF_GENERIC_PARAM) return type_subst(t, ctx);
    switch (t->elem) {
    case MD_ELEMENT_SZARRAY: return type_szarray(view_subst(t->element, ctx));
    case MD_ELEMENT_ARRAY: return type_mdarray(view_subst(t->element, ctx), t->rank);
    case MD_ELEMENT_BYREF: return type_byref(view_subst(t->element, ctx));
    case MD_ELEMENT_PTR: return type_pointer(view_subst(t->element, ctx));
    default: break;
    }
    Type *def = t->generic_def ? t->generic_def : (t->flags & TF_GENERIC_DEF) ? t : NULL;
    if (!def || t->type_arg_count > 64) return t;
    Type *args[64];
    for (uint32_t i = 0; i < t->type_arg_count; i++) {
        args[i] = view_subst(t->type_args[i], ctx);
        if (!args[i]) return t;
    }
    Type *v = type_instantiate(def, args, t->type_arg_count);
    return v ? v : t;
}

Type *type_reflection_view(Type *t, Type *owner, Method *m) {
    if (!t || !(t->flags & TF_CONTAINS_OPEN)) return t;
    bool type_def = owner && (owner->flags & TF_GENERIC_DEF);
    bool method_def = m && (m->flags & MF_GENERIC_DEF);
    if (!type_def && !method_def) return t;
    Type *targs[64], *margs[64];
    GenericContext ctx;
    memset(&ctx, 0, sizeof ctx);
    if (type_def && owner->type_arg_count <= 64) {
        for (uint32_t i = 0; i < owner->type_arg_count; i++) targs[i] = type_named_param(owner, i);
        ctx.type_args = targs;
        ctx.type_arg_count = owner->type_arg_count;
    }
    if (method_def && m->generic_param_count <= 64) {
        for (uint32_t i = 0; i < m->generic_param_count; i++) margs[i] = method_named_param(m, i);
        ctx.method_args = margs;
        ctx.method_arg_count = m->generic_param_count;
    }
    return view_subst(t, &ctx);
}

uint32_t type_generic_param_flags(Type *param) {
    if (!param->generic_param_row) return 0;
    return param->assembly->image->genericparams[param->generic_param_row].flags;
}

Type **type_generic_param_constraints(Type *param, uint32_t *n, bool *ok) {
    *n = 0;
    *ok = true;
    if (!param->generic_param_row) return NULL;
    const MdImage *img = param->assembly->image;
    uint32_t first, end;
    md_find_generic_param_constraints(img, param->generic_param_row, &first, &end);
    if (end <= first) return NULL;
    Method *m = param->declaring_method;
    Type *def = m ? m->owner : param->enclosing;
    GenericContext ctx;
    if (m) method_context(m, &ctx);
    else type_context(def, &ctx);
    Type **out = util_calloc(end - first, sizeof(Type *));
    for (uint32_t r = first; r < end; r++) {
        Type *c = type_from_token(param->assembly, img->genericparamconstraints[r].constraint, &ctx);
        if (!c) { *ok = false; free(out); return NULL; }
        out[(*n)++] = type_reflection_view(c, def, m);
    }
    return out;
}
