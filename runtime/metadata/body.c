/* body.c — method bodies (II.25.4): tiny and fat headers, the code bytes,
 * and the extra data sections holding exception clauses. Everything is
 * checked against the bytes left in the section holding the body. */
#include "metadata/md_private.h"

#include <string.h>

#define HDR_TINY 0x2
#define HDR_FAT 0x3
#define FAT_MORE_SECTS 0x08
#define FAT_INIT_LOCALS 0x10
#define SECT_EHTABLE 0x01
#define SECT_OPTILTABLE 0x02
#define SECT_FAT 0x40
#define SECT_MORE 0x80

typedef struct Sect { uint8_t kind; uint32_t data_size; const uint8_t *p; } Sect;

bool md_method_body(const MdImage *img, uint32_t row, MdMethodBody *out, char *err, size_t errlen) {
    const char *name = img->name;
    memset(out, 0, sizeof *out);
    if (row == 0 || row > img->row_count[MD_METHODDEF])
        return md_fail(err, errlen, name, "method body: MethodDef row %u out of range", row);
    const MdMethodDefRow m = md_methoddef_row(img, row);
    if (m.rva == 0) return md_fail(err, errlen, name, "method %s (row %u) has no body (RVA 0)", m.name, row);
    uint32_t avail;
    const uint8_t *p = md_rva_span(img, m.rva, &avail);
    if (!p) return md_fail(err, errlen, name, "method %s (row %u): body RVA 0x%x is not inside a section", m.name, row, m.rva);

    uint32_t hdr_size;
    bool more = false;
    if ((p[0] & 3) == HDR_TINY) {
        hdr_size = 1;
        out->code_size = p[0] >> 2;
        out->max_stack = 8;
    } else if ((p[0] & 3) == HDR_FAT) {
        if (avail < 12) return md_fail(err, errlen, name, "method %s (row %u): fat header runs past its section", m.name, row);
        uint16_t fl = md_le16(p);
        hdr_size = (uint32_t)(fl >> 12) * 4;
        if (hdr_size < 12) return md_fail(err, errlen, name, "method %s (row %u): fat header size %u < 12", m.name, row, hdr_size);
        if (hdr_size > avail) return md_fail(err, errlen, name, "method %s (row %u): fat header runs past its section", m.name, row);
        more = (fl & FAT_MORE_SECTS) != 0;
        out->init_locals = (fl & FAT_INIT_LOCALS) != 0;
        out->max_stack = md_le16(p + 2);
        out->code_size = md_le32(p + 4);
        out->local_var_sig_token = md_le32(p + 8);
        uint32_t lt = out->local_var_sig_token;
        if (lt != 0 && (MD_TOKEN_TABLE(lt) != MD_STANDALONESIG || MD_TOKEN_ROW(lt) == 0 ||
                        MD_TOKEN_ROW(lt) > img->row_count[MD_STANDALONESIG]))
            return md_fail(err, errlen, name, "method %s (row %u): LocalVarSigTok 0x%08x is not a StandAloneSig in range",
                           m.name, row, lt);
    } else {
        return md_fail(err, errlen, name, "method %s (row %u): bad method header byte 0x%02x", m.name, row, p[0]);
    }
    if (out->code_size > avail - hdr_size)
        return md_fail(err, errlen, name, "method %s (row %u): code (%u bytes) runs past its section", m.name, row, out->code_size);
    out->code = p + hdr_size;
    if (out->code_size == 0) return md_fail(err, errlen, name, "method %s (row %u): empty code", m.name, row);

    /* Two walks over the sections: count clauses, then fill the arena array. */
    uint32_t start = hdr_size + out->code_size;
    for (int pass = 0; pass < 2 && more; pass++) {
        uint32_t pos = start, n = 0;
        bool again = true;
        while (again) {
            /* Sections start on a 4-byte boundary of the RVA. */
            uint32_t pad = (4u - ((m.rva + pos) & 3u)) & 3u;
            if ((uint64_t)pos + pad + 4 > avail)
                return md_fail(err, errlen, name, "method %s (row %u): data section runs past its section", m.name, row);
            pos += pad;
            const uint8_t *s = p + pos;
            uint8_t kind = s[0];
            bool fat = (kind & SECT_FAT) != 0;
            uint32_t dsize = fat ? ((uint32_t)s[1] | ((uint32_t)s[2] << 8) | ((uint32_t)s[3] << 16)) : s[1];
            if (dsize < 4 || dsize > avail - pos)
                return md_fail(err, errlen, name, "method %s (row %u): data section size %u is invalid", m.name, row, dsize);
            if (kind & SECT_EHTABLE) {
                uint32_t csize = fat ? 24 : 12;
                uint32_t cnt = (dsize - 4) / csize;
                for (uint32_t i = 0; i < cnt; i++) {
                    const uint8_t *c = s + 4 + i * csize;
                    if (pass == 1) {
                        MdExceptionClause *e = &out->clauses[n];
                        if (fat) {
                            e->flags = md_le32(c); e->try_offset = md_le32(c + 4); e->try_length = md_le32(c + 8);
                            e->handler_offset = md_le32(c + 12); e->handler_length = md_le32(c + 16);
                        } else {
                            e->flags = md_le16(c); e->try_offset = md_le16(c + 2); e->try_length = c[4];
                            e->handler_offset = md_le16(c + 5); e->handler_length = c[7];
                        }
                        uint32_t extra = md_le32(c + csize - 4);
                        if (e->flags == MD_CLAUSE_FILTER) e->filter_offset = extra;
                        else if (e->flags == MD_CLAUSE_EXCEPTION) e->class_token = extra;
                        uint64_t cs = out->code_size;
                        if (e->flags != MD_CLAUSE_EXCEPTION && e->flags != MD_CLAUSE_FILTER &&
                            e->flags != MD_CLAUSE_FINALLY && e->flags != MD_CLAUSE_FAULT)
                            return md_fail(err, errlen, name, "method %s (row %u): exception clause %u has bad flags 0x%x",
                                           m.name, row, n, e->flags);
                        if ((uint64_t)e->try_offset + e->try_length > cs || (uint64_t)e->handler_offset + e->handler_length > cs ||
                            (e->flags == MD_CLAUSE_FILTER && e->filter_offset >= cs))
                            return md_fail(err, errlen, name, "method %s (row %u): exception clause %u lies outside the code (%u bytes)",
                                           m.name, row, n, out->code_size);
                    }
                    n++;
                }
            } else if ((kind & 0x3F) != SECT_OPTILTABLE && (kind & 0x3F) != 0) {
                return md_fail(err, errlen, name, "method %s (row %u): unknown data section kind 0x%02x", m.name, row, kind);
            }
            again = (kind & SECT_MORE) != 0;
            pos += dsize;
        }
        if (pass == 0) {
            out->clause_count = n;
            if (n == 0) break;
            out->clauses = md_arena_alloc(img->arena, (size_t)n * sizeof(MdExceptionClause));
            if (!out->clauses) return md_fail(err, errlen, name, "out of memory");
        }
    }
    return true;
}
