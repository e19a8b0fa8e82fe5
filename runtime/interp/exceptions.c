/* exceptions.c — creating runtime exceptions, stack traces, EH records,
 * and printing unhandled exceptions. (The search for a handler is one pass,
 * in the loop: interp_unwind.inc.) */
#include "interp/interp_internal.h"
#include "types/corlib_binder.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

ExceptionLayout exception_layout;
DelegateLayout delegate_layout;

bool interp_init_layouts(void) {
    if (!type_prepare(vm_types.exception, TS_READY) || !type_prepare(vm_types.multicast_delegate, TS_READY)) return false;
    exception_layout.message = CORLIB_F(exception_message)->offset;
    exception_layout.inner = CORLIB_F(exception_inner)->offset;
    exception_layout.stack_trace_string = CORLIB_F(exception_stack_trace_string)->offset;
    exception_layout.stack_trace_frames = CORLIB_F(exception_stack_trace_frames)->offset;
    delegate_layout.target = corlib_field_in(vm_types.multicast_delegate, CF_delegate_target)->offset;
    delegate_layout.method = corlib_field_in(vm_types.multicast_delegate, CF_delegate_method_ptr)->offset;
    delegate_layout.invocation_list = CORLIB_F(multicast_delegate_invocation_list)->offset;
    delegate_layout.invocation_count = CORLIB_F(multicast_delegate_invocation_count)->offset;
    return true;
}

static void set_ref(Object *o, uint32_t offset, Object *v) { memcpy((uint8_t *)o + offset, &v, sizeof v); }
Object *interp_get_field_ref(Object *o, uint32_t offset) {
    Object *v;
    memcpy(&v, (uint8_t *)o + offset, sizeof v);
    return v;
}

/* The runtime throws only exceptions listed in corlib_binder.def (so the
 * trimmer keeps them); a name outside it is a runtime bug, reported as the
 * base Exception with the name in the message rather than a crash. */

static Object *preallocated_oom;

Object *interp_new_exception(Thread *t, const char *type_name, const char *message) {
    Type *type = corlib_type_by_full_name(type_name);
    char unlisted[300];
    if (!type) {
        snprintf(unlisted, sizeof unlisted, "%s: %s", type_name, message ? message : "");
        message = unlisted;
    }
    if (!type || !type_prepare(type, TS_READY)) type = vm_types.exception;
    Object *e = gc_alloc(&type->gc, type->instance_size);
    if (!e) return preallocated_oom;
    if (message) {
        GC_ROOT(e);
        String *s = vm_string_from_utf8(t, message, strlen(message));
        gc_root_pop(1);
        if (s) set_ref(e, exception_layout.message, (Object *)s);
    }
    return e;
}

/* TypeLoadException.TypeName: the runtime's messages all start with
 * "Could not load type 'NAME'" (types/type_load.c). */
static void set_type_load_class_name(Thread *t, Object *e, const char *message) {
    static const char prefix[] = "Could not load type '";
    if (!e || e == preallocated_oom || vm_object_type(e) != CORLIB_T(type_load_exception)) return;
    if (strncmp(message, prefix, sizeof prefix - 1) != 0) return;
    const char *name = message + sizeof prefix - 1;
    const char *end = strchr(name, '\'');
    if (!end) return;
    GC_ROOT(e);
    String *s = vm_string_from_utf8(t, name, (size_t)(end - name));
    gc_root_pop(1);
    if (s) set_ref(e, CORLIB_F(type_load_exception_class_name)->offset, (Object *)s);
}

void interp_set_pending(Thread *t, const char *type_name, const char *message) {
    t->pending_exception = NULL;
    Object *e = interp_new_exception(t, type_name, message);
    if (message) set_type_load_class_name(t, e, message);
    t->pending_exception = e;
}

void interp_set_pending_type_error(Thread *t) {
    interp_set_pending(t, type_error_exception_name(type_last_error_kind()), type_last_error());
}

Object *interp_wrap_exception(Thread *t, const char *type_name, const char *message, Object *inner) {
    Object *saved = t->pending_exception;
    GC_ROOT(inner);
    GC_ROOT(saved);
    Object *e = interp_new_exception(t, type_name, message);
    gc_root_pop(2);
    if (e && e != preallocated_oom) set_ref(e, exception_layout.inner, inner);
    return e ? e : inner;
}

