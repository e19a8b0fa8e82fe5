/* translate_verify.c — the translator's type checks (docs/verification.md).
 *
 * Every simulated stack entry has a verification type (ECMA-335 III.1.8.1.2):
 * int32, int64, native int, F, object reference (with its class), managed
 * pointer (with its element type) or value type (with its identity), plus
 * marks for the null constant, method pointers and placeholders of lazily
 * bound members. Each instruction checks its inputs against what it needs
 * and the translation fails with InvalidProgramException when they cannot
 * fit. The line drawn is between incorrect IL, which is rejected, and
 * unverifiable IL, which runs: a downcast without castclass, a managed
 * pointer turned into a native int, unmanaged pointers of any type are
 * what unsafe C# and the corlib's own Unsafe class produce; an int32 where
 * an object is needed, a field of one class read from an unrelated class, a
 * struct stored into an int[] are not. */
#include "interp/translate_internal.h"
#include "types/corlib_binder.h"

void tr_invalid(Tr *t, const char *fmt, ...) {
    char msg[320];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    tr_fail(t, "Common Language Runtime detected an invalid program. %s", msg);
}

VerKind tr_vkind(const StackEntry *e) {
    if (e->vflags & V_UNKNOWN) return VK_UNKNOWN;
    switch ((StackKind)e->kind) {
    case SK_I4: return VK_I4;
    case SK_I8: return VK_I8;
    case SK_R4: case SK_R8: return VK_F;
    case SK_I: return e->type && (e->type->flags & TF_BYREF) ? VK_BYREF : VK_I;
    case SK_O: return VK_REF;
    case SK_VT: return VK_VALUE;
    default: return VK_UNKNOWN;
    }
}

const char *tr_vkind_name(const StackEntry *e) {
    static const char *names[] = {"int32", "int64", "native int", "F", "an object reference", "a managed pointer",
                                  "a value type", "a value"};
    return names[tr_vkind(e)];
}

/* A type no check can judge: open generic parameters, unloaded placeholders. */
static bool vague(Type *ty) { return !ty || (ty->flags & (TF_CONTAINS_OPEN | TF_GENERIC_PARAM)); }

/* The reduced type of III.1.8.1.2.1: signedness, bool/char and enums fold away. */
static int reduced(Type *ty) {
    Type *u = (ty->flags & TF_ENUM) && ty->element ? ty->element : ty;
    switch (u->elem) {
    case MD_ELEMENT_BOOLEAN: case MD_ELEMENT_I1: case MD_ELEMENT_U1: return 1;
    case MD_ELEMENT_CHAR: case MD_ELEMENT_I2: case MD_ELEMENT_U2: return 2;
    case MD_ELEMENT_I4: case MD_ELEMENT_U4: return 4;
    case MD_ELEMENT_I8: case MD_ELEMENT_U8: return 8;
    case MD_ELEMENT_I: case MD_ELEMENT_U: case MD_ELEMENT_PTR: case MD_ELEMENT_FNPTR: return 9;
    case MD_ELEMENT_R4: return 10;
    case MD_ELEMENT_R8: return 11;
    default: return 0;
    }
}

/* Could a value whose static type is a also be a b? False only when no
 * object can be both: unrelated classes, a sealed class and an interface it
 * does not implement. Downcasts pass (unverifiable, not incorrect). */
bool tr_could_be(Type *a, Type *b) {
    if (a == b || vague(a) || vague(b)) return true;
    if (type_is_assignable_to(a, b) || type_is_assignable_to(b, a)) return true;
    if ((a->flags & TF_INTERFACE) && !(b->flags & TF_SEALED)) return true;
    if ((b->flags & TF_INTERFACE) && !(a->flags & TF_SEALED)) return true;
    return false;
}

/* Element types two managed pointers may share. */
static bool same_location_type(Type *a, Type *b) {
    if (a == b || vague(a) || vague(b)) return true;
    int ra = reduced(a), rb = reduced(b);
    if (ra || rb) return ra == rb;
    if (type_is_reference(a) && type_is_reference(b)) return tr_could_be(a, b);
    return false;
}

static Type *byref_element(const StackEntry *e) { return e->type ? e->type->element : NULL; }

static bool is_method_pointer(const StackEntry *e) {
    return (e->vflags & (V_FTN | V_UNKNOWN)) || (e->type && e->type->elem == MD_ELEMENT_FNPTR);
}

static char *tname(Type *ty, char *buf, size_t size) {
    snprintf(buf, size, "%s", ty ? type_name_full(ty) : "?");
    return buf;
}

