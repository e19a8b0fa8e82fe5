/* translate_calls.c — translating calls (virtual, interface, constrained,
 * internal, runtime-provided), object creation, field access, arrays and
 * indirect loads/stores. */
#include "interp/translate_internal.h"
#include "types/corlib_binder.h"
#include "types/types_internal.h"

/* ---- class initialization ---- */
bool tr_needs_init(Tr *t, Type *owner, bool static_field) {
    if (owner->cinit == CI_DONE || !type_cctor(owner)) return false;
    if (static_field) return true;   /* INITCLASS patches itself away once the type is initialized */
    if (owner == t->m->owner) return false;
    return !(owner->flags & TF_BEFOREFIELDINIT);
}

/* The <Module> type of assembly a when its module initializer (<Module>'s
 * .cctor) has not finished: .NET runs it before the first method of that
 * module runs, so each method of such a module starts with an INITCLASS of it
 * (which patches itself away) and is not inlined into another module's code. */
Type *tr_pending_module_init(Assembly *a) {
    if (!a || !a->image->row_count[MD_TYPEDEF]) return NULL;
    Type *mod = type_from_typedef(a, 1);
    if (!mod || mod->cinit == CI_DONE || !type_cctor(mod)) return NULL;
    return mod;
}

/* A member of assembly a is used: when a's module initializer is pending,
 * this method is translated again with it in its prologue, as .NET runs it
 * before the method that first uses the module runs. */
void tr_note_module(Tr *t, Assembly *a) {
    if (a == t->a || !t->mod_seen_count) return;
    Type *mod = tr_pending_module_init(a);
    if (!mod) return;
    for (uint32_t i = 0; i < t->mod_pre_count; i++) if (t->mod_pre[i] == mod) return;
    for (uint32_t i = 0; i < *t->mod_seen_count; i++) if (t->mod_seen[i] == mod) return;
    if (t->mod_pre_count + *t->mod_seen_count < TR_MAX_MODULE_INITS) t->mod_seen[(*t->mod_seen_count)++] = mod;
}

void tr_emit_initclass(Tr *t, Type *owner) {
    tr_emit_op(t, OP_INITCLASS);
    tr_emit_ptr(t, owner);
}

/* ---- calls ---- */
/* `constrained. T call/ldftn I::M` with M a static virtual member of
 * interface I: T's implementation, or the interface's default body. */
Method *tr_static_virtual_target(Tr *t, Type *constrained, Method *m) {
    if (!(m->owner->flags & TF_INTERFACE)) return m;
    if (!type_prepare(constrained, TS_READY)) { tr_fail_type(t); return NULL; }
    Method *impl = type_resolve_static_virtual(constrained, m);
    if (!impl) {   /* a MissingMethodException where the call is (lazy binding), not a failed method */
        char name[300];
        type_set_error_kind(ERR_MISSING_METHOD, "Type '%s' does not implement static interface method '%s'",
                            type_name_full(constrained), method_full_name(m, name, sizeof name));
        tr_fail_type(t);
        return NULL;
    }
    if (!method_prepare_sig(impl)) { tr_fail_type(t); return NULL; }
    return impl;
}

Method * tr_resolve_method(Tr *t, uint32_t token) {
    Method *m = method_from_token(t->a, token, &t->ctx);
    if (!m) { tr_fail_type(t); return NULL; }
    if (!method_prepare_sig(m)) { tr_fail_type(t); return NULL; }
    tr_note_module(t, m->assembly);
    return m;
}

Type * tr_resolve_type(Tr *t, uint32_t token) {
    Type *ty = type_from_token(t->a, token, &t->ctx);
    if (!ty) { tr_fail_type(t); return NULL; }
    if (!type_prepare(ty, TS_READY)) { tr_fail_type(t); return NULL; }
    return ty;
}

Field * tr_resolve_field(Tr *t, uint32_t token) {
    Field *f = field_from_token(t->a, token, &t->ctx);
    if (!f) { tr_fail_type(t); return NULL; }
    if (!type_prepare(f->owner, TS_READY)) { tr_fail_type(t); return NULL; }
    if (!field_type_resolve(f)) { tr_fail_type(t); return NULL; }
    tr_note_module(t, f->owner->assembly);
    return f;
}

uint32_t tr_sum_arg_slots(Method *m) {
    uint32_t s = (m->flags & MF_STATIC) ? 0 : 1;
    for (uint32_t i = 0; i < m->param_count; i++) s += type_stack_slots(m->params[i]);
    return s;
}

/* Coerce an argument entry to the parameter's representation (R4<->R8, I4->native). */
void tr_coerce_to(Tr *t, StackEntry *e, Type *param) {
    StackKind pk = type_stack_kind(param);
    if (pk == SK_R8 && e->kind == SK_R4) tr_widen(t, e, 3);
    else if (pk == SK_R4 && e->kind == SK_R8) {
        uint32_t s = tr_operand(t, e);
        tr_emit_op(t, OP_CONV_R4_R8); tr_emit_word(t, e->canon); tr_emit_word(t, s);
        e->loc = LOC_CANON; e->slot = e->canon; e->kind = SK_R4;
    } else if ((pk == SK_I || pk == SK_O || pk == SK_I8) && e->kind == SK_I4 && PTR64) tr_widen(t, e, 1);
}

