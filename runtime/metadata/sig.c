/* sig.c — signature blobs (II.23.2) into MdTypeSig / MdMethodSig trees in
 * the image arena. Recursion is bounded by MAX_DEPTH so a hostile blob
 * cannot exhaust the C stack, and every count is checked against the
 * bytes left before anything is allocated. */
#include "metadata/md_private.h"

#include <stdio.h>
#include <string.h>

#define MAX_DEPTH 64

typedef struct Parser {
    const MdImage *img;
    const uint8_t *p, *end;
    int depth;
    char *err; size_t errlen;
} Parser;

static bool fail(Parser *s, const char *what) {
    return md_fail(s->err, s->errlen, s->img->name, "signature: %s", what);
}

static bool read_u8(Parser *s, uint8_t *v) {
    if (s->p >= s->end) return fail(s, "unexpected end of blob");
    *v = *s->p++;
    return true;
}

static bool peek_u8(Parser *s, uint8_t *v) {
    if (s->p >= s->end) return fail(s, "unexpected end of blob");
    *v = *s->p;
    return true;
}

static bool read_cu(Parser *s, uint32_t *v) {
    uint32_t n = md_decode_compressed(s->p, s->end, v);
    if (!n) return fail(s, "bad compressed integer or unexpected end of blob");
    s->p += n;
    return true;
}

static bool read_ci(Parser *s, int32_t *v) {
    MdBlobReader r = {s->p, s->end, false};
    *v = md_read_compressed_i32(&r);
    if (r.failed) return fail(s, "bad compressed signed integer");
    s->p = r.p;
    return true;
}

/* A count of items that each take at least one more byte. */
static bool read_count(Parser *s, uint32_t *v) {
    if (!read_cu(s, v)) return false;
    if (*v > (uint32_t)(s->end - s->p)) return fail(s, "item count larger than the blob");
    return true;
}

static void *alloc(Parser *s, size_t n) {
    void *p = md_arena_alloc(s->img->arena, n);
    if (!p) fail(s, "out of memory");
    return p;
}

/* TypeDefOrRefOrSpecEncoded (II.23.2.8) into a token checked against the row count. */
static bool read_type_token(Parser *s, uint32_t *tok) {
    uint32_t v;
    if (!read_cu(s, &v)) return false;
    static const uint8_t tables[3] = {MD_TYPEDEF, MD_TYPEREF, MD_TYPESPEC};
    uint32_t tag = v & 3, row = v >> 2;
    if (tag == 3) return fail(s, "bad TypeDefOrRefOrSpecEncoded tag");
    if (row == 0 || row > s->img->row_count[tables[tag]]) return fail(s, "type token row out of range");
    *tok = MD_TOKEN(tables[tag], row);
    return true;
}

static bool skip_custom_mods(Parser *s) {
    uint8_t b = 0;
    while (s->p < s->end && ((b = *s->p) == MD_ELEMENT_CMOD_REQD || b == MD_ELEMENT_CMOD_OPT)) {
        uint32_t tok;
        s->p++;
        if (!read_type_token(s, &tok)) return false;
    }
    return true;
}

static MdMethodSig *parse_method(Parser *s);

enum { ALLOW_VOID = 1, ALLOW_BYREF = 2 };