bool tr_check_store(Tr *t, const StackEntry *v, Type *dest, const char *what) {
    VerKind k = tr_vkind(v);
    if (k == VK_UNKNOWN || vague(dest)) return true;
    char a[200], b[200];
    bool ok;
    switch (type_stack_kind(dest)) {
    case SK_I4: ok = k == VK_I4 || k == VK_I; break;
    case SK_I8: ok = k == VK_I8; break;
    case SK_R4: case SK_R8: ok = k == VK_F; break;
    case SK_I:
        if (dest->flags & TF_BYREF) ok = k == VK_I || (k == VK_BYREF && same_location_type(byref_element(v), dest->element));
        else ok = k == VK_I || k == VK_I4 || k == VK_BYREF;
        break;
    case SK_O:
        if (k != VK_REF) { ok = false; break; }
        if ((v->vflags & V_NULL) || tr_could_be(v->type, dest)) return true;
        tr_invalid(t, "%s: a %s where a %s is expected", what, tname(v->type, a, sizeof a), tname(dest, b, sizeof b));
        return false;
    case SK_VT:
        ok = k == VK_VALUE && (v->type == dest || vague(v->type));
        if (k == VK_VALUE && !ok) {
            tr_invalid(t, "%s: a value of type %s where %s is expected", what, tname(v->type, a, sizeof a), tname(dest, b, sizeof b));
            return false;
        }
        break;
    default: ok = true; break;
    }
    if (!ok) tr_invalid(t, "%s: %s where %s is expected", what, tr_vkind_name(v), tname(dest, b, sizeof b));
    return ok;
}

bool tr_check_receiver(Tr *t, const StackEntry *obj, Type *owner, int use, const char *what) {
    VerKind k = tr_vkind(obj);
    char a[200], b[200];
    bool value_owner = (owner->flags & TF_VALUETYPE) != 0;
    switch (k) {
    case VK_UNKNOWN: return true;
    case VK_REF:
        if (obj->vflags & V_NULL) return true;
        if (value_owner && use == RECV_CALL) break;
        if (tr_could_be(obj->type, owner)) return true;
        tr_invalid(t, "%s: a member of %s used on a %s", what, tname(owner, b, sizeof b), tname(obj->type, a, sizeof a));
        return false;
    case VK_BYREF: {
        Type *e = byref_element(obj);
        if (!value_owner) break;
        if (e == owner || vague(e) || (reduced(e) && reduced(e) == reduced(owner))) return true;
        tr_invalid(t, "%s: a member of %s used through a reference to %s", what, tname(owner, b, sizeof b), tname(e, a, sizeof a));
        return false;
    }
    case VK_I:
        if (value_owner) return true;
        break;
    case VK_VALUE:
        if (use != RECV_LOAD) break;
        if (obj->type == owner || vague(obj->type)) return true;
        tr_invalid(t, "%s: a member of %s used on a value of type %s", what, tname(owner, b, sizeof b), tname(obj->type, a, sizeof a));
        return false;
    default: break;
    }
    tr_invalid(t, "%s: a member of %s used on %s", what, tname(owner, b, sizeof b), tr_vkind_name(obj));
    return false;
}

static bool holds_references(Type *ty) {
    return type_is_reference(ty) || ((ty->flags & TF_VALUETYPE) && (ty->flags & TF_HAS_REFS));
}

bool tr_check_address(Tr *t, const StackEntry *addr, Type *ty, const char *what) {
    VerKind k = tr_vkind(addr);
    if (k == VK_UNKNOWN || k == VK_I) return true;   /* unmanaged pointers point anywhere */
    char a[200], b[200];
    if (k != VK_BYREF) { tr_invalid(t, "%s: %s where an address is expected", what, tr_vkind_name(addr)); return false; }
    Type *e = byref_element(addr);
    if (vague(e) || vague(ty) || same_location_type(e, ty)) return true;
    /* plain bits may be reinterpreted in place (mcs compiles `*(int*)&f` to
       ldarga + ldind.i4), as long as no reference is read or written and the
       access stays inside the location */
    if (!holds_references(e) && !holds_references(ty) && type_value_size(ty) <= type_value_size(e)) return true;
    tr_invalid(t, "%s of %s through a reference to %s", what, tname(ty, b, sizeof b), tname(e, a, sizeof a));
    return false;
}

