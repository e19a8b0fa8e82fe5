/* tier_runtime.c — when methods are compiled, how the interpreter enters
 * compiled code, and the helpers compiled code calls (exceptions, calls).
 * See tier.h and docs/tier.md. */
#include "interp/tier_internal.h"

#include "host/host.h"

#include <stdio.h>

uint32_t tier_threshold = 1000;
bool tier_active;
int32_t tier_fuel;
TierStats tier_stats;
IcallFn icall_math_sqrt;
IcallFn icall_init_array;   /* copies an array's initial data: a data-only call */

uint32_t tier_nesting;   /* compiled code calling compiled code nests on the wasm stack */

bool tier_debug;

static TierCode *profiled;   /* tierDebug: every compiled method, for print_profile */

/* tierDebug: the compiled methods that hand their frame back to the interpreter most */
static void print_profile(void) {
    enum { TOP = 25 };
    TierCode *top[TOP] = {0};
    for (TierCode *tc = profiled; tc; tc = tc->next_profiled) {
        uint64_t w = (uint64_t)tc->exits + tc->calls_left;
        for (int i = 0; i < TOP; i++) {
            if (top[i] && (uint64_t)top[i]->exits + top[i]->calls_left >= w) continue;
            memmove(&top[i + 1], &top[i], (TOP - 1 - i) * sizeof *top);
            top[i] = tc;
            break;
        }
    }
    for (int i = 0; i < TOP && top[i]; i++)
        fprintf(stderr, "tier: %10u entries (%u from the interpreter) %10u exits %10u calls left, last exit after %s  %s.%s\n",
                top[i]->entries, top[i]->from_interp, top[i]->exits, top[i]->calls_left,
                top[i]->last_exit > 0 ? op_names[top[i]->method->code->ops[top[i]->last_exit - 0]] : "-",
                type_name_full(top[i]->method->owner), top[i]->method->name);
}

void tier_set_mode(int mode) {
    if (mode == -2) { tier_debug = true; return; }
    if (mode < 0) {   /* the host's tierDebug: what the tier did */
        fprintf(stderr, "tier: %u methods compiled, %u refused, %u entries into compiled code, %u calls from it\n",
                tier_stats.compiled, tier_stats.refused, tier_stats.entries, tier_stats.calls);
        fprintf(stderr, "tier: helper calls: %u CALL, %u CALLVIRT, %u CALLIFACE, %u others\n", tier_stats.calls_by_op[0],
                tier_stats.calls_by_op[1], tier_stats.calls_by_op[2], tier_stats.calls_by_op[3]);
        print_profile();
        return;
    }
#ifdef TIER_AVAILABLE
    tier_active = mode != TIER_OFF;
    tier_threshold = mode == TIER_ALWAYS ? 0 : 1000;
    if (!icall_math_sqrt)
        for (const IcallEntry *e = icall_math_entries; e->signature; e++)
            if (strcmp(e->signature, "System.Math::Sqrt(System.Double)") == 0) icall_math_sqrt = e->fn;
    if (!icall_init_array)
        for (const IcallEntry *e = icall_runtime_entries; e->signature; e++)
            if (strcmp(e->signature, "System.Runtime.CompilerServices.RuntimeHelpers::InitializeArray(System.Array,System.RuntimeFieldHandle)") == 0)
                icall_init_array = e->fn;
#else
    (void)mode;   /* the native build keeps the interpreter */
#endif
}

/* The host's switch (createRuntime's `tier` option): 0 off, 1 hot methods, 2 every method;
 * -1 prints the counters to stderr, -2 names each method not compiled (tierDebug). */
void cil_tier_mode(int mode) { tier_set_mode(mode); }

#ifdef TIER_AVAILABLE
extern uint32_t cilantro_js_tier(const uint8_t *bytes, uint32_t len);
uint32_t tier_instantiate(const uint8_t *bytes, uint32_t len) { return cilantro_js_tier(bytes, len); }

/* The tier's compiler is in the module's lazy part (docs/js.md), which a
 * page loads asynchronously when the first method turns hot. The host
 * answers 1 (it is in: Node loads it at once, a whole module has it), 0
 * (not yet: hot methods stay interpreted and ask again TIER_READY_RETRY
 * calls later) or -1 (it could not be loaded: every method stays
 * interpreted). */