static MdTypeSig *parse_type(Parser *s, int allow) {
    if (++s->depth > MAX_DEPTH) { fail(s, "type nested too deeply"); return NULL; }
    MdTypeSig *t = NULL;
    uint8_t e = 0;
    if (!skip_custom_mods(s) || !read_u8(s, &e)) goto out;
    t = alloc(s, sizeof *t);
    if (!t) goto out;
    t->elem = e;
    switch (e) {
    case MD_ELEMENT_VOID:
        if (!(allow & ALLOW_VOID)) { fail(s, "void where a value type is required"); t = NULL; }
        break;
    case MD_ELEMENT_BOOLEAN: case MD_ELEMENT_CHAR: case MD_ELEMENT_I1: case MD_ELEMENT_U1:
    case MD_ELEMENT_I2: case MD_ELEMENT_U2: case MD_ELEMENT_I4: case MD_ELEMENT_U4:
    case MD_ELEMENT_I8: case MD_ELEMENT_U8: case MD_ELEMENT_R4: case MD_ELEMENT_R8:
    case MD_ELEMENT_STRING: case MD_ELEMENT_I: case MD_ELEMENT_U: case MD_ELEMENT_OBJECT:
    case MD_ELEMENT_TYPEDBYREF:
        break;
    case MD_ELEMENT_CLASS: case MD_ELEMENT_VALUETYPE:
        if (!read_type_token(s, &t->token)) t = NULL;
        break;
    case MD_ELEMENT_VAR: case MD_ELEMENT_MVAR:
        if (!read_cu(s, &t->index)) t = NULL;
        break;
    case MD_ELEMENT_PTR:
        if (!(t->inner = parse_type(s, ALLOW_VOID))) t = NULL;
        break;
    case MD_ELEMENT_BYREF:
        if (!(allow & ALLOW_BYREF)) { fail(s, "byref where it is not allowed"); t = NULL; break; }
        if (!(t->inner = parse_type(s, 0))) t = NULL;
        break;
    case MD_ELEMENT_SZARRAY:
        if (!(t->inner = parse_type(s, 0))) t = NULL;
        break;
    case MD_ELEMENT_ARRAY: {
        if (!(t->inner = parse_type(s, 0)) || !read_cu(s, &t->rank) || !read_count(s, &t->size_count)) { t = NULL; break; }
        if (t->rank == 0 || t->size_count > t->rank) { fail(s, "array rank/size count invalid"); t = NULL; break; }
        if (t->size_count && !(t->sizes = alloc(s, t->size_count * sizeof(uint32_t)))) { t = NULL; break; }
        for (uint32_t i = 0; i < t->size_count; i++)
            if (!read_cu(s, &t->sizes[i])) { t = NULL; goto out; }
        if (!read_count(s, &t->lobound_count)) { t = NULL; break; }
        if (t->lobound_count > t->rank) { fail(s, "array lower-bound count exceeds rank"); t = NULL; break; }
        if (t->lobound_count && !(t->lobounds = alloc(s, t->lobound_count * sizeof(int32_t)))) { t = NULL; break; }
        for (uint32_t i = 0; i < t->lobound_count; i++)
            if (!read_ci(s, &t->lobounds[i])) { t = NULL; goto out; }
        break;
    }
    case MD_ELEMENT_GENERICINST: {
        uint8_t k = 0;
        if (!peek_u8(s, &k)) { t = NULL; break; }
        if (k != MD_ELEMENT_CLASS && k != MD_ELEMENT_VALUETYPE) { fail(s, "generic instance of neither class nor valuetype"); t = NULL; break; }
        if (!(t->inner = parse_type(s, 0)) || !read_count(s, &t->arg_count)) { t = NULL; break; }
        if (t->arg_count == 0) { fail(s, "generic instance with no arguments"); t = NULL; break; }
        if (!(t->args = alloc(s, t->arg_count * sizeof(MdTypeSig *)))) { t = NULL; break; }
        for (uint32_t i = 0; i < t->arg_count; i++)
            if (!(t->args[i] = parse_type(s, 0))) { t = NULL; goto out; }
        break;
    }
    case MD_ELEMENT_FNPTR:
        if (!(t->fnptr = parse_method(s))) t = NULL;
        break;
    default: {
        char msg[64];
        snprintf(msg, sizeof msg, "unexpected element type 0x%02x", e);
        fail(s, msg);
        t = NULL;
    }
    }
out:
    s->depth--;
    return t;
}

/* Parameters or return types: custom modifiers, then BYREF/TYPEDBYREF/Type. */
static MdTypeSig *parse_param(Parser *s, bool is_ret) {
    return parse_type(s, ALLOW_BYREF | (is_ret ? ALLOW_VOID : 0));
}

