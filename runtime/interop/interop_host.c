/* interop_host.c — JS -> .NET: method groups, overload resolution, and
 * invocations that run on pooled green threads and report their result to
 * JS when they finish (a returned Task is awaited first, on another green
 * thread running JS.AwaitTask). Also the threads started for JS callbacks
 * and settled promises, the JSObject wrapper, and exception texts. */
#include "interop/interop.h"
#include "types/corlib_binder.h"
#include "host/host.h"
#include "core/core.h"
#include "threads/threads.h"
#include "util/util.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { THREAD_SLOTS = 128 * 1024, POOL_MAX = 64 };

/* ---- interop assembly types ---- */

static Assembly *interop_asm;
static Type *jsobject_type, *js_type;
static uint32_t handle_offset;
static Method *run_callback_m, *settle_m, *await_task_m;

static bool find_interop(void) {
    if (js_type) return true;
    Assembly *a = asm_by_name("Cilantro.Interop");
    if (!a) return false;
    Type *jo = type_find(a, "Cilantro.Interop", "JSObject");
    Type *js = type_find(a, "Cilantro.Interop", "JS");
    if (!jo || !js || !type_prepare(jo, TS_READY) || !type_prepare(js, TS_READY)) return false;
    Field *f = type_find_field(jo, "_handle");
    if (!f || f->type != vm_types.int32) return false;
    run_callback_m = type_find_method_by_name(js, "RunCallback", 2);
    settle_m = type_find_method_by_name(js, "Settle", 3);
    await_task_m = type_find_method_by_name(js, "AwaitTask", 1);
    if (!run_callback_m || !settle_m || !await_task_m) return false;
    handle_offset = f->offset;
    interop_asm = a;
    jsobject_type = jo;
    js_type = js;
    return true;
}

Type *interop_jsobject_type(void) { return find_interop() ? jsobject_type : NULL; }

Object *interop_wrap_handle(Thread *t, int32_t handle) {
    if (!find_interop()) { interp_set_pending(t, "System.InvalidOperationException", "Cilantro.Interop is not loaded"); return NULL; }
    Object *o = vm_object_new(t, jsobject_type);
    if (o) memcpy((uint8_t *)o + handle_offset, &handle, 4);
    return o;
}

int32_t interop_handle_of(Object *o) {
    int32_t h;
    memcpy(&h, (uint8_t *)o + handle_offset, 4);
    return h;
}

int cil_interop_ready(void) { return find_interop(); }

void interop_throw_js_exception(Thread *t, const char *message) {
    Type *type = find_interop() ? type_find(interop_asm, "Cilantro.Interop", "JSException") : NULL;
    if (!type || !type_prepare(type, TS_READY)) { interp_set_pending(t, "System.Exception", message); return; }
    Object *e = vm_object_new(t, type);
    if (!e) return;
    GC_ROOT(e);
    String *s = vm_string_from_utf8(t, message, strlen(message));
    gc_root_pop(1);
    if (s) memcpy((uint8_t *)e + CORLIB_F(exception_message)->offset, &s, sizeof s);
    t->pending_exception = e;
}

/* ---- pooled threads ----
 * Finished host threads are kept for reuse (thread_reset) rather than freed,
 * so an invocation does not pay for allocating a 1 MB slot stack. */
static Thread *pool[POOL_MAX];
static int pool_count;

Thread *interop_thread_get(void) {
    Thread *t = pool_count ? pool[--pool_count] : thread_create(THREAD_SLOTS);
    if (!t) return NULL;
    t->sched->state = THREAD_NEW;
    return t;
}

void interop_thread_put(Thread *t) {
    thread_reset(t);
    if (pool_count < POOL_MAX) pool[pool_count++] = t;
    else thread_free(t);
}

/* Pushes m and, when its class still needs it, its static constructor (as
 * cil_start_main does for Main). */
