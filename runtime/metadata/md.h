/* md.h — the metadata reader's whole public face (ECMA-335 Partition II).
 *
 * md_image_open() parses a PE/COFF file holding CLI metadata, validates every
 * header, stream and table against the file's bounds, and decodes every
 * table of II.22 into arrays of row structs. After a successful open, no
 * further read can go out of bounds: every index stored in a row has been
 * checked (heap offsets, table row numbers, coded indexes), and helpers that
 * take an RVA or a blob check again.
 *
 * Conventions
 *   - Rows are 1-based, like metadata tokens: img->typedefs[1] is the first
 *     TypeDef; index 0 of every row array is a zeroed dummy.
 *   - Coded indexes (TypeDefOrRef, MemberRefParent, ...) are decoded into
 *     full tokens: (table << 24) | row. A null coded index is token 0.
 *   - Simple table indexes (TypeDef.FieldList, ...) stay plain row numbers.
 *   - #Strings references become `const char*` into the image (always
 *     NUL-terminated inside the heap; checked at open). Null index -> "".
 *   - #Blob references become MdBlob {ptr,len}, already bounds-checked.
 *   - #GUID references stay indexes (1-based, 0 = none).
 *   - Parsed signatures live in the image's arena and die with the image.
 *
 * Every function that can fail returns false (or NULL) and, when given an
 * error buffer, writes one line naming what is wrong and where, e.g.
 * "Hello.exe: metadata table TypeDef row 3: FieldList 99 out of range".
 */
#ifndef CILANTRO_MD_H
#define CILANTRO_MD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- tables (II.22), numbered as in the spec ---- */
typedef enum MdTable {
    MD_MODULE = 0x00, MD_TYPEREF = 0x01, MD_TYPEDEF = 0x02, MD_FIELDPTR = 0x03,
    MD_FIELD = 0x04, MD_METHODPTR = 0x05, MD_METHODDEF = 0x06, MD_PARAMPTR = 0x07,
    MD_PARAM = 0x08, MD_INTERFACEIMPL = 0x09, MD_MEMBERREF = 0x0A, MD_CONSTANT = 0x0B,
    MD_CUSTOMATTRIBUTE = 0x0C, MD_FIELDMARSHAL = 0x0D, MD_DECLSECURITY = 0x0E,
    MD_CLASSLAYOUT = 0x0F, MD_FIELDLAYOUT = 0x10, MD_STANDALONESIG = 0x11,
    MD_EVENTMAP = 0x12, MD_EVENTPTR = 0x13, MD_EVENT = 0x14, MD_PROPERTYMAP = 0x15,
    MD_PROPERTYPTR = 0x16, MD_PROPERTY = 0x17, MD_METHODSEMANTICS = 0x18,
    MD_METHODIMPL = 0x19, MD_MODULEREF = 0x1A, MD_TYPESPEC = 0x1B, MD_IMPLMAP = 0x1C,
    MD_FIELDRVA = 0x1D, MD_ENCLOG = 0x1E, MD_ENCMAP = 0x1F, MD_ASSEMBLY = 0x20,
    MD_ASSEMBLYPROCESSOR = 0x21, MD_ASSEMBLYOS = 0x22, MD_ASSEMBLYREF = 0x23,
    MD_ASSEMBLYREFPROCESSOR = 0x24, MD_ASSEMBLYREFOS = 0x25, MD_FILE = 0x26,
    MD_EXPORTEDTYPE = 0x27, MD_MANIFESTRESOURCE = 0x28, MD_NESTEDCLASS = 0x29,
    MD_GENERICPARAM = 0x2A, MD_METHODSPEC = 0x2B, MD_GENERICPARAMCONSTRAINT = 0x2C,
    MD_TABLE_COUNT = 0x2D
} MdTable;

/* Token helpers. Also used for #US string tokens (0x70). */
#define MD_TOKEN(table, row) (((uint32_t)(table) << 24) | (uint32_t)(row))
#define MD_TOKEN_TABLE(tok) ((uint32_t)(tok) >> 24)
#define MD_TOKEN_ROW(tok) ((uint32_t)(tok) & 0x00FFFFFFu)
#define MD_TOKEN_USERSTRING 0x70u

typedef struct MdBlob { const uint8_t *ptr; uint32_t len; } MdBlob;

