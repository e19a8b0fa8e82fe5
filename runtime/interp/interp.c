/* interp.c — the interpreter loop.
 *
 * One case per internal op (ops.h); operands are decoded by the macros
 * below, so each case reads like the op's definition. Managed calls push a
 * Frame and continue in the same loop (no managed frame on the C stack: docs/interpreter.md); exceptions unwind
 * frames here too. The loop returns to its caller when the thread finishes,
 * its op budget runs out at a call or backward branch, or it blocks.
 *
 * GC safety: allocation may collect. The collector scans every thread's
 * slot stack up to the top frame's frame_slots, so values are safe as long
 * as they live in frame slots; C locals holding objects across an
 * allocation are avoided (results go straight into slots).
 */
#include "icalls/icalls.h"
#include "interp/interp_internal.h"
#include "types/corlib_binder.h"
#include "interp/tier.h"
#include "interop/interop.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__GNUC__) && !defined(__EMSCRIPTEN__)
#define USE_COMPUTED_GOTO 1
#endif

bool interp_trace;

/* ---- operand access ---- */
#define OPW(i) (ip[(i)])
#define SL(i) (fp[ip[(i)]])
#define PTR(i, T) ((T)(uintptr_t)ip[(i)])
#define IMM_I4(i) ((int32_t)(uint32_t)ip[(i)])
static inline int64_t read_i64(const Op *p) {
    int64_t v;
    Op w[2] = {p[0], W64 > 1 ? p[1] : 0};
    memcpy(&v, w, 8);
    return v;
}
/* An int32 result is written as the whole 8-byte slot (upper half zero, as
 * LDC_I4 leaves it): a later 8-byte copy of the slot (an argument MOV, RET)
 * then reads one store of the same size, which the CPU forwards; after a
 * 4-byte store it would wait for the store to reach the cache. */
#define SET_I4(slot, v) ((slot).u8 = (uint32_t)(v))
#define DATA(o) ((uint8_t *)(o) + VM_OBJECT_DATA_OFFSET)
#define ELEMS(a) ((uint8_t *)(a) + VM_ARRAY_DATA_OFFSET)

#ifdef USE_COMPUTED_GOTO
#define CASE(name) L_##name:
#define DISPATCH() goto *dispatch_table[*ip]
#else
#define CASE(name) case OP_##name:
#define DISPATCH() goto dispatch
#endif
/* CILANTRO_CHECK_OPS (debug and sanitizer builds): every NEXT(n) must step
 * over exactly the operand words ops.def gives the op being executed. */
#ifdef CILANTRO_CHECK_OPS
#define CHECK_NEXT(n) do { if ((uint32_t)(n) != op_length_at(ip)) interp_bad_next(fr->method, ip, (n)); } while (0)
#else
#define CHECK_NEXT(n) ((void)0)
#endif
#define NEXT(n) do { CHECK_NEXT(n); ip += (n) + 1; DISPATCH(); } while (0)

#define THROW_NAMED(name, msg) do { interp_set_pending(t, name, msg); goto exception; } while (0)
#define THROW_NRE() THROW_NAMED("System.NullReferenceException", "Object reference not set to an instance of an object.")
#define THROW_IOOR() THROW_NAMED("System.IndexOutOfRangeException", "Index was outside the bounds of the array.")
#define THROW_OVF() THROW_NAMED("System.OverflowException", "Arithmetic operation resulted in an overflow.")
#define THROW_DIV0() THROW_NAMED("System.DivideByZeroException", "Attempted to divide by zero.")
#define THROW_CAST() THROW_NAMED("System.InvalidCastException", "Specified cast is not valid.")
/* castclass and unbox name both types, as .NET does. */
#define THROW_CAST_OF(obj, target) do { \
        char cast_msg_[600]; \
        snprintf(cast_msg_, sizeof cast_msg_, "Unable to cast object of type '%s' to type '%s'.", \
                 type_name_full(vm_object_type(obj)), type_name_full(target)); \
        THROW_NAMED("System.InvalidCastException", cast_msg_); \
    } while (0)
#define THROW_OOM() THROW_NAMED("System.OutOfMemoryException", "Insufficient memory to continue the execution of the program.")
#define NULLCHECK(p) do { if (!(p)) THROW_NRE(); } while (0)

#define ARR_CHECK(arr, idx) do { \
    NULLCHECK(arr); \
    if ((uint32_t)(idx) >= (uint32_t)((Array *)(arr))->length) THROW_IOOR(); } while (0)

/* The wasm tier (runtime/interp/tier_*.c): at a method's entry and at backward branches,
 * compiled code runs the frame when it has some; it stops at a return
 * (tier_exit returns the frame) or hands the frame back at an op offset. */
#ifdef TIER_AVAILABLE
extern bool tier_active;
#define TIER_AT(pos) do { if (tier_active) { \
        int32_t tr_ = tier_run(t, fr, (uint32_t)(pos), &budget); \
        if (tr_ != TIER_NOT_RUN) { tier_r = tr_; goto tier_exit; } } } while (0)
