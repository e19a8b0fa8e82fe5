/* tables.c — the #~ / #- table stream (II.24.2.6, II.22).
 *
 * Loading runs in passes over a "raw" array per table (one uint32_t per
 * cell): read every cell with its computed width, validate every cell
 * (heap offsets, row numbers, coded-index tags, list monotonicity), turn
 * coded indexes into tokens, reorder rows where needed, then fill the
 * public row structs. Nothing is handed out before all checks passed; a lazy
 * open (the runtime's) leaves some tables, and the in-place rows' checks,
 * for their first use, with the same checks and messages (docs/metadata.md).
 *
 * Reordering: with a #- stream, FieldPtr/MethodPtr/ParamPtr/EventPtr/
 * PropertyPtr give the logical order of their target tables; lookup tables
 * (NestedClass, ClassLayout, ...) must be sorted for binary search. Both
 * are handled by one mechanism: permute the target rows and rewrite every
 * reference to them, remembering the physical->logical map so tokens found
 * in IL can be translated (md_map_token). For compiler output (#~, sorted)
 * every map is the identity and nothing moves.
 */
#include "metadata/md_private.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { K_U16, K_U32, K_STR, K_GUID, K_BLOB, K_IDX, K_LIST, K_CODED };

typedef struct Col { uint8_t kind, arg; const char *name; } Col;
typedef struct Schema { const char *name; uint8_t ncols; Col cols[9]; } Schema;

#define U16(n) {K_U16, 0, n}
#define U32(n) {K_U32, 0, n}
#define STR(n) {K_STR, 0, n}
#define GUID(n) {K_GUID, 0, n}
#define BLOB(n) {K_BLOB, 0, n}
#define IDX(t, n) {K_IDX, t, n}
#define LIST(t, n) {K_LIST, t, n}
#define CODED(k, n) {K_CODED, k, n}

static const Schema schemas[MD_TABLE_COUNT] = {
    [MD_MODULE] = {"Module", 5, {U16("Generation"), STR("Name"), GUID("Mvid"), GUID("EncId"), GUID("EncBaseId")}},
    [MD_TYPEREF] = {"TypeRef", 3, {CODED(MD_CI_RESOLUTIONSCOPE, "ResolutionScope"), STR("TypeName"), STR("TypeNamespace")}},
    [MD_TYPEDEF] = {"TypeDef", 6, {U32("Flags"), STR("TypeName"), STR("TypeNamespace"), CODED(MD_CI_TYPEDEFORREF, "Extends"),
                                   LIST(MD_FIELD, "FieldList"), LIST(MD_METHODDEF, "MethodList")}},
    [MD_FIELDPTR] = {"FieldPtr", 1, {IDX(MD_FIELD, "Field")}},
    [MD_FIELD] = {"Field", 3, {U16("Flags"), STR("Name"), BLOB("Signature")}},
    [MD_METHODPTR] = {"MethodPtr", 1, {IDX(MD_METHODDEF, "Method")}},
    [MD_METHODDEF] = {"MethodDef", 6, {U32("RVA"), U16("ImplFlags"), U16("Flags"), STR("Name"), BLOB("Signature"), LIST(MD_PARAM, "ParamList")}},
    [MD_PARAMPTR] = {"ParamPtr", 1, {IDX(MD_PARAM, "Param")}},
    [MD_PARAM] = {"Param", 3, {U16("Flags"), U16("Sequence"), STR("Name")}},
    [MD_INTERFACEIMPL] = {"InterfaceImpl", 2, {IDX(MD_TYPEDEF, "Class"), CODED(MD_CI_TYPEDEFORREF, "Interface")}},
    [MD_MEMBERREF] = {"MemberRef", 3, {CODED(MD_CI_MEMBERREFPARENT, "Class"), STR("Name"), BLOB("Signature")}},
    [MD_CONSTANT] = {"Constant", 3, {U16("Type"), CODED(MD_CI_HASCONSTANT, "Parent"), BLOB("Value")}},
    [MD_CUSTOMATTRIBUTE] = {"CustomAttribute", 3, {CODED(MD_CI_HASCUSTOMATTRIBUTE, "Parent"),
                                                   CODED(MD_CI_CUSTOMATTRIBUTETYPE, "Type"), BLOB("Value")}},
    [MD_FIELDMARSHAL] = {"FieldMarshal", 2, {CODED(MD_CI_HASFIELDMARSHAL, "Parent"), BLOB("NativeType")}},
    [MD_DECLSECURITY] = {"DeclSecurity", 3, {U16("Action"), CODED(MD_CI_HASDECLSECURITY, "Parent"), BLOB("PermissionSet")}},
    [MD_CLASSLAYOUT] = {"ClassLayout", 3, {U16("PackingSize"), U32("ClassSize"), IDX(MD_TYPEDEF, "Parent")}},
    [MD_FIELDLAYOUT] = {"FieldLayout", 2, {U32("Offset"), IDX(MD_FIELD, "Field")}},
    [MD_STANDALONESIG] = {"StandAloneSig", 1, {BLOB("Signature")}},
    [MD_EVENTMAP] = {"EventMap", 2, {IDX(MD_TYPEDEF, "Parent"), LIST(MD_EVENT, "EventList")}},
    [MD_EVENTPTR] = {"EventPtr", 1, {IDX(MD_EVENT, "Event")}},
    [MD_EVENT] = {"Event", 3, {U16("EventFlags"), STR("Name"), CODED(MD_CI_TYPEDEFORREF, "EventType")}},
    [MD_PROPERTYMAP] = {"PropertyMap", 2, {IDX(MD_TYPEDEF, "Parent"), LIST(MD_PROPERTY, "PropertyList")}},
    [MD_PROPERTYPTR] = {"PropertyPtr", 1, {IDX(MD_PROPERTY, "Property")}},
    [MD_PROPERTY] = {"Property", 3, {U16("Flags"), STR("Name"), BLOB("Type")}},
    [MD_METHODSEMANTICS] = {"MethodSemantics", 3, {U16("Semantics"), IDX(MD_METHODDEF, "Method"), CODED(MD_CI_HASSEMANTICS, "Association")}},
    [MD_METHODIMPL] = {"MethodImpl", 3, {IDX(MD_TYPEDEF, "Class"), CODED(MD_CI_METHODDEFORREF, "MethodBody"),
                                         CODED(MD_CI_METHODDEFORREF, "MethodDeclaration")}},
    [MD_MODULEREF] = {"ModuleRef", 1, {STR("Name")}},
    [MD_TYPESPEC] = {"TypeSpec", 1, {BLOB("Signature")}},
    [MD_IMPLMAP] = {"ImplMap", 4, {U16("MappingFlags"), CODED(MD_CI_MEMBERFORWARDED, "MemberForwarded"), STR("ImportName"),
                                   IDX(MD_MODULEREF, "ImportScope")}},
    [MD_FIELDRVA] = {"FieldRVA", 2, {U32("RVA"), IDX(MD_FIELD, "Field")}},
    [MD_ENCLOG] = {"EncLog", 2, {U32("Token"), U32("FuncCode")}},
    [MD_ENCMAP] = {"EncMap", 1, {U32("Token")}},
    [MD_ASSEMBLY] = {"Assembly", 9, {U32("HashAlgId"), U16("MajorVersion"), U16("MinorVersion"), U16("BuildNumber"),
                                     U16("RevisionNumber"), U32("Flags"), BLOB("PublicKey"), STR("Name"), STR("Culture")}},
    [MD_ASSEMBLYPROCESSOR] = {"AssemblyProcessor", 1, {U32("Processor")}},
    [MD_ASSEMBLYOS] = {"AssemblyOS", 3, {U32("OSPlatformID"), U32("OSMajorVersion"), U32("OSMinorVersion")}},
    [MD_ASSEMBLYREF] = {"AssemblyRef", 9, {U16("MajorVersion"), U16("MinorVersion"), U16("BuildNumber"), U16("RevisionNumber"),
                                           U32("Flags"), BLOB("PublicKeyOrToken"), STR("Name"), STR("Culture"), BLOB("HashValue")}},
    [MD_ASSEMBLYREFPROCESSOR] = {"AssemblyRefProcessor", 2, {U32("Processor"), IDX(MD_ASSEMBLYREF, "AssemblyRef")}},
    [MD_ASSEMBLYREFOS] = {"AssemblyRefOS", 4, {U32("OSPlatformId"), U32("OSMajorVersion"), U32("OSMinorVersion"),
                                               IDX(MD_ASSEMBLYREF, "AssemblyRef")}},
    [MD_FILE] = {"File", 3, {U32("Flags"), STR("Name"), BLOB("HashValue")}},
    [MD_EXPORTEDTYPE] = {"ExportedType", 5, {U32("Flags"), U32("TypeDefId"), STR("TypeName"), STR("TypeNamespace"),
                                             CODED(MD_CI_IMPLEMENTATION, "Implementation")}},
    [MD_MANIFESTRESOURCE] = {"ManifestResource", 4, {U32("Offset"), U32("Flags"), STR("Name"), CODED(MD_CI_IMPLEMENTATION, "Implementation")}},
    [MD_NESTEDCLASS] = {"NestedClass", 2, {IDX(MD_TYPEDEF, "NestedClass"), IDX(MD_TYPEDEF, "EnclosingClass")}},
    [MD_GENERICPARAM] = {"GenericParam", 4, {U16("Number"), U16("Flags"), CODED(MD_CI_TYPEORMETHODDEF, "Owner"), STR("Name")}},
    [MD_METHODSPEC] = {"MethodSpec", 2, {CODED(MD_CI_METHODDEFORREF, "Method"), BLOB("Instantiation")}},
    [MD_GENERICPARAMCONSTRAINT] = {"GenericParamConstraint", 2, {IDX(MD_GENERICPARAM, "Owner"), CODED(MD_CI_TYPEDEFORREF, "Constraint")}},
};

