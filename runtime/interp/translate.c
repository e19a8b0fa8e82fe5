/* translate.c — CIL to internal code, once per method (docs/interpreter.md).
 *
 * The translator walks the IL once, simulating the evaluation stack. Each
 * stack entry knows its type and where its value lives:
 *   - CANON: in its canonical temp slot (temps start after the locals; entry
 *     i's canonical slot is the sum of the sizes of the entries below it);
 *   - ALIAS: still in a local/argument slot (ldloc/ldarg emit nothing), so
 *     `a + b` becomes one ADD reading both locals directly;
 *   - CONST: an I4/I8/R8 constant not yet written anywhere, so `x + 1`
 *     becomes ADD_I4_IMM.
 * Entries are materialized (moved to their canonical slots) where the
 * internal code needs a fixed shape: at branches and labels, for call
 * arguments, and before a store to an aliased local. An op whose result is
 * immediately stored to a local writes the local directly (dest forwarding).
 * Tokens, field offsets, sizes and call targets are resolved here, so the
 * interpreter loop never touches metadata.
 */
#include "interp/translate_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- instruction lengths (prescan and dead code) ---- */
/* Operand bytes of a one-byte opcode; -1 invalid, -2 switch. */
int tr_operand_size_1(uint32_t op) {
    if (op <= 0x0D) return 0;
    if (op <= 0x13) return 1;
    if (op <= 0x1E) return 0;
    switch (op) {
    case 0x1F: return 1; case 0x20: return 4; case 0x21: return 8; case 0x22: return 4; case 0x23: return 8;
    case 0x24: return -1; case 0x25: case 0x26: return 0; case 0x27: case 0x28: case 0x29: return 4;
    case 0x2A: return 0; case 0x45: return -2;
    case 0x6F: case 0x70: case 0x71: case 0x72: case 0x73: case 0x74: case 0x75: return 4;
    case 0x76: return 0; case 0x77: case 0x78: return -1; case 0x79: return 4; case 0x7A: return 0;
    case 0xA3: case 0xA4: case 0xA5: case 0xC2: case 0xC6: case 0xD0: case 0xDD: return 4;
    case 0xDE: return 1;
    default: break;
    }
    if (op >= 0x2B && op <= 0x37) return 1;
    if (op >= 0x38 && op <= 0x44) return 4;
    if (op >= 0x46 && op <= 0x6E) return 0;
    if (op >= 0x7B && op <= 0x81) return 4;
    if (op >= 0x82 && op <= 0x8B) return 0;
    if (op == 0x8C || op == 0x8D || op == 0x8F) return 4;
    if (op == 0x8E || (op >= 0x90 && op <= 0xA2)) return 0;
    if (op >= 0xB3 && op <= 0xBA) return 0;
    if (op == 0xC3) return 0;
    if (op >= 0xD1 && op <= 0xDC) return 0;
    if (op == 0xDF || op == 0xE0) return 0;
    return -1;
}

int tr_operand_size_2(uint32_t op) {
    switch (op) {
    case 0x00: case 0x01: case 0x02: case 0x03: case 0x04: case 0x05: return 0;
    case 0x06: case 0x07: return 4;
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x0E: return 2;
    case 0x0F: case 0x11: return 0; case 0x12: return 1; case 0x13: case 0x14: return 0;
    case 0x15: case 0x16: return 4; case 0x17: case 0x18: return 0; case 0x19: return 1;
    case 0x1A: return 0; case 0x1C: return 4; case 0x1D: case 0x1E: return 0;
    default: return -1;
    }
}

/* Decodes the instruction at pos; returns its total length, or 0 if invalid. */
uint32_t tr_instr_length(const uint8_t *il, uint32_t size, uint32_t pos, uint32_t *opcode) {
    if (pos >= size) return 0;
    uint32_t op = il[pos], len = 1;
    int osz;
    if (op == 0xFE) {
        if (pos + 1 >= size) return 0;
        op = 0x100 | il[pos + 1];
        len = 2;
        osz = tr_operand_size_2(op & 0xFF);
    } else {
        osz = tr_operand_size_1(op);
    }
    if (osz == -1) return 0;
    if (osz == -2) {
        if (pos + 5 > size) return 0;
        uint32_t n;
        memcpy(&n, il + pos + 1, 4);
        if (n > (size - pos - 5) / 4) return 0;
        osz = 4 + 4 * (int)n;
    }
    if (pos + len + (uint32_t)osz > size) return 0;
    *opcode = op;
    return len + (uint32_t)osz;
}

int32_t tr_rd_i32_at(const uint8_t *p) { int32_t v; memcpy(&v, p, 4); return v; }

bool tr_prescan(Tr *t) {
    uint32_t pos = 0, op;
    while (pos < t->il_size) {
        uint32_t len = tr_instr_length(t->il, t->il_size, pos, &op);
        if (!len) { t->cur_il = pos; tr_fail(t, "invalid opcode 0x%02x", t->il[pos]); return false; }
        const uint8_t *o = t->il + pos + (op > 0xFF ? 2 : 1);
        uint32_t next = pos + len;
        if (op >= 0x2B && op <= 0x37) { int32_t d = (int8_t)o[0]; uint32_t tg = next + (uint32_t)d; if (tg < t->il_size) t->is_target[tg] = 1; else { t->cur_il = pos; tr_fail(t, "branch target outside the method"); return false; } }
        else if ((op >= 0x38 && op <= 0x44) || op == 0xDD) { uint32_t tg = next + (uint32_t)tr_rd_i32_at(o); if (tg < t->il_size) t->is_target[tg] = 1; else { t->cur_il = pos; tr_fail(t, "branch target outside the method"); return false; } }
        else if (op == 0xDE) { uint32_t tg = next + (uint32_t)(int8_t)o[0]; if (tg < t->il_size) t->is_target[tg] = 1; else { t->cur_il = pos; tr_fail(t, "branch target outside the method"); return false; } }
        else if (op == 0x45) {
            uint32_t n = (uint32_t)tr_rd_i32_at(o);
            for (uint32_t i = 0; i < n; i++) {
                uint32_t tg = next + (uint32_t)tr_rd_i32_at(o + 4 + 4 * i);
                if (tg < t->il_size) t->is_target[tg] = 1; else { t->cur_il = pos; tr_fail(t, "switch target outside the method"); return false; }
            }
            if (next < t->il_size) t->is_target[next] = 1;
        }
        else if (op == 0x0F) { if (o[0] < t->arg_count) t->arg_addr_taken[o[0]] = 1; }
        else if (op == 0x12) { if (o[0] < t->local_count) t->local_addr_taken[o[0]] = 1; }
        else if (op == 0x10A) { uint32_t i = o[0] | (uint32_t)o[1] << 8; if (i < t->arg_count) t->arg_addr_taken[i] = 1; }
        else if (op == 0x10D) { uint32_t i = o[0] | (uint32_t)o[1] << 8; if (i < t->local_count) t->local_addr_taken[i] = 1; }
        pos = next;
    }
    for (uint32_t i = 0; i < t->body.clause_count; i++) {
        const MdExceptionClause *c = &t->body.clauses[i];
        if (c->try_offset >= t->il_size || c->handler_offset >= t->il_size ||
            c->try_offset + c->try_length > t->il_size || c->handler_offset + c->handler_length > t->il_size) {
            tr_fail(t, "exception clause %u outside the method body", i);
            return false;
        }
        t->is_target[c->handler_offset] = 1;
        t->is_target[c->try_offset] = 1;
        if (c->flags == MD_CLAUSE_FILTER) {
            if (c->filter_offset >= t->il_size) { tr_fail(t, "filter outside the method body"); return false; }
            t->is_target[c->filter_offset] = 1;
        }
        if (c->try_offset + c->try_length < t->il_size) t->is_target[c->try_offset + c->try_length] = 1;
        if (c->handler_offset + c->handler_length < t->il_size) t->is_target[c->handler_offset + c->handler_length] = 1;
    }
    return true;
}