extern int32_t cilantro_js_compiler_ready(void);
static int32_t compiler_state(void) {
    static int32_t state;
    if (state == 0) state = cilantro_js_compiler_ready();
    return state;
}
#else
uint32_t tier_instantiate(const uint8_t *bytes, uint32_t len) { (void)bytes; (void)len; return 0; }
static int32_t compiler_state(void) { return 1; }
#endif
enum { TIER_READY_RETRY = 64 };

/* Methods past half the threshold since the last module was built ("warm"):
 * when a method turns hot, they are compiled with it into one module. Each
 * module costs the host a fixed amount of work (about half a millisecond on
 * the main thread, whatever its size: compiling it, instantiating it,
 * growing the table), and methods tend to turn hot together (a sort's
 * comparer, its delegate and the lambda behind it), so collections 400000
 * built 42 modules for 42 methods before this. */
enum { TIER_BATCH_MAX = 16 };
static Code *warm[TIER_BATCH_MAX - 1];
static Method *warm_method[TIER_BATCH_MAX - 1];
static uint32_t nwarm;

void tier_code_free(Code *code) {
    for (uint32_t i = 0; i < nwarm; i++)
        if (warm[i] == code) {
            warm[i] = warm[--nwarm];
            warm_method[i] = warm_method[nwarm];
            i--;
        }
    if (!code->tier) return;
    free(code->tier->block_starts);
    free(code->tier);
    code->tier = NULL;
}

static void refuse(Method *m, Code *code) {
    code->tier_hot = UINT32_MAX;
    tier_stats.refused++;
    if (tier_debug) fprintf(stderr, "tier: not compiled: %s.%s\n", type_name_full(m->owner), m->name);
}

static void installed(Method *m, Code *code) {
    tier_stats.compiled++;
    if (tier_debug) {
        code->tier->method = m;
        code->tier->next_profiled = profiled;
        profiled = code->tier;
    }
}

/* Compiles m (hot) and the warm methods into one module. */
static void compile_batch(Method *m, Code *code) {
    TierBody *bodies[TIER_BATCH_MAX];
    uint32_t n = 0;
    bodies[n] = tier_compile_body(m, code);
    if (!bodies[n]) refuse(m, code); else n++;
    for (uint32_t i = 0; i < nwarm; i++) {
        Code *wc = warm[i];
        if (wc == code || wc->tier || wc->tier_hot == UINT32_MAX) continue;
        bodies[n] = tier_compile_body(warm_method[i], wc);
        if (!bodies[n]) refuse(warm_method[i], wc); else n++;
    }
    nwarm = 0;
    if (n && !tier_install(bodies, n)) {
        /* the host refused the module: one function at a time, to refuse only the culprit */
        for (uint32_t i = 0; i < n; i++)
            if (n == 1 || !tier_install(&bodies[i], 1)) refuse(bodies[i]->method, bodies[i]->code);
    }
    for (uint32_t i = 0; i < n; i++) {
        if (bodies[i]->code->tier) installed(bodies[i]->method, bodies[i]->code);
        tier_body_free(bodies[i]);
    }
}

/* the compiled form of code, compiling it once it is hot; NULL = interpret */
static TierCode *tier_code(Method *m, Code *code) {
    if (code->tier) return code->tier;
    if (code->tier_hot == UINT32_MAX) return NULL;           /* refused before */
    if (++code->tier_hot <= tier_threshold) {
        if (code->tier_hot == tier_threshold / 2 && nwarm < TIER_BATCH_MAX - 1) {
            warm[nwarm] = code;
            warm_method[nwarm++] = m;
        }
        return NULL;
    }
    int32_t compiler = compiler_state();
    if (compiler <= 0) {
        code->tier_hot = compiler < 0 ? UINT32_MAX
                       : tier_threshold > TIER_READY_RETRY ? tier_threshold - TIER_READY_RETRY : 0;
        return NULL;
    }
    compile_batch(m, code);
    return code->tier;
}

static int32_t block_index(TierCode *tc, uint32_t pos) {
    uint32_t lo = 0, hi = tc->block_count;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (tc->block_starts[mid] < pos) lo = mid + 1; else hi = mid;
    }
    return lo < tc->block_count && tc->block_starts[lo] == pos ? (int32_t)lo : -1;
}

