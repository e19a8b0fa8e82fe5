/* tier_calls.c — the wasm tier's call paths (docs/tier.md "Calls"): direct
 * calls to compiled callees with the frame pushed and popped inline, the
 * tier_call_op helper for the rest, and internal calls. */
#include "interp/tier_compile_internal.h"

#include <stddef.h>

static bool is_math_icall(IcallFn fn) {
    for (const IcallEntry *e = icall_math_entries; e->signature; e++)
        if (e->fn == fn) return true;
    return false;
}

/* Internal calls over data only (strings, chars, arrays, numbers, memory):
 * compiled code makes them. Others (reflection, threading, runtime, I/O) may
 * run managed code in a nested loop or depend on the interpreter's frame
 * state, and are left to the interpreter. */
static bool is_data_icall(IcallFn fn) {
    if (fn == icall_init_array) return true;   /* RuntimeHelpers.InitializeArray: a copy from the image */
    const IcallEntry *const tables[] = {icall_string_entries, icall_char_entries, icall_array_entries,
                                        icall_number_entries, icall_memory_entries};
    for (size_t i = 0; i < sizeof tables / sizeof *tables; i++)
        for (const IcallEntry *e = tables[i]; e->signature; e++)
            if (e->fn == fn) return true;
    return false;
}

/* Calls go through tier_call_op (tier_runtime.c): 1 = done, 0 = a frame was
 * left for the interpreter (leave after the op), -1 = exception at the op. */
/* A call (or internal call) leaves its result in the frame over its argument
 * area: those slots now hold what the callee wrote, not what a copy before the
 * call put there, so a later read of the result must not lend its class to
 * that copy's source (a span passed as one 8-byte slot would then be copied as
 * an int32 and lose its length). */
static void call_clobbers(Comp *c, uint32_t base, uint32_t area) {
    for (uint32_t i = 0; i < area; i++) tc_a_write(c, base + i, C_MEM);
}
/* the helper's answer for any call: 1 done, 0 left to the interpreter, -1 exception */
static void call_helper(Comp *c) { tc_call_op_helper(c, (const void *)&tier_call_op); }
static void i32_at(Comp *c, const void *addr) { i32c(c, (int32_t)(uintptr_t)addr); mem(c, W_I32_LOAD, 0); }
static void add_to(Comp *c, const void *addr, int32_t delta) {
    i32c(c, (int32_t)(uintptr_t)addr); i32_at(c, addr); i32c(c, delta); op(c, W_I32_ADD); mem(c, W_I32_STORE, 0);
}

/* A direct call whose callee the caller can see is translated: its frame
 * sizes are constants, so when the callee is compiled too the caller pushes
 * its Frame, calls its function and pops the frame itself, as tier_call_op
 * would (without the trip through C). */
enum { FAST_CALL_MAX_CLEAR = 48 };
static bool fast_call_possible(const Method *m) {
    const Code *code = m->code;
    if (!code || (m->flags & (MF_CCTOR | MF_INTERNALCALL))) return false;
    return code->local_slots <= FAST_CALL_MAX_CLEAR && code->frame_slots <= FAST_CALL_MAX_CLEAR + m->ret_slots;
}
static void clear_frame_slots(Comp *c, uint32_t from, uint32_t n) {
    for (uint32_t i = 0; i < n; i++) { lget(c, L_FP); i64c(c, 0); mem(c, W_I64_STORE, (from + i) * 8); }
}

/* Calls the compiled callee in L_A with the frame at slot base, then opens
 * the `if` on its having returned (an i32 block; the caller closes it). */
static void call_compiled_and_test(Comp *c, uint32_t base) {
    add_to(c, &tier_nesting, 1);
    lget(c, L_T); lget(c, L_FP); i32c(c, (int32_t)(base * 8)); op(c, W_I32_ADD); i32c(c, 0);
    lget(c, L_A);
    op(c, W_CALL_INDIRECT); u32(c, TYPE_FN); op(c, 0);
    lset(c, L_F);
    add_to(c, &tier_nesting, -1);
    lget(c, L_F); i32c(c, TIER_RETURNED); op(c, W_I32_EQ);
    op(c, W_IF); op(c, WT_I32); c->depth++;
}