static bool push_with_cctor(Thread *t, Method *m, Method *ctor, const Slot *args, uint32_t n) {
    if (!thread_push_call(t, m, args, n)) return false;
    /* instance tests: the constructor runs first, on the same object */
    if (ctor && !thread_push_call(t, ctor, args, 1)) return false;
    Type *owner = m->owner;
    if (type_cctor(owner) && owner->cinit == CI_NONE) {
        owner->cinit = CI_RUNNING;
        owner->cinit_thread = t;
        Slot none[1];
        if (!thread_push_call(t, type_cctor(owner), none, 0)) return false;
    }
    return true;
}

/* ---- exception text ---- */

char *interop_exception_text(Object *exception, bool full) { return interp_exception_text(exception, full); }

/* ---- the scratch buffer JS writes into ---- */

static uint8_t *scratch;
static uint32_t scratch_cap;

uint8_t *cil_interop_scratch(uint32_t size) {
    if (size > scratch_cap) {
        uint32_t cap = scratch_cap ? scratch_cap : 4096;
        while (cap < size) cap *= 2;
        uint8_t *p = realloc(scratch, cap);
        if (!p) return NULL;
        scratch = p;
        scratch_cap = cap;
    }
    return scratch;
}

/* ---- errors for the host ---- */

static char host_error[1024];
const char *interop_last_error(void) { return host_error; }
static int host_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int host_fail(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(host_error, sizeof host_error, fmt, ap);
    va_end(ap);
    return 0;
}

/* ---- method groups ---- */

typedef struct Group { Method **methods; uint32_t count; char *label; } Group;
static Group *groups;
static uint32_t group_count, group_cap;

static Type *find_type_path(Assembly *a, const char *full) {
    /* "Ns.Outer+Inner": the namespace is everything before the last '.' of the outer name */
    char buf[512];
    snprintf(buf, sizeof buf, "%s", full);
    char *plus = strchr(buf, '+');
    if (plus) *plus = 0;
    char *dot = strrchr(buf, '.');
    Type *t = dot ? (*dot = 0, type_find(a, buf, dot + 1)) : type_find(a, "", buf);
    while (t && plus) {
        char *name = plus + 1;
        plus = strchr(name, '+');
        if (plus) *plus = 0;
        t = type_find_nested(t, name);
    }
    return t;
}

static bool is_public(Type *t) {
    for (; t; t = t->enclosing) {
        uint32_t vis = t->md_flags & 7;
        if (vis != 1 && vis != 2) return false;   /* Public / NestedPublic */
    }
    return true;
}

const char *cil_interop_error(void) { return host_error; }

int cil_interop_find(int assembly_id, const char *type_name, const char *method) {
    Assembly *a = asm_at(assembly_id - 1);
    if (!a) return host_fail("no assembly with id %d", assembly_id);
    Type *t = find_type_path(a, type_name);
    if (!t) return host_fail("type '%s' not found in assembly '%s'", type_name, a->name);
    if (!is_public(t)) return host_fail("type '%s' is not public", type_name);
    if (!type_prepare(t, TS_READY)) return host_fail("type '%s' cannot be loaded: %s", type_name, type_last_error());
    Group g = {0};
    bool any_name = false;
    for (uint32_t i = 0; i < t->method_count; i++) {
        Method *m = type_method(t, i);
        if (strcmp(m->name, method) != 0) continue;
        any_name = true;
        if (!(m->flags & MF_STATIC) || (m->md_flags & 7) != 6 || (m->flags & MF_GENERIC_DEF)) continue;
        if (!method_prepare_sig(m)) continue;
        Method **grown = realloc(g.methods, (g.count + 1) * sizeof *grown);
        if (!grown) { free(g.methods); return host_fail("out of memory"); }
        g.methods = grown;
        g.methods[g.count++] = m;
    }
    if (!g.count) {
        return host_fail(any_name ? "%s.%s is not a public static (non-generic) method" : "method %s.%s not found",
                         type_name, method);
    }
    if (group_count == group_cap) {
        uint32_t cap = group_cap ? group_cap * 2 : 16;
        Group *grown = realloc(groups, cap * sizeof *grown);
        if (!grown) { free(g.methods); return host_fail("out of memory"); }
        groups = grown;
        group_cap = cap;
    }
    g.label = util_format("%s.%s", type_name, method);
    groups[group_count++] = g;
    return (int)group_count;
}

