/* interop_exports.c — the [Cilantro.Interop.JSExport] methods of an
 * assembly, with their signatures written as TypeScript types, for
 * `cilantro types App.dll` (a .d.ts) and rt.exports(name) (js/exports.mjs).
 * The TypeScript type of a .NET type is what the interop hands JS for it
 * (docs/interop.md): number for the 32-bit-or-smaller integers and floats,
 * bigint for long/ulong, string for string and char, Uint8Array for byte[],
 * object for a JSObject, Promise<T> for Task<T>. */
#include "interop/interop.h"
#include "host/host.h"
#include "core/core.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static InteropBuf result;

uint32_t cil_interop_exports_length(void) { return result.len; }

static bool is_export_attribute(const MdImage *img, uint32_t ctor_token) {
    uint32_t table = MD_TOKEN_TABLE(ctor_token), row = MD_TOKEN_ROW(ctor_token);
    const char *ns = NULL, *name = NULL;
    if (table == MD_MEMBERREF && row && row <= img->row_count[MD_MEMBERREF]) {
        uint32_t klass = img->memberrefs[row].klass;
        uint32_t kt = MD_TOKEN_TABLE(klass), kr = MD_TOKEN_ROW(klass);
        if (kt == MD_TYPEREF && kr && kr <= img->row_count[MD_TYPEREF]) { ns = img->typerefs[kr].ns; name = img->typerefs[kr].name; }
    }
    return ns && name && strcmp(ns, "Cilantro.Interop") == 0 && strcmp(name, "JSExportAttribute") == 0;
}

static bool has_export_attribute(const MdImage *img, uint32_t methoddef_row) {
    uint32_t first, end;
    md_find_custom_attributes(img, MD_TOKEN(MD_METHODDEF, methoddef_row), &first, &end);
    for (uint32_t i = first; i < end; i++)
        if (is_export_attribute(img, img->customattributes[i].type)) return true;
    return false;
}

/* Appends the TypeScript type for `type` to buf; false when JS cannot get or give it. */
static bool ts_type(Type *type, bool is_return, char *buf, size_t len, int depth) {
    size_t used = strlen(buf);
    char *out = buf + used;
    size_t room = len - used;
    if (!type || depth > 6 || room < 16) return false;
    if (type == vm_types.void_) { if (!is_return) return false; snprintf(out, room, "void"); return true; }
    if ((type->flags & TF_ENUM) && type->element) type = type->element;
    if (type == vm_types.boolean) { snprintf(out, room, "boolean"); return true; }
    if (type == vm_types.string || type == vm_types.char_) { snprintf(out, room, "string"); return true; }
    if (type == vm_types.int64 || type == vm_types.uint64) {
        /* JS may pass a safe integer as a number; .NET always returns a bigint */
        snprintf(out, room, is_return ? "bigint" : "bigint | number");
        return true;
    }
    if (interop_is_integral_type(type) || type == vm_types.single || type == vm_types.double_) { snprintf(out, room, "number"); return true; }
    if (type == vm_types.object) { snprintf(out, room, "unknown"); return true; }
    if (type == interop_jsobject_type()) { snprintf(out, room, "object"); return true; }
    if ((type->flags & TF_ARRAY) && type->rank == 1 && type->element && type == type_szarray(type->element)) {
        if (type->element == vm_types.byte) { snprintf(out, room, "Uint8Array"); return true; }
        snprintf(out, room, "Array<");
        if (!ts_type(type->element, is_return, buf, len, depth + 1)) return false;
        used = strlen(buf);
        snprintf(buf + used, len - used, ">");
        return true;
    }
    if (is_return && type->ns && strcmp(type->ns, "System.Threading.Tasks") == 0) {
        if (strcmp(type->name, "Task") == 0 && !type->generic_def) { snprintf(out, room, "Promise<void>"); return true; }
        Type *def = type->generic_def;
        if (def && strcmp(def->name, "Task`1") == 0 && type->type_args) {
            snprintf(out, room, "Promise<");
            if (!ts_type(type->type_args[0], true, buf, len, depth + 1)) return false;
            used = strlen(buf);
            snprintf(buf + used, len - used, ">");
            return true;
        }
    }
    return false;
}

static const char *param_name(const MdImage *img, uint32_t methoddef_row, uint32_t sequence) {
    uint32_t first = md_methoddef_row(img, methoddef_row).param_list;
    uint32_t end = methoddef_row < img->row_count[MD_METHODDEF] ? md_methoddef_row(img, methoddef_row + 1).param_list : img->row_count[MD_PARAM] + 1;
    for (uint32_t r = first; r < end && r <= img->row_count[MD_PARAM]; r++)
        if (md_param_row(img, r).sequence == sequence) return md_param_row(img, r).name;
    return NULL;
}

/* Encoded: ARRAY of [type full name, method name, ARRAY of [param name, TS type], TS return type, problem or null]. */
const uint8_t *cil_interop_list_exports(int assembly_id) {
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
        for (uint32_t mr = td->method_list; mr < mend; mr++) {
            if (!has_export_attribute(img, mr)) continue;
            Type *t = type_from_typedef(a, r);
            Method *m = t ? method_from_def(a, mr) : NULL;
            const MdMethodDefRow md = md_methoddef_row(img, mr);
            const char *problem = NULL;
            bool vis = (td->flags & 7) == 1 || (td->flags & 7) == 2;
            if (!t || !m || !method_prepare_sig(m)) problem = "cannot be loaded";
            else if (!vis) problem = "its class is not public";
            else if ((md.flags & 7) != 6) problem = "the method is not public";
            else if (!(m->flags & MF_STATIC)) problem = "the method is not static";
            else if (m->flags & MF_GENERIC_DEF) problem = "the method is generic";
            char ret[256] = "";
            if (!problem && !ts_type(m->ret, true, ret, sizeof ret, 0)) problem = "its return type cannot cross to JS";
            interop_put_header(&items, IT_ARRAY, 5);
            interop_put_utf8(&items, t ? type_name_full(t) : td->name);
            interop_put_utf8(&items, md.name);
            uint32_t np = problem ? 0 : m->param_count;
            interop_put_header(&items, IT_ARRAY, np);
            for (uint32_t i = 0; i < np; i++) {
                char ts[256] = "", fallback[16];
                const char *pn = param_name(img, mr, (uint16_t)(i + 1));
                if (!pn || !*pn) { snprintf(fallback, sizeof fallback, "arg%u", i + 1); pn = fallback; }
                if ((m->params[i]->flags & TF_BYREF) || !ts_type(m->params[i], false, ts, sizeof ts, 0)) {
                    snprintf(ts, sizeof ts, "never");
                    if (!problem) problem = "a parameter's type cannot cross from JS";
                }
                interop_put_header(&items, IT_ARRAY, 2);
                interop_put_utf8(&items, pn);
                interop_put_utf8(&items, ts);
            }
            interop_put_utf8(&items, ret);
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
