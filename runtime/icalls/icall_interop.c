/* icall_interop.c — the internal call behind Cilantro.Interop.JS (the
 * interop assembly, interop/): one entry, JS.Op, for every call into JS.
 * It encodes the arguments, calls the host (runtime/interop/interop_js.c)
 * and converts the answer to the type the C# caller asked for. */
#include "icalls/icalls.h"
#include "interop/interop.h"
#include "core/core.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void set_out(Object **out, Object *v) { if (out) *out = v; }

static int32_t fail_with(Thread *t, Object **out, int32_t status, const char *msg) {
    set_out(out, (Object *)vm_string_from_utf8(t, msg, strlen(msg)));
    return status;
}

/* JS.Op(int op, int handle, string name, object[] args, Type resultType, out object result) */
static void js_op(Thread *t, Slot *args, Slot *ret) {
    int32_t op = args[0].i4, handle = args[1].i4;
    String *name = (String *)args[2].o;
    Array *arr = (Array *)args[3].o;
    Type *type = args[4].o ? vm_type_from_object(args[4].o) : NULL;
    Object **out = (Object **)args[5].p;
    char err[512];
    InteropBuf b = {0};
    set_out(out, NULL);
    int32_t n = arr ? arr->length : 0;
    interop_put_header(&b, IT_ARRAY, (uint32_t)n);
    for (int32_t i = 0; i < n; i++) {
        Object *o = ((Object **)(void *)VM_ARRAY_DATA(arr))[i];
        if (!interop_encode_object(&b, o, err, sizeof err)) {
            char msg[600];
            snprintf(msg, sizeof msg, "argument %d: %s", i + 1, err);
            interop_buf_free(&b);
            ret->i4 = fail_with(t, out, IST_MARSHAL, msg);
            return;
        }
    }
    if (op == IOP_CALL_ASYNC && !interop_pending_add(handle, type)) {
        interop_buf_free(&b);
        ret->i4 = fail_with(t, out, IST_MARSHAL, "out of memory");
        return;
    }
    const uint8_t *answer, *end;
    bool have_host = interop_js_op(op, handle, 0, name, b.data, b.len, &answer, &end);
    interop_buf_free(&b);
    if (!have_host) {
        if (op == IOP_CALL_ASYNC) interop_pending_cancel(handle);
        ret->i4 = fail_with(t, out, IST_THREW, "JavaScript interop needs a JS host (the wasm build, js/)");
        return;
    }
    if (!answer) { ret->i4 = IST_OK; return; }
    uint32_t status;
    memcpy(&status, answer, 4);
    InteropIn in = {answer + 8, end};
    if (status != IST_OK) {
        if (op == IOP_CALL_ASYNC) interop_pending_cancel(handle);
        Object *msg = NULL;
        GC_ROOT(msg);
        if (!interop_convert(t, &in, vm_types.string, &msg, false, err, sizeof err)) msg = NULL;
        set_out(out, msg);
        gc_root_pop(1);
        ret->i4 = (int32_t)status;
        return;
    }
    if (op == IOP_CALL_ASYNC || op == IOP_SET || op == IOP_RELEASE) { ret->i4 = IST_OK; return; }
    if (!type) type = vm_types.object;
    Object *value = NULL;
    GC_ROOT(value);
    bool ok;
    if (vm_type_is_value_type(type)) {
        uint64_t raw[4] = {0};
        ok = type_value_size(type) <= sizeof raw && interop_convert(t, &in, type, raw, false, err, sizeof err);
        if (ok) ok = (value = vm_box(t, type, raw)) != NULL;
    } else {
        ok = interop_convert(t, &in, type, &value, false, err, sizeof err);
    }
    gc_root_pop(1);
    if (!ok) {
        if (t->pending_exception) return;   /* out of memory: raised as is */
        char msg[700];
        snprintf(msg, sizeof msg, "the JS result: %s", err);
        ret->i4 = fail_with(t, out, IST_MARSHAL, msg);
        return;
    }
    set_out(out, value);
    ret->i4 = IST_OK;
}

/* XunitHost.FindType(string assembly, string fullName): the loaded assembly's type of that
 * full name ("Ns.Outer+Inner"), or null. The test runner's one way from a name to a Type. */
static void xunit_find_type(Thread *t, Slot *args, Slot *ret) {
    ret->o = NULL;
    if (!args[0].o || !args[1].o) return;
    char *asm_name = vm_string_to_utf8((String *)args[0].o, NULL);
    char *full = vm_string_to_utf8((String *)args[1].o, NULL);
    Assembly *a = asm_name ? asm_by_name(asm_name) : NULL;
    Type *found = NULL;
    for (uint32_t r = 1; a && full && r <= a->image->row_count[MD_TYPEDEF] && !found; r++) {
        Type *c = type_from_typedef(a, r);
        if (c && strcmp(type_name_full(c), full) == 0) found = c;
    }
    free(asm_name);
    free(full);
    if (found) ret->o = vm_type_object(t, found);
}

/* JSBridge.Op(int op, int handle, string name, byte[] args, int argsLength, out byte[] answer):
 * the corlib's System.Runtime.InteropServices.JavaScript goes to the same host
 * import as JS.Op, but encodes and decodes the values itself (in C#), so the
 * answer comes back as its raw bytes: [u32 status, u32 length, value]. Returns
 * false when there is no JS host (the native build). */
static void js_bridge_op(Thread *t, Slot *args, Slot *ret) {
    Array *in = (Array *)args[3].o;
    int32_t len = args[4].i4;
    Object **out = (Object **)args[5].p;
    if (out) *out = NULL;
    if (len < 0 || (in ? len > in->length : len > 0)) len = 0;
    const uint8_t *answer, *end;
    bool have_host = interop_js_op(args[0].i4, args[1].i4, 1 /* the corlib's encoding */, (String *)args[2].o,
                                   in ? (const uint8_t *)VM_ARRAY_DATA(in) : NULL, (uint32_t)len, &answer, &end);
    ret->i4 = have_host;
    if (!have_host || !answer || !out) return;
    Array *copy = vm_array_new(t, vm_types.byte, (int32_t)(end - answer));
    if (!copy) return;   /* out of memory: pending */
    memcpy(VM_ARRAY_DATA(copy), answer, (size_t)(end - answer));
    *out = (Object *)copy;
}

/* JSBridge.Hold(int id, bool on): while .NET awaits a JS promise, a parked host
 * thread (as for JS.InvokeAsync) tells the scheduler to wait for the host
 * rather than report a deadlock. The ids are negative, apart from JS.cs's. */
static void js_bridge_hold(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    int32_t id = args[0].i4;
    ret->i4 = 1;
    if (id >= 0) { ret->i4 = 0; return; }
    if (args[1].i4) ret->i4 = interop_pending_add(id, NULL);
    else interop_pending_cancel(id);
}

const IcallEntry icall_interop_entries[] = {
    {"System.Runtime.InteropServices.JavaScript.JSBridge::Hold(System.Int32,System.Boolean)", js_bridge_hold},
    {"System.Runtime.InteropServices.JavaScript.JSBridge::Op(System.Int32,System.Int32,System.String,System.Byte[],System.Int32,System.Byte[]&)", js_bridge_op},
    {"Cilantro.Testing.XunitHost::FindType(System.String,System.String)", xunit_find_type},
    {"Cilantro.Interop.JS::Op(System.Int32,System.Int32,System.String,System.Object[],System.Type,System.Object&)", js_op},
    {NULL, NULL},
};
