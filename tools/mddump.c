/* mddump — print what the metadata reader sees in an assembly.
 *
 *   mddump [--tables] [--check] file.dll|file.exe
 *
 * Default: header facts, row counts, then every type with its fields and
 * methods (with the decoded IL body: code size, max stack, locals token,
 * exception clauses). --tables prints only the header and row counts.
 * --check parses every method body and every signature blob and reports
 * failures (exit status 1 if any). */
#include "metadata/md.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint8_t *read_file(const char *path, size_t *size) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    uint8_t *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap) break;
        uint8_t *bigger = realloc(buf, cap * 2);
        if (!bigger) { free(buf); buf = NULL; break; }
        buf = bigger;
        cap *= 2;
    }
    fclose(f);
    *size = n;
    return buf;
}

static void print_type_name(const MdImage *img, uint32_t tok) {
    uint32_t t = MD_TOKEN_TABLE(tok), r = MD_TOKEN_ROW(tok);
    if (!tok) printf("-");
    else if (t == MD_TYPEDEF) printf("%s%s%s", img->typedefs[r].ns, *img->typedefs[r].ns ? "." : "", img->typedefs[r].name);
    else if (t == MD_TYPEREF) printf("%s%s%s", img->typerefs[r].ns, *img->typerefs[r].ns ? "." : "", img->typerefs[r].name);
    else printf("%s#%u", md_table_name((MdTable)t), r);
}

static int check_all(const MdImage *img) {
    char err[256];
    uint32_t bad = 0, bodies = 0, sigs = 0, cnt;
    MdTypeSig **types;
    MdMethodBody body;
#define BAD(...) do { bad++; if (bad <= 20) { printf(__VA_ARGS__); printf("\n"); } } while (0)
    for (uint32_t i = 1; i <= img->row_count[MD_METHODDEF]; i++) {
        sigs++;
        if (!md_parse_method_sig(img, md_methoddef_row(img, i).signature, err, sizeof err)) BAD("MethodDef %u sig: %s", i, err);
        if (md_methoddef_row(img, i).rva == 0) continue;
        bodies++;
        if (!md_method_body(img, i, &body, err, sizeof err)) BAD("MethodDef %u body: %s", i, err);
    }
    for (uint32_t i = 1; i <= img->row_count[MD_FIELD]; i++, sigs++)
        if (!md_parse_field_sig(img, img->fields[i].signature, err, sizeof err)) BAD("Field %u: %s", i, err);
    for (uint32_t i = 1; i <= img->row_count[MD_MEMBERREF]; i++, sigs++) {
        MdBlob b = img->memberrefs[i].signature;
        bool ok = md_sig_is_field(b) ? md_parse_field_sig(img, b, err, sizeof err) != NULL
                                     : md_parse_method_sig(img, b, err, sizeof err) != NULL;
        if (!ok) BAD("MemberRef %u: %s", i, err);
    }
    for (uint32_t i = 1; i <= img->row_count[MD_TYPESPEC]; i++, sigs++)
        if (!md_parse_type_spec(img, img->typespecs[i].signature, err, sizeof err)) BAD("TypeSpec %u: %s", i, err);
    for (uint32_t i = 1; i <= img->row_count[MD_METHODSPEC]; i++, sigs++)
        if (!md_parse_method_spec(img, img->methodspecs[i].instantiation, &cnt, &types, err, sizeof err)) BAD("MethodSpec %u: %s", i, err);
    for (uint32_t i = 1; i <= img->row_count[MD_PROPERTY]; i++, sigs++)
        if (!md_parse_method_sig(img, img->properties[i].type, err, sizeof err)) BAD("Property %u: %s", i, err);
    for (uint32_t i = 1; i <= img->row_count[MD_STANDALONESIG]; i++, sigs++) {
        MdBlob b = img->standalonesigs[i].signature;
        bool ok = b.len && b.ptr[0] == 0x07 ? md_parse_locals_sig(img, b, &cnt, &types, err, sizeof err)
                                            : md_parse_method_sig(img, b, err, sizeof err) != NULL;
        if (!ok) BAD("StandAloneSig %u: %s", i, err);
    }
    printf("checked %u method bodies and %u signatures: %u failures\n", bodies, sigs, bad);
    return bad ? 1 : 0;
}

