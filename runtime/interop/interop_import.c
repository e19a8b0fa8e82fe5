/* interop_import.c — [JSImport("name")] on `static extern` methods
 * (Cilantro.Interop.JSImportAttribute, interop/Cilantro.Interop/): such a
 * method has no IL body; the translator gives it a one-op body
 * (OP_CALL_JSIMPORT) that encodes the arguments by their declared types,
 * calls the registered JS function through the host import, and converts
 * the answer to the declared return type. Whether every type can cross is
 * checked once, when the method is bound (first call or ldftn). */
#include "interop/interop.h"
#include "core/core.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The type a custom attribute's constructor belongs to: namespace and name. */
static bool attribute_type(const MdImage *img, uint32_t ctor_token, const char **ns, const char **name) {
    uint32_t table = MD_TOKEN_TABLE(ctor_token), row = MD_TOKEN_ROW(ctor_token);
    *ns = *name = NULL;
    if (table == MD_MEMBERREF && row && row <= img->row_count[MD_MEMBERREF]) {
        uint32_t klass = img->memberrefs[row].klass;
        uint32_t kt = MD_TOKEN_TABLE(klass), kr = MD_TOKEN_ROW(klass);
        if (kt == MD_TYPEREF && kr && kr <= img->row_count[MD_TYPEREF]) { *ns = img->typerefs[kr].ns; *name = img->typerefs[kr].name; }
        else if (kt == MD_TYPEDEF && kr && kr <= img->row_count[MD_TYPEDEF]) { *ns = img->typedefs[kr].ns; *name = img->typedefs[kr].name; }
    } else if (table == MD_METHODDEF && row && row <= img->row_count[MD_METHODDEF]) {
        for (uint32_t r = img->row_count[MD_TYPEDEF]; r >= 1; r--)
            if (img->typedefs[r].method_list <= row) { *ns = img->typedefs[r].ns; *name = img->typedefs[r].name; break; }
    }
    return *ns && *name;
}

/* The blob of a Cilantro.Interop.<attr> on the method, or false. */
static bool find_attribute(Method *m, const char *attr, MdBlob *value) {
    if (!m->assembly || !m->methoddef_row) return false;
    const MdImage *img = m->assembly->image;
    uint32_t first, end;
    md_find_custom_attributes(img, MD_TOKEN(MD_METHODDEF, m->methoddef_row), &first, &end);
    for (uint32_t i = first; i < end; i++) {
        const char *ns, *name;
        if (attribute_type(img, img->customattributes[i].type, &ns, &name) &&
            strcmp(ns, "Cilantro.Interop") == 0 && strcmp(name, attr) == 0) {
            *value = img->customattributes[i].value;
            return true;
        }
    }
    return false;
}

/* A custom attribute blob whose one fixed argument is a string (ECMA-335
 * II.23.3: prolog 0x0001, then a SerString: packed length and UTF-8, or 0xFF
 * for null). */
static bool string_argument(MdBlob v, char *out, size_t outlen) {
    const uint8_t *p = v.ptr, *end = v.ptr + v.len;
    if (v.len < 3 || p[0] != 1 || p[1] != 0) return false;
    p += 2;
    if (*p == 0xFF) return false;
    uint32_t n;
    if ((*p & 0x80) == 0) { n = *p; p += 1; }
    else if ((*p & 0xC0) == 0x80 && p + 2 <= end) { n = ((uint32_t)(p[0] & 0x3F) << 8) | p[1]; p += 2; }
    else if ((*p & 0xE0) == 0xC0 && p + 4 <= end) { n = ((uint32_t)(p[0] & 0x1F) << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3]; p += 4; }
    else return false;
    if (n == 0 || n >= outlen || p + n > end) return false;
    memcpy(out, p, n);
    out[n] = 0;
    return true;
}

bool interop_is_js_import(Method *m) {
    if (m->flags & (MF_INTERNALCALL | MF_RUNTIME | MF_PINVOKE | MF_ABSTRACT)) return false;
    if (!m->assembly || !m->methoddef_row || m->methoddef_row > m->assembly->image->row_count[MD_METHODDEF]) return false;
    if (md_methoddef_row(m->assembly->image, m->methoddef_row).rva != 0) return false;
    MdBlob v;
    return find_attribute(m, "JSImportAttribute", &v);
}

static Type *underlying(Type *type) {
    if (type && (type->flags & TF_ENUM) && type->element) return type->element;
    return type;
}

/* Can a value of this type cross between .NET and JS (either way)? */
static bool crosses(Type *type, int depth) {
    type = underlying(type);
    if (!type || depth > 8) return false;
    if (type == vm_types.boolean || type == vm_types.char_ || type == vm_types.sbyte || type == vm_types.byte ||
        type == vm_types.int16 || type == vm_types.uint16 || type == vm_types.int32 || type == vm_types.uint32 ||
        type == vm_types.int64 || type == vm_types.uint64 || type == vm_types.single || type == vm_types.double_ ||
        type == vm_types.string || type == vm_types.object)
        return true;
    if (type == interop_jsobject_type()) return true;
    if ((type->flags & TF_ARRAY) && type->rank == 1 && type->element && type == type_szarray(type->element))
        return crosses(type->element, depth + 1);
    return false;
}

