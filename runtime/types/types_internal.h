/* types_internal.h — shared between the files of runtime/types only. */
#ifndef CILANTRO_TYPES_INTERNAL_H
#define CILANTRO_TYPES_INTERNAL_H

#include "types/types.h"
#include "util/util.h"

/* What kind of failure the last type-system error was; the interpreter
 * turns it into the matching .NET exception. */
typedef enum TypeErrorKind {
    ERR_NONE = 0, ERR_TYPE_LOAD, ERR_FILE_NOT_FOUND, ERR_MISSING_METHOD,
    ERR_MISSING_FIELD, ERR_BAD_IMAGE, ERR_INVALID_PROGRAM,
} TypeErrorKind;

void type_set_error_kind(TypeErrorKind kind, const char *fmt, ...);
TypeErrorKind type_last_error_kind(void);
const char *type_error_exception_name(TypeErrorKind kind);

uint32_t asm_find_typedef(Assembly *a, const char *ns, const char *name);
/* name_index.c: top-level TypeDef rows by namespace and name (0: none) */
struct TypeNameIndex *name_index_build(const MdImage *img);
uint32_t name_index_find(const struct TypeNameIndex *ix, const MdImage *img, const char *ns, const char *name);
/* "Name, Version=1.2.3.4, Culture=neutral, PublicKeyToken=..." as .NET prints it */
void asm_ref_display_name(Assembly *a, uint32_t assemblyref_row, char *buf, size_t size);
void asm_display_name(Assembly *a, char *buf, size_t size);

bool type_prepare_layout(Type *t);
bool type_prepare_vtable(Type *t);
Type *type_subst(Type *t, const GenericContext *ctx);
void type_context(Type *t, GenericContext *ctx);
bool method_sig_equal(Method *a, Method *b);
/* An explicit implementation: a MethodImpl row of a type, resolved. A
 * class's implementations of interface methods are resolved with its
 * interface maps (vtable.c): until then `deferred_row` holds the row and
 * decl and body are NULL (they stay NULL if the row does not resolve). */
typedef struct ImplPair { Method *decl, *body; uint32_t deferred_row; } ImplPair;
/* True when a MethodDef or MemberRef token certainly names a method of an
 * interface, told from the metadata and the declaring type alone, without
 * resolving the method (false: not known, or not an interface's). */
bool method_token_on_interface(Assembly *a, uint32_t token);
uint32_t type_value_align(Type *t);
void types_register_statics(Type *t);
Method *array_method(Type *array_type, const char *name, const MdMethodSig *sig, Assembly *a);

#endif
