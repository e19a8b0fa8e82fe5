/* wasm_buf.h — a growable byte buffer with the WebAssembly binary
 * encodings the tier's compiler needs (LEB128 integers, opcodes). */
#ifndef CILANTRO_WASM_BUF_H
#define CILANTRO_WASM_BUF_H

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct WBuf {
    uint8_t *data;
    uint32_t len, cap;
    bool failed;          /* out of memory: the result is discarded */
} WBuf;

static inline void wb_byte(WBuf *b, uint8_t v) {
    if (b->len == b->cap) {
        uint32_t cap = b->cap ? b->cap * 2 : 256;
        uint8_t *d = realloc(b->data, cap);
        if (!d) { b->failed = true; b->len = 0; return; }
        b->data = d;
        b->cap = cap;
    }
    b->data[b->len++] = v;
}
static inline void wb_bytes(WBuf *b, const void *p, uint32_t n) {
    for (uint32_t i = 0; i < n; i++) wb_byte(b, ((const uint8_t *)p)[i]);
}
static inline void wb_u32(WBuf *b, uint32_t v) {
    do { uint8_t c = v & 0x7F; v >>= 7; wb_byte(b, (uint8_t)(c | (v ? 0x80 : 0))); } while (v);
}
static inline void wb_s64(WBuf *b, int64_t v) {
    for (;;) {
        uint8_t c = v & 0x7F;
        v >>= 7;   /* arithmetic shift */
        bool done = (v == 0 && !(c & 0x40)) || (v == -1 && (c & 0x40));
        wb_byte(b, (uint8_t)(c | (done ? 0 : 0x80)));
        if (done) return;
    }
}
static inline void wb_free(WBuf *b) { free(b->data); b->data = NULL; b->len = b->cap = 0; }

/* value types */
enum { WT_I32 = 0x7F, WT_I64 = 0x7E, WT_F32 = 0x7D, WT_F64 = 0x7C, WT_VOID = 0x40 };

/* the opcodes used */
enum {
    W_UNREACHABLE = 0x00, W_BLOCK = 0x02, W_LOOP = 0x03, W_IF = 0x04, W_ELSE = 0x05, W_END = 0x0B,
    W_BR = 0x0C, W_BR_IF = 0x0D, W_BR_TABLE = 0x0E, W_RETURN = 0x0F, W_CALL_INDIRECT = 0x11,
    W_DROP = 0x1A, W_SELECT = 0x1B,
    W_LOCAL_GET = 0x20, W_LOCAL_SET = 0x21, W_LOCAL_TEE = 0x22,
    W_I32_LOAD = 0x28, W_I64_LOAD = 0x29, W_F32_LOAD = 0x2A, W_F64_LOAD = 0x2B,
    W_I32_LOAD8_S = 0x2C, W_I32_LOAD8_U = 0x2D, W_I32_LOAD16_S = 0x2E, W_I32_LOAD16_U = 0x2F,
    W_I32_STORE = 0x36, W_I64_STORE = 0x37, W_F32_STORE = 0x38, W_F64_STORE = 0x39,
    W_I32_STORE8 = 0x3A, W_I32_STORE16 = 0x3B,
    W_I32_CONST = 0x41, W_I64_CONST = 0x42, W_F32_CONST = 0x43, W_F64_CONST = 0x44,
    W_I32_EQZ = 0x45, W_I32_EQ = 0x46, W_I32_NE = 0x47, W_I32_LT_S = 0x48, W_I32_LT_U = 0x49,
    W_I32_GT_S = 0x4A, W_I32_GT_U = 0x4B, W_I32_LE_S = 0x4C, W_I32_LE_U = 0x4D, W_I32_GE_S = 0x4E, W_I32_GE_U = 0x4F,
    W_I64_EQZ = 0x50, W_I64_EQ = 0x51, W_I64_NE = 0x52, W_I64_LT_S = 0x53, W_I64_LT_U = 0x54,
    W_I64_GT_S = 0x55, W_I64_GT_U = 0x56, W_I64_LE_S = 0x57, W_I64_LE_U = 0x58, W_I64_GE_S = 0x59, W_I64_GE_U = 0x5A,
    W_F32_EQ = 0x5B, W_F32_NE = 0x5C, W_F32_LT = 0x5D, W_F32_GT = 0x5E, W_F32_LE = 0x5F, W_F32_GE = 0x60,
    W_F64_EQ = 0x61, W_F64_NE = 0x62, W_F64_LT = 0x63, W_F64_GT = 0x64, W_F64_LE = 0x65, W_F64_GE = 0x66,
    W_I32_ADD = 0x6A, W_I32_SUB = 0x6B, W_I32_MUL = 0x6C, W_I32_DIV_S = 0x6D, W_I32_DIV_U = 0x6E,
    W_I32_REM_S = 0x6F, W_I32_REM_U = 0x70, W_I32_AND = 0x71, W_I32_OR = 0x72, W_I32_XOR = 0x73,
    W_I32_SHL = 0x74, W_I32_SHR_S = 0x75, W_I32_SHR_U = 0x76,
    W_I64_ADD = 0x7C, W_I64_SUB = 0x7D, W_I64_MUL = 0x7E, W_I64_DIV_S = 0x7F, W_I64_DIV_U = 0x80,
    W_I64_REM_S = 0x81, W_I64_REM_U = 0x82, W_I64_AND = 0x83, W_I64_OR = 0x84, W_I64_XOR = 0x85,
    W_I64_SHL = 0x86, W_I64_SHR_S = 0x87, W_I64_SHR_U = 0x88,
    W_F32_NEG = 0x8C, W_F32_ADD = 0x92, W_F32_SUB = 0x93, W_F32_MUL = 0x94, W_F32_DIV = 0x95,
    W_F64_NEG = 0x9A, W_F64_SQRT = 0x9F, W_F64_ADD = 0xA0, W_F64_SUB = 0xA1, W_F64_MUL = 0xA2, W_F64_DIV = 0xA3,
    W_I32_WRAP_I64 = 0xA7,
    W_I64_EXTEND_I32_S = 0xAC, W_I64_EXTEND_I32_U = 0xAD,
    W_F32_CONVERT_I32_S = 0xB2, W_F32_CONVERT_I64_S = 0xB4, W_F32_DEMOTE_F64 = 0xB6,
    W_F64_CONVERT_I32_S = 0xB7, W_F64_CONVERT_I32_U = 0xB8, W_F64_CONVERT_I64_S = 0xB9, W_F64_CONVERT_I64_U = 0xBA,
    W_F64_PROMOTE_F32 = 0xBB,
    W_I32_EXTEND8_S = 0xC0, W_I32_EXTEND16_S = 0xC1,
};

#endif
