/* ops.h — the internal operations. Each is defined once, by its row in
 * ops.def (name, operand words, operand kinds, control flow, description);
 * the enum, the dispatcher's label table (interp.c), the disassembler
 * (disasm.c) and the debug check of every NEXT(n) all come from there. */
#ifndef CILANTRO_OPS_H
#define CILANTRO_OPS_H

#include <stdint.h>

/* Code words an 8-byte immediate takes: 1 natively, 2 on wasm32. */
#define W64 (8 / (int)sizeof(uintptr_t))

enum Opcode {
#define OP(name, words, operands, flow, doc) OP_##name,
#include "interp/ops.def"
#undef OP
    OP_COUNT
};

/* Operand kinds: the letters of an ops.def row's operand string. */
enum OpOperandKind {
    OPND_DST = 'd', OPND_SRC = 's', OPND_BASE = 'b', OPND_SLOT_ADDR = 'a',
    OPND_I32 = 'i', OPND_I64 = 'l', OPND_F32 = 'f', OPND_F64 = 'F',
    OPND_COUNT = 'n', OPND_FLAG = 'k', OPND_OFFSET = 'o', OPND_STATIC = 'x',
    OPND_HANDLE = 'h', OPND_TYPE = 't', OPND_METHOD = 'm', OPND_ICALL = 'c',
    OPND_STRING = 'S', OPND_CSTRING = 'z', OPND_IL_OFFSET = 'p', OPND_TARGET = 'j',
    OPND_SWITCH = 'w',
};

/* Where execution continues after an op (the FLOW column). */
enum OpFlow { OPFLOW_NEXT, OPFLOW_COND, OPFLOW_JUMP, OPFLOW_CALL, OPFLOW_TAIL,
              OPFLOW_RETURN, OPFLOW_THROW, OPFLOW_HANDLER };

typedef struct OpInfo {
    const char *name;
    int words;              /* operand words after the opcode; -1 for SWITCH */
    const char *operands;   /* one OpOperandKind letter per operand */
    uint8_t flow;           /* OpFlow */
    const char *doc;
} OpInfo;

extern const OpInfo op_info[OP_COUNT];
extern const char *const op_names[OP_COUNT];
extern const int op_sizes[OP_COUNT];   /* op_info[op].words */

/* Code words one operand of this kind takes (a switch table: its count word). */
static inline int op_operand_words(char kind) {
    return kind == OPND_I64 || kind == OPND_F64 ? W64 : 1;
}
/* Operand words of the op at ip, SWITCH included. */
static inline uint32_t op_length_at(const uintptr_t *ip) {
    int n = op_sizes[ip[0]];
    return n >= 0 ? (uint32_t)n : 2 + (uint32_t)ip[2];
}

#endif
