/* translate_lazy.c — lazy member binding.
 *
 * A token that does not resolve (a type, method or field missing from the
 * assembly it names, or an assembly that is not there) must not fail the
 * whole method: as on CoreCLR, the method runs and the exception is raised
 * by the instruction that needs the member, when that instruction is
 * reached, so an enclosing try in the same method can catch it.
 *
 * The translator snapshots its simulated stack before each instruction
 * (tr_lazy_begin). When resolution fails inside the instruction,
 * tr_lazy_defer records the error instead of failing the method; the driver
 * then (tr_lazy_finish) rolls the instruction back, emits THROW_ERROR with
 * the exception, and applies the instruction's stack effect as read from the
 * token's signature, so the code after it still translates. Nothing after the
 * throw runs, so the pushed values are placeholders of the right kind. */
#include "interp/translate_internal.h"
#include "types/corlib_binder.h"
#include "types/types_internal.h"

static bool is_resolution_error(TypeErrorKind k) {
    return k == ERR_TYPE_LOAD || k == ERR_FILE_NOT_FOUND || k == ERR_MISSING_METHOD || k == ERR_MISSING_FIELD;
}

bool tr_lazy_placeholder_ok(void) { return is_resolution_error(type_last_error_kind()); }

void tr_lazy_begin(Tr *t, uint32_t il) {
    t->lazy.active = true;
    t->lazy.pending = false;
    t->lazy.il = il;
    t->lazy.n = t->n;
    t->lazy.fixup_count = t->fixup_count;
    t->lazy.sp = t->sp;
    if (t->lazy.cap < t->sp) {
        t->lazy.cap = t->sp + 8;
        t->lazy.stack = util_realloc(t->lazy.stack, t->lazy.cap * sizeof(StackEntry));
    }
    if (t->sp) memcpy(t->lazy.stack, t->stack, t->sp * sizeof(StackEntry));
}

bool tr_lazy_defer(Tr *t) {
    if (!t->lazy.active || t->inline_depth > 0 || t->lazy.pending) return t->lazy.pending;
    TypeErrorKind k = type_last_error_kind();
    if (!is_resolution_error(k)) return false;
    t->lazy.pending = true;
    t->lazy.exception = type_error_exception_name(k);
    free(t->lazy.message);
    t->lazy.message = util_strdup(type_last_error());
    return true;
}

/* A placeholder of the kind a signature type has on the stack. */
static void push_sig_type(Tr *t, const MdTypeSig *sig) {
    Type *ty = type_from_sig(t->a, sig, &t->ctx);
    if (ty && !(ty->flags & TF_CONTAINS_OPEN) && type_prepare(ty, TS_LAYOUT)) { tr_push_typed(t, ty); return; }
    switch (sig->elem) {
    case MD_ELEMENT_BYREF: case MD_ELEMENT_PTR: case MD_ELEMENT_I: case MD_ELEMENT_U: case MD_ELEMENT_FNPTR:
        tr_push(t, vm_types.intptr, SK_I); return;
    default:
        tr_push(t, vm_types.object, SK_O); return;
    }
}

static const MdMethodSig *method_sig_of(Tr *t, uint32_t token, char *err, size_t errlen) {
    const MdImage *img = t->a->image;
    uint32_t row = token & 0xFFFFFF;
    switch (token >> 24) {
    case 0x06:
        if (row == 0 || row > img->row_count[MD_METHODDEF]) return NULL;
        return md_parse_method_sig(img, md_methoddef_row(img, row).signature, err, errlen);
    case 0x0A:
        if (row == 0 || row > img->row_count[MD_MEMBERREF]) return NULL;
        return md_parse_method_sig(img, img->memberrefs[row].signature, err, errlen);
    case 0x2B:
        if (row == 0 || row > img->row_count[MD_METHODSPEC]) return NULL;
        return method_sig_of(t, img->methodspecs[row].method, err, errlen);
    }
    return NULL;
}

static const MdTypeSig *field_sig_of(Tr *t, uint32_t token, char *err, size_t errlen) {
    const MdImage *img = t->a->image;
    uint32_t row = token & 0xFFFFFF;
    switch (token >> 24) {
    case 0x04:
        if (row == 0 || row > img->row_count[MD_FIELD]) return NULL;
        return md_parse_field_sig(img, img->fields[row].signature, err, errlen);
    case 0x0A:
        if (row == 0 || row > img->row_count[MD_MEMBERREF] || !md_sig_is_field(img->memberrefs[row].signature)) return NULL;
        return md_parse_field_sig(img, img->memberrefs[row].signature, err, errlen);
    }
    return NULL;
}

static bool pop_n(Tr *t, uint32_t n) {
    if (t->sp < n) { tr_fail(t, "stack underflow"); return false; }
    while (n--) tr_pop(t);
    return true;
}