/* ---- row structs: one per table we use; fields named as in II.22 ---- */
typedef struct MdModuleRow { uint16_t generation; const char *name; uint32_t mvid; } MdModuleRow;
typedef struct MdTypeRefRow { uint32_t resolution_scope; /* token: Module/ModuleRef/AssemblyRef/TypeRef */ const char *name; const char *ns; } MdTypeRefRow;
typedef struct MdTypeDefRow {
    uint32_t flags; const char *name; const char *ns;
    uint32_t extends;      /* token: TypeDef/TypeRef/TypeSpec, or 0 */
    uint32_t field_list;   /* first Field row; run ends at next TypeDef's field_list */
    uint32_t method_list;  /* first MethodDef row; likewise */
} MdTypeDefRow;
typedef struct MdFieldRow { uint16_t flags; const char *name; MdBlob signature; } MdFieldRow;
typedef struct MdMethodDefRow {
    uint32_t rva; uint16_t impl_flags; uint16_t flags; const char *name; MdBlob signature;
    uint32_t param_list;
} MdMethodDefRow;
typedef struct MdParamRow { uint16_t flags; uint16_t sequence; const char *name; } MdParamRow;
typedef struct MdInterfaceImplRow { uint32_t klass; /* TypeDef row */ uint32_t interface; /* token */ } MdInterfaceImplRow;
typedef struct MdMemberRefRow { uint32_t klass; /* token: TypeDef/TypeRef/ModuleRef/MethodDef/TypeSpec */ const char *name; MdBlob signature; } MdMemberRefRow;
typedef struct MdConstantRow { uint8_t type; uint32_t parent; /* token: Field/Param/Property */ MdBlob value; } MdConstantRow;
typedef struct MdCustomAttributeRow { uint32_t parent; /* token, any HasCustomAttribute table */ uint32_t type; /* token: MethodDef/MemberRef (the ctor) */ MdBlob value; } MdCustomAttributeRow;
typedef struct MdClassLayoutRow { uint16_t packing_size; uint32_t class_size; uint32_t parent; /* TypeDef row */ } MdClassLayoutRow;
typedef struct MdFieldLayoutRow { uint32_t offset; uint32_t field; /* Field row */ } MdFieldLayoutRow;
typedef struct MdStandAloneSigRow { MdBlob signature; } MdStandAloneSigRow;
typedef struct MdEventMapRow { uint32_t parent; /* TypeDef row */ uint32_t event_list; } MdEventMapRow;
typedef struct MdEventRow { uint16_t flags; const char *name; uint32_t event_type; /* token */ } MdEventRow;
typedef struct MdPropertyMapRow { uint32_t parent; uint32_t property_list; } MdPropertyMapRow;
typedef struct MdPropertyRow { uint16_t flags; const char *name; MdBlob type; } MdPropertyRow;
typedef struct MdMethodSemanticsRow { uint16_t semantics; uint32_t method; /* MethodDef row */ uint32_t association; /* token: Event/Property */ } MdMethodSemanticsRow;
typedef struct MdMethodImplRow { uint32_t klass; /* TypeDef row */ uint32_t method_body; /* token MethodDef/MemberRef */ uint32_t method_declaration; /* token MethodDef/MemberRef */ } MdMethodImplRow;
typedef struct MdModuleRefRow { const char *name; } MdModuleRefRow;
typedef struct MdTypeSpecRow { MdBlob signature; } MdTypeSpecRow;
typedef struct MdImplMapRow { uint16_t mapping_flags; uint32_t member_forwarded; /* token */ const char *import_name; uint32_t import_scope; /* ModuleRef row */ } MdImplMapRow;
typedef struct MdFieldRVARow { uint32_t rva; uint32_t field; /* Field row */ } MdFieldRVARow;
typedef struct MdAssemblyRow {
    uint32_t hash_alg_id; uint16_t major, minor, build, revision; uint32_t flags;
    MdBlob public_key; const char *name; const char *culture;
} MdAssemblyRow;
typedef struct MdAssemblyRefRow {
    uint16_t major, minor, build, revision; uint32_t flags;
    MdBlob public_key_or_token; const char *name; const char *culture; MdBlob hash_value;
} MdAssemblyRefRow;
typedef struct MdFileRow { uint32_t flags; const char *name; MdBlob hash_value; } MdFileRow;
typedef struct MdExportedTypeRow { uint32_t flags; uint32_t typedef_id; const char *name; const char *ns; uint32_t implementation; /* token */ } MdExportedTypeRow;
typedef struct MdManifestResourceRow { uint32_t offset; uint32_t flags; const char *name; uint32_t implementation; } MdManifestResourceRow;
typedef struct MdNestedClassRow { uint32_t nested_class; uint32_t enclosing_class; /* TypeDef rows */ } MdNestedClassRow;
typedef struct MdGenericParamRow { uint16_t number; uint16_t flags; uint32_t owner; /* token TypeDef/MethodDef */ const char *name; } MdGenericParamRow;
typedef struct MdMethodSpecRow { uint32_t method; /* token MethodDef/MemberRef */ MdBlob instantiation; } MdMethodSpecRow;
typedef struct MdGenericParamConstraintRow { uint32_t owner; /* GenericParam row */ uint32_t constraint; /* token */ } MdGenericParamConstraintRow;

