/* cil_opcodes.h — the CIL instruction set as data (cil_opcodes.def): names,
 * inline operands, control flow and stack behaviour, and one decoder that
 * the translator's driver, its prescan, the inliner and lazy binding share. */
#ifndef CILANTRO_CIL_OPCODES_H
#define CILANTRO_CIL_OPCODES_H

#include <stdbool.h>
#include <stdint.h>

typedef enum CilOperand {
    CIL_OPND_NONE, CIL_OPND_I1, CIL_OPND_VAR8, CIL_OPND_VAR16, CIL_OPND_BR8, CIL_OPND_BR32,
    CIL_OPND_I4, CIL_OPND_I8, CIL_OPND_R4, CIL_OPND_R8, CIL_OPND_METHOD, CIL_OPND_FIELD,
    CIL_OPND_TYPE, CIL_OPND_STRING, CIL_OPND_SIG, CIL_OPND_TOKEN, CIL_OPND_SWITCH,
} CilOperand;

typedef enum CilFlow {
    CIL_FLOW_NEXT, CIL_FLOW_BRANCH, CIL_FLOW_COND, CIL_FLOW_CALL, CIL_FLOW_RETURN, CIL_FLOW_THROW, CIL_FLOW_PREFIX,
} CilFlow;

/* CIL_NOP, CIL_LDARG_0, ... CIL_READONLY: the opcode values (0x100 | b for 0xFE b) */
enum CilOpcodeId {
#define CIL(id, value, name, operand, flow, pops, pushes) CIL_##id = value,
#include "interp/cil_opcodes.def"
#undef CIL
};

typedef struct CilOpcode {
    const char *name;       /* NULL: not an instruction */
    uint8_t operand;        /* CilOperand */
    uint8_t flow;           /* CilFlow */
    const char *pops, *pushes;
} CilOpcode;

/* One decoded instruction. */
typedef struct CilInstr {
    uint32_t op;            /* CIL_* value */
    uint32_t length;        /* bytes, opcode and operand */
    const CilOpcode *info;
    int64_t imm;            /* I1 (sign-extended), VAR index, I4, I8, R4/R8 bits, token, switch count */
    uint32_t target;        /* BR8/BR32: the target's IL offset (may lie outside the method) */
    const uint8_t *table;   /* SWITCH: the displacements */
} CilInstr;

/* The row for an opcode value, or NULL. */
const CilOpcode *cil_opcode(uint32_t op);
/* Decodes the instruction at pos; returns its length, 0 if the opcode is not
 * one or its operand runs past size. */
uint32_t cil_decode(const uint8_t *il, uint32_t size, uint32_t pos, CilInstr *in);
/* The IL offset switch case i jumps to. */
uint32_t cil_switch_target(const CilInstr *in, uint32_t pos, uint32_t i);

#endif