/* A virtual or interface call goes the fast way when its receiver is not
 * null and resolves to the method the caller was compiled for: the type the
 * call site's inline cache holds (CALLIFACE), or the method in the vtable
 * slot (CALLVIRT: the cached target or the declared method). Pushes that condition. */
static void receiver_guard(Comp *c, uint32_t base, const Type *type, int32_t vtable_slot, const Method *m) {
    tc_rdref(c, base); ltee(c, L_E);
    op(c, W_IF); op(c, WT_I32); c->depth++;
    lget(c, L_E); mem(c, W_I32_LOAD, offsetof(Object, type));
    if (type) {
        i32c(c, (int32_t)(uintptr_t)type); op(c, W_I32_EQ);
    } else {
        mem(c, W_I32_LOAD, offsetof(Type, vtable)); mem(c, W_I32_LOAD, (uint32_t)vtable_slot * (uint32_t)sizeof(Method *));
        i32c(c, (int32_t)(uintptr_t)m); op(c, W_I32_EQ);
    }
    op(c, W_ELSE); i32c(c, 0); end(c);
}
/* the method a call op is compiled to call directly, or NULL (the helper decides each time) */
static const Method *direct_callee(Comp *c, const Type **guard_type, int32_t *guard_slot) {
    const Op *ip = c->ip;
    *guard_type = NULL;
    *guard_slot = -1;
    const Method *m = NULL;
    if (ip[0] == OP_CALL) {
        m = (const Method *)(uintptr_t)ip[2];
        if (!m->code && c->pass == 0) interp_translate_ahead((Method *)m);   /* pass 0, so passes 1 and 2 agree */
    } else if (ip[0] == OP_CALLIFACE) {
        *guard_type = (const Type *)(uintptr_t)ip[3];   /* the interpreter's inline cache, if it ran here */
        m = *guard_type ? (const Method *)(uintptr_t)ip[4] : NULL;
    } else if (ip[0] == OP_CALLVIRT) {
        /* the target the interpreter's inline cache last saw (an abstract method's
           override), else the declared method itself; the guard checks the
           receiver's vtable slot holds it, so subclasses that inherit it pass too */
        const Method *decl = (const Method *)(uintptr_t)ip[2];
        const Method *seen = (const Method *)(uintptr_t)ip[4];
        if (decl->vtable_slot >= 0) {
            m = seen ? seen : (decl->flags & MF_ABSTRACT) ? NULL : decl;
            *guard_slot = decl->vtable_slot;
        }
    }
    if (!m || !fast_call_possible(m)) return NULL;
    if (ip[0] != OP_CALL && (m->owner->flags & TF_VALUETYPE)) return NULL;   /* a boxed receiver's this becomes a byref */
    return m;
}
static void other_call(Comp *c, uint32_t base, uint32_t size);
/* leaves 1 (done), 0 (left to the interpreter) or -1 (exception) on the stack */
static void fast_call(Comp *c, const Method *m, uint32_t base, uint32_t size, const Type *guard_type, int32_t guard_slot) {
    const Code *code = m->code;
    const uint32_t frame = (uint32_t)sizeof(Frame);
    /* L_A = the callee's compiled function, or 0 */
    i32c(c, (int32_t)(uintptr_t)code); mem(c, W_I32_LOAD, offsetof(Code, tier)); ltee(c, L_A);
    op(c, W_IF); op(c, WT_I32); c->depth++;
    lget(c, L_A); mem(c, W_I32_LOAD, offsetof(TierCode, fn));
    op(c, W_ELSE); i32c(c, 0); end(c);
    lset(c, L_A);
    lget(c, L_T); mem(c, W_I32_LOAD, offsetof(Thread, frame_count)); lset(c, L_B);
    /* what push_frame checks, and room to nest, and fuel */
    lget(c, L_A); i32c(c, 0); op(c, W_I32_NE);
    lget(c, L_B); i32c(c, 1); op(c, W_I32_ADD); lget(c, L_T); mem(c, W_I32_LOAD, offsetof(Thread, frame_capacity)); op(c, W_I32_LT_U);
    op(c, W_I32_AND);
    lget(c, L_B); i32c(c, TIER_FAST_PUSH_DEPTH); op(c, W_I32_LT_U); op(c, W_I32_AND);
    lget(c, L_FP); i32c(c, (int32_t)((base + code->frame_slots) * 8)); op(c, W_I32_ADD);
    lget(c, L_T); mem(c, W_I32_LOAD, offsetof(Thread, stack_end)); op(c, W_I32_LE_U); op(c, W_I32_AND);
    i32_at(c, &tier_nesting); i32c(c, TIER_MAX_NESTING); op(c, W_I32_LT_U); op(c, W_I32_AND);
    i32_at(c, &tier_fuel); i32c(c, 1); op(c, W_I32_GT_S); op(c, W_I32_AND);
    if (guard_type || guard_slot >= 0) { receiver_guard(c, base, guard_type, guard_slot, m); op(c, W_I32_AND); }
    op(c, W_IF); op(c, WT_I32); c->depth++;
    add_to(c, &tier_fuel, -1);
    /* L_C = the new frame, L_E = the caller's */
    lget(c, L_T); mem(c, W_I32_LOAD, offsetof(Thread, frames));
    lget(c, L_B); i32c(c, (int32_t)frame); op(c, W_I32_MUL); op(c, W_I32_ADD); ltee(c, L_C);
    i32c(c, (int32_t)frame); op(c, W_I32_SUB); lset(c, L_E);
    lget(c, L_E); i32c(c, (int32_t)(uintptr_t)(c->ip + size)); mem(c, W_I32_STORE, offsetof(Frame, ip));
    lget(c, L_C); i32c(c, (int32_t)(uintptr_t)m); mem(c, W_I32_STORE, offsetof(Frame, method));
    lget(c, L_C); i32c(c, (int32_t)(uintptr_t)code); mem(c, W_I32_STORE, offsetof(Frame, code));
    lget(c, L_C); lget(c, L_FP); i32c(c, (int32_t)(base * 8)); op(c, W_I32_ADD); mem(c, W_I32_STORE, offsetof(Frame, fp));
    lget(c, L_C); i32c(c, (int32_t)(uintptr_t)code->ops); mem(c, W_I32_STORE, offsetof(Frame, ip));
    lget(c, L_C); i32c(c, 0); mem(c, W_I32_STORE, offsetof(Frame, flags));
    lget(c, L_C); lget(c, L_E); mem(c, W_I32_LOAD, offsetof(Frame, localloc)); mem(c, W_I32_STORE, offsetof(Frame, localloc));
    lget(c, L_T); lget(c, L_B); i32c(c, 1); op(c, W_I32_ADD); mem(c, W_I32_STORE, offsetof(Thread, frame_count));
    clear_frame_slots(c, base + code->local_start, code->local_slots);
    call_compiled_and_test(c, base);
    /* returned: pop the frame as the interpreter's return does */
    if (code->frame_slots > m->ret_slots) clear_frame_slots(c, base + m->ret_slots, code->frame_slots - m->ret_slots);
    lget(c, L_T); mem(c, W_I32_LOAD, offsetof(Thread, eh_count));
    if_void(c);
    lget(c, L_T); lget(c, L_B); i32c(c, (int32_t)(uintptr_t)&tier_drop_eh);
    op(c, W_CALL_INDIRECT); u32(c, TYPE_RAISE); op(c, 0);
    end(c);
    lget(c, L_T); lget(c, L_B); mem(c, W_I32_STORE, offsetof(Thread, frame_count));
    i32c(c, 1);
    op(c, W_ELSE);
    /* stopped at an op: the interpreter carries on in the callee (the frame array may have moved) */
    lget(c, L_T); mem(c, W_I32_LOAD, offsetof(Thread, frames));
    lget(c, L_B); i32c(c, (int32_t)frame); op(c, W_I32_MUL); op(c, W_I32_ADD);
    i32c(c, (int32_t)(uintptr_t)code->ops); lget(c, L_F); i32c(c, (int32_t)sizeof(Op)); op(c, W_I32_MUL); op(c, W_I32_ADD);
    mem(c, W_I32_STORE, offsetof(Frame, ip));
    i32c(c, 0);
    end(c);
    op(c, W_ELSE);
    other_call(c, base, size);   /* another receiver type, a callee not compiled yet, no room */
    end(c);
}