/* Runs the top frame (index idx) compiled from pos; sets its ip when it stops early. */
static int32_t enter(Thread *t, uint32_t idx, TierCode *tc, int32_t block) {
    Frame *fr = &t->frames[idx];
    Code *code = fr->code;
    tier_stats.entries++;
    tier_nesting++;
    int32_t r = ((TierFn)(uintptr_t)tc->fn)(t, fr->fp, block);
    tier_nesting--;
    if (tier_debug) { tc->entries++; tc->exits += r != TIER_RETURNED; if (r >= 0) tc->last_exit = r; }
    if (r != TIER_RETURNED) t->frames[idx].ip = code->ops + r;
    return r;
}

int32_t tier_run(Thread *t, Frame *fr, uint32_t pos, int64_t *budget) {
    TierCode *tc = tier_code(fr->method, fr->code);
    if (!tc) return TIER_NOT_RUN;
    int32_t block = block_index(tc, pos);
    if (block < 0) return TIER_NOT_RUN;
    tier_fuel = *budget > INT32_MAX ? INT32_MAX : (int32_t)*budget;
    if (tier_debug) tc->from_interp++;
    int32_t r = enter(t, t->frame_count - 1, tc, block);
    *budget = tier_fuel;
    return r;
}

void tier_raise(Thread *t, int32_t kind) {
    switch (kind) {
    case TIER_EXC_NULL: interp_set_pending(t, "System.NullReferenceException", "Object reference not set to an instance of an object."); break;
    case TIER_EXC_RANGE: interp_set_pending(t, "System.IndexOutOfRangeException", "Index was outside the bounds of the array."); break;
    case TIER_EXC_OVF: interp_set_pending(t, "System.OverflowException", "Arithmetic operation resulted in an overflow."); break;
    default: interp_set_pending(t, "System.DivideByZeroException", "Attempted to divide by zero."); break;
    }
}

