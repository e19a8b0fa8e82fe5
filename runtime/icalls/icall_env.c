/* icall_env.c — Environment, clocks (Environment.TickCount, DateTime.UtcNow,
 * Stopwatch) and command-line arguments. */
#define _POSIX_C_SOURCE 200809L   /* clock_gettime under -std=c11 */
#include "icalls/icalls.h"
#include "vm.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

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

const IcallEntry icall_env_entries[] = {
    {"System.Environment::InternalTickCount()", env_tick_count},
    {"System.Environment::InternalTickCount64()", env_tick_count64},
    {"System.Environment::InternalGetCommandLineArgs()", env_command_line_args},
    {"System.Environment::InternalGetEnvironmentVariable(System.String)", env_get_variable},
    {"System.DateTime::InternalUtcNowTicks()", datetime_utc_now},
    {"System.Diagnostics.Stopwatch::GetTimestampNative()", stopwatch_timestamp},
    {NULL, NULL},
};