#else
#define TIER_AT(pos) do { } while (0)
#endif

/* Leave the loop with the thread's state saved. */
#define SAVE_STATE() do { fr->ip = ip; } while (0)

/* ---- helpers ---- */
#ifdef CILANTRO_CHECK_OPS
static void interp_bad_next(Method *m, const Op *ip, uint32_t n) {
    char name[300];
    fprintf(stderr, "cilantro: NEXT(%u) after %s, whose ops.def row has %u operand words (in %s)\n",
            n, op_names[*ip], op_length_at(ip), method_full_name(m, name, sizeof name));
    abort();
}
#endif

/* The first allocation of a type's objects remembers their size class's run
 * (interp_alloc_fixed, interp_internal.h). Out of line: the loop keeps only
 * the inline bump. */
__attribute__((noinline)) Object *interp_alloc_fixed_slow(Type *type, size_t size) {
    type->gc_run = gc_run_for_size(size);
    return gc_alloc(&type->gc, size);
}

/* An instance of a class (never a value type: its run is its boxes'). */
static inline Object *alloc_object(Type *type) {
    return interp_alloc_fixed(type, type->instance_size < sizeof(GcHeader) ? sizeof(GcHeader) : type->instance_size);
}

/* Unboxing may see an enum boxed as its underlying type and vice versa. */
bool interp_unbox_compatible(Type *have, Type *want) {
    if (have == want) return true;
    Type *h = (have->flags & TF_ENUM) ? have->element : have;
    Type *w = (want->flags & TF_ENUM) ? want->element : want;
    return h == w;
}

static double fmod_checked(double a, double b) { return fmod(a, b); }

static int32_t conv_r8_to_i4(double v) {
    if (!(v > -2147483649.0 && v < 2147483648.0)) return INT32_MIN;
    return (int32_t)v;
}
static int64_t conv_r8_to_i8(double v) {
    if (!(v >= -9223372036854775808.0 && v < 9223372036854775808.0)) return INT64_MIN;
    return (int64_t)v;
}
static uint64_t conv_r8_to_u8(double v) {
    if (v != v) return 0x8000000000000000ull;
    if (v < 9223372036854775808.0) return (uint64_t)conv_r8_to_i8(v);
    if (v < 18446744073709551616.0) return (uint64_t)(v - 9223372036854775808.0) + 0x8000000000000000ull;
    return 0x8000000000000000ull;
}
static uint32_t conv_r8_to_u4(double v) { return (uint32_t)conv_r8_to_i8(v); }

int32_t interp_il_offset(Code *code, const Op *ip) {
    if (!code || !code->map_count) return -1;
    uint32_t pos = (uint32_t)(ip - code->ops);
    uint32_t lo = 0, hi = code->map_count;
    while (hi - lo > 1) {
        uint32_t mid = (lo + hi) / 2;
        if (code->map_ops[mid] <= pos) lo = mid; else hi = mid;
    }
    return (int32_t)code->map_il[lo];
}

/* ---- frames ---- */
#define MAX_FRAMES 200000

/* The capacity never passes MAX_FRAMES, so the inline push (ENTER_CALL)
 * checks the capacity alone. */
static bool grow_frames(Thread *t) {
    uint32_t cap = t->frame_capacity ? t->frame_capacity * 2 : 256;
    if (cap > MAX_FRAMES) cap = MAX_FRAMES;
    Frame *f = realloc(t->frames, cap * sizeof(Frame));
    if (!f) return false;
    t->frames = f;
    t->frame_capacity = cap;
    return true;
}

/* Pushes a frame for m at nfp. Returns NULL with a pending exception on failure. */
Frame *interp_push_frame(Thread *t, Method *m, Code *code, Slot *nfp) {
    if (nfp + code->frame_slots > t->stack_end || t->frame_count >= MAX_FRAMES) {
        interp_set_pending(t, "System.StackOverflowException", "Operation caused a stack overflow.");
        return NULL;
    }
    if (t->frame_count == t->frame_capacity && !grow_frames(t)) {
        interp_set_pending(t, "System.OutOfMemoryException", NULL);
        return NULL;
    }
    Frame *nf = &t->frames[t->frame_count++];
    nf->method = m;
    nf->code = code;
    nf->fp = nfp;
    nf->ip = code->ops;
    nf->flags = 0;
    nf->localloc = t->frame_count > 1 ? nf[-1].localloc : 0;
    interp_zero_slots(nfp + code->local_start, code->local_slots);
    return nf;
}

IcallFn interp_icall_of(Method *m) {
    if (!m->icall) {
        char key[512];
        method_icall_key(m, key, sizeof key);
        m->icall = icall_lookup(key);
    }
    return m->icall;
}

void interp_set_pending_missing_icall(Thread *t, Method *m) {
    char key[512], msg[600];
    method_icall_key(m, key, sizeof key);
    snprintf(msg, sizeof msg, "internal call not implemented: %s", key);
    interp_set_pending(t, "System.MissingMethodException", msg);
}

/* Run-time resolution of a delegate's or a virtual call's target may land on
 * an internal call; those run here without a frame. */