Object *interp_wrap_type_init(Thread *t, Type *type, Object *inner) {
    char msg[600];
    snprintf(msg, sizeof msg, "The type initializer for '%s' threw an exception.", type_name_full(type));
    Object *saved = t->pending_exception;
    GC_ROOT(inner);
    GC_ROOT(saved);
    Object *tie = interp_new_exception(t, "System.TypeInitializationException", msg);
    gc_root_pop(2);
    if (tie && tie != preallocated_oom) {
        set_ref(tie, exception_layout.inner, inner);
        Field *f = CORLIB_F(type_initialization_exception_type_name);
        if (f) {
            GC_ROOT(tie);
            const char *n = type_name_full(type);
            String *s = vm_string_from_utf8(t, n, strlen(n));
            gc_root_pop(1);
            if (s) set_ref(tie, f->offset, (Object *)s);
        }
    }
    type->cinit = CI_FAILED;
    type->cinit_exception = tie;
    types_register_object_owner(type);
    return tie;
}

/* ---- stack traces ---- */
static void trace_push(Thread *t, uint32_t frame, Method *m, int32_t il) {
    if (t->trace_count == t->trace_capacity) {
        t->trace_capacity = t->trace_capacity ? t->trace_capacity * 2 : 64;
        t->trace_methods = util_realloc(t->trace_methods, t->trace_capacity * sizeof(Method *));
        t->trace_il = util_realloc(t->trace_il, t->trace_capacity * sizeof(int32_t));
        t->trace_frame = util_realloc(t->trace_frame, t->trace_capacity * sizeof(uint32_t));
    }
    t->trace_frame[t->trace_count] = frame;
    t->trace_methods[t->trace_count] = m;
    t->trace_il[t->trace_count] = il;
    t->trace_count++;
}

/* The inlined callee's IL offset of the instruction that holds op position pos. */
static int32_t inline_il_offset(const InlineRange *r, uint32_t pos) {
    int32_t il = -1;
    for (uint32_t k = 0; k < r->map_count && r->map_ops[k] <= pos; k++) il = (int32_t)r->map_il[k];
    return il;
}

/* Bottom to top: each frame, then the callees inlined into it at the current
 * position (outermost first), so the innermost call ends up on top. */
static void snapshot_frames(Thread *t) {
    t->trace_count = 0;
    for (uint32_t i = 0; i < t->frame_count; i++) {
        Frame *f = &t->frames[i];
        const Op *at = i + 1 == t->frame_count ? f->ip : f->ip - 1;
        trace_push(t, i, f->method, interp_il_offset(f->code, at));
        uint32_t pos = (uint32_t)(at - f->code->ops);
        /* inline ranges are recorded inner before outer: walk them backwards */
        for (uint32_t k = f->code->inline_count; k-- > 0;) {
            InlineRange *r = &f->code->inlines[k];
            if (pos >= r->start && pos < r->end) trace_push(t, i, r->method, inline_il_offset(r, pos));
        }
    }
}

void interp_capture_stack_trace(Thread *t, Object *exception) {
    (void)exception;
    snapshot_frames(t);
}

void interp_capture_stack_trace_if_empty(Thread *t, Object *exception) {
    if (exception && !interp_get_field_ref(exception, exception_layout.stack_trace_string)) snapshot_frames(t);
    else t->trace_count = 0;
}

/* The declared name of generic parameter `index` of a TypeDef or MethodDef. */
static const char *generic_param_name(const MdImage *img, uint32_t owner_token, uint32_t index) {
    uint32_t first, end;
    md_find_generic_params(img, owner_token, &first, &end);
    for (uint32_t r = first; r < end; r++)
        if (img->genericparams[r].number == index) return img->genericparams[r].name;
    return NULL;
}

/* A parameter type as .NET's stack trace writes it (its Type.Name): short
 * names, constructed generics without arguments ("List`1"), and the declared
 * names of generic parameters ("T", "U"). */
static void append_param_type(Buf *b, Method *def, Type *ty) {
    const MdImage *img = def->assembly->image;
    Type *owner = def->owner->generic_def ? def->owner->generic_def : def->owner;
    if (ty->flags & TF_GENERIC_PARAM) {
        const char *name = ty->elem == MD_ELEMENT_MVAR
            ? generic_param_name(img, MD_TOKEN(MD_METHODDEF, def->methoddef_row), ty->generic_index)
            : generic_param_name(owner->assembly->image, MD_TOKEN(MD_TYPEDEF, owner->typedef_row), ty->generic_index);
        buf_printf(b, "%s", name ? name : ty->name);
        return;
    }
    if (ty->element && (ty->flags & (TF_ARRAY | TF_BYREF | TF_POINTER))) {
        append_param_type(b, def, ty->element);
        if (ty->flags & TF_BYREF) buf_printf(b, "&");
        else if (ty->flags & TF_POINTER) buf_printf(b, "*");
        else if (ty->elem == MD_ELEMENT_SZARRAY) buf_printf(b, "[]");
        else { buf_printf(b, "["); for (uint32_t i = 1; i < ty->rank; i++) buf_printf(b, ","); buf_printf(b, "]"); }
        return;
    }
    /* a constructed type is its Type.Name, "List`1", without its arguments */
    if (ty->generic_def) {
        buf_printf(b, "%s", ty->generic_def->name);
        return;
    }
    buf_printf(b, "%s", ty->name);
}