static MdMethodSig *parse_method(Parser *s) {
    if (++s->depth > MAX_DEPTH) { fail(s, "signature nested too deeply"); return NULL; }
    MdMethodSig *m = NULL;
    uint8_t flags = 0;
    uint32_t total;
    if (!read_u8(s, &flags)) goto out;
    uint8_t conv = flags & MD_SIG_CONV_MASK;
    if (conv > MD_SIG_VARARG && conv != 0x08 /* PROPERTY */ && conv != 0x09 /* UNMANAGED (function pointers) */) { fail(s, "not a method or property signature"); goto out; }
    if (!(m = alloc(s, sizeof *m))) goto out;
    m->flags = flags;
    if (flags & MD_SIG_GENERIC) {
        if (!read_cu(s, &m->generic_param_count)) { m = NULL; goto out; }
        if (m->generic_param_count == 0) { fail(s, "generic method with no generic parameters"); m = NULL; goto out; }
    }
    if (!read_count(s, &total) || !(m->ret = parse_param(s, true))) { m = NULL; goto out; }
    if (total && !(m->params = alloc(s, total * sizeof(MdTypeSig *)))) { m = NULL; goto out; }
    bool sentinel = false;
    for (uint32_t i = 0; i < total; i++) {
        if (s->p < s->end && *s->p == MD_ELEMENT_SENTINEL) {
            if (sentinel || conv != MD_SIG_VARARG) { fail(s, "unexpected SENTINEL"); m = NULL; goto out; }
            s->p++;
            sentinel = true;
            m->param_count = i;
        }
        if (!(m->params[i] = parse_param(s, false))) { m = NULL; goto out; }
    }
    if (!sentinel) m->param_count = total;
    m->vararg_param_count = total - m->param_count;
out:
    s->depth--;
    return m;
}

static void init(Parser *s, const MdImage *img, MdBlob blob, char *err, size_t errlen) {
    s->img = img; s->p = blob.ptr; s->end = blob.ptr ? blob.ptr + blob.len : NULL;
    s->depth = 0; s->err = err; s->errlen = errlen;
    if (err && errlen) err[0] = 0;
}

MdMethodSig *md_parse_method_sig(const MdImage *img, MdBlob blob, char *err, size_t errlen) {
    Parser s;
    init(&s, img, blob, err, errlen);
    return parse_method(&s);
}

MdTypeSig *md_parse_field_sig(const MdImage *img, MdBlob blob, char *err, size_t errlen) {
    Parser s;
    uint8_t b = 0;
    init(&s, img, blob, err, errlen);
    if (!read_u8(&s, &b)) return NULL;
    if ((b & MD_SIG_CONV_MASK) != 0x06) { fail(&s, "not a field signature"); return NULL; }
    return parse_type(&s, ALLOW_BYREF); /* byref fields exist in ref structs */
}

MdTypeSig *md_parse_type_spec(const MdImage *img, MdBlob blob, char *err, size_t errlen) {
    Parser s;
    init(&s, img, blob, err, errlen);
    return parse_type(&s, 0);
}

bool md_parse_locals_sig(const MdImage *img, MdBlob blob, uint32_t *count, MdTypeSig ***types, char *err, size_t errlen) {
    Parser s;
    uint8_t b = 0;
    *count = 0; *types = NULL;
    init(&s, img, blob, err, errlen);
    if (!read_u8(&s, &b)) return false;
    if (b != 0x07) return fail(&s, "not a local variable signature");
    uint32_t n;
    if (!read_count(&s, &n)) return false;
    MdTypeSig **v = n ? alloc(&s, n * sizeof(MdTypeSig *)) : NULL;
    if (n && !v) return false;
    for (uint32_t i = 0; i < n; i++) {
        bool pinned = false;
        if (!skip_custom_mods(&s)) return false;
        if (s.p < s.end && *s.p == MD_ELEMENT_PINNED) { s.p++; pinned = true; }
        if (!(v[i] = parse_type(&s, ALLOW_BYREF))) return false;
        v[i]->pinned = pinned;
    }
    *count = n; *types = v;
    return true;
}

bool md_parse_method_spec(const MdImage *img, MdBlob blob, uint32_t *count, MdTypeSig ***types, char *err, size_t errlen) {
    Parser s;
    uint8_t b = 0;
    *count = 0; *types = NULL;
    init(&s, img, blob, err, errlen);
    if (!read_u8(&s, &b)) return false;
    if (b != 0x0A) return fail(&s, "not a method instantiation signature");
    uint32_t n;
    if (!read_count(&s, &n)) return false;
    if (n == 0) return fail(&s, "method instantiation with no arguments");
    MdTypeSig **v = alloc(&s, n * sizeof(MdTypeSig *));
    if (!v) return false;
    for (uint32_t i = 0; i < n; i++)
        if (!(v[i] = parse_type(&s, 0))) return false;
    *count = n; *types = v;
    return true;
}

bool md_sig_is_field(MdBlob blob) { return blob.len >= 1 && (blob.ptr[0] & MD_SIG_CONV_MASK) == 0x06; }
