/* statics.c — the registry of static storage holding references, and the
 * type system's GC roots (statics, interned user strings, RuntimeType
 * objects, pending type-initializer exceptions). */
#include "types/types_internal.h"

#include <stdlib.h>

static Type **with_refs;
static uint32_t with_refs_count, with_refs_cap;
static Type **with_objects;           /* types owning a RuntimeType object or a cinit exception */
static uint32_t with_objects_count, with_objects_cap;

void types_register_statics(Type *t) {
    if (with_refs_count == with_refs_cap) {
        with_refs_cap = with_refs_cap ? with_refs_cap * 2 : 64;
        with_refs = util_realloc(with_refs, with_refs_cap * sizeof(Type *));
    }
    with_refs[with_refs_count++] = t;
}

void types_register_object_owner(Type *t) {
    if (with_objects_count == with_objects_cap) {
        with_objects_cap = with_objects_cap ? with_objects_cap * 2 : 64;
        with_objects = util_realloc(with_objects, with_objects_cap * sizeof(Type *));
    }
    with_objects[with_objects_count++] = t;
}

void types_mark_roots(void) {
    for (uint32_t i = 0; i < with_refs_count; i++) {
        Type *t = with_refs[i];
        for (uint32_t k = 0; k < t->static_ref_count; k++)
            gc_mark_ref(*(void **)(t->statics + t->static_ref_offsets[k]));
    }
    for (uint32_t i = 0; i < with_objects_count; i++) {
        gc_mark_ref(with_objects[i]->runtime_type);
        gc_mark_ref(with_objects[i]->cinit_exception);
    }
}