#define NONE 0xFF
typedef struct Coded { uint8_t bits, n; uint8_t tables[22]; } Coded;
static const Coded coded_defs[MD_CI_COUNT] = {
    [MD_CI_TYPEDEFORREF] = {2, 3, {MD_TYPEDEF, MD_TYPEREF, MD_TYPESPEC}},
    [MD_CI_HASCONSTANT] = {2, 3, {MD_FIELD, MD_PARAM, MD_PROPERTY}},
    [MD_CI_HASCUSTOMATTRIBUTE] = {5, 22, {MD_METHODDEF, MD_FIELD, MD_TYPEREF, MD_TYPEDEF, MD_PARAM, MD_INTERFACEIMPL,
                                          MD_MEMBERREF, MD_MODULE, MD_DECLSECURITY, MD_PROPERTY, MD_EVENT, MD_STANDALONESIG,
                                          MD_MODULEREF, MD_TYPESPEC, MD_ASSEMBLY, MD_ASSEMBLYREF, MD_FILE, MD_EXPORTEDTYPE,
                                          MD_MANIFESTRESOURCE, MD_GENERICPARAM, MD_GENERICPARAMCONSTRAINT, MD_METHODSPEC}},
    [MD_CI_HASFIELDMARSHAL] = {1, 2, {MD_FIELD, MD_PARAM}},
    [MD_CI_HASDECLSECURITY] = {2, 3, {MD_TYPEDEF, MD_METHODDEF, MD_ASSEMBLY}},
    [MD_CI_MEMBERREFPARENT] = {3, 5, {MD_TYPEDEF, MD_TYPEREF, MD_MODULEREF, MD_METHODDEF, MD_TYPESPEC}},
    [MD_CI_HASSEMANTICS] = {1, 2, {MD_EVENT, MD_PROPERTY}},
    [MD_CI_METHODDEFORREF] = {1, 2, {MD_METHODDEF, MD_MEMBERREF}},
    [MD_CI_MEMBERFORWARDED] = {1, 2, {MD_FIELD, MD_METHODDEF}},
    [MD_CI_IMPLEMENTATION] = {2, 3, {MD_FILE, MD_ASSEMBLYREF, MD_EXPORTEDTYPE}},
    [MD_CI_CUSTOMATTRIBUTETYPE] = {3, 5, {NONE, NONE, MD_METHODDEF, MD_MEMBERREF, NONE}},
    [MD_CI_RESOLUTIONSCOPE] = {2, 4, {MD_MODULE, MD_MODULEREF, MD_ASSEMBLYREF, MD_TYPEREF}},
    [MD_CI_TYPEORMETHODDEF] = {1, 2, {MD_TYPEDEF, MD_METHODDEF}},
};

const char *md_table_name(MdTable t) {
    if ((unsigned)t >= MD_TABLE_COUNT) return "?";
    return schemas[t].name;
}

/* tag_plus1[kind][table]: the tag of `table` in coded index `kind`, plus
 * one (0: the kind cannot name the table). The inverse of coded_defs, so
 * encoding a token (a sort key, for every binary search of a keyed table)
 * is one load instead of a scan (md_coded_encode, inline in md_private.h);
 * test_md checks the two agree, and md_coded_bits with them. */
#define T(table, tag) [table] = (tag) + 1
const uint8_t md_coded_tag_plus1[MD_CI_COUNT][MD_TABLE_COUNT] = {
    [MD_CI_TYPEDEFORREF] = {T(MD_TYPEDEF, 0), T(MD_TYPEREF, 1), T(MD_TYPESPEC, 2)},
    [MD_CI_HASCONSTANT] = {T(MD_FIELD, 0), T(MD_PARAM, 1), T(MD_PROPERTY, 2)},
    [MD_CI_HASCUSTOMATTRIBUTE] = {T(MD_METHODDEF, 0), T(MD_FIELD, 1), T(MD_TYPEREF, 2), T(MD_TYPEDEF, 3), T(MD_PARAM, 4),
                                  T(MD_INTERFACEIMPL, 5), T(MD_MEMBERREF, 6), T(MD_MODULE, 7), T(MD_DECLSECURITY, 8),
                                  T(MD_PROPERTY, 9), T(MD_EVENT, 10), T(MD_STANDALONESIG, 11), T(MD_MODULEREF, 12),
                                  T(MD_TYPESPEC, 13), T(MD_ASSEMBLY, 14), T(MD_ASSEMBLYREF, 15), T(MD_FILE, 16),
                                  T(MD_EXPORTEDTYPE, 17), T(MD_MANIFESTRESOURCE, 18), T(MD_GENERICPARAM, 19),
                                  T(MD_GENERICPARAMCONSTRAINT, 20), T(MD_METHODSPEC, 21)},
    [MD_CI_HASFIELDMARSHAL] = {T(MD_FIELD, 0), T(MD_PARAM, 1)},
    [MD_CI_HASDECLSECURITY] = {T(MD_TYPEDEF, 0), T(MD_METHODDEF, 1), T(MD_ASSEMBLY, 2)},
    [MD_CI_MEMBERREFPARENT] = {T(MD_TYPEDEF, 0), T(MD_TYPEREF, 1), T(MD_MODULEREF, 2), T(MD_METHODDEF, 3), T(MD_TYPESPEC, 4)},
    [MD_CI_HASSEMANTICS] = {T(MD_EVENT, 0), T(MD_PROPERTY, 1)},
    [MD_CI_METHODDEFORREF] = {T(MD_METHODDEF, 0), T(MD_MEMBERREF, 1)},
    [MD_CI_MEMBERFORWARDED] = {T(MD_FIELD, 0), T(MD_METHODDEF, 1)},
    [MD_CI_IMPLEMENTATION] = {T(MD_FILE, 0), T(MD_ASSEMBLYREF, 1), T(MD_EXPORTEDTYPE, 2)},
    [MD_CI_CUSTOMATTRIBUTETYPE] = {T(MD_METHODDEF, 2), T(MD_MEMBERREF, 3)},
    [MD_CI_RESOLUTIONSCOPE] = {T(MD_MODULE, 0), T(MD_MODULEREF, 1), T(MD_ASSEMBLYREF, 2), T(MD_TYPEREF, 3)},
    [MD_CI_TYPEORMETHODDEF] = {T(MD_TYPEDEF, 0), T(MD_METHODDEF, 1)},
};
#undef T

