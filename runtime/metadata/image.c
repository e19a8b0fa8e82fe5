/* image.c — md_image_open/free: the pipeline PE -> streams -> tables, plus
 * the list-column range helpers. */
#include "metadata/md_private.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CLI_FLAG_NATIVE_ENTRYPOINT 0x10u

bool md_fail(char *err, size_t errlen, const char *name, const char *fmt, ...) {
    if (!err || errlen == 0) return false;
    int n = snprintf(err, errlen, "%s: ", name ? name : "<image>");
    if (n >= 0 && (size_t)n < errlen) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err + n, errlen - (size_t)n, fmt, ap);
        va_end(ap);
    }
    return false;
}

void md_image_free(MdImage *img) {
    if (!img) return;
    MdImagePriv *im = md_priv(img);
    md_arena_free(img->arena);
    for (int t = 0; t < MD_TABLE_COUNT; t++) free(im->phys_to_logical[t]);
    free(im->sections);
    free(im->generic_owner_bits);
    free(im->generic_param_keys);
    free(im->param_rows);
    free(im->methoddef_rows);
    free(im->methoddef_checked);
    free(im->data_copy);
    free(im->name_copy);
    free(im);
}

/* owned: `data` is a malloc'ed block the image takes over (md_image_adopt);
 * otherwise the bytes are copied into one. */
static MdImage *open_image(const uint8_t *data, uint8_t *owned, size_t size, const char *name, bool lazy, char *err,
                           size_t errlen) {
    if (err && errlen) err[0] = 0;
    if (!name) name = "<image>";
    MdImagePriv *im = calloc(1, sizeof *im);
    if (!im) { free(owned); md_fail(err, errlen, name, "out of memory"); return NULL; }
    MdImage *img = &im->pub;
    im->name_copy = malloc(strlen(name) + 1);
    im->data_copy = owned ? owned : malloc(size ? size : 1);
    img->arena = md_arena_new();
    if (!im->name_copy || !im->data_copy || !img->arena) {
        md_fail(err, errlen, name, "out of memory");
        md_image_free(img);
        return NULL;
    }
    strcpy(im->name_copy, name);
    if (size && !owned) memcpy(im->data_copy, data, size);
    img->name = im->name_copy;
    img->data = im->data_copy;
    img->size = size;
    img->version = "";

    const uint8_t *root, *tables;
    uint32_t root_size, tables_size;
    bool uncompressed;
    if (!md_pe_load(im, &root, &root_size, err, errlen) ||
        !md_streams_load(im, root, root_size, &tables, &tables_size, &uncompressed, err, errlen) ||
        !md_tables_load(im, tables, tables_size, uncompressed, lazy, err, errlen)) {
        md_image_free(img);
        return NULL;
    }
    uint32_t ep = img->entry_point_token;
    if (ep && !(img->cli_flags & CLI_FLAG_NATIVE_ENTRYPOINT)) {
        uint32_t t = MD_TOKEN_TABLE(ep), r = MD_TOKEN_ROW(ep);
        if ((t != MD_METHODDEF && t != MD_FILE) || r == 0 || r > img->row_count[t]) {
            md_fail(err, errlen, name, "CLI header entry point token 0x%08x is not a MethodDef or File in range", ep);
            md_image_free(img);
            return NULL;
        }
        img->entry_point_token = md_map_token(img, ep);
    }
    return img;
}

MdImage *md_image_open(const uint8_t *data, size_t size, const char *name, char *err, size_t errlen) {
    return open_image(data, NULL, size, name, false, err, errlen);
}

MdImage *md_image_adopt(uint8_t *data, size_t size, const char *name, char *err, size_t errlen) {
    return open_image(data, data, size, name, false, err, errlen);
}

MdImage *md_image_open_lazy(const uint8_t *data, size_t size, const char *name, char *err, size_t errlen) {
    return open_image(data, NULL, size, name, true, err, errlen);
}

MdImage *md_image_adopt_lazy(uint8_t *data, size_t size, const char *name, char *err, size_t errlen) {
    return open_image(data, data, size, name, true, err, errlen);
}

static void list_range(uint32_t owner_count, uint32_t row, uint32_t first_of_row, uint32_t first_of_next,
                       uint32_t target_count, uint32_t *first, uint32_t *end) {
    if (row == 0 || row > owner_count) { *first = *end = 0; return; }
    *first = first_of_row;
    *end = row < owner_count ? first_of_next : target_count + 1;
}

void md_typedef_fields(const MdImage *img, uint32_t row, uint32_t *first, uint32_t *end) {
    uint32_t n = img->row_count[MD_TYPEDEF];
    list_range(n, row, row && row <= n ? img->typedefs[row].field_list : 0,
               row < n ? img->typedefs[row + 1].field_list : 0, img->row_count[MD_FIELD], first, end);
}

void md_typedef_methods(const MdImage *img, uint32_t row, uint32_t *first, uint32_t *end) {
    uint32_t n = img->row_count[MD_TYPEDEF];
    list_range(n, row, row && row <= n ? img->typedefs[row].method_list : 0,
               row < n ? img->typedefs[row + 1].method_list : 0, img->row_count[MD_METHODDEF], first, end);
}

void md_method_params(const MdImage *img, uint32_t row, uint32_t *first, uint32_t *end) {
    uint32_t n = img->row_count[MD_METHODDEF];
    list_range(n, row, row && row <= n ? md_methoddef_row(img, row).param_list : 0,
               row < n ? md_methoddef_row(img, row + 1).param_list : 0, img->row_count[MD_PARAM], first, end);
    if (*end < *first) *end = *first;  /* a malformed row a lazy open found late */
}

void md_typedef_events(const MdImage *img, uint32_t typedef_row, uint32_t *first, uint32_t *end) {
    *first = *end = 0;
    if (!md_table_ready(img, MD_EVENTMAP) || !md_table_ready(img, MD_EVENT)) return;
    uint32_t n = img->row_count[MD_EVENTMAP];
    for (uint32_t i = 1; i <= n; i++)
        if (img->eventmaps[i].parent == typedef_row) {
            list_range(n, i, img->eventmaps[i].event_list, i < n ? img->eventmaps[i + 1].event_list : 0,
                       img->row_count[MD_EVENT], first, end);
            return;
        }
}

void md_typedef_properties(const MdImage *img, uint32_t typedef_row, uint32_t *first, uint32_t *end) {
    *first = *end = 0;
    if (!md_table_ready(img, MD_PROPERTYMAP) || !md_table_ready(img, MD_PROPERTY)) return;
    uint32_t n = img->row_count[MD_PROPERTYMAP];
    for (uint32_t i = 1; i <= n; i++)
        if (img->propertymaps[i].parent == typedef_row) {
            list_range(n, i, img->propertymaps[i].property_list, i < n ? img->propertymaps[i + 1].property_list : 0,
                       img->row_count[MD_PROPERTY], first, end);
            return;
        }
}