/* ---- exception clauses and method bodies (II.25.4) ---- */
enum { MD_CLAUSE_EXCEPTION = 0, MD_CLAUSE_FILTER = 1, MD_CLAUSE_FINALLY = 2, MD_CLAUSE_FAULT = 4 };
typedef struct MdExceptionClause {
    uint32_t flags;          /* MD_CLAUSE_* */
    uint32_t try_offset, try_length;
    uint32_t handler_offset, handler_length;
    uint32_t class_token;    /* for MD_CLAUSE_EXCEPTION */
    uint32_t filter_offset;  /* for MD_CLAUSE_FILTER */
} MdExceptionClause;

typedef struct MdMethodBody {
    const uint8_t *code; uint32_t code_size;
    uint16_t max_stack;
    bool init_locals;
    uint32_t local_var_sig_token;   /* StandAloneSig token or 0 */
    uint32_t clause_count;
    MdExceptionClause *clauses;     /* in the image arena */
} MdMethodBody;

/* ---- signatures (II.23.2) ---- */
enum {
    MD_ELEMENT_END = 0x00, MD_ELEMENT_VOID = 0x01, MD_ELEMENT_BOOLEAN = 0x02, MD_ELEMENT_CHAR = 0x03,
    MD_ELEMENT_I1 = 0x04, MD_ELEMENT_U1 = 0x05, MD_ELEMENT_I2 = 0x06, MD_ELEMENT_U2 = 0x07,
    MD_ELEMENT_I4 = 0x08, MD_ELEMENT_U4 = 0x09, MD_ELEMENT_I8 = 0x0a, MD_ELEMENT_U8 = 0x0b,
    MD_ELEMENT_R4 = 0x0c, MD_ELEMENT_R8 = 0x0d, MD_ELEMENT_STRING = 0x0e, MD_ELEMENT_PTR = 0x0f,
    MD_ELEMENT_BYREF = 0x10, MD_ELEMENT_VALUETYPE = 0x11, MD_ELEMENT_CLASS = 0x12,
    MD_ELEMENT_VAR = 0x13, MD_ELEMENT_ARRAY = 0x14, MD_ELEMENT_GENERICINST = 0x15,
    MD_ELEMENT_TYPEDBYREF = 0x16, MD_ELEMENT_I = 0x18, MD_ELEMENT_U = 0x19,
    MD_ELEMENT_FNPTR = 0x1b, MD_ELEMENT_OBJECT = 0x1c, MD_ELEMENT_SZARRAY = 0x1d,
    MD_ELEMENT_MVAR = 0x1e, MD_ELEMENT_CMOD_REQD = 0x1f, MD_ELEMENT_CMOD_OPT = 0x20,
    MD_ELEMENT_SENTINEL = 0x41, MD_ELEMENT_PINNED = 0x45
};

typedef struct MdMethodSig MdMethodSig;

