/* vtable.c — virtual method tables and interface lists (TS_READY), and
 * interface maps (built on first interface dispatch):
 *
 *  - class vtables: inherited slots, overrides by name+signature, newslot,
 *    explicit overrides (MethodImpl rows), and covariant returns: an
 *    override of a method marked [PreserveBaseOverrides] also replaces it in
 *    every other slot the overridden method occupied;
 *  - interface maps (ECMA-335 II.12.2 with .NET's extensions): for each
 *    interface slot, an explicit MethodImpl of the class, an implicit public
 *    virtual (instance) or public static (static virtual members) method
 *    found by name and signature, the base class's mapping, and last the
 *    most specific default implementation among the class's interfaces
 *    (default interface methods); several equally specific defaults give an
 *    entry that throws AmbiguousImplementationException when called.
 */
#include "types/types_internal.h"

#include <stdlib.h>
#include <string.h>

bool method_sig_equal(Method *a, Method *b) {
    if (!method_prepare_sig(a) || !method_prepare_sig(b)) return false;
    if (a->param_count != b->param_count || a->ret != b->ret) return false;
    if (a->generic_param_count != b->generic_param_count) return false;
    for (uint32_t i = 0; i < a->param_count; i++)
        if (a->params[i] != b->params[i]) return false;
    return true;
}

/* Compare with generic method placeholders: for generic virtual methods the
 * sigs of def methods use MVAR placeholders on both sides, so this works. */
static int find_base_slot(Type *t, Method *m) {
    if (!t->base) return -1;
    Type *b = t->base;
    for (int s = (int)b->vtable_size - 1; s >= 0; s--) {
        Method *bm = b->vtable[s];
        if (bm && strcmp(bm->name, m->name) == 0 && method_sig_equal(bm, m)) return s;
    }
    return -1;
}

static void add_interface(Type *t, Type *iface, uint32_t *cap) {
    for (uint32_t i = 0; i < t->interface_count; i++)
        if (t->interfaces[i].iface == iface) return;
    if (t->interface_count == *cap) {
        *cap = *cap ? *cap * 2 : 4;
        t->interfaces = util_realloc(t->interfaces, *cap * sizeof(InterfaceEntry));
    }
    t->interfaces[t->interface_count].iface = iface;
    t->interfaces[t->interface_count].impls = NULL;
    t->interfaces[t->interface_count].declared = false;
    t->interface_count++;
    for (uint32_t i = 0; i < iface->interface_count; i++) add_interface(t, iface->interfaces[i].iface, cap);
}

/* Resolves MethodImpl row r of t's definition into pairs[*n] (t's generic
 * context); a row that does not resolve is left out, as .NET ignores it. */
static void resolve_impl(Type *t, uint32_t r, ImplPair *pair) {
    const MdImage *img = t->assembly->image;
    GenericContext ctx;
    type_context(t, &ctx);
    pair->deferred_row = 0;
    Method *decl = method_from_token(t->assembly, img->methodimpls[r].method_declaration, &ctx);
    Method *body = method_from_token(t->assembly, img->methodimpls[r].method_body, &ctx);
    if (!decl || !body) return;
    /* the body token names the definition's method; use t's own copy */
    if (t->generic_def && body->owner == t->generic_def) {
        uint32_t i = body->methoddef_row - t->generic_def->first_method_row;   /* the same index on t */
        if (i < t->method_count) body = type_method(t, i);
    }
    pair->decl = decl;
    pair->body = body;
}

/* The MethodImpl rows of t, kept on t. A class's implementations of
 * interface methods matter only to its interface maps, which are built when
 * first asked for (type_ensure_interface_maps): their rows are resolved
 * then. Overrides of class methods shape the vtable and are resolved now,
 * as are all of an interface's rows (they decide which of its methods are
 * new members). */
static void load_method_impls(Type *t) {
    Type *def = t->generic_def ? t->generic_def : t;
    if (!def->typedef_row) return;
    const MdImage *img = t->assembly->image;
    uint32_t first, end;
    md_find_method_impls(img, def->typedef_row, &first, &end);
    if (end <= first) return;
    ImplPair *pairs = util_calloc(end - first, sizeof *pairs);
    uint32_t n = 0;
    bool is_iface = (t->flags & TF_INTERFACE) != 0;
    for (uint32_t r = first; r < end; r++) {
        if (!is_iface && method_token_on_interface(t->assembly, img->methodimpls[r].method_declaration)) {
            pairs[n++].deferred_row = r;
            continue;
        }
        resolve_impl(t, r, &pairs[n]);
        if (pairs[n].decl) n++;
    }
    t->method_impls = pairs;
    t->method_impl_count = n;
}