/* ---- exception handling ---- */
int tr_innermost_catch_handler(Tr *t, uint32_t il) {
    int best = -1;
    for (uint32_t i = 0; i < t->body.clause_count; i++) {
        const MdExceptionClause *c = &t->body.clauses[i];
        if ((c->flags == MD_CLAUSE_EXCEPTION || c->flags == MD_CLAUSE_FILTER) &&
            il >= c->handler_offset && il < c->handler_offset + c->handler_length) {
            if (best < 0 || c->handler_length < t->body.clauses[best].handler_length) best = (int)i;
        }
    }
    return best;
}

Type * tr_token_type(Tr *t, uint32_t *pos) { return tr_resolve_type(t, tr_rd_u32(t, pos)); }

/* ---- one instruction ---- */
bool tr_translate_instruction(Tr *t, uint32_t *pos, bool *unconditional) {
    uint32_t op = tr_rd_u8(t, pos);
    if (op == 0xFE) op = 0x100 | tr_rd_u8(t, pos);
    *unconditional = false;
    uint32_t u, n;
    Type *ty;
    Method *m;
    Field *f;
    switch (op) {
    case 0x00: case 0x01: break;                                  /* nop, break */
    case 0x02: case 0x03: case 0x04: case 0x05:                   /* ldarg.0-3 */
        u = op - 0x02;
        if (u >= t->arg_count) { tr_fail(t, "ldarg %u out of range", u); break; }
        tr_load_var(t, t->arg_types[u], t->arg_slots[u], t->arg_addr_taken[u]);
        break;
    case 0x06: case 0x07: case 0x08: case 0x09:                   /* ldloc.0-3 */
        u = op - 0x06;
        if (u >= t->local_count) { tr_fail(t, "ldloc %u out of range", u); break; }
        tr_load_var(t, t->local_types[u], t->local_slots[u], t->local_addr_taken[u]);
        break;
    case 0x0A: case 0x0B: case 0x0C: case 0x0D:                   /* stloc.0-3 */
        u = op - 0x0A;
        if (u >= t->local_count) { tr_fail(t, "stloc %u out of range", u); break; }
        tr_store_var(t, t->local_types[u], t->local_slots[u]);
        break;
    case 0x0E: case 0x109: u = op == 0x0E ? tr_rd_u8(t, pos) : tr_rd_u16(t, pos); goto ldarg;
    case 0x0F: case 0x10A: u = op == 0x0F ? tr_rd_u8(t, pos) : tr_rd_u16(t, pos); goto ldarga;
    case 0x10: case 0x10B: u = op == 0x10 ? tr_rd_u8(t, pos) : tr_rd_u16(t, pos); goto starg;
    case 0x11: case 0x10C: u = op == 0x11 ? tr_rd_u8(t, pos) : tr_rd_u16(t, pos); goto ldloc;
    case 0x12: case 0x10D: u = op == 0x12 ? tr_rd_u8(t, pos) : tr_rd_u16(t, pos); goto ldloca;
    case 0x13: case 0x10E: u = op == 0x13 ? tr_rd_u8(t, pos) : tr_rd_u16(t, pos); goto stloc;
    ldarg:
        if (u >= t->arg_count) { tr_fail(t, "ldarg %u out of range", u); break; }
        tr_load_var(t, t->arg_types[u], t->arg_slots[u], t->arg_addr_taken[u]);
        break;
    ldarga:
        if (u >= t->arg_count) { tr_fail(t, "ldarga %u out of range", u); break; }
        tr_emit_op(t, OP_LDLOCA); tr_emit_dest(t, tr_push(t, type_byref(t->arg_types[u]), SK_I)); tr_emit_word(t, t->arg_slots[u]);
        break;
    starg:
        if (u >= t->arg_count) { tr_fail(t, "starg %u out of range", u); break; }
        tr_store_var(t, t->arg_types[u], t->arg_slots[u]);
        break;
    ldloc:
        if (u >= t->local_count) { tr_fail(t, "ldloc %u out of range", u); break; }
        tr_load_var(t, t->local_types[u], t->local_slots[u], t->local_addr_taken[u]);
        break;
    ldloca:
        if (u >= t->local_count) { tr_fail(t, "ldloca %u out of range", u); break; }
        tr_emit_op(t, OP_LDLOCA); tr_emit_dest(t, tr_push(t, type_byref(t->local_types[u]), SK_I)); tr_emit_word(t, t->local_slots[u]);
        break;
    stloc:
        if (u >= t->local_count) { tr_fail(t, "stloc %u out of range", u); break; }
        tr_store_var(t, t->local_types[u], t->local_slots[u]);
        break;
    case 0x14: { StackEntry *e = tr_push_entry(t, vm_types.object, SK_O); e->loc = LOC_CONST; e->cval = 0; break; }
    case 0x15: case 0x16: case 0x17: case 0x18: case 0x19: case 0x1A: case 0x1B: case 0x1C: case 0x1D: case 0x1E:
        tr_push_const(t, SK_I4, (int32_t)op - 0x16);
        break;
    case 0x1F: tr_push_const(t, SK_I4, (int8_t)tr_rd_u8(t, pos)); break;
    case 0x20: tr_push_const(t, SK_I4, (int32_t)tr_rd_u32(t, pos)); break;
    case 0x21: tr_push_const(t, SK_I8, (int64_t)tr_rd_u64(t, pos)); break;
    case 0x22: tr_push_const(t, SK_R4, tr_rd_u32(t, pos)); break;
    case 0x23: tr_push_const(t, SK_R8, (int64_t)tr_rd_u64(t, pos)); break;
    case 0x25: {                                                  /* dup */
        StackEntry *top = tr_peek(t, 0);
        if (!top) break;
        StackEntry copy = *top;
        StackEntry *e = tr_push_entry(t, copy.type, (StackKind)copy.kind);
        if (copy.loc != LOC_CANON) { e->loc = copy.loc; e->slot = copy.slot; e->cval = copy.cval; }
        else if (e->nslots == 1) { tr_emit_op(t, OP_MOV); tr_emit_word(t, e->canon); tr_emit_word(t, copy.slot); }
        else { tr_emit_op(t, OP_MOVN); tr_emit_word(t, e->canon); tr_emit_word(t, copy.slot); tr_emit_word(t, e->nslots); }
        break;
    }
    case 0x26: tr_pop(t); break;
    case 0x27:                                                    /* jmp */
        m = tr_resolve_method(t, tr_rd_u32(t, pos));
        if (!m) break;
        if (t->sp != 0 || m->param_count != t->m->param_count || (m->flags & MF_STATIC) != (t->m->flags & MF_STATIC)) {
            tr_fail(t, "jmp needs an empty stack and a method with the same signature");
            break;
        }
        tr_emit_op(t, OP_JMP); tr_emit_ptr(t, m);
        *unconditional = true;
        break;
    case 0x28: case 0x6F:                                         /* call, callvirt */
        m = tr_resolve_method(t, tr_rd_u32(t, pos));
        if (m) tr_emit_call(t, m, op == 0x6F);
        break;
    case 0x29: tr_emit_calli(t, tr_rd_u32(t, pos)); break;      /* calli */
    case 0x2A: {                                                  /* ret */
        Type *rt = t->m->ret;
        if (t->inline_depth) {
            /* an inlined body: leave the result where the call's result goes */
            if (rt->elem != MD_ELEMENT_VOID) {
                StackEntry v = tr_pop(t);
                if (t->failed) break;
                tr_coerce_to(t, &v, rt);
                v.canon = t->inline_ret_slot;
                if (v.loc == LOC_CANON && v.slot != v.canon) v.loc = LOC_ALIAS;
                if (v.loc == LOC_CANON && v.nslots == 1 && t->last_dest_valid && t->out[t->last_dest_pos] == v.slot) {
                    /* already there */
                } else {
                    tr_materialize(t, &v);
                }
            }
            if (t->sp) { tr_fail(t, "ret with extra values on the stack"); break; }
            *unconditional = true;
            break;
        }
        if (rt->elem == MD_ELEMENT_VOID) {
            if (t->sp) { tr_fail(t, "ret with %u values on the stack in a void method", t->sp); break; }
            tr_emit_op(t, OP_RET_VOID);
        }
        else {
            StackEntry v = tr_pop(t);
            if (t->failed) break;
            tr_coerce_to(t, &v, rt);
            if (t->sp) { tr_fail(t, "ret with %u extra values on the stack", t->sp); break; }
            uint32_t vs = tr_operand(t, &v);
            if (v.nslots > 1) { tr_emit_op(t, OP_RETN); tr_emit_word(t, vs); tr_emit_word(t, v.nslots); }
            else { tr_emit_op(t, OP_RET); tr_emit_word(t, vs); }
        }
        if (t->sp) t->sp = 0;
        *unconditional = true;
        break;
    }
    case 0x2B: case 0x38: {                                       /* br */
        int32_t d = op == 0x2B ? (int8_t)tr_rd_u8(t, pos) : (int32_t)tr_rd_u32(t, pos);
        tr_materialize_all(t);
        tr_emit_op(t, OP_BR);
        tr_branch_to(t, *pos + (uint32_t)d);
        *unconditional = true;
        break;
    }
    case 0x2C: case 0x39: case 0x2D: case 0x3A: {                 /* brfalse, brtrue */
        int32_t d = op <= 0x2D ? (int8_t)tr_rd_u8(t, pos) : (int32_t)tr_rd_u32(t, pos);
        tr_branch_bool(t, op == 0x2D || op == 0x3A, *pos + (uint32_t)d);
        break;
    }
    case 0x2E: case 0x2F: case 0x30: case 0x31: case 0x32: case 0x33: case 0x34: case 0x35: case 0x36: case 0x37: {
        static const int map[10] = {CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_NE_UN, CMP_GE_UN, CMP_GT_UN, CMP_LE_UN, CMP_LT_UN};
        int32_t d = (int8_t)tr_rd_u8(t, pos);
        tr_branch_cmp(t, map[op - 0x2E], *pos + (uint32_t)d);
        break;
    }
    case 0x3B: case 0x3C: case 0x3D: case 0x3E: case 0x3F: case 0x40: case 0x41: case 0x42: case 0x43: case 0x44: {
        static const int map[10] = {CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_NE_UN, CMP_GE_UN, CMP_GT_UN, CMP_LE_UN, CMP_LT_UN};
        int32_t d = (int32_t)tr_rd_u32(t, pos);
        tr_branch_cmp(t, map[op - 0x3B], *pos + (uint32_t)d);
        break;
    }
    case 0x45: {                                                  /* switch */
        n = tr_rd_u32(t, pos);
        StackEntry v = tr_pop(t);
        if (t->failed) break;
        tr_materialize_all(t);
        uint32_t vs = tr_operand(t, &v);
        uint32_t base = *pos + 4 * n;
        tr_emit_op(t, OP_SWITCH); tr_emit_word(t, vs); tr_emit_word(t, n);
        for (uint32_t i = 0; i < n; i++) tr_branch_to(t, base + tr_rd_u32(t, pos));
        break;
    }
    case 0x46: tr_emit_ldind(t, vm_types.sbyte); break;
    case 0x47: tr_emit_ldind(t, vm_types.byte); break;
    case 0x48: tr_emit_ldind(t, vm_types.int16); break;
    case 0x49: tr_emit_ldind(t, vm_types.uint16); break;
    case 0x4A: tr_emit_ldind(t, vm_types.int32); break;
    case 0x4B: tr_emit_ldind(t, vm_types.uint32); break;
    case 0x4C: tr_emit_ldind(t, vm_types.int64); break;
    case 0x4D: tr_emit_ldind(t, vm_types.intptr); break;
    case 0x4E: tr_emit_ldind(t, vm_types.single); break;
    case 0x4F: tr_emit_ldind(t, vm_types.double_); break;
    case 0x50: tr_emit_ldind(t, vm_types.object); break;
    case 0x51: tr_emit_stind(t, vm_types.object); break;
    case 0x52: tr_emit_stind(t, vm_types.sbyte); break;
    case 0x53: tr_emit_stind(t, vm_types.int16); break;
    case 0x54: tr_emit_stind(t, vm_types.int32); break;
    case 0x55: tr_emit_stind(t, vm_types.int64); break;
    case 0x56: tr_emit_stind(t, vm_types.single); break;
    case 0x57: tr_emit_stind(t, vm_types.double_); break;
    case 0x58: tr_binop(t, BIN_ADD); break;
    case 0x59: tr_binop(t, BIN_SUB); break;
    case 0x5A: tr_binop(t, BIN_MUL); break;
    case 0x5B: tr_binop(t, BIN_DIV); break;
    case 0x5C: tr_binop(t, BIN_DIV_UN); break;
    case 0x5D: tr_binop(t, BIN_REM); break;
    case 0x5E: tr_binop(t, BIN_REM_UN); break;
    case 0x5F: tr_binop(t, BIN_AND); break;
    case 0x60: tr_binop(t, BIN_OR); break;
    case 0x61: tr_binop(t, BIN_XOR); break;
    case 0x62: tr_binop(t, BIN_SHL); break;
    case 0x63: tr_binop(t, BIN_SHR); break;
    case 0x64: tr_binop(t, BIN_SHR_UN); break;
    case 0x65: tr_unop(t, true); break;
    case 0x66: tr_unop(t, false); break;
    case 0x67: tr_conv(t, CV_I1, false, false); break;
    case 0x68: tr_conv(t, CV_I2, false, false); break;
    case 0x69: tr_conv(t, CV_I4, false, false); break;
    case 0x6A: tr_conv(t, CV_I8, false, false); break;
    case 0x6B: tr_conv(t, CV_R4, false, false); break;
    case 0x6C: tr_conv(t, CV_R8, false, false); break;
    case 0x6D: tr_conv(t, CV_U4, false, false); break;
    case 0x6E: tr_conv(t, CV_U8, false, false); break;
    case 0x70: {                                                  /* cpobj */
        ty = tr_token_type(t, pos);
        StackEntry src = tr_pop(t), dst = tr_pop(t);
        if (t->failed) break;
        uint32_t ds = tr_operand(t, &dst), ss = tr_operand(t, &src);
        tr_emit_op(t, OP_CPOBJ); tr_emit_word(t, ds); tr_emit_word(t, ss); tr_emit_word(t, type_value_size(ty));
        break;
    }
    case 0x71: ty = tr_token_type(t, pos); if (ty) tr_emit_ldind(t, ty); break;   /* ldobj */
    case 0x72: {                                                  /* ldstr */
        uint32_t tok = tr_rd_u32(t, pos);
        String *s = interp_user_string(t->a, tok);
        if (!s) { tr_fail(t, "bad string token 0x%08x", tok); break; }
        tr_emit_op(t, OP_LDSTR); tr_emit_dest(t, tr_push(t, vm_types.string, SK_O)); tr_emit_ptr(t, s);
        break;
    }
    case 0x73: m = tr_resolve_method(t, tr_rd_u32(t, pos)); if (m) tr_emit_newobj(t, m); break;
    case 0x74: case 0x75: {                                       /* castclass, isinst */
        ty = tr_token_type(t, pos);
        StackEntry o = tr_pop(t);
        if (t->failed || !ty) break;
        uint32_t os = tr_operand(t, &o);
        uint32_t d = tr_push(t, op == 0x74 ? ty : (type_is_reference(ty) ? ty : vm_types.object), SK_O);
        tr_emit_op(t, op == 0x74 ? OP_CASTCLASS : OP_ISINST); tr_emit_dest(t, d); tr_emit_word(t, os); tr_emit_ptr(t, ty);
        break;
    }
    case 0x76: tr_conv(t, CV_R_UN, false, false); break;
    case 0x79: {                                                  /* unbox */
        ty = tr_token_type(t, pos);
        StackEntry o = tr_pop(t);
        if (t->failed || !ty) break;
        uint32_t os = tr_operand(t, &o);
        uint32_t d = tr_push(t, type_byref(ty), SK_I);
        tr_emit_op(t, (ty->flags & TF_NULLABLE) ? OP_UNBOX_NULLABLE : OP_UNBOX); tr_emit_dest(t, d); tr_emit_word(t, os); tr_emit_ptr(t, ty);
        if (ty->flags & TF_NULLABLE) tr_emit_word(t, type_value_size(ty));
        break;
    }
    case 0x7A: {                                                  /* throw */
        StackEntry e = tr_pop(t);
        if (t->failed) break;
        { uint32_t src_ = tr_operand(t, &e); tr_emit_op(t, OP_THROW); tr_emit_word(t, src_); }
        t->sp = 0;
        *unconditional = true;
        break;
    }
    case 0x7B: case 0x7C: f = tr_resolve_field(t, tr_rd_u32(t, pos)); if (f) tr_emit_ldfld(t, f, op == 0x7C); break;
    case 0x7D: f = tr_resolve_field(t, tr_rd_u32(t, pos)); if (f) tr_emit_stfld(t, f, false); break;
    case 0x7E: case 0x7F:
        f = tr_resolve_field(t, tr_rd_u32(t, pos));
        if (f) { tr_push_const(t, SK_O, 0); tr_emit_ldfld(t, f, op == 0x7F); }
        break;
    case 0x80: f = tr_resolve_field(t, tr_rd_u32(t, pos)); if (f) tr_emit_stfld(t, f, true); break;
    case 0x81: ty = tr_token_type(t, pos); if (ty) tr_emit_stind(t, ty); break;   /* stobj */
    case 0x82: tr_conv(t, CV_I1, true, true); break;
    case 0x83: tr_conv(t, CV_I2, true, true); break;
    case 0x84: tr_conv(t, CV_I4, true, true); break;
    case 0x85: tr_conv(t, CV_I8, true, true); break;
    case 0x86: tr_conv(t, CV_U1, true, true); break;
    case 0x87: tr_conv(t, CV_U2, true, true); break;
    case 0x88: tr_conv(t, CV_U4, true, true); break;
    case 0x89: tr_conv(t, CV_U8, true, true); break;
    case 0x8A: tr_conv(t, CV_I, true, true); break;
    case 0x8B: tr_conv(t, CV_U, true, true); break;
    case 0x8C: {                                                  /* box */
        ty = tr_token_type(t, pos);
        if (!ty) break;
        if (type_is_reference(ty)) break;
        StackEntry v = tr_pop(t);
        if (t->failed) break;
        tr_coerce_to(t, &v, ty);
        uint32_t vs = tr_operand(t, &v);
        uint32_t d = tr_push(t, vm_types.object, SK_O);
        tr_emit_op(t, (ty->flags & TF_NULLABLE) ? OP_BOX_NULLABLE : OP_BOX); tr_emit_dest(t, d); tr_emit_word(t, vs); tr_emit_ptr(t, ty);
        break;
    }
    case 0x8D: {                                                  /* newarr */
        ty = tr_token_type(t, pos);
        StackEntry len = tr_pop(t);
        if (t->failed || !ty) break;
        tr_index_to_i4(t, &len);
        Type *at = type_szarray(ty);
        if (!type_prepare(at, TS_READY)) { tr_fail_type(t); break; }
        uint32_t ls = tr_operand(t, &len);
        uint32_t d = tr_push(t, at, SK_O);
        tr_emit_op(t, OP_NEWARR); tr_emit_dest(t, d); tr_emit_word(t, ls); tr_emit_ptr(t, at);
        break;
    }
    case 0x8E: {                                                  /* ldlen */
        StackEntry a = tr_pop(t);
        if (t->failed) break;
        uint32_t as = tr_operand(t, &a);
        tr_emit_op(t, OP_LDLEN); tr_emit_dest(t, tr_push(t, vm_types.intptr, SK_I)); tr_emit_word(t, as);
        break;
    }
    case 0x8F: {                                                  /* ldelema */
        ty = tr_token_type(t, pos);
        StackEntry idx = tr_pop(t), arr = tr_pop(t);
        if (t->failed || !ty) break;
        tr_index_to_i4(t, &idx);
        uint32_t as = tr_operand(t, &arr), is = tr_operand(t, &idx);
        uint32_t d = tr_push(t, type_byref(ty), SK_I);
        if (type_is_reference(ty) && !t->prefix_readonly) {
            tr_emit_op(t, OP_LDELEMA_REF); tr_emit_dest(t, d); tr_emit_word(t, as); tr_emit_word(t, is); tr_emit_ptr(t, ty);
        } else {
            tr_emit_op(t, OP_LDELEMA); tr_emit_dest(t, d); tr_emit_word(t, as); tr_emit_word(t, is); tr_emit_word(t, type_value_size(ty));
        }
        break;
    }
    case 0x90: tr_emit_ldelem(t, vm_types.sbyte); break;
    case 0x91: tr_emit_ldelem(t, vm_types.byte); break;
    case 0x92: tr_emit_ldelem(t, vm_types.int16); break;
    case 0x93: tr_emit_ldelem(t, vm_types.uint16); break;
    case 0x94: tr_emit_ldelem(t, vm_types.int32); break;
    case 0x95: tr_emit_ldelem(t, vm_types.uint32); break;
    case 0x96: tr_emit_ldelem(t, vm_types.int64); break;
    case 0x97: tr_emit_ldelem(t, vm_types.intptr); break;
    case 0x98: tr_emit_ldelem(t, vm_types.single); break;
    case 0x99: tr_emit_ldelem(t, vm_types.double_); break;
    case 0x9A: tr_emit_ldelem(t, vm_types.object); break;
    case 0x9B: tr_emit_stelem(t, vm_types.intptr); break;
    case 0x9C: tr_emit_stelem(t, vm_types.sbyte); break;
    case 0x9D: tr_emit_stelem(t, vm_types.int16); break;
    case 0x9E: tr_emit_stelem(t, vm_types.int32); break;
    case 0x9F: tr_emit_stelem(t, vm_types.int64); break;
    case 0xA0: tr_emit_stelem(t, vm_types.single); break;
    case 0xA1: tr_emit_stelem(t, vm_types.double_); break;
    case 0xA2: tr_emit_stelem(t, vm_types.object); break;
    case 0xA3: ty = tr_token_type(t, pos); if (ty) tr_emit_ldelem(t, ty); break;
    case 0xA4: ty = tr_token_type(t, pos); if (ty) tr_emit_stelem(t, ty); break;
    case 0xA5: {                                                  /* unbox.any */
        ty = tr_token_type(t, pos);
        StackEntry o = tr_pop(t);
        if (t->failed || !ty) break;
        uint32_t os = tr_operand(t, &o);
        if (type_is_reference(ty)) {
            tr_emit_op(t, OP_CASTCLASS); tr_emit_dest(t, tr_push(t, ty, SK_O)); tr_emit_word(t, os); tr_emit_ptr(t, ty);
            break;
        }
        StackEntry *e = tr_push_typed(t, ty);
        int mk = tr_mem_kind(ty);
        if (ty->flags & TF_NULLABLE) {
            tr_emit_op(t, OP_UNBOX_NULLABLE); tr_emit_dest(t, e->canon); tr_emit_word(t, os); tr_emit_ptr(t, ty); tr_emit_word(t, 0);
        } else if (mk == MK_VT) {
            tr_emit_op(t, OP_UNBOX_ANY); tr_emit_dest(t, e->canon); tr_emit_word(t, os); tr_emit_ptr(t, ty); tr_emit_word(t, type_value_size(ty));
        } else {
            tr_emit_op(t, OP_UNBOX); tr_emit_word(t, e->canon); tr_emit_word(t, os); tr_emit_ptr(t, ty);
            tr_emit_op(t, tr_ldind_ops[mk]); tr_emit_dest(t, e->canon); tr_emit_word(t, e->canon);
        }
        break;
    }
    case 0xB3: tr_conv(t, CV_I1, true, false); break;
    case 0xB4: tr_conv(t, CV_U1, true, false); break;
    case 0xB5: tr_conv(t, CV_I2, true, false); break;
    case 0xB6: tr_conv(t, CV_U2, true, false); break;
    case 0xB7: tr_conv(t, CV_I4, true, false); break;
    case 0xB8: tr_conv(t, CV_U4, true, false); break;
    case 0xB9: tr_conv(t, CV_I8, true, false); break;
    case 0xBA: tr_conv(t, CV_U8, true, false); break;
    case 0xC2: case 0xC6: tr_rd_u32(t, pos); tr_fail(t, "typed references are not supported"); break;
    case 0xC3: {                                                  /* ckfinite */
        StackEntry a = tr_pop(t);
        if (t->failed) break;
        uint32_t as = tr_operand(t, &a);
        uint32_t d = tr_push(t, a.type, (StackKind)a.kind);
        tr_emit_op(t, a.kind == SK_R4 ? OP_CKFINITE_R4 : OP_CKFINITE_R8); tr_emit_dest(t, d); tr_emit_word(t, as);
        break;
    }
    case 0xD0: {                                                  /* ldtoken */
        uint32_t tok = tr_rd_u32(t, pos);
        uint32_t table = MD_TOKEN_TABLE(tok);
        void *handle = NULL;
        Type *ht = NULL;
        if (table == MD_TYPEDEF || table == MD_TYPEREF || table == MD_TYPESPEC) {
            handle = tr_resolve_type(t, tok);
            ht = vm_types.runtime_type_handle;
        } else if (table == MD_MEMBERREF && (MD_TOKEN_ROW(tok) == 0 || MD_TOKEN_ROW(tok) > t->a->image->row_count[MD_MEMBERREF])) {
            tr_fail(t, "ldtoken: MemberRef token 0x%08x out of range", tok);
            break;
        } else if (table == MD_FIELD || (table == MD_MEMBERREF && md_sig_is_field(t->a->image->memberrefs[MD_TOKEN_ROW(tok)].signature))) {
            handle = tr_resolve_field(t, tok);
            ht = vm_types.runtime_field_handle;
        } else {
            handle = tr_resolve_method(t, tok);
            ht = type_corlib("System", "RuntimeMethodHandle");
        }
        if (!handle || !ht) { if (!t->failed) tr_fail_type(t); break; }
        tr_emit_op(t, OP_LDTOKEN); tr_emit_dest(t, tr_push(t, ht, SK_VT)); tr_emit_ptr(t, handle);
        break;
    }
    case 0xD1: tr_conv(t, CV_U2, false, false); break;
    case 0xD2: tr_conv(t, CV_U1, false, false); break;
    case 0xD3: tr_conv(t, CV_I, false, false); break;
    case 0xD4: tr_conv(t, CV_I, true, false); break;
    case 0xD5: tr_conv(t, CV_U, true, false); break;
    case 0xD6: tr_binop(t, BIN_ADD_OVF); break;
    case 0xD7: tr_binop(t, BIN_ADD_OVF_UN); break;
    case 0xD8: tr_binop(t, BIN_MUL_OVF); break;
    case 0xD9: tr_binop(t, BIN_MUL_OVF_UN); break;
    case 0xDA: tr_binop(t, BIN_SUB_OVF); break;
    case 0xDB: tr_binop(t, BIN_SUB_OVF_UN); break;
    case 0xDC: tr_emit_op(t, OP_ENDFINALLY); t->sp = 0; *unconditional = true; break;
    case 0xDD: case 0xDE: {                                       /* leave */
        int32_t d = op == 0xDE ? (int8_t)tr_rd_u8(t, pos) : (int32_t)tr_rd_u32(t, pos);
        t->sp = 0;
        tr_emit_op(t, OP_LEAVE);
        tr_emit_word(t, t->cur_il);
        tr_emit_target(t, *pos + (uint32_t)d);
        *unconditional = true;
        break;
    }
    case 0xDF: tr_emit_stind(t, vm_types.intptr); break;
    case 0xE0: tr_conv(t, CV_U, false, false); break;
    case 0x100: tr_fail(t, "arglist is not supported"); break;
    case 0x101: tr_compare(t, 0); break;
    case 0x102: tr_compare(t, 1); break;
    case 0x103: tr_compare(t, 2); break;
    case 0x104: tr_compare(t, 3); break;
    case 0x105: tr_compare(t, 4); break;
    case 0x106: case 0x107: {                                     /* ldftn, ldvirtftn */
        m = tr_resolve_method(t, tr_rd_u32(t, pos));
        if (!m) break;
        if (t->constrained && op == 0x106) {   /* constrained. T ldftn I::M (static virtual member) */
            Type *c = t->constrained;
            t->constrained = NULL;
            if (!(m = tr_static_virtual_target(t, c, m))) break;
        }
        if (op == 0x106) {
            tr_emit_op(t, OP_LDFTN); tr_emit_dest(t, tr_push(t, vm_types.intptr, SK_I)); tr_emit_ptr(t, m);
        } else {
            StackEntry o = tr_pop(t);
            if (t->failed) break;
            uint32_t os = tr_operand(t, &o);
            tr_emit_op(t, OP_LDVIRTFTN); tr_emit_dest(t, tr_push(t, vm_types.intptr, SK_I)); tr_emit_word(t, os); tr_emit_ptr(t, m);
        }
        break;
    }
    case 0x10F: {                                                 /* localloc */
        StackEntry s = tr_pop(t);
        if (t->failed) break;
        uint32_t ss = tr_operand(t, &s);
        tr_emit_op(t, OP_LOCALLOC); tr_emit_dest(t, tr_push(t, vm_types.intptr, SK_I)); tr_emit_word(t, ss);
        break;
    }
    case 0x111: {                                                 /* endfilter */
        StackEntry v = tr_pop(t);
        if (t->failed) break;
        { uint32_t src_ = tr_operand(t, &v); tr_emit_op(t, OP_ENDFILTER); tr_emit_word(t, src_); }
        t->sp = 0;
        *unconditional = true;
        break;
    }
    case 0x112: tr_rd_u8(t, pos); break;                             /* unaligned. */
    case 0x113: t->prefix_volatile = true; break;
    case 0x114: t->prefix_tail = true; break;
    case 0x115: {                                                 /* initobj */
        ty = tr_token_type(t, pos);
        StackEntry a = tr_pop(t);
        if (t->failed || !ty) break;
        uint32_t as = tr_operand(t, &a);
        tr_emit_op(t, OP_INITOBJ); tr_emit_word(t, as); tr_emit_word(t, type_value_size(ty));
        break;
    }
    case 0x116: t->constrained = tr_token_type(t, pos); break;
    case 0x117: case 0x118: {                                     /* cpblk, initblk */
        StackEntry c = tr_pop(t), b = tr_pop(t), a = tr_pop(t);
        if (t->failed) break;
        uint32_t as = tr_operand(t, &a), bs = tr_operand(t, &b), cs = tr_operand(t, &c);
        tr_emit_op(t, op == 0x117 ? OP_CPBLK : OP_INITBLK); tr_emit_word(t, as); tr_emit_word(t, bs); tr_emit_word(t, cs);
        break;
    }
    case 0x119: tr_rd_u8(t, pos); break;                             /* no. */
    case 0x11A: {                                                 /* rethrow */
        int c = tr_innermost_catch_handler(t, t->cur_il);
        if (c < 0) { tr_fail(t, "rethrow outside a catch handler"); break; }
        tr_emit_op(t, OP_RETHROW); tr_emit_word(t, t->local_slots[t->local_count] + (uint32_t)c);
        t->sp = 0;
        *unconditional = true;
        break;
    }
    case 0x11C: ty = tr_token_type(t, pos); if (ty) tr_push_const(t, SK_I4, type_value_size(ty)); break;
    case 0x11D: tr_fail(t, "refanytype is not supported"); break;
    case 0x11E: t->prefix_readonly = true; break;
    default:
        tr_fail(t, "invalid opcode 0x%x", op);
        break;
    }
    return !t->failed;
}