/* A parsed type. Custom modifiers are skipped (not recorded). */
typedef struct MdTypeSig {
    uint8_t elem;            /* MD_ELEMENT_* */
    bool pinned;             /* local-variable signatures only */
    uint32_t token;          /* CLASS / VALUETYPE: TypeDef/TypeRef/TypeSpec token */
    uint32_t index;          /* VAR / MVAR: generic parameter number */
    struct MdTypeSig *inner; /* PTR, BYREF, SZARRAY, ARRAY: element; GENERICINST: the generic type (CLASS/VALUETYPE) */
    uint32_t arg_count;      /* GENERICINST */
    struct MdTypeSig **args;
    uint32_t rank;           /* ARRAY */
    uint32_t size_count; uint32_t *sizes;
    uint32_t lobound_count; int32_t *lobounds;
    MdMethodSig *fnptr;      /* FNPTR */
} MdTypeSig;

enum { MD_SIG_HASTHIS = 0x20, MD_SIG_EXPLICITTHIS = 0x40, MD_SIG_GENERIC = 0x10, MD_SIG_VARARG = 0x05, MD_SIG_CONV_MASK = 0x0f };

struct MdMethodSig {
    uint8_t flags;           /* first byte: calling convention | HASTHIS | EXPLICITTHIS | GENERIC */
    uint32_t generic_param_count;
    MdTypeSig *ret;
    uint32_t param_count;    /* not counting 'this'; for VARARG, only the fixed params */
    MdTypeSig **params;
    /* VARARG call sites (MemberRef): the types after SENTINEL, stored at
     * params[param_count .. param_count + vararg_param_count). */
    uint32_t vararg_param_count;
};

/* ---- the image ---- */
typedef struct MdArena MdArena;

typedef struct MdImage {
    const char *name;        /* file or assembly name given at open, for messages */
    const uint8_t *data; size_t size;   /* the whole file (owned by the image: copied at open) */
    uint32_t entry_point_token;         /* CLI header EntryPointToken (MethodDef) or 0 */
    uint32_t cli_flags;
    uint32_t resources_rva, resources_size;   /* CLI header Resources: embedded manifest resources */
    const char *version;                /* metadata root version string */

    const uint8_t *strings; uint32_t strings_size;
    const uint8_t *blob;    uint32_t blob_size;
    const uint8_t *us;      uint32_t us_size;
    const uint8_t *guid;    uint32_t guid_size;

    uint32_t row_count[MD_TABLE_COUNT];

    MdModuleRow *modules;                 MdTypeRefRow *typerefs;
    MdTypeDefRow *typedefs;               MdFieldRow *fields;
    /* MethodDef rows: md_methoddef_row; Param rows: md_param_row */
    MdInterfaceImplRow *interfaceimpls;   MdMemberRefRow *memberrefs;
    MdConstantRow *constants;             MdCustomAttributeRow *customattributes;
    MdClassLayoutRow *classlayouts;       MdFieldLayoutRow *fieldlayouts;
    MdStandAloneSigRow *standalonesigs;   MdEventMapRow *eventmaps;
    MdEventRow *events;                   MdPropertyMapRow *propertymaps;
    MdPropertyRow *properties;            MdMethodSemanticsRow *methodsemantics;
    MdMethodImplRow *methodimpls;         MdModuleRefRow *modulerefs;
    MdTypeSpecRow *typespecs;             MdImplMapRow *implmaps;
    MdFieldRVARow *fieldrvas;             MdAssemblyRow *assemblies;
    MdAssemblyRefRow *assemblyrefs;       MdFileRow *files;
    MdExportedTypeRow *exportedtypes;     MdManifestResourceRow *manifestresources;
    MdNestedClassRow *nestedclasses;      MdGenericParamRow *genericparams;
    MdMethodSpecRow *methodspecs;         MdGenericParamConstraintRow *genericparamconstraints;
    /* FieldPtr/MethodPtr/ParamPtr/EventPtr/PropertyPtr (uncompressed #- streams) are
     * resolved at open: the row structs above are already in logical order. */

    MdArena *arena;
    /* private parsing state follows in md_image.c's own struct */
} MdImage;

/* Opens an image from bytes (copied). On failure returns NULL and writes a
 * one-line message "<name>: <problem>" into err. Failures: not a PE file,
 * truncated headers, no CLI header ("not a .NET assembly"), bad metadata
 * signature, stream out of bounds, table row/heap index out of range, ... */
MdImage *md_image_open(const uint8_t *data, size_t size, const char *name, char *err, size_t errlen);
/* The same for a malloc'ed block the image takes over instead of copying
 * (start-up: no second copy of a 2 MB corlib). It is freed with the image, or
 * before md_image_adopt returns NULL. */
