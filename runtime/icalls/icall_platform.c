/* icall_platform.c — what RuntimeInformation reports: the build's processor
 * architecture and operating system (compile-time facts) and the OS
 * description (uname natively, "Browser" under Emscripten); and the host's
 * secure random bytes (getentropy: the kernel's natively; in wasm the import
 * env.getentropy, which the JS loader answers with crypto.getRandomValues). */
#include "icalls/icalls.h"
#include "vm.h"

#include <string.h>
#include <stdio.h>
#include <unistd.h>
#if !defined(__EMSCRIPTEN__) && !defined(_WIN32)
#include <sys/utsname.h>
#endif

/* System.Runtime.InteropServices.Architecture values */
enum { ARCH_X86 = 0, ARCH_X64 = 1, ARCH_ARM = 2, ARCH_ARM64 = 3, ARCH_WASM = 4, ARCH_RISCV64 = 9 };
/* our OS codes, decoded by RuntimeInformation.cs */
enum { OS_UNKNOWN = 0, OS_LINUX = 1, OS_OSX = 2, OS_WINDOWS = 3, OS_BROWSER = 4, OS_FREEBSD = 5 };

static int build_arch(void) {
#if defined(__EMSCRIPTEN__) || defined(__wasm__)
    return ARCH_WASM;
#elif defined(__x86_64__) || defined(_M_X64)
    return ARCH_X64;
#elif defined(__aarch64__) || defined(_M_ARM64)
    return ARCH_ARM64;
#elif defined(__i386__) || defined(_M_IX86)
    return ARCH_X86;
#elif defined(__arm__)
    return ARCH_ARM;
#elif defined(__riscv)
    return ARCH_RISCV64;
#else
    return -1;
#endif
}

static int build_os(void) {
#if defined(__EMSCRIPTEN__)
    return OS_BROWSER;
#elif defined(__linux__)
    return OS_LINUX;
#elif defined(__APPLE__)
    return OS_OSX;
#elif defined(_WIN32)
    return OS_WINDOWS;
#elif defined(__FreeBSD__)
    return OS_FREEBSD;
#else
    return OS_UNKNOWN;
#endif
}

/* arch in the low byte, OS in the next */
static void platform_get(Thread *t, Slot *args, Slot *ret) {
    (void)t; (void)args;
    ret->i4 = (build_arch() & 0xFF) | (build_os() << 8);
}

static void platform_os_description(Thread *t, Slot *args, Slot *ret) {
    (void)args;
    char buf[512];
#if defined(__EMSCRIPTEN__)
    snprintf(buf, sizeof buf, "Browser");
#elif !defined(_WIN32)
    struct utsname u;
    if (uname(&u) == 0) snprintf(buf, sizeof buf, "%s %s %s", u.sysname, u.release, u.version);
    else snprintf(buf, sizeof buf, "Unix");
#else
    snprintf(buf, sizeof buf, "Microsoft Windows");
#endif
    ret->o = (Object *)vm_string_from_utf8(t, buf, strlen(buf));
}

/* SecureRandom.InternalFill(byte[] buffer, int offset, int count): false when
 * the host has no secure source (the caller throws CryptographicException). */
static void secure_random_fill(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    Array *a = (Array *)args[0].o;
    int32_t offset = args[1].i4, count = args[2].i4;
    ret->i4 = 0;
    if (!a || offset < 0 || count < 0 || (int64_t)offset + count > (int64_t)a->length) return;
    uint8_t *p = (uint8_t *)VM_ARRAY_DATA(a) + offset;
    while (count > 0) {
        int n = count < 256 ? count : 256;   /* getentropy's limit per call */
        if (getentropy(p, (size_t)n) != 0) return;
        p += n;
        count -= n;
    }
    ret->i4 = 1;
}

const IcallEntry icall_platform_entries[] = {
    {"System.Security.Cryptography.SecureRandom::InternalFill(System.Byte[],System.Int32,System.Int32)", secure_random_fill},
    {"System.Runtime.InteropServices.RuntimeInformation::InternalPlatform()", platform_get},
    {"System.Runtime.InteropServices.RuntimeInformation::InternalOSDescription()", platform_os_description},
    {NULL, NULL},
};
