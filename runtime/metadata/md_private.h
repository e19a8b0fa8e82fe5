/* md_private.h — shared between the metadata reader's own .c files only.
 * Nothing outside runtime/metadata/ may include this. */
#ifndef CILANTRO_MD_PRIVATE_H
#define CILANTRO_MD_PRIVATE_H

#include "metadata/md.h"
#include <stdarg.h>

typedef struct MdSection {
    uint32_t va, vsize;      /* where the loader would map it */
    uint32_t raw_off, raw_size; /* where it is in the file (raw_size clipped to the file) */
} MdSection;

/* The image as allocated: MdImage first so a MdImage* is also a MdImagePriv*. */
typedef struct MdImagePriv {
    MdImage pub;
    char *name_copy;
    uint8_t *data_copy;
    MdSection *sections;
    uint32_t section_count;
    uint32_t strings_limit;  /* string indexes below this are NUL-terminated in the heap */
    /* Physical -> logical row maps for tables reordered at open (Ptr
     * indirection or unsorted lookup tables); NULL means identity. */
    uint32_t *phys_to_logical[MD_TABLE_COUNT];
    /* Where each table's rows sit in the file (for tools and white-box tests). */
    uint32_t tables_stream_offset;
    uint32_t table_offset[MD_TABLE_COUNT], row_size[MD_TABLE_COUNT];
    /* One bit per coded TypeOrMethodDef owner that has generic parameters,
     * built on the first md_find_generic_params: most types and methods have
     * none, and type loading asks for every one of them. */
    uint8_t *generic_owner_bits;
    /* GenericParam's owners in coded form, by row (built with the bits): the
     * search for an owner's rows compares plain integers. */
    uint32_t *generic_param_keys;
    /* Param rows decoded at open: only when a ParamPtr table reorders them;
     * otherwise md_param_row reads the table in place. */
    MdParamRow *param_rows;
    uint8_t param_name_wide;  /* Param.Name is a 4-byte #Strings index */
    /* MethodDef rows decoded at open: only when a MethodPtr table reorders
     * them; otherwise md_methoddef_row reads the table in place (the
     * corlib's 19,000 methods, of which a program loads a few hundred). */
    MdMethodDefRow *methoddef_rows;
    uint8_t methoddef_name_wide, methoddef_sig_wide, methoddef_params_wide;
    uint32_t generic_owner_bits_len;
    /* Column widths, kept for tables decoded after open. */
    uint8_t col_width[MD_TABLE_COUNT][9];
    /* Bit t: table t is not decoded yet (a lazy open; md_table_ready). */
    uint64_t deferred;
    /* A lazy open checks in-place rows when read: bit r, MethodDef row r was
     * checked (NULL: all were, at open); Param names on every read. */
    uint8_t *methoddef_checked;
    bool params_unchecked;
} MdImagePriv;

static inline MdImagePriv *md_priv(const MdImage *img) { return (MdImagePriv *)(uintptr_t)img; }

/* Writes "<name>: <message>" into err (when err is non-NULL). Always returns false. */
bool md_fail(char *err, size_t errlen, const char *name, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* arena.c */
MdArena *md_arena_new(void);
/* Like md_arena_alloc but not zeroed: for arrays the caller fills whole. */
void *md_arena_alloc_uninit(MdArena *a, size_t size);
void md_arena_free(MdArena *a);

/* pe.c: DOS/PE/COFF headers, sections, CLI header. Fills sections,
 * entry_point_token, cli_flags and returns the metadata root's bounds. */
bool md_pe_load(MdImagePriv *im, const uint8_t **md_root, uint32_t *md_size, char *err, size_t errlen);
/* Bytes available from rva to the end of its section's file data, or NULL. */
const uint8_t *md_rva_span(const MdImage *img, uint32_t rva, uint32_t *avail);

/* heaps.c: metadata root and stream headers; returns the table stream. */
bool md_streams_load(MdImagePriv *im, const uint8_t *root, uint32_t root_size,
                     const uint8_t **tables, uint32_t *tables_size, bool *uncompressed,
                     char *err, size_t errlen);
/* Decodes a compressed unsigned integer from [p,end); returns bytes used or 0. */
uint32_t md_decode_compressed(const uint8_t *p, const uint8_t *end, uint32_t *out);

/* Coded index kinds (II.24.2.6). */
enum {
    MD_CI_TYPEDEFORREF, MD_CI_HASCONSTANT, MD_CI_HASCUSTOMATTRIBUTE, MD_CI_HASFIELDMARSHAL,
    MD_CI_HASDECLSECURITY, MD_CI_MEMBERREFPARENT, MD_CI_HASSEMANTICS, MD_CI_METHODDEFORREF,
    MD_CI_MEMBERFORWARDED, MD_CI_IMPLEMENTATION, MD_CI_CUSTOMATTRIBUTETYPE, MD_CI_RESOLUTIONSCOPE,
    MD_CI_TYPEORMETHODDEF, MD_CI_COUNT
};
/* The tag of each table in each coded-index kind plus one (0: cannot name
 * it), and each kind's tag width (tables.c). */
extern const uint8_t md_coded_tag_plus1[MD_CI_COUNT][MD_TABLE_COUNT];
extern const uint8_t md_coded_bits[MD_CI_COUNT];
/* The on-disk coded value of a token (its sort key); 0 for token 0 or a
 * table the kind cannot name. */
static inline uint32_t md_coded_encode(int kind, uint32_t token) {
    if (token == 0 || kind < 0 || kind >= MD_CI_COUNT || MD_TOKEN_TABLE(token) >= MD_TABLE_COUNT) return 0;
    uint32_t tag = md_coded_tag_plus1[kind][MD_TOKEN_TABLE(token)];
    return tag ? (MD_TOKEN_ROW(token) << md_coded_bits[kind]) | (tag - 1) : 0;
}
/* Whether the encoder's inverse table matches the coded-index definitions (test_md). */
bool md_coded_tables_agree(void);

/* tables.c: decodes, validates and reorders every table; lazy leaves the
 * deferrable ones (tables.c) for md_table_ready. */
bool md_tables_load(MdImagePriv *im, const uint8_t *data, uint32_t size, bool uncompressed, bool lazy,
                    char *err, size_t errlen);

/* Little-endian readers (the caller has checked the bounds). */
static inline uint16_t md_le16(const uint8_t *p) { return (uint16_t)(p[0] | (p[1] << 8)); }
static inline uint32_t md_le32(const uint8_t *p) {
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}
static inline uint64_t md_le64(const uint8_t *p) { return (uint64_t)md_le32(p) | ((uint64_t)md_le32(p + 4) << 32); }

#endif
