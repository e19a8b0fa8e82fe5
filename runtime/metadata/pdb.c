/* pdb.c — portable PDB reader (the "Portable PDB v1.0" format the .NET SDK
 * writes beside every assembly): enough to turn a method's IL offset into a
 * source file and line for stack traces, and to find the method an async or
 * iterator state machine's MoveNext was written as.
 *
 * A portable PDB is a bare metadata root (BSJB) with a #Pdb stream (PDB id,
 * entry point, and the row counts of the assembly's own tables, which size
 * its MethodDef references) and a #~ stream holding only the debug tables
 * 0x30..0x37. Everything is read on demand from a private copy of the file. */
#include "metadata/md_private.h"

#include <stdlib.h>
#include <string.h>

enum {
    T_DOCUMENT = 0x30, T_METHODDEBUG = 0x31, T_LOCALSCOPE = 0x32, T_LOCALVARIABLE = 0x33,
    T_LOCALCONSTANT = 0x34, T_IMPORTSCOPE = 0x35, T_STATEMACHINE = 0x36, T_CUSTOMDEBUG = 0x37,
    T_LAST = 0x37,
};

typedef struct Table { const uint8_t *rows; uint32_t count, row_size; } Table;

struct MdPdb {
    uint8_t *data;
    size_t size;
    const uint8_t *strings; uint32_t strings_size;
    const uint8_t *blob; uint32_t blob_size;
    uint8_t wide_strings, wide_guid, wide_blob;
    uint32_t methoddef_rows;   /* of the assembly (from #Pdb): sizes MethodDef references */
    uint32_t max_rows;         /* largest table (assembly's or PDB's): sizes HasCustomDebugInformation */
    Table tables[T_LAST + 1];
};

static bool fits(size_t size, uint64_t off, uint64_t len) { return off <= size && len <= size - off; }

static uint32_t read_index(const uint8_t *p, bool wide) { return wide ? md_le32(p) : md_le16(p); }

static bool blob_at(const MdPdb *pdb, uint32_t index, MdBlob *out) {
    out->ptr = NULL;
    out->len = 0;
    if (index == 0) return true;
    if (index >= pdb->blob_size) return false;
    uint32_t len = 0, n = md_decode_compressed(pdb->blob + index, pdb->blob + pdb->blob_size, &len);
    if (!n || !fits(pdb->blob_size, (uint64_t)index + n, len)) return false;
    out->ptr = pdb->blob + index + n;
    out->len = len;
    return true;
}

static bool load_streams(MdPdb *pdb, char *err, size_t errlen, const uint8_t **pdb_stream, uint32_t *pdb_size,
                         const uint8_t **tables, uint32_t *tables_size) {
    const uint8_t *root = pdb->data;
    size_t size = pdb->size;
    if (size < 20 || md_le32(root) != 0x424A5342u) return md_fail(err, errlen, "pdb", "not a portable PDB (no BSJB metadata root)");
    uint32_t vlen = md_le32(root + 12);
    if (vlen > 255 || !fits(size, 16, (uint64_t)vlen + 4)) return md_fail(err, errlen, "pdb", "bad metadata version length");
    const uint8_t *p = root + 16 + vlen + 2;
    uint16_t streams = md_le16(p);
    p += 2;
    *pdb_stream = *tables = NULL;
    for (uint16_t i = 0; i < streams; i++) {
        if (!fits(size, (uint64_t)(p - root), 9)) return md_fail(err, errlen, "pdb", "stream headers run past the end");
        uint32_t off = md_le32(p), len = md_le32(p + 4);
        const char *name = (const char *)(p + 8);
        size_t max = size - (size_t)(p + 8 - root), n = strnlen(name, max < 32 ? max : 32);
        if (n == max || n == 32) return md_fail(err, errlen, "pdb", "bad stream name");
        if (!fits(size, off, len)) return md_fail(err, errlen, "pdb", "stream %s out of bounds", name);
        if (strcmp(name, "#Pdb") == 0) { *pdb_stream = root + off; *pdb_size = len; }
        else if (strcmp(name, "#~") == 0) { *tables = root + off; *tables_size = len; }
        else if (strcmp(name, "#Strings") == 0) { pdb->strings = root + off; pdb->strings_size = len; }
        else if (strcmp(name, "#Blob") == 0) { pdb->blob = root + off; pdb->blob_size = len; }
        p += 8 + ((n + 4) & ~(size_t)3);
    }
    if (!*pdb_stream || !*tables) return md_fail(err, errlen, "pdb", "no #Pdb or #~ stream: not a portable PDB");
    return true;
}