void tr_push_return(Tr *t, Method *m, uint32_t base) {
    if (m->ret->elem == MD_ELEMENT_VOID) return;
    StackEntry *e = tr_push_typed(t, m->ret);
    if (e && e->canon != base) tr_fail(t, "internal error: call result slot mismatch");
}



void tr_box_value_at(Tr *t, StackEntry *e, Type *vt) {
    /* e holds a pointer to a vt value: load it above the stack, box it into e */
    uint32_t tmp = tr_next_canon(t);
    uint32_t size = type_value_size(vt);
    if (tmp + type_stack_slots(vt) > t->max_slot) t->max_slot = tmp + type_stack_slots(vt);
    uint32_t src = tr_operand(t, e);
    int mk = tr_mem_kind(vt);
    tr_emit_op(t, tr_ldind_ops[mk]); tr_emit_word(t, tmp); tr_emit_word(t, src);
    if (mk == MK_VT) tr_emit_word(t, size);
    tr_emit_op(t, (vt->flags & TF_NULLABLE) ? OP_BOX_NULLABLE : OP_BOX); tr_emit_word(t, e->canon); tr_emit_word(t, tmp); tr_emit_ptr(t, vt);
    e->loc = LOC_CANON; e->slot = e->canon; e->kind = SK_O; e->type = vt;
}

void tr_call_intrinsic_string(Tr *t, Method *m, int op) {
    uint32_t nargs = m->param_count + 1;
    StackEntry args[2];
    memset(args, 0, sizeof args);
    for (uint32_t i = nargs; i-- > 0;) args[i] = tr_pop(t);
    if (t->failed) return;
    uint32_t a0 = tr_operand(t, &args[0]);
    uint32_t a1 = nargs > 1 ? tr_operand(t, &args[1]) : 0;
    uint32_t d = tr_push(t, vm_types.int32, SK_I4);
    tr_emit_op(t, op); tr_emit_dest(t, d); tr_emit_word(t, a0);
    if (nargs > 1) tr_emit_word(t, a1);
}

void tr_emit_array_accessor(Tr *t, Method *m) {
    uint32_t nargs = m->param_count + 1;
    if (t->sp < nargs) { tr_fail(t, "stack underflow"); return; }
    for (uint32_t i = 0; i < nargs; i++) tr_materialize(t, &t->stack[t->sp - nargs + i]);
    uint32_t base = t->stack[t->sp - nargs].canon;
    for (uint32_t i = 0; i < nargs; i++) tr_pop(t);
    int op = m->runtime_kind == RK_ARRAY_GET ? OP_MDARR_GET : m->runtime_kind == RK_ARRAY_SET ? OP_MDARR_SET
           : t->prefix_readonly ? OP_MDARR_ADDR_RO : OP_MDARR_ADDR;
    tr_emit_op(t, op); tr_emit_word(t, base); tr_emit_ptr(t, m->owner); tr_emit_word(t, m->owner->rank);
    tr_emit_word(t, type_value_size(m->owner->element));
    tr_push_return(t, m, base);
}

static void push_return_at(Tr *t, Method *m, uint32_t base) {
    uint32_t nargs_top = base + m->arg_slots;
    if (nargs_top > t->max_slot) t->max_slot = nargs_top;
    tr_push_return(t, m, base);
}


/* A constant can stand for an argument whose type reads back exactly the value
 * pushed: 32- and 64-bit integers (a narrower parameter would truncate it). */
static bool const_arg_type_ok(Type *param, StackKind kind) {
    switch (param->elem) {
    case MD_ELEMENT_I4: case MD_ELEMENT_U4: return kind == SK_I4;
    case MD_ELEMENT_I8: case MD_ELEMENT_U8: return kind == SK_I8;
    default: return false;
    }
}

