/* icall_table.c — every area's internal-call table (declared in icalls.h).
 * icall_lookup() in icall_runtime.c indexes icall_runtime_entries first, so
 * a runtime entry wins over an area's entry with the same key. */
#include "icalls/icalls.h"

extern const IcallEntry icall_reflection_entries[];   /* icall_reflection.c */
extern const IcallEntry icall_members_entries[];      /* icall_members.c */
extern const IcallEntry icall_interop_entries[];      /* icall_interop.c */
extern const IcallEntry icall_platform_entries[];     /* icall_platform.c */
extern const IcallEntry icall_generic_methods_entries[]; /* icall_generic_methods.c */

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
    icall_interop_entries,
    icall_platform_entries,
    icall_generic_methods_entries,
    NULL,
};