MdImage *md_image_adopt(uint8_t *data, size_t size, const char *name, char *err, size_t errlen);
/* The same, lazily: the tables no type load reads (CustomAttribute,
 * Constant, Property, PropertyMap, Event, EventMap, MethodSemantics, ImplMap,
 * ExportedType, ManifestResource and those without a row struct) are
 * decoded and validated when first asked for, not at open. The md_find_* and
 * md_typedef_* functions ask themselves; code that indexes such a table's
 * rows directly calls md_table_ready first. An image whose rows must be
 * reordered (Ptr tables, an unsorted lookup table) is opened whole. */
MdImage *md_image_open_lazy(const uint8_t *data, size_t size, const char *name, char *err, size_t errlen);
MdImage *md_image_adopt_lazy(uint8_t *data, size_t size, const char *name, char *err, size_t errlen);
/* Decodes table t if a lazy open left it. When it is malformed, the message
 * ("<name>: metadata table Constant row 3: column Parent ...") goes to the
 * late-error handler (stderr when none is set), the table's rows stay
 * indexable with every cell null, and the result is false. */
bool md_table_ready(const MdImage *img, MdTable t);
typedef void (*MdLateErrorHandler)(const char *message);
void md_set_late_error_handler(MdLateErrorHandler handler);
/* Decodes every table a lazy open left; false with the first table's
 * message in err (what md_image_open would have said, table by table). */
bool md_image_load_all(MdImage *img, char *err, size_t errlen);
void md_image_free(MdImage *img);

/* Row ranges owned by a TypeDef (end is exclusive), via the list columns. */
void md_typedef_fields(const MdImage *img, uint32_t typedef_row, uint32_t *first, uint32_t *end);
void md_typedef_methods(const MdImage *img, uint32_t typedef_row, uint32_t *first, uint32_t *end);
void md_method_params(const MdImage *img, uint32_t method_row, uint32_t *first, uint32_t *end);
/* Param row `row` (1-based, in range). The Param table is the corlib's
 * largest and most programs never read it, so its rows are decoded when
 * asked for, not when the image opens. */
MdParamRow md_param_row(const MdImage *img, uint32_t row);
/* MethodDef row `row` (1-based; 0 or past the end gives an all-zero row with
 * an empty name). Read in place like Param rows, for the same reason. */
MdMethodDefRow md_methoddef_row(const MdImage *img, uint32_t row);
/* The Flags of a MethodDef row alone: read without checking the row's other
 * cells (0 for a row out of range). */
uint16_t md_methoddef_flags(const MdImage *img, uint32_t row);

/* Lookups in sorted tables (binary search); return a row number or 0. */
uint32_t md_find_enclosing_class(const MdImage *img, uint32_t nested_typedef_row);
uint32_t md_find_class_layout(const MdImage *img, uint32_t typedef_row);
uint32_t md_find_field_layout(const MdImage *img, uint32_t field_row);
uint32_t md_find_field_rva(const MdImage *img, uint32_t field_row);
uint32_t md_find_constant(const MdImage *img, uint32_t parent_token);
/* First matching row in a range [first,end) of rows whose key equals key, for
 * InterfaceImpl (by class), GenericParam (by owner token), MethodImpl (by
 * class), CustomAttribute (by parent token), GenericParamConstraint (by owner). */
void md_find_interface_impls(const MdImage *img, uint32_t typedef_row, uint32_t *first, uint32_t *end);
void md_find_generic_params(const MdImage *img, uint32_t owner_token, uint32_t *first, uint32_t *end);
void md_find_method_impls(const MdImage *img, uint32_t typedef_row, uint32_t *first, uint32_t *end);
void md_find_custom_attributes(const MdImage *img, uint32_t parent_token, uint32_t *first, uint32_t *end);
void md_find_generic_param_constraints(const MdImage *img, uint32_t genericparam_row, uint32_t *first, uint32_t *end);

/* Types nested directly in enclosing_typedef_row (a scan: NestedClass is
 * sorted by the nested type). Writes up to max TypeDef rows to out and
 * returns how many there are in all. */