void tr_emit_call(Tr *t, Method *m, bool virt) {
    bool has_this = !(m->flags & MF_STATIC);
    uint32_t nargs = m->param_count + (has_this ? 1 : 0);
    if (t->sp < nargs) { tr_fail(t, "stack underflow in call to %s", m->name); return; }
    if (m->owner->flags & TF_CONTAINS_OPEN || (m->flags & MF_GENERIC_DEF)) {
        tr_fail(t, "call to an open generic method %s", m->name);
        return;
    }
    if (!type_prepare(m->owner, TS_READY)) { tr_fail_type(t); return; }
    Type *constrained = t->constrained;
    t->constrained = NULL;
    if (constrained && !has_this) {   /* static virtual member: the constrained type's implementation */
        m = tr_static_virtual_target(t, constrained, m);
        if (!m) return;
    }
    if (constrained && has_this) {
        StackEntry *self = &t->stack[t->sp - nargs];
        if (!tr_check_address(t, self, constrained, "constrained. callvirt")) return;
        if (type_is_reference(constrained)) {
            uint32_t s = tr_operand(t, self);
            tr_emit_op(t, OP_LDIND_REF); tr_emit_word(t, self->canon); tr_emit_word(t, s);
            self->loc = LOC_CANON; self->slot = self->canon; self->kind = SK_O; self->type = constrained; self->vflags = 0;
        } else {
            Method *impl = NULL;
            if (!type_prepare(constrained, TS_READY)) { tr_fail_type(t); return; }
            if (m->owner->flags & TF_INTERFACE) impl = type_resolve_interface(constrained, m);
            else if (m->vtable_slot >= 0) impl = type_resolve_virtual(constrained, m);
            else impl = m;
            if (impl && (impl->owner == constrained || (impl->owner->generic_def && impl->owner == constrained))) {
                m = impl;
                if (!method_prepare_sig(m)) { tr_fail_type(t); return; }
                virt = false;
            } else {
                tr_box_value_at(t, self, constrained);
            }
        }
    }
    /* A virtual call on a receiver whose class is sealed (as .NET's JIT does):
       the runtime type is that class, so the override is known now and the
       call is direct (an internal call becomes CALL_ICALL, a small override
       may be inlined). StringEqualityComparer's obj.GetHashCode() on a string
       went through the vtable and, compiled, through the tier's call helper. */
    bool devirt = false;
    if (virt && has_this && !constrained && (m->flags & MF_VIRTUAL) && !(m->flags & MF_FINAL) &&
        !(m->owner->flags & TF_SEALED) && !m->generic_def) {
        StackEntry *self = &t->stack[t->sp - nargs];
        Type *rt = self->type;
        if (self->kind == SK_O && !(self->vflags & (V_NULL | V_FTN | V_UNKNOWN)) && rt && rt != m->owner &&
            (rt->flags & TF_SEALED) && !(rt->flags & (TF_VALUETYPE | TF_INTERFACE | TF_ARRAY)) &&
            !(rt->flags & TF_CONTAINS_OPEN) && type_prepare(rt, TS_READY)) {
            Method *impl = (m->owner->flags & TF_INTERFACE) ? type_resolve_interface(rt, m) : type_resolve_virtual(rt, m);
            if (impl && !(impl->flags & (MF_ABSTRACT | MF_GENERIC_DEF)) && !impl->generic_def &&
                !(impl->owner->flags & (TF_INTERFACE | TF_VALUETYPE)) && method_prepare_sig(impl)) {
                m = impl;
                devirt = true;
            }
        }
    }
    for (uint32_t i = 0; i < nargs; i++) {
        StackEntry *e = &t->stack[t->sp - nargs + i];
        bool ok = i == 0 && has_this ? tr_check_receiver(t, e, m->owner, RECV_CALL, m->name)
                                     : tr_check_store(t, e, m->params[i - (has_this ? 1 : 0)], m->name);
        if (!ok) return;
    }
    if (m->owner == vm_types.string) {
        if (strcmp(m->name, "get_Length") == 0 && m->param_count == 0) { tr_call_intrinsic_string(t, m, OP_STR_LEN); return; }
        if (strcmp(m->name, "get_Chars") == 0 && m->param_count == 1) { tr_call_intrinsic_string(t, m, OP_STR_CHAR); return; }
    }
    if (m->runtime_kind >= RK_ARRAY_GET && m->runtime_kind <= RK_ARRAY_ADDRESS) { tr_emit_array_accessor(t, m); return; }
    if (nargs == 0 && tr_try_intrinsic(t, m)) return;
    if (nargs == 1 && !has_this && tr_try_math_intrinsic(t, m)) return;
    /* A direct call that will be inlined reads the arguments its body never
       writes from where they are: a local or argument of this method stays
       aliased instead of being copied into the call block. */
    bool direct = !(m == CORLIB_M(runtime_method_info_internal_invoke)) && !(m->flags & MF_INTERNALCALL) &&
                  !(virt && !devirt && (m->flags & MF_VIRTUAL) && !(m->flags & MF_FINAL) && !(m->owner->flags & TF_SEALED));
    uint64_t written = ~0ull;
    if (!(direct && !t->prefix_tail && nargs <= 16 && tr_inline_planned(t, m, &written))) written = ~0ull;
    StackEntry kept[16];
    bool any_kept = false;
    for (uint32_t i = 0; i < nargs; i++) {
        StackEntry *e = &t->stack[t->sp - nargs + i];
        if (i >= (has_this ? 1u : 0u)) tr_coerce_to(t, e, m->params[i - (has_this ? 1 : 0)]);
        if (!(written & (1ull << i)) && e->loc == LOC_ALIAS && e->slot + e->nslots <= t->temp_base) {
            kept[i] = *e;
            any_kept = true;
            continue;
        }
        /* an integer constant the body only reads is folded into the body (a
           rotate count, a mask): Rotr(x, 7) inlines to two shifts by immediates */
        if (!(written & (1ull << i)) && e->loc == LOC_CONST && i < 16 && i >= (has_this ? 1u : 0u) &&
            const_arg_type_ok(m->params[i - (has_this ? 1 : 0)], (StackKind)e->kind)) {
            kept[i] = *e;
            any_kept = true;
            continue;
        }
        if (i < 16) kept[i].loc = LOC_CANON;
        tr_materialize(t, e);
    }
    uint32_t base = nargs ? t->stack[t->sp - nargs].canon : tr_next_canon(t);
    uint32_t arg_src[16];
    for (uint32_t i = 0; i < nargs && i < 16; i++) {
        StackEntry *e = &t->stack[t->sp - nargs + i];
        arg_src[i] = e->loc == LOC_ALIAS ? e->slot : e->canon;
    }
    for (uint32_t i = 0; i < nargs; i++) tr_pop(t);
    if ((m->flags & MF_STATIC) && tr_needs_init(t, m->owner, false)) tr_emit_initclass(t, m->owner);
    if (m == CORLIB_M(runtime_method_info_internal_invoke)) {
        /* reflection calls run as ordinary frames (dyncall.c) */
        tr_emit_op(t, OP_DYNCALL); tr_emit_word(t, base);
        if (base + 3 > t->max_slot) t->max_slot = base + 3;
    } else if (m->flags & MF_INTERNALCALL) {
        IcallFn fn = interp_icall_of(m);
        if (!fn) {
            char key[512], msg[600];
            method_icall_key(m, key, sizeof key);
            snprintf(msg, sizeof msg, "internal call not implemented: %s", key);
            tr_emit_op(t, OP_THROW_ERROR); tr_emit_ptr(t, "System.MissingMethodException"); tr_emit_string(t, msg);
        } else {
            if (virt && has_this) { tr_emit_op(t, OP_CHECKNULL); tr_emit_word(t, base); }
            tr_emit_op(t, OP_CALL_ICALL); tr_emit_word(t, base); tr_emit_ptr(t, (void *)fn);
            tr_emit_word(t, m->ret_slots); tr_emit_word(t, tr_sum_arg_slots(m));
        }
    } else if (virt && !devirt && (m->flags & MF_VIRTUAL) && !(m->flags & MF_FINAL) && !(m->owner->flags & TF_SEALED)) {
        if (m->owner->flags & TF_INTERFACE) {
            tr_emit_op(t, m->generic_def ? OP_CALLVIRT_SLOW : OP_CALLIFACE); tr_emit_word(t, base); tr_emit_ptr(t, m);
            if (!m->generic_def) { tr_emit_ptr(t, NULL); tr_emit_ptr(t, NULL); }
        } else {
            tr_emit_op(t, m->generic_def ? OP_CALLVIRT_SLOW : OP_CALLVIRT); tr_emit_word(t, base); tr_emit_ptr(t, m);
            if (!m->generic_def) { tr_emit_ptr(t, NULL); tr_emit_ptr(t, NULL); }
        }
    } else {
        if (virt && has_this) { tr_emit_op(t, OP_CHECKNULL); tr_emit_word(t, any_kept ? arg_src[0] : base); }
        if (!t->prefix_tail && tr_try_inline(t, m, base, any_kept ? arg_src : NULL, any_kept ? kept : NULL)) {
            push_return_at(t, m, base);
            return;
        }
        /* not inlined after all: the call block needs every argument */
        for (uint32_t i = 0; any_kept && i < nargs; i++)
            if (kept[i].loc == LOC_ALIAS || kept[i].loc == LOC_CONST) tr_materialize(t, &kept[i]);
        /* `tail.` is honoured for direct calls: the callee replaces this frame */
        bool tail = t->prefix_tail && !(t->m->flags & MF_CCTOR) && t->body.clause_count == 0;
        tr_emit_op(t, tail ? OP_TAILCALL : OP_CALL); tr_emit_word(t, base); tr_emit_ptr(t, m);
    }
    t->prefix_tail = false;
    uint32_t top = base + (m->ret_slots > nargs ? m->ret_slots : nargs);
    if (top > t->max_slot) t->max_slot = top;
    tr_push_return(t, m, base);
}

