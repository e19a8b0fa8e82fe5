/* attributes.c — asking whether a metadata row carries a custom attribute
 * of a given type (PreserveBaseOverrides, ...); the attribute's type is
 * named by its constructor, a MemberRef or a MethodDef. */
#include "types/types_internal.h"

#include <string.h>

static void attribute_type_name(const MdImage *img, uint32_t ctor, const char **ns, const char **name) {
    *ns = *name = NULL;
    uint32_t row = MD_TOKEN_ROW(ctor);
    if (MD_TOKEN_TABLE(ctor) == MD_MEMBERREF && row && row <= img->row_count[MD_MEMBERREF]) {
        uint32_t parent = img->memberrefs[row].klass, prow = MD_TOKEN_ROW(parent);
        if (MD_TOKEN_TABLE(parent) == MD_TYPEREF && prow && prow <= img->row_count[MD_TYPEREF]) {
            *ns = img->typerefs[prow].ns; *name = img->typerefs[prow].name;
        } else if (MD_TOKEN_TABLE(parent) == MD_TYPEDEF && prow && prow <= img->row_count[MD_TYPEDEF]) {
            *ns = img->typedefs[prow].ns; *name = img->typedefs[prow].name;
        }
    } else if (MD_TOKEN_TABLE(ctor) == MD_METHODDEF && row && row <= img->row_count[MD_METHODDEF]) {
        /* an attribute defined in the same assembly: the TypeDef whose method list holds the row */
        for (uint32_t r = img->row_count[MD_TYPEDEF]; r >= 1; r--)
            if (img->typedefs[r].method_list <= row) { *ns = img->typedefs[r].ns; *name = img->typedefs[r].name; break; }
    }
}

bool md_token_has_attribute(Assembly *a, uint32_t token, const char *ns, const char *name) {
    const MdImage *img = a->image;
    uint32_t first, end;
    md_find_custom_attributes(img, token, &first, &end);
    for (uint32_t r = first; r < end; r++) {
        const char *cns, *cname;
        attribute_type_name(img, img->customattributes[r].type, &cns, &cname);
        if (cns && cname && strcmp(cname, name) == 0 && strcmp(cns, ns) == 0) return true;
    }
    return false;
}