static bool call_icall_method(Thread *t, Method *m, Slot *base) {
    if (!interp_icall_of(m)) {
        interp_set_pending_missing_icall(t, m);
        return false;
    }
    Slot *ret = t->icall_ret;
    memset(ret, 0, sizeof t->icall_ret);
    m->icall(t, base, ret);
    if (t->pending_exception) return false;
    if (m->ret_slots) memcpy(base, ret, (m->ret_slots > 8 ? 8 : m->ret_slots) * sizeof(Slot));
    return true;
}

/* ---- class initialization ---- */
/* Returns 1 if initialized (proceed), 0 if a cctor frame was pushed (re-run
 * the op after it returns), -1 on exception. */
static int ensure_class_init(Thread *t, Type *type, Slot *top) {
    switch (type->cinit) {
    case CI_DONE: return 1;
    case CI_RUNNING: return 1;   /* recursive access during the cctor, or another thread: proceed */
    case CI_FAILED:
        t->pending_exception = type->cinit_exception;
        return -1;
    default: break;
    }
    Method *cctor = type_cctor(type);
    if (!cctor) { type->cinit = CI_DONE; return 1; }
    Code *code = interp_ensure_code(t, cctor);
    if (!code) return -1;
    type->cinit = CI_RUNNING;
    type->cinit_thread = t;
    if (!interp_push_frame(t, cctor, code, top)) return -1;
    return 0;
}

