/* icall_env.c — Environment: clocks (Environment.TickCount, DateTime.UtcNow,
 * Stopwatch), command-line arguments, the process's environment variables and
 * the facts .NET reads from the OS (host and user name, process id and path).
 * In wasm the environment is what the JS host hands libc (Node: process.env;
 * a page: the options it was given), and the OS facts are the browser's, as
 * on .NET's own wasm runtime. */
#define _POSIX_C_SOURCE 200809L   /* clock_gettime, gethostname under -std=c11 */
#include "icalls/icalls.h"
#include "vm.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#if !defined(__EMSCRIPTEN__)
#include <pwd.h>
#endif

extern char **environ;

#define A(i) (args[(i)])

static int64_t monotonic_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void env_tick_count(Thread *t, Slot *args, Slot *ret) { (void)t; (void)args; ret->i4 = (int32_t)(monotonic_ns() / 1000000); }
static void env_tick_count64(Thread *t, Slot *args, Slot *ret) { (void)t; (void)args; ret->i8 = monotonic_ns() / 1000000; }

/* Stopwatch ticks are nanoseconds (Stopwatch.Frequency = 1e9). */
static void stopwatch_timestamp(Thread *t, Slot *args, Slot *ret) { (void)t; (void)args; ret->i8 = monotonic_ns(); }

/* DateTime ticks: 100 ns since 0001-01-01 UTC. */
static void datetime_utc_now(Thread *t, Slot *args, Slot *ret) {
    (void)t; (void)args;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ret->i8 = (int64_t)ts.tv_sec * 10000000 + ts.tv_nsec / 100 + INT64_C(621355968000000000);
}

static void env_command_line_args(Thread *t, Slot *args, Slot *ret) {
    (void)args;
    int n = vm_argc();
    Array *arr = vm_array_new(t, vm_types.string, n);
    if (!arr) return;
    GC_ROOT(arr);
    for (int i = 0; i < n; i++) {
        const char *a = vm_argv(i);
        String *s = vm_string_from_utf8(t, a ? a : "", a ? strlen(a) : 0);
        if (!s) { gc_root_pop(1); return; }
        ((Object **)VM_ARRAY_DATA(arr))[i] = (Object *)s;
    }
    gc_root_pop(1);
    ret->o = (Object *)arr;
}

static void env_get_variable(Thread *t, Slot *args, Slot *ret) {
    String *name = (String *)A(0).o;
    if (!name) { vm_throw_argument(t, "System.ArgumentNullException", "variable", "Value cannot be null."); return; }
    char *utf8 = vm_string_to_utf8(name, NULL);
    if (!utf8) { vm_throw_new(t, "System.OutOfMemoryException", NULL); return; }
    const char *v = getenv(utf8);
    free(utf8);
    ret->o = v ? (Object *)vm_string_from_utf8(t, v, strlen(v)) : NULL;
}

/* Environment.InternalGetEnvironmentBlock(): every variable as "NAME=value". */
static void env_get_block(Thread *t, Slot *args, Slot *ret) {
    (void)args;
    int n = 0;
    for (char **e = environ; e && *e; e++) n++;
    Array *arr = vm_array_new(t, vm_types.string, n);
    if (!arr) return;
    GC_ROOT(arr);
    for (int i = 0; i < n; i++) {
        String *s = vm_string_from_utf8(t, environ[i], strlen(environ[i]));
        if (!s) { gc_root_pop(1); return; }
        ((Object **)VM_ARRAY_DATA(arr))[i] = (Object *)s;
    }
    gc_root_pop(1);
    ret->o = (Object *)arr;
}

enum { HOST_MACHINE_NAME = 0, HOST_USER_NAME = 1, HOST_PROCESS_PATH = 2 };

/* Environment.InternalHostFact(int what): a string the OS knows, or null. */
static void env_host_fact(Thread *t, Slot *args, Slot *ret) {
    const char *v = NULL;
#if !defined(__EMSCRIPTEN__)
    char buf[4096];
#endif
    switch (A(0).i4) {
#if defined(__EMSCRIPTEN__)
    case HOST_MACHINE_NAME: v = "localhost"; break;
    case HOST_USER_NAME: v = "Browser"; break;
#else
    case HOST_MACHINE_NAME:
        if (gethostname(buf, sizeof buf) == 0) { buf[sizeof buf - 1] = 0; v = buf; }
        break;
    case HOST_USER_NAME: {
        struct passwd *pw = getpwuid(geteuid());
        v = pw && pw->pw_name ? pw->pw_name : getenv("USER");
        break;
    }
    case HOST_PROCESS_PATH: {
        ssize_t len = readlink("/proc/self/exe", buf, sizeof buf - 1);
        if (len > 0) { buf[len] = 0; v = buf; }
        break;
    }
#endif
    default: break;
    }
    ret->o = v ? (Object *)vm_string_from_utf8(t, v, strlen(v)) : NULL;
}

static void env_process_id(Thread *t, Slot *args, Slot *ret) { (void)t; (void)args; ret->i4 = (int32_t)getpid(); }

const IcallEntry icall_env_entries[] = {
    {"System.Environment::InternalGetEnvironmentBlock()", env_get_block},
    {"System.Environment::InternalHostFact(System.Int32)", env_host_fact},
    {"System.Environment::InternalProcessId()", env_process_id},
    {"System.Environment::InternalTickCount()", env_tick_count},
    {"System.Environment::InternalTickCount64()", env_tick_count64},
    {"System.Environment::InternalGetCommandLineArgs()", env_command_line_args},
    {"System.Environment::InternalGetEnvironmentVariable(System.String)", env_get_variable},
    {"System.DateTime::InternalUtcNowTicks()", datetime_utc_now},
    {"System.Diagnostics.Stopwatch::GetTimestampNative()", stopwatch_timestamp},
    {NULL, NULL},
};
