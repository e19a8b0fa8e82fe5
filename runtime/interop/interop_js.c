/* interop_js.c — the one door from C into the JS host: `cilantro_js_op`, a
 * wasm import provided by js/interop.mjs. The host answers with a pointer
 * to [u32 status, u32 length, encoded value] in the scratch buffer
 * (cil_interop_scratch), or 0 when there is nothing to say. Native builds
 * have no JS host. */
#include "interop/interop.h"

#include <string.h>

#ifdef __EMSCRIPTEN__
extern int32_t cilantro_js_op(int32_t op, int32_t handle, int32_t aux, const uint16_t *name, int32_t name_len,
                              const uint8_t *args, int32_t args_len)
    __attribute__((import_module("env"), import_name("cilantro_js_op")));
#endif

bool interop_js_op(int32_t op, int32_t handle, int32_t aux, const String *name, const uint8_t *args, uint32_t args_len,
                   const uint8_t **answer, const uint8_t **answer_end) {
    *answer = *answer_end = NULL;
#ifdef __EMSCRIPTEN__
    const uint8_t *a = (const uint8_t *)(uintptr_t)cilantro_js_op(op, handle, aux, name ? name->chars : NULL,
                                                                 name ? name->length : -1, args, (int32_t)args_len);
    if (a) {
        uint32_t len;
        memcpy(&len, a + 4, 4);
        *answer = a;
        *answer_end = a + 8 + len;
    }
    return true;
#else
    (void)op; (void)handle; (void)aux; (void)name; (void)args; (void)args_len;
    return false;
#endif
}
