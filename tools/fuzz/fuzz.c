/* fuzz.c — the libFuzzer target over the metadata reader and the translator
 * (docs/testing.md, "Fuzzing"). The first byte of an input picks the mode:
 *
 *   even: the rest is an assembly file. md_image_open reads it (with bit 1
 *         set, md_image_open_lazy and md_image_load_all), then every
 *         table row's signature, every method body, user strings and
 *         custom-attribute blobs are decoded; the image is freed.
 *   odd:  the rest is a raw method body (header, IL, exception sections).
 *         It replaces the body of FuzzHost.Target in tools/fuzz/FuzzHost.cs
 *         (loaded once, with the corlib) and the translator translates it;
 *         tokens in the IL resolve against FuzzHost.exe and the corlib.
 *
 * Either way the code must never crash or trip a sanitizer; a rejected input
 * (an error message) is a fine outcome. Paths come from the environment:
 * CILANTRO_FUZZ_CORLIB (default build/corlib/mscorlib.dll) and
 * CILANTRO_FUZZ_HOST (default build/fuzz/FuzzHost.exe). */
#include "host/host.h"
#include "interp/interp_internal.h"
#include "metadata/md.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static Method *target;       /* FuzzHost.Target */
static uint8_t *body_at;     /* its body inside the loaded image (writable: the image owns a copy) */
static uint32_t body_room;   /* bytes we may overwrite there */

static uint8_t *read_file(const char *path, uint32_t *size) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    uint8_t *b = n > 0 ? malloc((size_t)n) : NULL;
    if (b && fread(b, 1, (size_t)n, f) != (size_t)n) { free(b); b = NULL; }
    fclose(f);
    *size = (uint32_t)n;
    return b;
}

static int load(const char *env, const char *fallback) {
    const char *path = getenv(env) ? getenv(env) : fallback;
    uint32_t n;
    uint8_t *bytes = read_file(path, &n);
    if (!bytes) { fprintf(stderr, "fuzz: cannot read %s (set %s)\n", path, env); exit(2); }
    int id = cil_load_assembly(bytes, n, path);
    free(bytes);
    if (!id) { fprintf(stderr, "fuzz: %s\n", cil_last_error()); exit(2); }
    return id;
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc; (void)argv;
    cil_init(256u << 20, 0, 0);
    load("CILANTRO_FUZZ_CORLIB", "build/corlib/mscorlib.dll");
    Assembly *a = asm_at(load("CILANTRO_FUZZ_HOST", "build/fuzz/FuzzHost.exe") - 1);
    Type *host = a ? type_find(a, "", "FuzzHost") : NULL;
    if (!host || !type_prepare(host, TS_READY)) { fprintf(stderr, "fuzz: no type FuzzHost\n"); exit(2); }
    target = type_find_method_by_name(host, "Target", 3);
    MdMethodBody body;
    char err[256];
    if (!target || !md_method_body(a->image, target->methoddef_row, &body, err, sizeof err)) {
        fprintf(stderr, "fuzz: no FuzzHost.Target body\n");
        exit(2);
    }
    /* the header (fat: 12 bytes) and the code: the room a mutated body may fill */
    uint32_t rva = md_methoddef_row(a->image, target->methoddef_row).rva;
    body_room = (uint32_t)(body.code - md_rva_to_ptr(a->image, rva, 1)) + body.code_size;
    body_at = (uint8_t *)md_rva_to_ptr(a->image, rva, body_room);
    if (!body_at) { fprintf(stderr, "fuzz: FuzzHost.Target's body is not addressable\n"); exit(2); }
    return 0;
}

/* ---- mode 0: the metadata reader ---- */

static void walk_blob_sig(const MdImage *img, MdBlob b, int kind) {
    char err[256];
    uint32_t count;
    MdTypeSig **types;
    switch (kind) {
    case 0: md_parse_method_sig(img, b, err, sizeof err); break;
    case 1: md_parse_field_sig(img, b, err, sizeof err); break;
    case 2: md_parse_type_spec(img, b, err, sizeof err); break;
    case 3: md_parse_locals_sig(img, b, &count, &types, err, sizeof err); break;
    case 4: md_parse_method_spec(img, b, &count, &types, err, sizeof err); break;
    default: break;
    }
}