static bool is_impl_body(Type *t, Method *m) {
    for (uint32_t i = 0; i < t->method_impl_count; i++)
        if (t->method_impls[i].body == m) return true;
    return false;
}

static bool same_member(Method *d, Method *im) {
    return d == im || (d->owner == im->owner && strcmp(d->name, im->name) == 0 && method_sig_equal(d, im));
}

/* t's explicit implementation (MethodImpl) of interface method im (the
 * deferred rows of a class are resolved by then). */
static Method *explicit_impl(Type *t, Method *im) {
    for (uint32_t p = 0; p < t->method_impl_count; p++)
        if (t->method_impls[p].decl && same_member(t->method_impls[p].decl, im)) return t->method_impls[p].body;
    return NULL;
}

static Method *implicit_impl(Type *t, Method *im) {
    bool want_static = (im->flags & MF_STATIC) != 0;
    for (Type *c = t; c; c = c->base) {
        for (uint32_t i = 0; i < c->method_count; i++) {
            if (strcmp(type_method_name(c, i), im->name) != 0) continue;   /* no method made for each name */
            Method *m = type_method(c, i);
            if (((m->flags & MF_STATIC) != 0) != want_static) continue;
            if (!want_static && !(m->flags & MF_VIRTUAL)) continue;
            if ((m->md_flags & 0x7) != 0x6) continue;   /* public only */
            if (strcmp(m->name, im->name) == 0 && method_sig_equal(m, im))
                return m->vtable_slot >= 0 ? t->vtable[m->vtable_slot] : m;
        }
    }
    return NULL;
}

static InterfaceEntry *interface_entry(Type *t, Type *iface) {
    for (uint32_t i = 0; i < t->interface_count; i++)
        if (t->interfaces[i].iface == iface) return &t->interfaces[i];
    return NULL;
}

static bool interface_extends(Type *j, Type *k) {
    return j != k && interface_entry(j, k) != NULL;
}

static Method *ambiguous_entry(Method *im) {
    Method *m = util_calloc(1, sizeof *m);
    *m = *im;
    m->code = NULL;
    m->inst_list = m->next_inst = NULL;
    m->vtable_slot = -1;
    m->runtime_kind = RK_AMBIGUOUS_IMPL;
    m->flags &= ~MF_ABSTRACT;
    return m;
}

/* The most specific default implementation of interface method im among the
 * interfaces t implements: im's own body, or an override (MethodImpl) in an
 * interface deriving from im's. NULL if none or if the most specific one is
 * abstract (reabstraction). */
static Method *default_impl(Type *t, Method *im) {
    Type *iface = im->owner;
    Type *cand_iface[16];
    Method *cand_body[16];
    uint32_t n = 0;
    for (uint32_t i = 0; i < t->interface_count && n < 16; i++) {
        Type *j = t->interfaces[i].iface;
        Method *body = NULL;
        if (j == iface) body = (im->flags & MF_ABSTRACT) ? NULL : im;
        else if (interface_extends(j, iface)) body = explicit_impl(j, im);
        if (!body) continue;
        cand_iface[n] = j;
        cand_body[n] = body;
        n++;
    }
    /* drop every candidate that a more derived candidate overrides */
    Method *best = NULL;
    uint32_t left = 0;
    for (uint32_t a = 0; a < n; a++) {
        bool shadowed = false;
        for (uint32_t b = 0; b < n && !shadowed; b++)
            if (b != a && interface_extends(cand_iface[b], cand_iface[a])) shadowed = true;
        if (shadowed) continue;
        left++;
        best = cand_body[a];
    }
    if (left > 1) return ambiguous_entry(im);
    if (best && (best->flags & MF_ABSTRACT)) return NULL;
    return best;
}

/* The implementation of interface method im (slot s of iface) on class t;
 * `declared`: t names iface in its own InterfaceImpl rows. */
static Method *interface_impl(Type *t, Type *iface, bool declared, uint32_t s, Method *im) {
    Method *impl = explicit_impl(t, im);
    if (impl) return impl;
    InterfaceEntry *be = t->base ? interface_entry(t->base, iface) : NULL;
    if (!be || declared) {
        impl = implicit_impl(t, im);
        if (impl) return impl;
    }
    if (be && be->impls) {
        Method *bm = be->impls[s];
        /* a class method of the base (possibly overridden here); defaults are recomputed below */
        if (bm && !(bm->owner->flags & TF_INTERFACE))
            return bm->vtable_slot >= 0 ? t->vtable[bm->vtable_slot] : bm;
    }
    return default_impl(t, im);
}