/* A virtual or interface call whose target is known only at run time: an
 * abstract method no call had reached when the caller was compiled, a site
 * whose receivers vary, a boxed value-type receiver. The target is looked up
 * inline (CALLVIRT: the receiver's vtable slot; CALLIFACE: the call site's
 * inline cache as it is at the call, which the helper refills on a miss), and
 * when it has compiled code its frame is pushed with the sizes its Code holds,
 * as fast_call does with constants. Leaves 1, 0 or -1 as fast_call does. */
enum { DYN_VIRT, DYN_IFACE, DYN_DELEGATE };
static void dyn_fast_call(Comp *c, uint32_t base, uint32_t size, int kind, int32_t vtable_slot) {
    const uint32_t frame = (uint32_t)sizeof(Frame);
    /* L_M = the target, or 0 (a null receiver or a cache miss: the helper decides) */
    tc_rdref(c, base); ltee(c, L_E);
    op(c, W_IF); op(c, WT_I32); c->depth++;
    if (kind == DYN_DELEGATE) {
        /* a delegate's one target, with L_F = the object it is bound to: a static
           method or one bound to an object (an open instance method takes the helper) */
        lget(c, L_E); mem(c, W_I32_LOAD, delegate_layout.target); lset(c, L_F);
        lget(c, L_E); mem(c, W_I32_LOAD, delegate_layout.method); ltee(c, L_M);
        op(c, W_IF); op(c, WT_I32); c->depth++;
        lget(c, L_M); mem(c, W_I32_LOAD, offsetof(Method, flags)); i32c(c, MF_STATIC); op(c, W_I32_AND);
        lget(c, L_F); op(c, W_I32_OR);
        op(c, W_IF); op(c, WT_I32); c->depth++;
        lget(c, L_M);
        op(c, W_ELSE); i32c(c, 0); end(c);
        op(c, W_ELSE); i32c(c, 0); end(c);
    } else {
        lget(c, L_E); mem(c, W_I32_LOAD, offsetof(Object, type));
    }
    if (kind == DYN_IFACE) {
        i32c(c, (int32_t)(uintptr_t)&c->ip[3]); mem(c, W_I32_LOAD, 0);
        op(c, W_I32_EQ);
        op(c, W_IF); op(c, WT_I32); c->depth++;
        i32c(c, (int32_t)(uintptr_t)&c->ip[4]); mem(c, W_I32_LOAD, 0);
        op(c, W_ELSE); i32c(c, 0); end(c);
    } else if (kind == DYN_VIRT) {
        mem(c, W_I32_LOAD, offsetof(Type, vtable)); mem(c, W_I32_LOAD, (uint32_t)vtable_slot * (uint32_t)sizeof(Method *));
    }
    op(c, W_ELSE); i32c(c, 0); end(c);
    ltee(c, L_M);
    /* L_K = its code, L_A = its compiled function; 0 when it has none */
    op(c, W_IF); op(c, WT_I32); c->depth++;
    lget(c, L_M); mem(c, W_I32_LOAD, offsetof(Method, code));
    op(c, W_ELSE); i32c(c, 0); end(c);
    ltee(c, L_K);
    op(c, W_IF); op(c, WT_I32); c->depth++;
    lget(c, L_K); mem(c, W_I32_LOAD, offsetof(Code, tier)); ltee(c, L_A);
    op(c, W_IF); op(c, WT_I32); c->depth++;
    lget(c, L_A); mem(c, W_I32_LOAD, offsetof(TierCode, fn));
    op(c, W_ELSE); i32c(c, 0); end(c);
    op(c, W_ELSE); i32c(c, 0); end(c);
    ltee(c, L_A);
    /* what push_frame checks, and room to nest, and fuel */
    op(c, W_IF); op(c, WT_I32); c->depth++;
    lget(c, L_T); mem(c, W_I32_LOAD, offsetof(Thread, frame_count)); ltee(c, L_B);
    i32c(c, 1); op(c, W_I32_ADD); lget(c, L_T); mem(c, W_I32_LOAD, offsetof(Thread, frame_capacity)); op(c, W_I32_LT_U);
    lget(c, L_B); i32c(c, TIER_FAST_PUSH_DEPTH); op(c, W_I32_LT_U); op(c, W_I32_AND);
    lget(c, L_FP); i32c(c, (int32_t)(base * 8)); op(c, W_I32_ADD);
    lget(c, L_K); mem(c, W_I32_LOAD, offsetof(Code, frame_slots)); i32c(c, 3); op(c, W_I32_SHL); op(c, W_I32_ADD);
    lget(c, L_T); mem(c, W_I32_LOAD, offsetof(Thread, stack_end)); op(c, W_I32_LE_U); op(c, W_I32_AND);
    i32_at(c, &tier_nesting); i32c(c, TIER_MAX_NESTING); op(c, W_I32_LT_U); op(c, W_I32_AND);
    i32_at(c, &tier_fuel); i32c(c, 1); op(c, W_I32_GT_S); op(c, W_I32_AND);
    op(c, W_ELSE); i32c(c, 0); end(c);
    op(c, W_IF); op(c, WT_I32); c->depth++;
    add_to(c, &tier_fuel, -1);
    if (kind == DYN_DELEGATE) {
        /* the arguments as the interpreter's DINV_SINGLE arranges them: the bound
           object replaces the delegate, or an unbound static method's arguments move down */
        lget(c, L_M); mem(c, W_I32_LOAD, offsetof(Method, flags)); i32c(c, MF_STATIC); op(c, W_I32_AND);
        lget(c, L_F); op(c, W_I32_EQZ); op(c, W_I32_AND);
        if_void(c);
        for (uint32_t i = 0; i + 1 < c->m->arg_slots; i++) {
            lget(c, L_FP); lget(c, L_FP); mem(c, W_I64_LOAD, (base + i + 1) * 8); mem(c, W_I64_STORE, (base + i) * 8);
        }
        op(c, W_ELSE);
        lget(c, L_FP); lget(c, L_F);
        lget(c, L_M); mem(c, W_I32_LOAD, offsetof(Method, flags)); i32c(c, MF_STATIC); op(c, W_I32_AND); op(c, W_I32_EQZ);
        lget(c, L_M); mem(c, W_I32_LOAD, offsetof(Method, owner)); mem(c, W_I32_LOAD, offsetof(Type, flags));
        i32c(c, TF_VALUETYPE); op(c, W_I32_AND); op(c, W_I32_AND);
        op(c, W_IF); op(c, WT_I32); c->depth++;
        i32c(c, VM_OBJECT_DATA_OFFSET);
        op(c, W_ELSE); i32c(c, 0); end(c);
        op(c, W_I32_ADD); mem(c, W_I32_STORE, base * 8);
        end(c);
    } else {
        /* a boxed value type's method takes a byref this */
        lget(c, L_M); mem(c, W_I32_LOAD, offsetof(Method, owner)); mem(c, W_I32_LOAD, offsetof(Type, flags));
        i32c(c, TF_VALUETYPE); op(c, W_I32_AND);
        if_void(c);
        lget(c, L_FP); lget(c, L_E); i32c(c, VM_OBJECT_DATA_OFFSET); op(c, W_I32_ADD); mem(c, W_I32_STORE, base * 8);
        end(c);
    }
    /* L_C = the new frame, L_E = the caller's */
    lget(c, L_T); mem(c, W_I32_LOAD, offsetof(Thread, frames));
    lget(c, L_B); i32c(c, (int32_t)frame); op(c, W_I32_MUL); op(c, W_I32_ADD); ltee(c, L_C);
    i32c(c, (int32_t)frame); op(c, W_I32_SUB); lset(c, L_E);
    lget(c, L_E); i32c(c, (int32_t)(uintptr_t)(c->ip + size)); mem(c, W_I32_STORE, offsetof(Frame, ip));
    lget(c, L_C); lget(c, L_M); mem(c, W_I32_STORE, offsetof(Frame, method));
    lget(c, L_C); lget(c, L_K); mem(c, W_I32_STORE, offsetof(Frame, code));
    lget(c, L_C); lget(c, L_FP); i32c(c, (int32_t)(base * 8)); op(c, W_I32_ADD); mem(c, W_I32_STORE, offsetof(Frame, fp));
    lget(c, L_C); lget(c, L_K); mem(c, W_I32_LOAD, offsetof(Code, ops)); mem(c, W_I32_STORE, offsetof(Frame, ip));
    lget(c, L_C); i32c(c, 0); mem(c, W_I32_STORE, offsetof(Frame, flags));
    lget(c, L_C); lget(c, L_E); mem(c, W_I32_LOAD, offsetof(Frame, localloc)); mem(c, W_I32_STORE, offsetof(Frame, localloc));
    lget(c, L_T); lget(c, L_B); i32c(c, 1); op(c, W_I32_ADD); mem(c, W_I32_STORE, offsetof(Thread, frame_count));
    /* its locals: eight slots inline (past them lie its temps or the stack's slack, as
       interp_zero_slots assumes), more through the C helper; L_E = their address */
    lget(c, L_FP); i32c(c, (int32_t)(base * 8)); op(c, W_I32_ADD);
    lget(c, L_K); mem(c, W_I32_LOAD, offsetof(Code, local_start)); i32c(c, 3); op(c, W_I32_SHL); op(c, W_I32_ADD);
    lset(c, L_E);
    lget(c, L_K); mem(c, W_I32_LOAD, offsetof(Code, local_slots)); i32c(c, 8); op(c, W_I32_GT_U);
    op(c, W_IF); op(c, WT_VOID); c->depth++;
    lget(c, L_E); lget(c, L_K); mem(c, W_I32_LOAD, offsetof(Code, local_slots));
    i32c(c, (int32_t)(uintptr_t)&tier_clear_slots);
    op(c, W_CALL_INDIRECT); u32(c, TYPE_RAISE); op(c, 0);
    op(c, W_ELSE);
    for (uint32_t i = 0; i < 8; i++) { lget(c, L_E); i64c(c, 0); mem(c, W_I64_STORE, i * 8); }
    end(c);
    call_compiled_and_test(c, base);
    /* returned: the interpreter's return, in C (the sizes are the callee's) */
    lget(c, L_T); i32c(c, 0); i32c(c, (int32_t)(uintptr_t)&tier_pop_top_frame);
    op(c, W_CALL_INDIRECT); u32(c, TYPE_RAISE); op(c, 0);
    i32c(c, 1);
    op(c, W_ELSE);
    /* stopped at an op: the interpreter carries on in the callee (the frame array may have moved) */
    lget(c, L_T); mem(c, W_I32_LOAD, offsetof(Thread, frames));
    lget(c, L_B); i32c(c, (int32_t)frame); op(c, W_I32_MUL); op(c, W_I32_ADD);
    lget(c, L_K); mem(c, W_I32_LOAD, offsetof(Code, ops)); lget(c, L_F); i32c(c, (int32_t)sizeof(Op)); op(c, W_I32_MUL); op(c, W_I32_ADD);
    mem(c, W_I32_STORE, offsetof(Frame, ip));
    i32c(c, 0);
    end(c);
    op(c, W_ELSE);
    call_helper(c);
    end(c);
}

