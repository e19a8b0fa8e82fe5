/* translate_internal.h — shared by the translator's files only:
 * translate.c (driver, prescan, the CIL switch), translate_stack.c (the
 * simulated evaluation stack, emission, arithmetic/branch/conversion ops),
 * translate_calls.c (calls, object creation, fields, arrays, indirection). */
#ifndef CILANTRO_TRANSLATE_INTERNAL_H
#define CILANTRO_TRANSLATE_INTERNAL_H

#include "interp/cil_opcodes.h"
#include "interp/interp_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { LOC_CANON, LOC_ALIAS, LOC_CONST };

typedef struct StackEntry {
    Type *type;
    uint8_t kind;       /* StackKind */
    uint8_t loc;
    uint32_t slot;      /* where the value lives now */
    uint32_t canon;     /* its canonical slot */
    uint32_t nslots;
    int64_t cval;       /* LOC_CONST: I4/I8 value, or R8 bits */
    uint8_t vflags;     /* V_*: what the verification type adds to type and kind */
} StackEntry;

/* Marks on a stack entry's verification type (translate_verify.c). */
enum { V_NULL = 1,      /* the null constant: fits every object reference */
       V_FTN = 2,       /* a method pointer from ldftn/ldvirtftn */
       V_UNKNOWN = 4 }; /* a placeholder for a member bound lazily: never runs, never checked */
typedef enum VerKind { VK_I4, VK_I8, VK_I, VK_F, VK_REF, VK_BYREF, VK_VALUE, VK_UNKNOWN } VerKind;
enum { RECV_LOAD, RECV_ADDRESS, RECV_STORE, RECV_CALL };   /* what a receiver is used for */

typedef struct SavedStack { uint32_t count; StackEntry *entries; } SavedStack;
typedef struct Fixup { uint32_t at; uint32_t il_target; } Fixup;

typedef struct Tr {
    Method *m;
    Assembly *a;
    GenericContext ctx;
    MdMethodBody body;
    const uint8_t *il;
    uint32_t il_size;

    Op *out;
    uint32_t n, cap;

    uint32_t *il_to_op;
    uint8_t *is_target;
    uint8_t *depth_known;      /* a branch to this offset was seen; its stack depth is saved_depth */
    uint32_t *saved_depth;
    SavedStack *saved;

    StackEntry *stack;
    uint32_t sp, stack_cap;
    uint32_t temp_base, max_slot;

    uint32_t arg_count;
    Type **arg_types;
    uint32_t *arg_slots;
    uint32_t local_count;
    Type **local_types;
    uint32_t *local_slots;
    uint8_t *arg_addr_taken, *local_addr_taken;
    /* an inlined body's arguments that are constants at the call site and that
     * the body never writes: ldarg pushes the constant itself (NULL: none) */
    const StackEntry *arg_consts;

    Fixup *fixups;
    uint32_t fixup_count, fixup_cap;

    uint32_t *map_ops, *map_il;
    uint32_t map_count;

    /* dest forwarding: the last emitted op and where its dest operand is */
    uint32_t last_op_pos, last_dest_pos;
    bool last_dest_valid;

    Type *constrained;
    bool prefix_volatile, prefix_readonly, prefix_tail;
    uint32_t cur_il;
    char *err;
    size_t errlen;
    bool failed;
    bool placeholder;          /* entries pushed now are V_UNKNOWN (lazy binding's stand-ins) */
    uint8_t *local_placeholder;   /* locals whose type did not load (NULL: none) */
    uint8_t *local_ftn;           /* locals that hold only method pointers (NULL: none) */
    bool has_ldftn;
    /* module initializers (translate.c): the <Module> types whose .cctor the
     * prologue runs, and those of other modules this method was found to use */
    Type **mod_pre, **mod_seen;
    uint32_t mod_pre_count, *mod_seen_count;
    /* inlining (translate_inline.c): while a callee's body is translated in
     * place, `ret` moves its value to inline_ret_slot instead of returning */
    uint32_t inline_depth;
    uint32_t inline_ret_slot;
    InlineRange *inlines;
    uint32_t inline_count;
    char **strings;            /* owned by the code once translated (tr_emit_string) */
    uint32_t string_count;
    /* lazy member binding (translate_lazy.c): the state before the current
       instruction, and the resolution error it deferred */
    struct {
        bool active, pending;
        uint32_t il, n, fixup_count, sp, cap;
        StackEntry *stack;
        const char *exception;
        char *message;
    } lazy;
} Tr;

