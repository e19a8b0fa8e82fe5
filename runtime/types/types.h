/* types.h — the type system's public face: assemblies, types, fields,
 * methods; loading from metadata, layouts, vtables, generic instantiation.
 *
 * Types are created lazily from metadata and then "prepared" in stages
 * (type_prepare): layout (field offsets, sizes, GC info), then vtable and
 * interface list; a type's methods and its interface maps are made when
 * first used (docs/dispatch.md). Every distinct type has exactly one Type*, so type
 * identity is pointer equality: arrays, byrefs and pointers are cached on
 * their element type, generic instantiations in a hash table.
 */
#ifndef CILANTRO_TYPES_H
#define CILANTRO_TYPES_H

#include <stdbool.h>
#include <stdint.h>

#include "metadata/md.h"
#include "vm.h"

/* How a value of a type lives on the interpreter's evaluation stack. */
typedef enum StackKind {
    SK_VOID = 0,
    SK_I4,      /* bool, char, int8..uint32 */
    SK_I8,      /* int64, uint64 */
    SK_R4,      /* float32 */
    SK_R8,      /* float64 */
    SK_I,       /* native int, unmanaged and managed pointers */
    SK_O,       /* object reference */
    SK_VT,      /* value type other than the above: ceil(size/8) slots */
} StackKind;

enum TypeFlags {
    TF_VALUETYPE = 1u << 0,
    TF_INTERFACE = 1u << 1,
    TF_ABSTRACT = 1u << 2,
    TF_SEALED = 1u << 3,
    TF_ENUM = 1u << 4,
    TF_ARRAY = 1u << 5,        /* SZARRAY or ARRAY */
    TF_GENERIC_DEF = 1u << 6,  /* open generic definition */
    TF_GENERIC_INST = 1u << 7,
    TF_PRIMITIVE = 1u << 8,
    TF_BYREF = 1u << 9,
    TF_POINTER = 1u << 10,
    TF_GENERIC_PARAM = 1u << 11, /* VAR/MVAR placeholder */
    TF_NULLABLE = 1u << 12,
    TF_DELEGATE = 1u << 13,
    TF_HAS_REFS = 1u << 14,    /* instances (or values) contain object references */
    TF_BEFOREFIELDINIT = 1u << 15,
    TF_EXPLICIT_LAYOUT = 1u << 16,
    TF_CONTAINS_OPEN = 1u << 17, /* mentions VAR/MVAR somewhere */
    TF_STRING = 1u << 18,
};

enum TypeState {            /* how far type_prepare got */
    TS_CREATED = 0,
    TS_LAYOUT = 1,             /* fields, sizes, GC info */
    TS_READY = 2,              /* vtable and interface list (maps: type_ensure_interface_maps) */
};

enum ClassInitState { CI_NONE = 0, CI_RUNNING = 1, CI_DONE = 2, CI_FAILED = 3 };

typedef struct InterfaceEntry {
    Type *iface;
    Method **impls;            /* indexed by the interface method's slot; NULL until
                                  type_ensure_interface_maps (always NULL on interfaces) */
    bool declared;             /* named by the type's own InterfaceImpl rows */
} InterfaceEntry;

struct Type {
    GcTypeInfo gc;             /* must stay first: the GC reads header->type as GcTypeInfo* */
    uint32_t flags;
    uint8_t state, stack_kind, elem, cinit;  /* elem: MD_ELEMENT_* of this type */
    uint8_t interface_maps_ready;              /* type_ensure_interface_maps ran */
    uint8_t cctor_known;                       /* type_cctor looked */
    uint8_t interface_list_built;              /* interfaces[] listed and prepared (vtable.c) */
    const char *name, *ns;
    char *full_name;           /* built on demand */
    Assembly *assembly;
    uint32_t typedef_row;      /* 0 for constructed types */
    uint32_t md_flags;         /* TypeAttributes */
    Type *base, *enclosing;
    Type *element;             /* arrays, byref, pointer; enums: underlying type */
    uint32_t rank;             /* ARRAY: rank; SZARRAY: 1 */
    Type *generic_def;         /* for instantiations */
    uint32_t type_arg_count;
    Type **type_args;          /* instantiation args; for definitions: their VAR placeholders */
    uint32_t generic_index;    /* VAR/MVAR number */
    /* Reflection's view of generic parameters (generic_params.c): a definition's
     * own named parameters, made on demand; on such a parameter, its GenericParam
     * row and, for a method's parameter, the method. */
    Type **named_params;
    uint32_t generic_param_row;
    Method *declaring_method;

