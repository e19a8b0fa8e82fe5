/* host_io.c — where the runtime's console output goes.
 *
 * Natively: stdio. stdout keeps stdio's buffering (fast for pipes and files);
 * a write to stderr flushes stdout first so the two streams interleave in
 * program order, as .NET's auto-flushing Console does.
 *
 * In wasm: an import from the JS loader (js/core.mjs, `cilantro_js_write`).
 * stdout is buffered here rather than in JS, so a program that writes many
 * short strings crosses the wasm/JS boundary once per buffer, not once per
 * Console.Write. The JS host calls cil_flush_output() after every cil_run
 * slice, so output still appears promptly.
 */
#include <stdio.h>
#include <string.h>

#include "host/host.h"
#include "vm.h"

#ifdef __EMSCRIPTEN__

extern void cilantro_js_write(int fd, const char *utf8, size_t len)
    __attribute__((import_module("env"), import_name("cilantro_js_write")));

static char out_buf[8192];
static size_t out_len;

static void flush_stdout(void)
{
    if (out_len > 0) {
        cilantro_js_write(1, out_buf, out_len);
        out_len = 0;
    }
}

void vm_host_write(int fd, const char *utf8, size_t len)
{
    if (len == 0)
        return;
    if (fd == 2) {
        flush_stdout();
        cilantro_js_write(2, utf8, len);
        return;
    }
    if (len > sizeof out_buf - out_len) {
        flush_stdout();
        if (len >= sizeof out_buf) {  /* too big to be worth copying */
            cilantro_js_write(1, utf8, len);
            return;
        }
    }
    memcpy(out_buf + out_len, utf8, len);
    out_len += len;
}

void cil_flush_output(void)
{
    flush_stdout();
}

#else

void vm_host_write(int fd, const char *utf8, size_t len)
{
    if (len == 0)
        return;
    if (fd == 2) {
        fflush(stdout);
        fwrite(utf8, 1, len, stderr);
        return;
    }
    fwrite(utf8, 1, len, stdout);
}

void cil_flush_output(void)
{
    fflush(stdout);
    fflush(stderr);
}

#endif