/* ---- delegate Invoke bodies ---- */
/* Invoke(this, args...) of a delegate type: a single-cast delegate calls its
 * target directly (DINV_SINGLE); a multicast one calls Invoke on each
 * element of its invocation list in order and returns the last result. */
/* [JSImport] static extern: one op makes the JS call with the arguments in
 * place and leaves the result at slot 0. */
void tr_translate_js_import(Tr *t) {
    Method *m = t->m;
    t->max_slot = m->arg_slots > m->ret_slots ? m->arg_slots : m->ret_slots;
    if (t->max_slot == 0) t->max_slot = 1;
    tr_emit_op(t, OP_CALL_JSIMPORT); tr_emit_word(t, 0); tr_emit_ptr(t, m);
    if (m->ret_slots > 1) { tr_emit_op(t, OP_RETN); tr_emit_word(t, 0); tr_emit_word(t, m->ret_slots); }
    else if (m->ret_slots == 1) { tr_emit_op(t, OP_RET); tr_emit_word(t, 0); }
    else tr_emit_op(t, OP_RET_VOID);
}

void tr_translate_delegate_invoke(Tr *t) {
    Method *m = t->m;
    uint32_t args = m->arg_slots;
    uint32_t count = args, index = args + 1, call = args + 2;
    uint32_t frame = call + (args > m->ret_slots ? args : m->ret_slots);
    t->max_slot = frame;
    /* count = invocation count; 0 means single-cast */
    tr_emit_op(t, OP_DINV_COUNT); tr_emit_word(t, count); tr_emit_word(t, 0);
    uint32_t multi_branch = t->n + 2;
    tr_emit_op(t, OP_BRTRUE_I4); tr_emit_word(t, count); tr_emit_word(t, 0);
    tr_emit_op(t, OP_DINV_SINGLE); tr_emit_word(t, 0);
    if (m->ret_slots > 1) { tr_emit_op(t, OP_RETN); tr_emit_word(t, 0); tr_emit_word(t, m->ret_slots); }
    else if (m->ret_slots == 1) { tr_emit_op(t, OP_RET); tr_emit_word(t, 0); }
    else tr_emit_op(t, OP_RET_VOID);
    t->out[multi_branch] = t->n;
    tr_emit_op(t, OP_LDC_I4); tr_emit_word(t, index); tr_emit_word(t, 0);
    uint32_t loop = t->n;
    tr_emit_op(t, OP_DINV_PREP); tr_emit_word(t, call); tr_emit_word(t, 0); tr_emit_word(t, index); tr_emit_word(t, args);
    tr_emit_op(t, OP_CALL); tr_emit_word(t, call); tr_emit_ptr(t, m);
    tr_emit_op(t, OP_ADD_I4_IMM); tr_emit_word(t, index); tr_emit_word(t, index); tr_emit_word(t, 1);
    tr_emit_op(t, OP_BLT_I4); tr_emit_word(t, index); tr_emit_word(t, count); tr_emit_word(t, loop);
    if (m->ret_slots > 1) { tr_emit_op(t, OP_RETN); tr_emit_word(t, call); tr_emit_word(t, m->ret_slots); }
    else if (m->ret_slots == 1) { tr_emit_op(t, OP_RET); tr_emit_word(t, call); }
    else tr_emit_op(t, OP_RET_VOID);
}