Type *tr_check_array(Tr *t, const StackEntry *arr, Type *et, const char *what) {
    char a[200], b[200];
    if (tr_vkind(arr) != VK_REF || (arr->vflags & V_NULL) || vague(arr->type)) return NULL;
    Type *at = arr->type;
    if (!(at->flags & TF_ARRAY)) {
        if (tr_could_be(at, vm_types.array) && !(at->flags & TF_VALUETYPE)) return NULL;
        tr_invalid(t, "%s on a %s, not an array", what, tname(at, a, sizeof a));
        return NULL;
    }
    if (at->elem != MD_ELEMENT_SZARRAY) { tr_invalid(t, "%s on a multi-dimensional array", what); return NULL; }
    Type *e = at->element;
    if (!et || vague(e) || vague(et)) return e;
    bool ok = type_is_reference(et) ? type_is_reference(e) && tr_could_be(e, et)
                                    : e == et || (reduced(e) && reduced(e) == reduced(et));
    if (!ok) tr_invalid(t, "%s of %s on an array of %s", what, tname(et, b, sizeof b), tname(e, a, sizeof a));
    return e;
}

bool tr_check_method_pointer(Tr *t, const StackEntry *e, const char *what) {
    if (is_method_pointer(e)) return true;
    tr_invalid(t, "%s: %s where a method pointer (ldftn, ldvirtftn or a function pointer) is expected", what, tr_vkind_name(e));
    return false;
}

/* Locals that only ever receive method pointers: every store to them comes
 * straight from ldftn/ldvirtftn (the instruction before it, and no branch
 * lands between), and their address is never taken. Loading one gives a
 * method pointer again, so `ldftn; stloc; ...; ldloc; calli` passes. */
void tr_scan_method_pointer_locals(Tr *t) {
    uint8_t *marks = util_calloc(t->local_count + 1, 1);   /* 1 method pointer stored, 2 anything else */
    bool any = false;
    uint32_t prev = CIL_NOP;
    CilInstr in;
    for (uint32_t pos = 0; pos < t->il_size && cil_decode(t->il, t->il_size, pos, &in); pos += in.length) {
        uint32_t idx = UINT32_MAX;
        switch (in.op) {
        case CIL_STLOC_0: case CIL_STLOC_1: case CIL_STLOC_2: case CIL_STLOC_3: idx = in.op - CIL_STLOC_0; break;
        case CIL_STLOC_S: case CIL_STLOC: idx = (uint32_t)in.imm; break;
        default: break;
        }
        if (idx < t->local_count) {
            bool ftn = (prev == CIL_LDFTN || prev == CIL_LDVIRTFTN) && !t->is_target[pos];
            marks[idx] |= ftn ? 1 : 2;
            any |= ftn;
        }
        prev = in.op;
    }
    if (!any) { free(marks); return; }
    for (uint32_t i = 0; i < t->local_count; i++) marks[i] = marks[i] == 1 && !t->local_addr_taken[i];
    t->local_ftn = marks;
}

/* The operand classes of cil_opcodes.def, checked before the instruction. */
static bool fits(const StackEntry *e, char c) {
    VerKind k = tr_vkind(e);
    if (k == VK_UNKNOWN) return true;
    switch (c) {
    case 'i': return k == VK_I4 || k == VK_I;
    case 'z': return k == VK_I4 || k == VK_I8 || k == VK_I;
    case 'n': return k == VK_I4 || k == VK_I8 || k == VK_I || k == VK_F;
    case 'f': return k == VK_F;
    case 'o': return k == VK_REF;
    case 'a': return k == VK_BYREF || k == VK_I;
    case 'b': return k != VK_F && k != VK_VALUE;
    default: return true;
    }
}

bool tr_check_pops(Tr *t, const CilOpcode *info) {
    const char *p = info->pops;
    if (p[0] == '*') return true;
    uint32_t n = (uint32_t)strlen(p);
    if (t->sp < n) { tr_fail(t, "stack underflow"); return false; }
    for (uint32_t i = 0; i < n; i++) {
        const StackEntry *e = &t->stack[t->sp - n + i];
        if (fits(e, p[i])) continue;
        static const char *want[128] = {['i'] = "int32 or native int", ['z'] = "an integer", ['n'] = "a number", ['f'] = "F",
            ['o'] = "an object reference", ['a'] = "an address", ['b'] = "a testable value"};
        tr_invalid(t, "%s: operand %u is %s, not %s", info->name, i + 1, tr_vkind_name(e), want[(unsigned char)p[i]]);
        return false;
    }
    return true;
}