void tr_emit_newobj(Tr *t, Method *ctor) {
    Type *ty = ctor->owner;
    if (!type_prepare(ty, TS_READY)) { tr_fail_type(t); return; }
    if (ty == vm_types.string) {
        /* String constructors are static factories named Ctor in the corlib */
        Method *f = NULL;
        for (uint32_t i = 0; i < ty->method_count && !f; i++) {
            if (strcmp(type_method_name(ty, i), "Ctor") != 0) continue;   /* CM_string_ctor's name */
            Method *c = type_method(ty, i);
            if (!corlib_method_in_group(c, CM_string_ctor) || !(c->flags & MF_STATIC) || !method_prepare_sig(c)) continue;
            if (c->param_count != ctor->param_count) continue;
            bool same = true;
            for (uint32_t k = 0; k < c->param_count; k++) if (c->params[k] != ctor->params[k]) same = false;
            if (same) f = c;
        }
        if (!f) { tr_fail(t, "String constructor overload not supported by the corlib (it lacks the static String::Ctor with these parameters)"); return; }
        tr_emit_call(t, f, false);
        return;
    }
    if (ty->flags & TF_DELEGATE) {
        StackEntry ftn = tr_pop(t), target = tr_pop(t);
        if (t->failed) return;
        if (tr_vkind(&target) != VK_REF && tr_vkind(&target) != VK_UNKNOWN) {
            tr_invalid(t, "newobj %s: the target is %s, not an object reference", type_name_full(ty), tr_vkind_name(&target));
            return;
        }
        if (!tr_check_method_pointer(t, &ftn, "newobj of a delegate")) return;
        uint32_t ts = tr_operand(t, &target), fs = tr_operand(t, &ftn);
        uint32_t d = tr_push(t, ty, SK_O);
        tr_emit_op(t, OP_NEWDELEGATE); tr_emit_dest(t, d); tr_emit_word(t, ts); tr_emit_word(t, fs); tr_emit_ptr(t, ty);
        return;
    }
    uint32_t nargs = ctor->param_count;
    if (t->sp < nargs) { tr_fail(t, "stack underflow in newobj"); return; }
    for (uint32_t i = 0; i < nargs; i++)
        if (!tr_check_store(t, &t->stack[t->sp - nargs + i], ctor->params[i], "newobj")) return;
    for (uint32_t i = 0; i < nargs; i++) {
        StackEntry *e = &t->stack[t->sp - nargs + i];
        tr_coerce_to(t, e, ctor->params[i]);
        tr_materialize(t, e);
    }
    uint32_t base = nargs ? t->stack[t->sp - nargs].canon : tr_next_canon(t);
    uint32_t arg_slots = tr_sum_arg_slots(ctor) - 1;
    for (uint32_t i = 0; i < nargs; i++) tr_pop(t);
    if (ty->flags & TF_ARRAY) {
        tr_emit_op(t, OP_NEWMDARR); tr_emit_word(t, base); tr_emit_ptr(t, ty); tr_emit_word(t, nargs);
        tr_emit_word(t, ctor->runtime_kind == RK_ARRAY_CTOR_BOUNDS ? 1 : 0);
        tr_push_entry(t, ty, SK_O);
        return;
    }
    if (ty->flags & TF_ABSTRACT) { tr_fail(t, "newobj of abstract type %s", type_name_full(ty)); return; }
    if (tr_needs_init(t, ty, false)) tr_emit_initclass(t, ty);
    if (ty->flags & TF_VALUETYPE) {
        uint32_t k = type_stack_slots(ty);
        tr_emit_op(t, OP_NEWOBJ_VT); tr_emit_word(t, base); tr_emit_ptr(t, ctor); tr_emit_word(t, k); tr_emit_word(t, arg_slots);
        tr_emit_word(t, type_value_size(ty));
        if (base + k + 1 + arg_slots > t->max_slot) t->max_slot = base + k + 1 + arg_slots;
        tr_push_typed(t, ty);
    } else {
        if (base + 2 + arg_slots > t->max_slot) t->max_slot = base + 2 + arg_slots;
        /* a small constructor runs inline: the object is allocated, then the
           constructor's body follows with its this at base + 1 */
        uint32_t start = t->n;
        tr_emit_op(t, OP_NEWOBJ_INLINE); tr_emit_word(t, base); tr_emit_ptr(t, ty); tr_emit_word(t, arg_slots);
        if (!(ctor->flags & MF_STATIC) && tr_try_inline(t, ctor, base + 1, NULL, NULL)) {
            tr_push_entry(t, ty, SK_O);
            return;
        }
        t->n = start;
        tr_emit_op(t, OP_NEWOBJ); tr_emit_word(t, base); tr_emit_ptr(t, ty); tr_emit_ptr(t, ctor); tr_emit_word(t, arg_slots);
        tr_push_entry(t, ty, SK_O);
    }
}