/* a call fast_call does not make: virtual and interface calls resolved inline, the rest by the helper */
static void other_call(Comp *c, uint32_t base, uint32_t size) {
    const Method *decl = (const Method *)(uintptr_t)c->ip[2];
    if (c->ip[0] == OP_CALLVIRT && decl->vtable_slot >= 0) dyn_fast_call(c, base, size, DYN_VIRT, decl->vtable_slot);
    else if (c->ip[0] == OP_CALLIFACE) dyn_fast_call(c, base, size, DYN_IFACE, -1);
    else if (c->ip[0] == OP_DINV_SINGLE) dyn_fast_call(c, base, size, DYN_DELEGATE, -1);
    else call_helper(c);
}

void tc_call_op(Comp *c, uint32_t size, uint32_t base, uint32_t area) {
    tc_frame_range(c, base, area);
    tc_a_barrier(c, false);
    call_clobbers(c, base, area);   /* when the callee runs in the interpreter, so does the rest of the block */
    const Type *guard_type;
    int32_t guard_slot;
    const Method *callee = direct_callee(c, &guard_type, &guard_slot);
    if (callee) fast_call(c, callee, base, size, guard_type, guard_slot);
    else other_call(c, base, size);
    ltee(c, L_A);
    op(c, W_I32_EQZ);
    if_void(c);
    /* a frame above this one runs next: slots from base on are its, not ours */
    for (uint32_t s = 0; s < base && EMIT; s++) {
        if (!c->local_of[s]) continue;
        lget(c, L_FP); lget(c, c->local_of[s]); mem(c, store_op(c->cls[s]), s * 8);
    }
    i32c(c, (int32_t)(c->pos + size));
    op(c, W_RETURN);
    end(c);
    lget(c, L_A);
    i32c(c, 0);
    op(c, W_I32_LT_S);
    if_void(c); tc_exc_exit(c); end(c);
}

