/* icall_table.c — every area's internal-call table (declared in icalls.h)
 * and the lookup by signature key. icall_lookup() indexes
 * icall_runtime_entries first, so a runtime entry wins over an area's entry
 * with the same key. */
#include "icalls/icalls.h"
#include "util/util.h"

extern const IcallEntry icall_reflection_entries[];   /* icall_reflection.c */
extern const IcallEntry icall_members_entries[];      /* icall_members.c */
extern const IcallEntry icall_attributes_entries[];   /* icall_attributes.c */
extern const IcallEntry icall_interop_entries[];      /* icall_interop.c */
extern const IcallEntry icall_platform_entries[];     /* icall_platform.c */
extern const IcallEntry icall_generic_methods_entries[]; /* icall_generic_methods.c */
extern const IcallEntry icall_http_entries[];         /* icall_http.c */
extern const IcallEntry icall_diagnostics_entries[];  /* icall_diagnostics.c */

const IcallEntry *const icall_tables[] = {
    icall_string_entries,
    icall_char_entries,
    icall_array_entries,
    icall_number_entries,
    icall_math_entries,
    icall_console_entries,
    icall_env_entries,
    icall_memory_entries,
    icall_file_entries,
    icall_reflection_entries,
    icall_members_entries,
    icall_attributes_entries,
    icall_interop_entries,
    icall_platform_entries,
    icall_generic_methods_entries,
    icall_http_entries,
    icall_diagnostics_entries,
    NULL,
};

static StrMap icall_index;

static void index_table(const IcallEntry *entries, bool first_wins) {
    for (int i = 0; entries[i].signature; i++)
        if (!first_wins || !strmap_get(&icall_index, entries[i].signature))
            strmap_put(&icall_index, entries[i].signature, (void *)entries[i].fn);
}

IcallFn icall_lookup(const char *key) {
    if (!icall_index.count) {
        /* sized once: growing from empty rehashed the table five times */
        uint32_t n = 0;
        for (int i = 0; icall_runtime_entries[i].signature; i++) n++;
        for (int i = 0; icall_threading_entries[i].signature; i++) n++;
        for (int k = 0; icall_tables[k]; k++)
            for (int i = 0; icall_tables[k][i].signature; i++) n++;
        strmap_reserve(&icall_index, n);
        index_table(icall_runtime_entries, false);
        index_table(icall_threading_entries, false);
        for (int k = 0; icall_tables[k]; k++) index_table(icall_tables[k], true);
    }
    return (IcallFn)strmap_get(&icall_index, key);
}

void icall_for_each(void (*visit)(const char *signature, void *data), void *data) {
    const IcallEntry *const first[] = {icall_runtime_entries, icall_threading_entries};
    for (int k = 0; k < 2; k++)
        for (int i = 0; first[k][i].signature; i++) visit(first[k][i].signature, data);
    for (int k = 0; icall_tables[k]; k++)
        for (int i = 0; icall_tables[k][i].signature; i++) visit(icall_tables[k][i].signature, data);
}

const char *icall_signature_of(IcallFn fn) {
    const IcallEntry *const first[] = {icall_runtime_entries, icall_threading_entries};
    for (int k = 0; k < 2; k++)
        for (int i = 0; first[k][i].signature; i++)
            if (first[k][i].fn == fn) return first[k][i].signature;
    for (int k = 0; icall_tables[k]; k++)
        for (int i = 0; icall_tables[k][i].signature; i++)
            if (icall_tables[k][i].fn == fn) return icall_tables[k][i].signature;
    return NULL;
}
