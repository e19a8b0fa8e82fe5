/* corlib_binder.c — binds corlib_binder.def against the loaded corlib. */
#include "types/corlib_binder.h"
#include "types/types_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

Type *corlib_types[CT_COUNT];
Field *corlib_fields[CF_COUNT];
Method *corlib_methods[CM_COUNT];

typedef struct TypeEntry { const char *ns, *name; bool optional; } TypeEntry;
typedef struct MemberEntry { CorlibTypeId owner; const char *name; int params; bool group, optional; } MemberEntry;

static const TypeEntry type_entries[CT_COUNT] = {
#define CORLIB_TYPE(id, ns, name) { ns, name, false },
#define CORLIB_TYPE_NEW(id, ns, name) { ns, name, false },
#define CORLIB_TYPE_ALL(id, ns, name) { ns, name, false },
#define CORLIB_TYPE_OPT(id, ns, name) { ns, name, true },
#define CORLIB_FIELD(id, type_id, name)
#define CORLIB_METHOD(id, type_id, name, params)
#define CORLIB_METHOD_OPT(id, type_id, name, params)
#define CORLIB_METHODS(id, type_id, name)
#include "types/corlib_binder.def"
#undef CORLIB_TYPE
#undef CORLIB_TYPE_NEW
#undef CORLIB_TYPE_ALL
#undef CORLIB_TYPE_OPT
#undef CORLIB_FIELD
#undef CORLIB_METHOD
#undef CORLIB_METHOD_OPT
#undef CORLIB_METHODS
};

static const MemberEntry field_entries[CF_COUNT] = {
#define CORLIB_TYPE(id, ns, name)
#define CORLIB_TYPE_NEW(id, ns, name)
#define CORLIB_TYPE_ALL(id, ns, name)
#define CORLIB_TYPE_OPT(id, ns, name)
#define CORLIB_FIELD(id, type_id, name) { CT_##type_id, name, 0, false, false },
#define CORLIB_METHOD(id, type_id, name, params)
#define CORLIB_METHOD_OPT(id, type_id, name, params)
#define CORLIB_METHODS(id, type_id, name)
#include "types/corlib_binder.def"
#undef CORLIB_TYPE
#undef CORLIB_TYPE_NEW
#undef CORLIB_TYPE_ALL
#undef CORLIB_TYPE_OPT
#undef CORLIB_FIELD
#undef CORLIB_METHOD
#undef CORLIB_METHOD_OPT
#undef CORLIB_METHODS
};

static const MemberEntry method_entries[CM_COUNT] = {
#define CORLIB_TYPE(id, ns, name)
#define CORLIB_TYPE_NEW(id, ns, name)
#define CORLIB_TYPE_ALL(id, ns, name)
#define CORLIB_TYPE_OPT(id, ns, name)
#define CORLIB_FIELD(id, type_id, name)
#define CORLIB_METHOD(id, type_id, name, params) { CT_##type_id, name, params, false, false },
#define CORLIB_METHOD_OPT(id, type_id, name, params) { CT_##type_id, name, params, false, true },
#define CORLIB_METHODS(id, type_id, name) { CT_##type_id, name, -1, true, false },
#include "types/corlib_binder.def"
#undef CORLIB_TYPE
#undef CORLIB_TYPE_NEW
#undef CORLIB_TYPE_ALL
#undef CORLIB_TYPE_OPT
#undef CORLIB_FIELD
#undef CORLIB_METHOD
#undef CORLIB_METHOD_OPT
#undef CORLIB_METHODS
};

static const char *dotted(const TypeEntry *e, char *buf, size_t size) {
    snprintf(buf, size, "%s%s%s", e->ns, *e->ns ? "." : "", e->name);
    return buf;
}

/* Every entry is found at start-up, in the metadata (a missing one stops
 * start-up naming it); its Type, Field or Method is made when first asked
 * for (CORLIB_T/F/M), so start-up loads only the types it uses itself. */
static uint32_t type_rows[CT_COUNT], field_rows[CF_COUNT], method_rows[CM_COUNT];

static uint32_t declared_field_row(const MdImage *img, uint32_t type_row, const char *name) {
    uint32_t first, end;
    md_typedef_fields(img, type_row, &first, &end);
    for (uint32_t r = first; r < end; r++)
        if (strcmp(img->fields[r].name, name) == 0) return r;
    return 0;
}

/* The parameter count a method signature declares, or -1 when unreadable. */
static int sig_param_count(const MdImage *img, MdBlob sig) {
    MdBlobReader r;
    md_blob_reader_init(&r, sig);
    uint8_t conv = md_read_u8(&r);
    if (conv & MD_SIG_GENERIC) md_read_compressed_u32(&r);
    uint32_t n = md_read_compressed_u32(&r);
    (void)img;
    return r.failed ? -1 : (int)n;
}

