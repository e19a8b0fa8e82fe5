/* icalls.h — the tables of internal calls. Each area's file exports a
 * table terminated by {NULL, NULL}; icall_table.c lists them all, and its
 * icall_lookup() finds a function by its signature key. */
#ifndef CILANTRO_ICALLS_H
#define CILANTRO_ICALLS_H

#include "vm.h"

extern const IcallEntry icall_runtime_entries[];     /* icall_runtime.c */
extern const IcallEntry icall_threading_entries[];   /* icall_threading.c */
extern const IcallEntry icall_string_entries[];    /* icall_string.c */
extern const IcallEntry icall_char_entries[];      /* icall_char.c */
extern const IcallEntry icall_array_entries[];     /* icall_array.c */
extern const IcallEntry icall_number_entries[];    /* icall_number.c */
extern const IcallEntry icall_math_entries[];      /* icall_math.c */
extern const IcallEntry icall_console_entries[];   /* icall_console.c */
extern const IcallEntry icall_env_entries[];       /* icall_env.c */
extern const IcallEntry icall_memory_entries[];    /* icall_memory.c */
extern const IcallEntry icall_file_entries[];      /* icall_file.c */
extern const IcallEntry *const icall_tables[];

IcallFn icall_lookup(const char *key);
const char *icall_signature_of(IcallFn fn);
/* Calls visit with every table entry's signature key (host_icall_check.c). */
void icall_for_each(void (*visit)(const char *signature, void *data), void *data);   /* the key fn is registered under, or NULL (slow: for dumps) */

#endif