/* ---- join points ---- */
static const char *describe(const StackEntry *e, char *buf, size_t size) {
    VerKind k = tr_vkind(e);
    if ((k == VK_VALUE || k == VK_REF) && e->type && !(e->vflags & V_NULL))
        snprintf(buf, size, "%s %s", k == VK_VALUE ? "a value of type" : "a", type_name_full(e->type));
    else if (k == VK_BYREF && e->type && e->type->element)
        snprintf(buf, size, "a reference to %s", type_name_full(e->type->element));
    else
        snprintf(buf, size, "%s", tr_vkind_name(e));
    return buf;
}

/* The closest class both a and b are (System.Object at worst). */
static Type *common_base(Type *a, Type *b) {
    if (type_is_assignable_to(a, b)) return b;
    if (type_is_assignable_to(b, a)) return a;
    for (Type *c = a->base; c; c = c->base)
        if (type_is_assignable_to(b, c)) return c;
    return vm_types.object;
}

/* Merges the stack that arrives at il (from) into the one recorded there
 * (into), as III.1.8.1.3 describes; false: the shapes cannot merge. When
 * widen is false the recorded state is final (code after the label is already
 * translated) and the arriving values must fit it as they are. */
bool tr_merge_stack(Tr *t, StackEntry *into, const StackEntry *from, uint32_t count, uint32_t il, bool widen) {
    for (uint32_t i = 0; i < count; i++) {
        StackEntry *d = &into[i];
        const StackEntry *s = &from[i];
        VerKind kd = tr_vkind(d), ks = tr_vkind(s);
        if (kd == VK_UNKNOWN || ks == VK_UNKNOWN) { if (widen) d->vflags |= V_UNKNOWN; continue; }
        bool ok = kd == ks && d->kind == s->kind;
        if ((kd == VK_BYREF && ks == VK_I) || (kd == VK_I && ks == VK_BYREF)) {
            /* a managed pointer meets an unmanaged one (unsafe code): native int from here on */
            if (widen && kd == VK_BYREF) { d->type = vm_types.intptr; d->vflags = 0; }
            continue;
        }
        if (ok && kd == VK_REF) {
            if (s->vflags & V_NULL) continue;
            if (d->vflags & V_NULL) {
                if (!widen) ok = false;
                else { d->type = s->type; d->vflags &= (uint8_t)~V_NULL; }
            } else if (d->type != s->type && !vague(d->type) && !vague(s->type)) {
                if (!widen) ok = type_is_assignable_to(s->type, d->type);
                else d->type = common_base(d->type, s->type);
            }
        } else if (ok && kd == VK_BYREF) {
            ok = same_location_type(byref_element(d), byref_element(s));
        } else if (ok && kd == VK_VALUE) {
            ok = d->type == s->type;
        } else if (ok && kd == VK_I) {
            if ((d->vflags & V_FTN) && !is_method_pointer(s)) { if (widen) d->vflags &= (uint8_t)~V_FTN; else ok = false; }
        }
        if (!ok) {
            char a[240], b[240];
            tr_invalid(t, "the stack at IL_%04x holds %s in slot %u on one path and %s on another", il,
                       describe(d, a, sizeof a), i, describe(s, b, sizeof b));
            return false;
        }
    }
    return true;
}

/* ---- exception regions (ECMA-335 I.12.4.2.8, II.19, III.3.46 leave, III.3.56 ret) ----
 * A protected block, a handler and a filter are entered only by the runtime
 * (or, for a try block, at its first instruction) and left only by leave
 * (try blocks and catch handlers), endfinally/endfilter or throw: br, the
 * conditional branches and switch stay within the innermost block they are
 * in, leave never leaves a finally, fault or filter, and ret is not used
 * inside any of them, and control never falls through the end of one.
 * Without these checks a branch out of a finally would
 * skip the interpreter's return from it and a branch out of a try would
 * silently skip its finally, and falling into a catch handler would run it
 * with no exception where it expects one. */
enum { RB_TRY, RB_HANDLER, RB_FILTER };

static bool region_block(const MdExceptionClause *c, int which, uint32_t *start, uint32_t *end) {
    switch (which) {
    case RB_TRY: *start = c->try_offset; *end = c->try_offset + c->try_length; return true;
    case RB_HANDLER: *start = c->handler_offset; *end = c->handler_offset + c->handler_length; return true;
    default:
        if (c->flags != MD_CLAUSE_FILTER) return false;
        *start = c->filter_offset; *end = c->handler_offset;
        return true;
    }
}

