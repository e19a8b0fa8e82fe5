/* find.c — lookups in the tables that II.22 keeps sorted by a key column.
 * md_tables_load guarantees every one of these is sorted (it sorts the
 * ones a writer left unsorted), so a lower-bound binary search is exact. */
#include "metadata/md_private.h"

#include <stddef.h>
#include <stdlib.h>

typedef struct Keyed {
    const uint8_t *rows;  /* row array, element 0 is the dummy */
    size_t stride, offset;
    uint32_t count;
    int coded;            /* MD_CI_* when the key is a token compared in its coded form, else -1 */
} Keyed;

static uint32_t key_of(const Keyed *k, uint32_t row) {
    uint32_t v = *(const uint32_t *)(const void *)(k->rows + row * k->stride + k->offset);
    return k->coded >= 0 ? md_coded_encode(k->coded, v) : v;
}

/* [first,end) of rows whose key is `key`; both 0 when there is none. */
static void range(const Keyed *k, uint32_t key_token, uint32_t *first, uint32_t *end) {
    *first = *end = 0;
    if (!k->rows || k->count == 0 || key_token == 0) return;
    uint32_t key = k->coded >= 0 ? md_coded_encode(k->coded, key_token) : key_token;
    if (key == 0) return;
    uint32_t lo = 1, hi = k->count + 1;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (key_of(k, mid) < key) lo = mid + 1; else hi = mid;
    }
    if (lo > k->count || key_of(k, lo) != key) return;
    uint32_t e = lo;
    hi = k->count + 1;
    while (e < hi) {
        uint32_t mid = e + (hi - e) / 2;
        if (key_of(k, mid) <= key) e = mid + 1; else hi = mid;
    }
    *first = lo;
    *end = e;
}

#define KEYED(arr, type, member, table, ci) \
    ((Keyed){(const uint8_t *)(arr), sizeof(type), offsetof(type, member), img->row_count[table], ci})

static uint32_t first_of(Keyed k, uint32_t key) {
    uint32_t f, e;
    range(&k, key, &f, &e);
    return f;
}

uint32_t md_find_enclosing_class(const MdImage *img, uint32_t nested) {
    uint32_t r = first_of(KEYED(img->nestedclasses, MdNestedClassRow, nested_class, MD_NESTEDCLASS, -1), nested);
    return r ? img->nestedclasses[r].enclosing_class : 0;
}

uint32_t md_find_class_layout(const MdImage *img, uint32_t typedef_row) {
    return first_of(KEYED(img->classlayouts, MdClassLayoutRow, parent, MD_CLASSLAYOUT, -1), typedef_row);
}

uint32_t md_find_field_layout(const MdImage *img, uint32_t field_row) {
    return first_of(KEYED(img->fieldlayouts, MdFieldLayoutRow, field, MD_FIELDLAYOUT, -1), field_row);
}

uint32_t md_find_field_rva(const MdImage *img, uint32_t field_row) {
    return first_of(KEYED(img->fieldrvas, MdFieldRVARow, field, MD_FIELDRVA, -1), field_row);
}

uint32_t md_find_constant(const MdImage *img, uint32_t parent_token) {
    if (!md_table_ready(img, MD_CONSTANT)) return 0;
    return first_of(KEYED(img->constants, MdConstantRow, parent, MD_CONSTANT, MD_CI_HASCONSTANT), parent_token);
}

void md_find_interface_impls(const MdImage *img, uint32_t typedef_row, uint32_t *first, uint32_t *end) {
    Keyed k = KEYED(img->interfaceimpls, MdInterfaceImplRow, klass, MD_INTERFACEIMPL, -1);
    range(&k, typedef_row, first, end);
}