const uint8_t md_coded_bits[MD_CI_COUNT] = {
    [MD_CI_TYPEDEFORREF] = 2, [MD_CI_HASCONSTANT] = 2, [MD_CI_HASCUSTOMATTRIBUTE] = 5, [MD_CI_HASFIELDMARSHAL] = 1,
    [MD_CI_HASDECLSECURITY] = 2, [MD_CI_MEMBERREFPARENT] = 3, [MD_CI_HASSEMANTICS] = 1, [MD_CI_METHODDEFORREF] = 1,
    [MD_CI_MEMBERFORWARDED] = 1, [MD_CI_IMPLEMENTATION] = 2, [MD_CI_CUSTOMATTRIBUTETYPE] = 3, [MD_CI_RESOLUTIONSCOPE] = 2,
    [MD_CI_TYPEORMETHODDEF] = 1,
};

bool md_coded_tables_agree(void) {
    for (int k = 0; k < MD_CI_COUNT; k++) {
        if (md_coded_bits[k] != coded_defs[k].bits) return false;
        for (int t = 0; t < MD_TABLE_COUNT; t++) {
            uint32_t expect = 0;
            for (uint32_t i = 0; i < coded_defs[k].n; i++)
                if (coded_defs[k].tables[i] == t) expect = i + 1;
            if (md_coded_tag_plus1[k][t] != expect) return false;
        }
    }
    return true;
}

typedef struct Loader {
    MdImagePriv *im;
    char *err; size_t errlen;
    uint32_t *raw[MD_TABLE_COUNT];
    /* Whether a lookup table's key column was in order as read (compilers
     * write them sorted), and whether any table was reordered since (a
     * reorder rewrites keys, and then ensure_sorted checks again). */
    bool key_in_order[MD_TABLE_COUNT];
    bool reordered;
} Loader;

/* Lookup tables and their key column: they must be sorted for binary search.
 * Order matters: later keys may name rows of earlier tables (a
 * GenericParamConstraint's owner, a CustomAttribute's parent). */
static const uint8_t sorted_tables[][2] = {{MD_GENERICPARAM, 2}, {MD_INTERFACEIMPL, 0}, {MD_GENERICPARAMCONSTRAINT, 0},
                                           {MD_NESTEDCLASS, 0}, {MD_CLASSLAYOUT, 2}, {MD_FIELDLAYOUT, 1},
                                           {MD_FIELDRVA, 1}, {MD_CONSTANT, 1}, {MD_METHODIMPL, 0}, {MD_CUSTOMATTRIBUTE, 0}};

#define NAME(L) ((L)->im->pub.name)

static uint32_t *cell(Loader *L, int t, uint32_t row, int c) { return &L->raw[t][(size_t)(row - 1) * schemas[t].ncols + c]; }

static uint32_t column_width(const MdImage *img, uint8_t heap_sizes, const Col *col) {
    switch (col->kind) {
    case K_U16: return 2;
    case K_U32: return 4;
    case K_STR: return (heap_sizes & 1) ? 4 : 2;
    case K_GUID: return (heap_sizes & 2) ? 4 : 2;
    case K_BLOB: return (heap_sizes & 4) ? 4 : 2;
    case K_IDX: case K_LIST: return img->row_count[col->arg] > 0xFFFF ? 4 : 2;
    default: {
        const Coded *c = &coded_defs[col->arg];
        uint32_t max = 0;
        for (uint32_t i = 0; i < c->n; i++)
            if (c->tables[i] != NONE && img->row_count[c->tables[i]] > max) max = img->row_count[c->tables[i]];
        return max < (1u << (16 - c->bits)) ? 2 : 4;
    }
    }
}

static bool row_error(const MdImagePriv *im, char *err, size_t errlen, int t, uint32_t row, int c, const char *fmt, uint32_t v,
                      uint32_t extra) {
    char what[160];
    snprintf(what, sizeof what, fmt, v, extra);
    return md_fail(err, errlen, im->pub.name, "metadata table %s row %u: column %s %s", schemas[t].name, row,
                   schemas[t].cols[c].name, what);
}

static bool cell_error(Loader *L, int t, uint32_t row, int c, const char *fmt, uint32_t v, uint32_t extra) {
    return row_error(L->im, L->err, L->errlen, t, row, c, fmt, v, extra);
}

/* The size of the length prefix of the blob at index v of #Blob (heap, size), with its
 * length in *len; 0 when v is outside the heap or the blob runs past it. Most
 * blobs are shorter than 128 bytes: that one-byte length is decoded inline. */
static inline uint32_t blob_prefix(const uint8_t *heap, uint32_t size, uint32_t v, uint32_t *len) {
    if (v >= size) return 0;
    uint32_t k;
    if (heap[v] < 0x80) k = 1, *len = heap[v];
    else if (!(k = md_decode_compressed(heap + v, heap + size, len))) return 0;
    return *len <= size - v - k ? k : 0;
}

/* Checks one cell; coded indexes become tokens in place. */
static bool check_cell(Loader *L, int t, uint32_t row, int c, uint32_t prev_list) {
    MdImage *img = &L->im->pub;
    const Col *col = &schemas[t].cols[c];
    uint32_t *v = cell(L, t, row, c);
    switch (col->kind) {
    case K_U16: case K_U32: return true;
    case K_STR:
        if (*v != 0 && *v >= L->im->strings_limit)
            return cell_error(L, t, row, c, "string index 0x%x outside #Strings (size %u) or unterminated", *v, img->strings_size);
        return true;
    case K_GUID:
        if (*v > img->guid_size / 16)
            return cell_error(L, t, row, c, "GUID index %u outside #GUID (%u GUIDs)", *v, img->guid_size / 16);
        return true;
    case K_BLOB: {
        if (*v == 0 && img->blob_size == 0) return true;
        uint32_t len;
        if (*v >= img->blob_size)
            return cell_error(L, t, row, c, "blob index 0x%x outside #Blob (size %u)", *v, img->blob_size);
        if (!blob_prefix(img->blob, img->blob_size, *v, &len))
            return cell_error(L, t, row, c, "blob at 0x%x has a length that runs past #Blob (size %u)", *v, img->blob_size);
        return true;
    }
    case K_IDX:
        if (*v > img->row_count[col->arg])
            return cell_error(L, t, row, c, "value %u out of range (%u rows)", *v, img->row_count[col->arg]);
        return true;
    case K_LIST: {
        uint32_t count = img->row_count[col->arg];
        if (*v == 0 && count == 0) *v = 1; /* some writers leave empty lists as 0 */
        if (*v == 0 || *v > count + 1)
            return cell_error(L, t, row, c, "value %u out of range (%u rows)", *v, count);
        if (*v < prev_list)
            return cell_error(L, t, row, c, "value %u is less than the previous row's %u (lists must be monotone)", *v, prev_list);
        return true;
    }
    default: {
        const Coded *cd = &coded_defs[col->arg];
        if (*v == 0) return true;
        uint32_t tag = *v & ((1u << cd->bits) - 1), r = *v >> cd->bits;
        if (tag >= cd->n || cd->tables[tag] == NONE)
            return cell_error(L, t, row, c, "value 0x%x has an invalid coded-index tag %u", *v, tag);
        uint8_t target = cd->tables[tag];
        if (r > img->row_count[target])
            return md_fail(L->err, L->errlen, NAME(L), "metadata table %s row %u: column %s value %u out of range (%s has %u rows)",
                           schemas[t].name, row, col->name, r, schemas[target].name, img->row_count[target]);
        *v = r ? MD_TOKEN(target, r) : 0;
        return true;
    }
    }
}

/* Whether every cell of column c of table t is valid (what check_cell
 * checks, without messages and without turning coded indexes into tokens;
 * empty lists written as 0 become 1 as there). */
