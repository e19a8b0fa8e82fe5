/* translate_inline.c — inlining small leaf methods at their call sites.
 *
 * A direct call (static, or non-virtual instance after its null check) to a
 * method whose IL is short and straight-line (no branches, no exception
 * handling, no throw) is translated in place: its arguments are already in
 * consecutive slots at the call's base, they become the callee's argument
 * slots; its locals and temps get fresh slots above; `ret` leaves the result
 * in the base slot, exactly where a real call would. Property getters,
 * small arithmetic helpers and empty constructors then cost no frame.
 * Each inlined range is recorded (Code.inlines, with the callee's IL
 * offsets), so stack traces still show the inlined method's frame. */
#include "interp/translate_internal.h"

enum { INLINE_MAX_IL = 48, INLINE_MAX_DEPTH = 2 };

static bool body_is_inlinable(Method *m, MdMethodBody *body) {
    if (body->clause_count || body->code_size > INLINE_MAX_IL) return false;
    CilInstr in;
    for (uint32_t pos = 0; pos < body->code_size; pos += in.length) {
        if (!cil_decode(body->code, body->code_size, pos, &in)) return false;
        bool last = pos + in.length == body->code_size;
        if (in.op == CIL_RET) { if (!last) return false; continue; }
        if (last) return false;
        switch ((CilFlow)in.info->flow) {
        case CIL_FLOW_BRANCH: case CIL_FLOW_COND: case CIL_FLOW_RETURN: case CIL_FLOW_THROW: return false;
        default: break;
        }
        if (in.op == CIL_LOCALLOC || in.op == CIL_JMP || in.op == CIL_CALLI || in.op == CIL_TAIL || in.op == CIL_ARGLIST)
            return false;
    }
    (void)m;
    return true;
}

/* Whether a call to m would be translated in place (its body may still fail
 * to translate, see tr_try_inline). With written, also says which arguments
 * the body writes (starg) or takes the address of (ldarga): bit i for
 * argument i (bit 63 for every argument past 62). The others are only read,
 * so the caller may leave them where they are (an alias of its local). */
bool tr_inline_planned(Tr *t, Method *m, uint64_t *written) {
    static int disabled = -1;
    if (disabled < 0) disabled = getenv("CILANTRO_NO_INLINE") != NULL;
    if (disabled) return false;
    if (m->inline_state == 2 || t->inline_depth >= INLINE_MAX_DEPTH || m == t->m) return false;
    if (m->flags & (MF_INTERNALCALL | MF_RUNTIME | MF_PINVOKE | MF_ABSTRACT | MF_CCTOR)) return false;
    if (m->runtime_kind || (m->owner->flags & TF_CONTAINS_OPEN)) return false;
    if (m->impl_flags & 0x0008) return false;   /* [MethodImpl(MethodImplOptions.NoInlining)] */
    if (tr_pending_module_init(m->assembly)) return false;   /* its prologue runs the module initializer */
    MdMethodBody body;
    char err[256];
    if (!md_method_body(m->assembly->image, m->methoddef_row, &body, err, sizeof err)) { m->inline_state = 2; return false; }
    if (m->inline_state == 0) m->inline_state = body_is_inlinable(m, &body) ? 1 : 2;
    if (m->inline_state != 1) return false;
    if (written) {
        *written = 0;
        CilInstr in;
        for (uint32_t p = 0; p < body.code_size && cil_decode(body.code, body.code_size, p, &in); p += in.length)
            if (in.op == CIL_LDARGA_S || in.op == CIL_LDARGA || in.op == CIL_STARG_S || in.op == CIL_STARG)
                *written |= 1ull << (in.imm < 63 ? in.imm : 63);
    }
    return true;
}

/* arg_src (NULL: all at base): where each argument is, the caller's own
 * slot for one the body only reads, else its place in the call block.
 * arg_consts (NULL: none): entries with loc LOC_CONST are arguments the body
 * only reads that are constants (their slots in the call block are not written). */
