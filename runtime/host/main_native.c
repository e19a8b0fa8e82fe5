/* main_native.c — the native CLI: `cilantro [options] App.exe args...`.
 * Loads the corlib (CILANTRO_CORLIB, else a trimmed one beside the app as
 * `cilantro trim` writes it, else the one beside the executable), the app,
 * and the app's references from the app's directory, then from the installed
 * .NET shared framework (framework assemblies the corlib lacks types of, as
 * System.Text.Json); runs Main. */
#include "host/host.h"
#include "core/core.h"

#include <dirent.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define CILANTRO_VERSION "0.1.0"

static uint8_t *read_file(const char *path, uint32_t *size, char *err, size_t errlen) {
    FILE *f = fopen(path, "rb");
    if (!f) { snprintf(err, errlen, "%s: %s", path, strerror(errno)); return NULL; }
    if (fseek(f, 0, SEEK_END) != 0) { fclose(f); snprintf(err, errlen, "%s: cannot seek", path); return NULL; }
    long n = ftell(f);
    if (n < 0 || n > 0x7FFFFFFF) { fclose(f); snprintf(err, errlen, "%s: cannot read size", path); return NULL; }
    rewind(f);
    uint8_t *buf = malloc((size_t)n + 1);
    if (!buf) { fclose(f); snprintf(err, errlen, "%s: out of memory", path); return NULL; }
    if (fread(buf, 1, (size_t)n, f) != (size_t)n) { fclose(f); free(buf); snprintf(err, errlen, "%s: read error", path); return NULL; }
    fclose(f);
    *size = (uint32_t)n;
    return buf;
}

/* The SDK writes <name>.pdb beside <name>.dll: stack traces get file and line. */
static void load_symbols_beside(int id, const char *path) {
    char pdb[4096];
    const char *dot = strrchr(path, '.'), *slash = strrchr(path, '/');
    if (!dot || (slash && dot < slash)) return;
    snprintf(pdb, sizeof pdb, "%.*s.pdb", (int)(dot - path), path);
    if (access(pdb, R_OK) != 0) return;
    char err[512];
    uint32_t size;
    uint8_t *bytes = read_file(pdb, &size, err, sizeof err);
    if (!bytes) return;
    /* a Windows (non-portable) PDB or a damaged one: run without lines */
    (void)cil_load_symbols(id, bytes, size);
    free(bytes);
}

static int load_file(const char *path) {
    char err[512];
    uint32_t size;
    uint8_t *bytes = read_file(path, &size, err, sizeof err);
    if (!bytes) { fprintf(stderr, "cilantro: %s\n", err); return 0; }
    int id = cil_load_assembly_adopt(bytes, size, path);   /* the runtime keeps (and frees) the block */
    if (!id) { fprintf(stderr, "cilantro: %s\n", cil_last_error()); return 0; }
    load_symbols_beside(id, path);
    return id;
}

static void dir_of(const char *path, char *out, size_t size) {
    const char *slash = strrchr(path, '/');
    if (!slash) { snprintf(out, size, "."); return; }
    snprintf(out, size, "%.*s", (int)(slash - path), path);
}

static bool file_exists(const char *p) { return access(p, R_OK) == 0; }

/* The corlib's folder: its parts are read from there (cil_reference_is_corlib_part). */
static char corlib_dir[4096];

static int load_part(const char *name) {
    char path[4600];
    snprintf(path, sizeof path, "%s/%s.dll", corlib_dir, name);
    return file_exists(path) && load_file(path) ? 1 : 0;
}

/* ---- the installed .NET shared framework (docs/libraries.md) ----
 * Framework assemblies the corlib lacks (System.Text.Json, System.Private.Xml,
 * ...) come from <root>/shared/Microsoft.NETCore.App/<version>/ when they are
 * not beside the app. Roots: CILANTRO_SHARED_FRAMEWORK names the version folder
 * itself ("none": do not look), else DOTNET_ROOT, /usr/share/dotnet,
 * /usr/lib/dotnet, /usr/local/share/dotnet, ~/.dotnet. The version: the newest
 * whose major is the one the app references the name with, else the newest.
 * js/shared-framework.mjs does the same for the Node CLI and `cilantro trim`. */
static bool parse_version(const char *s, int v[4]) {
    v[0] = v[1] = v[2] = v[3] = 0;
    for (int k = 0; k < 4; k++) {
        if (*s < '0' || *s > '9') return k >= 3;
        v[k] = (int)strtol(s, (char **)&s, 10);
        if (*s == '-') { v[3] = -1; return k >= 2; }   /* a preview sorts before its release */
        if (*s == '\0') return k >= 2;
        if (*s != '.') return false;
        s++;
    }
    return true;
}

static int compare_version(const int a[4], const int b[4]) {
    for (int k = 0; k < 4; k++) if (a[k] != b[k]) return a[k] < b[k] ? -1 : 1;
    return 0;
}