/* Covariant returns: an override whose overridden method (or itself) carries
 * [PreserveBaseOverrides] replaces that method in all of its slots. */
static bool preserves_base_overrides(Method *m) {
    Method *d = m->type_def_method ? m->type_def_method : m;
    if (d->generic_def) d = d->generic_def;
    return md_token_has_attribute(d->assembly, MD_TOKEN(MD_METHODDEF, d->methoddef_row),
                                  "System.Runtime.CompilerServices", "PreserveBaseOverridesAttribute");
}

/* Whether `old`, replaced in slot d, still sits in another inherited slot. */
static bool in_other_slot(Type *t, uint32_t d, Method *old) {
    for (uint32_t s = 0; s < t->base->vtable_size; s++)
        if (s != d && t->vtable[s] == old) return true;
    return false;
}

static void propagate_covariant_overrides(Type *t) {
    Type *b = t->base;
    if (!b) return;
    for (uint32_t d = 0; d < b->vtable_size; d++) {
        Method *old = b->vtable[d], *now = t->vtable[d];
        if (!old || now == old || now->owner != t) continue;
        /* the attribute is asked for only when there is something to propagate:
           most overridden methods hold one slot, and reading custom attributes
           decodes the assembly's whole CustomAttribute table */
        if (!in_other_slot(t, d, old)) continue;
        if (!preserves_base_overrides(old) && !preserves_base_overrides(now)) continue;
        for (uint32_t s = 0; s < b->vtable_size; s++)
            if (s != d && t->vtable[s] == old) t->vtable[s] = now;
    }
}

/* Whether method i of t is virtual, without making it. */
static bool method_is_virtual(Type *t, uint32_t i) {
    if (t->methods[i]) return (t->methods[i]->flags & MF_VIRTUAL) != 0;
    if (t->generic_def) return method_is_virtual(t->generic_def, i);
    return (md_methoddef_flags(t->assembly->image, t->first_method_row + i) & 0x40) != 0;
}

static bool build_vtable(Type *t) {
    uint32_t vcap = (t->base ? t->base->vtable_size : 0) + t->method_count;
    t->vtable = util_calloc(vcap ? vcap : 1, sizeof(Method *));
    t->vtable_size = 0;   /* a type whose earlier preparation failed after this step is built again */
    if (t->base) {
        memcpy(t->vtable, t->base->vtable, t->base->vtable_size * sizeof(Method *));
        t->vtable_size = t->base->vtable_size;
    }
    bool is_iface = (t->flags & TF_INTERFACE) != 0;
    for (uint32_t i = 0; i < t->method_count; i++) {
        if (!method_is_virtual(t, i)) continue;   /* the others are made when used */
        Method *m = type_method(t, i);
        if (!(m->flags & MF_VIRTUAL)) continue;   /* a malformed row reads as all null */
        /* an interface's overrides of its bases' members (DIMs, reabstractions) are no new members */
        if (is_iface && is_impl_body(t, m)) continue;
        int slot = -1;
        if (!is_iface && !(m->flags & MF_NEWSLOT)) slot = find_base_slot(t, m);
        if (slot < 0) slot = (int)t->vtable_size++;
        m->vtable_slot = slot;
        t->vtable[slot] = m;
    }
    for (uint32_t i = 0; i < t->method_impl_count; i++) {
        Method *decl = t->method_impls[i].decl, *body = t->method_impls[i].body;
        if (!decl || (decl->owner->flags & TF_INTERFACE) || decl->vtable_slot < 0) continue;
        t->vtable[decl->vtable_slot] = body;
        if (body->vtable_slot < 0) body->vtable_slot = decl->vtable_slot;
    }
    if (!is_iface) propagate_covariant_overrides(t);
    return true;
}

static bool ensure_interface_list(Type *t);

/* An interface as another type's interface list needs it: laid out, with its
 * own interface list. Its vtable waits for type_prepare(iface, TS_READY)
 * (dispatch, interface maps), which can no longer fail then: an interface
 * without a base type has nothing else that can. Anything else named as an
 * interface is prepared whole, as before. */
static bool prepare_listed_interface(Type *iface) {
    if (iface->state >= TS_READY || !(iface->flags & TF_INTERFACE) || iface->base) return type_prepare(iface, TS_READY);
    return type_prepare(iface, TS_LAYOUT) && ensure_interface_list(iface);
}

/* t's interfaces (its base's, its own InterfaceImpl rows and what they
 * extend), each prepared as above: what casts need, and where a malformed
 * or missing interface is reported. The per-slot implementations wait for
 * type_ensure_interface_maps. */