static void apply_stack_effect(Tr *t, uint32_t op, uint32_t token) {
    char err[200];
    const MdMethodSig *ms;
    const MdTypeSig *fs;
    switch (op) {
    case CIL_CALL: case CIL_CALLVIRT: case CIL_NEWOBJ:                 /* call, callvirt, newobj */
        ms = method_sig_of(t, token, err, sizeof err);
        if (!ms) { tr_fail(t, "%s", t->lazy.message); return; }
        if (!pop_n(t, ms->param_count + ((ms->flags & MD_SIG_HASTHIS) && op != CIL_NEWOBJ ? 1 : 0))) return;
        if (op == CIL_NEWOBJ) tr_push(t, vm_types.object, SK_O);
        else if (ms->ret->elem != MD_ELEMENT_VOID) push_sig_type(t, ms->ret);
        return;
    case CIL_JMP: case CIL_CONSTRAINED: return;                   /* jmp, constrained. */
    case CIL_LDFTN: tr_push(t, vm_types.intptr, SK_I); return;                        /* ldftn */
    case CIL_LDVIRTFTN: if (pop_n(t, 1)) tr_push(t, vm_types.intptr, SK_I);
        return;       /* ldvirtftn */
    case CIL_LDFLD: case CIL_LDSFLD:                            /* ldfld, ldsfld */
        fs = field_sig_of(t, token, err, sizeof err);
        if (!fs) { tr_fail(t, "%s", t->lazy.message); return; }
        if (op == CIL_LDFLD && !pop_n(t, 1)) return;
        push_sig_type(t, fs);
        return;
    case CIL_LDFLDA: if (pop_n(t, 1)) tr_push(t, vm_types.intptr, SK_I);
        return;        /* ldflda */
    case CIL_LDSFLDA: tr_push(t, vm_types.intptr, SK_I); return;                         /* ldsflda */
    case CIL_STFLD: pop_n(t, 2); return;                                               /* stfld */
    case CIL_STSFLD: pop_n(t, 1); return;                                               /* stsfld */
    case CIL_BOX: case CIL_CASTCLASS: case CIL_ISINST: case CIL_NEWARR: case CIL_UNBOX_ANY: case CIL_LDOBJ:             /* box castclass isinst newarr unbox.any ldobj */
        if (pop_n(t, 1)) tr_push(t, vm_types.object, SK_O);
        return;
    case CIL_UNBOX: if (pop_n(t, 1)) tr_push(t, vm_types.intptr, SK_I);
        return;        /* unbox */
    case CIL_LDELEMA: if (pop_n(t, 2)) tr_push(t, vm_types.intptr, SK_I);
        return;        /* ldelema */
    case CIL_LDELEM: if (pop_n(t, 2)) tr_push(t, vm_types.object, SK_O);
        return;        /* ldelem */
    case CIL_STELEM: pop_n(t, 3); return;                                               /* stelem */
    case CIL_STOBJ: case CIL_CPOBJ: pop_n(t, 2); return;                                    /* stobj, cpobj */
    case CIL_INITOBJ: pop_n(t, 1); return;                                              /* initobj */
    case CIL_SIZEOF: tr_push_const(t, SK_I4, 0); return;                               /* sizeof */
    case CIL_LDTOKEN: tr_push(t, vm_types.intptr, SK_I); return;                         /* ldtoken */
    case CIL_MKREFANY: if (pop_n(t, 1)) tr_push_typed(t, CORLIB_T(typed_reference));
        return; /* mkrefany */
    case CIL_REFANYVAL: if (pop_n(t, 1)) tr_push(t, vm_types.intptr, SK_I);
        return; /* refanyval */
    }
    tr_fail(t, "%s", t->lazy.message);
}

bool tr_lazy_finish(Tr *t) {
    t->lazy.active = false;
    if (!t->lazy.pending || t->failed) return !t->failed;
    t->lazy.pending = false;
    /* roll the instruction back, then throw in its place */
    t->n = t->lazy.n;
    t->fixup_count = t->lazy.fixup_count;
    t->sp = t->lazy.sp;
    if (t->sp) memcpy(t->stack, t->lazy.stack, t->sp * sizeof(StackEntry));
    t->last_dest_valid = false;
    t->constrained = NULL;
    t->prefix_volatile = t->prefix_readonly = t->prefix_tail = false;
    tr_emit_op(t, OP_THROW_ERROR);
    tr_emit_ptr(t, t->lazy.exception);
    tr_emit_string(t, t->lazy.message);
    CilInstr in;
    if (!cil_decode(t->il, t->il_size, t->lazy.il, &in)) { tr_fail(t, "%s", t->lazy.message); return false; }
    t->placeholder = true;
    apply_stack_effect(t, in.op, (uint32_t)in.imm);
    t->placeholder = false;
    return !t->failed;
}