/* One line of a stack trace as .NET writes it: "   at Ns.Outer.Inner`1.M[U](U x)"
 * (the generic definitions, as declared) and, with a PDB, " in /src/File.cs:line 12".
 * False for a hidden frame. */
static bool append_frame_with(Buf *b, Method *m, int32_t il, bool source);
static bool append_frame(Buf *b, Method *m, int32_t il) { return append_frame_with(b, m, il, true); }

bool interp_format_frame(Buf *b, Method *m, int32_t il, bool source) { return append_frame_with(b, m, il, source); }

/* The current frames, innermost first, with the callees inlined into them
 * (innermost first too); stops early when fn returns false. */
void interp_walk_frames(Thread *t, bool (*fn)(void *ctx, Method *m, int32_t il), void *ctx) {
    for (uint32_t i = t->frame_count; i-- > 0;) {
        Frame *f = &t->frames[i];
        const Op *at = i + 1 == t->frame_count ? f->ip : f->ip - 1;
        uint32_t pos = (uint32_t)(at - f->code->ops);
        for (uint32_t k = 0; k < f->code->inline_count; k++) {
            InlineRange *r = &f->code->inlines[k];
            if (pos >= r->start && pos < r->end && !fn(ctx, r->method, inline_il_offset(r, pos))) return;
        }
        if (!fn(ctx, f->method, interp_il_offset(f->code, at))) return;
    }
}

static bool append_frame_with(Buf *b, Method *m, int32_t il, bool source) {
    if (interp_frame_hidden(m)) return false;
    bool iterator = false;
    Method *shown = interp_frame_display_method(m, &iterator);
    Method *def = shown->generic_def ? shown->generic_def : shown;
    if (def->type_def_method) def = def->type_def_method;
    Type *owner = def->owner->generic_def ? def->owner->generic_def : def->owner;
    char name[512];
    size_t pos = 0;
    name[0] = 0;
    type_append_name(owner, name, sizeof name, &pos, true);
    for (char *c = name; *c; c++) if (*c == '+') *c = '.';
    if (b->len) buf_append(b, "\n", 1);
    buf_printf(b, "   at %s.%s", name, def->name);
    const MdImage *img = def->assembly->image;
    if (def->generic_param_count) {
        buf_printf(b, "[");
        for (uint32_t i = 0; i < def->generic_param_count; i++) {
            const char *gp = def->methoddef_row ? generic_param_name(img, MD_TOKEN(MD_METHODDEF, def->methoddef_row), i) : NULL;
            buf_printf(b, "%s%s", i ? "," : "", gp ? gp : "?");
        }
        buf_printf(b, "]");
    }
    buf_printf(b, "(");
    uint32_t first = 0, end = 0;
    if (def->methoddef_row) md_method_params(img, def->methoddef_row, &first, &end);
    if (method_prepare_sig(def))
        for (uint32_t i = 0; i < def->param_count; i++) {
            if (i) buf_printf(b, ", ");
            if (def->params && def->params[i]) append_param_type(b, def, def->params[i]);
            for (uint32_t r = first; r < end; r++)
                if (md_param_row(img, r).sequence == i + 1 && md_param_row(img, r).name[0]) buf_printf(b, " %s", md_param_row(img, r).name);
        }
    buf_printf(b, iterator ? ")+MoveNext()" : ")");
    char file[1024];
    uint32_t line;
    if (source && interp_frame_source(m, il, file, sizeof file, &line)) buf_printf(b, " in %s:line %u", file, line);
    return true;
}

void interp_finish_trace(Thread *t, Object *exception, uint32_t bottom) {
    if (!t->trace_count || !exception) return;
    /* deep traces (a stack overflow) keep their innermost and outermost frames */
    enum { KEEP_INNER = 100, KEEP_OUTER = 20 };
    uint32_t first = t->trace_count;
    while (first > 0 && t->trace_frame[first - 1] >= bottom) first--;
    uint32_t total = t->trace_count - first;
    Buf b = {0};
    /* the frames the text shows, as (Method*, IL offset) pairs: new StackTrace(exception) */
    int64_t *shown = malloc((size_t)total * 2 * sizeof *shown);
    uint32_t n = 0;
    for (uint32_t i = t->trace_count; i-- > first;) {
        uint32_t depth = t->trace_count - 1 - i;
        if (total > KEEP_INNER + KEEP_OUTER && depth >= KEEP_INNER && i - first >= KEEP_OUTER) {
            if (depth == KEEP_INNER) buf_printf(&b, "\n   ... %u more frames ...", total - KEEP_INNER - KEEP_OUTER);
            continue;
        }
        if (append_frame(&b, t->trace_methods[i], t->trace_il[i]) && shown) {
            shown[2 * n] = (int64_t)(intptr_t)t->trace_methods[i];
            shown[2 * n + 1] = t->trace_il[i];
            n++;
        }
    }
    t->trace_count = 0;
    GC_ROOT(exception);
    String *s = vm_string_from_utf8(t, b.data ? (char *)b.data : "", b.len);
    buf_free(&b);
    if (s) {
        set_ref(exception, exception_layout.stack_trace_string, (Object *)s);
        /* an allocation that fails leaves the frames out, not a second exception */
        Object *pending = t->pending_exception;
        Array *frames = shown ? vm_array_new(t, vm_types.int64, (int32_t)(2 * n)) : NULL;
        t->pending_exception = pending;
        if (frames) memcpy(VM_ARRAY_DATA(frames), shown, (size_t)n * 2 * sizeof *shown);
        set_ref(exception, exception_layout.stack_trace_frames, (Object *)frames);
    }
    gc_root_pop(1);
    free(shown);
}

