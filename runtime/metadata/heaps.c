/* heaps.c — metadata root (II.24.2.1), stream headers (II.24.2.2), and
 * reads from the #US and #GUID heaps; blob cursor primitives (II.23.2). */
#include "metadata/md_private.h"

#include <string.h>

#define METADATA_SIGNATURE 0x424A5342u /* "BSJB" */

uint32_t md_decode_compressed(const uint8_t *p, const uint8_t *end, uint32_t *out) {
    if (p >= end) return 0;
    uint8_t b = p[0];
    if ((b & 0x80) == 0) { *out = b; return 1; }
    if ((b & 0xC0) == 0x80) {
        if (end - p < 2) return 0;
        *out = ((uint32_t)(b & 0x3F) << 8) | p[1];
        return 2;
    }
    if ((b & 0xE0) == 0xC0) {
        if (end - p < 4) return 0;
        *out = ((uint32_t)(b & 0x1F) << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
        return 4;
    }
    return 0;
}

bool md_streams_load(MdImagePriv *im, const uint8_t *root, uint32_t root_size,
                     const uint8_t **tables, uint32_t *tables_size, bool *uncompressed,
                     char *err, size_t errlen) {
    const char *name = im->pub.name;
    MdImage *img = &im->pub;
    if (root_size < 16) return md_fail(err, errlen, name, "metadata root is too small (%u bytes)", root_size);
    if (md_le32(root) != METADATA_SIGNATURE)
        return md_fail(err, errlen, name, "bad metadata signature 0x%08x (want 0x424A5342 'BSJB')", md_le32(root));
    uint32_t vlen = md_le32(root + 12);
    if (vlen > 255 || (uint64_t)16 + vlen + 4 > root_size)
        return md_fail(err, errlen, name, "metadata version string length %u does not fit the metadata", vlen);
    /* The version string must be NUL-terminated inside its padded field. */
    if (vlen == 0 || !memchr(root + 16, 0, vlen))
        return md_fail(err, errlen, name, "metadata version string is not NUL-terminated");
    img->version = (const char *)(root + 16);
    uint32_t pos = 16 + vlen;
    uint16_t nstreams = md_le16(root + pos + 2);
    pos += 4;
    *tables = NULL;
    for (uint32_t i = 0; i < nstreams; i++) {
        if ((uint64_t)pos + 8 > root_size)
            return md_fail(err, errlen, name, "stream header %u lies outside the metadata", i);
        uint32_t off = md_le32(root + pos), sz = md_le32(root + pos + 4);
        pos += 8;
        uint32_t room = root_size - pos;
        const uint8_t *nul = memchr(root + pos, 0, room < 32 ? room : 32);
        if (!nul) return md_fail(err, errlen, name, "stream header %u name is not NUL-terminated within 32 bytes", i);
        const char *sname = (const char *)(root + pos);
        uint32_t nlen = (uint32_t)(nul - (root + pos)) + 1;
        pos += (nlen + 3u) & ~3u;
        if (pos > root_size) pos = root_size;
        if (off > root_size || sz > root_size - off)
            return md_fail(err, errlen, name, "stream %s (offset 0x%x, %u bytes) lies outside the metadata (%u bytes)",
                           sname, off, sz, root_size);
        const uint8_t *p = root + off;
        if (!strcmp(sname, "#~") || !strcmp(sname, "#-")) {
            if (*tables) return md_fail(err, errlen, name, "more than one table stream");
            *tables = p; *tables_size = sz; *uncompressed = sname[1] == '-';
        } else if (!strcmp(sname, "#Strings")) { img->strings = p; img->strings_size = sz; }
        else if (!strcmp(sname, "#Blob")) { img->blob = p; img->blob_size = sz; }
        else if (!strcmp(sname, "#US")) { img->us = p; img->us_size = sz; }
        else if (!strcmp(sname, "#GUID")) { img->guid = p; img->guid_size = sz; }
        /* Other streams (#Pdb, #JTD, ...) are ignored. */
    }
    if (!*tables) return md_fail(err, errlen, name, "metadata has no #~ table stream");
    /* Every string index below the last NUL of #Strings is terminated. */
    im->strings_limit = 0;
    for (uint32_t i = img->strings_size; i > 0; i--)
        if (img->strings[i - 1] == 0) { im->strings_limit = i; break; }
    return true;
}

bool md_user_string(const MdImage *img, uint32_t token, const uint16_t **chars, uint32_t *length) {
    *chars = NULL; *length = 0;
    if (MD_TOKEN_TABLE(token) != MD_TOKEN_USERSTRING) return false;
    uint32_t off = MD_TOKEN_ROW(token), len;
    if (off >= img->us_size) return false;
    const uint8_t *end = img->us + img->us_size;
    uint32_t n = md_decode_compressed(img->us + off, end, &len);
    if (!n || len > (uint32_t)(end - (img->us + off + n))) return false;
    const uint8_t *p = img->us + off + n;
    uint32_t count = len / 2; /* the odd trailing byte is a flag, not a char */
    *length = count;
    if (count == 0) { static const uint16_t empty[1] = {0}; *chars = empty; return true; }
    if (((uintptr_t)p & 1u) == 0) { *chars = (const uint16_t *)(const void *)p; return true; }
    /* Misaligned in the heap: hand out an aligned copy. */
    uint16_t *copy = md_arena_alloc(img->arena, (size_t)count * 2);
    if (!copy) return false;
    memcpy(copy, p, (size_t)count * 2);
    *chars = copy;
    return true;
}

bool md_guid(const MdImage *img, uint32_t index, uint8_t out[16]) {
    if (index == 0 || index > img->guid_size / 16) return false;
    memcpy(out, img->guid + (index - 1) * 16, 16);
    return true;
}

/* ---- blob cursor: any failed read sets `failed` and returns 0 ---- */

void md_blob_reader_init(MdBlobReader *r, MdBlob blob) {
    r->p = blob.ptr; r->end = blob.ptr ? blob.ptr + blob.len : NULL; r->failed = false;
}

static const uint8_t *take(MdBlobReader *r, uint32_t n) {
    if (r->failed || !r->p || (size_t)(r->end - r->p) < n) { r->failed = true; return NULL; }
    const uint8_t *p = r->p;
    r->p += n;
    return p;
}

uint8_t md_read_u8(MdBlobReader *r) { const uint8_t *p = take(r, 1); return p ? p[0] : 0; }
uint16_t md_read_u16(MdBlobReader *r) { const uint8_t *p = take(r, 2); return p ? md_le16(p) : 0; }
uint32_t md_read_u32(MdBlobReader *r) { const uint8_t *p = take(r, 4); return p ? md_le32(p) : 0; }
uint64_t md_read_u64(MdBlobReader *r) { const uint8_t *p = take(r, 8); return p ? md_le64(p) : 0; }

uint32_t md_read_compressed_u32(MdBlobReader *r) {
    uint32_t v = 0, n;
    if (r->failed || !r->p || !(n = md_decode_compressed(r->p, r->end, &v))) { r->failed = true; return 0; }
    r->p += n;
    return v;
}

int32_t md_read_compressed_i32(MdBlobReader *r) {
    uint32_t v = 0, n;
    if (r->failed || !r->p || !(n = md_decode_compressed(r->p, r->end, &v))) { r->failed = true; return 0; }
    r->p += n;
    /* II.23.2: the sign lives in bit 0; the rest is the value's low bits. */
    uint32_t value_bits = n == 1 ? 6 : n == 2 ? 13 : 28;
    int32_t mag = (int32_t)(v >> 1);
    return (v & 1u) ? mag - (int32_t)(1u << value_bits) : mag;
}

bool md_read_ser_string(MdBlobReader *r, const char **s, uint32_t *len) {
    *s = NULL; *len = 0;
    if (r->failed || !r->p || r->p >= r->end) { r->failed = true; return false; }
    if (*r->p == 0xFF) { r->p++; return true; }
    uint32_t n = md_read_compressed_u32(r);
    const uint8_t *p = take(r, n);
    if (!p) return false;
    *s = (const char *)p; *len = n;
    return true;
}