/* The first method named `name` (with `params` parameters unless -1), in
 * declaration order: the one declared_method picked from the loaded type. */
static uint32_t declared_method_row(const MdImage *img, uint32_t type_row, const char *name, int params) {
    uint32_t first, end;
    md_typedef_methods(img, type_row, &first, &end);
    for (uint32_t r = first; r < end; r++) {
        MdMethodDefRow m = md_methoddef_row(img, r);
        if (strcmp(m.name, name) != 0) continue;
        if (params >= 0 && sig_param_count(img, m.signature) != params) continue;
        return r;
    }
    return 0;
}

bool corlib_bind_types(void) {
    char buf[256];
    Assembly *corlib = asm_corlib();
    for (int i = 0; i < CT_COUNT; i++) {
        type_rows[i] = corlib ? asm_find_typedef(corlib, type_entries[i].ns, type_entries[i].name) : 0;
        if (!type_rows[i] && !(corlib && type_entries[i].optional)) {
            type_set_error("the corlib lacks type %s, which the runtime needs (runtime/types/corlib_binder.def)",
                           dotted(&type_entries[i], buf, sizeof buf));
            return false;
        }
    }
    return true;
}

bool corlib_bind_members(void) {
    char buf[256];
    const MdImage *img = asm_corlib()->image;
    for (int i = 0; i < CF_COUNT; i++) {
        const MemberEntry *e = &field_entries[i];
        field_rows[i] = declared_field_row(img, type_rows[e->owner], e->name);
        if (!field_rows[i]) {
            type_set_error("the corlib lacks field %s::%s, which the runtime needs (runtime/types/corlib_binder.def)",
                           dotted(&type_entries[e->owner], buf, sizeof buf), e->name);
            return false;
        }
    }
    for (int i = 0; i < CM_COUNT; i++) {
        const MemberEntry *e = &method_entries[i];
        /* an optional entry of an optional type a trimmed corlib lacks stays 0 (NULL at use) */
        method_rows[i] = type_rows[e->owner] ? declared_method_row(img, type_rows[e->owner], e->name, e->params) : 0;
        /* a group (CORLIB_METHODS) is recognized by name, overload by overload, and may be
           empty: a trimmed corlib keeps only the overloads something calls */
        if (!method_rows[i] && !e->group && !e->optional) {
            type_set_error("the corlib lacks method %s::%s, which the runtime needs (runtime/types/corlib_binder.def)",
                           dotted(&type_entries[e->owner], buf, sizeof buf), e->name);
            return false;
        }
    }
    /* Nullable<T> boxing and unboxing write hasValue as the value's first byte */
    uint32_t first, end;
    md_typedef_fields(img, type_rows[CT_nullable], &first, &end);
    if (field_rows[CF_nullable_has_value] != first) {
        type_set_error("the corlib's System.Nullable`1 must declare hasValue first (runtime/types/corlib_binder.def)");
        return false;
    }
    return true;
}

/* A type found at start-up that cannot be made now (its base is broken, say)
 * is a corlib the runtime cannot run on: no caller expects NULL here. */
static void corlib_unusable(int i) {
    char buf[256];
    fprintf(stderr, "cilantro: the corlib's %s, which the runtime needs, does not load: %s\n",
            dotted(&type_entries[i], buf, sizeof buf), type_last_error());
    exit(1);
}

Type *corlib_type_load(CorlibTypeId id) {
    if (!corlib_types[id] && type_rows[id]) {   /* row 0: an optional type the corlib lacks */
        corlib_types[id] = type_from_typedef(asm_corlib(), type_rows[id]);
        if (!corlib_types[id]) corlib_unusable(id);
    }
    return corlib_types[id];
}

Field *corlib_field_load(CorlibFieldId id) {
    if (!corlib_fields[id]) {
        corlib_type_load(field_entries[id].owner);
        corlib_fields[id] = asm_corlib()->fielddefs[field_rows[id]];
    }
    return corlib_fields[id];
}

Method *corlib_method_load(CorlibMethodId id) {
    if (!corlib_methods[id] && method_rows[id]) {   /* row 0: an optional method the corlib lacks */
        corlib_type_load(method_entries[id].owner);
        corlib_methods[id] = method_from_def(asm_corlib(), method_rows[id]);
    }
    return corlib_methods[id];
}

bool corlib_method_in_group(Method *m, CorlibMethodId id) {
    const MemberEntry *e = &method_entries[id];
    Method *def = m->generic_def ? m->generic_def : m->type_def_method ? m->type_def_method : m;
    return def->owner == corlib_type_load(e->owner) && strcmp(def->name, e->name) == 0;
}

Field *corlib_field_in(Type *t, CorlibFieldId id) {
    Field *f = corlib_field_load(id);
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
            return corlib_type_load((CorlibTypeId)i);
    }
    return NULL;
}
