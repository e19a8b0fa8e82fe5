/* corlib_binder.h — the corlib types, fields and methods the runtime uses,
 * found by name when the corlib loads, made when first used (list:
 * corlib_binder.def).
 *
 *   CORLIB_T(string)              Type *
 *   CORLIB_F(exception_message)   Field * (of the definition)
 *   CORLIB_M(object_finalize)     Method *
 *
 * Every entry is non-NULL once corlib_bind_members() has returned true (the
 * arrays below hold the ones made so far: read them through the macros),
 * except the optional ones (CORLIB_TYPE_OPT, CORLIB_METHOD_OPT), which are
 * NULL when a trimmed corlib lacks them. */
#ifndef CILANTRO_CORLIB_BINDER_H
#define CILANTRO_CORLIB_BINDER_H

#include "types/types.h"

typedef enum CorlibTypeId {
#define CORLIB_TYPE(id, ns, name) CT_##id,
#define CORLIB_TYPE_NEW(id, ns, name) CT_##id,
#define CORLIB_TYPE_ALL(id, ns, name) CT_##id,
#define CORLIB_TYPE_OPT(id, ns, name) CT_##id,
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
    CT_COUNT
} CorlibTypeId;

typedef enum CorlibFieldId {
#define CORLIB_TYPE(id, ns, name)
#define CORLIB_TYPE_NEW(id, ns, name)
#define CORLIB_TYPE_ALL(id, ns, name)
#define CORLIB_TYPE_OPT(id, ns, name)
#define CORLIB_FIELD(id, type_id, name) CF_##id,
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
    CF_COUNT
} CorlibFieldId;

typedef enum CorlibMethodId {
#define CORLIB_TYPE(id, ns, name)
#define CORLIB_TYPE_NEW(id, ns, name)
#define CORLIB_TYPE_ALL(id, ns, name)
#define CORLIB_TYPE_OPT(id, ns, name)
#define CORLIB_FIELD(id, type_id, name)
#define CORLIB_METHOD(id, type_id, name, params) CM_##id,
#define CORLIB_METHOD_OPT(id, type_id, name, params) CM_##id,
#define CORLIB_METHODS(id, type_id, name) CM_##id,
#include "types/corlib_binder.def"
#undef CORLIB_TYPE
#undef CORLIB_TYPE_NEW
#undef CORLIB_TYPE_ALL
#undef CORLIB_TYPE_OPT
#undef CORLIB_FIELD
#undef CORLIB_METHOD
#undef CORLIB_METHOD_OPT
#undef CORLIB_METHODS
    CM_COUNT
} CorlibMethodId;

extern Type *corlib_types[CT_COUNT];
extern Field *corlib_fields[CF_COUNT];
extern Method *corlib_methods[CM_COUNT];   /* CORLIB_METHODS: the first overload (only through corlib_method_in_group: there may be none) */

#define CORLIB_T(id) (corlib_types[CT_##id] ? corlib_types[CT_##id] : corlib_type_load(CT_##id))
#define CORLIB_F(id) (corlib_fields[CF_##id] ? corlib_fields[CF_##id] : corlib_field_load(CF_##id))
#define CORLIB_M(id) (corlib_methods[CM_##id] ? corlib_methods[CM_##id] : corlib_method_load(CM_##id))

/* An entry's Type, Field or Method, made on first use (the macros above). */
Type *corlib_type_load(CorlibTypeId id);
Field *corlib_field_load(CorlibFieldId id);
Method *corlib_method_load(CorlibMethodId id);

/* Find the types, then (once vm_types is set) the fields and methods, in the
 * corlib's metadata; false, with type_last_error naming the first missing
 * entry, when the loaded corlib lacks one. Nothing is loaded here: each
 * entry's Type, Field or Method is made when first used. */
bool corlib_bind_types(void);
bool corlib_bind_members(void);

/* Whether m is one of the overloads a CORLIB_METHODS entry names. */
bool corlib_method_in_group(Method *m, CorlibMethodId id);

/* The field a binder field is in an instantiation (or subclass) of its
 * owner: the same row, with the instantiation's offset. */
Field *corlib_field_in(Type *t, CorlibFieldId id);

/* A binder type by its full name ("System.ArgumentException"); NULL when the
 * name is not in corlib_binder.def. For the cold paths that throw by name. */
Type *corlib_type_by_full_name(const char *full_name);

#endif