    uint32_t instance_size;    /* reference types: whole object incl. header; value types: unboxed size */
    GcRun *gc_run;             /* the GC run its objects (a value type's: its boxes) come from; set by the interpreter's first allocation */
    uint32_t align;            /* value types: alignment of the unboxed value */
    uint32_t field_count;
    Field *fields;
    uint32_t method_count;
    Method **methods;          /* each made on first use: read them with type_method(t, i) */
    Method *method_block;      /* their storage, one block per type (never freed one by one) */
    uint32_t first_method_row; /* TypeDefs: MethodDef row of methods[0] */

    uint32_t vtable_size;
    Method **vtable;
    uint32_t interface_count;
    InterfaceEntry *interfaces;

    uint8_t *statics;          /* static field storage (8-aligned) */
    uint32_t statics_size;
    uint32_t static_ref_count;
    uint32_t *static_ref_offsets;
    uint32_t tstatics_size;    /* [ThreadStatic] fields: per-thread blocks of this size */
    uint32_t tstatic_ref_count;
    uint32_t *tstatic_ref_offsets;
    Method *cctor;             /* read through type_cctor: found on first use */
    Method *finalizer;
    Thread *cinit_thread;
    Object *cinit_exception;   /* TypeInitializationException to rethrow */

    Type *szarray_of, *byref_of, *pointer_of;
    Type *mdarrays;            /* list of ARRAY types over this element, linked by next_mdarray */
    Type *next_mdarray;
    uint32_t value_ref_count;  /* value types: offsets of references inside the unboxed value */
    uint32_t *value_ref_offsets;
    Object *runtime_type;      /* the System.RuntimeType object, created once */
    Type *boxed_nullable_arg;  /* Nullable<T>: T */
    struct ImplPair *method_impls;   /* MethodImpl rows (decl, body), loaded with the vtable */
    uint32_t method_impl_count;
};

/* FF_TYPE_UNRESOLVED: a reference-typed field whose type did not load (a
 * missing assembly or type); it is laid out as an object reference and the
 * load error is raised where the field is used (field_type_resolve). */
enum FieldFlags2 { FF_STATIC = 1, FF_LITERAL = 2, FF_RVA = 4, FF_INITONLY = 8, FF_THREADSTATIC = 16, FF_TYPE_UNRESOLVED = 32 };

struct Field {
    Type *owner;
    const char *name;
    uint32_t field_row;        /* in owner's (definition's) assembly */
    uint16_t md_flags;
    uint8_t flags;             /* FF_* */
    Type *type;
    uint32_t offset;           /* instance: from object start (reference types) or value start (value types);
                                  static: into owner->statics */
    const uint8_t *rva_data;   /* FieldRVA initial data */
};

enum MethodFlags2 {
    MF_STATIC = 1, MF_VIRTUAL = 2, MF_ABSTRACT = 4, MF_NEWSLOT = 8, MF_FINAL = 16,
    MF_INTERNALCALL = 32, MF_RUNTIME = 64 /* delegate Invoke/ctor bodies */, MF_PINVOKE = 128,
    MF_CTOR = 256, MF_CCTOR = 512, MF_GENERIC_DEF = 1024, MF_SIG_READY = 2048,
};