char *interp_stack_trace(Thread *t) {
    Buf b = {0};
    for (uint32_t i = t->frame_count; i-- > 0;) {
        Frame *f = &t->frames[i];
        append_frame(&b, f->method, interp_il_offset(f->code, i + 1 == t->frame_count ? f->ip : f->ip - 1));
    }
    if (!b.data) return util_strdup("");
    return (char *)b.data;
}

void interp_drop_eh_inside(Thread *t, Code *code, const EhClause *catcher) {
    /* The catch leaves the finally/fault/filter blocks its try block contains;
     * a block that contains the try (a try/catch inside a finally) goes on. */
    while (t->eh_count) {
        EhRecord *r = &t->eh[t->eh_count - 1];
        if (r->frame_index != t->frame_count - 1) break;
        EhClause *c = &code->clauses[r->clause_index];
        uint32_t start = r->kind == EH_FILTER ? c->filter_start : c->handler_start;
        uint32_t end = r->kind == EH_FILTER ? c->handler_start : c->handler_end;
        if (start < catcher->try_start || end > catcher->try_end) break;
        t->eh_count--;
    }
}

bool interp_push_eh(Thread *t, int kind, uint32_t clause, uint32_t src, uint32_t target, Object *exception) {
    if (t->eh_count == t->eh_capacity) {
        uint32_t cap = t->eh_capacity ? t->eh_capacity * 2 : 32;
        EhRecord *r = realloc(t->eh, cap * sizeof(EhRecord));
        if (!r) { interp_set_pending(t, "System.OutOfMemoryException", NULL); return false; }
        t->eh = r;
        t->eh_capacity = cap;
    }
    EhRecord *r = &t->eh[t->eh_count++];
    r->frame_index = t->frame_count - 1;
    r->kind = (uint8_t)kind;
    r->clause_index = clause;
    r->src = src;
    r->target = target;
    r->exception = exception;
    return true;
}

/* ---- exception text ---- */
/* "Type: message" (full = false), or the exception's own ToString() with its
 * stack trace (full = true; runs managed code, so host level only).
 * malloc'ed. */
char *interp_exception_text(Object *exception, bool full) {
    if (!exception) return util_strdup("(no exception)");
    if (full) {
        char *text = NULL;
        Method *to_string = CORLIB_M(object_to_string);
        if (to_string && to_string->vtable_slot >= 0 && type_prepare(vm_object_type(exception), TS_READY)) {
            Method *m = vm_object_type(exception)->vtable[to_string->vtable_slot];
            Slot args[1], ret[1];
            args[0].o = exception;
            Object *inner_exc = NULL;
            uint32_t h = gc_handle_alloc(exception, GC_HANDLE_NORMAL);
            if (interp_call_sync(m, args, 1, ret, &inner_exc) && ret[0].o)
                text = vm_string_to_utf8((String *)ret[0].o, NULL);
            exception = gc_handle_get(h);
            gc_handle_free(h);
        }
        if (text) return text;
    }
    String *msg = (String *)interp_get_field_ref(exception, exception_layout.message);
    char *m = msg ? vm_string_to_utf8(msg, NULL) : NULL;
    char *text = util_format("%s: %s", type_name_full(vm_object_type(exception)), m ? m : "");
    free(m);
    return text;
}

void interp_print_unhandled(Thread *t, Object *exception) {
    (void)t;
    char *text = interp_exception_text(exception, true);
    char *line = util_format("Unhandled exception. %s\n", text);
    vm_host_write(2, line, strlen(line));
    free(line);
    free(text);
}

void interp_init_exceptions(void) {
    preallocated_oom = interp_new_exception(NULL, "System.OutOfMemoryException", NULL);
    if (preallocated_oom) gc_handle_alloc(preallocated_oom, GC_HANDLE_NORMAL);
}