uint32_t tc_call_area(Method *m) {
    uint32_t n = m->arg_slots > m->ret_slots ? m->arg_slots : m->ret_slots;
    return n ? n : 1;
}

/* CALL_ICALL: a math internal call directly through the table, a data one
 * through tier_icall_op; false for the others (the interpreter makes them) */
bool tc_icall(Comp *c) {
    const Op *ip = c->ip;
    IcallFn fn = (IcallFn)(uintptr_t)ip[2];
    uint32_t base = SLOT(1), n = (uint32_t)ip[3], na = (uint32_t)ip[4];
    tc_frame_range(c, base, na > n ? na : (n ? n : 1));
    if (!is_math_icall(fn) && !is_data_icall(fn)) return false;
    if (!is_math_icall(fn) || n > 1) {
        /* strings, chars, arrays, numbers, memory: tier_icall_op makes the call as the interpreter does */
        tc_a_barrier(c, false);   /* when the interpreter finishes the op, it runs the rest of the block */
        call_clobbers(c, base, na > n ? na : (n ? n : 1));
        tc_call_op_helper(c, (const void *)&tier_icall_op);
        ltee(c, L_A);
        op(c, W_I32_EQZ);
        if_void(c); tc_flush_exit(c, c->pos); end(c);
        lget(c, L_A);
        i32c(c, 0);
        op(c, W_I32_LT_S);
        if_void(c); tc_exc_exit(c); end(c);
        return true;
    }
    call_clobbers(c, base, na > n ? na : (n ? n : 1));
    lget(c, L_T);
    lget(c, L_FP); if (base) { i32c(c, (int32_t)(base * 8)); op(c, W_I32_ADD); }
    lget(c, L_T); i32c(c, (int32_t)offsetof(Thread, icall_ret)); op(c, W_I32_ADD);
    i32c(c, (int32_t)(uintptr_t)fn);
    op(c, W_CALL_INDIRECT); u32(c, TYPE_ICALL); op(c, 0);
    lget(c, L_T); mem(c, W_I32_LOAD, offsetof(Thread, pending_exception));
    if_void(c); tc_exc_exit(c); end(c);
    if (n) { lget(c, L_FP); lget(c, L_T); mem(c, W_I64_LOAD, offsetof(Thread, icall_ret)); mem(c, W_I64_STORE, base * 8); }
    return true;
}
