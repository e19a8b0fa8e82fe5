/* host.c — the embedding API (host.h): what the native CLI and the JS
 * loader drive. Owns the global runtime state: the loaded corlib, the main
 * thread, and the run loop over green threads. */
#include "host/host.h"
#include "util/util.h"
#include "core/core.h"
#include "types/corlib_binder.h"
#include "threads/threads.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char last_error[1024];
static uint32_t host_flags;
static bool initialized, corlib_ready;
static Thread *main_thread;
static int32_t exit_code;
static bool finished;
static bool main_returns_int;
static int prog_argc;
static char **prog_argv;

int vm_argc(void) { return prog_argc; }
const char *vm_argv(int i) { return i >= 0 && i < prog_argc ? prog_argv[i] : ""; }
const char *cil_last_error(void) { return last_error; }

static void set_error(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(last_error, sizeof last_error, fmt, ap);
    va_end(ap);
}

static void enumerate_roots(void *ctx) {
    (void)ctx;
    interp_mark_roots();
    monitors_mark_roots();
    types_mark_roots();
    vm_mark_interned();
}

/* A table the loader decodes on first use (docs/metadata.md) turned out
 * malformed: its rows read as empty, so going on could only mislead. What the
 * runtime holds of the program's output goes out first (not the corlib
 * Console's own buffer: no managed code runs from inside a type load), then
 * the message, and the process stops. */
static void malformed_table(const char *message) {
    cil_flush_output();
    fprintf(stderr, "cilantro: %s\n", message);
    exit(1);
}

int cil_init(uint32_t heap_limit_bytes, uint32_t gc_stress_every, uint32_t flags) {
    if (initialized) return 0;
    md_set_late_error_handler(malformed_table);
    GcConfig cfg = {0};
    cfg.heap_limit = heap_limit_bytes;
    cfg.stress_every = gc_stress_every;
    gc_init(&cfg);
    gc_set_root_enumerator(enumerate_roots, NULL);
    host_flags = flags;
    interp_trace = (flags & CIL_FLAG_TRACE) != 0;
    initialized = true;
    return 0;
}

static bool init_corlib(void) {
    if (corlib_ready) return true;
    if (!types_init_corlib() || !interp_init_layouts()) {
        set_error("corlib: %s", type_last_error());
        return false;
    }
    /* what C code allocates without preparing it first: byte[] (the loop's
       blobs) and strings; byte itself needs only its layout for that (its
       vtable and interfaces, a few dozen generic-math instantiations, are
       built when a byte is first boxed or called on) */
    type_prepare(vm_types.byte, TS_LAYOUT);
    type_prepare(type_szarray(vm_types.byte), TS_READY);
    type_prepare(vm_types.string, TS_READY);
    interp_init_exceptions();
    corlib_ready = true;
    return true;
}

static int loaded(Assembly *a, const char *err) {
    if (!a) { set_error("%s", err); return 0; }
    if (a->is_corlib && !init_corlib()) return 0;
    return a->id;
}

int cil_load_assembly(const uint8_t *bytes, uint32_t length, const char *file_name) {
    if (!initialized) cil_init(0, 0, 0);
    char err[512];
    return loaded(asm_load(bytes, length, file_name, err, sizeof err), err);
}

int cil_load_assembly_adopt(uint8_t *bytes, uint32_t length, const char *file_name) {
    if (!initialized) cil_init(0, 0, 0);
    char err[512];
    return loaded(asm_load_adopt(bytes, length, file_name, err, sizeof err), err);
}

const char *cil_assembly_name(int id) {
    Assembly *a = asm_at(id - 1);
    return a ? a->name : NULL;
}

int cil_load_symbols(int id, const uint8_t *bytes, uint32_t length) {
    Assembly *a = asm_at(id - 1);
    if (!a) { set_error("no assembly with id %d", id); return 1; }
    char err[256];
    MdPdb *pdb = md_pdb_open(bytes, length, err, sizeof err);
    if (!pdb) { set_error("%s: %s", a->name, err); return 1; }
    md_pdb_free(a->pdb);
    a->pdb = pdb;
    return 0;
}

