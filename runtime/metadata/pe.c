/* pe.c — PE/COFF container (ECMA-335 II.25): DOS stub, PE and optional
 * headers, section table, and the CLI header that points at the metadata.
 * Every read is preceded by a bounds check against the file size. */
#include "metadata/md_private.h"

#include <stdlib.h>

#define CLI_DIRECTORY 14

/* Does [off, off+len) lie inside a file of `size` bytes? (no overflow) */
static bool in_file(size_t size, uint64_t off, uint64_t len) { return off <= size && len <= size - off; }

const uint8_t *md_rva_span(const MdImage *img, uint32_t rva, uint32_t *avail) {
    const MdImagePriv *im = md_priv(img);
    for (uint32_t i = 0; i < im->section_count; i++) {
        const MdSection *s = &im->sections[i];
        uint32_t extent = s->raw_size;
        /* Bytes past VirtualSize are not part of the mapped section. */
        if (s->vsize != 0 && s->vsize < extent) extent = s->vsize;
        if (rva >= s->va && rva - s->va < extent) {
            *avail = extent - (rva - s->va);
            return img->data + s->raw_off + (rva - s->va);
        }
    }
    *avail = 0;
    return NULL;
}

const uint8_t *md_rva_to_ptr(const MdImage *img, uint32_t rva, uint32_t size) {
    uint32_t avail;
    const uint8_t *p = md_rva_span(img, rva, &avail);
    if (!p || size > avail) return NULL;
    return p;
}

bool md_pe_load(MdImagePriv *im, const uint8_t **md_root, uint32_t *md_size, char *err, size_t errlen) {
    const char *name = im->pub.name;
    const uint8_t *d = im->pub.data;
    size_t size = im->pub.size;

    if (size < 2 || d[0] != 'M' || d[1] != 'Z') {
        if (size < 2 && (size == 0 || d[0] == 'M'))
            return md_fail(err, errlen, name, "file is truncated (%zu bytes, no DOS header)", size);
        return md_fail(err, errlen, name, "not a PE file (no MZ signature)");
    }
    if (size < 64)
        return md_fail(err, errlen, name, "file is truncated (DOS header needs 64 bytes, file has %zu)", size);
    uint32_t lfanew = md_le32(d + 0x3C);
    if (!in_file(size, lfanew, 24))
        return md_fail(err, errlen, name, "file is truncated (PE header at 0x%x needs 24 bytes, file has %zu)", lfanew, size);
    if (d[lfanew] != 'P' || d[lfanew + 1] != 'E' || d[lfanew + 2] || d[lfanew + 3])
        return md_fail(err, errlen, name, "not a PE file (no PE signature at 0x%x)", lfanew);

    const uint8_t *coff = d + lfanew + 4;
    uint16_t nsections = md_le16(coff + 2);
    uint16_t opt_size = md_le16(coff + 16);
    uint64_t opt_off = (uint64_t)lfanew + 24;
    if (!in_file(size, opt_off, opt_size))
        return md_fail(err, errlen, name, "file is truncated (optional header at 0x%llx needs %u bytes, file has %zu)",
                       (unsigned long long)opt_off, opt_size, size);
    const uint8_t *opt = d + opt_off;
    if (opt_size < 2) return md_fail(err, errlen, name, "not a .NET assembly (no optional header)");
    uint16_t magic = md_le16(opt);
    uint32_t ndir_off, dirs_off;
    if (magic == 0x10b) { ndir_off = 92; dirs_off = 96; }
    else if (magic == 0x20b) { ndir_off = 108; dirs_off = 112; }
    else return md_fail(err, errlen, name, "bad optional header magic 0x%x (want PE32 0x10b or PE32+ 0x20b)", magic);
    if (opt_size < dirs_off) return md_fail(err, errlen, name, "optional header too small (%u bytes)", opt_size);
    uint32_t ndirs = md_le32(opt + ndir_off);
    if (ndirs <= CLI_DIRECTORY || (uint64_t)dirs_off + 8u * (CLI_DIRECTORY + 1) > opt_size)
        return md_fail(err, errlen, name, "not a .NET assembly (no CLI header)");
    uint32_t cli_rva = md_le32(opt + dirs_off + 8 * CLI_DIRECTORY);
    uint32_t cli_size = md_le32(opt + dirs_off + 8 * CLI_DIRECTORY + 4);
    if (cli_rva == 0 || cli_size == 0) return md_fail(err, errlen, name, "not a .NET assembly (no CLI header)");

    uint64_t sec_off = opt_off + opt_size;
    if (nsections == 0) return md_fail(err, errlen, name, "PE file has no sections");
    if (!in_file(size, sec_off, (uint64_t)nsections * 40))
        return md_fail(err, errlen, name, "file is truncated (section table at 0x%llx needs %u bytes, file has %zu)",
                       (unsigned long long)sec_off, nsections * 40u, size);
    im->sections = calloc(nsections, sizeof(MdSection));
    if (!im->sections) return md_fail(err, errlen, name, "out of memory");
    im->section_count = nsections;
    for (uint32_t i = 0; i < nsections; i++) {
        const uint8_t *s = d + sec_off + 40u * i;
        MdSection *o = &im->sections[i];
        o->vsize = md_le32(s + 8);
        o->va = md_le32(s + 12);
        o->raw_size = md_le32(s + 16);
        o->raw_off = md_le32(s + 20);
        if (o->raw_size && !in_file(size, o->raw_off, o->raw_size))
            return md_fail(err, errlen, name, "file is truncated (section %u data 0x%x..0x%llx, file has %zu bytes)", i,
                           o->raw_off, (unsigned long long)o->raw_off + o->raw_size, size);
    }

    const uint8_t *cli = md_rva_to_ptr(&im->pub, cli_rva, 72);
    if (!cli || cli_size < 72)
        return md_fail(err, errlen, name, "CLI header (RVA 0x%x, %u bytes) is not inside a section", cli_rva, cli_size);
    uint32_t cb = md_le32(cli);
    if (cb < 72) return md_fail(err, errlen, name, "CLI header size %u is less than 72", cb);
    uint32_t md_rva = md_le32(cli + 8);
    uint32_t mdsz = md_le32(cli + 12);
    im->pub.cli_flags = md_le32(cli + 16);
    im->pub.entry_point_token = md_le32(cli + 20);
    im->pub.resources_rva = md_le32(cli + 24);
    im->pub.resources_size = md_le32(cli + 28);
    const uint8_t *root = md_rva_to_ptr(&im->pub, md_rva, mdsz);
    if (!root || mdsz == 0)
        return md_fail(err, errlen, name, "metadata (RVA 0x%x, %u bytes) is not inside a section", md_rva, mdsz);
    *md_root = root;
    *md_size = mdsz;
    return true;
}