__attribute__((noinline)) static bool column_ok(Loader *L, int t, int c) {
    MdImage *img = &L->im->pub;
    const Col *col = &schemas[t].cols[c];
    uint32_t n = img->row_count[t], nc = schemas[t].ncols;
    if (n == 0) return true;
    uint32_t *v = L->raw[t] + c, *end = v + (size_t)n * nc;
    switch (col->kind) {
    case K_U16: case K_U32: return true;
    case K_STR: {
        uint32_t limit = L->im->strings_limit;
        for (; v < end; v += nc)
            if (*v != 0 && *v >= limit) return false;
        return true;
    }
    case K_GUID: {
        uint32_t count = img->guid_size / 16;
        for (; v < end; v += nc)
            if (*v > count) return false;
        return true;
    }
    case K_BLOB: {
        const uint8_t *heap = img->blob;
        uint32_t size = img->blob_size, len;
        for (; v < end; v += nc) {
            if (*v == 0 && size == 0) continue;
            if (!blob_prefix(heap, size, *v, &len)) return false;
        }
        return true;
    }
    case K_IDX: {
        uint32_t count = img->row_count[col->arg];
        for (; v < end; v += nc)
            if (*v > count) return false;
        return true;
    }
    case K_LIST: {
        uint32_t count = img->row_count[col->arg], prev = 0;
        for (; v < end; v += nc) {
            if (*v == 0 && count == 0) *v = 1;
            if (*v == 0 || *v > count + 1 || *v < prev) return false;
            prev = *v;
        }
        return true;
    }
    default: {
        const Coded *cd = &coded_defs[col->arg];
        uint32_t mask = (1u << cd->bits) - 1;
        for (; v < end; v += nc) {
            if (*v == 0) continue;
            uint32_t tag = *v & mask;
            if (tag >= cd->n || cd->tables[tag] == NONE || (*v >> cd->bits) > img->row_count[cd->tables[tag]]) return false;
        }
        return true;
    }
    }
}

/* Records whether table t's lookup key is in order as read: the raw value of
 * a coded index is its sort key, the same one ensure_sorted computes back
 * from the token. */
__attribute__((noinline)) static void note_key_order(Loader *L, int t) {
    for (size_t i = 0; i < sizeof sorted_tables / sizeof sorted_tables[0]; i++) {
        if (sorted_tables[i][0] != t) continue;
        uint32_t n = L->im->pub.row_count[t], nc = schemas[t].ncols;
        const uint32_t *v = L->raw[t] + sorted_tables[i][1], *end = v + (size_t)n * nc;
        bool in_order = true;
        for (v += nc; in_order && v < end; v += nc) in_order = v[-(ptrdiff_t)nc] <= v[0];
        L->key_in_order[t] = in_order;
    }
}

/* A validated coded-index column becomes tokens (a null row, token 0). */
__attribute__((noinline)) static void column_to_tokens(Loader *L, int t, int c) {
    const Coded *cd = &coded_defs[schemas[t].cols[c].arg];
    uint32_t n = L->im->pub.row_count[t], nc = schemas[t].ncols, mask = (1u << cd->bits) - 1;
    if (n == 0) return;
    for (uint32_t *v = L->raw[t] + c, *end = v + (size_t)n * nc; v < end; v += nc) {
        uint32_t r = *v >> cd->bits;
        *v = r ? MD_TOKEN(cd->tables[*v & mask], r) : 0;
    }
}

/* Moves the rows of table t so that new row i is old row perm[i] (1-based),
 * and rewrites every reference to t elsewhere. */
static bool apply_perm(Loader *L, int t, const uint32_t *perm) {
    MdImagePriv *im = L->im;
    uint32_t n = im->pub.row_count[t], nc = schemas[t].ncols;
    uint32_t *inv = calloc((size_t)n + 1, sizeof(uint32_t));
    uint32_t *moved = malloc((size_t)n * nc * sizeof(uint32_t) + 1);
    if (!inv || !moved) { free(inv); free(moved); return md_fail(L->err, L->errlen, NAME(L), "out of memory"); }
    for (uint32_t i = 1; i <= n; i++) {
        inv[perm[i]] = i;
        memcpy(moved + (size_t)(i - 1) * nc, cell(L, t, perm[i], 0), nc * sizeof(uint32_t));
    }
    free(L->raw[t]);
    L->raw[t] = moved;
    for (int u = 0; u < MD_TABLE_COUNT; u++) {
        if (!L->raw[u]) continue;  /* empty, or Param read in place (it references no table) */
        for (uint32_t r = 1; r <= im->pub.row_count[u]; r++) {
            for (int c = 0; c < schemas[u].ncols; c++) {
                const Col *col = &schemas[u].cols[c];
                uint32_t *v = cell(L, u, r, c);
                if (col->kind == K_IDX && col->arg == t && *v) *v = inv[*v];
                else if (col->kind == K_CODED && *v && MD_TOKEN_TABLE(*v) == (uint32_t)t)
                    *v = MD_TOKEN(t, inv[MD_TOKEN_ROW(*v)]);
            }
        }
    }
    im->phys_to_logical[t] = inv;
    L->reordered = true;
    return true;
}

__attribute__((noinline)) static bool resolve_ptr_table(Loader *L, int ptr, int target) {
    MdImage *img = &L->im->pub;
    uint32_t n = img->row_count[ptr];
    if (n == 0) return true;
    if (n != img->row_count[target])
        return md_fail(L->err, L->errlen, NAME(L), "metadata table %s has %u rows but %s has %u (expected a permutation)",
                       schemas[ptr].name, n, schemas[target].name, img->row_count[target]);
    uint32_t *perm = calloc((size_t)n + 1, sizeof(uint32_t));
    uint8_t *seen = calloc((size_t)n + 1, 1);
    bool ok = perm && seen;
    if (!ok) md_fail(L->err, L->errlen, NAME(L), "out of memory");
    for (uint32_t i = 1; ok && i <= n; i++) {
        uint32_t v = *cell(L, ptr, i, 0);
        if (v == 0 || seen[v]) {
            ok = md_fail(L->err, L->errlen, NAME(L), "metadata table %s row %u: value %u repeats or is null (expected a permutation)",
                         schemas[ptr].name, i, v);
            break;
        }
        seen[v] = 1;
        perm[i] = v;
    }
    if (ok) ok = apply_perm(L, target, perm);
    free(perm);
    free(seen);
    return ok;
}