/* Kinds of runtime-provided method bodies. */
enum RuntimeKind { RK_NONE = 0, RK_ARRAY_CTOR, RK_ARRAY_CTOR_BOUNDS, RK_ARRAY_GET, RK_ARRAY_SET, RK_ARRAY_ADDRESS,
    RK_DELEGATE_CTOR, RK_DELEGATE_INVOKE,
    RK_JS_IMPORT /* [JSImport] static extern: a call into JS (interop/interop_import.c) */,
    RK_AMBIGUOUS_IMPL /* interface map entry: no most specific default implementation (vtable.c) */ };

typedef struct Code Code;  /* translated internal code (interp/) */

struct Method {
    Type *owner;
    const char *name;
    Assembly *assembly;        /* assembly that holds the definition */
    uint32_t methoddef_row;
    uint16_t md_flags, impl_flags;
    uint32_t flags;            /* MF_* */
    int32_t vtable_slot;       /* -1 if not virtual */

    /* signature with type args substituted (valid once MF_SIG_READY) */
    Type *ret;
    uint32_t param_count;      /* not counting this */
    Type **params;
    uint32_t arg_slots;        /* slots for this + params */
    uint32_t ret_slots;

    uint32_t generic_param_count;
    Type **method_args;        /* instantiation args (or MVAR placeholders for a def) */
    Method *generic_def;       /* for generic-method instantiations */
    Method *inst_list;         /* instantiations of this def, linked by next_inst */
    Method *next_inst;
    Method *type_def_method;   /* for methods of generic type instantiations: the method on the definition */
    Type **named_params;       /* a generic method definition's named parameters, for reflection */

    Code *code;                /* translated on first call */
    IcallFn icall;
    const char *error;         /* set when translation failed (message) */
    uint8_t runtime_kind;      /* runtime-provided bodies: RK_* (interp/) */
    uint8_t inline_state;      /* translator: 0 not checked, 1 inlinable, 2 not */
};

typedef struct GenericContext {
    Type **type_args; uint32_t type_arg_count;
    Type **method_args; uint32_t method_arg_count;
} GenericContext;

struct Assembly {
    char *name;                /* simple name from the Assembly table */
    char *file_name;
    MdImage *image;
    bool is_corlib;
    bool is_corlib_part;       /* one of the corlib's parts (corlib_parts.c) */
    bool is_core_part;         /* a part cut from the core by type (mscorlib.CoreLib.*): its types are
                                  System.Private.CoreLib's on .NET, and the runtime treats them as the core's */
    int id;
    Type **typedefs;           /* lazily created, by TypeDef row */
    Method **methoddefs;       /* by MethodDef row (non-instantiated) */
    Field **fielddefs;         /* by Field row */
    Type **typerefs;           /* resolved TypeRefs, by row */
    Assembly **refs;           /* resolved AssemblyRefs, by row (NULL = not yet / missing) */
    struct U32Map *user_strings; /* #US heap offset -> interned String (the intern table keeps them alive) */
    struct TypeNameIndex *name_index;
    uint8_t *attribute_typerefs;   /* TypeRef rows used only as attribute types, one byte each (corlib_parts.c) */
    bool attribute_typerefs_read;
    MdPdb *pdb;                /* portable PDB for stack-trace lines, or NULL (host.h cil_load_symbols) */
};

/* ---- assemblies ---- */
Assembly *asm_load(const uint8_t *bytes, uint32_t length, const char *file_name, char *err, size_t errlen);
/* asm_load of a malloc'ed block the assembly takes over (md_image_adopt) */
Assembly *asm_load_adopt(uint8_t *bytes, uint32_t length, const char *file_name, char *err, size_t errlen);
/* registers an opened image (NULL: the open failed, err is set); frees it if that assembly is loaded already */
Assembly *asm_load_image(MdImage *img, const char *file_name, char *err, size_t errlen);
Assembly *asm_by_name(const char *name);
Assembly *asm_corlib(void);
int asm_count(void);
Assembly *asm_at(int index);
bool asm_name_maps_to_corlib(const char *name);
/* Resolve AssemblyRef row: corlib names map to the corlib; NULL if missing. */
Assembly *asm_resolve_ref(Assembly *a, uint32_t assemblyref_row);
void asm_mark_missing(const char *name);
bool asm_is_marked_missing(const char *name);

