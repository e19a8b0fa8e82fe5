/* icalls.h — the tables of internal calls. Each area's file exports a
 * table terminated by {NULL, NULL}; icall_table.c lists them all, and
 * icall_lookup() (icall_runtime.c) finds a function by its signature key. */
#ifndef CILANTRO_ICALLS_H
#define CILANTRO_ICALLS_H

#include "vm.h"

extern const IcallEntry icall_runtime_entries[];
extern const IcallEntry *const icall_tables[];

IcallFn icall_lookup(const char *key);
Object *vm_type_object(Thread *t, Type *type);
Type *vm_type_from_object(Object *o);
int32_t vm_object_hash(Object *o);

#endif
