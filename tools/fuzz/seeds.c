/* seeds.c — writes the fuzzer's seed inputs (tools/fuzz/fuzz.c) from
 * assemblies: for each file, "md-<n>" (mode byte 0 + the whole file),
 * "md-lazy-<n>" (mode byte 2: the same, opened lazily) and,
 * for each method with a body, "il-<n>-<row>" (mode byte 1 + the raw body:
 * header, code and exception sections).
 *
 *   seeds OUTDIR FILE.exe...
 */
#include "metadata/md.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint8_t *read_file(const char *path, size_t *size) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    uint8_t *b = n > 0 ? malloc((size_t)n) : NULL;
    if (b && fread(b, 1, (size_t)n, f) != (size_t)n) { free(b); b = NULL; }
    fclose(f);
    *size = (size_t)n;
    return b;
}

static void write_seed(const char *dir, const char *name, uint8_t mode, const uint8_t *bytes, size_t n) {
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f) { perror(path); exit(1); }
    fputc(mode, f);
    fwrite(bytes, 1, n, f);
    fclose(f);
}

/* Length of the raw body at p (avail bytes there): header + code + sections (II.25.4.5). */
static size_t body_length(const MdMethodBody *b, const uint8_t *p, size_t avail) {
    size_t len = (size_t)(b->code - p) + b->code_size;
    if ((p[0] & 3) != 3 || !(p[0] & 0x08)) return len;    /* tiny, or fat without more sections */
    for (;;) {
        len = (len + 3) & ~(size_t)3;
        if (len + 4 > avail) return avail;
        uint8_t kind = p[len];
        size_t size = (kind & 0x40) ? ((size_t)p[len + 1] | (size_t)p[len + 2] << 8 | (size_t)p[len + 3] << 16) : p[len + 1];
        if (size == 0 || len + size > avail) return avail;
        len += size;
        if (!(kind & 0x80)) return len;
    }
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: seeds OUTDIR FILE...\n"); return 2; }
    int written = 0;
    for (int i = 2; i < argc; i++) {
        size_t n;
        uint8_t *bytes = read_file(argv[i], &n);
        if (!bytes) { fprintf(stderr, "seeds: cannot read %s\n", argv[i]); return 1; }
        char name[64], err[512];
        snprintf(name, sizeof name, "md-%d", i - 1);
        write_seed(argv[1], name, 0, bytes, n);
        snprintf(name, sizeof name, "md-lazy-%d", i - 1);
        write_seed(argv[1], name, 2, bytes, n);  /* the lazy open (fuzz.c) */
        written += 2;
        MdImage *img = md_image_open(bytes, n, argv[i], err, sizeof err);
        if (!img) { fprintf(stderr, "seeds: %s\n", err); return 1; }
        for (uint32_t r = 1; r <= img->row_count[MD_METHODDEF]; r++) {
            MdMethodBody body;
            uint32_t rva = md_methoddef_row(img, r).rva;
            if (!rva || !md_method_body(img, r, &body, err, sizeof err)) continue;
            const uint8_t *p = md_rva_to_ptr(img, rva, 1);
            size_t avail = 0;
            while (avail < 65536 && md_rva_to_ptr(img, rva, (uint32_t)avail + 1)) avail++;
            snprintf(name, sizeof name, "il-%d-%u", i - 1, r);
            write_seed(argv[1], name, 1, p, body_length(&body, p, avail));
            written++;
        }
        md_image_free(img);
        free(bytes);
    }
    printf("%d seeds in %s\n", written, argv[1]);
    return 0;
}
