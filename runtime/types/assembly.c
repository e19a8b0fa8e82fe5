/* assembly.c — the set of loaded assemblies and reference resolution.
 *
 * References to the shared framework's assembly names (framework_names.inc:
 * mscorlib, netstandard, System.Runtime, System.Collections, ...) resolve to
 * our corlib; types are matched by namespace and name, and a type the core
 * lacks comes from one of the corlib's parts (corlib_parts.c) or else from a
 * real assembly of that name the host loaded (type_load.c). Other references
 * resolve to the loaded assembly of that name. */
#include "types/types_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static Assembly **loaded;
static int loaded_count, loaded_capacity;
static Assembly *corlib;
static StrMap missing_names;

int asm_count(void) { return loaded_count; }
Assembly *asm_at(int index) { return index >= 0 && index < loaded_count ? loaded[index] : NULL; }
Assembly *asm_corlib(void) { return corlib; }

Assembly *asm_by_name(const char *name) {
    for (int i = 0; i < loaded_count; i++)
        if (strcmp(loaded[i]->name, name) == 0) return loaded[i];
    return NULL;
}

static const char *const framework_names[] = {
#include "types/framework_names.inc"
};

static int compare_name(const void *key, const void *entry) {
    return strcmp((const char *)key, *(const char *const *)entry);
}

/* The shared framework's assembly names (the net10.0 reference pack, plus
 * System.Private.CoreLib): the corlib plays all of them. Other names, even
 * System.* ones like System.Reactive, are ordinary assemblies. */
bool asm_name_maps_to_corlib(const char *name) {
    return bsearch(name, framework_names, sizeof framework_names / sizeof framework_names[0],
                   sizeof framework_names[0], compare_name) != NULL;
}

void asm_mark_missing(const char *name) {
    if (!strmap_get(&missing_names, name)) strmap_put(&missing_names, util_strdup(name), (void *)1);
}

bool asm_is_marked_missing(const char *name) { return strmap_get(&missing_names, name) != NULL; }

static bool image_defines_object(const MdImage *img) {
    for (uint32_t r = 1; r <= img->row_count[MD_TYPEDEF]; r++)
        if (strcmp(img->typedefs[r].name, "Object") == 0 && strcmp(img->typedefs[r].ns, "System") == 0)
            return true;
    return false;
}

uint32_t asm_find_typedef(Assembly *a, const char *ns, const char *name) {
    return name_index_find(a->name_index, a->image, ns, name);
}

Assembly *asm_load(const uint8_t *bytes, uint32_t length, const char *file_name, char *err, size_t errlen) {
    return asm_load_image(md_image_open_lazy(bytes, length, file_name, err, errlen), file_name, err, errlen);
}

Assembly *asm_load_adopt(uint8_t *bytes, uint32_t length, const char *file_name, char *err, size_t errlen) {
    return asm_load_image(md_image_adopt_lazy(bytes, length, file_name, err, errlen), file_name, err, errlen);
}

Assembly *asm_load_image(MdImage *img, const char *file_name, char *err, size_t errlen) {
    if (!img) return NULL;
    if (img->row_count[MD_ASSEMBLY] == 0) {
        snprintf(err, errlen, "%s: not a .NET assembly (a module without an Assembly manifest)", file_name);
        md_image_free(img);
        return NULL;
    }
    const char *name = img->assemblies[1].name;
    Assembly *existing = asm_by_name(name);
    if (existing) {
        md_image_free(img);
        return existing;
    }
    Assembly *a = util_calloc(1, sizeof *a);
    a->name = util_strdup(name);
    a->file_name = util_strdup(file_name);
    a->image = img;
    a->is_corlib = corlib == NULL && image_defines_object(img);
    a->is_corlib_part = corlib != NULL && corlib_is_part_name(name);
    a->is_core_part = a->is_corlib_part && corlib_is_core_part_name(name);
    a->typedefs = util_calloc(img->row_count[MD_TYPEDEF] + 1, sizeof(Type *));
    a->methoddefs = util_calloc(img->row_count[MD_METHODDEF] + 1, sizeof(Method *));
    a->fielddefs = util_calloc(img->row_count[MD_FIELD] + 1, sizeof(Field *));
    a->typerefs = util_calloc(img->row_count[MD_TYPEREF] + 1, sizeof(Type *));
    a->refs = util_calloc(img->row_count[MD_ASSEMBLYREF] + 1, sizeof(Assembly *));
    a->user_strings = util_calloc(1, sizeof(U32Map));
    a->name_index = name_index_build(img);
    if (loaded_count == loaded_capacity) {
        loaded_capacity = loaded_capacity ? loaded_capacity * 2 : 8;
        loaded = util_realloc(loaded, (size_t)loaded_capacity * sizeof *loaded);
    }
    loaded[loaded_count++] = a;
    a->id = loaded_count;
    if (a->is_corlib) corlib = a;
    return a;
}