/* ---- fields ---- */
void tr_coerce_store(Tr *t, StackEntry *v, Type *ft) { tr_coerce_to(t, v, ft); }

void tr_emit_ldfld(Tr *t, Field *f, bool address) {
    StackEntry obj = tr_pop(t);
    if (t->failed) return;
    int mk = tr_mem_kind(f->type);
    uint32_t size = type_value_size(f->type);
    if (f->flags & FF_THREADSTATIC) {
        if (tr_needs_init(t, f->owner, true)) tr_emit_initclass(t, f->owner);
        uint32_t d = tr_push(t, type_byref(f->type), SK_I);
        tr_emit_op(t, OP_TSADDR); tr_emit_word(t, d); tr_emit_ptr(t, f->owner); tr_emit_word(t, f->offset);
        if (address) return;
        StackEntry a = tr_pop(t);
        StackEntry *e = tr_push_typed(t, f->type);
        tr_emit_op(t, tr_ldind_ops[mk]); tr_emit_dest(t, e->canon); tr_emit_word(t, a.canon);
        if (mk == MK_VT) tr_emit_word(t, size);
        return;
    }
    if (f->flags & FF_STATIC) {
        if (!f->owner->statics || (f->flags & FF_LITERAL)) { tr_fail(t, "static field %s has no storage (a literal?)", f->name); return; }
        if (tr_needs_init(t, f->owner, true)) tr_emit_initclass(t, f->owner);
        uint8_t *addr = f->owner->statics + f->offset;
        if (address) {
            uint32_t d = tr_push(t, type_byref(f->type), SK_I);
            tr_emit_op(t, OP_LDSFLDA); tr_emit_dest(t, d); tr_emit_ptr(t, addr);
        } else {
            StackEntry *e = tr_push_typed(t, f->type);
            tr_emit_op(t, tr_ldsfld_ops[mk]); tr_emit_dest(t, e->canon); tr_emit_ptr(t, addr);
            if (mk == MK_VT) tr_emit_word(t, size);
        }
        return;
    }
    if (!tr_check_receiver(t, &obj, f->owner, address ? RECV_ADDRESS : RECV_LOAD, address ? "ldflda" : "ldfld")) return;
    uint32_t off = f->offset;
    if (obj.kind == SK_VT) {
        uint32_t src = tr_operand(t, &obj);
        if (address) { tr_fail(t, "ldflda on a value"); return; }
        StackEntry *e = tr_push_typed(t, f->type);
        tr_emit_op(t, tr_lds_ops[mk]); tr_emit_dest(t, e->canon); tr_emit_word(t, src); tr_emit_word(t, off);
        if (mk == MK_VT) tr_emit_word(t, size);
        return;
    }
    if (obj.kind != SK_O && obj.kind != SK_I) { tr_fail(t, "ldfld on a non-object"); return; }
    if (obj.kind == SK_O && (f->owner->flags & TF_VALUETYPE)) {
        off += VM_OBJECT_DATA_OFFSET;   /* field of a boxed value, reached through the object */
    }
    uint32_t src = tr_operand(t, &obj);
    if (address) {
        uint32_t d = tr_push(t, type_byref(f->type), SK_I);
        tr_emit_op(t, OP_LDFLDA); tr_emit_dest(t, d); tr_emit_word(t, src); tr_emit_word(t, off);
        return;
    }
    StackEntry *e = tr_push_typed(t, f->type);
    if (mk == MK_I8 && t->last_dest_valid && t->out[t->last_op_pos] == OP_LDFLD_I8 &&
        t->last_dest_pos == t->last_op_pos + 1 && t->last_op_pos + 4 == t->n && !t->lazy.pending) {
        /* two 8-byte field loads in a row (`a.X - b.X`) become one op */
        uint32_t start = t->last_op_pos;
        t->out[start] = OP_LDFLD2_I8;
        tr_emit_dest(t, e->canon); tr_emit_word(t, src); tr_emit_word(t, off);
        t->last_op_pos = start;
        return;
    }
    tr_emit_op(t, tr_ldfld_ops[mk]); tr_emit_dest(t, e->canon); tr_emit_word(t, src); tr_emit_word(t, off);
    if (mk == MK_VT) tr_emit_word(t, size);
}

