/* vm.h — what the runtime offers to internal calls and hosts: object
 * layouts, strings, arrays, exceptions, and the internal-call convention.
 *
 * Object layouts mirror the corlib's C# declarations (see corlib/System/
 * String.cs etc.); the loader checks the field offsets at start-up.
 *
 *   object   : GcHeader, then instance fields (first at VM_OBJECT_DATA_OFFSET)
 *   String   : GcHeader, int32 length, uint16 chars[length] (+ a NUL char)
 *   T[]      : GcArrayHeader (GcHeader + int32 length), elements at
 *              VM_ARRAY_DATA_OFFSET (8-aligned)
 *   boxed T  : GcHeader, then the value at VM_OBJECT_DATA_OFFSET
 */
#ifndef CILANTRO_VM_H
#define CILANTRO_VM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gc/gc.h"

typedef struct Type Type;
typedef struct Method Method;
typedef struct Field Field;
typedef struct Assembly Assembly;
typedef struct Thread Thread;

typedef GcHeader Object;

typedef struct String {
    GcHeader header;
    int32_t length;
    uint16_t chars[];
} String;

typedef struct Array {
    GcHeader header;
    int32_t length;
} Array;

#define VM_ALIGN8(n) (((n) + 7u) & ~7u)
#define VM_OBJECT_DATA_OFFSET VM_ALIGN8(sizeof(GcHeader))
#define VM_ARRAY_DATA_OFFSET VM_ALIGN8(sizeof(GcArrayHeader))
#define VM_ARRAY_DATA(arr) ((uint8_t *)(arr) + VM_ARRAY_DATA_OFFSET)
#define VM_OBJECT_DATA(obj) ((uint8_t *)(obj) + VM_OBJECT_DATA_OFFSET)

/* One interpreter stack slot: 8 bytes. Value types take ceil(size/8) slots. */
typedef union Slot {
    int32_t i4; uint32_t u4; int64_t i8; uint64_t u8;
    float r4; double r8;
    void *p; Object *o; intptr_t i;
} Slot;

/* ---- internal calls ----
 * A C function behind a C# `extern` method marked
 * [MethodImpl(MethodImplOptions.InternalCall)]. Arguments arrive in slots:
 * args[0] is `this` for instance methods, then each parameter (value types
 * spread over ceil(size/8) slots, int32/bool/char/float in the low bytes of
 * one slot: read .i4/.r4/.o etc.). The result goes in *ret (value types:
 * as many slots as they need). To throw, call vm_throw_* and return; the
 * interpreter raises the pending exception when the call returns.
 *
 * Internal calls must not run managed code; what needs managed code is
 * written in C# in the corlib. They may allocate (and so collect): keep
 * object pointers held across an allocation in GC_ROOT'ed variables. */
typedef void (*IcallFn)(Thread *thread, Slot *args, Slot *ret);

typedef struct IcallEntry {
    /* "Namespace.Type::Method(ParamType,ParamType)" with full corlib type
     * names, e.g. "System.Math::Sqrt(System.Double)",
     * "System.String::Concat(System.String,System.String)",
     * "System.Array::Copy(System.Array,System.Int32,System.Array,System.Int32,System.Int32)",
     * arrays as "System.Char[]", byrefs as "System.Int32&", pointers "System.Byte*". */
    const char *signature;
    IcallFn fn;
} IcallEntry;

/* ---- strings ---- */
String *vm_string_alloc(Thread *t, int32_t length);          /* zeroed chars; NULL + pending OOM on failure */
String *vm_string_from_utf8(Thread *t, const char *s, size_t len);
String *vm_string_from_utf16(Thread *t, const uint16_t *s, int32_t len);
char *vm_string_to_utf8(const String *s, size_t *len_out);   /* malloc'ed, NUL-terminated; caller frees */
String *vm_string_intern(Thread *t, String *s);

/* ---- arrays ---- */
Array *vm_array_new(Thread *t, Type *element_type, int32_t length);  /* T[]; NULL + pending exception on failure */
Type *vm_array_element_type(const Array *a);
uint32_t vm_array_element_size(const Array *a);

/* ---- objects and types ---- */
static inline Type *vm_object_type(const Object *o) { return (Type *)(const void *)o->type; }
Object *vm_object_new(Thread *t, Type *type);               /* no constructor run */
Object *vm_box(Thread *t, Type *value_type, const void *value);
const char *vm_type_full_name(const Type *type);           /* "System.Collections.Generic.List`1[System.Int32]" */
bool vm_type_is_value_type(const Type *type);
uint32_t vm_type_value_size(const Type *type);              /* unboxed size of a value type, or pointer size */
Type *vm_type_element(const Type *type);                    /* array element / enum underlying / pointer target */
bool vm_is_instance_of(const Object *o, Type *type);
Object *vm_type_object(Thread *t, Type *type);               /* the type's System.Type (one per type); NULL + pending exception on failure */
Type *vm_type_from_object(Object *o);                       /* the Type behind a System.Type object, or NULL */
int32_t vm_object_hash(Object *o);                          /* identity hash (RuntimeHelpers.GetHashCode) */
int32_t vm_array_rank(const Array *a);
int32_t vm_array_dim_length(const Array *a, int32_t dim);   /* -1 for a dimension the array lacks */
int32_t vm_array_lower_bound(const Array *a, int32_t dim);

/* Well-known corlib types, valid after the corlib loads. */
typedef struct VmCoreTypes {
    Type *object, *value_type, *enum_, *string, *array, *delegate, *multicast_delegate, *exception,
         *void_, *boolean, *char_, *sbyte, *byte, *int16, *uint16, *int32, *uint32, *int64, *uint64,
         *intptr, *uintptr, *single, *double_, *type, *runtime_type_handle, *runtime_field_handle,
         *nullable;
} VmCoreTypes;
extern VmCoreTypes vm_types;

/* ---- exceptions ----
 * Each sets the thread's pending exception; the interpreter raises it when the
 * internal call returns. `name` is a corlib type full name, e.g.
 * "System.ArgumentOutOfRangeException". */
void vm_throw_new(Thread *t, const char *name, const char *message);
void vm_throw_argument(Thread *t, const char *name, const char *param_name, const char *message);
void vm_throw_object(Thread *t, Object *exception);
bool vm_has_pending_exception(const Thread *t);

/* ---- host output ---- */
/* fd 1 = stdout, 2 = stderr; UTF-8 bytes. Natively fwrite; in wasm an import. */
void vm_host_write(int fd, const char *utf8, size_t len);

/* Command-line arguments given to the program (for Environment.GetCommandLineArgs). */
int vm_argc(void);
const char *vm_argv(int i);

#endif