/* ---- driver ---- */
bool tr_setup_frame(Tr *t) {
    Method *m = t->m;
    bool has_this = !(m->flags & MF_STATIC);
    t->arg_count = m->param_count + (has_this ? 1 : 0);
    t->arg_types = util_calloc(t->arg_count + 1, sizeof(Type *));
    t->arg_slots = util_calloc(t->arg_count + 1, sizeof(uint32_t));
    t->arg_addr_taken = util_calloc(t->arg_count + 1, 1);
    uint32_t slot = 0, i = 0;
    if (has_this) {
        Type *self = m->owner;
        t->arg_types[0] = (self->flags & TF_VALUETYPE) ? type_byref(self) : self;
        t->arg_slots[0] = slot++;
        i = 1;
    }
    for (uint32_t p = 0; p < m->param_count; p++, i++) {
        t->arg_types[i] = m->params[p];
        t->arg_slots[i] = slot;
        slot += type_stack_slots(m->params[p]);
    }
    uint32_t local_start = slot;
    if (t->body.local_var_sig_token) {
        uint32_t tok = t->body.local_var_sig_token;
        const MdImage *img = t->a->image;
        if (MD_TOKEN_TABLE(tok) != MD_STANDALONESIG || MD_TOKEN_ROW(tok) == 0 || MD_TOKEN_ROW(tok) > img->row_count[MD_STANDALONESIG]) {
            tr_fail(t, "bad local variable signature token 0x%08x", tok);
            return false;
        }
        MdTypeSig **sigs;
        char err[256];
        if (!md_parse_locals_sig(img, img->standalonesigs[MD_TOKEN_ROW(tok)].signature, &t->local_count, &sigs, err, sizeof err)) {
            tr_fail(t, "%s", err);
            return false;
        }
        t->local_types = util_calloc(t->local_count + 1, sizeof(Type *));
        for (uint32_t l = 0; l < t->local_count; l++) {
            t->local_types[l] = type_from_sig(t->a, sigs[l], &t->ctx);
            if (!t->local_types[l] || !type_prepare(t->local_types[l], TS_LAYOUT)) {
                /* A local whose type does not load (lazy binding, translate_lazy.c):
                   every instruction that would give it a value names the type and
                   throws when reached, so the slot only needs a placeholder type. */
                if (!tr_lazy_placeholder_ok()) { tr_fail_type(t); return false; }
                t->local_types[l] = sigs[l]->elem == MD_ELEMENT_VALUETYPE || sigs[l]->elem == MD_ELEMENT_GENERICINST
                    ? vm_types.intptr : vm_types.object;
            }
        }
    }
    t->local_slots = util_calloc(t->local_count + 1, sizeof(uint32_t));
    t->local_addr_taken = util_calloc(t->local_count + 1, 1);
    for (uint32_t l = 0; l < t->local_count; l++) {
        t->local_slots[l] = slot;
        slot += type_stack_slots(t->local_types[l]);
    }
    t->local_slots[t->local_count] = slot;    /* hidden slots: one exception per clause, for rethrow */
    slot += t->body.clause_count;
    t->temp_base = slot;
    t->max_slot = slot;
    (void)local_start;
    return true;
}