static bool shared_framework_dir(int major, char *out, size_t size) {
    const char *fixed = getenv("CILANTRO_SHARED_FRAMEWORK");
    if (fixed && fixed[0]) {
        if (strcmp(fixed, "none") == 0) return false;
        snprintf(out, size, "%s", fixed);
        return true;
    }
    char home[4096] = "";
    if (getenv("HOME")) snprintf(home, sizeof home, "%s/.dotnet", getenv("HOME"));
    const char *roots[] = { getenv("DOTNET_ROOT"), "/usr/share/dotnet", "/usr/lib/dotnet", "/usr/local/share/dotnet", home };
    int best[4] = {-1, 0, 0, 0}, best_any[4] = {-1, 0, 0, 0};
    char best_dir[4600] = "", best_any_dir[4600] = "";
    for (size_t r = 0; r < sizeof roots / sizeof roots[0]; r++) {
        if (!roots[r] || !roots[r][0]) continue;
        char base[4200];
        snprintf(base, sizeof base, "%s/shared/Microsoft.NETCore.App", roots[r]);
        DIR *d = opendir(base);
        if (!d) continue;
        struct dirent *e;
        while ((e = readdir(d)) != NULL) {
            int v[4];
            if (e->d_name[0] == '.' || !parse_version(e->d_name, v)) continue;
            char dir[4600];
            snprintf(dir, sizeof dir, "%s/%s", base, e->d_name);
            char probe[4700];
            snprintf(probe, sizeof probe, "%s/System.Private.CoreLib.dll", dir);
            if (!file_exists(probe)) continue;
            if (v[0] == major && compare_version(v, best) > 0) { memcpy(best, v, sizeof best); snprintf(best_dir, sizeof best_dir, "%s", dir); }
            if (compare_version(v, best_any) > 0) { memcpy(best_any, v, sizeof best_any); snprintf(best_any_dir, sizeof best_any_dir, "%s", dir); }
        }
        closedir(d);
    }
    const char *dir = best_dir[0] ? best_dir : best_any_dir;
    if (!dir[0]) return false;
    snprintf(out, size, "%s", dir);
    return true;
}

/* <shared framework>/<name>.dll for a reference, or false. */
static bool find_in_shared_framework(const char *name, char *path, size_t size) {
    char dir[4600];
    if (!shared_framework_dir(cil_reference_major(name), dir, sizeof dir)) return false;
    snprintf(path, size, "%.4000s/%.500s.dll", dir, name);
    return file_exists(path);
}

static bool find_corlib(const char *argv0, const char *app, char *out, size_t size) {
    const char *env = getenv("CILANTRO_CORLIB");
    if (env && file_exists(env)) { snprintf(out, size, "%s", env); return true; }
    char exe[4096], dir[4096];
    dir_of(app, dir, sizeof dir);
    int len = snprintf(out, size, "%s/mscorlib.dll", dir);
    if (len > 0 && (size_t)len < size && file_exists(out)) return true;
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) exe[n] = 0; else snprintf(exe, sizeof exe, "%s", argv0);
    dir_of(exe, dir, sizeof dir);
    const char *candidates[] = {"%s/mscorlib.dll", "%s/../corlib/mscorlib.dll", NULL};
    for (int i = 0; candidates[i]; i++) {
        snprintf(out, size, candidates[i], dir);
        if (file_exists(out)) return true;
    }
    return false;
}

static uint32_t parse_size(const char *s) {
    char *end;
    double v = strtod(s, &end);
    if (*end == 'k' || *end == 'K') v *= 1024;
    else if (*end == 'm' || *end == 'M') v *= 1024 * 1024;
    else if (*end == 'g' || *end == 'G') v *= 1024.0 * 1024 * 1024;
    if (v > 4294967295.0) v = 4294967295.0;
    return (uint32_t)v;
}

static void usage(FILE *f) {
    fprintf(f, "usage: cilantro [options] App.exe [args...]\n"
               "options:\n"
               "  --gc-stats          print garbage-collector statistics at exit\n"
               "  --gc-stress N       collect before every Nth allocation\n"
               "  --heap-limit SIZE   heap limit in bytes (suffix k, m or g)\n"
               "  --check-icalls [X.dll...]  check the corlib's (and X's) internal calls against the runtime's tables\n"
               "  --trace             trace executed methods (debug)\n"
               "  --list-core-types   at exit, print the corlib core's types the run used to stderr\n"
               "  --version           print the version\n"
               "  --help              this text\n");
}

static void print_line(const char *line) { printf("%s\n", line); }
static void print_error_line(const char *line) { fprintf(stderr, "%s\n", line); }

/* --check-icalls [More.dll ...]: loads the corlib and the given assemblies
 * and checks their [InternalCall] methods against the icall tables. */
