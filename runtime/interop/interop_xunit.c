/* interop_xunit.c — xunit test discovery for `cilantro test` (js/xunit.mjs):
 * the [Xunit.Fact] and [Xunit.Theory] methods of an assembly's public
 * classes, with what their attributes say, read straight from the
 * CustomAttribute blobs (ECMA-335 II.23.3): Skip, DisplayName and Timeout
 * (named arguments), [InlineData(...)] rows, [MemberData(name)], and the
 * class's IClassFixture<T> fixtures. Running them is the managed side's job
 * (Cilantro.Testing.XunitHost). Attributes derived from Fact/Theory by a
 * user are not recognised: only xunit's own names. */
#include "interop/interop.h"
#include "host/host.h"
#include "core/core.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static InteropBuf result;

uint32_t cil_interop_xunit_length(void) { return result.len; }

static void attribute_name(const MdImage *img, uint32_t ctor, const char **ns, const char **name) {
    *ns = *name = NULL;
    uint32_t row = MD_TOKEN_ROW(ctor);
    if (MD_TOKEN_TABLE(ctor) == MD_MEMBERREF && row && row <= img->row_count[MD_MEMBERREF]) {
        uint32_t klass = img->memberrefs[row].klass, kr = MD_TOKEN_ROW(klass);
        if (MD_TOKEN_TABLE(klass) == MD_TYPEREF && kr && kr <= img->row_count[MD_TYPEREF]) { *ns = img->typerefs[kr].ns; *name = img->typerefs[kr].name; }
    }
}

/* ---- blob reading ---- */
typedef struct Blob { const uint8_t *p, *end; bool bad; } Blob;

static uint32_t take(Blob *b, uint32_t n) {
    if (b->bad || (size_t)(b->end - b->p) < n) { b->bad = true; return 0; }
    uint32_t v = 0;
    for (uint32_t i = 0; i < n && i < 4; i++) v |= (uint32_t)b->p[i] << (8 * i);
    b->p += n;
    return v;
}

static uint32_t packed(Blob *b) {
    if (b->bad || b->p >= b->end) { b->bad = true; return 0; }
    uint8_t c = *b->p;
    if ((c & 0x80) == 0) { b->p++; return c; }
    if ((c & 0xC0) == 0x80 && b->end - b->p >= 2) { uint32_t v = ((uint32_t)(c & 0x3F) << 8) | b->p[1]; b->p += 2; return v; }
    if ((c & 0xE0) == 0xC0 && b->end - b->p >= 4) { uint32_t v = ((uint32_t)(c & 0x1F) << 24) | ((uint32_t)b->p[1] << 16) | ((uint32_t)b->p[2] << 8) | b->p[3]; b->p += 4; return v; }
    b->bad = true;
    return 0;
}

/* A SerString: NULL for the null string (0xFF); the text is copied into buf. */
static const char *ser_string(Blob *b, char *buf, size_t len) {
    if (b->bad || b->p >= b->end) { b->bad = true; return NULL; }
    if (*b->p == 0xFF) { b->p++; return NULL; }
    uint32_t n = packed(b);
    if (b->bad || (size_t)(b->end - b->p) < n) { b->bad = true; return NULL; }
    size_t k = n < len ? n : len - 1;
    memcpy(buf, b->p, k);
    buf[k] = 0;
    b->p += n;
    return buf;
}

/* Encodes one element of the given ELEMENT_TYPE as a JS value; false (why
 * in err) for what cannot be told without loading types (enums). */
static bool put_element(InteropBuf *out, Blob *b, uint8_t et, char *err, size_t errlen, int depth) {
    char s[1024];
    double d;
    if (depth > 4) { snprintf(err, errlen, "nested too deep"); return false; }
    switch (et) {
    case 0x02: interop_put_header(out, IT_BOOL, take(b, 1) != 0); return !b->bad;
    case 0x03: { uint16_t c = (uint16_t)take(b, 2); interop_put_utf16(out, &c, 1); return !b->bad; }
    case 0x04: d = (int8_t)take(b, 1); break;
    case 0x05: d = (uint8_t)take(b, 1); break;
    case 0x06: d = (int16_t)take(b, 2); break;
    case 0x07: d = (uint16_t)take(b, 2); break;
    case 0x08: d = (int32_t)take(b, 4); break;
    case 0x09: d = (uint32_t)take(b, 4); break;
    case 0x0A: case 0x0B: {
        /* a BigInt: the 8 bytes as two little-endian words */
        uint32_t lo = take(b, 4), hi = take(b, 4);
        interop_put_header(out, et == 0x0A ? IT_I64 : IT_U64, 0);
        interop_put_header(out, lo, hi);
        return !b->bad;
    }
    case 0x0C: { uint32_t w = take(b, 4); float f; memcpy(&f, &w, 4); d = f; break; }
    case 0x0D: { uint64_t lo = take(b, 4), hi = take(b, 4), v = lo | (hi << 32); memcpy(&d, &v, 8); break; }
    case 0x0E: case 0x50: {
        const char *str = ser_string(b, s, sizeof s);
        if (b->bad) return false;
        if (str) interop_put_utf8(out, str);
        else interop_put_header(out, IT_NULL, 0);
        return true;
    }
    case 0x51: return put_element(out, b, (uint8_t)take(b, 1), err, errlen, depth + 1);
    case 0x1D: {
        uint8_t inner = (uint8_t)take(b, 1);
        uint32_t n = take(b, 4);
        if (b->bad) return false;
        if (n == 0xFFFFFFFFu) { interop_put_header(out, IT_NULL, 0); return true; }
        if (n > 100000) { b->bad = true; return false; }
        interop_put_header(out, IT_ARRAY, n);
        for (uint32_t i = 0; i < n; i++)
            if (!put_element(out, b, inner, err, errlen, depth + 1)) return false;
        return true;
    }
    case 0x55: snprintf(err, errlen, "an enum value in test data is not supported; pass its number"); return false;
    default: snprintf(err, errlen, "a test data value of element type 0x%02x is not supported", et); return false;
    }
    if (b->bad) return false;
    /* the number, as a JS number */
    interop_put_header(out, IT_NUMBER, 0);
    uint8_t raw[8];
    memcpy(raw, &d, 8);
    uint32_t w0, w1;
    memcpy(&w0, raw, 4);
    memcpy(&w1, raw + 4, 4);
    interop_put_header(out, w0, w1);
    return true;
}

