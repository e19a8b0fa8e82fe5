/* corlib_parts.c — the corlib's parts (corlib/parts.txt; docs/corlib.md,
 * "Parts"): System.Linq, System.Text.RegularExpressions, ... are assemblies
 * of their own beside the core (mscorlib.dll), so a program that does not
 * use them never fetches or opens them.
 *
 * The core carries the index, one [CorlibPart(assembly, types)] assembly
 * attribute per part naming its public top-level types (tools/build-corlib.sh).
 * A reference to a framework name resolves to the core (assembly.c); a type
 * the core lacks but the index names comes from that part (type_find). Before
 * a program starts, the host asks cil_next_missing_reference() for what to
 * load, and the parts the loaded assemblies' type references need are among
 * the answers (corlib_next_needed_part); cil_reference_is_corlib_part tells
 * the host to take them from the corlib's folder. */
#include "types/types_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PARTS 64
#define CORE_PART_PREFIX "mscorlib.CoreLib."

static bool index_read;
static int part_count;
static char *part_names[MAX_PARTS];
static StrMap part_of_type;     /* "Namespace.Name`N" -> part number + 1 */

static bool is_part_attribute(const MdImage *img, uint32_t ctor) {
    if (MD_TOKEN_TABLE(ctor) != MD_METHODDEF) return false;
    uint32_t row = MD_TOKEN_ROW(ctor);
    for (uint32_t r = img->row_count[MD_TYPEDEF]; r >= 1; r--)
        if (img->typedefs[r].method_list <= row)
            return strcmp(img->typedefs[r].name, "CorlibPartAttribute") == 0 &&
                   strcmp(img->typedefs[r].ns, "System.Runtime.CompilerServices") == 0;
    return false;
}

/* One [CorlibPart("System.Linq", "System.Linq.Enumerable\n...")]: the blob
 * is the prolog, two SerStrings and no named arguments. */
static void read_part(const MdImage *img, MdBlob value) {
    MdBlobReader r;
    md_blob_reader_init(&r, value);
    const char *name, *types;
    uint32_t name_len, types_len;
    if (md_read_u16(&r) != 1 || !md_read_ser_string(&r, &name, &name_len) || !name ||
        !md_read_ser_string(&r, &types, &types_len) || !types || part_count == MAX_PARTS)
        return;
    char *copy = util_calloc(1, name_len + 1);
    memcpy(copy, name, name_len);
    part_names[part_count++] = copy;
    /* the keys live as long as the runtime: one block, each line NUL-ended */
    char *keys = util_calloc(1, types_len + 1);
    memcpy(keys, types, types_len);
    for (char *k = keys; k < keys + types_len;) {
        char *end = memchr(k, '\n', (size_t)(keys + types_len - k));
        if (end) *end = '\0';
        if (*k) strmap_put(&part_of_type, k, (void *)(intptr_t)part_count);
        k = end ? end + 1 : keys + types_len;
    }
    (void)img;
}

static void read_index(void) {
    Assembly *core = asm_corlib();
    if (index_read || !core) return;
    index_read = true;
    const MdImage *img = core->image;
    uint32_t first, end;
    md_table_ready(img, MD_CUSTOMATTRIBUTE);
    md_find_custom_attributes(img, MD_TOKEN(MD_ASSEMBLY, 1), &first, &end);
    for (uint32_t r = first; r < end; r++)
        if (is_part_attribute(img, img->customattributes[r].type)) read_part(img, img->customattributes[r].value);
}

/* The part number + 1 of a type the index names, or 0. */
static int part_number(const char *ns, const char *name) {
    read_index();
    if (!part_count) return 0;
    char key[512];
    size_t nl = strlen(ns), ml = strlen(name);
    if (nl + ml + 2 > sizeof key) return 0;
    memcpy(key, ns, nl);
    size_t at = nl;
    if (nl) key[at++] = '.';
    memcpy(key + at, name, ml + 1);
    return (int)(intptr_t)strmap_get(&part_of_type, key);
}

const char *corlib_part_of(const char *ns, const char *name) {
    int part = part_number(ns, name);
    return part ? part_names[part - 1] : NULL;
}

const char *corlib_part_name(int index) {
    read_index();
    return index >= 0 && index < part_count ? part_names[index] : NULL;
}

bool corlib_is_part_name(const char *name) {
    read_index();
    for (int i = 0; i < part_count; i++)
        if (strcmp(part_names[i], name) == 0) return true;
    return false;
}

/* The parts tools/trim/CoreSplit.cs cuts from the compiled core by type. */
bool corlib_is_core_part_name(const char *name) {
    return strncmp(name, CORE_PART_PREFIX, sizeof CORE_PART_PREFIX - 1) == 0 && corlib_is_part_name(name);
}

/* The loaded part holding a type the core lacks, or NULL: the part is not
 * one, or its assembly is not loaded (then *missing_part names it). */
Assembly *corlib_part_for(const char *ns, const char *name, const char **missing_part) {
    const char *part = corlib_part_of(ns, name);
    if (missing_part) *missing_part = part;
    if (!part) return NULL;
    Assembly *a = asm_by_name(part);
    if (a && a->is_corlib_part) {
        if (missing_part) *missing_part = NULL;
        return a;
    }
    return NULL;
}

#ifdef __wasm__
extern int32_t cilantro_js_load_part(const char *name);   /* js/core.mjs */
#else
static int (*native_part_loader)(const char *name);
void corlib_set_part_loader(int (*loader)(const char *name)) { native_part_loader = loader; }
#endif