/* ---- invocations ---- */

typedef struct Invocation { int32_t id; Method *method; uint32_t task_handle; } Invocation;
static int32_t next_invocation = 1;

static void report(int32_t id, uint32_t status, InteropBuf *b) {
    const uint8_t *answer, *end;
    interop_js_op(IOP_DONE, id, (int32_t)status, NULL, b->data, b->len, &answer, &end);
}

static void report_exception(int32_t id, Object *exc) {
    InteropBuf b = {0};
    char *brief = interop_exception_text(exc, false);
    char *full = interop_exception_text(exc, true);
    interop_put_header(&b, IT_ARRAY, 3);
    interop_put_utf8(&b, exc ? type_name_full(vm_object_type(exc)) : "System.Exception");
    interop_put_utf8(&b, brief);
    interop_put_utf8(&b, full);
    report(id, IST_THREW, &b);
    interop_buf_free(&b);
    free(brief);
    free(full);
}

static void report_error(int32_t id, const char *msg) {
    InteropBuf b = {0};
    interop_put_utf8(&b, msg);
    report(id, IST_MARSHAL, &b);
    interop_buf_free(&b);
}

static void report_value(int32_t id, Type *type, const void *value) {
    InteropBuf b = {0};
    char err[512];
    if (interop_encode_value(&b, type, value, err, sizeof err)) report(id, IST_OK, &b);
    else report_error(id, err);
    interop_buf_free(&b);
}

static Object *failure_of(Thread *t) {
    return t->pending_exception;
}

static Type *task_type(void) { return CORLIB_T(task); }

/* The Task<T> a task object is (or derives from), or NULL for a plain Task. */
static Field *task_result_field(Object *task) {
    return corlib_field_in(vm_object_type(task), CF_task_1_result);
}

static void await_done(Thread *t) {
    Invocation *inv = t->host_data;
    Object *task = gc_handle_get(inv->task_handle);
    if (t->unhandled || t->pending_exception) {
        report_exception(inv->id, failure_of(t));
    } else {
        /* a method declared to return plain Task resolves to undefined, even
         * when the object is a Task<T> underneath (Task.Delay's is) */
        Type *declared = inv->method ? inv->method->ret : NULL;
        bool generic = false;
        for (Type *c = declared; c; c = c->base)
            if (c->generic_def == CORLIB_T(task_1)) generic = true;
        Field *f = generic ? task_result_field(task) : NULL;
        if (f) report_value(inv->id, f->type, (uint8_t *)task + f->offset);
        else report_value(inv->id, NULL, NULL);
    }
    gc_handle_free(inv->task_handle);
    free(inv);
    interop_thread_put(t);
}

static void invocation_done(Thread *t) {
    Invocation *inv = t->host_data;
    if (t->unhandled || t->pending_exception) {
        report_exception(inv->id, failure_of(t));
        free(inv);
        interop_thread_put(t);
        return;
    }
    Type *ret = inv->method ? inv->method->ret : NULL;
    Object *maybe_task = ret && type_is_reference(ret) ? t->result[0].o : NULL;
    if (maybe_task && task_type() && vm_is_instance_of(maybe_task, task_type()) && find_interop()) {
        /* await it on a green thread running JS.AwaitTask(task) */
        Thread *w = interop_thread_get();
        Slot arg[1];
        arg[0].o = maybe_task;
        inv->task_handle = gc_handle_alloc(maybe_task, GC_HANDLE_NORMAL);
        interop_thread_put(t);
        if (!w || !thread_push_call(w, await_task_m, arg, 1)) {
            if (w) interop_thread_put(w);
            gc_handle_free(inv->task_handle);
            report_error(inv->id, "cannot start awaiting the returned Task");
            free(inv);
            return;
        }
        w->host_data = inv;
        w->on_done = await_done;
        sched_add(w);
        return;
    }
    report_value(inv->id, ret, t->result);
    free(inv);
    interop_thread_put(t);
}