bool tr_try_inline(Tr *t, Method *m, uint32_t base, const uint32_t *arg_src, const StackEntry *arg_consts) {
    if (!tr_inline_planned(t, m, NULL)) return false;
    MdMethodBody body;
    char err[256];
    if (!md_method_body(m->assembly->image, m->methoddef_row, &body, err, sizeof err)) return false;

    /* callee locals */
    uint32_t local_count = 0;
    Type **local_types = NULL;
    if (body.local_var_sig_token) {
        const MdImage *img = m->assembly->image;
        uint32_t tok = body.local_var_sig_token, row = MD_TOKEN_ROW(tok);
        MdTypeSig **sigs;
        if (MD_TOKEN_TABLE(tok) != MD_STANDALONESIG || !row || row > img->row_count[MD_STANDALONESIG] ||
            !md_parse_locals_sig(img, img->standalonesigs[row].signature, &local_count, &sigs, err, sizeof err)) {
            m->inline_state = 2;
            return false;
        }
        GenericContext ctx;
        method_context(m, &ctx);
        local_types = util_calloc(local_count + 1, sizeof(Type *));
        for (uint32_t i = 0; i < local_count; i++) {
            local_types[i] = type_from_sig(m->assembly, sigs[i], &ctx);
            if (!local_types[i] || !type_prepare(local_types[i], TS_LAYOUT)) { free(local_types); m->inline_state = 2; return false; }
        }
    }

    Tr saved = *t;
    /* the caller's stack is out of the callee's sight while it is translated */
    StackEntry *caller_stack = NULL;
    if (t->sp) {
        caller_stack = util_calloc(t->sp, sizeof(StackEntry));
        memcpy(caller_stack, t->stack, t->sp * sizeof(StackEntry));
    }
    bool has_this = !(m->flags & MF_STATIC);
    uint32_t argc = m->param_count + (has_this ? 1 : 0);
    Type **arg_types = util_calloc(argc + 1, sizeof(Type *));
    uint32_t *arg_slots = util_calloc(argc + 1, sizeof(uint32_t));
    uint8_t *arg_taken = util_calloc(argc + 1, 1);
    uint32_t slot = base, k = 0;
    if (has_this) {
        arg_types[0] = (m->owner->flags & TF_VALUETYPE) ? type_byref(m->owner) : m->owner;
        arg_slots[0] = arg_src ? arg_src[0] : slot;
        slot++;
        k = 1;
    }
    for (uint32_t p = 0; p < m->param_count; p++, k++) {
        arg_types[k] = m->params[p];
        arg_slots[k] = arg_src ? arg_src[k] : slot;
        slot += type_stack_slots(m->params[p]);
    }
    uint32_t *local_slots = util_calloc(local_count + 1, sizeof(uint32_t));
    uint8_t *local_taken = util_calloc(local_count + 1, 1);
    uint32_t locals_start = slot;
    for (uint32_t i = 0; i < local_count; i++) {
        local_slots[i] = slot;
        slot += type_stack_slots(local_types[i]);
    }
    if (slot > locals_start) {
        tr_emit_op(t, OP_ZERO); tr_emit_word(t, locals_start); tr_emit_word(t, slot - locals_start);
    }

    t->m = m;
    t->a = m->assembly;
    method_context(m, &t->ctx);
    t->body = body;
    t->il = body.code;
    t->il_size = body.code_size;
    t->arg_count = argc; t->arg_types = arg_types; t->arg_slots = arg_slots; t->arg_addr_taken = arg_taken;
    t->arg_consts = arg_consts;
    t->local_placeholder = NULL;
    t->local_ftn = NULL;
    t->local_count = local_count; t->local_types = local_types; t->local_slots = local_slots; t->local_addr_taken = local_taken;
    t->temp_base = slot;
    if (slot > t->max_slot) t->max_slot = slot;
    t->sp = 0;
    t->inline_depth++;
    t->inline_ret_slot = base;
    t->last_dest_valid = false;
    t->constrained = NULL;
    t->prefix_tail = false;

    /* address-taken arguments and locals are never aliased on the stack */
    CilInstr in;
    for (uint32_t p = 0; p < t->il_size && cil_decode(t->il, t->il_size, p, &in); p += in.length) {
        if ((in.op == CIL_LDARGA_S || in.op == CIL_LDARGA) && in.imm < argc) arg_taken[in.imm] = 1;
        if ((in.op == CIL_LDLOCA_S || in.op == CIL_LDLOCA) && in.imm < local_count) local_taken[in.imm] = 1;
    }
    uint32_t code_start = t->n;
    uint32_t pos = 0;
    bool done = false;
    uint32_t map_count = 0, *map_ops = NULL, *map_il = NULL;
    while (pos < t->il_size && !t->failed && !done) {
        t->cur_il = pos;
        map_ops = util_realloc(map_ops, (map_count + 1) * sizeof(uint32_t));
        map_il = util_realloc(map_il, (map_count + 1) * sizeof(uint32_t));
        map_ops[map_count] = t->n;
        map_il[map_count++] = pos;
        tr_translate_instruction(t, &pos, &done);
    }
    bool ok = !t->failed && done;

    /* back to the caller */
    Tr callee = *t;
    StackEntry *stack = t->stack;
    uint32_t cap = t->stack_cap;
    *t = saved;
    t->out = callee.out; t->cap = callee.cap;
    t->stack = stack; t->stack_cap = cap;
    t->inlines = callee.inlines; t->inline_count = callee.inline_count;
    t->strings = callee.strings; t->string_count = callee.string_count;   /* the callee may have added (and moved) them */
    t->last_dest_valid = false;
    if (ok) {
        t->n = callee.n;
        if (callee.last_dest_valid && callee.last_op_pos >= code_start && callee.out[callee.last_dest_pos] == base) {
            /* the body's last op computed the result into the call's slot: a store of the
               result may still redirect that op (`x = F(x)` writes x directly) */
            t->last_dest_valid = true;
            t->last_op_pos = callee.last_op_pos;
            t->last_dest_pos = callee.last_dest_pos;
        }
        t->max_slot = callee.max_slot;
        t->inlines = util_realloc(t->inlines, (t->inline_count + 1) * sizeof(InlineRange));
        t->inlines[t->inline_count].start = code_start;
        t->inlines[t->inline_count].end = callee.n;
        t->inlines[t->inline_count].method = m;
        t->inlines[t->inline_count].map_count = map_count;
        t->inlines[t->inline_count].map_ops = map_ops;
        t->inlines[t->inline_count].map_il = map_il;
        t->inline_count++;
    } else {
        /* the callee does not translate (invalid IL, missing types): roll back and
           call it normally, so the error surfaces when and where it is called */
        t->n = saved.n;
        t->err[0] = 0;
        m->inline_state = 2;
        while (t->inline_count && t->inlines[t->inline_count - 1].start >= saved.n) {
            t->inline_count--;
            free(t->inlines[t->inline_count].map_ops);
            free(t->inlines[t->inline_count].map_il);
        }
        free(map_ops);
        free(map_il);
    }
    if (caller_stack) memcpy(t->stack, caller_stack, saved.sp * sizeof(StackEntry));
    t->sp = saved.sp;
    free(caller_stack);
    free(arg_types); free(arg_slots); free(arg_taken);
    free(local_types); free(local_slots); free(local_taken);
    return ok;
}