static bool build_interface_list(Type *t) {
    uint32_t cap = 0;
    Type *def = t->generic_def ? t->generic_def : t;
    if (t->base) for (uint32_t i = 0; i < t->base->interface_count; i++) add_interface(t, t->base->interfaces[i].iface, &cap);
    uint32_t ndeclared = 0;
    Type **declared = NULL;
    if (def->typedef_row) {
        const MdImage *img = t->assembly->image;
        uint32_t first, end;
        md_find_interface_impls(img, def->typedef_row, &first, &end);
        GenericContext ctx;
        type_context(t, &ctx);
        declared = end > first ? util_calloc(end - first, sizeof(Type *)) : NULL;
        for (uint32_t r = first; r < end; r++) {
            Type *iface = type_from_token(t->assembly, img->interfaceimpls[r].interface, &ctx);
            if (!iface || !prepare_listed_interface(iface)) { free(declared); return false; }
            add_interface(t, iface, &cap);
            declared[ndeclared++] = iface;
        }
    }
    if (!(t->flags & TF_INTERFACE)) {
        for (uint32_t k = 0; k < t->interface_count; k++) {
            Type *iface = t->interfaces[k].iface;
            if (!prepare_listed_interface(iface)) { free(declared); return false; }
            for (uint32_t d = 0; d < ndeclared; d++)
                if (declared[d] == iface) t->interfaces[k].declared = true;
        }
    }
    free(declared);
    return true;
}

/* Once per type; a reference back to a type whose list is being built finds
 * it done, as type_prepare finds a type in preparation. */
static bool ensure_interface_list(Type *t) {
    if (t->interface_list_built) return true;
    t->interface_list_built = 1;
    if (!build_interface_list(t)) { t->interface_list_built = 0; return false; }
    return true;
}

void type_ensure_interface_maps(Type *t) {
    if (t->interface_maps_ready) return;
    t->interface_maps_ready = 1;
    if (t->flags & TF_ARRAY) {   /* arrays share Array's entries */
        type_ensure_interface_maps(vm_types.array);
        return;
    }
    if (t->flags & (TF_INTERFACE | TF_BYREF | TF_POINTER | TF_GENERIC_PARAM)) return;
    if (t->base) type_ensure_interface_maps(t->base);   /* interface_impl reads the base's maps */
    for (uint32_t i = 0; i < t->method_impl_count; i++)
        if (t->method_impls[i].deferred_row) resolve_impl(t, t->method_impls[i].deferred_row, &t->method_impls[i]);
    /* the interfaces' vtables and MethodImpl rows (default methods), cannot fail now */
    for (uint32_t k = 0; k < t->interface_count; k++) type_prepare(t->interfaces[k].iface, TS_READY);
    for (uint32_t k = 0; k < t->interface_count; k++) {
        Type *iface = t->interfaces[k].iface;
        Method **impls = util_calloc(iface->vtable_size ? iface->vtable_size : 1, sizeof(Method *));
        for (uint32_t s = 0; s < iface->vtable_size; s++)
            impls[s] = interface_impl(t, iface, t->interfaces[k].declared, s, iface->vtable[s]);
        t->interfaces[k].impls = impls;
    }
}

/* finalizer: an override of Object.Finalize other than Object's own */
static void find_finalizer(Type *t) {
    if (!vm_types.object || t == vm_types.object || (t->flags & (TF_VALUETYPE | TF_INTERFACE))) return;
    Type *o = vm_types.object;
    for (uint32_t s = 0; s < o->vtable_size; s++) {
        if (strcmp(o->vtable[s]->name, "Finalize") == 0 && t->vtable[s] != o->vtable[s]) {
            t->finalizer = t->vtable[s];
            t->gc.has_finalizer = 1;
        }
    }
}

bool type_prepare_vtable(Type *t) {
    if (t->flags & (TF_BYREF | TF_POINTER | TF_GENERIC_PARAM)) return true;
    if (t->flags & TF_ARRAY) {
        if (!type_prepare(vm_types.array, TS_READY)) return false;
        t->vtable = vm_types.array->vtable;
        t->vtable_size = vm_types.array->vtable_size;
        t->interfaces = vm_types.array->interfaces;
        t->interface_count = vm_types.array->interface_count;
        return true;
    }
    if (t->base && !type_prepare(t->base, TS_READY)) return false;
    load_method_impls(t);
    if (!build_vtable(t)) return false;
    if (!ensure_interface_list(t)) return false;
    find_finalizer(t);
    return true;
}