/* Starts m on a pooled thread; args are already converted. 0: failed to
 * start (bad IL, missing reference: the message names the exception). */
static int start(Method *m, Method *ctor, Thread *t, Slot *args, uint32_t n) {
    const char *ended = cil_program_ended();
    if (ended) { interop_thread_put(t); return host_fail("%s", ended); }
    if (!push_with_cctor(t, m, ctor, args, n)) {
        char *text = interop_exception_text(t->pending_exception, false);
        host_fail("%s", text);
        free(text);
        interop_thread_put(t);
        return 0;
    }
    Invocation *inv = malloc(sizeof *inv);
    if (!inv) { interop_thread_put(t); return host_fail("out of memory"); }
    inv->id = next_invocation++;
    if (next_invocation <= 0) next_invocation = 1;
    inv->method = m;
    inv->task_handle = 0;
    t->host_data = inv;
    t->on_done = invocation_done;
    sched_add(t);
    return inv->id;
}

int interop_start_test(Method *m, Method *ctor, Type *cls) {
    Thread *t = interop_thread_get();
    if (!t) return host_fail("out of memory creating a thread");
    Slot args[1];
    args[0].o = cls ? vm_object_new(t, cls) : NULL;
    if (cls && !args[0].o) { interop_thread_put(t); return host_fail("cannot create an instance of %s", type_name_full(cls)); }
    Object *instance = args[0].o;
    GC_ROOT(args[0].p);
    int id = start(m, ctor, t, args, instance ? 1 : 0);
    gc_root_pop(1);
    return id;
}

int interop_fail(const char *msg) { return host_fail("%s", msg); }

static bool is_ref_slot(Type *type) { return type_is_reference(type); }

/* A whole JS number goes to a floating-point parameter only when no overload
 * takes an integer there: f(int)/f(double) called with 3e9 is a range error
 * for f(int), never a silent switch to f(double). */
static bool integral_stays_integral(const Group *g, Method *best, uint32_t argc, const uint8_t *end, char *why, size_t whylen) {
    const uint8_t *p = scratch;
    char err[200];
    for (uint32_t k = 0; k < argc && p; k++, p = interop_skip(p, end)) {
        uint32_t tag;
        double d;
        memcpy(&tag, p, 4);
        if (tag != IT_NUMBER || p + 16 > end) continue;
        memcpy(&d, p + 8, 8);
        if (d != floor(d) || isinf(d)) continue;
        if (best->params[k] != vm_types.double_ && best->params[k] != vm_types.single) continue;
        for (uint32_t i = 0; i < g->count; i++) {
            Method *m = g->methods[i];
            if (m == best || m->param_count != argc || !interop_is_integral_type(m->params[k])) continue;
            if (interop_score(p, end, m->params[k], err, sizeof err) >= 0) continue;
            /* only an overload the other arguments fit competes */
            bool others_fit = true;
            const uint8_t *q = scratch;
            char ignored[200];
            for (uint32_t j = 0; j < argc && q && others_fit; j++, q = interop_skip(q, end))
                if (j != k && interop_score(q, end, m->params[j], ignored, sizeof ignored) < 0) others_fit = false;
            if (!others_fit) continue;
            snprintf(why, whylen, "%s: argument %u: %s; a whole number is not passed to the %s overload instead "
                     "(pass a BigInt for a long, or call a method that takes a double)",
                     g->label, k + 1, err, type_name_full(best->params[k]));
            return false;
        }
    }
    return true;
}

bool interop_is_integral_type(Type *type) {
    if (type && (type->flags & TF_ENUM) && type->element) type = type->element;
    return type == vm_types.sbyte || type == vm_types.byte || type == vm_types.int16 || type == vm_types.uint16 ||
           type == vm_types.int32 || type == vm_types.uint32 || type == vm_types.int64 || type == vm_types.uint64;
}