const char *cil_next_missing_reference(void) { return asm_next_missing_reference(); }
const char *cil_next_optional_reference(void) { return asm_next_optional_reference(); }
const char *cil_missing_references(void) { return asm_missing_references(); }
void cil_mark_reference_missing(const char *name) { asm_mark_missing(name); }
int cil_reference_major(const char *name) { return name ? asm_reference_major(name) : 0; }
int cil_reference_lacks_types(const char *name) { return name && asm_reference_lacks_types(name) ? 1 : 0; }
int cil_reference_is_corlib_part(const char *name) { return name && corlib_is_part_name(name) ? 1 : 0; }
const char *cil_corlib_part(int index) { return corlib_part_name(index); }
void cil_list_core_types(void (*print)(const char *line)) { corlib_each_loaded_core_type(print); }
void cil_set_part_loader(int (*loader)(const char *name)) {
#ifdef __wasm__
    (void)loader;
#else
    corlib_set_part_loader(loader);
#endif
}

int cil_start_main(int assembly_id, int argc, const char **argv) {
    Assembly *a = asm_at(assembly_id - 1);
    if (!a) { set_error("no assembly with id %d", assembly_id); return 1; }
    if (!asm_corlib() || !corlib_ready) { set_error("the corlib (mscorlib.dll) is not loaded"); return 1; }
    uint32_t ep = a->image->entry_point_token;
    if (!ep || MD_TOKEN_TABLE(ep) != MD_METHODDEF) { set_error("%s: no entry point (not an executable)", a->file_name); return 1; }
    Method *m = method_from_def(a, MD_TOKEN_ROW(ep));
    if (!m || !method_prepare_sig(m)) { set_error("%s: entry point: %s", a->file_name, type_last_error()); return 1; }
    if (!(m->flags & MF_STATIC) || m->param_count > 1) { set_error("%s: the entry point has an unsupported signature", a->file_name); return 1; }
    main_returns_int = m->ret->elem != MD_ELEMENT_VOID;
    prog_argc = argc;
    prog_argv = calloc((size_t)argc + 1, sizeof(char *));
    for (int i = 0; i < argc; i++) prog_argv[i] = util_strdup(argv[i]);

    main_thread = thread_create(1024 * 1024);
    if (!main_thread) { set_error("out of memory creating the main thread"); return 1; }
    thread_set_current(main_thread);
    Slot args[1] = {{0}};
    if (m->param_count == 1) {
        /* string[] args, without the program name (like .NET) */
        Array *arr = vm_array_new(main_thread, vm_types.string, argc > 0 ? argc - 1 : 0);
        if (!arr) { set_error("out of memory"); return 1; }
        GC_ROOT(arr);
        for (int i = 1; i < argc; i++) {
            String *s = vm_string_from_utf8(main_thread, argv[i], strlen(argv[i]));
            ((String **)VM_ARRAY_DATA(arr))[i - 1] = s;
        }
        gc_root_pop(1);
        args[0].o = (Object *)arr;
    }
    if (!thread_push_call(main_thread, m, args, m->param_count)) {
        /* the entry point failed to translate: report it like an unhandled exception */
        main_thread->unhandled = true;
    }
    else if (type_cctor(m->owner) && m->owner->cinit == CI_NONE) {
        /* the entry point's own type is initialized before Main runs */
        m->owner->cinit = CI_RUNNING;
        m->owner->cinit_thread = main_thread;
        Slot none[1];
        if (!thread_push_call(main_thread, type_cctor(m->owner), none, 0)) main_thread->unhandled = true;
    }
    /* The module initializer (<Module>'s .cctor, where C# puts the calls of its
     * [ModuleInitializer] methods) runs before anything else, as in .NET: pushed
     * last, it is the first frame to run. */
    Type *module = a->image->row_count[MD_TYPEDEF] ? type_from_typedef(a, 1) : NULL;
    if (!main_thread->unhandled && module && type_cctor(module) && module->cinit == CI_NONE) {
        module->cinit = CI_RUNNING;
        module->cinit_thread = main_thread;
        Slot none[1];
        if (!thread_push_call(main_thread, type_cctor(module), none, 0)) main_thread->unhandled = true;
    }
    sched_add(main_thread);
    finished = false;
    exit_code = 0;
    return 0;
}

/* The unhandled exception that ended Main, kept for cil_unhandled_exception_text. */
static char *unhandled_brief, *unhandled_full;

const char *cil_unhandled_exception_text(int full) { return full ? unhandled_full : unhandled_brief; }