static int cmp_u64(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* Lookup tables must be sorted by their key for binary search; sort those that are not. */
__attribute__((noinline)) static bool ensure_sorted(Loader *L, int t, int keycol) {
    if (L->key_in_order[t] && !L->reordered) return true;
    MdImage *img = &L->im->pub;
    uint32_t n = img->row_count[t];
    const Col *col = &schemas[t].cols[keycol];
    uint64_t *keys = malloc((size_t)n * sizeof(uint64_t) + 1);
    if (!keys) return md_fail(L->err, L->errlen, NAME(L), "out of memory");
    bool sorted = true;
    for (uint32_t i = 1; i <= n; i++) {
        uint32_t v = *cell(L, t, i, keycol);
        uint32_t k = col->kind == K_CODED ? md_coded_encode(col->arg, v) : v;
        keys[i - 1] = ((uint64_t)k << 32) | i; /* row number as tie-break keeps the sort stable */
        if (i > 1 && (keys[i - 2] >> 32) > k) sorted = false;
    }
    bool ok = true;
    if (!sorted) {
        qsort(keys, n, sizeof(uint64_t), cmp_u64);
        uint32_t *perm = malloc(((size_t)n + 1) * sizeof(uint32_t));
        if (!perm) ok = md_fail(L->err, L->errlen, NAME(L), "out of memory");
        else {
            perm[0] = 0;
            for (uint32_t i = 1; i <= n; i++) perm[i] = (uint32_t)keys[i - 1];
            ok = apply_perm(L, t, perm);
            free(perm);
        }
    }
    free(keys);
    return ok;
}

/* ---- filling the public row structs ---- */

static const char *str_at(const MdImage *img, uint32_t v) { return v ? (const char *)img->strings + v : ""; }

static inline MdBlob blob_at(const MdImage *img, uint32_t v) {
    static const uint8_t empty[1] = {0};
    MdBlob b = {empty, 0};
    if (v >= img->blob_size) return b; /* index 0 into an absent heap */
    uint32_t len, n = blob_prefix(img->blob, img->blob_size, v, &len);
    if (n && len) { b.ptr = img->blob + v + n; b.len = len; }
    return b;
}

#define ALLOC_ROWS(field, type, t)                                                            \
    do {                                                                                      \
        img->field = md_arena_alloc_uninit(img->arena, sizeof(type) * ((size_t)img->row_count[t] + 1)); \
        if (!img->field) return md_fail(L->err, L->errlen, NAME(L), "out of memory");         \
        memset(&img->field[0], 0, sizeof(type));  /* the dummy row; the loop fills the rest */ \
    } while (0)

__attribute__((noinline)) static bool fill_table(Loader *L, int t) {
    MdImage *img = &L->im->pub;
#define FOR_ROWS(t) for (uint32_t r = 1, *x = L->raw[t]; r <= img->row_count[t]; r++, x += schemas[t].ncols)
#define S(i) str_at(img, x[i])
#define B(i) blob_at(img, x[i])
    switch (t) {
    case MD_MODULE:
        ALLOC_ROWS(modules, MdModuleRow, MD_MODULE);
        FOR_ROWS(MD_MODULE) img->modules[r] = (MdModuleRow){(uint16_t)x[0], S(1), x[2]};
        break;
    case MD_TYPEREF:
        ALLOC_ROWS(typerefs, MdTypeRefRow, MD_TYPEREF);
        FOR_ROWS(MD_TYPEREF) img->typerefs[r] = (MdTypeRefRow){x[0], S(1), S(2)};
        break;
    case MD_TYPEDEF:
        ALLOC_ROWS(typedefs, MdTypeDefRow, MD_TYPEDEF);
        FOR_ROWS(MD_TYPEDEF) img->typedefs[r] = (MdTypeDefRow){x[0], S(1), S(2), x[3], x[4], x[5]};
        break;
    case MD_FIELD:
        ALLOC_ROWS(fields, MdFieldRow, MD_FIELD);
        FOR_ROWS(MD_FIELD) img->fields[r] = (MdFieldRow){(uint16_t)x[0], S(1), B(2)};
        break;
    case MD_INTERFACEIMPL:
        ALLOC_ROWS(interfaceimpls, MdInterfaceImplRow, MD_INTERFACEIMPL);
        FOR_ROWS(MD_INTERFACEIMPL) img->interfaceimpls[r] = (MdInterfaceImplRow){x[0], x[1]};
        break;
    case MD_MEMBERREF:
        ALLOC_ROWS(memberrefs, MdMemberRefRow, MD_MEMBERREF);
        FOR_ROWS(MD_MEMBERREF) img->memberrefs[r] = (MdMemberRefRow){x[0], S(1), B(2)};
        break;
    case MD_CONSTANT:
        ALLOC_ROWS(constants, MdConstantRow, MD_CONSTANT);
        FOR_ROWS(MD_CONSTANT) img->constants[r] = (MdConstantRow){(uint8_t)(x[0] & 0xFF), x[1], B(2)};
        break;
    case MD_CUSTOMATTRIBUTE:
        ALLOC_ROWS(customattributes, MdCustomAttributeRow, MD_CUSTOMATTRIBUTE);
        FOR_ROWS(MD_CUSTOMATTRIBUTE) img->customattributes[r] = (MdCustomAttributeRow){x[0], x[1], B(2)};
        break;
    case MD_CLASSLAYOUT:
        ALLOC_ROWS(classlayouts, MdClassLayoutRow, MD_CLASSLAYOUT);
        FOR_ROWS(MD_CLASSLAYOUT) img->classlayouts[r] = (MdClassLayoutRow){(uint16_t)x[0], x[1], x[2]};
        break;
    case MD_FIELDLAYOUT:
        ALLOC_ROWS(fieldlayouts, MdFieldLayoutRow, MD_FIELDLAYOUT);
        FOR_ROWS(MD_FIELDLAYOUT) img->fieldlayouts[r] = (MdFieldLayoutRow){x[0], x[1]};
        break;
    case MD_STANDALONESIG:
        ALLOC_ROWS(standalonesigs, MdStandAloneSigRow, MD_STANDALONESIG);
        FOR_ROWS(MD_STANDALONESIG) img->standalonesigs[r] = (MdStandAloneSigRow){B(0)};
        break;
    case MD_EVENTMAP:
        ALLOC_ROWS(eventmaps, MdEventMapRow, MD_EVENTMAP);
        FOR_ROWS(MD_EVENTMAP) img->eventmaps[r] = (MdEventMapRow){x[0], x[1]};
        break;
    case MD_EVENT:
        ALLOC_ROWS(events, MdEventRow, MD_EVENT);
        FOR_ROWS(MD_EVENT) img->events[r] = (MdEventRow){(uint16_t)x[0], S(1), x[2]};
        break;
    case MD_PROPERTYMAP:
        ALLOC_ROWS(propertymaps, MdPropertyMapRow, MD_PROPERTYMAP);
        FOR_ROWS(MD_PROPERTYMAP) img->propertymaps[r] = (MdPropertyMapRow){x[0], x[1]};
        break;
    case MD_PROPERTY:
        ALLOC_ROWS(properties, MdPropertyRow, MD_PROPERTY);
        FOR_ROWS(MD_PROPERTY) img->properties[r] = (MdPropertyRow){(uint16_t)x[0], S(1), B(2)};
        break;
    case MD_METHODSEMANTICS:
        ALLOC_ROWS(methodsemantics, MdMethodSemanticsRow, MD_METHODSEMANTICS);
        FOR_ROWS(MD_METHODSEMANTICS) img->methodsemantics[r] = (MdMethodSemanticsRow){(uint16_t)x[0], x[1], x[2]};
        break;
    case MD_METHODIMPL:
        ALLOC_ROWS(methodimpls, MdMethodImplRow, MD_METHODIMPL);
        FOR_ROWS(MD_METHODIMPL) img->methodimpls[r] = (MdMethodImplRow){x[0], x[1], x[2]};
        break;
    case MD_MODULEREF:
        ALLOC_ROWS(modulerefs, MdModuleRefRow, MD_MODULEREF);
        FOR_ROWS(MD_MODULEREF) img->modulerefs[r] = (MdModuleRefRow){S(0)};
        break;
    case MD_TYPESPEC:
        ALLOC_ROWS(typespecs, MdTypeSpecRow, MD_TYPESPEC);
        FOR_ROWS(MD_TYPESPEC) img->typespecs[r] = (MdTypeSpecRow){B(0)};
        break;
    case MD_IMPLMAP:
        ALLOC_ROWS(implmaps, MdImplMapRow, MD_IMPLMAP);
        FOR_ROWS(MD_IMPLMAP) img->implmaps[r] = (MdImplMapRow){(uint16_t)x[0], x[1], S(2), x[3]};
        break;
    case MD_FIELDRVA:
        ALLOC_ROWS(fieldrvas, MdFieldRVARow, MD_FIELDRVA);
        FOR_ROWS(MD_FIELDRVA) img->fieldrvas[r] = (MdFieldRVARow){x[0], x[1]};
        break;
    case MD_ASSEMBLY:
        ALLOC_ROWS(assemblies, MdAssemblyRow, MD_ASSEMBLY);
        FOR_ROWS(MD_ASSEMBLY) img->assemblies[r] = (MdAssemblyRow){x[0], (uint16_t)x[1], (uint16_t)x[2], (uint16_t)x[3],
                                                                   (uint16_t)x[4], x[5], B(6), S(7), S(8)};
        break;
    case MD_ASSEMBLYREF:
        ALLOC_ROWS(assemblyrefs, MdAssemblyRefRow, MD_ASSEMBLYREF);
        FOR_ROWS(MD_ASSEMBLYREF) img->assemblyrefs[r] = (MdAssemblyRefRow){(uint16_t)x[0], (uint16_t)x[1], (uint16_t)x[2],
                                                                          (uint16_t)x[3], x[4], B(5), S(6), S(7), B(8)};
        break;
    case MD_FILE:
        ALLOC_ROWS(files, MdFileRow, MD_FILE);
        FOR_ROWS(MD_FILE) img->files[r] = (MdFileRow){x[0], S(1), B(2)};
        break;
    case MD_EXPORTEDTYPE:
        ALLOC_ROWS(exportedtypes, MdExportedTypeRow, MD_EXPORTEDTYPE);
        FOR_ROWS(MD_EXPORTEDTYPE) img->exportedtypes[r] = (MdExportedTypeRow){x[0], x[1], S(2), S(3), x[4]};
        break;
    case MD_MANIFESTRESOURCE:
        ALLOC_ROWS(manifestresources, MdManifestResourceRow, MD_MANIFESTRESOURCE);
        FOR_ROWS(MD_MANIFESTRESOURCE) img->manifestresources[r] = (MdManifestResourceRow){x[0], x[1], S(2), x[3]};
        break;
    case MD_NESTEDCLASS:
        ALLOC_ROWS(nestedclasses, MdNestedClassRow, MD_NESTEDCLASS);
        FOR_ROWS(MD_NESTEDCLASS) img->nestedclasses[r] = (MdNestedClassRow){x[0], x[1]};
        break;
    case MD_GENERICPARAM:
        ALLOC_ROWS(genericparams, MdGenericParamRow, MD_GENERICPARAM);
        FOR_ROWS(MD_GENERICPARAM) img->genericparams[r] = (MdGenericParamRow){(uint16_t)x[0], (uint16_t)x[1], x[2], S(3)};
        break;
    case MD_METHODSPEC:
        ALLOC_ROWS(methodspecs, MdMethodSpecRow, MD_METHODSPEC);
        FOR_ROWS(MD_METHODSPEC) img->methodspecs[r] = (MdMethodSpecRow){x[0], B(1)};
        break;
    case MD_GENERICPARAMCONSTRAINT:
        ALLOC_ROWS(genericparamconstraints, MdGenericParamConstraintRow, MD_GENERICPARAMCONSTRAINT);
        FOR_ROWS(MD_GENERICPARAMCONSTRAINT) img->genericparamconstraints[r] = (MdGenericParamConstraintRow){x[0], x[1]};
        break;
    case MD_METHODDEF:
        if (L->raw[MD_METHODDEF]) {
            L->im->methoddef_rows = malloc(sizeof(MdMethodDefRow) * ((size_t)img->row_count[MD_METHODDEF] + 1));
            if (!L->im->methoddef_rows) return md_fail(L->err, L->errlen, NAME(L), "out of memory");
            memset(&L->im->methoddef_rows[0], 0, sizeof(MdMethodDefRow));
            FOR_ROWS(MD_METHODDEF) L->im->methoddef_rows[r] = (MdMethodDefRow){x[0], (uint16_t)x[1], (uint16_t)x[2], S(3), B(4), x[5]};
        }
        break;
    case MD_PARAM:
        if (L->raw[MD_PARAM]) {
            L->im->param_rows = malloc(sizeof(MdParamRow) * ((size_t)img->row_count[MD_PARAM] + 1));
            if (!L->im->param_rows) return md_fail(L->err, L->errlen, NAME(L), "out of memory");
            FOR_ROWS(MD_PARAM) L->im->param_rows[r] = (MdParamRow){(uint16_t)x[0], (uint16_t)x[1], S(2)};
        }
        break;
    default: break;  /* no row struct */
    }
#undef FOR_ROWS
#undef S
#undef B
    return true;
}

static uint32_t param_name_index(const uint8_t *row, bool wide) { return wide ? md_le32(row + 4) : md_le16(row + 4); }

static bool param_name_ok(const MdImagePriv *im, uint32_t r, uint32_t v, char *err, size_t errlen) {
    if (v != 0 && v >= im->strings_limit)
        return row_error(im, err, errlen, MD_PARAM, r, 2, "string index 0x%x outside #Strings (size %u) or unterminated", v,
                         im->pub.strings_size);
    return true;
}

static bool params_in_place_ok(const MdImagePriv *im, char *err, size_t errlen) {
    const uint8_t *rows = im->pub.data + im->table_offset[MD_PARAM];
    uint32_t n = im->pub.row_count[MD_PARAM], rowsize = im->row_size[MD_PARAM];
    for (uint32_t r = 1; r <= n; r++, rows += rowsize)
        if (!param_name_ok(im, r, param_name_index(rows, im->param_name_wide), err, errlen)) return false;
    return true;
}

static inline uint32_t read_index(const uint8_t *p, bool wide) { return wide ? md_le32(p) : md_le16(p); }

static inline const uint8_t *methoddef_at(const MdImagePriv *im, uint32_t row) {
    return im->pub.data + im->table_offset[MD_METHODDEF] + (size_t)(row - 1) * im->row_size[MD_METHODDEF];
}

/* ParamList of the MethodDef row at p, empty lists written as 0 read as 1
 * when Param is empty (as check_cell reads them). */
static inline uint32_t methoddef_list(const MdImagePriv *im, const uint8_t *p) {
    uint32_t sig_at = 8 + (im->methoddef_name_wide ? 4 : 2), list_at = sig_at + (im->methoddef_sig_wide ? 4 : 2);
    uint32_t list = read_index(p + list_at, im->methoddef_params_wide);
    return list == 0 && im->pub.row_count[MD_PARAM] == 0 ? 1 : list;
}

/* MethodDef row r (at p) checked as check_cell checks it: Name, Signature,
 * ParamList against the previous row's list (RVA and the flags need none). */
static inline bool methoddef_row_ok(const MdImagePriv *im, uint32_t r, const uint8_t *p, uint32_t prev, char *err,
                                    size_t errlen) {
    const MdImage *img = &im->pub;
    uint32_t params = img->row_count[MD_PARAM];
    uint32_t sig_at = 8 + (im->methoddef_name_wide ? 4 : 2);
    uint32_t name = read_index(p + 8, im->methoddef_name_wide);
    if (name != 0 && name >= im->strings_limit)
        return row_error(im, err, errlen, MD_METHODDEF, r, 3, "string index 0x%x outside #Strings (size %u) or unterminated",
                         name, img->strings_size);
    uint32_t sig = read_index(p + sig_at, im->methoddef_sig_wide);
    if (!(sig == 0 && img->blob_size == 0)) {
        uint32_t len;
        if (sig >= img->blob_size)
            return row_error(im, err, errlen, MD_METHODDEF, r, 4, "blob index 0x%x outside #Blob (size %u)", sig, img->blob_size);
        if (!blob_prefix(img->blob, img->blob_size, sig, &len))
            return row_error(im, err, errlen, MD_METHODDEF, r, 4, "blob at 0x%x has a length that runs past #Blob (size %u)",
                             sig, img->blob_size);
    }
    uint32_t list = methoddef_list(im, p);
    if (list == 0 || list > params + 1)
        return row_error(im, err, errlen, MD_METHODDEF, r, 5, "value %u out of range (%u rows)", list, params);
    if (list < prev)
        return row_error(im, err, errlen, MD_METHODDEF, r, 5,
                         "value %u is less than the previous row's %u (lists must be monotone)", list, prev);
    return true;
}

__attribute__((noinline)) static bool methoddefs_in_place_ok(const MdImagePriv *im, char *err, size_t errlen) {
    const uint8_t *row = methoddef_at(im, 1);
    uint32_t rowsize = im->row_size[MD_METHODDEF], n = im->pub.row_count[MD_METHODDEF], prev = 0;
    for (uint32_t r = 1; r <= n; r++, row += rowsize) {
        if (!methoddef_row_ok(im, r, row, prev, err, errlen)) return false;
        prev = methoddef_list(im, row);
    }
    return true;
}

static MdLateErrorHandler late_error_handler;

void md_set_late_error_handler(MdLateErrorHandler handler) { late_error_handler = handler; }

static void report_late(const char *message) {
    if (late_error_handler) late_error_handler(message);
    else fprintf(stderr, "%s\n", message);
}

/* A lazy open checks in-place MethodDef rows when first read (one bit each). */
__attribute__((noinline)) static bool methoddef_row_checked_now(MdImagePriv *im, uint32_t row, const uint8_t *p) {
    char err[512];
    if (!methoddef_row_ok(im, row, p, row > 1 ? methoddef_list(im, p - im->row_size[MD_METHODDEF]) : 0, err, sizeof err)) {
        report_late(err);
        return false;
    }
    im->methoddef_checked[row >> 3] |= (uint8_t)(1u << (row & 7));
    return true;
}

MdMethodDefRow md_methoddef_row(const MdImage *img, uint32_t row) {
    MdImagePriv *im = md_priv(img);
    if (row == 0 || row > img->row_count[MD_METHODDEF]) return (MdMethodDefRow){0, 0, 0, "", blob_at(img, img->blob_size), 0};
    if (im->methoddef_rows) return im->methoddef_rows[row];
    const uint8_t *p = methoddef_at(im, row);
    uint32_t sig_at = 8 + (im->methoddef_name_wide ? 4 : 2), list_at = sig_at + (im->methoddef_sig_wide ? 4 : 2);
    uint32_t list = read_index(p + list_at, im->methoddef_params_wide);
    if (im->methoddef_checked && !(im->methoddef_checked[row >> 3] >> (row & 7) & 1) && !methoddef_row_checked_now(im, row, p)) {
        /* malformed: every cell null, the list clamped into the Param table */
        uint32_t params = img->row_count[MD_PARAM];
        return (MdMethodDefRow){0, 0, 0, "", blob_at(img, img->blob_size), list < 1 ? 1 : list > params + 1 ? params + 1 : list};
    }
    return (MdMethodDefRow){md_le32(p), md_le16(p + 4), md_le16(p + 6), str_at(img, read_index(p + 8, im->methoddef_name_wide)),
                            blob_at(img, read_index(p + sig_at, im->methoddef_sig_wide)), list ? list : 1};
}

uint16_t md_methoddef_flags(const MdImage *img, uint32_t row) {
    const MdImagePriv *im = md_priv(img);
    if (row == 0 || row > img->row_count[MD_METHODDEF]) return 0;
    if (im->methoddef_rows) return im->methoddef_rows[row].flags;
    return md_le16(methoddef_at(im, row) + 6);   /* a fixed-size column: nothing to check */
}

MdParamRow md_param_row(const MdImage *img, uint32_t row) {
    const MdImagePriv *im = md_priv(img);
    if (im->param_rows) return im->param_rows[row];
    const uint8_t *p = img->data + im->table_offset[MD_PARAM] + (size_t)(row - 1) * im->row_size[MD_PARAM];
    uint32_t name = param_name_index(p, im->param_name_wide);
    if (im->params_unchecked && name != 0 && name >= im->strings_limit) {
        char err[512];
        param_name_ok(im, row, name, err, sizeof err);
        report_late(err);
        name = 0;
    }
    return (MdParamRow){md_le16(p), md_le16(p + 2), str_at(img, name)};
}

/* The loops over every row live in functions of their own (noinline, here
 * and below): the engine compiles a hot function again, whole, with its
 * optimizing compiler, and these run hot once, at load. Inlined, they made
 * one 14 KB function of the image loader that V8 spent 0.2 s of CPU
 * optimizing in the background while the program ran. */
__attribute__((noinline)) static void read_column(const uint8_t *p, uint8_t width, uint32_t rowsize, uint32_t n,
                                                  uint32_t *out, uint32_t nc) {
    if (width == 2)
        for (uint32_t r = 0; r < n; r++, p += rowsize, out += nc) *out = md_le16(p);
    else
        for (uint32_t r = 0; r < n; r++, p += rowsize, out += nc) *out = md_le32(p);
}

/* Tables a lazy open leaves undecoded until first asked for (md_table_ready):
 * none is read while a type loads, and the runtime reaches each through a
 * md_ call that decodes it first. In the corlib they are a third of the
 * cells (Property, MethodSemantics, Constant, CustomAttribute, ...). */
static bool deferrable(int t) {
    switch (t) {
    case MD_CONSTANT: case MD_CUSTOMATTRIBUTE: case MD_FIELDMARSHAL: case MD_DECLSECURITY: case MD_EVENTMAP:
    case MD_EVENT: case MD_PROPERTYMAP: case MD_PROPERTY: case MD_METHODSEMANTICS: case MD_IMPLMAP: case MD_ENCLOG:
    case MD_ENCMAP: case MD_ASSEMBLYPROCESSOR: case MD_ASSEMBLYOS: case MD_ASSEMBLYREFPROCESSOR: case MD_ASSEMBLYREFOS:
    case MD_EXPORTEDTYPE: case MD_MANIFESTRESOURCE:
        return true;
    default:
        return false;
    }
}

/* Table t's cells into L->raw[t], column by column (the width test leaves
 * the inner loop). The table's bounds were checked at open. */
static bool read_table(Loader *L, int t) {
    MdImagePriv *im = L->im;
    uint32_t n = im->pub.row_count[t], nc = schemas[t].ncols, off = 0;
    L->raw[t] = malloc((size_t)n * nc * sizeof(uint32_t));
    if (!L->raw[t]) return md_fail(L->err, L->errlen, NAME(L), "out of memory");
    const uint8_t *p = im->pub.data + im->table_offset[t];
    for (uint32_t c = 0; c < nc; c++) {
        read_column(p + off, im->col_width[t][c], im->row_size[t], n, L->raw[t] + c, nc);
        off += im->col_width[t][c];
    }
    return true;
}

/* Validates table t's cells: a fast pass per column; when it finds a bad
 * cell, the cell-by-cell pass in row order names the first one. Coded
 * indexes become tokens. */
static bool validate_table(Loader *L, int t) {
    MdImage *img = &L->im->pub;
    bool ok = true;
    for (int c = 0; ok && c < schemas[t].ncols; c++) ok = column_ok(L, t, c);
    if (ok) {
        note_key_order(L, t);
        for (int c = 0; c < schemas[t].ncols; c++)
            if (schemas[t].cols[c].kind == K_CODED) column_to_tokens(L, t, c);
        return true;
    }
    uint32_t prev[9] = {0};
    for (uint32_t r = 1; r <= img->row_count[t]; r++)
        for (int c = 0; c < schemas[t].ncols; c++) {
            if (!check_cell(L, t, r, c, prev[c])) return false;
            prev[c] = *cell(L, t, r, c);
        }
    return md_fail(L->err, L->errlen, NAME(L), "metadata table %s: a cell failed validation", schemas[t].name);
}

static int sort_key_column(int t) {
    for (size_t i = 0; i < sizeof sorted_tables / sizeof sorted_tables[0]; i++)
        if (sorted_tables[i][0] == t) return sorted_tables[i][1];
    return -1;
}

static bool load(Loader *L, const uint8_t *data, uint32_t size, bool uncompressed, bool lazy) {
    MdImagePriv *im = L->im;
    MdImage *img = &im->pub;
    if (size < 24) return md_fail(L->err, L->errlen, NAME(L), "table stream is too small (%u bytes)", size);
    uint8_t heap_sizes = data[6];
    im->tables_stream_offset = (uint32_t)(data - img->data);
    uint64_t valid = md_le64(data + 8);
    uint32_t pos = 24;
    for (int bit = 0; bit < 64; bit++) {
        if (!(valid >> bit & 1)) continue;
        if (bit >= MD_TABLE_COUNT)
            return md_fail(L->err, L->errlen, NAME(L), "table stream: unknown table 0x%02x in the Valid mask", bit);
        if ((uint64_t)pos + 4 > size) return md_fail(L->err, L->errlen, NAME(L), "table stream: row counts run past the stream");
        uint32_t n = md_le32(data + pos);
        pos += 4;
        if (n > 0x00FFFFFF)
            return md_fail(L->err, L->errlen, NAME(L), "metadata table %s: row count %u exceeds the token limit", schemas[bit].name, n);
        img->row_count[bit] = n;
    }
    /* Edit-and-continue writers may append 4 bytes of extra data after the counts. */
    if (uncompressed && (heap_sizes & 0x40)) pos += 4;

    for (int t = 0; t < MD_TABLE_COUNT; t++) {
        uint32_t rowsize = 0, n = img->row_count[t];
        for (int c = 0; c < schemas[t].ncols; c++) {
            im->col_width[t][c] = (uint8_t)column_width(img, heap_sizes, &schemas[t].cols[c]);
            rowsize += im->col_width[t][c];
        }
        im->row_size[t] = rowsize;
        im->table_offset[t] = (uint32_t)(data + pos - img->data);
        if (n == 0) continue;
        if ((uint64_t)pos + (uint64_t)rowsize * n > size)
            return md_fail(L->err, L->errlen, NAME(L), "metadata table %s (%u rows of %u bytes) runs past the table stream",
                           schemas[t].name, n, rowsize);
        if (t == MD_PARAM && img->row_count[MD_PARAMPTR] == 0) {
            /* Read in place later (md_param_row); only its name column needs checking now. */
            im->param_name_wide = im->col_width[t][2] == 4;
            if (lazy) im->params_unchecked = true;  /* checked by md_param_row */
            else if (!params_in_place_ok(im, L->err, L->errlen)) return false;
        } else if (t == MD_METHODDEF && img->row_count[MD_METHODPTR] == 0) {
            /* Read in place later (md_methoddef_row), checked with the other tables below. */
            im->methoddef_name_wide = im->col_width[t][3] == 4;
            im->methoddef_sig_wide = im->col_width[t][4] == 4;
            im->methoddef_params_wide = im->col_width[t][5] == 4;
            /* A lazy open checks each row when first read (md_methoddef_row). */
            if (lazy && !(im->methoddef_checked = calloc(n / 8 + 1, 1)))
                return md_fail(L->err, L->errlen, NAME(L), "out of memory");
        } else if (lazy && deferrable(t)) {
            im->deferred |= 1ull << t;
        } else if (!read_table(L, t)) {
            return false;
        }
        pos += rowsize * n;
    }

    for (int t = 0; t < MD_TABLE_COUNT; t++) {
        if (t == MD_METHODDEF && !L->raw[t] && img->row_count[t] && !im->methoddef_checked &&
            !methoddefs_in_place_ok(im, L->err, L->errlen))
            return false;
        if (L->raw[t] && !validate_table(L, t)) return false;  /* otherwise empty, in place or deferred */
    }

    /* Reordering rewrites the references in every decoded table: an image
     * that needs it (Ptr tables, a lookup table out of order) defers nothing. */
    bool reorders = false;
    for (int t = MD_FIELDPTR; t <= MD_PROPERTYPTR; t++)
        if ((t == MD_FIELDPTR || t == MD_METHODPTR || t == MD_PARAMPTR || t == MD_EVENTPTR || t == MD_PROPERTYPTR) &&
            img->row_count[t])
            reorders = true;
    for (size_t i = 0; i < sizeof sorted_tables / sizeof sorted_tables[0]; i++) {
        int t = sorted_tables[i][0];
        if (L->raw[t] && img->row_count[t] > 1 && !L->key_in_order[t]) reorders = true;
    }
    if (reorders && im->deferred) {
        for (int t = 0; t < MD_TABLE_COUNT; t++)
            if ((im->deferred >> t & 1) && !read_table(L, t)) return false;
        for (int t = 0; t < MD_TABLE_COUNT; t++)
            if ((im->deferred >> t & 1) && !validate_table(L, t)) return false;
        im->deferred = 0;
    }

    static const uint8_t ptrs[][2] = {{MD_FIELDPTR, MD_FIELD}, {MD_METHODPTR, MD_METHODDEF}, {MD_PARAMPTR, MD_PARAM},
                                      {MD_EVENTPTR, MD_EVENT}, {MD_PROPERTYPTR, MD_PROPERTY}};
    for (size_t i = 0; i < sizeof ptrs / sizeof ptrs[0]; i++)
        if (!resolve_ptr_table(L, ptrs[i][0], ptrs[i][1])) return false;
    for (size_t i = 0; i < sizeof sorted_tables / sizeof sorted_tables[0]; i++)
        if (L->raw[sorted_tables[i][0]] && img->row_count[sorted_tables[i][0]] > 1 &&
            !ensure_sorted(L, sorted_tables[i][0], sorted_tables[i][1]))
            return false;
    for (int t = 0; t < MD_TABLE_COUNT; t++)
        if (!(im->deferred >> t & 1) && !fill_table(L, t)) return false;
    return true;
}

bool md_tables_load(MdImagePriv *im, const uint8_t *data, uint32_t size, bool uncompressed, bool lazy, char *err,
                    size_t errlen) {
    Loader L;
    memset(&L, 0, sizeof L);
    L.im = im; L.err = err; L.errlen = errlen;
    bool ok = load(&L, data, size, uncompressed, lazy);
    for (int t = 0; t < MD_TABLE_COUNT; t++) free(L.raw[t]);
    return ok;
}

/* Decodes deferred table t now: read, validate, sort if it is a lookup
 * table (nothing else refers to the deferred ones' rows, and nothing was
 * reordered at open, so sorting moves only its own rows), fill the rows.
 * On failure its rows stay indexable, every cell null. */
static bool load_deferred(MdImagePriv *im, int t, char *err, size_t errlen) {
    Loader L;
    memset(&L, 0, sizeof L);
    L.im = im; L.err = err; L.errlen = errlen;
    im->deferred &= ~(1ull << t);
    bool ok = read_table(&L, t) && validate_table(&L, t);
    int key = sort_key_column(t);
    if (ok && key >= 0 && im->pub.row_count[t] > 1) ok = ensure_sorted(&L, t, key);
    if (!ok && L.raw[t]) memset(L.raw[t], 0, (size_t)im->pub.row_count[t] * schemas[t].ncols * sizeof(uint32_t));
    if (!L.raw[t]) im->pub.row_count[t] = 0;
    char spare[8];
    if (!ok) L.err = spare, L.errlen = sizeof spare;  /* keep the first message */
    if (!fill_table(&L, t)) ok = false;
    free(L.raw[t]);
    return ok;
}

bool md_table_ready(const MdImage *img, MdTable t) {
    MdImagePriv *im = md_priv(img);
    if ((unsigned)t >= MD_TABLE_COUNT || !(im->deferred >> t & 1)) return true;
    char err[512];
    if (load_deferred(im, t, err, sizeof err)) return true;
    report_late(err);
    return false;
}

bool md_image_load_all(MdImage *img, char *err, size_t errlen) {
    MdImagePriv *im = md_priv(img);
    if (im->params_unchecked) {
        if (!params_in_place_ok(im, err, errlen)) return false;
        im->params_unchecked = false;
    }
    if (im->methoddef_checked) {
        if (!methoddefs_in_place_ok(im, err, errlen)) return false;
        free(im->methoddef_checked);
        im->methoddef_checked = NULL;
    }
    for (int t = 0; t < MD_TABLE_COUNT; t++)
        if ((im->deferred >> t & 1) && !load_deferred(im, t, err, errlen)) return false;
    return true;
}

uint32_t md_map_token(const MdImage *img, uint32_t token) {
    uint32_t t = MD_TOKEN_TABLE(token), r = MD_TOKEN_ROW(token);
    if (t >= MD_TABLE_COUNT || r == 0 || r > img->row_count[t]) return token;
    const uint32_t *map = md_priv(img)->phys_to_logical[t];
    return map ? MD_TOKEN(t, map[r]) : token;
}