/* `o.F = a + b` with float64 arithmetic: the op that just computed the value
 * into a temp stores it in the field instead (ADD/SUB/MUL_R8_STFLD). The
 * arithmetic cannot throw, so only the null check of o remains, reported at
 * the stfld's own position (its operands start 4 words in). */
static bool try_fuse_arith_store(Tr *t, const StackEntry *v, uint32_t vs, uint32_t os, uint32_t offset) {
    if (v->loc != LOC_CANON || v->nslots != 1 || !t->last_dest_valid || t->lazy.pending) return false;
    uint32_t at = t->last_op_pos;
    if (at + 4 != t->n || t->last_dest_pos != at + 1 || t->out[at + 1] != vs) return false;
    int fused;
    switch ((int)t->out[at]) {
    case OP_ADD_R8: fused = OP_ADD_R8_STFLD; break;
    case OP_SUB_R8: fused = OP_SUB_R8_STFLD; break;
    case OP_MUL_R8: fused = OP_MUL_R8_STFLD; break;
    default: return false;
    }
    for (uint32_t i = 0; i < t->sp; i++)
        if (t->stack[i].loc == LOC_ALIAS && t->stack[i].slot == vs) return false;   /* the temp is still read */
    t->out[at] = (Op)fused;
    t->out[at + 1] = os;
    tr_emit_word(t, offset);
    t->last_dest_valid = false;
    return true;
}