bool interop_js_import_check(Method *m, char *err, size_t errlen) {
    char name[256], full[300];
    MdBlob v;
    method_full_name(m, full, sizeof full);
    if (!find_attribute(m, "JSImportAttribute", &v) || !string_argument(v, name, sizeof name)) {
        snprintf(err, errlen, "[JSImport] on %s needs the name of a JS function", full);
        return false;
    }
    if (!(m->flags & MF_STATIC)) { snprintf(err, errlen, "[JSImport(\"%s\")] %s must be static", name, full); return false; }
    if (m->flags & MF_GENERIC_DEF) { snprintf(err, errlen, "[JSImport(\"%s\")] %s cannot be generic", name, full); return false; }
    if (!method_prepare_sig(m)) { snprintf(err, errlen, "%s", type_last_error()); return false; }
    for (uint32_t i = 0; i < m->param_count; i++) {
        Type *p = m->params[i];
        if (p->flags & TF_BYREF) {
            snprintf(err, errlen, "[JSImport(\"%s\")] %s: parameter %u is passed by reference, which JS cannot do", name, full, i + 1);
            return false;
        }
        if (!crosses(p, 0)) {
            snprintf(err, errlen, "[JSImport(\"%s\")] %s: parameter %u of type %s cannot be passed to JS "
                     "(bool, char, the integer and floating-point types, string, object, JSObject, enums and arrays of these)",
                     name, full, i + 1, type_name_full(p));
            return false;
        }
    }
    if (m->ret && m->ret != vm_types.void_ && !crosses(m->ret, 0)) {
        snprintf(err, errlen, "[JSImport(\"%s\")] %s: the return type %s cannot come from JS "
                 "(void, bool, char, the integer and floating-point types, string, object, JSObject, enums and arrays of these; "
                 "a Promise: JS.InvokeAsync)", name, full, type_name_full(m->ret));
        return false;
    }
    return true;
}

void interop_js_import_call(Thread *t, Method *m, Slot *args, Slot *ret) {
    char name[256], err[512], full[300];
    MdBlob v;
    if (!find_attribute(m, "JSImportAttribute", &v) || !string_argument(v, name, sizeof name)) {
        interp_set_pending(t, "System.InvalidOperationException", "a [JSImport] method lost its attribute");
        return;
    }
    InteropBuf b = {0};
    interop_put_header(&b, IT_ARRAY, m->param_count);
    for (uint32_t i = 0, s = 0; i < m->param_count; s += type_stack_slots(m->params[i]), i++) {
        if (!interop_encode_value(&b, m->params[i], &args[s], err, sizeof err)) {
            char msg[800];
            snprintf(msg, sizeof msg, "%s: argument %u: %s", method_full_name(m, full, sizeof full), i + 1, err);
            interop_buf_free(&b);
            interp_set_pending(t, "System.InvalidCastException", msg);
            return;
        }
    }
    if (b.failed) { interop_buf_free(&b); interp_set_pending(t, "System.OutOfMemoryException", NULL); return; }
    String *fn = vm_string_from_utf8(t, name, strlen(name));
    if (!fn) { interop_buf_free(&b); return; }
    GC_ROOT(fn);
    const uint8_t *answer, *end;
    bool have_host = interop_js_op(IOP_CALL, 0, 0, fn, b.data, b.len, &answer, &end);
    gc_root_pop(1);
    interop_buf_free(&b);
    if (!have_host) {
        interop_throw_js_exception(t, "JavaScript interop needs a JS host (the wasm build, js/)");
        return;
    }
    Type *rt = m->ret && m->ret != vm_types.void_ ? m->ret : NULL;
    if (!answer) {
        if (rt) interp_set_pending(t, "System.InvalidCastException", "the JS function returned no answer");
        return;
    }
    uint32_t status;
    memcpy(&status, answer, 4);
    InteropIn in = {answer + 8, end};
    if (status != IST_OK) {
        /* the JS error's message (or why the value could not cross) */
        Object *msg = NULL;
        GC_ROOT(msg);
        if (!interop_convert(t, &in, vm_types.string, &msg, false, err, sizeof err)) msg = NULL;
        char *text = msg ? vm_string_to_utf8((String *)msg, NULL) : NULL;
        gc_root_pop(1);
        char full_msg[900];
        snprintf(full_msg, sizeof full_msg, "%s%s", status == IST_THREW ? "" : "the JS result: ", text ? text : "(no message)");
        free(text);
        if (status == IST_THREW) interop_throw_js_exception(t, full_msg);
        else interp_set_pending(t, "System.InvalidCastException", full_msg);
        return;
    }
    if (!rt) return;
    if (!interop_convert(t, &in, rt, ret, true, err, sizeof err)) {
        if (t->pending_exception) return;
        char msg[900];
        snprintf(msg, sizeof msg, "%s: the result of JS function '%s': %s", method_full_name(m, full, sizeof full), name, err);
        interp_set_pending(t, "System.InvalidCastException", msg);
    }
}