const char *cil_program_ended(void) {
    static char *why;
    Thread *failed = sched_failed_thread();
    if (!failed && main_thread && main_thread->unhandled) failed = main_thread;
    if (!failed && !vm_exit_requested) return NULL;
    free(why);
    if (vm_exit_requested) {
        why = util_format("the program called Environment.Exit(%d): no more .NET code runs", vm_exit_code);
    } else {
        char *text = failed->pending_exception ? interp_exception_text(failed->pending_exception, false) : NULL;
        why = util_format("the program ended with an unhandled exception (%s): no more .NET code runs",
                          text ? text : unhandled_brief ? unhandled_brief : "unknown");
        free(text);
    }
    return why;
}

/* The corlib's Console buffers in C#; its InternalFlush hands that to the host. */
static void flush_managed_console(void) {
    Method *flush = corlib_ready ? CORLIB_M(console_internal_flush) : NULL;
    if (flush) {
        Slot a[1], r[1];
        Object *exc;
        interp_call_sync(flush, a, 0, r, &exc);
    }
    cil_flush_output();
}

/* AppDomain's UnhandledException and ProcessExit events: handlers run as on
 * .NET, before the report of the exception, or as the program ends. An
 * exception a handler throws ends the handler, not the shutdown. */
static void raise_domain_event(Method *m, Object *exception) {
    if (!m) return;
    Slot a[1], r[1];
    Object *exc = NULL;
    a[0].o = exception;
    /* after Environment.Exit the interpreter stops at the next internal call:
       the handlers of ProcessExit must still run to their end */
    bool exiting = vm_exit_requested;
    int32_t code = vm_exit_code;
    vm_exit_requested = false;
    interp_call_sync(m, a, exception ? 1 : 0, r, &exc);
    if (exiting) { vm_exit_requested = true; vm_exit_code = code; }
    flush_managed_console();
}

static void finish_main(int sched_status) {
    /* what the program wrote comes before any report about how it ended */
    flush_managed_console();
    Thread *failed = main_thread->unhandled ? main_thread : sched_failed_thread();
    if (failed && failed->pending_exception)
        raise_domain_event(corlib_ready ? CORLIB_M(app_domain_on_unhandled_exception) : NULL, failed->pending_exception);
    else if (sched_status != SCHED_DEADLOCK)
        raise_domain_event(corlib_ready ? CORLIB_M(app_domain_on_process_exit) : NULL, NULL);
    if (failed && failed->pending_exception) {
        free(unhandled_brief);
        free(unhandled_full);
        unhandled_brief = interp_exception_text(failed->pending_exception, false);
        unhandled_full = interp_exception_text(failed->pending_exception, true);
        char *line = util_format("Unhandled exception. %s\n", unhandled_full);
        vm_host_write(2, line, strlen(line));
        free(line);
        exit_code = 1;
    } else if (vm_exit_requested) {
        exit_code = vm_exit_code;
    } else if (sched_status == SCHED_DEADLOCK) {
        const char *msg = "cilantro: deadlock: every thread is waiting for another one\n";
        vm_host_write(2, msg, strlen(msg));
        exit_code = 1;
    } else {
        exit_code = main_returns_int ? main_thread->result[0].i4 : 0;
    }
    if (vm_exit_requested) exit_code = vm_exit_code;
    interp_run_finalizers();
    flush_managed_console();
    finished = true;
}

/* Library mode (no Main running): the threads the host started. */
static int run_library(uint32_t budget_us) {
    int r = sched_run(budget_us);
    if (gc_pending_finalizers()) interp_schedule_finalizers();
    cil_flush_output();
    if (r == SCHED_YIELD) return CIL_RUN_YIELD;
    if (r == SCHED_WAITING) return CIL_RUN_WAITING;
    return CIL_RUN_DONE;
}

int cil_run(uint32_t budget_us) {
    if (finished || !main_thread) return run_library(budget_us);
    if (main_thread->unhandled) { finish_main(SCHED_DONE); return CIL_RUN_DONE; }
    int r = sched_run(budget_us);
    if (gc_pending_finalizers()) interp_schedule_finalizers();
    if (r == SCHED_YIELD) return CIL_RUN_YIELD;
    if (r == SCHED_WAITING) return CIL_RUN_WAITING;
    finish_main(r);
    return CIL_RUN_DONE;
}

int cil_next_wakeup_ms(void) { return sched_next_wakeup_ms(); }

int cil_background_work(void) { return sched_background_work(); }

int cil_exit_code(void) {
    return exit_code;
}

void cil_shutdown(void) {
    if (host_flags & CIL_FLAG_GC_STATS) gc_print_stats(stderr);
}
