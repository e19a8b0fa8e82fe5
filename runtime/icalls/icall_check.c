/* icall_check.c — `cilantro --check-icalls`: the internal-call tables
 * (icalls/icall_table.c) bind C functions to the corlib's `extern` methods
 * by signature strings. Every [InternalCall] method of the loaded assemblies
 * must find its function, and every table entry must belong to such a
 * method; otherwise a renamed corlib method or a mistyped key would surface
 * only as a MissingMethodException when the method is first called. */
#include "util/util.h"
#include "core/core.h"
#include "icalls/icalls.h"

#include <stdio.h>
#include <stdlib.h>

typedef struct {
    StrMap bound;               /* keys of the [InternalCall] methods seen */
    void (*report)(const char *line);
    int problems, methods, entries;
} IcallCheck;

static void check_entry(const char *signature, void *data) {
    IcallCheck *c = data;
    c->entries++;
    if (strmap_get(&c->bound, signature)) return;
    char line[700];
    snprintf(line, sizeof line, "no [InternalCall] method has the table entry %s", signature);
    c->report(line);
    c->problems++;
}

int icall_check_tables(void (*report)(const char *line)) {
    IcallCheck c = {.report = report};
    for (int i = 0; i < asm_count(); i++) {
        Assembly *a = asm_at(i);
        uint32_t rows = a->image->row_count[MD_METHODDEF];
        for (uint32_t row = 1; row <= rows; row++) {
            Method *m = method_from_def(a, row);
            if (!m || !(m->flags & MF_INTERNALCALL) || interp_translator_binds(m)) continue;
            char key[512];
            method_icall_key(m, key, sizeof key);
            c.methods++;
            if (!strmap_get(&c.bound, key)) strmap_put(&c.bound, util_strdup(key), (void *)1);
            if (icall_lookup(key)) continue;
            char line[700];
            snprintf(line, sizeof line, "%s: [InternalCall] method without a function: %s", a->name, key);
            report(line);
            c.problems++;
        }
    }
    icall_for_each(check_entry, &c);
    char line[200];
    snprintf(line, sizeof line, "icalls: %d [InternalCall] methods, %d table entries, %d problems",
             c.methods, c.entries, c.problems);
    report(line);
    for (uint32_t j = 0; j < c.bound.capacity; j++) free((void *)c.bound.keys[j]);
    strmap_free(&c.bound);
    return c.problems;
}
