/* cil_opcodes.c — the opcode table and the instruction decoder. */
#include "interp/cil_opcodes.h"

#include <string.h>

static const CilOpcode table[0x120] = {
#define CIL(id, value, name, operand, flow, pops, pushes) [value] = {name, CIL_OPND_##operand, CIL_FLOW_##flow, pops, pushes},
#include "interp/cil_opcodes.def"
#undef CIL
};

const CilOpcode *cil_opcode(uint32_t op) {
    return op < sizeof table / sizeof table[0] && table[op].name ? &table[op] : NULL;
}

static int32_t rd_i32(const uint8_t *p) { int32_t v; memcpy(&v, p, 4); return v; }

uint32_t cil_decode(const uint8_t *il, uint32_t size, uint32_t pos, CilInstr *in) {
    if (pos >= size) return 0;
    uint32_t op = il[pos], len = 1;
    if (op == 0xFE) {
        if (pos + 1 >= size) return 0;
        op = 0x100 | il[pos + 1];
        len = 2;
    }
    const CilOpcode *info = cil_opcode(op);
    if (!info) return 0;
    const uint8_t *o = il + pos + len;
    uint32_t avail = size - pos - len;
    in->op = op;
    in->info = info;
    in->imm = 0;
    in->target = 0;
    in->table = NULL;
    uint32_t osz;
    switch ((CilOperand)info->operand) {
    case CIL_OPND_NONE: osz = 0; break;
    case CIL_OPND_I1: case CIL_OPND_VAR8: case CIL_OPND_BR8: osz = 1; break;
    case CIL_OPND_VAR16: osz = 2; break;
    case CIL_OPND_I8: case CIL_OPND_R8: osz = 8; break;
    case CIL_OPND_SWITCH:
        if (avail < 4) return 0;
        {
            uint32_t n = (uint32_t)rd_i32(o);
            if (n > (avail - 4) / 4) return 0;
            osz = 4 + 4 * n;
        }
        break;
    default: osz = 4; break;
    }
    if (osz > avail) return 0;
    uint32_t next = pos + len + osz;
    switch ((CilOperand)info->operand) {
    case CIL_OPND_NONE: break;
    case CIL_OPND_I1: in->imm = op == CIL_LDC_I4_S ? (int8_t)o[0] : o[0]; break;
    case CIL_OPND_VAR8: in->imm = o[0]; break;
    case CIL_OPND_VAR16: in->imm = o[0] | (uint32_t)o[1] << 8; break;
    case CIL_OPND_BR8: in->target = next + (uint32_t)(int32_t)(int8_t)o[0]; break;
    case CIL_OPND_BR32: in->target = next + (uint32_t)rd_i32(o); break;
    case CIL_OPND_I8: case CIL_OPND_R8: memcpy(&in->imm, o, 8); break;
    case CIL_OPND_I4: in->imm = rd_i32(o); break;
    case CIL_OPND_SWITCH: in->imm = (uint32_t)rd_i32(o); in->table = o + 4; break;
    default: in->imm = (uint32_t)rd_i32(o); break;   /* tokens, R4 bits */
    }
    in->length = next - pos;
    return in->length;
}

uint32_t cil_switch_target(const CilInstr *in, uint32_t pos, uint32_t i) {
    return pos + in->length + (uint32_t)rd_i32(in->table + 4 * i);
}