static void dump_types(const MdImage *img) {
    char err[256];
    for (uint32_t t = 1; t <= img->row_count[MD_TYPEDEF]; t++) {
        const MdTypeDefRow *td = &img->typedefs[t];
        uint32_t enclosing = md_find_enclosing_class(img, t), f0, f1, m0, m1, g0, g1;
        printf("type %u %s%s%s", t, td->ns, *td->ns ? "." : "", td->name);
        md_find_generic_params(img, MD_TOKEN(MD_TYPEDEF, t), &g0, &g1);
        if (g1 > g0) printf(" <%u generic params>", g1 - g0);
        printf(" flags=0x%08x extends=", td->flags);
        print_type_name(img, td->extends);
        if (enclosing) printf(" nested-in=%s", img->typedefs[enclosing].name);
        printf("\n");
        md_typedef_fields(img, t, &f0, &f1);
        for (uint32_t f = f0; f < f1; f++) {
            printf("  field %u %s flags=0x%04x", f, img->fields[f].name, img->fields[f].flags);
            uint32_t rva = md_find_field_rva(img, f);
            if (rva) printf(" rva=0x%x", img->fieldrvas[rva].rva);
            printf("\n");
        }
        md_typedef_methods(img, t, &m0, &m1);
        for (uint32_t m = m0; m < m1; m++) {
            const MdMethodDefRow md = md_methoddef_row(img, m);
            MdMethodSig *sig = md_parse_method_sig(img, md.signature, err, sizeof err);
            printf("  method %u %s params=%u", m, md.name, sig ? sig->param_count : 0);
            if (md.rva) {
                MdMethodBody b;
                if (md_method_body(img, m, &b, err, sizeof err))
                    printf(" code=%u maxstack=%u locals=0x%08x clauses=%u", b.code_size, b.max_stack, b.local_var_sig_token,
                           b.clause_count);
                else
                    printf(" body-error: %s", err);
            }
            printf("\n");
        }
    }
}

int main(int argc, char **argv) {
    bool tables_only = false, check = false;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--tables")) tables_only = true;
        else if (!strcmp(argv[i], "--check")) check = true;
        else path = argv[i];
    }
    if (!path) { fprintf(stderr, "usage: mddump [--tables] [--check] assembly\n"); return 2; }
    size_t size;
    uint8_t *data = read_file(path, &size);
    if (!data) { fprintf(stderr, "%s: cannot read file\n", path); return 2; }
    char err[256];
    MdImage *img = md_image_open(data, size, path, err, sizeof err);
    free(data);
    if (!img) { fprintf(stderr, "%s\n", err); return 1; }
    int rc = 0;
    printf("%s: metadata %s, entry point 0x%08x, CLI flags 0x%x\n", img->name, img->version, img->entry_point_token, img->cli_flags);
    printf("heaps: #Strings %u, #Blob %u, #US %u, #GUID %u bytes\n", img->strings_size, img->blob_size, img->us_size, img->guid_size);
    if (img->row_count[MD_ASSEMBLY])
        printf("assembly %s %u.%u.%u.%u\n", img->assemblies[1].name, img->assemblies[1].major, img->assemblies[1].minor,
               img->assemblies[1].build, img->assemblies[1].revision);
    for (int t = 0; t < MD_TABLE_COUNT; t++)
        if (img->row_count[t]) printf("table 0x%02x %-24s %u rows\n", t, md_table_name((MdTable)t), img->row_count[t]);
    if (check) rc = check_all(img);
    else if (!tables_only) dump_types(img);
    md_image_free(img);
    return rc;
}