/* What the Fact/Theory attribute says by name: Skip, DisplayName, Timeout. */
typedef struct TestInfo { char skip[512], display[512]; int32_t timeout; bool has_skip, has_display; } TestInfo;

static void read_named(Blob *b, TestInfo *info) {
    uint32_t n = take(b, 2);
    for (uint32_t i = 0; i < n && !b->bad; i++) {
        take(b, 1);   /* FIELD or PROPERTY */
        uint8_t et = (uint8_t)take(b, 1);
        char name[128], value[512];
        if (et == 0x55) { ser_string(b, value, sizeof value); b->bad = true; return; }
        if (!ser_string(b, name, sizeof name)) { b->bad = true; return; }
        if (et == 0x0E) {
            const char *v = ser_string(b, value, sizeof value);
            if (strcmp(name, "Skip") == 0 && v) { snprintf(info->skip, sizeof info->skip, "%s", v); info->has_skip = true; }
            else if (strcmp(name, "DisplayName") == 0 && v) { snprintf(info->display, sizeof info->display, "%s", v); info->has_display = true; }
        } else if (et == 0x08) {
            int32_t v = (int32_t)take(b, 4);
            if (strcmp(name, "Timeout") == 0) info->timeout = v;
        } else if (et == 0x02) {
            take(b, 1);
        } else {
            b->bad = true;   /* a named argument this reader does not need */
        }
    }
}

static bool is_public_class(const MdTypeDefRow *td) {
    uint32_t vis = td->flags & 7;
    return vis == 1 || vis == 2;   /* public, nested public */
}

/* Encoded: ARRAY of [type, method, kind, skip|null, displayName|null, timeout,
 * ARRAY of inline rows (each an ARRAY of values), ARRAY of member-data names,
 * ARRAY of fixture type names, problem|null]. */