int cil_interop_invoke(int group_id, uint32_t argc, uint32_t args_len) {
    if (group_id <= 0 || (uint32_t)group_id > group_count) return host_fail("bad method group %d", group_id);
    Group *g = &groups[group_id - 1];
    const uint8_t *end = scratch + args_len;
    if (args_len > scratch_cap) return host_fail("argument data larger than the scratch buffer");
    /* the best overload: matching arity, every argument convertible, highest total score */
    Method *best = NULL;
    int best_score = -1;
    char why[600] = "", err[512];
    for (uint32_t i = 0; i < g->count; i++) {
        Method *m = g->methods[i];
        if (m->param_count != argc) {
            if (!why[0]) snprintf(why, sizeof why, "%s takes %u argument%s, got %u", g->label, m->param_count, m->param_count == 1 ? "" : "s", argc);
            continue;
        }
        const uint8_t *p = scratch;
        int total = 0;
        for (uint32_t k = 0; k < argc && total >= 0; k++) {
            int s = interop_score(p, end, m->params[k], err, sizeof err);
            if (s < 0) {
                snprintf(why, sizeof why, "%s: argument %u: %s", g->label, k + 1, err);
                total = -1;
                break;
            }
            total += s;
            p = interop_skip(p, end);
        }
        if (total > best_score) { best = m; best_score = total; }
    }
    if (!best) {
        if (g->count > 1 && !strstr(why, "argument ")) return host_fail("no overload of %s takes %u argument%s", g->label, argc, argc == 1 ? "" : "s");
        return host_fail("%s", why);
    }
    if (!integral_stays_integral(g, best, argc, end, why, sizeof why)) return host_fail("%s", why);
    Thread *t = interop_thread_get();
    if (!t) return host_fail("out of memory creating a thread");
    Slot args[16];
    memset(args, 0, sizeof args);
    uint32_t slots = 0;
    for (uint32_t k = 0; k < argc; k++) slots += type_stack_slots(best->params[k]);
    if (slots > 16) { interop_thread_put(t); return host_fail("%s: too many arguments for a host call", g->label); }
    /* converted references stay rooted until the frame holds them */
    uint32_t rooted = 0;
    for (uint32_t k = 0, s = 0; k < argc; s += type_stack_slots(best->params[k]), k++)
        if (is_ref_slot(best->params[k])) { gc_root_push(&args[s].p); rooted++; }
    InteropIn in = {scratch, end};
    bool ok = true;
    for (uint32_t k = 0, s = 0; k < argc && ok; s += type_stack_slots(best->params[k]), k++) {
        ok = interop_convert(t, &in, best->params[k], &args[s], true, err, sizeof err);
        if (!ok) {
            if (t->pending_exception) {
                char *text = interop_exception_text(t->pending_exception, false);
                snprintf(err, sizeof err, "%s", text);
                free(text);
            }
            host_fail("%s: argument %u: %s", g->label, k + 1, err);
        }
    }
    int id = 0;
    if (ok) id = start(best, NULL, t, args, slots);
    else interop_thread_put(t);
    gc_root_pop(rooted);
    return id;
}

/* ---- JS callbacks and settled promises ---- */

static void host_thread_done(Thread *t) {
    if (t->unhandled || t->pending_exception) {
        char *text = interop_exception_text(t->pending_exception, true);
        char *line = util_format("Unhandled exception in a JS callback. %s\n", text);
        vm_host_write(2, line, strlen(line));
        free(line);
        free(text);
    }
    interop_thread_put(t);
}