/* A part needed while the program runs that no loaded assembly's type
 * references named before it started (a type by name through reflection, a
 * typeof in an attribute's blob): the host loads it now, synchronously, or
 * it is marked missing. */
Assembly *corlib_load_part_now(const char *part) {
    if (asm_is_marked_missing(part)) return NULL;
#ifdef __wasm__
    int loaded = cilantro_js_load_part(part);
#else
    int loaded = native_part_loader ? native_part_loader(part) : 0;
#endif
    Assembly *a = loaded ? asm_by_name(part) : NULL;
    if (!a || !a->is_corlib_part) {
        asm_mark_missing(part);
        return NULL;
    }
    return a;
}

/* The TypeRef rows an assembly names as the type of its custom attributes
 * (one byte per row, 1: an attribute's type), or NULL; read once. Every compiler's
 * output carries assembly attributes ([RuntimeCompatibility], [Debuggable],
 * [TargetFramework], ...) that run only when reflection reads them: a part
 * holding such a type loads then, not before the program starts. Attribute
 * types the program also uses in code load at that first use. */
static uint8_t *attribute_typerefs(Assembly *a) {
    if (a->attribute_typerefs_read) return a->attribute_typerefs;
    a->attribute_typerefs_read = true;
    const MdImage *img = a->image;
    uint32_t types = img->row_count[MD_TYPEREF];
    if (!types || !img->row_count[MD_CUSTOMATTRIBUTE]) return NULL;
    md_table_ready(img, MD_CUSTOMATTRIBUTE);
    md_table_ready(img, MD_MEMBERREF);
    uint8_t *rows = util_calloc(types + 1, 1);
    for (uint32_t r = 1; r <= img->row_count[MD_CUSTOMATTRIBUTE]; r++) {
        uint32_t ctor = img->customattributes[r].type;
        if (MD_TOKEN_TABLE(ctor) != MD_MEMBERREF) continue;
        uint32_t m = MD_TOKEN_ROW(ctor);
        if (m == 0 || m > img->row_count[MD_MEMBERREF]) continue;
        uint32_t klass = img->memberrefs[m].klass;
        if (MD_TOKEN_TABLE(klass) == MD_TYPEREF && MD_TOKEN_ROW(klass) <= types) rows[MD_TOKEN_ROW(klass)] = 1;
    }
    return a->attribute_typerefs = rows;
}

/* Every part the loaded assemblies' type references need that is neither
 * loaded nor marked missing, each once, passed to `add`: the TypeRefs that
 * name a framework assembly and a type the core lacks but the index has. */
void corlib_each_needed_part(void (*add)(void *ctx, const char *name), void *ctx) {
    Assembly *core = asm_corlib();
    if (!core) return;
    read_index();
    if (!part_count) return;
    bool seen[MAX_PARTS] = {false};
    for (int i = 0; i < asm_count(); i++) {
        Assembly *a = asm_at(i);
        /* the core, and the parts cut from it: what they use loads when used */
        if (a == core || a->is_core_part) continue;
        const MdImage *img = a->image;
        const uint8_t *attribute_only = attribute_typerefs(a);
        for (uint32_t r = 1; r <= img->row_count[MD_TYPEREF]; r++) {
            if (attribute_only && attribute_only[r]) continue;
            const MdTypeRefRow *tr = &img->typerefs[r];
            if (MD_TOKEN_TABLE(tr->resolution_scope) != MD_ASSEMBLYREF) continue;
            uint32_t ref = MD_TOKEN_ROW(tr->resolution_scope);
            if (ref == 0 || ref > img->row_count[MD_ASSEMBLYREF]) continue;
            if (!asm_name_maps_to_corlib(img->assemblyrefs[ref].name)) continue;
            if (asm_find_typedef(core, tr->ns, tr->name)) continue;
            int part = part_number(tr->ns, tr->name);
            if (!part || seen[part - 1]) continue;
            /* a part's references into the core's own parts are its code's, which may never
               run: those load at first use; a program's own references load before it starts */
            if (a->is_corlib_part && corlib_is_core_part_name(part_names[part - 1])) continue;
            seen[part - 1] = true;
            const char *name = part_names[part - 1];
            Assembly *loaded = asm_by_name(name);
            if ((loaded && loaded->is_corlib_part) || asm_is_marked_missing(name)) continue;
            add(ctx, name);
        }
    }
}

static void keep_first(void *ctx, const char *name) {
    const char **first = ctx;
    if (!*first) *first = name;
}

/* The next part to load (see cil_next_missing_reference): the host loads
 * it, or marks it missing, before it asks again. */
const char *corlib_next_needed_part(void) {
    const char *first = NULL;
    corlib_each_needed_part(keep_first, &first);
    return first;
}

static void print_top_level(Assembly *a, StrMap *seen, void (*print)(const char *line)) {
    for (uint32_t r = 1; r <= a->image->row_count[MD_TYPEDEF]; r++) {
        Type *t = a->typedefs[r];
        if (!t) continue;
        while (t->enclosing) t = t->enclosing;
        char name[512];
        snprintf(name, sizeof name, "%s%s%s", t->ns, t->ns[0] ? "." : "", t->name);
        if (strmap_get(seen, name)) continue;
        strmap_put(seen, util_strdup(name), (void *)1);
        print(name);
    }
}

void corlib_each_loaded_core_type(void (*print)(const char *line)) {
    StrMap seen = {0};
    for (int i = 0; i < asm_count(); i++) {
        Assembly *a = asm_at(i);
        if (asm_is_core(a)) print_top_level(a, &seen, print);
    }
    for (uint32_t i = 0; i < seen.capacity; i++) free((char *)seen.keys[i]);
    strmap_free(&seen);
}