#define PTR64 (sizeof(void *) == 8)
enum { MK_I1, MK_U1, MK_I2, MK_U2, MK_I4, MK_I8, MK_REF, MK_VT, MK_COUNT };
enum { BIN_ADD, BIN_SUB, BIN_MUL, BIN_DIV, BIN_REM, BIN_DIV_UN, BIN_REM_UN, BIN_AND, BIN_OR, BIN_XOR,
       BIN_SHL, BIN_SHR, BIN_SHR_UN, BIN_ADD_OVF, BIN_ADD_OVF_UN, BIN_SUB_OVF, BIN_SUB_OVF_UN,
       BIN_MUL_OVF, BIN_MUL_OVF_UN, BIN_COUNT };
enum { CMP_EQ, CMP_NE_UN, CMP_GE, CMP_GE_UN, CMP_GT, CMP_GT_UN, CMP_LE, CMP_LE_UN, CMP_LT, CMP_LT_UN };
enum { CV_I1, CV_U1, CV_I2, CV_U2, CV_I4, CV_U4, CV_I8, CV_U8, CV_R4, CV_R8, CV_I, CV_U, CV_R_UN };

void tr_fail(Tr *t, const char *fmt, ...);
void tr_fail_type(Tr *t);
void tr_emit_word(Tr *t, Op w);
void tr_emit_op(Tr *t, int op);
void tr_emit_ptr(Tr *t, const void *p);
void tr_emit_string(Tr *t, const char *s);   /* a copy of s, owned by the translated code */
void tr_emit_i64(Tr *t, int64_t v);
void tr_emit_dest(Tr *t, uint32_t dest);
void tr_emit_target(Tr *t, uint32_t il_target);
uint32_t tr_next_canon(Tr *t);
StackEntry * tr_push_entry(Tr *t, Type *type, StackKind kind);
uint32_t tr_push(Tr *t, Type *type, StackKind kind);
StackEntry tr_pop(Tr *t);
StackEntry * tr_peek(Tr *t, uint32_t depth);
void tr_materialize(Tr *t, StackEntry *e);
void tr_materialize_all(Tr *t);
void tr_materialize_aliases_of(Tr *t, uint32_t slot);
uint32_t tr_operand(Tr *t, StackEntry *e);
Type * tr_kind_type(StackKind k);
int tr_arith_family(StackKind k);
void tr_widen(Tr *t, StackEntry *e, int to_family);
StackKind tr_result_kind(StackKind a, StackKind b);
int tr_mem_kind(Type *ft);
extern const int tr_ldfld_ops[];
extern const int tr_lds_ops[];
extern const int tr_ldsfld_ops[];
extern const int tr_ldind_ops[];
extern const int tr_ldelem_ops[];
extern const int tr_stfld_ops[];
extern const int tr_stsfld_ops[];
extern const int tr_stind_ops[];
extern const int tr_stelem_ops[];
Type * tr_stack_type_of(Type *ft);
StackEntry * tr_push_typed(Tr *t, Type *ft);
void tr_load_var(Tr *t, Type *type, uint32_t slot, bool addr_taken);
int tr_narrow_op(Type *type);
void tr_store_var(Tr *t, Type *type, uint32_t slot);
void tr_push_const(Tr *t, StackKind kind, int64_t v);
extern const int tr_bin_ops[BIN_COUNT][4];
int tr_imm_op(int bin);
void tr_binop(Tr *t, int bin);
void tr_unop(Tr *t, bool neg);
extern const int tr_bcmp_ops[10][4];
extern const int tr_bcmp_imm_ops[10];
void tr_save_stack_for(Tr *t, uint32_t il_target);
void tr_branch_to(Tr *t, uint32_t il_target);
void tr_branch_cmp(Tr *t, int cmp, uint32_t target);
void tr_branch_bool(Tr *t, bool when_true, uint32_t target);
void tr_compare(Tr *t, int which /* 0 ceq 1 cgt 2 cgt.un 3 clt 4 clt.un */);
int tr_conv_op(int dst, int fam, bool ovf, bool un);
void tr_conv(Tr *t, int dst, bool ovf, bool un);
bool tr_needs_init(Tr *t, Type *owner, bool static_field);
void tr_emit_initclass(Tr *t, Type *owner);
Type *tr_pending_module_init(Assembly *a);
bool tr_is_typed_reference(Tr *t, const StackEntry *e, const char *what);
void tr_note_module(Tr *t, Assembly *a);
#define TR_MAX_MODULE_INITS 8
Method * tr_resolve_method(Tr *t, uint32_t token);
Type * tr_resolve_type(Tr *t, uint32_t token);
Field * tr_resolve_field(Tr *t, uint32_t token);
uint32_t tr_sum_arg_slots(Method *m);
void tr_coerce_to(Tr *t, StackEntry *e, Type *param);
void tr_push_return(Tr *t, Method *m, uint32_t base);
void tr_box_value_at(Tr *t, StackEntry *e, Type *vt);
void tr_call_intrinsic_string(Tr *t, Method *m, int op);
void tr_emit_array_accessor(Tr *t, Method *m);
Method *tr_static_virtual_target(Tr *t, Type *constrained, Method *m);
void tr_emit_call(Tr *t, Method *m, bool virt);
void tr_emit_newobj(Tr *t, Method *ctor);
void tr_coerce_store(Tr *t, StackEntry *v, Type *ft);
void tr_emit_ldfld(Tr *t, Field *f, bool address);
void tr_emit_stfld(Tr *t, Field *f, bool is_static);
void tr_index_to_i4(Tr *t, StackEntry *idx);
void tr_emit_ldelem(Tr *t, Type *et);
void tr_emit_stelem(Tr *t, Type *et);
void tr_emit_ldind(Tr *t, Type *ty);
void tr_emit_stind(Tr *t, Type *ty);
bool tr_prescan(Tr *t);
/* translate_verify.c: the type checks; each fails the translation with
   InvalidProgramException and returns false */