void tr_record_map(Tr *t, uint32_t il) {
    if (t->map_count && t->map_ops[t->map_count - 1] == t->n) { t->map_il[t->map_count - 1] = il; return; }
    t->map_ops = util_realloc(t->map_ops, (t->map_count + 1) * sizeof(uint32_t));
    t->map_il = util_realloc(t->map_il, (t->map_count + 1) * sizeof(uint32_t));
    t->map_ops[t->map_count] = t->n;
    t->map_il[t->map_count] = il;
    t->map_count++;
}

/* The stack at a label: what a branch recorded, or the handler's exception. */
void tr_enter_label(Tr *t, uint32_t il, bool fallthrough) {
    if (fallthrough) {
        tr_materialize_all(t);
        if (t->depth_known[il] && t->saved_depth[il] != t->sp)
            tr_fail(t, "stack depth mismatch at IL_%04x (%u vs %u)", il, t->saved_depth[il], t->sp);
    }
    for (uint32_t i = 0; i < t->body.clause_count; i++) {
        const MdExceptionClause *c = &t->body.clauses[i];
        bool catch_start = (c->flags == MD_CLAUSE_EXCEPTION || c->flags == MD_CLAUSE_FILTER) && c->handler_offset == il;
        bool filter_start = c->flags == MD_CLAUSE_FILTER && c->filter_offset == il;
        if (catch_start || filter_start) {
            t->sp = 0;
            Type *ct = vm_types.object;
            if (c->flags == MD_CLAUSE_EXCEPTION && catch_start) {
                Type *x = type_from_token(t->a, c->class_token, &t->ctx);
                if (x) ct = x;
            }
            tr_push_entry(t, ct, SK_O);
            return;
        }
        if ((c->flags == MD_CLAUSE_FINALLY || c->flags == MD_CLAUSE_FAULT) && c->handler_offset == il) {
            t->sp = 0;
            return;
        }
    }
    if (!fallthrough) {
        t->sp = 0;
        SavedStack *s = &t->saved[il];
        if (s->entries) {
            if (s->count > t->stack_cap) {
                t->stack_cap = s->count;
                t->stack = util_realloc(t->stack, t->stack_cap * sizeof(StackEntry));
            }
            memcpy(t->stack, s->entries, s->count * sizeof(StackEntry));
            t->sp = s->count;
        }
    }
}