void tr_emit_stfld(Tr *t, Field *f, bool is_static) {
    StackEntry v = tr_pop(t);
    if (t->failed || !tr_check_store(t, &v, f->type, is_static ? "stsfld" : "stfld")) return;
    int mk = tr_mem_kind(f->type);
    uint32_t size = type_value_size(f->type);
    tr_coerce_store(t, &v, f->type);
    if (f->flags & FF_THREADSTATIC) {
        if (!is_static) tr_pop(t);
        if (tr_needs_init(t, f->owner, true)) tr_emit_initclass(t, f->owner);
        uint32_t vs = tr_operand(t, &v);
        uint32_t tmp = tr_next_canon(t) > vs + v.nslots ? tr_next_canon(t) : vs + v.nslots;
        if (tmp + 1 > t->max_slot) t->max_slot = tmp + 1;
        tr_emit_op(t, OP_TSADDR); tr_emit_word(t, tmp); tr_emit_ptr(t, f->owner); tr_emit_word(t, f->offset);
        tr_emit_op(t, tr_stind_ops[mk]); tr_emit_word(t, tmp); tr_emit_word(t, vs);
        if (mk == MK_VT) tr_emit_word(t, size);
        return;
    }
    if (is_static || (f->flags & FF_STATIC)) {
        if (!(f->flags & FF_STATIC) || !f->owner->statics || (f->flags & FF_LITERAL)) {
            tr_fail(t, "%s %s: not a static field with storage", is_static ? "stsfld" : "stfld", f->name);
            return;
        }
        if (!is_static) tr_pop(t);
        if (tr_needs_init(t, f->owner, true)) tr_emit_initclass(t, f->owner);
        uint32_t vs = tr_operand(t, &v);
        tr_emit_op(t, tr_stsfld_ops[mk]); tr_emit_ptr(t, f->owner->statics + f->offset); tr_emit_word(t, vs);
        if (mk == MK_VT) tr_emit_word(t, size);
        return;
    }
    StackEntry obj = tr_pop(t);
    if (t->failed || !tr_check_receiver(t, &obj, f->owner, RECV_STORE, "stfld")) return;
    uint32_t os = tr_operand(t, &obj), vs = tr_operand(t, &v);
    if (mk == MK_I8 && try_fuse_arith_store(t, &v, vs, os, f->offset)) return;
    tr_emit_op(t, tr_stfld_ops[mk]); tr_emit_word(t, os); tr_emit_word(t, vs); tr_emit_word(t, f->offset);
    if (mk == MK_VT) tr_emit_word(t, size);
}

/* ---- arrays and indirection ---- */
void tr_index_to_i4(Tr *t, StackEntry *idx) {
    if (idx->kind == SK_I8 || (idx->kind == SK_I && PTR64)) {
        uint32_t s = tr_operand(t, idx);
        tr_emit_op(t, OP_CONV_OVF_I4_I8); tr_emit_word(t, idx->canon); tr_emit_word(t, s);
        idx->loc = LOC_CANON; idx->slot = idx->canon; idx->kind = SK_I4;
    }
}

void tr_emit_ldelem(Tr *t, Type *et) {
    StackEntry idx = tr_pop(t), arr = tr_pop(t);
    if (t->failed) return;
    Type *known = tr_check_array(t, &arr, et, "ldelem");
    if (t->failed) return;
    tr_index_to_i4(t, &idx);
    int mk = tr_mem_kind(et);
    uint32_t as = tr_operand(t, &arr), is = tr_operand(t, &idx);
    /* ldelem.ref pushes the array's element class */
    StackEntry *e = tr_push_typed(t, mk == MK_REF && known && type_is_reference(known) ? known : et);
    tr_emit_op(t, tr_ldelem_ops[mk]); tr_emit_dest(t, e->canon); tr_emit_word(t, as); tr_emit_word(t, is);
    if (mk == MK_VT) tr_emit_word(t, type_value_size(et));
}

void tr_emit_stelem(Tr *t, Type *et) {
    StackEntry v = tr_pop(t), idx = tr_pop(t), arr = tr_pop(t);
    if (t->failed) return;
    Type *known = tr_check_array(t, &arr, et, "stelem");
    if (t->failed) return;
    /* a reference goes in if it could be an element; the store checks its class at run time */
    if (!tr_check_store(t, &v, type_is_reference(et) ? vm_types.object : et, "stelem")) return;
    (void)known;
    tr_index_to_i4(t, &idx);
    tr_coerce_store(t, &v, et);
    int mk = tr_mem_kind(et);
    uint32_t as = tr_operand(t, &arr), is = tr_operand(t, &idx), vs = tr_operand(t, &v);
    tr_emit_op(t, tr_stelem_ops[mk]); tr_emit_word(t, as); tr_emit_word(t, is); tr_emit_word(t, vs);
    if (mk == MK_VT) tr_emit_word(t, type_value_size(et));
}

