/* interop.h — JS <-> .NET interop: the value encoding both sides share,
 * conversions between encoded JS values and managed values, host-started
 * invocations (JS -> .NET), calls into JS (.NET -> JS), and test discovery.
 *
 * Encoded values (little-endian, every record 8-aligned): a u32 tag, a u32
 * `aux`, then a payload. js/interop.mjs writes and reads the same format.
 *   NULL, UNDEFINED        no payload
 *   BOOL                   aux = 0 / 1
 *   NUMBER                 f64
 *   I64 / U64              a BigInt that fits int64 / uint64
 *   STRING                 aux = UTF-16 length, then the chars (padded to 8)
 *   ARRAY                  aux = count, then count values
 *   BYTES                  aux = length, then the bytes (padded to 8)
 *   OBJECT                 aux = JS handle-table index
 * Conversions never run managed code (no managed frame on the C stack: docs/interpreter.md); the ones that
 * allocate may collect, so callers keep their objects rooted. */
#ifndef CILANTRO_INTEROP_H
#define CILANTRO_INTEROP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/core.h"

enum {
    IT_NULL = 0, IT_UNDEFINED = 1, IT_BOOL = 2, IT_NUMBER = 3, IT_I64 = 4, IT_U64 = 5,
    IT_STRING = 6, IT_ARRAY = 7, IT_BYTES = 8, IT_OBJECT = 9,
};

/* JS operations (the `op` of the host import); same numbers in JS.cs and js/interop.mjs. */
enum {
    IOP_CALL = 1, IOP_GET = 2, IOP_SET = 3, IOP_INVOKE = 4, IOP_GLOBAL = 5,
    IOP_RELEASE = 6, IOP_CREATE_CALLBACK = 7, IOP_CALL_ASYNC = 8,
    IOP_DONE = 20,          /* an invocation finished: handle = invocation id, aux status */
};

/* Status of a finished operation or invocation. */
enum { IST_OK = 0, IST_THREW = 1, IST_MARSHAL = 2 };

/* A growable byte buffer for encoding. */
typedef struct InteropBuf { uint8_t *data; uint32_t len, cap; bool failed; } InteropBuf;
void interop_buf_free(InteropBuf *b);
void interop_put_header(InteropBuf *b, uint32_t tag, uint32_t aux);
void interop_put_utf16(InteropBuf *b, const uint16_t *chars, uint32_t len);   /* STRING */
void interop_put_utf8(InteropBuf *b, const char *s);                           /* STRING */

/* Encodes a managed value of static type `type` stored at `value` (slot or
 * field layout; NULL type = void). Fails (false, message in err) for types
 * JS cannot receive. */
bool interop_encode_value(InteropBuf *b, Type *type, const void *value, char *err, size_t errlen);
bool interop_encode_object(InteropBuf *b, Object *o, char *err, size_t errlen);

/* Decoding: `p` points at an encoded value inside [.., end). */
typedef struct InteropIn { const uint8_t *p, *end; } InteropIn;
/* How well the value at in->p converts to `type`: -1 not at all (err says
 * why), higher is better. Does not advance. */
int interop_score(const uint8_t *p, const uint8_t *end, Type *type, char *err, size_t errlen);
/* Converts the value at in->p to `type`, writing it at dst (slot form when
 * `slot` is true: small integers widened to 32 bits), and advances in->p.
 * dst must be rooted (or be inside a rooted object) when type is a
 * reference. false: err says why (or a pending exception on t, e.g. OOM). */
bool interop_convert(Thread *t, InteropIn *in, Type *type, void *dst, bool slot, char *err, size_t errlen);
const uint8_t *interop_skip(const uint8_t *p, const uint8_t *end);   /* NULL when malformed */

/* The Cilantro.Interop types, found when the interop assembly is loaded. */
Type *interop_jsobject_type(void);
Object *interop_wrap_handle(Thread *t, int32_t handle);   /* a new JSObject for a JS handle */
int32_t interop_handle_of(Object *jsobject);              /* 0 if disposed */

/* Calls the JS host (wasm import). Returns the host's answer (status + value)
 * decoded by the caller from *answer / answer_end; false if there is no JS host. */
bool interop_js_op(int32_t op, int32_t handle, int32_t aux, const String *name, const uint8_t *args, uint32_t args_len,
                   const uint8_t **answer, const uint8_t **answer_end);

/* JS.InvokeAsync bookkeeping (interop_host.c): a parked thread per pending promise. */
bool interop_pending_add(int32_t id, Type *type);
void interop_pending_cancel(int32_t id);

/* [JSImport("name")] static extern methods (interop_import.c): whether m is
 * one, whether its types can cross (err says why not), and the call itself
 * (arguments in slot form at args; the result, if any, at ret). */
bool interop_is_js_import(Method *m);
void interop_throw_js_exception(Thread *t, const char *message);   /* a Cilantro.Interop.JSException */
bool interop_js_import_check(Method *m, char *err, size_t errlen);
void interop_js_import_call(Thread *t, Method *m, Slot *args, Slot *ret);

/* Overload choice (interop_host.c): is this type an integer type (enums count)? */
bool interop_is_integral_type(Type *type);

/* Starts a test method (instance: ctor runs first on `instance`); an
 * invocation id, or 0 with the host error set. */
int interop_start_test(Method *m, Method *ctor, Type *cls);
int interop_fail(const char *msg);

/* Exception text: "Type: message" and the full ToString() (malloc'ed).
 * Runs ToString synchronously: host level only (never from an op). */
char *interop_exception_text(Object *exception, bool full);

/* Green threads for host work: a pooled thread with nothing on it. */
Thread *interop_thread_get(void);
void interop_thread_put(Thread *t);

#endif
