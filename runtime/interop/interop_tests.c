/* interop_tests.c — test discovery for `cilantro test`: public methods of
 * public classes marked [Cilantro.Testing.Test], read from the
 * CustomAttribute table (the attribute's constructor names its type). */
#include "interop/interop.h"
#include "host/host.h"
#include "core/core.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static InteropBuf result;

uint32_t cil_interop_result_length(void) { return result.len; }

static bool is_test_attribute(Assembly *a, uint32_t ctor_token) {
    const MdImage *img = a->image;
    uint32_t table = MD_TOKEN_TABLE(ctor_token), row = MD_TOKEN_ROW(ctor_token);
    const char *ns = NULL, *name = NULL;
    if (table == MD_MEMBERREF && row && row <= img->row_count[MD_MEMBERREF]) {
        uint32_t klass = img->memberrefs[row].klass;
        uint32_t kt = MD_TOKEN_TABLE(klass), kr = MD_TOKEN_ROW(klass);
        if (kt == MD_TYPEREF && kr && kr <= img->row_count[MD_TYPEREF]) { ns = img->typerefs[kr].ns; name = img->typerefs[kr].name; }
        else if (kt == MD_TYPEDEF && kr && kr <= img->row_count[MD_TYPEDEF]) { ns = img->typedefs[kr].ns; name = img->typedefs[kr].name; }
    } else if (table == MD_METHODDEF && row && row <= img->row_count[MD_METHODDEF]) {
        /* the attribute defined in this very assembly: find the TypeDef owning the method */
        for (uint32_t r = img->row_count[MD_TYPEDEF]; r >= 1; r--)
            if (img->typedefs[r].method_list <= row) { ns = img->typedefs[r].ns; name = img->typedefs[r].name; break; }
    }
    return ns && name && strcmp(ns, "Cilantro.Testing") == 0 && strcmp(name, "TestAttribute") == 0;
}

static bool has_test_attribute(Assembly *a, uint32_t methoddef_row) {
    uint32_t first, end;
    md_find_custom_attributes(a->image, MD_TOKEN(MD_METHODDEF, methoddef_row), &first, &end);
    for (uint32_t i = first; i < end; i++)
        if (is_test_attribute(a, a->image->customattributes[i].type)) return true;
    return false;
}

/* Encoded: ARRAY of [type full name, method name, problem or null]. */
const uint8_t *cil_interop_list_tests(int assembly_id) {
    interop_buf_free(&result);
    result.failed = false;
    Assembly *a = asm_at(assembly_id - 1);
    if (!a) { interop_fail("no such assembly"); return NULL; }
    const MdImage *img = a->image;
    uint32_t ntypes = img->row_count[MD_TYPEDEF];
    InteropBuf items = {0};
    uint32_t count = 0;
    for (uint32_t r = 1; r <= ntypes; r++) {
        const MdTypeDefRow *td = &img->typedefs[r];
        uint32_t mend = r < ntypes ? img->typedefs[r + 1].method_list : img->row_count[MD_METHODDEF] + 1;
        bool any = false;
        for (uint32_t mr = td->method_list; mr < mend; mr++)
            if (has_test_attribute(a, mr)) { any = true; break; }
        if (!any) continue;
        Type *t = type_from_typedef(a, r);
        const char *tname = t ? type_name_full(t) : td->name;
        bool pub_type = (td->flags & 7) == 1 || (td->flags & 7) == 2;
        for (uint32_t mr = td->method_list; mr < mend; mr++) {
            if (!has_test_attribute(a, mr)) continue;
            const MdMethodDefRow md = md_methoddef_row(img, mr);
            Method *m = t ? method_from_def(a, mr) : NULL;
            const char *problem = NULL;
            if (!t || !m || !method_prepare_sig(m)) problem = "cannot be loaded";
            else if (!pub_type) problem = "its class is not public";
            else if ((md.flags & 7) != 6) problem = "the method is not public";
            else if (m->param_count) problem = "a test takes no parameters";
            else if (m->flags & MF_GENERIC_DEF) problem = "a test cannot be generic";
            else if (!(m->flags & MF_STATIC) && (t->flags & TF_ABSTRACT)) problem = "an instance test needs a non-abstract class";
            interop_put_header(&items, IT_ARRAY, 3);
            interop_put_utf8(&items, tname);
            interop_put_utf8(&items, md.name);
            if (problem) interop_put_utf8(&items, problem);
            else interop_put_header(&items, IT_NULL, 0);
            count++;
        }
    }
    interop_put_header(&result, IT_ARRAY, count);
    if (items.len && !result.failed) {
        uint32_t need = result.len + items.len;
        uint8_t *d = realloc(result.data, need);
        if (d) { memcpy(d + result.len, items.data, items.len); result.data = d; result.len = result.cap = need; }
        else result.failed = true;
    }
    interop_buf_free(&items);
    if (result.failed) { interop_fail("out of memory"); return NULL; }
    return result.data;
}

int cil_interop_run_test(int assembly_id, const char *type_name, const char *method) {
    Assembly *a = asm_at(assembly_id - 1);
    if (!a) return interop_fail("no such assembly");
    Type *t = NULL;
    for (uint32_t r = 1; r <= a->image->row_count[MD_TYPEDEF] && !t; r++) {
        Type *c = type_from_typedef(a, r);
        if (c && strcmp(type_name_full(c), type_name) == 0) t = c;
    }
    if (!t || !type_prepare(t, TS_READY)) return interop_fail("the test's class cannot be loaded");
    Method *m = NULL;
    for (uint32_t i = 0; i < t->method_count && !m; i++)
        if (strcmp(type_method(t, i)->name, method) == 0 && method_prepare_sig(type_method(t, i)) && type_method(t, i)->param_count == 0)
            m = type_method(t, i);
    if (!m) return interop_fail("test method not found");
    if (m->flags & MF_STATIC) return interop_start_test(m, NULL, NULL);
    Method *ctor = NULL;
    for (uint32_t i = 0; i < t->method_count && !ctor; i++) {
        Method *c = type_method(t, i);
        if ((c->flags & MF_CTOR) && !(c->flags & MF_STATIC) && method_prepare_sig(c) && c->param_count == 0 && (c->md_flags & 7) == 6)
            ctor = c;
    }
    if (!ctor) return interop_fail("an instance test's class needs a public parameterless constructor");
    return interop_start_test(m, ctor, t);
}
