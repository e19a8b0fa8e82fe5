/* corlib_binder.c — binds corlib_binder.def against the loaded corlib. */
#include "types/corlib_binder.h"
#include "types/types_internal.h"

#include <stdio.h>
#include <string.h>

Type *corlib_types[CT_COUNT];
Field *corlib_fields[CF_COUNT];
Method *corlib_methods[CM_COUNT];

typedef struct TypeEntry { const char *ns, *name; } TypeEntry;
typedef struct MemberEntry { CorlibTypeId owner; const char *name; int params; bool group; } MemberEntry;

static const TypeEntry type_entries[CT_COUNT] = {
#define CORLIB_TYPE(id, ns, name) { ns, name },
#define CORLIB_TYPE_ALL(id, ns, name) { ns, name },
#define CORLIB_FIELD(id, type_id, name)
#define CORLIB_METHOD(id, type_id, name, params)
#define CORLIB_METHODS(id, type_id, name)
#include "types/corlib_binder.def"
#undef CORLIB_TYPE
#undef CORLIB_TYPE_ALL
#undef CORLIB_FIELD
#undef CORLIB_METHOD
#undef CORLIB_METHODS
};

static const MemberEntry field_entries[CF_COUNT] = {
#define CORLIB_TYPE(id, ns, name)
#define CORLIB_TYPE_ALL(id, ns, name)
#define CORLIB_FIELD(id, type_id, name) { CT_##type_id, name, 0, false },
#define CORLIB_METHOD(id, type_id, name, params)
#define CORLIB_METHODS(id, type_id, name)
#include "types/corlib_binder.def"
#undef CORLIB_TYPE
#undef CORLIB_TYPE_ALL
#undef CORLIB_FIELD
#undef CORLIB_METHOD
#undef CORLIB_METHODS
};

static const MemberEntry method_entries[CM_COUNT] = {
#define CORLIB_TYPE(id, ns, name)
#define CORLIB_TYPE_ALL(id, ns, name)
#define CORLIB_FIELD(id, type_id, name)
#define CORLIB_METHOD(id, type_id, name, params) { CT_##type_id, name, params, false },
#define CORLIB_METHODS(id, type_id, name) { CT_##type_id, name, -1, true },
#include "types/corlib_binder.def"
#undef CORLIB_TYPE
#undef CORLIB_TYPE_ALL
#undef CORLIB_FIELD
#undef CORLIB_METHOD
#undef CORLIB_METHODS
};

static const char *dotted(const TypeEntry *e, char *buf, size_t size) {
    snprintf(buf, size, "%s%s%s", e->ns, *e->ns ? "." : "", e->name);
    return buf;
}

static Field *declared_field(Type *t, const char *name) {
    for (uint32_t i = 0; i < t->field_count; i++)
        if (strcmp(t->fields[i].name, name) == 0) return &t->fields[i];
    return NULL;
}

static Method *declared_method(Type *t, const char *name, int params) {
    for (uint32_t i = 0; i < t->method_count; i++) {
        Method *m = t->methods[i];
        if (strcmp(m->name, name) != 0) continue;
        if (params >= 0 && (!method_prepare_sig(m) || (int)m->param_count != params)) continue;
        return m;
    }
    return NULL;
}

bool corlib_bind_types(void) {
    char buf[256];
    for (int i = 0; i < CT_COUNT; i++) {
        corlib_types[i] = type_corlib(type_entries[i].ns, type_entries[i].name);
        if (!corlib_types[i]) {
            type_set_error("the corlib lacks type %s, which the runtime needs (runtime/types/corlib_binder.def)",
                           dotted(&type_entries[i], buf, sizeof buf));
            return false;
        }
    }
    return true;
}

bool corlib_bind_members(void) {
    char buf[256];
    for (int i = 0; i < CF_COUNT; i++) {
        const MemberEntry *e = &field_entries[i];
        corlib_fields[i] = declared_field(corlib_types[e->owner], e->name);
        if (!corlib_fields[i]) {
            type_set_error("the corlib lacks field %s::%s, which the runtime needs (runtime/types/corlib_binder.def)",
                           dotted(&type_entries[e->owner], buf, sizeof buf), e->name);
            return false;
        }
    }
    for (int i = 0; i < CM_COUNT; i++) {
        const MemberEntry *e = &method_entries[i];
        corlib_methods[i] = declared_method(corlib_types[e->owner], e->name, e->params);
        if (!corlib_methods[i]) {
            type_set_error("the corlib lacks method %s::%s, which the runtime needs (runtime/types/corlib_binder.def)",
                           dotted(&type_entries[e->owner], buf, sizeof buf), e->name);
            return false;
        }
    }
    /* Nullable<T> boxing and unboxing write hasValue as the value's first byte */
    if (CORLIB_F(nullable_has_value) != &CORLIB_T(nullable)->fields[0]) {
        type_set_error("the corlib's System.Nullable`1 must declare hasValue first (runtime/types/corlib_binder.def)");
        return false;
    }
    return true;
}

bool corlib_method_in_group(Method *m, CorlibMethodId id) {
    const MemberEntry *e = &method_entries[id];
    Method *def = m->generic_def ? m->generic_def : m->type_def_method ? m->type_def_method : m;
    return def->owner == corlib_types[e->owner] && strcmp(def->name, e->name) == 0;
}

Field *corlib_field_in(Type *t, CorlibFieldId id) {
    Field *f = corlib_fields[id];
    Type *owner = f->owner;
    uint32_t index = (uint32_t)(f - owner->fields);
    for (Type *c = t; c; c = c->base)
        if (c == owner || c->generic_def == owner) return index < c->field_count ? &c->fields[index] : NULL;
    return NULL;
}

Type *corlib_type_by_full_name(const char *full_name) {
    const char *dot = strrchr(full_name, '.');
    size_t ns_len = dot ? (size_t)(dot - full_name) : 0;
    const char *name = dot ? dot + 1 : full_name;
    for (int i = 0; i < CT_COUNT; i++) {
        const TypeEntry *e = &type_entries[i];
        if (strlen(e->ns) == ns_len && strncmp(e->ns, full_name, ns_len) == 0 && strcmp(e->name, name) == 0)
            return corlib_types[i];
    }
    return NULL;
}
