/* frame_info.c — what a stack-trace line shows for a frame, as .NET shows it:
 * frames of [StackTraceHidden] methods and types are left out; an async
 * state machine's MoveNext appears as the method the programmer wrote (an
 * iterator's as "Method()+MoveNext()"); with a portable PDB loaded, the
 * frame ends in " in File.cs:line N". */
#include "interp/interp_internal.h"

#include <stdio.h>
#include <string.h>

/* Namespace and name of the type whose constructor a CustomAttribute row names. */
static bool attribute_type(const MdImage *img, uint32_t ctor, const char **ns, const char **name) {
    uint32_t row = MD_TOKEN_ROW(ctor);
    if (MD_TOKEN_TABLE(ctor) == MD_METHODDEF) {
        for (uint32_t t = 1; t <= img->row_count[MD_TYPEDEF]; t++) {
            uint32_t first, end;
            md_typedef_methods(img, t, &first, &end);
            if (row >= first && row < end) { *ns = img->typedefs[t].ns; *name = img->typedefs[t].name; return true; }
        }
        return false;
    }
    if (MD_TOKEN_TABLE(ctor) != MD_MEMBERREF || row == 0 || row > img->row_count[MD_MEMBERREF]) return false;
    uint32_t klass = img->memberrefs[row].klass;
    if (MD_TOKEN_TABLE(klass) != MD_TYPEREF) return false;
    const MdTypeRefRow *tr = &img->typerefs[MD_TOKEN_ROW(klass)];
    *ns = tr->ns;
    *name = tr->name;
    return true;
}

static bool has_attribute(const MdImage *img, uint32_t token, const char *ns, const char *name) {
    uint32_t first, end;
    md_find_custom_attributes(img, token, &first, &end);
    for (uint32_t r = first; r < end; r++) {
        const char *ans, *aname;
        if (attribute_type(img, img->customattributes[r].type, &ans, &aname) && strcmp(aname, name) == 0 && strcmp(ans, ns) == 0)
            return true;
    }
    return false;
}

bool interp_frame_hidden(Method *m) {
    if (!m || !m->assembly) return false;
    if (m->flags & MF_RUNTIME) return true;   /* delegate Invoke and other runtime-provided bodies */
    const MdImage *img = m->assembly->image;
    Method *def = m->generic_def ? m->generic_def : m->type_def_method ? m->type_def_method : m;
    if (def->methoddef_row && has_attribute(img, MD_TOKEN(MD_METHODDEF, def->methoddef_row), "System.Diagnostics", "StackTraceHiddenAttribute"))
        return true;
    for (Type *t = m->owner; t; t = t->enclosing) {
        Type *d = t->generic_def ? t->generic_def : t;
        if (d->typedef_row && d->assembly == m->assembly &&
            has_attribute(img, MD_TOKEN(MD_TYPEDEF, d->typedef_row), "System.Diagnostics", "StackTraceHiddenAttribute"))
            return true;
    }
    return false;
}

static bool implements_named(Type *t, const char *ns, const char *name) {
    if (!type_prepare(t, TS_READY)) return false;
    for (uint32_t i = 0; i < t->interface_count; i++) {
        Type *it = t->interfaces[i].iface;
        if (strcmp(it->name, name) == 0 && strcmp(it->ns, ns) == 0) return true;
    }
    return false;
}

/* "<Name>d__3" or "<Name>d": the name the state machine was made from. */
static bool state_machine_source_name(const char *type_name, char *out, size_t size) {
    size_t n = strlen(type_name);
    if (n < 4 || type_name[0] != '<') return false;
    const char *close = strrchr(type_name, '>');
    if (!close || close[1] != 'd' || (close[2] != 0 && (close[2] != '_' || close[3] != '_'))) return false;
    size_t len = (size_t)(close - type_name) - 1;
    if (len == 0 || len >= size) return false;
    memcpy(out, type_name + 1, len);
    out[len] = 0;
    return true;
}

Method *interp_frame_display_method(Method *m, bool *is_iterator) {
    *is_iterator = false;
    if (!m || strcmp(m->name, "MoveNext") != 0 || !m->owner->enclosing) return m;
    Type *sm = m->owner;
    bool is_async = implements_named(sm, "System.Runtime.CompilerServices", "IAsyncStateMachine");
    bool iterator = !is_async && (implements_named(sm, "System.Collections", "IEnumerator") ||
                                  implements_named(sm, "System.Collections.Generic", "IAsyncEnumerator`1"));
    if (!is_async && !iterator) return m;
    Method *kickoff = NULL;
    Method *def = m->type_def_method ? m->type_def_method : m;
    if (m->assembly->pdb && def->methoddef_row) {
        uint32_t row = md_pdb_kickoff_method(m->assembly->pdb, def->methoddef_row);
        if (row) kickoff = method_from_def(m->assembly, row);
    }
    if (!kickoff) {
        char name[256];
        Type *d = sm->generic_def ? sm->generic_def : sm;
        if (state_machine_source_name(d->name, name, sizeof name))
            kickoff = type_find_method_by_name(sm->enclosing, name, -1);
    }
    if (!kickoff) return m;
    *is_iterator = iterator;
    return kickoff;
}

bool interp_frame_source(Method *m, int32_t il, char *file, size_t size, uint32_t *line) {
    if (!m || il < 0 || !m->assembly || !m->assembly->pdb) return false;
    Method *def = m->generic_def ? m->generic_def : m;
    if (def->type_def_method) def = def->type_def_method;
    return def->methoddef_row && md_pdb_line(m->assembly->pdb, def->methoddef_row, (uint32_t)il, file, size, line);
}