Assembly *asm_resolve_ref(Assembly *a, uint32_t row) {
    if (row == 0 || row > a->image->row_count[MD_ASSEMBLYREF]) return NULL;
    if (a->refs[row]) return a->refs[row];
    const char *name = a->image->assemblyrefs[row].name;
    /* Framework names are the corlib first; a real assembly of that name the
       host loaded is the fallback for types the corlib lacks (type_load.c). */
    Assembly *target = asm_name_maps_to_corlib(name) ? corlib : asm_by_name(name);
    /* a part cut from the core, named by the core or another part: loaded at its first use */
    if (!target && corlib && corlib_is_core_part_name(name)) target = corlib_load_part_now(name);
    if (!target) {
        type_set_error_kind(ERR_FILE_NOT_FOUND,
            "Could not load file or assembly '%s' (referenced by '%s')", name, a->name);
        return NULL;
    }
    a->refs[row] = target;
    return target;
}

static void append_display_name(char *buf, size_t size, const char *name, uint16_t major, uint16_t minor,
                                uint16_t build, uint16_t revision, const char *culture, MdBlob key, bool key_is_full) {
    size_t n = (size_t)snprintf(buf, size, "%s, Version=%u.%u.%u.%u, Culture=%s", name, major, minor, build, revision,
                                culture && culture[0] ? culture : "neutral");
    if (n >= size) return;
    if (key.len == 0) { snprintf(buf + n, size - n, ", PublicKeyToken=null"); return; }
    if (key_is_full || key.len != 8) return;   /* a full key's token needs its SHA-1: left out */
    n += (size_t)snprintf(buf + n, size - n, ", PublicKeyToken=");
    for (uint32_t i = 0; i < 8 && n + 2 < size; i++) n += (size_t)snprintf(buf + n, size - n, "%02x", key.ptr[i]);
}

void asm_ref_display_name(Assembly *a, uint32_t row, char *buf, size_t size) {
    const MdAssemblyRefRow *r = &a->image->assemblyrefs[row];
    append_display_name(buf, size, r->name, r->major, r->minor, r->build, r->revision, r->culture,
                        r->public_key_or_token, (r->flags & 1) != 0);
}

void asm_display_name(Assembly *a, char *buf, size_t size) {
    const MdAssemblyRow *r = &a->image->assemblies[1];
    append_display_name(buf, size, r->name, r->major, r->minor, r->build, r->revision, r->culture, r->public_key, true);
}

/* The core and its parts name the parts cut from the core (mscorlib.CoreLib.*)
 * in their references; those load when a type of theirs is first used
 * (asm_resolve_ref), not before the program starts. A program's own
 * references to their types go through the index (corlib_each_needed_part). */
static bool loads_when_used(const Assembly *a, const char *name) {
    return (a->is_corlib || a->is_corlib_part) && corlib_is_core_part_name(name);
}

/* Whether a's reference to `name` is one the host must answer before the program starts. */
static bool reference_missing(const Assembly *a, const char *name) {
    return !asm_by_name(name) && !asm_name_maps_to_corlib(name) && !asm_is_marked_missing(name) && !loads_when_used(a, name);
}

const char *asm_next_missing_reference(void) {
    for (int i = 0; i < loaded_count; i++) {
        Assembly *a = loaded[i];
        for (uint32_t r = 1; r <= a->image->row_count[MD_ASSEMBLYREF]; r++) {
            const char *name = a->image->assemblyrefs[r].name;
            if (reference_missing(a, name)) return name;
        }
    }
    return corlib_next_needed_part();
}

typedef struct NameList { char *text; size_t len, cap; } NameList;

static void name_list_add(void *ctx, const char *name) {
    NameList *l = ctx;
    size_t n = strlen(name);
    for (const char *p = l->text; p && p < l->text + l->len;) {   /* each name once */
        const char *end = strchr(p, '\n');
        if ((size_t)(end - p) == n && memcmp(p, name, n) == 0) return;
        p = end + 1;
    }
    if (l->len + n + 2 > l->cap) {
        l->cap = (l->len + n + 2) * 2;
        l->text = util_realloc(l->text, l->cap);
    }
    memcpy(l->text + l->len, name, n);
    l->len += n;
    l->text[l->len++] = '\n';
    l->text[l->len] = '\0';
}

/* Everything asm_next_missing_reference would answer now, '\n'-separated,
 * so a host can fetch them all at once (a page asks for the parts a program
 * needs in parallel) before answering them one by one. */
const char *asm_missing_references(void) {
    static NameList list;
    list.len = 0;
    if (list.text) list.text[0] = '\0';
    for (int i = 0; i < loaded_count; i++) {
        Assembly *a = loaded[i];
        for (uint32_t r = 1; r <= a->image->row_count[MD_ASSEMBLYREF]; r++) {
            const char *name = a->image->assemblyrefs[r].name;
            if (reference_missing(a, name)) name_list_add(&list, name);
        }
    }
    corlib_each_needed_part(name_list_add, &list);
    return list.text ? list.text : "";
}