void tr_invalid(Tr *t, const char *fmt, ...);
VerKind tr_vkind(const StackEntry *e);
const char *tr_vkind_name(const StackEntry *e);
bool tr_could_be(Type *a, Type *b);
bool tr_check_pops(Tr *t, const CilOpcode *info);
bool tr_check_regions(Tr *t);     /* branches, leave and ret against the exception clauses */
bool tr_check_block_end(Tr *t, bool filter);   /* endfinally in a finally or fault handler, endfilter in a filter */
void tr_scan_method_pointer_locals(Tr *t);
bool tr_check_store(Tr *t, const StackEntry *v, Type *dest, const char *what);
bool tr_check_receiver(Tr *t, const StackEntry *obj, Type *owner, int use, const char *what);
bool tr_check_address(Tr *t, const StackEntry *addr, Type *ty, const char *what);
Type *tr_check_array(Tr *t, const StackEntry *arr, Type *et, const char *what);   /* the element type when known */
bool tr_check_method_pointer(Tr *t, const StackEntry *e, const char *what);
bool tr_merge_stack(Tr *t, StackEntry *into, const StackEntry *from, uint32_t count, uint32_t il, bool widen);
int tr_innermost_catch_handler(Tr *t, uint32_t il);
bool tr_translate_instruction(Tr *t, uint32_t *pos, bool *unconditional);
void tr_translate_delegate_invoke(Tr *t);
void tr_translate_js_import(Tr *t);
bool tr_setup_frame(Tr *t);
void tr_record_map(Tr *t, uint32_t il);
void tr_enter_label(Tr *t, uint32_t il, bool fallthrough);
void tr_free_tr(Tr *t);

bool tr_inline_planned(Tr *t, Method *m, uint64_t *written);
bool tr_try_math_intrinsic(Tr *t, Method *m);
bool tr_try_inline(Tr *t, Method *m, uint32_t base, const uint32_t *arg_src, const StackEntry *arg_consts);
bool tr_try_intrinsic(Tr *t, Method *m);  /* translate_intrinsics.c */
/* translate_lazy.c */
void tr_lazy_begin(Tr *t, uint32_t il);
bool tr_lazy_defer(Tr *t);    /* true: the last type-system error is deferred to run time */
bool tr_lazy_finish(Tr *t);   /* false: the method fails */
bool tr_lazy_placeholder_ok(void); /* the last type-system error may be deferred */
void tr_emit_calli(Tr *t, uint32_t sig_token);

#endif
