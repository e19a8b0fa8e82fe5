/* host.h — the embedding API: what the native CLI calls and what the wasm
 * module exports to JavaScript (each function is exported as `_cil_*`).
 *
 * A host (native main or the JS loader) does:
 *   cil_init(...)
 *   cil_load_assembly(corlib bytes)              -> id
 *   cil_load_assembly(app bytes)                 -> id
 *   while ((name = cil_next_missing_reference()) != NULL)
 *       cil_load_assembly(bytes of `name`: from the corlib's folder when
 *                         cil_reference_is_corlib_part(name)) or cil_mark_reference_missing(name)
 *   cil_start_main(app id, argc, argv)
 *   while ((s = cil_run(slice_us)) != CIL_RUN_DONE) { yield to the event loop; }
 *   exit code = cil_exit_code()
 *
 * All strings are UTF-8. Nothing here calls exit(); errors come back as
 * status codes with cil_last_error() describing them in one line.
 */
#ifndef CILANTRO_HOST_H
#define CILANTRO_HOST_H

#include <stdint.h>

enum {
    CIL_FLAG_GC_STATS = 1,     /* print GC statistics to stderr at cil_shutdown */
    CIL_FLAG_TRACE = 2,        /* instruction trace to stderr (debug builds) */
};

/* heap_limit_bytes 0 = default; gc_stress_every 0 = off. Returns 0 on success. */
int cil_init(uint32_t heap_limit_bytes, uint32_t gc_stress_every, uint32_t flags);

/* The wasm tier (docs/tier.md): 0 interpreter only, 1 hot methods compiled
 * (the default in the wasm build), 2 every compilable method at its first
 * call. The native build keeps the interpreter whatever the mode. */
void cil_tier_mode(int mode);

/* Loads an assembly from bytes (copied). file_name is used in messages and to
 * find the assembly name. Returns an assembly id > 0, or 0 with cil_last_error(). */
int cil_load_assembly(const uint8_t *bytes, uint32_t length, const char *file_name);
/* The same for a block from malloc() that the runtime takes over instead of
 * copying (freed by the runtime, also when loading fails): the JS loader
 * reads a file straight into it, so a 2 MB corlib is written once. */
int cil_load_assembly_adopt(uint8_t *bytes, uint32_t length, const char *file_name);
const char *cil_assembly_name(int assembly_id);
/* Attaches a portable PDB (the SDK's <name>.pdb, copied) to a loaded assembly:
 * stack traces then show "in File.cs:line N". Returns 0, or non-zero with
 * cil_last_error() (not a portable PDB; the assembly runs without it). */
int cil_load_symbols(int assembly_id, const uint8_t *bytes, uint32_t length);

/* Name of an assembly referenced by a loaded one that is neither loaded nor
 * mapped to the corlib nor marked missing, or a part of the corlib that a
 * loaded one's type references need (cil_reference_is_corlib_part), or NULL
 * when the closure is complete. */
const char *cil_next_missing_reference(void);
/* All the names cil_next_missing_reference would answer one by one, as the
 * host loads them, '\n'-separated ("" when none): a host that fetches may
 * start them all at once. */
const char *cil_missing_references(void);
void cil_mark_reference_missing(const char *name);  /* uses of it raise FileNotFoundException/TypeLoadException */
/* Shared-framework names the corlib stands for, which a host may still back
 * with a real assembly of that name (for types the corlib lacks): load it, or
 * mark it missing (then the corlib alone answers). Same loop as above. */
const char *cil_next_optional_reference(void);
/* The highest major version with which a loaded assembly references `name`
 * (0 if none): the version of the installed .NET shared framework
 * (Microsoft.NETCore.App) a host looks in for it (docs/libraries.md). */
int cil_reference_major(const char *name);
/* 1 when a loaded assembly references a type of framework name `name` that the
 * corlib does not define (the only case in which a host looks for the real
 * assembly in the shared framework), else 0. */
int cil_reference_lacks_types(const char *name);
/* 1 when `name` (from cil_next_missing_reference) is one of the corlib's
 * parts (corlib/parts.txt): the host loads <name>.dll from the folder the
 * corlib came from, not the app's. */
int cil_reference_is_corlib_part(const char *name);
/* The index-th part of the loaded corlib (0, 1, ...), or NULL past the last. */
const char *cil_corlib_part(int index);
/* Each top-level type of the core (and of the parts cut from it) that the
 * program created so far, as "Namespace.Name": the profile from which
 * tools/corlib-start-types.sh chooses what stays in the core. */
void cil_list_core_types(void (*print)(const char *line));
/* Native hosts: a part needed while the program runs (a type named through
 * reflection that nothing referenced before) is loaded by `loader`, which
 * cil_load_assembly()s <name>.dll from the corlib's folder and returns 1, or
 * returns 0. The wasm module asks its host through the import
 * env.cilantro_js_load_part(name) instead. */
