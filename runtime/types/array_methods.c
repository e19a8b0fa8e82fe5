/* array_methods.c — the runtime-provided methods of multi-dimensional array
 * types (ECMA-335 II.14.2): .ctor(lengths) / .ctor(lower bounds, lengths),
 * Get, Set and Address. The translator turns calls to them into array ops. */
#include "types/types_internal.h"

#include <string.h>

typedef struct ArrayMethodCache { Type *type; Method *methods[5]; struct ArrayMethodCache *next; } ArrayMethodCache;
static ArrayMethodCache *caches;

enum { AM_CTOR = 0, AM_CTOR_BOUNDS = 1, AM_GET = 2, AM_SET = 3, AM_ADDRESS = 4 };

Method *array_method(Type *t, const char *name, const MdMethodSig *sig, Assembly *a) {
    (void)a;
    int kind;
    if (strcmp(name, ".ctor") == 0) kind = sig->param_count == t->rank * 2 ? AM_CTOR_BOUNDS : AM_CTOR;
    else if (strcmp(name, "Get") == 0) kind = AM_GET;
    else if (strcmp(name, "Set") == 0) kind = AM_SET;
    else if (strcmp(name, "Address") == 0) kind = AM_ADDRESS;
    else {
        type_set_error_kind(ERR_MISSING_METHOD, "Method not found: '%s.%s'", type_name_full(t), name);
        return NULL;
    }
    ArrayMethodCache *c;
    for (c = caches; c; c = c->next) if (c->type == t) break;
    if (!c) {
        c = util_calloc(1, sizeof *c);
        c->type = t;
        c->next = caches;
        caches = c;
    }
    if (c->methods[kind]) return c->methods[kind];
    Method *m = util_calloc(1, sizeof *m);
    m->owner = t;
    m->name = name[0] == '.' ? ".ctor" : (kind == AM_GET ? "Get" : kind == AM_SET ? "Set" : "Address");
    m->assembly = t->element->assembly;
    m->flags = MF_RUNTIME | MF_SIG_READY | (kind <= AM_CTOR_BOUNDS ? MF_CTOR : 0);
    m->vtable_slot = -1;
    uint32_t n = kind == AM_CTOR_BOUNDS ? t->rank * 2 : kind == AM_SET ? t->rank + 1 : t->rank;
    m->param_count = n;
    m->params = util_calloc(n, sizeof(Type *));
    for (uint32_t i = 0; i < n; i++) m->params[i] = vm_types.int32;
    if (kind == AM_SET) m->params[n - 1] = t->element;
    m->ret = kind == AM_GET ? t->element : kind == AM_ADDRESS ? type_byref(t->element) : vm_types.void_;
    m->arg_slots = 1;
    for (uint32_t i = 0; i < n; i++) m->arg_slots += type_stack_slots(m->params[i]);
    m->ret_slots = type_stack_slots(m->ret);
    m->runtime_kind = (uint8_t)(RK_ARRAY_CTOR + kind);
    c->methods[kind] = m;
    return m;
}
