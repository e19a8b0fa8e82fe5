/* type_names.c — type and method names as .NET prints them
 * (Type.ToString / FullName, stack traces, internal-call keys). */
#include "types/types_internal.h"

#include <stdio.h>
#include <string.h>

static void put(char *buf, size_t size, size_t *pos, const char *s) {
    size_t n = strlen(s);
    if (*pos < size) {
        size_t room = size - *pos - 1;
        memcpy(buf + *pos, s, n < room ? n : room);
        buf[*pos + (n < room ? n : room)] = 0;
    }
    *pos += n;
}

/* full: namespace and enclosing types ("Ns.Outer+Inner"); generic args are
 * always appended in .NET's ToString form: "List`1[System.Int32]". */
void type_append_name(Type *t, char *buf, size_t size, size_t *pos, bool full) {
    switch (t->elem) {
    case MD_ELEMENT_SZARRAY:
        type_append_name(t->element, buf, size, pos, full);
        put(buf, size, pos, "[]");
        return;
    case MD_ELEMENT_ARRAY:
        type_append_name(t->element, buf, size, pos, full);
        put(buf, size, pos, t->rank == 1 ? "[*" : "[");   /* rank 1 with bounds: "[*]" */
        for (uint32_t i = 1; i < t->rank; i++) put(buf, size, pos, ",");
        put(buf, size, pos, "]");
        return;
    case MD_ELEMENT_BYREF:
        type_append_name(t->element, buf, size, pos, full);
        put(buf, size, pos, "&");
        return;
    case MD_ELEMENT_PTR:
        type_append_name(t->element, buf, size, pos, full);
        put(buf, size, pos, "*");
        return;
    default: break;
    }
    if (t->flags & TF_GENERIC_PARAM) {
        put(buf, size, pos, t->name);
        return;
    }
    if (full) {
        if (t->enclosing) {
            type_append_name(t->enclosing->generic_def ? t->enclosing->generic_def : t->enclosing, buf, size, pos, true);
            put(buf, size, pos, "+");
        } else if (t->ns && t->ns[0]) {
            put(buf, size, pos, t->ns);
            put(buf, size, pos, ".");
        }
    }
    put(buf, size, pos, t->name);
    if (t->generic_def) {
        put(buf, size, pos, "[");
        for (uint32_t i = 0; i < t->type_arg_count; i++) {
            if (i) put(buf, size, pos, ",");
            type_append_name(t->type_args[i], buf, size, pos, true);
        }
        put(buf, size, pos, "]");
    }
}

/* The assembly part of an assembly-qualified name. The corlib answers as
 * the assembly that holds these types on .NET. */
static void append_assembly_name(Assembly *a, char *buf, size_t size, size_t *pos) {
    if (!a || asm_is_core(a)) {
        put(buf, size, pos, "System.Private.CoreLib, Version=10.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e");
        return;
    }
    if (a->is_corlib_part) {   /* mscorlib.System.Linq: as the .NET assembly that holds these types */
        put(buf, size, pos, strncmp(a->name, "mscorlib.", 9) == 0 ? a->name + 9 : a->name);
        put(buf, size, pos, ", Version=10.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a");
        return;
    }
    char display[300];
    asm_display_name(a, display, sizeof display);
    put(buf, size, pos, display);
}

/* Type.FullName: the namespace-qualified name with assembly-qualified
 * generic arguments, "List`1[[System.Int32, System.Private.CoreLib, ...]]";
 * false when .NET's FullName is null (the type mentions generic parameters). */
bool type_append_fullname(Type *t, char *buf, size_t size, size_t *pos) {
    if ((t->flags & TF_CONTAINS_OPEN) && !(t->flags & TF_GENERIC_DEF)) return false;
    switch (t->elem) {
    case MD_ELEMENT_SZARRAY: case MD_ELEMENT_ARRAY: case MD_ELEMENT_BYREF: case MD_ELEMENT_PTR: {
        if (!type_append_fullname(t->element, buf, size, pos)) return false;
        if (t->elem == MD_ELEMENT_BYREF) put(buf, size, pos, "&");
        else if (t->elem == MD_ELEMENT_PTR) put(buf, size, pos, "*");
        else if (t->elem == MD_ELEMENT_SZARRAY) put(buf, size, pos, "[]");
        else {
            put(buf, size, pos, t->rank == 1 ? "[*" : "[");
            for (uint32_t i = 1; i < t->rank; i++) put(buf, size, pos, ",");
            put(buf, size, pos, "]");
        }
        return true;
    }
    default: break;
    }
    if (!t->generic_def) { type_append_name(t, buf, size, pos, true); return true; }
    type_append_name(t->generic_def, buf, size, pos, true);
    put(buf, size, pos, "[");
    for (uint32_t i = 0; i < t->type_arg_count; i++) {
        if (i) put(buf, size, pos, ",");
        put(buf, size, pos, "[");
        if (!type_append_fullname(t->type_args[i], buf, size, pos)) return false;
        put(buf, size, pos, ", ");
        Type *arg = t->type_args[i];
        while (arg->element && (arg->flags & (TF_ARRAY | TF_BYREF | TF_POINTER))) arg = arg->element;
        append_assembly_name(arg->assembly, buf, size, pos);
        put(buf, size, pos, "]");
    }
    put(buf, size, pos, "]");
    return true;
}

/* FullName, then the assembly of the innermost element type, as .NET's
 * AssemblyQualifiedName ("System.Int32[], System.Private.CoreLib, ..."). */
bool type_append_assembly_qualified_name(Type *t, char *buf, size_t size, size_t *pos) {
    if (!type_append_fullname(t, buf, size, pos)) return false;
    put(buf, size, pos, ", ");
    while (t->element && (t->flags & (TF_ARRAY | TF_BYREF | TF_POINTER))) t = t->element;
    append_assembly_name(t->assembly, buf, size, pos);
    return true;
}

const char *type_name_full(Type *t) {
    if (t->full_name) return t->full_name;
    char buf[1024];
    size_t pos = 0;
    buf[0] = 0;
    type_append_name(t, buf, sizeof buf, &pos, true);
    t->full_name = util_strdup(buf);
    return t->full_name;
}

const char *vm_type_full_name(const Type *type) { return type_name_full((Type *)type); }

const char *method_full_name(Method *m, char *buf, size_t size) {
    size_t pos = 0;
    buf[0] = 0;
    type_append_name(m->owner, buf, size, &pos, true);
    put(buf, size, &pos, ".");
    put(buf, size, &pos, m->name);
    return buf;
}

void method_icall_key(Method *m, char *buf, size_t size) {
    size_t pos = 0;
    buf[0] = 0;
    Type *owner = m->owner->generic_def ? m->owner->generic_def : m->owner;
    type_append_name(owner, buf, size, &pos, true);
    put(buf, size, &pos, "::");
    put(buf, size, &pos, m->name);
    put(buf, size, &pos, "(");
    Method *def = m->generic_def ? m->generic_def : m;
    if (def->type_def_method) def = def->type_def_method;
    method_prepare_sig(def);
    for (uint32_t i = 0; i < def->param_count; i++) {
        if (i) put(buf, size, &pos, ",");
        type_append_name(def->params[i], buf, size, &pos, true);
    }
    put(buf, size, &pos, ")");
}