void cil_set_part_loader(int (*loader)(const char *name));

/* Creates the main thread for the assembly's entry point. argv[0] is the
 * program's path (GetCommandLineArgs()[0]); Main(string[]) gets argv[1..]. Returns 0 on
 * success, or non-zero with cil_last_error() (no entry point, bad signature...). */
int cil_start_main(int assembly_id, int argc, const char **argv);

enum {
    CIL_RUN_DONE = 0,     /* every foreground thread finished; cil_exit_code() is valid */
    CIL_RUN_YIELD = 1,    /* time slice spent; call again soon */
    CIL_RUN_WAITING = 2,  /* all threads wait (timers / JS); call again after cil_next_wakeup_ms() or a host event */
};
/* Runs managed threads for about budget_us microseconds (0 = until done or waiting). */
int cil_run(uint32_t budget_us);
/* Milliseconds until the earliest sleeping thread wakes, or -1 if none. */
int cil_next_wakeup_ms(void);
/* 1 while a background thread can run or sleeps until a time: after CIL_RUN_DONE
 * the host may keep calling cil_run for them (a .NET task JS awaits finishes on
 * the thread pool); 0 when nothing can ever run again without the host. */
int cil_background_work(void);
int cil_exit_code(void);

const char *cil_last_error(void);
/* Writes out console output the runtime still buffers (stdout). Hosts call it
 * after each cil_run slice and before exiting; the runtime may call it too. */
void cil_flush_output(void);
void cil_shutdown(void);

/* The unhandled exception that ended Main, as "Type: message" (brief) or its
 * full ToString() with the managed stack trace; NULL if there was none. */
const char *cil_unhandled_exception_text(int full);
/* Why no more .NET code runs in this runtime (Main or a finalizer ended the
 * program with an unhandled exception, or Environment.Exit was called), or
 * NULL while it can still run code. */
const char *cil_program_ended(void);

/* ---- JS <-> .NET interop (runtime/interop/, docs/interop.md) ----
 * Without a Main, cil_run runs whatever threads the host started (library
 * mode) and returns CIL_RUN_DONE when none is left. Invocations report
 * their end through the host import `cilantro_js_op` (IOP_DONE). */
/* A buffer the host writes encoded values into; valid until the next call. */
uint8_t *cil_interop_scratch(uint32_t size);
/* The public static methods `method` of type `type_name` ("Ns.Type",
 * "Ns.Outer+Inner"): a method-group id > 0, or 0 with cil_interop_error(). */
int cil_interop_find(int assembly_id, const char *type_name, const char *method);
/* Starts the best overload for argc encoded arguments in the scratch
 * buffer: an invocation id > 0, or 0 with cil_interop_error(). */
int cil_interop_invoke(int group, uint32_t argc, uint32_t args_len);
const char *cil_interop_error(void);
/* A function made by JS.CreateCallback was called (first argument encoded in scratch). */
int cil_interop_callback(int callback_id, uint32_t args_len);
/* A promise given to JS.InvokeAsync settled: status 0 value in scratch, 1 rejected (message string). */
int cil_interop_settle(int pending_id, int status, uint32_t len);
/* System.Net.Http (runtime/icalls/icall_http.c). The wasm host answers a
 * request it started through env.cilantro_js_http: status >= 100 with info =
 * reason "\n" final URL "\n" header lines, or a negative code with info = the
 * error message (then optionally "\n<SocketError code> <message>" for the
 * inner SocketException); body is a malloc'ed buffer the runtime takes over. */
int cil_http_complete(int id, int status, const char *info, int info_len, uint8_t *body, int body_len);
/* Native host: advances pending http:// requests, waiting up to timeout_ms
 * (-1: until one moves); 1 when there were any (wasm: always 0). */
int cil_http_poll(int timeout_ms);
/* 1 when Cilantro.Interop.dll is loaded. */
int cil_interop_ready(void);
/* [Cilantro.Testing.Test] methods of an assembly, encoded (length: cil_interop_result_length). */
const uint8_t *cil_interop_list_tests(int assembly_id);
uint32_t cil_interop_result_length(void);
/* [Cilantro.Interop.JSExport] methods with TypeScript signatures, encoded
 * (length: cil_interop_exports_length; runtime/interop/interop_exports.c). */
const uint8_t *cil_interop_list_exports(int assembly_id);
uint32_t cil_interop_exports_length(void);
/* xunit [Fact]/[Theory] methods with their data (runtime/interop/interop_xunit.c). */
const uint8_t *cil_interop_list_xunit(int assembly_id);
uint32_t cil_interop_xunit_length(void);
/* Starts one test like an invocation (instance tests get a fresh object). */
int cil_interop_run_test(int assembly_id, const char *type_name, const char *method);

#endif