/* An [InternalCall] method reached by a call op: it runs here, without a frame. */
static bool call_internal(Thread *t, Method *m, Slot *base) {
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

/* CALL_ICALL from compiled code: 1 = done (results copied to the argument
 * block), -1 = exception at the op, 0 = the interpreter finishes the op
 * (tier_icall_unfinished: a blocking call, a class to initialize, an exit). */
bool tier_icall_unfinished;
int32_t tier_icall_op(Thread *t, Slot *fp, const Op *ip) {
    Slot *ret = t->icall_ret, *base = &fp[ip[1]];
    memset(ret, 0, sizeof t->icall_ret);
    ((IcallFn)(uintptr_t)ip[2])(t, base, ret);
    if (t->pending_exception) return -1;
    if (vm_exit_requested || t->block) {
        tier_icall_unfinished = true;
        return 0;
    }
    uint32_t n = (uint32_t)ip[3];
    if (n) memcpy(base, ret, (n > 8 ? 8 : n) * sizeof(Slot));
    return 1;
}

/* n bytes at src into the slots from d on, the last one padded with zeros (the interpreter's struct loads) */
static void load_struct(Slot *d, const uint8_t *src, uint32_t n) {
    Slot buf[16];
    if (n > sizeof buf) { memmove(d, src, n); return; }
    uint32_t whole = (n + 7) & ~7u;
    memset(buf, 0, whole);
    memcpy(buf, src, n);
    memcpy(d, buf, whole);
}

/* Allocation, boxing, casts and checked reference stores from compiled code,
 * as the interpreter does them. 1 = done; 0 = not done (it would throw, or
 * memory ran out): the interpreter runs the op, and raises its exception. */
int32_t tier_object_op(Thread *t, Slot *fp, const Op *ip) {
    (void)t;
    switch ((int)ip[0]) {
    case OP_NEWOBJ_INLINE: {
        Type *type = (Type *)(uintptr_t)ip[2];
        Object *o = interp_alloc_fixed(type, type->instance_size < sizeof(GcHeader) ? sizeof(GcHeader) : type->instance_size);
        if (!o) return 0;
        uint32_t base = (uint32_t)ip[1];
        interp_shift_args_up(&fp[base], 2, (uint32_t)ip[3]);
        fp[base].o = o;
        fp[base + 1].o = o;
        return 1;
    }
    case OP_NEWARR: {
        int32_t len = fp[ip[2]].i4;
        if (len < 0) return 0;
        Array *a = gc_alloc_array(&((Type *)(uintptr_t)ip[3])->gc, len);
        if (!a) return 0;
        fp[ip[1]].p = a;
        return 1;
    }
    case OP_BOX: {
        Type *type = (Type *)(uintptr_t)ip[3];
        uint32_t size = type_value_size(type);
        Object *o = (type->flags & TF_VALUETYPE) ? interp_alloc_fixed(type, VM_OBJECT_DATA_OFFSET + size)
                                                 : gc_alloc(&type->gc, VM_OBJECT_DATA_OFFSET + size);
        if (!o) return 0;
        memcpy((uint8_t *)o + VM_OBJECT_DATA_OFFSET, &fp[ip[2]], size);
        fp[ip[1]].o = o;
        return 1;
    }
    case OP_ISINST: case OP_CASTCLASS: {
        Object *o = fp[ip[2]].o;
        Type *type = (Type *)(uintptr_t)ip[3];
        bool is = o && (vm_object_type(o) == type || type_is_assignable_to(vm_object_type(o), type));
        if (ip[0] == OP_CASTCLASS && o && !is) return 0;
        fp[ip[1]].o = is ? o : NULL;
        return 1;
    }
    case OP_LDELEM_VT: case OP_STELEM_VT: {
        bool load = ip[0] == OP_LDELEM_VT;
        Array *arr = fp[ip[load ? 2 : 1]].p;
        int32_t idx = fp[ip[load ? 3 : 2]].i4;
        if (!arr || (uint32_t)idx >= (uint32_t)arr->length) return 0;
        uint32_t size = (uint32_t)ip[4];
        uint8_t *elem = (uint8_t *)arr + VM_ARRAY_DATA_OFFSET + (size_t)idx * size;
        if (!load) { memmove(elem, &fp[ip[3]], size); return 1; }
        Slot tmp[16];
        if (size <= sizeof tmp) {
            memset(tmp, 0, (size + 7) & ~7u);
            memcpy(tmp, elem, size);
            memcpy(&fp[ip[1]], tmp, (size + 7) & ~7u);
        } else {
            memmove(&fp[ip[1]], elem, size);
        }
        return 1;
    }
    case OP_UNBOX: case OP_UNBOX_ANY: {
        Object *o = fp[ip[2]].o;
        if (!o || !interp_unbox_compatible(vm_object_type(o), (Type *)(uintptr_t)ip[3])) return 0;
        uint8_t *data = (uint8_t *)o + VM_OBJECT_DATA_OFFSET;
        if (ip[0] == OP_UNBOX) fp[ip[1]].p = data;
        else memmove(&fp[ip[1]], data, (uint32_t)ip[4]);
        return 1;
    }
    case OP_LDFLD_VT: case OP_LDOBJ: {
        const uint8_t *src = fp[ip[2]].p;
        if (!src) return 0;
        bool field = ip[0] == OP_LDFLD_VT;
        load_struct(&fp[ip[1]], src + (field ? (uint32_t)ip[3] : 0), (uint32_t)ip[field ? 4 : 3]);
        return 1;
    }
    case OP_STFLD_VT: case OP_STOBJ: {
        uint8_t *dst = fp[ip[1]].p;
        if (!dst) return 0;
        bool field = ip[0] == OP_STFLD_VT;
        memmove(dst + (field ? (uint32_t)ip[3] : 0), &fp[ip[2]], (uint32_t)ip[field ? 4 : 3]);
        return 1;
    }
    case OP_INITOBJ: {
        uint8_t *dst = fp[ip[1]].p;
        if (!dst) return 0;
        memset(dst, 0, (uint32_t)ip[2]);
        return 1;
    }
    case OP_MOVN:
        memmove(&fp[ip[1]], &fp[ip[2]], (uint32_t)ip[3] * sizeof(Slot));
        return 1;
    case OP_DINV_PREP: {
        uint32_t call = (uint32_t)ip[1], self = (uint32_t)ip[2], args = (uint32_t)ip[4];
        Array *list;
        memcpy(&list, (uint8_t *)fp[self].p + delegate_layout.invocation_list, sizeof list);
        int32_t i = fp[ip[3]].i4;
        if (!list || (uint32_t)i >= (uint32_t)list->length) return 0;
        fp[call].o = ((Object **)((uint8_t *)list + VM_ARRAY_DATA_OFFSET))[i];
        memcpy(&fp[call + 1], &fp[self + 1], (args - 1) * sizeof(Slot));
        return 1;
    }
    case OP_STELEM_REF_CHECKED: {
        Array *arr = fp[ip[1]].p;
        int32_t idx = fp[ip[2]].i4;
        if (!arr || (uint32_t)idx >= (uint32_t)arr->length) return 0;
        Object *v = fp[ip[3]].o;
        if (v) {
            Type *et = vm_object_type((Object *)arr)->element, *vt = vm_object_type(v);
            if (vt != et && et != vm_types.object && !type_is_assignable_to(vt, et)) return 0;
        }
        ((Object **)((uint8_t *)arr + VM_ARRAY_DATA_OFFSET))[idx] = v;
        return 1;
    }
    default:
        return 0;
    }
}

/* interp_push_frame for the common case, inline: room on the slot stack and
 * in the frame array, a modest depth (the limits and growth are its job). */
static inline bool push_frame(Thread *t, Method *m, Code *code, Slot *nfp) {
    uint32_t n = t->frame_count;
    if (n == 0 || n + 1 >= t->frame_capacity || n >= TIER_FAST_PUSH_DEPTH || nfp + code->frame_slots > t->stack_end)
        return interp_push_frame(t, m, code, nfp) != NULL;
    Frame *nf = &t->frames[n];
    t->frame_count = n + 1;
    nf->method = m;
    nf->code = code;
    nf->fp = nfp;
    nf->ip = code->ops;
    nf->flags = 0;
    nf->localloc = nf[-1].localloc;
    interp_zero_slots(nfp + code->local_start, code->local_slots);
    return true;
}

/* LEAVE through a finally block from compiled code: the record the
 * interpreter's LEAVE pushes (false: an exception is pending). */
int32_t tier_leave_op(Thread *t, Slot *fp, const Op *ip) {
    (void)fp;
    Frame *fr = &t->frames[t->frame_count - 1];
    uint32_t pos = (uint32_t)(ip - fr->code->ops), target = (uint32_t)ip[2];
    for (uint32_t i = 0; i < fr->code->clause_count; i++) {
        const EhClause *cl = &fr->code->clauses[i];
        if (cl->kind != MD_CLAUSE_FINALLY) continue;
        if (pos >= cl->try_start && pos < cl->try_end && !(target >= cl->try_start && target < cl->try_end))
            return interp_push_eh(t, EH_LEAVE, i, pos, target, NULL) ? 1 : -1;
    }
    return 1;
}

/* ENDFINALLY from compiled code, when the finally block ran for a LEAVE:
 * the block to continue at (the next finally block the leave exits, or its
 * target), TIER_EXIT_AT(pos) to return to the interpreter at pos (its time
 * slice is spent), or -1: the interpreter runs the ENDFINALLY (the block ran
 * while an exception was being unwound, or the record is not this frame's). */
int32_t tier_endfinally_op(Thread *t, Slot *fp, const Op *ip) {
    (void)fp;
    uint32_t top = t->frame_count - 1;
    EhRecord *r = t->eh_count ? &t->eh[t->eh_count - 1] : NULL;
    if (!r || r->frame_index != top || r->kind != EH_LEAVE) return -1;
    Frame *fr = &t->frames[top];
    Code *code = fr->code;
    EhRecord rec = *r;
    t->eh_count--;
    uint32_t next = rec.target;
    for (uint32_t i = rec.clause_index + 1; i < code->clause_count; i++) {
        const EhClause *cl = &code->clauses[i];
        if (cl->kind != MD_CLAUSE_FINALLY) continue;
        if (rec.src >= cl->try_start && rec.src < cl->try_end && !(rec.target >= cl->try_start && rec.target < cl->try_end)) {
            if (!interp_push_eh(t, EH_LEAVE, i, rec.src, rec.target, NULL)) return TIER_EXIT_AT((uint32_t)(ip - code->ops));
            next = cl->handler_start;
            break;
        }
    }
    if (next <= (uint32_t)(ip - code->ops) && --tier_fuel <= 0) return TIER_EXIT_AT(next);
    int32_t block = block_index(code->tier, next);
    return block >= 0 ? block : TIER_EXIT_AT(next);
}

/* The records of finally blocks a returning frame at index frame_index leaves behind. */
void tier_drop_eh(Thread *t, int32_t frame_index) {
    while (t->eh_count && t->eh[t->eh_count - 1].frame_index >= (uint32_t)frame_index) t->eh_count--;
}

/* What the interpreter's return does, for a frame compiled code called and that returned. */
static void pop_frame(Thread *t) {
    Frame *fr = &t->frames[t->frame_count - 1];
    Method *m = fr->method;
    if (m->flags & MF_CCTOR) m->owner->cinit = CI_DONE;
    if (fr->code->frame_slots > m->ret_slots) interp_zero_slots(fr->fp + m->ret_slots, fr->code->frame_slots - m->ret_slots);
    tier_drop_eh(t, (int32_t)t->frame_count - 1);
    t->frame_count--;
}

/* For the inline virtual and interface calls whose callee is known only at
 * run time (tier_calls.c): its frame's return, and clearing locals beyond the
 * eight slots the inline code clears. */
void tier_pop_top_frame(Thread *t, int32_t unused) { (void)unused; pop_frame(t); }
void tier_clear_slots(Slot *p, int32_t n) { memset(p, 0, (size_t)n * sizeof(Slot)); }

/* CALL, CALLVIRT and NEWOBJ from compiled code, as the interpreter does them;
 * a compiled callee runs right away. 1 = done, 0 = the callee's frame is left
 * for the interpreter (the caller continues after the op when it returns),
 * -1 = exception at the op. */
int32_t tier_call_op(Thread *t, Slot *fp, const Op *ip) {
    tier_stats.calls++;
    if (tier_debug) tier_stats.calls_by_op[ip[0] == OP_CALL ? 0 : ip[0] == OP_CALLVIRT ? 1 : ip[0] == OP_CALLIFACE ? 2 : 3]++;
    uint32_t base = (uint32_t)ip[1], size;
    Method *m;
    Object *self = NULL;
    switch ((int)ip[0]) {
    case OP_CALL:
        m = (Method *)(uintptr_t)ip[2];
        size = 3;
        break;
    case OP_CALLVIRT:
        self = fp[base].o;
        if (!self) { tier_raise(t, TIER_EXC_NULL); return -1; }
        if ((Type *)(uintptr_t)ip[3] == vm_object_type(self)) {
            m = (Method *)(uintptr_t)ip[4];
        } else {
            m = vm_object_type(self)->vtable[((Method *)(uintptr_t)ip[2])->vtable_slot];
            ((Op *)ip)[3] = (Op)(uintptr_t)vm_object_type(self);   /* the interpreter's inline cache */
            ((Op *)ip)[4] = (Op)(uintptr_t)m;
        }
        size = 5;
        break;
    case OP_CALLIFACE: {
        self = fp[base].o;
        if (!self) { tier_raise(t, TIER_EXC_NULL); return -1; }
        Type *rt = vm_object_type(self);
        Method *decl = (Method *)(uintptr_t)ip[2];
        if ((Type *)(uintptr_t)ip[3] == rt) {
            m = (Method *)(uintptr_t)ip[4];
        } else {
            m = type_resolve_interface(rt, decl);
            if (!m) {
                char msg[512];
                snprintf(msg, sizeof msg, "Type '%s' does not implement interface method '%s.%s'", type_name_full(rt),
                         type_name_full(decl->owner), decl->name);
                interp_set_pending(t, "System.EntryPointNotFoundException", msg);
                return -1;
            }
            ((Op *)ip)[3] = (Op)(uintptr_t)rt;   /* the interpreter's monomorphic inline cache */
            ((Op *)ip)[4] = (Op)(uintptr_t)m;
        }
        size = 5;
        break;
    }
    case OP_CALLVIRT_SLOW: {
        self = fp[base].o;
        if (!self) { tier_raise(t, TIER_EXC_NULL); return -1; }
        Method *decl = (Method *)(uintptr_t)ip[2];
        Type *rt = vm_object_type(self);
        m = (decl->owner->flags & TF_INTERFACE) ? type_resolve_interface(rt, decl) : type_resolve_virtual(rt, decl);
        if (!m) { interp_set_pending(t, "System.EntryPointNotFoundException", decl->name); return -1; }
        size = 3;
        break;
    }
    case OP_DINV_SINGLE: {
        /* a delegate's Invoke calling its one target, arguments moved as the interpreter moves them */
        uint8_t *d = fp[base].p;
        if (!d) { tier_raise(t, TIER_EXC_NULL); return -1; }
        Object *target;
        memcpy(&target, d + delegate_layout.target, sizeof target);
        memcpy(&m, d + delegate_layout.method, sizeof m);
        if (!m) { interp_set_pending(t, "System.ArgumentException", "Delegate to an unknown method."); return -1; }
        uint32_t invoke_args = t->frames[t->frame_count - 1].method->arg_slots;
        if (m->flags & MF_STATIC) {
            if (target) fp[base].o = target;
            else memmove(&fp[base], &fp[base + 1], (invoke_args - 1) * sizeof(Slot));
        } else if (target) {
            fp[base].p = (m->owner->flags & TF_VALUETYPE) ? (void *)((uint8_t *)target + VM_OBJECT_DATA_OFFSET) : (void *)target;
        } else {
            memmove(&fp[base], &fp[base + 1], (invoke_args - 1) * sizeof(Slot));
            if (!fp[base].p) { tier_raise(t, TIER_EXC_NULL); return -1; }
            if (m->flags & MF_VIRTUAL) {
                Type *rt = vm_object_type(fp[base].o);
                Method *r = (m->owner->flags & TF_INTERFACE) ? type_resolve_interface(rt, m) : type_resolve_virtual(rt, m);
                if (r) m = r;
            }
        }
        size = 2;
        break;
    }
    case OP_NEWOBJ_VT: {
        uint32_t k = (uint32_t)ip[3], nargs = (uint32_t)ip[4];
        m = (Method *)(uintptr_t)ip[2];
        interp_shift_args_up(&fp[base], k + 1, nargs);
        memset(&fp[base], 0, k * sizeof(Slot));
        fp[base + k].p = &fp[base];
        base += k;
        size = 6;
        break;
    }
    case OP_NEWOBJ: {
        Type *type = (Type *)(uintptr_t)ip[2];
        uint32_t nargs = (uint32_t)ip[4];
        m = (Method *)(uintptr_t)ip[3];
        size = 5;
        Object *o = interp_alloc_fixed(type, type->instance_size < sizeof(GcHeader) ? sizeof(GcHeader) : type->instance_size);
        if (!o) {
            interp_set_pending(t, "System.OutOfMemoryException", "Insufficient memory to continue the execution of the program.");
            return -1;
        }
        interp_shift_args_up(&fp[base], 2, nargs);
        fp[base].o = o;
        fp[base + 1].o = o;
        if (!m->code && (m->flags & MF_INTERNALCALL)) {
            bool ok = call_internal(t, m, &fp[base + 1]);
            fp[base].o = o;
            return ok ? 1 : -1;
        }
        base++;
        break;
    }
    default:
        interp_set_pending(t, "System.InvalidProgramException", "tier: not a call op");
        return -1;
    }
    Code *code = m->code;
    if (!code) {
        if (m->flags & MF_INTERNALCALL) return call_internal(t, m, &fp[base]) ? 1 : -1;
        code = interp_ensure_code(t, m);
        if (!code) return -1;
    }
    if (self && (m->owner->flags & TF_VALUETYPE)) fp[base].p = (uint8_t *)self + VM_OBJECT_DATA_OFFSET;
    uint32_t caller = t->frame_count - 1;
    t->frames[caller].ip = ip + size;
    if (!push_frame(t, m, code, fp + base)) return -1;
    TierCode *tc = --tier_fuel <= 0 || tier_nesting >= TIER_MAX_NESTING ? NULL : code->tier ? code->tier : tier_code(m, code);
    if (!tc) {
        if (tier_debug && t->frames[caller].code->tier) t->frames[caller].code->tier->calls_left++;
        return 0;
    }
    int32_t r = enter(t, t->frame_count - 1, tc, 0);
    if (r != TIER_RETURNED) return 0;
    pop_frame(t);
    return 1;
}
