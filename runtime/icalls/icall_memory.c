/* icall_memory.c — raw memory for spans: memmove/memset behind Buffer and
 * Unsafe, an array's data address, a field's initial (RVA) data. */
#include "icalls/icalls.h"
#include "metadata/md.h"
#include "types/types.h"

#include <string.h>

#define A(i) args[i]

static void buffer_memmove(Thread *t, Slot *args, Slot *ret) {
    (void)t; (void)ret;
    if (A(2).i) memmove(A(0).p, A(1).p, (size_t)A(2).i);
}

static void buffer_memset(Thread *t, Slot *args, Slot *ret) {
    (void)t; (void)ret;
    if (A(2).i) memset(A(0).p, (uint8_t)A(1).i4, (size_t)A(2).i);
}

static void array_raw_data(Thread *t, Slot *args, Slot *ret) {
    Array *a = (Array *)A(0).o;
    if (!a) { vm_throw_new(t, "System.NullReferenceException", NULL); return; }
    ret->p = (uint8_t *)a + ((const GcTypeInfo *)a->header.type)->data_offset;
}

/* The bytes a FieldRVA row points at, sized by the field's type. */
static void field_initial_data(Thread *t, Slot *args, Slot *ret) {
    Field *f = (Field *)A(0).p;
    int32_t *length = (int32_t *)A(1).p;
    ret->p = NULL;
    if (!f) { vm_throw_argument(t, "System.ArgumentNullException", "fldHandle", NULL); return; }
    uint32_t size = f->type ? type_value_size(f->type) : 0;
    const uint8_t *data = f->rva_data;
    if (!data) {
        const MdImage *img = f->owner->assembly->image;
        uint32_t row = md_find_field_rva(img, f->field_row);
        if (row) data = md_rva_to_ptr(img, img->fieldrvas[row].rva, size);
    }
    if (length) *length = data ? (int32_t)size : 0;
    ret->p = (void *)data;
}

const IcallEntry icall_memory_entries[] = {
    {"System.Buffer::Memmove(System.Void*,System.Void*,System.UIntPtr)", buffer_memmove},
    {"System.Buffer::Memset(System.Void*,System.Byte,System.UIntPtr)", buffer_memset},
    {"System.Array::GetRawData(System.Array)", array_raw_data},
    {"System.Runtime.CompilerServices.RuntimeHelpers::GetFieldInitialData(System.IntPtr,System.Int32&)", field_initial_data},
    {NULL, NULL},
};