/* ---- types ---- */
/* All lookups may fail: they return NULL and set the thread's pending
 * exception (TypeLoadException, ...) when given a thread, or an error text. */
Type *type_from_typedef(Assembly *a, uint32_t row);
Type *type_find(Assembly *a, const char *ns, const char *name);  /* top-level types by name */
Type *type_find_nested(Type *outer, const char *name);
Type *type_corlib(const char *ns, const char *name);
Type *type_from_token(Assembly *a, uint32_t token, const GenericContext *ctx);
Type *type_from_sig(Assembly *a, const MdTypeSig *sig, const GenericContext *ctx);
Type *type_instantiate(Type *def, Type **args, uint32_t count);
Type *type_szarray(Type *element);
Type *type_mdarray(Type *element, uint32_t rank);
Type *type_byref(Type *element);
Type *type_pointer(Type *element);
Type *type_fnptr(void);                    /* delegate*<...>: IntPtr's layout, a type of its own */
bool type_prepare(Type *t, int state);     /* false: type load error (type_last_error) */
const char *type_last_error(void);
void type_set_error(const char *fmt, ...);

StackKind type_stack_kind(Type *t);
uint32_t type_stack_slots(Type *t);       /* slots a value of t takes on the stack */
uint32_t type_value_size(Type *t);        /* size as a field / array element */
bool type_is_reference(Type *t);
bool type_is_subclass_of(Type *t, Type *base);
bool type_is_assignable_to(Type *from, Type *to);   /* ECMA assignment compatibility incl. variance */
bool type_implements(Type *t, Type *iface);
Method *type_find_method(Type *t, const char *name, const MdMethodSig *sig, Assembly *sig_asm, const GenericContext *sig_ctx);
Method *type_find_method_by_name(Type *t, const char *name, int param_count);
Field *type_find_field(Type *t, const char *name);
Method *type_resolve_virtual(Type *t, Method *m);   /* the override of m on runtime type t (slow path) */
Method *type_resolve_interface(Type *t, Method *m);
/* Fills the `impls` of a TS_READY type's interface entries, the first time
 * only (built on demand: most types' interface maps are never consulted). */
void type_ensure_interface_maps(Type *t);
/* `constrained. t call I::M` for a static virtual M: t's implementation or I's default (NULL: none) */
Method *type_resolve_static_virtual(Type *t, Method *m);
const char *type_name_full(Type *t);      /* "Ns.Outer+Inner`1[[...]]" as .NET's Type.FullName */
void type_append_name(Type *t, char *buf, size_t size, size_t *pos, bool full);
bool type_append_fullname(Type *t, char *buf, size_t size, size_t *pos);  /* Type.FullName; false: null */
bool type_append_assembly_qualified_name(Type *t, char *buf, size_t size, size_t *pos);

/* ---- methods and fields ---- */
/* A type's methods are made when first used (a type's vtable makes its
 * virtual ones): type_method(t, i) is t's i-th method, made if need be;
 * type_method_name reads its name without making it. */
Method *type_make_method(Type *t, uint32_t i);
static inline Method *type_method(Type *t, uint32_t i) {
    Method *m = t->methods[i];
    return m ? m : type_make_method(t, i);
}
const char *type_method_name(Type *t, uint32_t i);
Method *type_cctor(Type *t);   /* the static constructor, or NULL */
Method *method_from_token(Assembly *a, uint32_t token, const GenericContext *ctx);
Method *method_from_def(Assembly *a, uint32_t row);
Method *method_instantiate(Method *def, Type **args, uint32_t count);
bool method_prepare_sig(Method *m);
Field *field_from_token(Assembly *a, uint32_t token, const GenericContext *ctx);
/* For a field marked FF_TYPE_UNRESOLVED: tries its type again; false (with
 * the type error set) while it still does not load. True for every other field. */
