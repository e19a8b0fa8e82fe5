/* dispatch.c — run-time method resolution for the slow paths of virtual and
 * interface calls: generic virtual methods, variant interfaces, and the
 * generic interfaces that T[] implements through SZArrayHelper<T>. The
 * interpreter caches results (inline caches), so none of this is hot. */
#include "types/types_internal.h"
#include "types/corlib_binder.h"

#include <string.h>

Method *type_resolve_virtual(Type *t, Method *m) {
    if (!type_prepare(t, TS_READY)) return NULL;
    if (m->generic_def) {
        Method *def = m->generic_def;
        if (def->vtable_slot < 0 || (uint32_t)def->vtable_slot >= t->vtable_size) return m;
        Method *impl = t->vtable[def->vtable_slot];
        if (impl == def) return m;
        return method_instantiate(impl, m->method_args, m->generic_param_count);
    }
    if (m->vtable_slot < 0 || (uint32_t)m->vtable_slot >= t->vtable_size) return m;
    return t->vtable[m->vtable_slot];
}

static Method *array_helper_method(Type *arr, Method *m) {
    Type *helper_def = CORLIB_T(sz_array_helper);
    Type *elem = arr->element;
    Type *helper = type_instantiate(helper_def, &elem, 1);
    if (!helper || !type_prepare(helper, TS_READY)) return NULL;
    Method *found = NULL;
    for (uint32_t i = 0; i < helper->method_count; i++) {
        if (strcmp(type_method_name(helper, i), m->name) != 0) continue;
        Method *h = type_method(helper, i);
        if (!method_prepare_sig(h) || !method_prepare_sig(m) || h->param_count != m->param_count) continue;
        found = h;
        break;
    }
    return found;
}

static uint32_t interface_slot(Type *iface, Method *m) {
    if (m->vtable_slot >= 0) return (uint32_t)m->vtable_slot;
    for (uint32_t s = 0; s < iface->vtable_size; s++) if (iface->vtable[s] == m) return s;
    return UINT32_MAX;
}

Method *type_resolve_interface(Type *t, Method *m) {
    if (!type_prepare(t, TS_READY)) return NULL;
    Method *decl = m->generic_def ? m->generic_def : m;
    Type *iface = decl->owner;
    if (!type_prepare(iface, TS_READY)) return NULL;
    uint32_t slot = interface_slot(iface, decl);
    if (slot == UINT32_MAX) return NULL;
    type_ensure_interface_maps(t);
    Method *impl = NULL;
    for (uint32_t i = 0; i < t->interface_count && !impl; i++)
        if (t->interfaces[i].iface == iface && t->interfaces[i].impls) impl = t->interfaces[i].impls[slot];
    if (!impl)   /* variance: a compatible instantiation of the same generic interface */
        for (uint32_t i = 0; i < t->interface_count && !impl; i++) {
            Type *have = t->interfaces[i].iface;
            if (have->generic_def && have->generic_def == iface->generic_def && t->interfaces[i].impls &&
                type_is_assignable_to(have, iface))
                impl = t->interfaces[i].impls[slot];
        }
    if (!impl && (t->flags & TF_ARRAY) && iface->generic_def) impl = array_helper_method(t, decl);
    if (!impl) return NULL;
    if (m->generic_def) return method_instantiate(impl, m->method_args, m->generic_param_count);
    return impl;
}

Method *type_resolve_static_virtual(Type *t, Method *m) {
    Method *impl = type_resolve_interface(t, m);
    if (impl) return impl;
    Method *decl = m->generic_def ? m->generic_def : m;
    return (decl->flags & MF_ABSTRACT) ? NULL : m;   /* the interface's own (default) body */
}