static int check_icalls(const char *argv0, int count, char **files) {
    cil_init(0, 0, 0);
    char corlib[4096];
    if (!find_corlib(argv0, count ? files[0] : ".", corlib, sizeof corlib)) {
        fprintf(stderr, "cilantro: cannot find mscorlib.dll (set CILANTRO_CORLIB)\n");
        return 2;
    }
    if (!load_file(corlib)) return 2;
    dir_of(corlib, corlib_dir, sizeof corlib_dir);
    for (int p = 0; cil_corlib_part(p); p++)   /* the parts' internal calls too */
        if (!load_part(cil_corlib_part(p))) return 2;
    for (int k = 0; k < count; k++)
        if (!load_file(files[k])) return 2;
    return icall_check_tables(print_line) ? 1 : 0;
}

int main(int argc, char **argv) {
    uint32_t heap_limit = 0, stress = 0, flags = 0;
    bool list_core_types = false;
    int i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1] == '-'; i++) {
        if (strcmp(argv[i], "--gc-stats") == 0) flags |= CIL_FLAG_GC_STATS;
        else if (strcmp(argv[i], "--trace") == 0) flags |= CIL_FLAG_TRACE;
        else if (strcmp(argv[i], "--check-icalls") == 0) return check_icalls(argv[0], argc - i - 1, argv + i + 1);
        else if (strcmp(argv[i], "--list-core-types") == 0) list_core_types = true;
        else if (strcmp(argv[i], "--version") == 0) { printf("cilantro %s\n", CILANTRO_VERSION); return 0; }
        else if (strcmp(argv[i], "--help") == 0) { usage(stdout); return 0; }
        else if (strcmp(argv[i], "--gc-stress") == 0 && i + 1 < argc) stress = (uint32_t)atoi(argv[++i]);
        else if (strcmp(argv[i], "--heap-limit") == 0 && i + 1 < argc) heap_limit = parse_size(argv[++i]);
        else { fprintf(stderr, "cilantro: unknown option %s\n", argv[i]); usage(stderr); return 2; }
    }
    if (i >= argc) { usage(stderr); return 2; }
    const char *app = argv[i];
    cil_init(heap_limit, stress, flags);
    char corlib[4096];
    if (!find_corlib(argv[0], app, corlib, sizeof corlib)) {
        fprintf(stderr, "cilantro: cannot find mscorlib.dll (set CILANTRO_CORLIB)\n");
        return 1;
    }
    if (!load_file(corlib)) return 1;
    if (!file_exists(app)) { fprintf(stderr, "cilantro: %s: no such file\n", app); return 1; }
    int id = load_file(app);
    if (!id) return 1;
    char dir[4096];
    dir_of(app, dir, sizeof dir);
    dir_of(corlib, corlib_dir, sizeof corlib_dir);
    cil_set_part_loader(load_part);
    /* References from the app's directory (then the shared framework), then
       framework-named assemblies beside it or in the shared framework (which may reference further non-framework assemblies, as
       System.Text.Json's netstandard build references Microsoft.Bcl.AsyncInterfaces):
       repeat until a round loads nothing. */
    const char *missing;
    for (bool more = true; more;) {
        more = false;
        while ((missing = cil_next_missing_reference()) != NULL) {
            char path[4600];
            bool loaded = false;
            if (cil_reference_is_corlib_part(missing)) {   /* beside the corlib, never the app's copy */
                if (!load_part(missing)) cil_mark_reference_missing(missing);
                continue;
            }
            const char *exts[] = {".dll", ".exe", NULL};
            for (int e = 0; exts[e] && !loaded; e++) {
                snprintf(path, sizeof path, "%s/%s%s", dir, missing, exts[e]);
                if (file_exists(path)) { if (!load_file(path)) return 1; loaded = true; }
            }
            /* a framework assembly's own implementation references (System.Private.Xml) */
            if (!loaded && find_in_shared_framework(missing, path, sizeof path)) {
                if (!load_file(path)) return 1;
                loaded = true;
            }
            if (!loaded) cil_mark_reference_missing(missing);
        }
        while ((missing = cil_next_optional_reference()) != NULL) {
            char path[4600];
            snprintf(path, sizeof path, "%s/%s.dll", dir, missing);
            bool found = file_exists(path)
                || (cil_reference_lacks_types(missing) && find_in_shared_framework(missing, path, sizeof path));
            if (!found || !load_file(path)) cil_mark_reference_missing(missing);
            else more = true;
        }
    }
    if (cil_start_main(id, argc - i, (const char **)(argv + i)) != 0) {
        fprintf(stderr, "cilantro: %s\n", cil_last_error());
        return 1;
    }
    for (;;) {
        /* slices of 50 ms, so that HttpClient's sockets move on even while
         * green threads keep computing (a yield costs one clock read) */
        int r = cil_run(50000);
        if (r == CIL_RUN_DONE) break;
        if (r == CIL_RUN_YIELD) { cil_http_poll(0); continue; }
        if (r == CIL_RUN_WAITING) {
            int ms = cil_next_wakeup_ms();
            if (cil_http_poll(ms)) continue;   /* sockets of HttpClient requests, up to the next timer */
            if (ms > 0) usleep((useconds_t)ms * 1000);
        }
    }
    int code = cil_exit_code();
    if (list_core_types) cil_list_core_types(print_error_line);
    cil_shutdown();
    return code;
}