/* Framework names whose types the corlib may lack: a host may offer a real
 * assembly of that name (e.g. a NuGet build of System.Collections.Immutable
 * shipped beside the app). The names the corlib always is are left out. */
const char *asm_next_optional_reference(void) {
    static const char *const core[] = { "mscorlib", "netstandard", "System", "System.Runtime",
                                        "System.Private.CoreLib", "System.Core", NULL };
    for (int i = 0; i < loaded_count; i++) {
        Assembly *a = loaded[i];
        for (uint32_t r = 1; r <= a->image->row_count[MD_ASSEMBLYREF]; r++) {
            const char *name = a->image->assemblyrefs[r].name;
            if (!asm_name_maps_to_corlib(name) || asm_by_name(name) || asm_is_marked_missing(name)) continue;
            bool is_core = false;
            for (int c = 0; core[c] && !is_core; c++) is_core = strcmp(core[c], name) == 0;
            if (!is_core) return name;
        }
    }
    return NULL;
}

/* The highest major version with which a loaded assembly references `name`
 * (0 when none does): a host picks the installed shared framework of that
 * major version for a framework name the corlib lacks types of. */
int asm_reference_major(const char *name) {
    int major = 0;
    for (int i = 0; i < loaded_count; i++) {
        const MdImage *img = loaded[i]->image;
        for (uint32_t r = 1; r <= img->row_count[MD_ASSEMBLYREF]; r++)
            if (strcmp(img->assemblyrefs[r].name, name) == 0 && img->assemblyrefs[r].major > major)
                major = img->assemblyrefs[r].major;
    }
    return major;
}

/* Corlib types marked [FrameworkShape] (the System.Xml shapes): they stand in
 * for a framework type only while the framework's own assembly of that name is
 * not loaded; when it is, references to that name bind to the real type
 * (type_load.c), so an app's XmlWriter is the one System.Private.Xml's
 * XDocument takes. One byte per corlib TypeDef row, computed on first use. */
static uint8_t *shape_rows;

static void compute_shape_rows(void) {
    const MdImage *img = corlib->image;
    uint32_t types = img->row_count[MD_TYPEDEF];
    shape_rows = util_calloc(types + 2, 1);
    uint32_t attr = asm_find_typedef(corlib, "System.Runtime.CompilerServices", "FrameworkShapeAttribute");
    if (!attr) return;
    uint32_t first = img->typedefs[attr].method_list;
    uint32_t end = attr < types ? img->typedefs[attr + 1].method_list : img->row_count[MD_METHODDEF] + 1;
    md_table_ready(img, MD_CUSTOMATTRIBUTE);
    for (uint32_t r = 1; r <= img->row_count[MD_CUSTOMATTRIBUTE]; r++) {
        const MdCustomAttributeRow *ca = &img->customattributes[r];
        if (MD_TOKEN_TABLE(ca->type) != MD_METHODDEF || MD_TOKEN_TABLE(ca->parent) != MD_TYPEDEF) continue;
        uint32_t m = MD_TOKEN_ROW(ca->type);
        if (m >= first && m < end && MD_TOKEN_ROW(ca->parent) <= types) shape_rows[MD_TOKEN_ROW(ca->parent)] = 1;
    }
}

bool asm_corlib_row_is_shape(uint32_t typedef_row) {
    if (!corlib || typedef_row == 0 || typedef_row > corlib->image->row_count[MD_TYPEDEF]) return false;
    if (!shape_rows) compute_shape_rows();
    return shape_rows[typedef_row] != 0;
}

/* Whether a loaded assembly references a type of framework name `name` (a
 * top-level TypeRef scoped to it) that the corlib does not define: only then
 * does a host look for the real assembly in the installed shared framework,
 * so that an app referencing System.Console does not load .NET's. */
bool asm_reference_lacks_types(const char *name) {
    if (!corlib) return false;
    for (int i = 0; i < loaded_count; i++) {
        const MdImage *img = loaded[i]->image;
        if (loaded[i] == corlib) continue;
        for (uint32_t r = 1; r <= img->row_count[MD_TYPEREF]; r++) {
            const MdTypeRefRow *tr = &img->typerefs[r];
            if (MD_TOKEN_TABLE(tr->resolution_scope) != MD_ASSEMBLYREF) continue;
            uint32_t row = MD_TOKEN_ROW(tr->resolution_scope);
            if (row == 0 || row > img->row_count[MD_ASSEMBLYREF] || strcmp(img->assemblyrefs[row].name, name) != 0) continue;
            uint32_t def = asm_find_typedef(corlib, tr->ns, tr->name);
            if (!def && corlib_part_of(tr->ns, tr->name)) continue;
            if (!def || asm_corlib_row_is_shape(def)) return true;
        }
    }
    return false;
}