int cil_interop_callback(int callback_id, uint32_t args_len) {
    if (!find_interop()) return host_fail("Cilantro.Interop is not loaded");
    const char *ended = cil_program_ended();
    if (ended) return host_fail("%s", ended);
    if (args_len > scratch_cap) return host_fail("argument data larger than the scratch buffer");
    Thread *t = interop_thread_get();
    if (!t) return host_fail("out of memory creating a thread");
    Slot args[2];
    memset(args, 0, sizeof args);
    args[0].i4 = callback_id;
    GC_ROOT(args[1].p);
    char err[512];
    InteropIn in = {scratch, scratch + args_len};
    /* the handler gets its first argument when it is a JS object (an event...), else null */
    if (args_len >= 8) {
        uint32_t tag;
        memcpy(&tag, scratch, 4);
        if (tag == IT_OBJECT && !interop_convert(t, &in, jsobject_type, &args[1], true, err, sizeof err)) args[1].o = NULL;
    }
    bool ok = thread_push_call(t, run_callback_m, args, 2);
    gc_root_pop(1);
    if (!ok) { interop_thread_put(t); return host_fail("cannot start the callback"); }
    t->on_done = host_thread_done;
    sched_add(t);
    return 1;
}

/* Promises handed to JS.InvokeAsync: each waits on a parked thread (state
 * THREAD_WAITING_HOST, so the scheduler tells the host to wait rather than
 * reporting a deadlock) that runs JS.Settle when the promise settles. */
typedef struct Pending { int32_t id; Thread *thread; Type *type; struct Pending *next; } Pending;
static Pending *pendings;

bool interop_pending_add(int32_t id, Type *type) {
    Pending *p = malloc(sizeof *p);
    Thread *t = p ? interop_thread_get() : NULL;
    if (!t) { free(p); return false; }
    t->sched->background = true;   /* a forgotten promise does not keep Main's program alive */
    sched_block(t, THREAD_WAITING_HOST, BLOCK_NONE);
    p->id = id;
    p->thread = t;
    p->type = type;
    p->next = pendings;
    pendings = p;
    return true;
}

static Pending *pending_take(int32_t id) {
    for (Pending **pp = &pendings; *pp; pp = &(*pp)->next)
        if ((*pp)->id == id) { Pending *p = *pp; *pp = p->next; return p; }
    return NULL;
}

void interop_pending_cancel(int32_t id) {
    Pending *p = pending_take(id);
    if (!p) return;
    interop_thread_put(p->thread);
    free(p);
}

int cil_interop_settle(int pending_id, int status, uint32_t len) {
    Pending *p = pending_take(pending_id);
    if (!p) return host_fail("no pending JS.InvokeAsync call %d", pending_id);
    if (len > scratch_cap) len = 0;
    Thread *t = p->thread;
    Type *type = p->type ? p->type : vm_types.object;
    free(p);
    Slot args[3];
    memset(args, 0, sizeof args);
    GC_ROOT(args[2].p);
    char err[512];
    InteropIn in = {scratch, scratch + len};
    Object *value = NULL;
    GC_ROOT(value);
    if (status == IST_OK) {
        bool ok;
        if (vm_type_is_value_type(type)) {
            uint64_t raw[4] = {0};
            ok = type_value_size(type) <= sizeof raw && interop_convert(t, &in, type, raw, false, err, sizeof err);
            if (ok) {
                value = vm_box(t, type, raw);
                ok = value != NULL;
            }
        } else {
            ok = interop_convert(t, &in, type, &value, false, err, sizeof err);
        }
        if (!ok) {
            status = IST_MARSHAL;
            value = (Object *)vm_string_from_utf8(t, err, strlen(err));
        }
    } else {
        value = NULL;
        if (interop_convert(t, &in, vm_types.string, &value, false, err, sizeof err) == false) value = NULL;
    }
    args[0].i4 = pending_id;
    args[1].i4 = status;
    args[2].o = value;
    t->pending_exception = NULL;
    bool ok = thread_push_call(t, settle_m, args, 3);
    gc_root_pop(2);
    if (!ok) { interop_thread_put(t); return host_fail("cannot complete the task"); }
    t->on_done = host_thread_done;
    sched_wake(t);
    return 1;
}