void tr_emit_ldind(Tr *t, Type *ty) {
    StackEntry a = tr_pop(t);
    if (t->failed || !tr_check_address(t, &a, ty, "load")) return;
    int mk = tr_mem_kind(ty);
    uint32_t as = tr_operand(t, &a);
    /* ldind.ref through a managed pointer pushes the pointed-to class */
    Type *pointee = tr_vkind(&a) == VK_BYREF && a.type->element ? a.type->element : NULL;
    StackEntry *e = tr_push_typed(t, mk == MK_REF && pointee && type_is_reference(pointee) ? pointee : ty);
    tr_emit_op(t, tr_ldind_ops[mk]); tr_emit_dest(t, e->canon); tr_emit_word(t, as);
    if (mk == MK_VT) tr_emit_word(t, type_value_size(ty));
}

void tr_emit_stind(Tr *t, Type *ty) {
    StackEntry v = tr_pop(t), a = tr_pop(t);
    if (t->failed || !tr_check_address(t, &a, ty, "store")) return;
    Type *pointee = tr_vkind(&a) == VK_BYREF && a.type->element ? a.type->element : NULL;
    if (!tr_check_store(t, &v, tr_mem_kind(ty) == MK_REF && pointee && type_is_reference(pointee) ? pointee : ty, "store"))
        return;
    tr_coerce_store(t, &v, ty);
    int mk = tr_mem_kind(ty);
    uint32_t as = tr_operand(t, &a), vs = tr_operand(t, &v);
    tr_emit_op(t, tr_stind_ops[mk]); tr_emit_word(t, as); tr_emit_word(t, vs);
    if (mk == MK_VT) tr_emit_word(t, type_value_size(ty));
}


/* calli with a managed function pointer (from ldftn/ldvirtftn, which push a
 * Method*): the pointer is checked against the call-site signature at run
 * time (CALLI), then the call proceeds like any other. */
void tr_emit_calli(Tr *t, uint32_t sig_token) {
    const MdImage *img = t->a->image;
    uint32_t row = MD_TOKEN_ROW(sig_token);
    if (MD_TOKEN_TABLE(sig_token) != MD_STANDALONESIG || !row || row > img->row_count[MD_STANDALONESIG]) {
        tr_fail(t, "bad calli signature token 0x%08x", sig_token);
        return;
    }
    char err[256];
    MdMethodSig *sig = md_parse_method_sig(img, img->standalonesigs[row].signature, err, sizeof err);
    if (!sig) { tr_fail(t, "%s", err); return; }
    /* unmanaged conventions (C, stdcall, thiscall, fastcall, `unmanaged`): the only function
     * pointers here come from ldftn (no native code), so an [UnmanagedCallersOnly] target runs
     * as an ordinary managed call */
    bool has_this = (sig->flags & MD_SIG_HASTHIS) != 0;
    uint32_t nargs = sig->param_count + (has_this ? 1 : 0);
    StackEntry ftn = tr_pop(t);
    if (t->failed || !tr_check_method_pointer(t, &ftn, "calli")) return;
    if (t->sp < nargs) { tr_fail(t, "stack underflow in calli"); return; }
    Type *ret = type_from_sig(t->a, sig->ret, &t->ctx);
    if (!ret) { tr_fail_type(t); return; }
    uint32_t arg_slots = has_this ? 1 : 0;
    for (uint32_t i = 0; i < sig->param_count; i++) {
        Type *pt = type_from_sig(t->a, sig->params[i], &t->ctx);
        if (!pt) { tr_fail_type(t); return; }
        StackEntry *e = &t->stack[t->sp - sig->param_count + i];
        if (!tr_check_store(t, e, pt, "calli")) return;
        tr_coerce_to(t, e, pt);
        arg_slots += type_stack_slots(pt);
    }
    uint32_t fs = tr_operand(t, &ftn);
    /* the pointer must survive the argument moves: keep it above the call's slots */
    for (uint32_t i = 0; i < nargs; i++) tr_materialize(t, &t->stack[t->sp - nargs + i]);
    uint32_t base = nargs ? t->stack[t->sp - nargs].canon : tr_next_canon(t);
    uint32_t hold = base + (arg_slots > type_stack_slots(ret) ? arg_slots : type_stack_slots(ret)) + 1;
    if (hold + 1 > t->max_slot) t->max_slot = hold + 1;
    tr_emit_op(t, OP_MOV); tr_emit_word(t, hold); tr_emit_word(t, fs);
    for (uint32_t i = 0; i < nargs; i++) tr_pop(t);
    tr_emit_op(t, OP_CALLI); tr_emit_word(t, base); tr_emit_word(t, hold); tr_emit_word(t, arg_slots);
    if (ret->elem != MD_ELEMENT_VOID) {
        StackEntry *e = tr_push_typed(t, ret);
        if (e && e->canon != base) tr_fail(t, "internal error: calli result slot mismatch");
    }
}