const uint8_t *cil_interop_list_xunit(int assembly_id) {
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
        Type *t = NULL;
        for (uint32_t mr = td->method_list; mr < mend; mr++) {
            uint32_t first, end;
            md_find_custom_attributes(img, MD_TOKEN(MD_METHODDEF, mr), &first, &end);
            const char *kind = NULL;
            TestInfo info = {0};
            InteropBuf rows = {0}, members = {0};
            uint32_t nrows = 0, nmembers = 0;
            char problem[300] = "";
            for (uint32_t i = first; i < end; i++) {
                const char *ns, *name;
                attribute_name(img, img->customattributes[i].type, &ns, &name);
                if (!ns || strcmp(ns, "Xunit") != 0) continue;
                MdBlob v = img->customattributes[i].value;
                Blob b = {v.ptr, v.ptr + v.len, false};
                if (take(&b, 2) != 1) b.bad = true;
                if (strcmp(name, "FactAttribute") == 0 || strcmp(name, "TheoryAttribute") == 0) {
                    kind = name[0] == 'F' ? "fact" : "theory";
                    read_named(&b, &info);
                } else if (strcmp(name, "InlineDataAttribute") == 0) {
                    /* InlineData(params object[] data): an SZARRAY of boxed values */
                    uint32_t n = take(&b, 4);
                    char err[200] = "";
                    if (n == 0xFFFFFFFFu) { interop_put_header(&rows, IT_ARRAY, 1); interop_put_header(&rows, IT_NULL, 0); nrows++; continue; }
                    if (b.bad || n > 10000) { snprintf(problem, sizeof problem, "an [InlineData] cannot be read"); continue; }
                    InteropBuf row = {0};
                    interop_put_header(&row, IT_ARRAY, n);
                    bool ok = true;
                    for (uint32_t k = 0; k < n && ok; k++) ok = put_element(&row, &b, 0x51, err, sizeof err, 0);
                    if (ok && !row.failed) {
                        for (uint32_t k = 0; k < row.len; k += 8) {
                            uint32_t w0, w1;
                            memcpy(&w0, row.data + k, 4);
                            memcpy(&w1, row.data + k + 4, 4);
                            interop_put_header(&rows, w0, w1);
                        }
                        nrows++;
                    } else if (!problem[0]) {
                        snprintf(problem, sizeof problem, "[InlineData] #%u: %s", nrows + 1, err[0] ? err : "cannot be read");
                    }
                    interop_buf_free(&row);
                } else if (strcmp(name, "MemberDataAttribute") == 0) {
                    char member[256];
                    if (ser_string(&b, member, sizeof member)) { interop_put_utf8(&members, member); nmembers++; }
                    uint32_t n = take(&b, 4);
                    if (!b.bad && n != 0xFFFFFFFFu && n > 0 && !problem[0])
                        snprintf(problem, sizeof problem, "[MemberData] with parameters is not supported");
                    Blob named = b;
                    TestInfo ignored = {0};
                    read_named(&named, &ignored);
                } else if (strcmp(name, "ClassDataAttribute") == 0) {
                    if (!problem[0]) snprintf(problem, sizeof problem, "[ClassData] is not supported");
                }
            }
            if (!kind) { interop_buf_free(&rows); interop_buf_free(&members); continue; }
            if (!t) t = type_from_typedef(a, r);
            const MdMethodDefRow md = md_methoddef_row(img, mr);
            Method *m = t ? method_from_def(a, mr) : NULL;
            if (!problem[0]) {
                if (!t || !m || !method_prepare_sig(m)) snprintf(problem, sizeof problem, "cannot be loaded");
                else if (!is_public_class(td)) snprintf(problem, sizeof problem, "its class is not public");
                else if ((md.flags & 7) != 6) snprintf(problem, sizeof problem, "the method is not public");
                else if (m->flags & MF_GENERIC_DEF) snprintf(problem, sizeof problem, "a generic test method is not supported");
                else if (kind[0] == 'f' && m->param_count) snprintf(problem, sizeof problem, "a [Fact] takes no parameters (a [Theory] does)");
                else if (kind[0] == 't' && nrows == 0 && nmembers == 0) snprintf(problem, sizeof problem, "a [Theory] needs [InlineData] or [MemberData]");
                else if (!(m->flags & MF_STATIC) && (t->flags & TF_ABSTRACT)) snprintf(problem, sizeof problem, "an instance test needs a non-abstract class");
            }
            interop_put_header(&items, IT_ARRAY, 10);
            interop_put_utf8(&items, t ? type_name_full(t) : td->name);
            interop_put_utf8(&items, md.name);
            interop_put_utf8(&items, kind);
            if (info.has_skip) interop_put_utf8(&items, info.skip); else interop_put_header(&items, IT_NULL, 0);
            if (info.has_display) interop_put_utf8(&items, info.display); else interop_put_header(&items, IT_NULL, 0);
            interop_put_header(&items, IT_NUMBER, 0);
            double timeout = info.timeout;
            uint32_t tw[2];
            memcpy(tw, &timeout, 8);
            interop_put_header(&items, tw[0], tw[1]);
            interop_put_header(&items, IT_ARRAY, nrows);
            for (uint32_t k = 0; k < rows.len; k += 8) {
                uint32_t w0, w1;
                memcpy(&w0, rows.data + k, 4);
                memcpy(&w1, rows.data + k + 4, 4);
                interop_put_header(&items, w0, w1);
            }
            interop_put_header(&items, IT_ARRAY, nmembers);
            for (uint32_t k = 0; k < members.len; k += 8) {
                uint32_t w0, w1;
                memcpy(&w0, members.data + k, 4);
                memcpy(&w1, members.data + k + 4, 4);
                interop_put_header(&items, w0, w1);
            }
            interop_buf_free(&rows);
            interop_buf_free(&members);
            /* IClassFixture<T>: the fixtures the class's constructor may take */
            uint32_t nfix = 0;
            if (t && type_prepare(t, TS_READY))
                for (uint32_t k = 0; k < t->interface_count; k++) {
                    Type *it = t->interfaces[k].iface;
                    if (it && it->generic_def && it->generic_def->ns && strcmp(it->generic_def->ns, "Xunit") == 0 &&
                        strcmp(it->generic_def->name, "IClassFixture`1") == 0 && it->type_args) nfix++;
                }
            interop_put_header(&items, IT_ARRAY, nfix);
            if (nfix)
                for (uint32_t k = 0; k < t->interface_count; k++) {
                    Type *it = t->interfaces[k].iface;
                    if (it && it->generic_def && it->generic_def->ns && strcmp(it->generic_def->ns, "Xunit") == 0 &&
                        strcmp(it->generic_def->name, "IClassFixture`1") == 0 && it->type_args)
                        interop_put_utf8(&items, type_name_full(it->type_args[0]));
                }
            if (problem[0]) interop_put_utf8(&items, problem); else interop_put_header(&items, IT_NULL, 0);
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