uint32_t md_find_nested_classes(const MdImage *img, uint32_t enclosing_typedef_row, uint32_t *out, uint32_t max);
/* Event / Property row ranges of a TypeDef via EventMap / PropertyMap; [0,0) if none. */
void md_typedef_events(const MdImage *img, uint32_t typedef_row, uint32_t *first, uint32_t *end);
void md_typedef_properties(const MdImage *img, uint32_t typedef_row, uint32_t *first, uint32_t *end);
/* Maps a token as written in IL or a blob to the row in the arrays above.
 * Identity except in uncompressed (#-) images whose Ptr tables reorder
 * Field/MethodDef/Param/Event/Property; row references inside the tables
 * are already translated at open. */
uint32_t md_map_token(const MdImage *img, uint32_t token);

/* Heaps. */
bool md_user_string(const MdImage *img, uint32_t token, const uint16_t **chars, uint32_t *length);
bool md_guid(const MdImage *img, uint32_t index, uint8_t out[16]);
/* Pointer to `size` bytes at an RVA, or NULL if not inside a section. */
const uint8_t *md_rva_to_ptr(const MdImage *img, uint32_t rva, uint32_t size);

/* Method body at a MethodDef's RVA: tiny or fat header, exception sections. */
bool md_method_body(const MdImage *img, uint32_t method_row, MdMethodBody *out, char *err, size_t errlen);

/* Portable PDBs (pdb.c): source lines for stack traces. md_pdb_open copies
 * the bytes; NULL with a message in err for anything but a portable PDB. */
typedef struct MdPdb MdPdb;
MdPdb *md_pdb_open(const uint8_t *data, size_t size, char *err, size_t errlen);
void md_pdb_free(MdPdb *pdb);
/* The source file and line of IL offset il in MethodDef row method_row (the
 * last visible sequence point at or before il); false when there is none. */
bool md_pdb_line(const MdPdb *pdb, uint32_t method_row, uint32_t il, char *file, size_t file_size, uint32_t *line);
/* The method a state machine's MoveNext (MethodDef row) was written as, or 0. */
uint32_t md_pdb_kickoff_method(const MdPdb *pdb, uint32_t movenext_row);

/* Signature parsing; results live in the image arena. */
MdMethodSig *md_parse_method_sig(const MdImage *img, MdBlob blob, char *err, size_t errlen);   /* MethodDef/MemberRef/StandAloneSig method, also property sigs (0x08) */
MdTypeSig *md_parse_field_sig(const MdImage *img, MdBlob blob, char *err, size_t errlen);      /* 0x06 FIELD */
MdTypeSig *md_parse_type_spec(const MdImage *img, MdBlob blob, char *err, size_t errlen);      /* TypeSpec blob */
/* LOCAL_SIG (0x07): fills *count and *types (arena array). */
bool md_parse_locals_sig(const MdImage *img, MdBlob blob, uint32_t *count, MdTypeSig ***types, char *err, size_t errlen);
/* METHODSPEC instantiation (0x0a). */
bool md_parse_method_spec(const MdImage *img, MdBlob blob, uint32_t *count, MdTypeSig ***types, char *err, size_t errlen);
/* Is this MemberRef signature a field (0x06) rather than a method? */
bool md_sig_is_field(MdBlob blob);

/* Custom attribute value blob (II.23.3) reading primitives: a cursor. */
typedef struct MdBlobReader { const uint8_t *p, *end; bool failed; } MdBlobReader;
void md_blob_reader_init(MdBlobReader *r, MdBlob blob);
uint32_t md_read_compressed_u32(MdBlobReader *r);
int32_t md_read_compressed_i32(MdBlobReader *r);
uint8_t md_read_u8(MdBlobReader *r);
uint16_t md_read_u16(MdBlobReader *r);
uint32_t md_read_u32(MdBlobReader *r);
uint64_t md_read_u64(MdBlobReader *r);
/* SerString: returns false on error; *s = NULL, *len = 0 for the null string (0xFF). */
bool md_read_ser_string(MdBlobReader *r, const char **s, uint32_t *len);

/* Arena for anything tied to an image's lifetime. */
void *md_arena_alloc(MdArena *a, size_t size); /* zeroed, 8-aligned */

/* Table names for messages: "TypeDef", "MethodDef", ... */
const char *md_table_name(MdTable t);

#endif