static uint32_t row_size_of(const MdPdb *pdb, int t) {
    uint32_t s = pdb->wide_strings ? 4 : 2, g = pdb->wide_guid ? 4 : 2, b = pdb->wide_blob ? 4 : 2;
    uint32_t method = pdb->methoddef_rows < 0x10000 ? 2 : 4;
#define IDX(table) (pdb->tables[table].count < 0x10000 ? 2u : 4u)
    switch (t) {
    case T_DOCUMENT: return b + g + b + g;
    case T_METHODDEBUG: return IDX(T_DOCUMENT) + b;
    case T_LOCALSCOPE: return method + IDX(T_IMPORTSCOPE) + IDX(T_LOCALVARIABLE) + IDX(T_LOCALCONSTANT) + 4 + 4;
    case T_LOCALVARIABLE: return 2 + 2 + s;
    case T_LOCALCONSTANT: return s + b;
    case T_IMPORTSCOPE: return IDX(T_IMPORTSCOPE) + b;
    case T_STATEMACHINE: return method + method;
    case T_CUSTOMDEBUG: return (pdb->max_rows < (1u << 11) ? 2u : 4u) + g + b;   /* HasCustomDebugInformation: 5 tag bits */
    }
#undef IDX
    return 0;
}

MdPdb *md_pdb_open(const uint8_t *data, size_t size, char *err, size_t errlen) {
    MdPdb *pdb = calloc(1, sizeof *pdb);
    if (!pdb || !(pdb->data = malloc(size ? size : 1))) { free(pdb); md_fail(err, errlen, "pdb", "out of memory"); return NULL; }
    memcpy(pdb->data, data, size);
    pdb->size = size;
    const uint8_t *ps, *ts;
    uint32_t ps_size = 0, ts_size = 0;
    if (!load_streams(pdb, err, errlen, &ps, &ps_size, &ts, &ts_size)) goto fail;
    /* #Pdb: id (20), entry point (4), referenced type-system tables (8), their row counts */
    if (ps_size < 32) { md_fail(err, errlen, "pdb", "#Pdb stream too small"); goto fail; }
    uint64_t referenced = md_le64(ps + 24);
    const uint8_t *counts = ps + 32;
    for (int t = 0; t < 64; t++) {
        if (!(referenced >> t & 1)) continue;
        if (counts + 4 > ps + ps_size) { md_fail(err, errlen, "pdb", "#Pdb row counts run past the stream"); goto fail; }
        if (t == 0x06) pdb->methoddef_rows = md_le32(counts);
        if (md_le32(counts) > pdb->max_rows) pdb->max_rows = md_le32(counts);
        counts += 4;
    }
    /* #~: reserved (4), versions (2), heap sizes (1), reserved (1), valid (8), sorted (8), row counts */
    if (ts_size < 24) { md_fail(err, errlen, "pdb", "#~ stream too small"); goto fail; }
    uint8_t heaps = ts[6];
    pdb->wide_strings = heaps & 1; pdb->wide_guid = (heaps >> 1) & 1; pdb->wide_blob = (heaps >> 2) & 1;
    uint64_t valid = md_le64(ts + 8);
    const uint8_t *p = ts + 24;
    for (int t = 0; t < 64; t++) {
        if (!(valid >> t & 1)) continue;
        if (t < T_DOCUMENT || t > T_LAST) { md_fail(err, errlen, "pdb", "table 0x%02x in a portable PDB", t); goto fail; }
        if (p + 4 > ts + ts_size) { md_fail(err, errlen, "pdb", "#~ row counts run past the stream"); goto fail; }
        pdb->tables[t].count = md_le32(p);
        if (pdb->tables[t].count > pdb->max_rows) pdb->max_rows = pdb->tables[t].count;
        p += 4;
    }
    for (int t = T_DOCUMENT; t <= T_LAST; t++) {
        Table *tb = &pdb->tables[t];
        tb->row_size = row_size_of(pdb, t);
        tb->rows = p;
        uint64_t bytes = (uint64_t)tb->count * tb->row_size;
        if (bytes > (uint64_t)(ts + ts_size - p)) { md_fail(err, errlen, "pdb", "table 0x%02x runs past the #~ stream", t); goto fail; }
        p += bytes;
    }
    return pdb;
fail:
    md_pdb_free(pdb);
    return NULL;
}