/* ---- the loop ---- */
int interp_run(Thread *t, int64_t budget) {
#ifdef USE_COMPUTED_GOTO
    static const void *const dispatch_table[OP_COUNT] = {
#define OP(name, words, operands, flow, doc) &&L_##name,
#include "interp/ops.def"
#undef OP
    };
#endif
    Frame *fr;
    Slot *fp;
    const Op *ip, *ops;
    Object *exc = NULL;
    uint32_t unwind_pos = 0, unwind_clause = 0;
#ifdef TIER_AVAILABLE
    int32_t tier_r = 0;
#endif

    if (t->frame_count <= t->base_frame) return RUN_FINISHED;
resume:
    fr = &t->frames[t->frame_count - 1];
    fp = fr->fp;
    ip = fr->ip;
    ops = fr->code->ops;
    if (t->pending_exception) goto exception;
#ifdef USE_COMPUTED_GOTO
    DISPATCH();
#else
dispatch:
    switch ((int)*ip) {
#endif

    CASE(NOP) NEXT(0);
    CASE(NOP2) NEXT(1);
    CASE(MOV) SL(1) = SL(2); NEXT(2);
    CASE(MOVN) memmove(&SL(1), &SL(2), OPW(3) * sizeof(Slot)); NEXT(3);
    CASE(MOV2) SL(1) = SL(2); SL(4) = SL(5); NEXT(5);
    CASE(MOV3) SL(1) = SL(2); SL(4) = SL(5); SL(7) = SL(8); NEXT(8);
    CASE(LDC_I4) SET_I4(SL(1), IMM_I4(2)); NEXT(2);
    CASE(LDC_I8) SL(1).i8 = read_i64(ip + 2); NEXT(1 + W64);
    CASE(LDC_R4) { uint32_t bits = (uint32_t)OPW(2); SL(1).i8 = 0; memcpy(&SL(1).r4, &bits, 4); NEXT(2); }
    CASE(LDC_R8) SL(1).i8 = read_i64(ip + 2); NEXT(1 + W64);
    CASE(LDNULL) SL(1).p = NULL; NEXT(1);
    CASE(LDSTR) SL(1).p = PTR(2, void *); NEXT(2);
    CASE(LDLOCA) SL(1).p = &fp[OPW(2)]; NEXT(2);
    CASE(ZERO) memset(&SL(1), 0, OPW(2) * sizeof(Slot)); NEXT(2);

#define BIN(name, f, expr) CASE(name) { BIN_SET_##f(SL(1), (expr)); NEXT(3); }
#define BIN_SET_i4(slot, v) SET_I4(slot, v)
#define BIN_SET_i8(slot, v) ((slot).i8 = (v))
#define BIN_SET_r4(slot, v) ((slot).r4 = (v))
#define BIN_SET_r8(slot, v) ((slot).r8 = (v))
    BIN(ADD_I4, i4, (int32_t)((uint32_t)SL(2).i4 + (uint32_t)SL(3).i4))
    BIN(SUB_I4, i4, (int32_t)((uint32_t)SL(2).i4 - (uint32_t)SL(3).i4))
    BIN(MUL_I4, i4, (int32_t)((uint32_t)SL(2).i4 * (uint32_t)SL(3).i4))
    BIN(ADD_I8, i8, (int64_t)((uint64_t)SL(2).i8 + (uint64_t)SL(3).i8))
    BIN(SUB_I8, i8, (int64_t)((uint64_t)SL(2).i8 - (uint64_t)SL(3).i8))
    BIN(MUL_I8, i8, (int64_t)((uint64_t)SL(2).i8 * (uint64_t)SL(3).i8))
    BIN(ADD_R4, r4, SL(2).r4 + SL(3).r4)
    BIN(SUB_R4, r4, SL(2).r4 - SL(3).r4)
    BIN(MUL_R4, r4, SL(2).r4 * SL(3).r4)
    BIN(DIV_R4, r4, SL(2).r4 / SL(3).r4)
    BIN(REM_R4, r4, fmodf(SL(2).r4, SL(3).r4))
    BIN(ADD_R8, r8, SL(2).r8 + SL(3).r8)
    BIN(SUB_R8, r8, SL(2).r8 - SL(3).r8)
    BIN(MUL_R8, r8, SL(2).r8 * SL(3).r8)
    BIN(DIV_R8, r8, SL(2).r8 / SL(3).r8)
    BIN(REM_R8, r8, fmod_checked(SL(2).r8, SL(3).r8))
    BIN(AND_I4, i4, SL(2).i4 & SL(3).i4)
    BIN(OR_I4, i4, SL(2).i4 | SL(3).i4)
    BIN(XOR_I4, i4, SL(2).i4 ^ SL(3).i4)
    BIN(SHL_I4, i4, (int32_t)((uint32_t)SL(2).i4 << (SL(3).i4 & 31)))
    BIN(SHR_I4, i4, SL(2).i4 >> (SL(3).i4 & 31))
    BIN(SHR_UN_I4, i4, (int32_t)((uint32_t)SL(2).i4 >> (SL(3).i4 & 31)))
    BIN(AND_I8, i8, SL(2).i8 & SL(3).i8)
    BIN(OR_I8, i8, SL(2).i8 | SL(3).i8)
    BIN(XOR_I8, i8, SL(2).i8 ^ SL(3).i8)
    BIN(SHL_I8, i8, (int64_t)((uint64_t)SL(2).i8 << (SL(3).i4 & 63)))
    BIN(SHR_I8, i8, SL(2).i8 >> (SL(3).i4 & 63))
    BIN(SHR_UN_I8, i8, (int64_t)((uint64_t)SL(2).i8 >> (SL(3).i4 & 63)))
#undef BIN
    CASE(DIV_I4) {
        int32_t a = SL(2).i4, b = SL(3).i4;
        if (b == 0) THROW_DIV0();
        if (b == -1 && a == INT32_MIN) THROW_OVF();
        SL(1).i4 = a / b; NEXT(3);
    }
    CASE(REM_I4) {
        int32_t a = SL(2).i4, b = SL(3).i4;
        if (b == 0) THROW_DIV0();
        if (b == -1 && a == INT32_MIN) THROW_OVF();
        SL(1).i4 = a % b; NEXT(3);
    }
    CASE(DIV_UN_I4) { uint32_t b = SL(3).u4; if (!b) THROW_DIV0(); SL(1).u4 = SL(2).u4 / b; NEXT(3); }
    CASE(REM_UN_I4) { uint32_t b = SL(3).u4; if (!b) THROW_DIV0(); SL(1).u4 = SL(2).u4 % b; NEXT(3); }
    CASE(DIV_I8) {
        int64_t a = SL(2).i8, b = SL(3).i8;
        if (b == 0) THROW_DIV0();
        if (b == -1 && a == INT64_MIN) THROW_OVF();
        SL(1).i8 = a / b; NEXT(3);
    }
    CASE(REM_I8) {
        int64_t a = SL(2).i8, b = SL(3).i8;
        if (b == 0) THROW_DIV0();
        if (b == -1 && a == INT64_MIN) THROW_OVF();
        SL(1).i8 = a % b; NEXT(3);
    }
    CASE(DIV_UN_I8) { uint64_t b = SL(3).u8; if (!b) THROW_DIV0(); SL(1).u8 = SL(2).u8 / b; NEXT(3); }
    CASE(REM_UN_I8) { uint64_t b = SL(3).u8; if (!b) THROW_DIV0(); SL(1).u8 = SL(2).u8 % b; NEXT(3); }
    CASE(NEG_I4) SL(1).i4 = (int32_t)(0u - (uint32_t)SL(2).i4); NEXT(2);
    CASE(NEG_I8) SL(1).i8 = (int64_t)(0u - (uint64_t)SL(2).i8); NEXT(2);
    CASE(NEG_R4) SL(1).r4 = -SL(2).r4; NEXT(2);
    CASE(NEG_R8) SL(1).r8 = -SL(2).r8; NEXT(2);
    CASE(SQRT_R8) SL(1).r8 = sqrt(SL(2).r8); NEXT(2);
    CASE(NOT_I4) SL(1).i4 = ~SL(2).i4; NEXT(2);
    CASE(NOT_I8) SL(1).i8 = ~SL(2).i8; NEXT(2);

    CASE(ADD_OVF_I4) { int32_t r; if (__builtin_add_overflow(SL(2).i4, SL(3).i4, &r)) THROW_OVF(); SL(1).i4 = r; NEXT(3); }
    CASE(ADD_OVF_UN_I4) { uint32_t r; if (__builtin_add_overflow(SL(2).u4, SL(3).u4, &r)) THROW_OVF(); SL(1).u4 = r; NEXT(3); }
    CASE(SUB_OVF_I4) { int32_t r; if (__builtin_sub_overflow(SL(2).i4, SL(3).i4, &r)) THROW_OVF(); SL(1).i4 = r; NEXT(3); }
    CASE(SUB_OVF_UN_I4) { uint32_t r; if (__builtin_sub_overflow(SL(2).u4, SL(3).u4, &r)) THROW_OVF(); SL(1).u4 = r; NEXT(3); }
    CASE(MUL_OVF_I4) { int32_t r; if (__builtin_mul_overflow(SL(2).i4, SL(3).i4, &r)) THROW_OVF(); SL(1).i4 = r; NEXT(3); }
    CASE(MUL_OVF_UN_I4) { uint32_t r; if (__builtin_mul_overflow(SL(2).u4, SL(3).u4, &r)) THROW_OVF(); SL(1).u4 = r; NEXT(3); }
    CASE(ADD_OVF_I8) { int64_t r; if (__builtin_add_overflow(SL(2).i8, SL(3).i8, &r)) THROW_OVF(); SL(1).i8 = r; NEXT(3); }
    CASE(ADD_OVF_UN_I8) { uint64_t r; if (__builtin_add_overflow(SL(2).u8, SL(3).u8, &r)) THROW_OVF(); SL(1).u8 = r; NEXT(3); }
    CASE(SUB_OVF_I8) { int64_t r; if (__builtin_sub_overflow(SL(2).i8, SL(3).i8, &r)) THROW_OVF(); SL(1).i8 = r; NEXT(3); }
    CASE(SUB_OVF_UN_I8) { uint64_t r; if (__builtin_sub_overflow(SL(2).u8, SL(3).u8, &r)) THROW_OVF(); SL(1).u8 = r; NEXT(3); }
    CASE(MUL_OVF_I8) { int64_t r; if (__builtin_mul_overflow(SL(2).i8, SL(3).i8, &r)) THROW_OVF(); SL(1).i8 = r; NEXT(3); }
    CASE(MUL_OVF_UN_I8) { uint64_t r; if (__builtin_mul_overflow(SL(2).u8, SL(3).u8, &r)) THROW_OVF(); SL(1).u8 = r; NEXT(3); }

    CASE(ADD_I4_IMM) SET_I4(SL(1), (int32_t)((uint32_t)SL(2).i4 + (uint32_t)IMM_I4(3))); NEXT(3);
    CASE(SUB_I4_IMM) SET_I4(SL(1), (int32_t)((uint32_t)SL(2).i4 - (uint32_t)IMM_I4(3))); NEXT(3);
    CASE(MUL_I4_IMM) SET_I4(SL(1), (int32_t)((uint32_t)SL(2).i4 * (uint32_t)IMM_I4(3))); NEXT(3);
    CASE(AND_I4_IMM) SET_I4(SL(1), SL(2).i4 & IMM_I4(3)); NEXT(3);
    CASE(OR_I4_IMM) SET_I4(SL(1), SL(2).i4 | IMM_I4(3)); NEXT(3);
    CASE(XOR_I4_IMM) SET_I4(SL(1), SL(2).i4 ^ IMM_I4(3)); NEXT(3);
    CASE(SHL_I4_IMM) SET_I4(SL(1), (int32_t)((uint32_t)SL(2).i4 << (IMM_I4(3) & 31))); NEXT(3);
    CASE(SHR_I4_IMM) SET_I4(SL(1), SL(2).i4 >> (IMM_I4(3) & 31)); NEXT(3);
    CASE(SHR_UN_I4_IMM) SET_I4(SL(1), (int32_t)((uint32_t)SL(2).i4 >> (IMM_I4(3) & 31))); NEXT(3);
    CASE(DIV_I4_IMM) {
        int32_t a = SL(2).i4, b = IMM_I4(3);
        if (b == 0) THROW_DIV0();
        if (b == -1 && a == INT32_MIN) THROW_OVF();
        SL(1).i4 = a / b; NEXT(3);
    }
    CASE(REM_I4_IMM) {
        int32_t a = SL(2).i4, b = IMM_I4(3);
        if (b == 0) THROW_DIV0();
        if (b == -1 && a == INT32_MIN) THROW_OVF();
        SL(1).i4 = a % b; NEXT(3);
    }

    /* ---- conversions: CONV_<to>_<from> ---- */
#define CONVS(SRC, get) \
    CASE(CONV_I1_##SRC) { int32_t v_ = (int8_t)(get); SL(1).i8 = v_; NEXT(2); } \
    CASE(CONV_U1_##SRC) { int32_t v_ = (uint8_t)(get); SL(1).i8 = v_; NEXT(2); } \
    CASE(CONV_I2_##SRC) { int32_t v_ = (int16_t)(get); SL(1).i8 = v_; NEXT(2); } \
    CASE(CONV_U2_##SRC) { int32_t v_ = (uint16_t)(get); SL(1).i8 = v_; NEXT(2); }
    CONVS(I4, SL(2).i4)
    CONVS(I8, SL(2).i8)
    CONVS(R4, conv_r8_to_i4(SL(2).r4))
    CONVS(R8, conv_r8_to_i4(SL(2).r8))
#undef CONVS
    CASE(CONV_I4_I4) SL(1).i4 = SL(2).i4; NEXT(2);
    CASE(CONV_U4_I4) SL(1).i4 = SL(2).i4; NEXT(2);
    CASE(CONV_I8_I4) SL(1).i8 = SL(2).i4; NEXT(2);
    CASE(CONV_U8_I4) SL(1).u8 = SL(2).u4; NEXT(2);
    CASE(CONV_R4_I4) SL(1).r4 = (float)SL(2).i4; NEXT(2);
    CASE(CONV_R8_I4) SL(1).r8 = (double)SL(2).i4; NEXT(2);
    CASE(CONV_I4_I8) SL(1).i4 = (int32_t)SL(2).i8; NEXT(2);
    CASE(CONV_U4_I8) SL(1).i4 = (int32_t)SL(2).i8; NEXT(2);
    CASE(CONV_I8_I8) SL(1).i8 = SL(2).i8; NEXT(2);
    CASE(CONV_U8_I8) SL(1).i8 = SL(2).i8; NEXT(2);
    CASE(CONV_R4_I8) SL(1).r4 = (float)SL(2).i8; NEXT(2);
    CASE(CONV_R8_I8) SL(1).r8 = (double)SL(2).i8; NEXT(2);
    CASE(CONV_I4_R4) SL(1).i4 = conv_r8_to_i4(SL(2).r4); NEXT(2);
    CASE(CONV_U4_R4) SL(1).u4 = conv_r8_to_u4(SL(2).r4); NEXT(2);
    CASE(CONV_I8_R4) SL(1).i8 = conv_r8_to_i8(SL(2).r4); NEXT(2);
    CASE(CONV_U8_R4) SL(1).u8 = conv_r8_to_u8(SL(2).r4); NEXT(2);
    CASE(CONV_R4_R4) SL(1).r4 = SL(2).r4; NEXT(2);
    CASE(CONV_R8_R4) SL(1).r8 = (double)SL(2).r4; NEXT(2);
    CASE(CONV_I4_R8) SL(1).i4 = conv_r8_to_i4(SL(2).r8); NEXT(2);
    CASE(CONV_U4_R8) SL(1).u4 = conv_r8_to_u4(SL(2).r8); NEXT(2);
    CASE(CONV_I8_R8) SL(1).i8 = conv_r8_to_i8(SL(2).r8); NEXT(2);
    CASE(CONV_U8_R8) SL(1).u8 = conv_r8_to_u8(SL(2).r8); NEXT(2);
    CASE(CONV_R4_R8) SL(1).r4 = (float)SL(2).r8; NEXT(2);
    CASE(CONV_R8_R8) SL(1).r8 = SL(2).r8; NEXT(2);
    CASE(CONV_R_UN_I4) SL(1).r8 = (double)SL(2).u4; NEXT(2);
    CASE(CONV_R_UN_I8) SL(1).r8 = (double)SL(2).u8; NEXT(2);

    /* checked conversions: signed integer sources, unsigned (_UN) sources, floats */
#define OVF_RANGE_S(NAME, v, lo, hi, store) CASE(NAME) { int64_t x = (v); if (x < (lo) || x > (hi)) THROW_OVF(); store; NEXT(2); }
#define OVF_RANGE_U(NAME, v, hi, store) CASE(NAME) { uint64_t x = (v); if (x > (hi)) THROW_OVF(); store; NEXT(2); }
#define OVF_FROM(SRC, sv, uv) \
    OVF_RANGE_S(CONV_OVF_I1_##SRC, sv, -128, 127, SL(1).i4 = (int32_t)x) \
    OVF_RANGE_U(CONV_OVF_I1_##SRC##_UN, uv, 127, SL(1).i4 = (int32_t)x) \
    OVF_RANGE_S(CONV_OVF_U1_##SRC, sv, 0, 255, SL(1).i4 = (int32_t)x) \
    OVF_RANGE_U(CONV_OVF_U1_##SRC##_UN, uv, 255, SL(1).i4 = (int32_t)x) \
    OVF_RANGE_S(CONV_OVF_I2_##SRC, sv, -32768, 32767, SL(1).i4 = (int32_t)x) \
    OVF_RANGE_U(CONV_OVF_I2_##SRC##_UN, uv, 32767, SL(1).i4 = (int32_t)x) \
    OVF_RANGE_S(CONV_OVF_U2_##SRC, sv, 0, 65535, SL(1).i4 = (int32_t)x) \
    OVF_RANGE_U(CONV_OVF_U2_##SRC##_UN, uv, 65535, SL(1).i4 = (int32_t)x) \
    OVF_RANGE_S(CONV_OVF_I4_##SRC, sv, INT32_MIN, INT32_MAX, SL(1).i4 = (int32_t)x) \
    OVF_RANGE_U(CONV_OVF_I4_##SRC##_UN, uv, INT32_MAX, SL(1).i4 = (int32_t)x) \
    OVF_RANGE_S(CONV_OVF_U4_##SRC, sv, 0, UINT32_MAX, SL(1).u4 = (uint32_t)x) \
    OVF_RANGE_U(CONV_OVF_U4_##SRC##_UN, uv, UINT32_MAX, SL(1).u4 = (uint32_t)x) \
    OVF_RANGE_S(CONV_OVF_I8_##SRC, sv, INT64_MIN, INT64_MAX, SL(1).i8 = x) \
    OVF_RANGE_U(CONV_OVF_I8_##SRC##_UN, uv, (uint64_t)INT64_MAX, SL(1).i8 = (int64_t)x) \
    OVF_RANGE_S(CONV_OVF_U8_##SRC, sv, 0, INT64_MAX, SL(1).i8 = x) \
    OVF_RANGE_U(CONV_OVF_U8_##SRC##_UN, uv, UINT64_MAX, SL(1).u8 = x)
    OVF_FROM(I4, SL(2).i4, SL(2).u4)
    OVF_FROM(I8, SL(2).i8, SL(2).u8)
#undef OVF_FROM
#define OVF_FLOAT(SRC, get) \
    CASE(CONV_OVF_I1_##SRC) { double v = (get); if (!(v > -129.0 && v < 128.0)) THROW_OVF(); SL(1).i4 = (int32_t)v; NEXT(2); } \
    CASE(CONV_OVF_U1_##SRC) { double v = (get); if (!(v > -1.0 && v < 256.0)) THROW_OVF(); SL(1).i4 = (int32_t)v; NEXT(2); } \
    CASE(CONV_OVF_I2_##SRC) { double v = (get); if (!(v > -32769.0 && v < 32768.0)) THROW_OVF(); SL(1).i4 = (int32_t)v; NEXT(2); } \
    CASE(CONV_OVF_U2_##SRC) { double v = (get); if (!(v > -1.0 && v < 65536.0)) THROW_OVF(); SL(1).i4 = (int32_t)v; NEXT(2); } \
    CASE(CONV_OVF_I4_##SRC) { double v = (get); if (!(v > -2147483649.0 && v < 2147483648.0)) THROW_OVF(); SL(1).i4 = (int32_t)v; NEXT(2); } \
    CASE(CONV_OVF_U4_##SRC) { double v = (get); if (!(v > -1.0 && v < 4294967296.0)) THROW_OVF(); SL(1).u4 = (uint32_t)v; NEXT(2); } \
    CASE(CONV_OVF_I8_##SRC) { double v = (get); if (!(v >= -9223372036854775808.0 && v < 9223372036854775808.0)) THROW_OVF(); SL(1).i8 = (int64_t)v; NEXT(2); } \
    CASE(CONV_OVF_U8_##SRC) { double v = (get); if (!(v > -1.0 && v < 18446744073709551616.0)) THROW_OVF(); SL(1).u8 = (uint64_t)v; NEXT(2); }
    OVF_FLOAT(R4, SL(2).r4)
    OVF_FLOAT(R8, SL(2).r8)
#undef OVF_FLOAT
#undef OVF_RANGE_S
#undef OVF_RANGE_U

    /* ---- comparisons ---- */
#define CMP(name, f, expr) CASE(name) { SET_I4(SL(1), (expr)); NEXT(3); }
#define CMPS(K, f, uf) \
    CMP(CEQ_##K, f, SL(2).f == SL(3).f) CMP(CGT_##K, f, SL(2).f > SL(3).f) CMP(CLT_##K, f, SL(2).f < SL(3).f) \
    CMP(CGT_UN_##K, f, SL(2).uf > SL(3).uf) CMP(CLT_UN_##K, f, SL(2).uf < SL(3).uf)
    CMPS(I4, i4, u4)
    CMPS(I8, i8, u8)
#undef CMPS
    CMP(CEQ_R4, r4, SL(2).r4 == SL(3).r4)
    CMP(CGT_R4, r4, SL(2).r4 > SL(3).r4)
    CMP(CLT_R4, r4, SL(2).r4 < SL(3).r4)
    CMP(CGT_UN_R4, r4, !(SL(2).r4 <= SL(3).r4))
    CMP(CLT_UN_R4, r4, !(SL(2).r4 >= SL(3).r4))
    CMP(CEQ_R8, r8, SL(2).r8 == SL(3).r8)
    CMP(CGT_R8, r8, SL(2).r8 > SL(3).r8)
    CMP(CLT_R8, r8, SL(2).r8 < SL(3).r8)
    CMP(CGT_UN_R8, r8, !(SL(2).r8 <= SL(3).r8))
    CMP(CLT_UN_R8, r8, !(SL(2).r8 >= SL(3).r8))
#undef CMP

    /* ---- branches ---- */
#define JUMP(target) do { \
        const Op *dest_ = ops + (target); \
        if (dest_ <= ip && --budget <= 0) { ip = dest_; SAVE_STATE(); return RUN_BUDGET; } \
        if (dest_ <= ip) TIER_AT(dest_ - ops); \
        ip = dest_; DISPATCH(); } while (0)
    CASE(BR) JUMP(OPW(1));
    CASE(BRTRUE_I4) if (SL(1).i4) JUMP(OPW(2)); NEXT(2);
    CASE(BRFALSE_I4) if (!SL(1).i4) JUMP(OPW(2)); NEXT(2);
    CASE(BRTRUE_I8) if (SL(1).i8) JUMP(OPW(2)); NEXT(2);
    CASE(BRFALSE_I8) if (!SL(1).i8) JUMP(OPW(2)); NEXT(2);
#define BCMP(name, cond) CASE(name) if (cond) JUMP(OPW(3)); NEXT(3);
#define BCMPS(K, f, uf) \
    BCMP(BEQ_##K, SL(1).f == SL(2).f) BCMP(BNE_UN_##K, SL(1).f != SL(2).f) \
    BCMP(BGE_##K, SL(1).f >= SL(2).f) BCMP(BGT_##K, SL(1).f > SL(2).f) \
    BCMP(BLE_##K, SL(1).f <= SL(2).f) BCMP(BLT_##K, SL(1).f < SL(2).f) \
    BCMP(BGE_UN_##K, SL(1).uf >= SL(2).uf) BCMP(BGT_UN_##K, SL(1).uf > SL(2).uf) \
    BCMP(BLE_UN_##K, SL(1).uf <= SL(2).uf) BCMP(BLT_UN_##K, SL(1).uf < SL(2).uf)
    BCMPS(I4, i4, u4)
    BCMPS(I8, i8, u8)
#undef BCMPS
#define BCMPF(K, f) \
    BCMP(BEQ_##K, SL(1).f == SL(2).f) BCMP(BNE_UN_##K, !(SL(1).f == SL(2).f)) \
    BCMP(BGE_##K, SL(1).f >= SL(2).f) BCMP(BGT_##K, SL(1).f > SL(2).f) \
    BCMP(BLE_##K, SL(1).f <= SL(2).f) BCMP(BLT_##K, SL(1).f < SL(2).f) \
    BCMP(BGE_UN_##K, !(SL(1).f < SL(2).f)) BCMP(BGT_UN_##K, !(SL(1).f <= SL(2).f)) \
    BCMP(BLE_UN_##K, !(SL(1).f > SL(2).f)) BCMP(BLT_UN_##K, !(SL(1).f >= SL(2).f))
    BCMPF(R4, r4)
    BCMPF(R8, r8)
#undef BCMPF
#define BIMM(name, cond) CASE(name) if (cond) JUMP(OPW(3)); NEXT(3);
    BIMM(BEQ_I4_IMM, SL(1).i4 == IMM_I4(2))
    BIMM(BNE_UN_I4_IMM, SL(1).i4 != IMM_I4(2))
    BIMM(BGE_I4_IMM, SL(1).i4 >= IMM_I4(2))
    BIMM(BGT_I4_IMM, SL(1).i4 > IMM_I4(2))
    BIMM(BLE_I4_IMM, SL(1).i4 <= IMM_I4(2))
    BIMM(BLT_I4_IMM, SL(1).i4 < IMM_I4(2))
    BIMM(BGE_UN_I4_IMM, SL(1).u4 >= (uint32_t)IMM_I4(2))
    BIMM(BGT_UN_I4_IMM, SL(1).u4 > (uint32_t)IMM_I4(2))
    BIMM(BLE_UN_I4_IMM, SL(1).u4 <= (uint32_t)IMM_I4(2))
    BIMM(BLT_UN_I4_IMM, SL(1).u4 < (uint32_t)IMM_I4(2))
#undef BIMM
#undef BCMP
    CASE(BLT_LEN_I4) {
        Array *arr_ = SL(2).p;
        NULLCHECK(arr_);
        if (SL(1).i4 < (int32_t)arr_->length) JUMP(OPW(3));
        NEXT(3);
    }
    CASE(SWITCH) {
        uint32_t v = SL(1).u4, n = (uint32_t)OPW(2);
        if (v < n) JUMP(OPW(3 + v));
        NEXT(2 + n);
    }

#include "interp/interp_objects.inc"

#ifndef USE_COMPUTED_GOTO
    default:
        break;
    }
    interp_set_pending(t, "System.InvalidProgramException", "invalid internal opcode");
    goto exception;
#endif

#ifdef TIER_AVAILABLE
tier_exit:
    /* frames may have moved (compiled calls push frames): reload the top one */
    if (tier_r == TIER_RETURNED) { fr = &t->frames[t->frame_count - 1]; fp = fr->fp; goto do_return; }
    if (tier_icall_unfinished) {
        /* compiled code made the internal call at the top frame's ip; the rest is the loop's */
        tier_icall_unfinished = false;
        fr = &t->frames[t->frame_count - 1];
        fp = fr->fp;
        ip = fr->ip;
        ops = fr->code->ops;
        goto icall_done;
    }
    goto resume;
#endif

exception:
#include "interp/interp_unwind.inc"
}