void interp_code_free(Code *c) {
    if (!c) return;
    for (uint32_t i = 0; c->inlines && i < c->inline_count; i++) { free(c->inlines[i].map_ops); free(c->inlines[i].map_il); }
    free(c->inlines);
    for (uint32_t i = 0; i < c->string_count; i++) free(c->strings[i]);
    free(c->strings);
    free(c->ops);
    free(c->clauses);
    free(c->map_ops);
    free(c->map_il);
    free(c);
}

void tr_free_tr(Tr *t) {
    if (t->saved) for (uint32_t i = 0; i < t->il_size; i++) free(t->saved[i].entries);
    free(t->saved);
    free(t->il_to_op);
    free(t->is_target);
    free(t->depth_known);
    free(t->saved_depth);
    free(t->stack);
    free(t->arg_types); free(t->arg_slots); free(t->arg_addr_taken);
    free(t->local_types); free(t->local_slots); free(t->local_addr_taken);
    free(t->fixups);
    for (uint32_t i = 0; t->inlines && i < t->inline_count; i++) { free(t->inlines[i].map_ops); free(t->inlines[i].map_il); }
    free(t->inlines);
    for (uint32_t i = 0; i < t->string_count; i++) free(t->strings[i]);
    free(t->strings);
    free(t->lazy.stack); free(t->lazy.message);
}

