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
#include "types/corlib_binder.h"
#include "interp/tier.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- prescan: branch targets and address-taken variables ---- */
static bool mark_target(Tr *t, uint32_t pos, uint32_t target) {
    if (target < t->il_size) { t->is_target[target] = 1; return true; }
    t->cur_il = pos;
    tr_fail(t, "branch target outside the method");
    return false;
}

bool tr_prescan(Tr *t) {
    CilInstr in;
    for (uint32_t pos = 0; pos < t->il_size; pos += in.length) {
        if (!cil_decode(t->il, t->il_size, pos, &in)) { t->cur_il = pos; tr_fail(t, "invalid opcode 0x%02x", t->il[pos]); return false; }
        switch ((CilOperand)in.info->operand) {
        case CIL_OPND_BR8: case CIL_OPND_BR32:
            if (!mark_target(t, pos, in.target)) return false;
            break;
        case CIL_OPND_SWITCH:
            for (uint32_t i = 0; i < (uint32_t)in.imm; i++)
                if (!mark_target(t, pos, cil_switch_target(&in, pos, i))) return false;
            if (pos + in.length < t->il_size) t->is_target[pos + in.length] = 1;
            break;
        case CIL_OPND_METHOD:
            if (in.op == CIL_LDFTN || in.op == CIL_LDVIRTFTN) t->has_ldftn = true;
            break;
        case CIL_OPND_VAR8: case CIL_OPND_VAR16:
            if ((in.op == CIL_LDARGA_S || in.op == CIL_LDARGA) && in.imm < t->arg_count) t->arg_addr_taken[in.imm] = 1;
            if ((in.op == CIL_LDLOCA_S || in.op == CIL_LDLOCA) && in.imm < t->local_count) t->local_addr_taken[in.imm] = 1;
            break;
        default: break;
        }
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
    return tr_check_regions(t);
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


/* ---- one instruction ---- */
/* Whether the instruction at next is a brtrue/brfalse that no branch targets. */
static bool box_feeds_null_test(Tr *t, uint32_t next) {
    CilInstr in;
    if (next >= t->il_size || t->is_target[next] || !cil_decode(t->il, t->il_size, next, &in)) return false;
    return in.op == CIL_BRTRUE_S || in.op == CIL_BRTRUE || in.op == CIL_BRFALSE_S || in.op == CIL_BRFALSE;
}

bool tr_translate_instruction(Tr *t, uint32_t *pos, bool *unconditional) {
    CilInstr in;
    *unconditional = false;
    if (!cil_decode(t->il, t->il_size, *pos, &in)) { tr_fail(t, "invalid or truncated instruction 0x%02x", t->il[*pos]); return false; }
    *pos += in.length;
    uint32_t op = in.op, tok = (uint32_t)in.imm;
    if (!tr_check_pops(t, in.info)) return false;
    uint32_t u, n;
    Type *ty;
    Method *m;
    Field *f;
    switch (op) {
    case CIL_NOP: case CIL_BREAK: break;                                  /* nop, break */
    case CIL_LDARG_0: case CIL_LDARG_1: case CIL_LDARG_2: case CIL_LDARG_3:                   /* ldarg.0-3 */
        u = op - CIL_LDARG_0;
        goto ldarg;
    case CIL_LDLOC_0: case CIL_LDLOC_1: case CIL_LDLOC_2: case CIL_LDLOC_3:                   /* ldloc.0-3 */
        u = op - CIL_LDLOC_0;
        if (u >= t->local_count) { tr_fail(t, "ldloc %u out of range", u); break; }
        tr_load_var(t, t->local_types[u], t->local_slots[u], t->local_addr_taken[u]);
        if (t->local_placeholder && t->local_placeholder[u]) t->stack[t->sp - 1].vflags |= V_UNKNOWN;
        if (t->local_ftn && t->local_ftn[u]) t->stack[t->sp - 1].vflags |= V_FTN;
        break;
    case CIL_STLOC_0: case CIL_STLOC_1: case CIL_STLOC_2: case CIL_STLOC_3:                   /* stloc.0-3 */
        u = op - CIL_STLOC_0;
        goto stloc;
    case CIL_LDARG_S: case CIL_LDARG: u = tok; goto ldarg;
    case CIL_LDARGA_S: case CIL_LDARGA: u = tok; goto ldarga;
    case CIL_STARG_S: case CIL_STARG: u = tok; goto starg;
    case CIL_LDLOC_S: case CIL_LDLOC: u = tok; goto ldloc;
    case CIL_LDLOCA_S: case CIL_LDLOCA: u = tok; goto ldloca;
    case CIL_STLOC_S: case CIL_STLOC: u = tok; goto stloc;
    ldarg:
        if (u >= t->arg_count) { tr_fail(t, "ldarg %u out of range", u); break; }
        if (t->arg_consts && u < 16 && t->arg_consts[u].loc == LOC_CONST && !t->arg_addr_taken[u]) {
            tr_push_const(t, (StackKind)t->arg_consts[u].kind, t->arg_consts[u].cval);
            break;
        }
        tr_load_var(t, t->arg_types[u], t->arg_slots[u], t->arg_addr_taken[u]);
        break;
    ldarga:
        if (u >= t->arg_count) { tr_fail(t, "ldarga %u out of range", u); break; }
        tr_emit_op(t, OP_LDLOCA); tr_emit_dest(t, tr_push(t, type_byref(t->arg_types[u]), SK_I)); tr_emit_word(t, t->arg_slots[u]);
        break;
    starg:
        if (u >= t->arg_count) { tr_fail(t, "starg %u out of range", u); break; }
        if (!tr_check_store(t, &t->stack[t->sp - 1], t->arg_types[u], "starg")) break;
        tr_store_var(t, t->arg_types[u], t->arg_slots[u]);
        break;
    ldloc:
        if (u >= t->local_count) { tr_fail(t, "ldloc %u out of range", u); break; }
        tr_load_var(t, t->local_types[u], t->local_slots[u], t->local_addr_taken[u]);
        if (t->local_placeholder && t->local_placeholder[u]) t->stack[t->sp - 1].vflags |= V_UNKNOWN;
        if (t->local_ftn && t->local_ftn[u]) t->stack[t->sp - 1].vflags |= V_FTN;
        break;
    ldloca:
        if (u >= t->local_count) { tr_fail(t, "ldloca %u out of range", u); break; }
        tr_emit_op(t, OP_LDLOCA); tr_emit_dest(t, tr_push(t, type_byref(t->local_types[u]), SK_I)); tr_emit_word(t, t->local_slots[u]);
        if (t->local_placeholder && t->local_placeholder[u]) t->stack[t->sp - 1].vflags |= V_UNKNOWN;
        break;
    stloc:
        if (u >= t->local_count) { tr_fail(t, "stloc %u out of range", u); break; }
        if (!(t->local_placeholder && t->local_placeholder[u]) && !tr_check_store(t, &t->stack[t->sp - 1], t->local_types[u], "stloc"))
            break;
        tr_store_var(t, t->local_types[u], t->local_slots[u]);
        break;
    case CIL_LDNULL: { StackEntry *e = tr_push_entry(t, vm_types.object, SK_O); e->loc = LOC_CONST; e->cval = 0; e->vflags = V_NULL; break; }
    case CIL_LDC_I4_M1: case CIL_LDC_I4_0: case CIL_LDC_I4_1: case CIL_LDC_I4_2: case CIL_LDC_I4_3: case CIL_LDC_I4_4: case CIL_LDC_I4_5: case CIL_LDC_I4_6: case CIL_LDC_I4_7: case CIL_LDC_I4_8:
        tr_push_const(t, SK_I4, (int32_t)op - CIL_LDC_I4_0);
        break;
    case CIL_LDC_I4_S: tr_push_const(t, SK_I4, (int32_t)in.imm); break;
    case CIL_LDC_I4: tr_push_const(t, SK_I4, (int32_t)in.imm); break;
    case CIL_LDC_I8: tr_push_const(t, SK_I8, in.imm); break;
    case CIL_LDC_R4: tr_push_const(t, SK_R4, (uint32_t)in.imm); break;
    case CIL_LDC_R8: tr_push_const(t, SK_R8, in.imm); break;
    case CIL_DUP: {                                                  /* dup */
        StackEntry *top = tr_peek(t, 0);
        if (!top) break;
        StackEntry copy = *top;
        StackEntry *e = tr_push_entry(t, copy.type, (StackKind)copy.kind);
        e->vflags = copy.vflags;
        if (copy.loc != LOC_CANON) { e->loc = copy.loc; e->slot = copy.slot; e->cval = copy.cval; }
        else if (e->nslots == 1) { tr_emit_op(t, OP_MOV); tr_emit_word(t, e->canon); tr_emit_word(t, copy.slot); }
        else { tr_emit_op(t, OP_MOVN); tr_emit_word(t, e->canon); tr_emit_word(t, copy.slot); tr_emit_word(t, e->nslots); }
        break;
    }
    case CIL_POP: tr_pop(t); break;
    case CIL_JMP:                                                    /* jmp */
        m = tr_resolve_method(t, tok);
        if (!m) break;
        if (t->sp != 0 || m->param_count != t->m->param_count || (m->flags & MF_STATIC) != (t->m->flags & MF_STATIC)) {
            tr_fail(t, "jmp needs an empty stack and a method with the same signature");
            break;
        }
        tr_emit_op(t, OP_JMP); tr_emit_ptr(t, m);
        *unconditional = true;
        break;
    case CIL_CALL: case CIL_CALLVIRT:                                         /* call, callvirt */
        m = tr_resolve_method(t, tok);
        if (m) tr_emit_call(t, m, op == CIL_CALLVIRT);
        break;
    case CIL_CALLI: tr_emit_calli(t, tok); break;      /* calli */
    case CIL_RET: {                                                  /* ret */
        Type *rt = t->m->ret;
        if (t->inline_depth) {
            /* an inlined body: leave the result where the call's result goes */
            if (rt->elem != MD_ELEMENT_VOID) {
                StackEntry v = tr_pop(t);
                if (t->failed || !tr_check_store(t, &v, rt, "ret")) break;
                tr_coerce_to(t, &v, rt);
                if (v.loc == LOC_CANON && v.nslots == 1 && t->last_dest_valid && t->out[t->last_dest_pos] == v.slot) {
                    /* the op that computed the value writes the call's result slot directly */
                    t->out[t->last_dest_pos] = t->inline_ret_slot;   /* (still the last dest: the caller may forward it) */
                } else {
                    v.canon = t->inline_ret_slot;
                    if (v.loc == LOC_CANON && v.slot != v.canon) v.loc = LOC_ALIAS;
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
            if (t->failed || !tr_check_store(t, &v, rt, "ret")) break;
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
    case CIL_BR_S: case CIL_BR: {                                       /* br */
        tr_materialize_all(t);
        tr_emit_op(t, OP_BR);
        tr_branch_to(t, in.target);
        *unconditional = true;
        break;
    }
    case CIL_BRFALSE_S: case CIL_BRFALSE: case CIL_BRTRUE_S: case CIL_BRTRUE: {                 /* brfalse, brtrue */
        tr_branch_bool(t, op == CIL_BRTRUE_S || op == CIL_BRTRUE, in.target);
        break;
    }
    case CIL_BEQ_S: case CIL_BGE_S: case CIL_BGT_S: case CIL_BLE_S: case CIL_BLT_S: case CIL_BNE_UN_S: case CIL_BGE_UN_S: case CIL_BGT_UN_S: case CIL_BLE_UN_S: case CIL_BLT_UN_S: {
        static const int map[10] = {CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_NE_UN, CMP_GE_UN, CMP_GT_UN, CMP_LE_UN, CMP_LT_UN};
        tr_branch_cmp(t, map[op - CIL_BEQ_S], in.target);
        break;
    }
    case CIL_BEQ: case CIL_BGE: case CIL_BGT: case CIL_BLE: case CIL_BLT: case CIL_BNE_UN: case CIL_BGE_UN: case CIL_BGT_UN: case CIL_BLE_UN: case CIL_BLT_UN: {
        static const int map[10] = {CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_NE_UN, CMP_GE_UN, CMP_GT_UN, CMP_LE_UN, CMP_LT_UN};
        tr_branch_cmp(t, map[op - CIL_BEQ], in.target);
        break;
    }
    case CIL_SWITCH: {                                                  /* switch */
        n = tok;
        StackEntry v = tr_pop(t);
        if (t->failed) break;
        tr_materialize_all(t);
        uint32_t vs = tr_operand(t, &v);
        tr_emit_op(t, OP_SWITCH); tr_emit_word(t, vs); tr_emit_word(t, n);
        for (uint32_t i = 0; i < n; i++) tr_branch_to(t, cil_switch_target(&in, t->cur_il, i));
        break;
    }
    case CIL_LDIND_I1: tr_emit_ldind(t, vm_types.sbyte); break;
    case CIL_LDIND_U1: tr_emit_ldind(t, vm_types.byte); break;
    case CIL_LDIND_I2: tr_emit_ldind(t, vm_types.int16); break;
    case CIL_LDIND_U2: tr_emit_ldind(t, vm_types.uint16); break;
    case CIL_LDIND_I4: tr_emit_ldind(t, vm_types.int32); break;
    case CIL_LDIND_U4: tr_emit_ldind(t, vm_types.uint32); break;
    case CIL_LDIND_I8: tr_emit_ldind(t, vm_types.int64); break;
    case CIL_LDIND_I: tr_emit_ldind(t, vm_types.intptr); break;
    case CIL_LDIND_R4: tr_emit_ldind(t, vm_types.single); break;
    case CIL_LDIND_R8: tr_emit_ldind(t, vm_types.double_); break;
    case CIL_LDIND_REF: tr_emit_ldind(t, vm_types.object); break;
    case CIL_STIND_REF: tr_emit_stind(t, vm_types.object); break;
    case CIL_STIND_I1: tr_emit_stind(t, vm_types.sbyte); break;
    case CIL_STIND_I2: tr_emit_stind(t, vm_types.int16); break;
    case CIL_STIND_I4: tr_emit_stind(t, vm_types.int32); break;
    case CIL_STIND_I8: tr_emit_stind(t, vm_types.int64); break;
    case CIL_STIND_R4: tr_emit_stind(t, vm_types.single); break;
    case CIL_STIND_R8: tr_emit_stind(t, vm_types.double_); break;
    case CIL_ADD: tr_binop(t, BIN_ADD); break;
    case CIL_SUB: tr_binop(t, BIN_SUB); break;
    case CIL_MUL: tr_binop(t, BIN_MUL); break;
    case CIL_DIV: tr_binop(t, BIN_DIV); break;
    case CIL_DIV_UN: tr_binop(t, BIN_DIV_UN); break;
    case CIL_REM: tr_binop(t, BIN_REM); break;
    case CIL_REM_UN: tr_binop(t, BIN_REM_UN); break;
    case CIL_AND: tr_binop(t, BIN_AND); break;
    case CIL_OR: tr_binop(t, BIN_OR); break;
    case CIL_XOR: tr_binop(t, BIN_XOR); break;
    case CIL_SHL: tr_binop(t, BIN_SHL); break;
    case CIL_SHR: tr_binop(t, BIN_SHR); break;
    case CIL_SHR_UN: tr_binop(t, BIN_SHR_UN); break;
    case CIL_NEG: tr_unop(t, true); break;
    case CIL_NOT: tr_unop(t, false); break;
    case CIL_CONV_I1: tr_conv(t, CV_I1, false, false); break;
    case CIL_CONV_I2: tr_conv(t, CV_I2, false, false); break;
    case CIL_CONV_I4: tr_conv(t, CV_I4, false, false); break;
    case CIL_CONV_I8: tr_conv(t, CV_I8, false, false); break;
    case CIL_CONV_R4: tr_conv(t, CV_R4, false, false); break;
    case CIL_CONV_R8: tr_conv(t, CV_R8, false, false); break;
    case CIL_CONV_U4: tr_conv(t, CV_U4, false, false); break;
    case CIL_CONV_U8: tr_conv(t, CV_U8, false, false); break;
    case CIL_CPOBJ: {                                                  /* cpobj */
        ty = tr_resolve_type(t, tok);
        StackEntry src = tr_pop(t), dst = tr_pop(t);
        if (t->failed || !ty || !tr_check_address(t, &dst, ty, "cpobj") || !tr_check_address(t, &src, ty, "cpobj")) break;
        uint32_t ds = tr_operand(t, &dst), ss = tr_operand(t, &src);
        tr_emit_op(t, OP_CPOBJ); tr_emit_word(t, ds); tr_emit_word(t, ss); tr_emit_word(t, type_value_size(ty));
        break;
    }
    case CIL_LDOBJ: ty = tr_resolve_type(t, tok); if (ty) tr_emit_ldind(t, ty); break;   /* ldobj */
    case CIL_LDSTR: {                                                  /* ldstr */
                String *s = interp_user_string(t->a, tok);
        if (!s) { tr_fail(t, "bad string token 0x%08x", tok); break; }
        tr_emit_op(t, OP_LDSTR); tr_emit_dest(t, tr_push(t, vm_types.string, SK_O)); tr_emit_ptr(t, s);
        break;
    }
    case CIL_NEWOBJ: m = tr_resolve_method(t, tok); if (m) tr_emit_newobj(t, m); break;
    case CIL_CASTCLASS: case CIL_ISINST: {                                       /* castclass, isinst */
        ty = tr_resolve_type(t, tok);
        StackEntry o = tr_pop(t);
        if (t->failed || !ty) break;
        uint32_t os = tr_operand(t, &o);
        uint32_t d = tr_push(t, op == CIL_CASTCLASS ? ty : (type_is_reference(ty) ? ty : vm_types.object), SK_O);
        tr_emit_op(t, op == CIL_CASTCLASS ? OP_CASTCLASS : OP_ISINST); tr_emit_dest(t, d); tr_emit_word(t, os); tr_emit_ptr(t, ty);
        break;
    }
    case CIL_CONV_R_UN: tr_conv(t, CV_R_UN, false, false); break;
    case CIL_UNBOX: {                                                  /* unbox */
        ty = tr_resolve_type(t, tok);
        StackEntry o = tr_pop(t);
        if (t->failed || !ty) break;
        uint32_t os = tr_operand(t, &o);
        uint32_t d = tr_push(t, type_byref(ty), SK_I);
        tr_emit_op(t, (ty->flags & TF_NULLABLE) ? OP_UNBOX_NULLABLE : OP_UNBOX); tr_emit_dest(t, d); tr_emit_word(t, os); tr_emit_ptr(t, ty);
        if (ty->flags & TF_NULLABLE) tr_emit_word(t, type_value_size(ty));
        break;
    }
    case CIL_THROW: {                                                  /* throw */
        StackEntry e = tr_pop(t);
        if (t->failed) break;
        { uint32_t src_ = tr_operand(t, &e); tr_emit_op(t, OP_THROW); tr_emit_word(t, src_); }
        t->sp = 0;
        *unconditional = true;
        break;
    }
    case CIL_LDFLD: case CIL_LDFLDA: f = tr_resolve_field(t, tok); if (f) tr_emit_ldfld(t, f, op == CIL_LDFLDA); break;
    case CIL_STFLD: f = tr_resolve_field(t, tok); if (f) tr_emit_stfld(t, f, false); break;
    case CIL_LDSFLD: case CIL_LDSFLDA:
        f = tr_resolve_field(t, tok);
        if (f) { tr_push_const(t, SK_O, 0); tr_emit_ldfld(t, f, op == CIL_LDSFLDA); }
        break;
    case CIL_STSFLD: f = tr_resolve_field(t, tok); if (f) tr_emit_stfld(t, f, true); break;
    case CIL_STOBJ: ty = tr_resolve_type(t, tok); if (ty) tr_emit_stind(t, ty); break;   /* stobj */
    case CIL_CONV_OVF_I1_UN: tr_conv(t, CV_I1, true, true); break;
    case CIL_CONV_OVF_I2_UN: tr_conv(t, CV_I2, true, true); break;
    case CIL_CONV_OVF_I4_UN: tr_conv(t, CV_I4, true, true); break;
    case CIL_CONV_OVF_I8_UN: tr_conv(t, CV_I8, true, true); break;
    case CIL_CONV_OVF_U1_UN: tr_conv(t, CV_U1, true, true); break;
    case CIL_CONV_OVF_U2_UN: tr_conv(t, CV_U2, true, true); break;
    case CIL_CONV_OVF_U4_UN: tr_conv(t, CV_U4, true, true); break;
    case CIL_CONV_OVF_U8_UN: tr_conv(t, CV_U8, true, true); break;
    case CIL_CONV_OVF_I_UN: tr_conv(t, CV_I, true, true); break;
    case CIL_CONV_OVF_U_UN: tr_conv(t, CV_U, true, true); break;
    case CIL_BOX: {                                                  /* box */
        ty = tr_resolve_type(t, tok);
        if (!ty) break;
        if (t->sp && !tr_check_store(t, &t->stack[t->sp - 1], ty, "box")) break;
        if (type_is_reference(ty)) break;
        StackEntry v = tr_pop(t);
        if (t->failed) break;
        if (!(ty->flags & TF_NULLABLE) && box_feeds_null_test(t, *pos)) {
            /* `box T; brtrue/brfalse` (a generic `x == null` with T a value type): the box
               is never null, so no object is made; the branch sees a non-null constant */
            StackEntry *e = tr_push_entry(t, ty, SK_O);
            e->loc = LOC_CONST;
            e->cval = 1;
            break;
        }
        tr_coerce_to(t, &v, ty);
        uint32_t vs = tr_operand(t, &v);
        /* the boxed value's class: T itself (Nullable<T> boxes to T) */
        uint32_t d = tr_push(t, (ty->flags & TF_NULLABLE) && ty->boxed_nullable_arg ? ty->boxed_nullable_arg : ty, SK_O);
        tr_emit_op(t, (ty->flags & TF_NULLABLE) ? OP_BOX_NULLABLE : OP_BOX); tr_emit_dest(t, d); tr_emit_word(t, vs); tr_emit_ptr(t, ty);
        break;
    }
    case CIL_NEWARR: {                                                  /* newarr */
        ty = tr_resolve_type(t, tok);
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
    case CIL_LDLEN: {                                                  /* ldlen */
        StackEntry a = tr_pop(t);
        if (t->failed) break;
        tr_check_array(t, &a, NULL, "ldlen");
        if (t->failed) break;
        uint32_t as = tr_operand(t, &a);
        tr_emit_op(t, OP_LDLEN); tr_emit_dest(t, tr_push(t, vm_types.intptr, SK_I)); tr_emit_word(t, as);
        break;
    }
    case CIL_LDELEMA: {                                                  /* ldelema */
        ty = tr_resolve_type(t, tok);
        StackEntry idx = tr_pop(t), arr = tr_pop(t);
        if (t->failed || !ty) break;
        tr_check_array(t, &arr, ty, "ldelema");
        if (t->failed) break;
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
    case CIL_LDELEM_I1: tr_emit_ldelem(t, vm_types.sbyte); break;
    case CIL_LDELEM_U1: tr_emit_ldelem(t, vm_types.byte); break;
    case CIL_LDELEM_I2: tr_emit_ldelem(t, vm_types.int16); break;
    case CIL_LDELEM_U2: tr_emit_ldelem(t, vm_types.uint16); break;
    case CIL_LDELEM_I4: tr_emit_ldelem(t, vm_types.int32); break;
    case CIL_LDELEM_U4: tr_emit_ldelem(t, vm_types.uint32); break;
    case CIL_LDELEM_I8: tr_emit_ldelem(t, vm_types.int64); break;
    case CIL_LDELEM_I: tr_emit_ldelem(t, vm_types.intptr); break;
    case CIL_LDELEM_R4: tr_emit_ldelem(t, vm_types.single); break;
    case CIL_LDELEM_R8: tr_emit_ldelem(t, vm_types.double_); break;
    case CIL_LDELEM_REF: tr_emit_ldelem(t, vm_types.object); break;
    case CIL_STELEM_I: tr_emit_stelem(t, vm_types.intptr); break;
    case CIL_STELEM_I1: tr_emit_stelem(t, vm_types.sbyte); break;
    case CIL_STELEM_I2: tr_emit_stelem(t, vm_types.int16); break;
    case CIL_STELEM_I4: tr_emit_stelem(t, vm_types.int32); break;
    case CIL_STELEM_I8: tr_emit_stelem(t, vm_types.int64); break;
    case CIL_STELEM_R4: tr_emit_stelem(t, vm_types.single); break;
    case CIL_STELEM_R8: tr_emit_stelem(t, vm_types.double_); break;
    case CIL_STELEM_REF: tr_emit_stelem(t, vm_types.object); break;
    case CIL_LDELEM: ty = tr_resolve_type(t, tok); if (ty) tr_emit_ldelem(t, ty); break;
    case CIL_STELEM: ty = tr_resolve_type(t, tok); if (ty) tr_emit_stelem(t, ty); break;
    case CIL_UNBOX_ANY: {                                                  /* unbox.any */
        ty = tr_resolve_type(t, tok);
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
    case CIL_CONV_OVF_I1: tr_conv(t, CV_I1, true, false); break;
    case CIL_CONV_OVF_U1: tr_conv(t, CV_U1, true, false); break;
    case CIL_CONV_OVF_I2: tr_conv(t, CV_I2, true, false); break;
    case CIL_CONV_OVF_U2: tr_conv(t, CV_U2, true, false); break;
    case CIL_CONV_OVF_I4: tr_conv(t, CV_I4, true, false); break;
    case CIL_CONV_OVF_U4: tr_conv(t, CV_U4, true, false); break;
    case CIL_CONV_OVF_I8: tr_conv(t, CV_I8, true, false); break;
    case CIL_CONV_OVF_U8: tr_conv(t, CV_U8, true, false); break;
    case CIL_MKREFANY: {                                                  /* mkrefany */
        ty = tr_resolve_type(t, tok);
        StackEntry a = tr_pop(t);
        if (t->failed || !ty) break;
        uint32_t as = tr_operand(t, &a);
        StackEntry *e = tr_push_typed(t, CORLIB_T(typed_reference));
        tr_emit_op(t, OP_MKREFANY); tr_emit_dest(t, e->canon); tr_emit_word(t, as); tr_emit_ptr(t, ty);
        break;
    }
    case CIL_REFANYVAL: {                                                  /* refanyval */
        ty = tr_resolve_type(t, tok);
        StackEntry r = tr_pop(t);
        if (t->failed || !ty) break;
        if (!tr_is_typed_reference(t, &r, "refanyval")) break;
        uint32_t rs = tr_operand(t, &r);
        tr_emit_op(t, OP_REFANYVAL); tr_emit_dest(t, tr_push(t, type_byref(ty), SK_I)); tr_emit_word(t, rs); tr_emit_ptr(t, ty);
        break;
    }
    case CIL_CKFINITE: {                                                  /* ckfinite */
        StackEntry a = tr_pop(t);
        if (t->failed) break;
        uint32_t as = tr_operand(t, &a);
        uint32_t d = tr_push(t, a.type, (StackKind)a.kind);
        tr_emit_op(t, a.kind == SK_R4 ? OP_CKFINITE_R4 : OP_CKFINITE_R8); tr_emit_dest(t, d); tr_emit_word(t, as);
        break;
    }
    case CIL_LDTOKEN: {                                                  /* ldtoken */
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
            ht = CORLIB_T(runtime_method_handle);
        }
        if (!handle || !ht) { if (!t->failed) tr_fail_type(t); break; }
        tr_emit_op(t, OP_LDTOKEN); tr_emit_dest(t, tr_push(t, ht, SK_VT)); tr_emit_ptr(t, handle);
        break;
    }
    case CIL_CONV_U2: tr_conv(t, CV_U2, false, false); break;
    case CIL_CONV_U1: tr_conv(t, CV_U1, false, false); break;
    case CIL_CONV_I: tr_conv(t, CV_I, false, false); break;
    case CIL_CONV_OVF_I: tr_conv(t, CV_I, true, false); break;
    case CIL_CONV_OVF_U: tr_conv(t, CV_U, true, false); break;
    case CIL_ADD_OVF: tr_binop(t, BIN_ADD_OVF); break;
    case CIL_ADD_OVF_UN: tr_binop(t, BIN_ADD_OVF_UN); break;
    case CIL_MUL_OVF: tr_binop(t, BIN_MUL_OVF); break;
    case CIL_MUL_OVF_UN: tr_binop(t, BIN_MUL_OVF_UN); break;
    case CIL_SUB_OVF: tr_binop(t, BIN_SUB_OVF); break;
    case CIL_SUB_OVF_UN: tr_binop(t, BIN_SUB_OVF_UN); break;
    case CIL_ENDFINALLY:                                                  /* endfinally */
        if (!tr_check_block_end(t, false)) break;
        tr_emit_op(t, OP_ENDFINALLY); t->sp = 0; *unconditional = true;
        break;
    case CIL_LEAVE: case CIL_LEAVE_S: {                                       /* leave */
        t->sp = 0;
        tr_emit_op(t, OP_LEAVE);
        tr_emit_word(t, t->cur_il);
        tr_emit_target(t, in.target);
        *unconditional = true;
        break;
    }
    case CIL_STIND_I: tr_emit_stind(t, vm_types.intptr); break;
    case CIL_CONV_U: tr_conv(t, CV_U, false, false); break;
    case CIL_ARGLIST: tr_fail(t, "arglist is not supported"); break;
    case CIL_CEQ: tr_compare(t, 0); break;
    case CIL_CGT: tr_compare(t, 1); break;
    case CIL_CGT_UN: tr_compare(t, 2); break;
    case CIL_CLT: tr_compare(t, 3); break;
    case CIL_CLT_UN: tr_compare(t, 4); break;
    case CIL_LDFTN: case CIL_LDVIRTFTN: {                                     /* ldftn, ldvirtftn */
        m = tr_resolve_method(t, tok);
        if (!m) break;
        if (t->constrained && op == CIL_LDFTN) {   /* constrained. T ldftn I::M (static virtual member) */
            Type *c = t->constrained;
            t->constrained = NULL;
            if (!(m = tr_static_virtual_target(t, c, m))) break;
        }
        if (op == CIL_LDFTN) {
            tr_emit_op(t, OP_LDFTN); tr_emit_dest(t, tr_push(t, vm_types.intptr, SK_I)); tr_emit_ptr(t, m);
            t->stack[t->sp - 1].vflags = V_FTN;
        } else {
            StackEntry o = tr_pop(t);
            if (t->failed || !tr_check_receiver(t, &o, m->owner, RECV_LOAD, "ldvirtftn")) break;
            uint32_t os = tr_operand(t, &o);
            tr_emit_op(t, OP_LDVIRTFTN); tr_emit_dest(t, tr_push(t, vm_types.intptr, SK_I)); tr_emit_word(t, os); tr_emit_ptr(t, m);
            t->stack[t->sp - 1].vflags = V_FTN;
        }
        break;
    }
    case CIL_LOCALLOC: {                                                 /* localloc */
        StackEntry s = tr_pop(t);
        if (t->failed) break;
        uint32_t ss = tr_operand(t, &s);
        tr_emit_op(t, OP_LOCALLOC); tr_emit_dest(t, tr_push(t, vm_types.intptr, SK_I)); tr_emit_word(t, ss);
        break;
    }
    case CIL_ENDFILTER: {                                                 /* endfilter */
        StackEntry v = tr_pop(t);
        if (t->failed || !tr_check_block_end(t, true)) break;
        { uint32_t src_ = tr_operand(t, &v); tr_emit_op(t, OP_ENDFILTER); tr_emit_word(t, src_); }
        t->sp = 0;
        *unconditional = true;
        break;
    }
    case CIL_UNALIGNED: break;                             /* unaligned. */
    case CIL_VOLATILE: t->prefix_volatile = true; break;
    case CIL_TAIL: t->prefix_tail = true; break;
    case CIL_INITOBJ: {                                                 /* initobj */
        ty = tr_resolve_type(t, tok);
        StackEntry a = tr_pop(t);
        if (t->failed || !ty || !tr_check_address(t, &a, ty, "initobj")) break;
        uint32_t as = tr_operand(t, &a);
        tr_emit_op(t, OP_INITOBJ); tr_emit_word(t, as); tr_emit_word(t, type_value_size(ty));
        break;
    }
    case CIL_CONSTRAINED: t->constrained = tr_resolve_type(t, tok); break;
    case CIL_CPBLK: case CIL_INITBLK: {                                     /* cpblk, initblk */
        StackEntry c = tr_pop(t), b = tr_pop(t), a = tr_pop(t);
        if (t->failed) break;
        uint32_t as = tr_operand(t, &a), bs = tr_operand(t, &b), cs = tr_operand(t, &c);
        tr_emit_op(t, op == CIL_CPBLK ? OP_CPBLK : OP_INITBLK); tr_emit_word(t, as); tr_emit_word(t, bs); tr_emit_word(t, cs);
        break;
    }
    case CIL_NO: break;                             /* no. */
    case CIL_RETHROW: {                                                 /* rethrow */
        int c = tr_innermost_catch_handler(t, t->cur_il);
        if (c < 0) { tr_fail(t, "rethrow outside a catch handler"); break; }
        tr_emit_op(t, OP_RETHROW); tr_emit_word(t, t->local_slots[t->local_count] + (uint32_t)c);
        t->sp = 0;
        *unconditional = true;
        break;
    }
    case CIL_SIZEOF: ty = tr_resolve_type(t, tok); if (ty) tr_push_const(t, SK_I4, type_value_size(ty)); break;
    case CIL_REFANYTYPE: {                                                  /* refanytype */
        StackEntry r = tr_pop(t);
        if (t->failed || !tr_is_typed_reference(t, &r, "refanytype")) break;
        uint32_t rs = tr_operand(t, &r);
        tr_emit_op(t, OP_REFANYTYPE); tr_emit_dest(t, tr_push(t, vm_types.runtime_type_handle, SK_VT)); tr_emit_word(t, rs);
        break;
    }
    case CIL_READONLY: t->prefix_readonly = true; break;
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
                if (!t->local_placeholder) t->local_placeholder = util_calloc(t->local_count + 1, 1);
                t->local_placeholder[l] = 1;
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

/* The stack at a label: what a branch recorded (merged with the fall-through
 * state), or the handler's exception. The result is recorded for branches
 * that come later. */
static void record_label_stack(Tr *t, uint32_t il) {
    SavedStack *s = &t->saved[il];
    t->depth_known[il] = 1;
    t->saved_depth[il] = t->sp;
    free(s->entries);
    s->entries = NULL;
    s->count = t->sp;
    if (t->sp) {
        s->entries = util_calloc(t->sp, sizeof(StackEntry));
        memcpy(s->entries, t->stack, t->sp * sizeof(StackEntry));
    }
}

void tr_enter_label(Tr *t, uint32_t il, bool fallthrough) {
    if (fallthrough) {
        tr_materialize_all(t);
        if (t->depth_known[il] && t->saved_depth[il] != t->sp) {
            tr_invalid(t, "stack depth mismatch at IL_%04x (%u vs %u)", il, t->saved_depth[il], t->sp);
            return;
        }
        if (t->depth_known[il] && t->sp && t->saved[il].entries &&
            !tr_merge_stack(t, t->stack, t->saved[il].entries, t->sp, il, true))
            return;
    }
    bool handler = false;
    for (uint32_t i = 0; i < t->body.clause_count && !handler; i++) {
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
            handler = true;
        } else if ((c->flags == MD_CLAUSE_FINALLY || c->flags == MD_CLAUSE_FAULT) && c->handler_offset == il) {
            t->sp = 0;
            handler = true;
        }
    }
    if (!fallthrough && !handler) {
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
    record_label_stack(t, il);
}

void interp_code_free(Code *c) {
    if (!c) return;
    tier_code_free(c);
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
    free(t->local_types); free(t->local_slots); free(t->local_addr_taken); free(t->local_placeholder); free(t->local_ftn);
    free(t->fixups);
    for (uint32_t i = 0; t->inlines && i < t->inline_count; i++) { free(t->inlines[i].map_ops); free(t->inlines[i].map_il); }
    free(t->inlines);
    for (uint32_t i = 0; i < t->string_count; i++) free(t->strings[i]);
    free(t->strings);
    free(t->lazy.stack); free(t->lazy.message);
}

/* Runs of two or three MOVs (a call's arguments copied into its block, most
 * often) become one MOV2 or MOV3: one dispatch instead of several. The fused
 * op keeps the later MOVs' words in place, opcodes included, so nothing moves
 * and a branch to the second or third MOV still finds a MOV there. */
static void fuse_moves(Op *ops, uint32_t n) {
    uint32_t pos = 0;
    while (pos < n) {
        uint32_t len = op_length_at(ops + pos) + 1;
        if (ops[pos] == OP_MOV && pos + 6 <= n && ops[pos + 3] == OP_MOV) {
            bool three = pos + 9 <= n && ops[pos + 6] == OP_MOV;
            ops[pos] = three ? OP_MOV3 : OP_MOV2;
            len = three ? 9 : 6;
        }
        pos += len;
    }
}

static Code *translate_pass(Method *m, char *err, size_t errlen, Type **pre, uint32_t npre,
                            Type **seen, uint32_t *nseen) {
    Tr tr;
    Tr *t = &tr;
    memset(t, 0, sizeof *t);
    t->m = m;
    t->a = m->assembly;
    t->err = err;
    t->errlen = errlen;
    t->mod_pre = pre;
    t->mod_pre_count = npre;
    t->mod_seen = seen;
    t->mod_seen_count = nseen;
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
    if (t->has_ldftn) tr_scan_method_pointer_locals(t);
    for (uint32_t i = 0; i < npre; i++) tr_emit_initclass(t, pre[i]);

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
        CilInstr in;
        uint32_t len = cil_decode(t->il, t->il_size, pos, &in);
        if (!reachable) {
            pos += len ? len : 1;
            continue;
        }
        bool is_prefix = len && in.info->flow == CIL_FLOW_PREFIX;
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
    fuse_moves(t->out, t->n);
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

/* Module initializers run before the first method that uses their module:
 * each method starts with an INITCLASS of its own module's <Module> while that
 * initializer is pending, and of every other module with a pending one that
 * its code uses (found by a first pass, then translated again). */
Code *interp_translate(Method *m, char *err, size_t errlen) {
    Type *pre[TR_MAX_MODULE_INITS], *seen[TR_MAX_MODULE_INITS];
    uint32_t npre = 0, nseen = 0;
    Type *own = tr_pending_module_init(m->assembly);
    if (own && own != m->owner) pre[npre++] = own;
    Code *code = translate_pass(m, err, errlen, pre, npre, seen, &nseen);
    if (!code || !nseen) return code;
    interp_code_free(code);
    for (uint32_t i = 0; i < nseen; i++) pre[npre++] = seen[i];
    return translate_pass(m, err, errlen, pre, npre, NULL, NULL);
}