static void walk_image(const MdImage *img) {
    char err[256];
    uint32_t first, end;
    for (uint32_t r = 1; r <= img->row_count[MD_TYPEDEF]; r++) {
        md_typedef_fields(img, r, &first, &end);
        md_typedef_methods(img, r, &first, &end);
        md_find_enclosing_class(img, r);
        md_find_class_layout(img, r);
        md_find_interface_impls(img, r, &first, &end);
        md_find_method_impls(img, r, &first, &end);
        md_typedef_events(img, r, &first, &end);
        md_typedef_properties(img, r, &first, &end);
        md_find_generic_params(img, MD_TOKEN(MD_TYPEDEF, r), &first, &end);
        md_find_custom_attributes(img, MD_TOKEN(MD_TYPEDEF, r), &first, &end);
        uint32_t nested[8];
        md_find_nested_classes(img, r, nested, 8);
    }
    for (uint32_t r = 1; r <= img->row_count[MD_FIELD]; r++) {
        walk_blob_sig(img, img->fields[r].signature, md_sig_is_field(img->fields[r].signature) ? 1 : 0);
        md_find_field_layout(img, r);
        md_find_field_rva(img, r);
        md_find_constant(img, MD_TOKEN(MD_FIELD, r));
    }
    for (uint32_t r = 1; r <= img->row_count[MD_METHODDEF]; r++) {
        walk_blob_sig(img, md_methoddef_row(img, r).signature, 0);
        md_method_params(img, r, &first, &end);
        MdMethodBody body;
        if (md_methoddef_row(img, r).rva && md_method_body(img, r, &body, err, sizeof err)) {
            /* user strings the body names */
            for (uint32_t i = 0; i + 5 <= body.code_size; i++) {
                if (body.code[i] != 0x72) continue;   /* ldstr */
                uint32_t tok = (uint32_t)body.code[i + 1] | (uint32_t)body.code[i + 2] << 8 |
                               (uint32_t)body.code[i + 3] << 16 | (uint32_t)body.code[i + 4] << 24;
                const uint16_t *chars;
                uint32_t len;
                md_user_string(img, tok, &chars, &len);
            }
        }
    }
    for (uint32_t r = 1; r <= img->row_count[MD_MEMBERREF]; r++)
        walk_blob_sig(img, img->memberrefs[r].signature, md_sig_is_field(img->memberrefs[r].signature) ? 1 : 0);
    for (uint32_t r = 1; r <= img->row_count[MD_TYPESPEC]; r++) walk_blob_sig(img, img->typespecs[r].signature, 2);
    for (uint32_t r = 1; r <= img->row_count[MD_STANDALONESIG]; r++) {
        MdBlob b = img->standalonesigs[r].signature;
        walk_blob_sig(img, b, b.len && b.ptr[0] == 0x07 ? 3 : 0);
    }
    for (uint32_t r = 1; r <= img->row_count[MD_METHODSPEC]; r++) walk_blob_sig(img, img->methodspecs[r].instantiation, 4);
    for (uint32_t r = 1; r <= img->row_count[MD_PROPERTY]; r++) walk_blob_sig(img, img->properties[r].type, 0);
    for (uint32_t r = 1; r <= img->row_count[MD_CUSTOMATTRIBUTE]; r++) {
        MdBlobReader rd;
        md_blob_reader_init(&rd, img->customattributes[r].value);
        const char *s;
        uint32_t len;
        md_read_ser_string(&rd, &s, &len);
    }
    for (uint32_t r = 1; r <= img->row_count[MD_GENERICPARAM]; r++) md_find_generic_param_constraints(img, r, &first, &end);
    uint8_t guid[16];
    if (img->row_count[MD_MODULE]) md_guid(img, img->modules[1].mvid, guid);
    for (uint32_t t = 0; t < MD_TABLE_COUNT; t++) md_map_token(img, MD_TOKEN(t, 1));
}

/* ---- mode 1: the translator ---- */

static void translate_body(const uint8_t *body, size_t size) {
    if (size == 0) return;
    if (size > body_room) size = body_room;
    memcpy(body_at, body, size);
    memset(body_at + size, 0, body_room - size);
    char err[600];
    Code *code = interp_translate(target, err, sizeof err);
    if (code) interp_code_free(code);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1) return 0;
    if ((data[0] & 1) == 0) {
        char err[512];
        /* Bit 1 of the mode byte opens lazily, as the runtime does, and
         * decodes the deferred tables after; without it the image opens whole. */
        bool lazy = (data[0] & 2) != 0;
        MdImage *img = lazy ? md_image_open_lazy(data + 1, size - 1, "fuzz.dll", err, sizeof err)
                            : md_image_open(data + 1, size - 1, "fuzz.dll", err, sizeof err);
        if (img && lazy && !md_image_load_all(img, err, sizeof err)) {
            md_image_free(img);
            img = NULL;
        }
        if (img) {
            walk_image(img);
            md_image_free(img);
        }
    } else {
        translate_body(data + 1, size - 1);
    }
    return 0;
}