static bool may_own_generic_params(const MdImage *img, uint32_t owner_token) {
    MdImagePriv *im = md_priv(img);
    if (!im->generic_owner_bits) {
        uint32_t rows = img->row_count[MD_TYPEDEF] > img->row_count[MD_METHODDEF] ? img->row_count[MD_TYPEDEF]
                                                                                   : img->row_count[MD_METHODDEF];
        uint32_t bits = (rows + 1) * 2, count = img->row_count[MD_GENERICPARAM];
        im->generic_owner_bits = calloc(bits / 8 + 1, 1);
        if (!im->generic_owner_bits) return true;  /* no index: every lookup searches */
        im->generic_owner_bits_len = bits;
        im->generic_param_keys = malloc(((size_t)count + 1) * sizeof(uint32_t));
        for (uint32_t r = 1; r <= count; r++) {
            uint32_t c = md_coded_encode(MD_CI_TYPEORMETHODDEF, img->genericparams[r].owner);
            if (im->generic_param_keys) im->generic_param_keys[r] = c;
            if (c < bits) im->generic_owner_bits[c >> 3] |= (uint8_t)(1u << (c & 7));
        }
    }
    uint32_t c = md_coded_encode(MD_CI_TYPEORMETHODDEF, owner_token);
    return c < im->generic_owner_bits_len && (im->generic_owner_bits[c >> 3] >> (c & 7) & 1);
}

/* [first,end) of the rows of keys[1..count] (sorted) equal to key; both 0 when none. */
static void range_of_keys(const uint32_t *keys, uint32_t count, uint32_t key, uint32_t *first, uint32_t *end) {
    uint32_t lo = 1, hi = count + 1;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (keys[mid] < key) lo = mid + 1; else hi = mid;
    }
    uint32_t e = lo;
    while (e <= count && keys[e] == key) e++;   /* an owner has a handful of parameters */
    *first = e > lo ? lo : 0;
    *end = e > lo ? e : 0;
}

void md_find_generic_params(const MdImage *img, uint32_t owner_token, uint32_t *first, uint32_t *end) {
    if (!may_own_generic_params(img, owner_token)) { *first = *end = 0; return; }
    const uint32_t *keys = md_priv(img)->generic_param_keys;
    uint32_t key = md_coded_encode(MD_CI_TYPEORMETHODDEF, owner_token);
    if (keys && key) { range_of_keys(keys, img->row_count[MD_GENERICPARAM], key, first, end); return; }
    Keyed k = KEYED(img->genericparams, MdGenericParamRow, owner, MD_GENERICPARAM, MD_CI_TYPEORMETHODDEF);
    range(&k, owner_token, first, end);
}

void md_find_method_impls(const MdImage *img, uint32_t typedef_row, uint32_t *first, uint32_t *end) {
    Keyed k = KEYED(img->methodimpls, MdMethodImplRow, klass, MD_METHODIMPL, -1);
    range(&k, typedef_row, first, end);
}

void md_find_custom_attributes(const MdImage *img, uint32_t parent_token, uint32_t *first, uint32_t *end) {
    if (!md_table_ready(img, MD_CUSTOMATTRIBUTE)) { *first = *end = 0; return; }
    Keyed k = KEYED(img->customattributes, MdCustomAttributeRow, parent, MD_CUSTOMATTRIBUTE, MD_CI_HASCUSTOMATTRIBUTE);
    range(&k, parent_token, first, end);
}

void md_find_generic_param_constraints(const MdImage *img, uint32_t gp_row, uint32_t *first, uint32_t *end) {
    Keyed k = KEYED(img->genericparamconstraints, MdGenericParamConstraintRow, owner, MD_GENERICPARAMCONSTRAINT, -1);
    range(&k, gp_row, first, end);
}

/* NestedClass is sorted by the nested type, so finding the types nested in
 * one enclosing type is a scan. Fills up to max rows, returns the total. */
uint32_t md_find_nested_classes(const MdImage *img, uint32_t enclosing_row, uint32_t *out, uint32_t max) {
    uint32_t n = 0;
    for (uint32_t i = 1; i <= img->row_count[MD_NESTEDCLASS]; i++)
        if (img->nestedclasses[i].enclosing_class == enclosing_row) {
            if (n < max) out[n] = img->nestedclasses[i].nested_class;
            n++;
        }
    return n;
}