bool field_type_resolve(Field *f);
void method_context(Method *m, GenericContext *ctx);
const char *method_full_name(Method *m, char *buf, size_t size);  /* "Ns.Type.Method" */
/* "System.Math::Sqrt(System.Double)": the internal-call key */
void method_icall_key(Method *m, char *buf, size_t size);

/* Type placeholders for VAR/MVAR while comparing signatures. */
Type *type_open_var(uint32_t index);
Type *type_open_mvar(uint32_t index);

/* Generic parameters as reflection shows them (generic_params.c). Inside the
 * runtime every definition's parameters are the shared placeholders above;
 * reflection gives each definition its own, named like the source ("T") and
 * knowing their position, owner and constraints. */
Type *type_named_param(Type *def, uint32_t index);          /* NULL when def has no such parameter */
Type *method_named_param(Method *def, uint32_t index);
/* t as reflection shows it on a member of `owner` (and of method `m`, or NULL):
 * the shared placeholders of generic definitions replaced by named parameters. */
Type *type_reflection_view(Type *t, Type *owner, Method *m);
/* GenericParameterAttributes of a named parameter; its constraints as reflection
 * shows them (count in *n, array allocated with util_calloc; NULL + error on failure). */
uint32_t type_generic_param_flags(Type *param);
Type **type_generic_param_constraints(Type *param, uint32_t *n, bool *ok);

/* Visit every static reference and every interned string (GC roots). */
void types_mark_roots(void);

/* Start-up and the host's loading protocol (host/host.c, icalls). */
bool types_init_corlib(void);
const char *asm_next_missing_reference(void);    /* see cil_next_missing_reference (host/host.h) */
const char *asm_missing_references(void);        /* see cil_missing_references */
const char *asm_next_optional_reference(void);   /* see cil_next_optional_reference */
int asm_reference_major(const char *name);       /* see cil_reference_major */
bool asm_reference_lacks_types(const char *name); /* see cil_reference_lacks_types */
bool asm_corlib_row_is_shape(uint32_t typedef_row); /* a [FrameworkShape] corlib type (assembly.c) */
/* The corlib's parts (corlib_parts.c): the part that holds a type the core
 * lacks (NULL: none); whether a name is a part's; the loaded part for a
 * type, or NULL with *missing_part naming the part when it is not loaded;
 * the next part the loaded assemblies need (see cil_next_missing_reference). */
const char *corlib_part_of(const char *ns, const char *name);
bool corlib_is_part_name(const char *name);
const char *corlib_part_name(int index);    /* the index-th part, or NULL past the last */
Assembly *corlib_part_for(const char *ns, const char *name, const char **missing_part);
const char *corlib_next_needed_part(void);
void corlib_each_needed_part(void (*add)(void *ctx, const char *name), void *ctx);
Assembly *corlib_load_part_now(const char *part);   /* asks the host, while running */
void corlib_set_part_loader(int (*loader)(const char *name));   /* native hosts */
void types_register_object_owner(Type *t);
/* The core or one of the parts cut from it: code the runtime binds as the corlib's (intrinsics, names). */
static inline bool asm_is_core(const Assembly *a) { return a && (a->is_corlib || a->is_core_part); }
bool corlib_is_core_part_name(const char *name);   /* mscorlib.CoreLib.*: loaded when first used, never before */
/* Natives hosts' profile (cilantro --list-core-types): each top-level type of
 * the core and its parts that the run created, as "Namespace.Name". */
void corlib_each_loaded_core_type(void (*print)(const char *line));

/* Whether the custom attributes of `token` (in a) include ns.name. */
bool md_token_has_attribute(Assembly *a, uint32_t token, const char *ns, const char *name);

#endif