void md_pdb_free(MdPdb *pdb) {
    if (!pdb) return;
    free(pdb->data);
    free(pdb);
}

/* A Document's name: a separator char, then blobs of UTF-8 parts. */
static bool document_name(const MdPdb *pdb, uint32_t row, char *buf, size_t size) {
    const Table *t = &pdb->tables[T_DOCUMENT];
    if (row == 0 || row > t->count || size == 0) return false;
    MdBlob name;
    if (!blob_at(pdb, read_index(t->rows + (size_t)(row - 1) * t->row_size, pdb->wide_blob), &name) || !name.ptr) return false;
    MdBlobReader r;
    md_blob_reader_init(&r, name);
    char sep = (char)md_read_u8(&r);
    size_t pos = 0;
    buf[0] = 0;
    for (bool first = true; !r.failed && r.p < r.end; first = false) {
        MdBlob part;
        if (!blob_at(pdb, md_read_compressed_u32(&r), &part) || r.failed) return false;
        if (!first && sep && pos + 1 < size) buf[pos++] = sep;
        for (uint32_t i = 0; i < part.len && pos + 1 < size; i++) buf[pos++] = (char)part.ptr[i];
        buf[pos] = 0;
    }
    return !r.failed && pos > 0;
}

bool md_pdb_line(const MdPdb *pdb, uint32_t method_row, uint32_t il, char *file, size_t file_size, uint32_t *line) {
    const Table *t = &pdb->tables[T_METHODDEBUG];
    if (!pdb || method_row == 0 || method_row > t->count) return false;
    const uint8_t *row = t->rows + (size_t)(method_row - 1) * t->row_size;
    bool wide_doc = pdb->tables[T_DOCUMENT].count >= 0x10000;
    uint32_t document = read_index(row, wide_doc);
    MdBlob points;
    if (!blob_at(pdb, read_index(row + (wide_doc ? 4 : 2), pdb->wide_blob), &points) || !points.ptr) return false;
    MdBlobReader r;
    md_blob_reader_init(&r, points);
    md_read_compressed_u32(&r);                      /* LocalSignature */
    if (document == 0) document = md_read_compressed_u32(&r);
    /* the sequence point with the greatest IL offset at or before il */
    uint32_t offset = 0, cur_line = 0, col = 0, best_line = 0, best_doc = 0;
    bool any = false, first = true;
    while (!r.failed && r.p < r.end) {
        uint32_t delta = md_read_compressed_u32(&r);
        if (!first && delta == 0) { document = md_read_compressed_u32(&r); continue; }
        offset = first ? delta : offset + delta;
        first = false;
        uint32_t dlines = md_read_compressed_u32(&r);
        int32_t dcols = dlines == 0 ? (int32_t)md_read_compressed_u32(&r) : md_read_compressed_i32(&r);
        if (r.failed || offset > il) break;
        if (dlines == 0 && dcols == 0) continue;   /* hidden: the previous visible point still answers */
        if (!any) { cur_line = md_read_compressed_u32(&r); col = md_read_compressed_u32(&r); any = true; }
        else { cur_line += (uint32_t)md_read_compressed_i32(&r); col += (uint32_t)md_read_compressed_i32(&r); }
        best_line = cur_line;
        best_doc = document;
    }
    (void)col;
    if (!best_line || !document_name(pdb, best_doc, file, file_size)) return false;
    *line = best_line;
    return true;
}

uint32_t md_pdb_kickoff_method(const MdPdb *pdb, uint32_t movenext_row) {
    if (!pdb) return 0;
    const Table *t = &pdb->tables[T_STATEMACHINE];
    bool wide = pdb->methoddef_rows >= 0x10000;
    for (uint32_t i = 0; i < t->count; i++) {
        const uint8_t *row = t->rows + (size_t)i * t->row_size;
        if (read_index(row, wide) == movenext_row) return read_index(row + (wide ? 4 : 2), wide);
    }
    return 0;
}