Code *interp_translate(Method *m, char *err, size_t errlen) {
    Tr tr;
    Tr *t = &tr;
    memset(t, 0, sizeof *t);
    t->m = m;
    t->a = m->assembly;
    t->err = err;
    t->errlen = errlen;
    err[0] = 0;
    method_context(m, &t->ctx);
    if (!method_prepare_sig(m)) { snprintf(err, errlen, "%s", type_last_error()); return NULL; }
    Code *code = util_calloc(1, sizeof *code);
    if (m->runtime_kind == RK_DELEGATE_INVOKE || m->runtime_kind == RK_JS_IMPORT) {
        if (m->runtime_kind == RK_JS_IMPORT) tr_translate_js_import(t);
        else tr_translate_delegate_invoke(t);
        code->ops = t->out;
        code->op_count = t->n;
        code->frame_slots = t->max_slot;
        code->local_start = m->arg_slots;
        code->local_slots = 0;
        return code;
    }
    char berr[256];
    if (!md_method_body(t->a->image, m->methoddef_row, &t->body, berr, sizeof berr)) {
        snprintf(err, errlen, "%s", berr);
        free(code);
        return NULL;
    }
    t->il = t->body.code;
    t->il_size = t->body.code_size;
    t->il_to_op = util_calloc(t->il_size + 1, sizeof(uint32_t));
    for (uint32_t i = 0; i <= t->il_size; i++) t->il_to_op[i] = UINT32_MAX;
    t->is_target = util_calloc(t->il_size + 1, 1);
    t->saved = util_calloc(t->il_size + 1, sizeof(SavedStack));
    t->depth_known = util_calloc(t->il_size + 1, 1);
    t->saved_depth = util_calloc(t->il_size + 1, sizeof(uint32_t));
    if (!tr_setup_frame(t) || !tr_prescan(t)) goto failed;

    uint32_t pos = 0;
    bool reachable = true;
    while (pos < t->il_size && !t->failed) {
        t->cur_il = pos;
        if (t->is_target[pos]) {
            tr_enter_label(t, pos, reachable);
            reachable = true;
            t->last_dest_valid = false;
        }
        t->il_to_op[pos] = t->n;
        if (!reachable) {
            uint32_t opc, len = tr_instr_length(t->il, t->il_size, pos, &opc);
            pos += len ? len : 1;
            continue;
        }
        bool is_prefix = false;
        uint32_t opc;
        tr_instr_length(t->il, t->il_size, pos, &opc);
        is_prefix = opc == 0x116 || opc == 0x113 || opc == 0x114 || opc == 0x112 || opc == 0x11E || opc == 0x119;
        if (!is_prefix) tr_record_map(t, pos);
        bool unconditional = false;
        tr_lazy_begin(t, pos);
        bool ok = tr_translate_instruction(t, &pos, &unconditional);
        if (!tr_lazy_finish(t) || !ok) break;
        if (!is_prefix) t->prefix_readonly = false;
        if (unconditional) reachable = false;
    }
    if (!t->failed && reachable) tr_fail(t, "control falls off the end of the method");
    if (t->failed) goto failed;
    t->il_to_op[t->il_size] = t->n;
    for (uint32_t i = 0; i < t->fixup_count; i++) {
        uint32_t target = t->il_to_op[t->fixups[i].il_target];
        if (target == UINT32_MAX) {
            t->cur_il = t->fixups[i].il_target;
            tr_fail(t, "branch into the middle of an instruction");
            goto failed;
        }
        t->out[t->fixups[i].at] = target;
    }
    /* exception clauses in internal offsets */
    code->clause_count = t->body.clause_count;
    code->clauses = util_calloc(code->clause_count + 1, sizeof(EhClause));
    for (uint32_t i = 0; i < code->clause_count; i++) {
        const MdExceptionClause *c = &t->body.clauses[i];
        EhClause *e = &code->clauses[i];
        e->kind = c->flags;
        e->try_start = t->il_to_op[c->try_offset];
        e->try_end = t->il_to_op[c->try_offset + c->try_length];
        e->handler_start = t->il_to_op[c->handler_offset];
        e->handler_end = t->il_to_op[c->handler_offset + c->handler_length];
        e->filter_start = c->flags == MD_CLAUSE_FILTER ? t->il_to_op[c->filter_offset] : 0;
        e->exc_slot = t->local_slots[t->local_count] + i;
        if (e->try_start == UINT32_MAX || e->try_end == UINT32_MAX || e->handler_start == UINT32_MAX ||
            e->handler_end == UINT32_MAX || e->filter_start == UINT32_MAX) {
            tr_fail(t, "exception clause %u does not start at an instruction", i);
            goto failed;
        }
        if (c->flags == MD_CLAUSE_EXCEPTION) {
            e->catch_type = type_from_token(t->a, c->class_token, &t->ctx);
            if (!e->catch_type || !type_prepare(e->catch_type, TS_READY)) { tr_fail_type(t); goto failed; }
        }
    }
    code->ops = t->out;
    code->op_count = t->n;
    code->frame_slots = t->max_slot + 1;
    code->local_start = t->arg_count ? t->local_slots[0] : 0;
    code->local_start = (m->flags & MF_STATIC ? 0 : 1);
    for (uint32_t p = 0; p < m->param_count; p++) code->local_start += type_stack_slots(m->params[p]);
    code->local_slots = t->temp_base - code->local_start;
    code->temp_base = t->temp_base;
    code->inline_count = t->inline_count;
    code->strings = t->strings;
    code->string_count = t->string_count;
    t->strings = NULL;
    t->string_count = 0;
    code->inlines = t->inlines;
    t->inlines = NULL;
    code->map_count = t->map_count;
    code->map_ops = t->map_ops;
    code->map_il = t->map_il;
    tr_free_tr(t);
    return code;
failed:
    free(t->out);
    free(t->map_ops);
    free(t->map_il);
    free(code);
    tr_free_tr(t);
    return NULL;
}