static bool region_branch_ok(Tr *t, uint32_t from, uint32_t to, bool leave) {
    for (uint32_t i = 0; i < t->body.clause_count; i++) {
        const MdExceptionClause *c = &t->body.clauses[i];
        for (int which = RB_TRY; which <= RB_FILTER; which++) {
            uint32_t s, e;
            if (!region_block(c, which, &s, &e)) continue;
            bool in_from = from >= s && from < e, in_to = to >= s && to < e;
            if (in_from == in_to) continue;
            if (in_to) {
                if (which == RB_TRY && to == s) continue;
                tr_invalid(t, "branch to IL_%04x into the middle of a %s", to,
                           which == RB_TRY ? "try block" : which == RB_FILTER ? "filter" : "handler");
                return false;
            }
            bool catch_handler = which == RB_HANDLER && (c->flags == MD_CLAUSE_EXCEPTION || c->flags == MD_CLAUSE_FILTER);
            if (!leave || !(which == RB_TRY || catch_handler)) {
                tr_invalid(t, "%s to IL_%04x out of a %s", leave ? "leave" : "branch", to,
                           which == RB_TRY ? "try block" : which == RB_FILTER ? "filter" :
                           catch_handler ? "catch handler" : "finally or fault handler");
                return false;
            }
        }
    }
    return true;
}

bool tr_check_regions(Tr *t) {
    if (!t->body.clause_count) return true;
    CilInstr in;
    for (uint32_t pos = 0; pos < t->il_size; pos += in.length) {
        if (!cil_decode(t->il, t->il_size, pos, &in)) return true;   /* the prescan reported it */
        t->cur_il = pos;
        bool leave = in.op == CIL_LEAVE || in.op == CIL_LEAVE_S;
        CilFlow flow = (CilFlow)in.info->flow;
        bool falls = flow != CIL_FLOW_BRANCH && flow != CIL_FLOW_RETURN && flow != CIL_FLOW_THROW;
        for (uint32_t i = 0; falls && i < t->body.clause_count; i++)
            for (int which = RB_TRY; which <= RB_FILTER; which++) {
                uint32_t s, e;
                if (region_block(&t->body.clauses[i], which, &s, &e) && pos + in.length == e) {
                    tr_invalid(t, "control falls through the end of a %s",
                               which == RB_TRY ? "try block" : which == RB_FILTER ? "filter" : "handler");
                    return false;
                }
            }
        switch ((CilOperand)in.info->operand) {
        case CIL_OPND_BR8: case CIL_OPND_BR32:
            if (!region_branch_ok(t, pos, in.target, leave)) return false;
            break;
        case CIL_OPND_SWITCH:
            for (uint32_t i = 0; i < (uint32_t)in.imm; i++)
                if (!region_branch_ok(t, pos, cil_switch_target(&in, pos, i), false)) return false;
            break;
        default:
            if (in.op != CIL_RET) break;
            for (uint32_t i = 0; i < t->body.clause_count; i++)
                for (int which = RB_TRY; which <= RB_FILTER; which++) {
                    uint32_t s, e;
                    if (region_block(&t->body.clauses[i], which, &s, &e) && pos >= s && pos < e) {
                        tr_invalid(t, "ret inside a %s", which == RB_TRY ? "try block" : which == RB_FILTER ? "filter" : "handler");
                        return false;
                    }
                }
        }
    }
    return true;
}

/* endfinally (endfault) only inside a finally or fault handler, endfilter
 * only inside a filter (III.3.35, III.3.34): rejected when translated, not
 * when reached, so no part of the method runs. */
bool tr_check_block_end(Tr *t, bool filter) {
    for (uint32_t i = 0; i < t->body.clause_count; i++) {
        const MdExceptionClause *c = &t->body.clauses[i];
        uint32_t s, e;
        if (filter ? !region_block(c, RB_FILTER, &s, &e)
                   : (c->flags != MD_CLAUSE_FINALLY && c->flags != MD_CLAUSE_FAULT) || !region_block(c, RB_HANDLER, &s, &e))
            continue;
        if (t->cur_il >= s && t->cur_il < e) return true;
    }
    tr_invalid(t, filter ? "endfilter outside a filter" : "endfinally outside a finally or fault handler");
    return false;
}

/* refanyval / refanytype take a TypedReference (made by mkrefany or passed in). */
bool tr_is_typed_reference(Tr *t, const StackEntry *e, const char *what) {
    if (tr_vkind(e) == VK_UNKNOWN || e->type == CORLIB_T(typed_reference)) return true;
    tr_invalid(t, "%s: operand is %s, not a TypedReference", what, tr_vkind_name(e));
    return false;
}
