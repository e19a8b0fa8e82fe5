/* icall_console.c — the two host operations behind System.Console: write a
 * UTF-16 buffer to fd 1/2 as UTF-8, and read one line of stdin. The C#
 * side (ConsoleWriter) buffers, so each call here writes a large chunk. */
#include "icalls/icalls.h"
#include "vm.h"

#include <stdio.h>
#include <stdlib.h>

#define A(i) (args[(i)])

/* InternalWrite(int fd, char[] buffer, int count) */
static void console_write(Thread *t, Slot *args, Slot *ret) {
    (void)ret;
    int fd = A(0).i4 == 2 ? 2 : 1;
    Array *a = (Array *)A(1).o;
    int32_t count = A(2).i4;
    if (!a || count < 0 || count > a->length) { vm_throw_new(t, "System.ArgumentOutOfRangeException", NULL); return; }
    const uint16_t *s = (const uint16_t *)VM_ARRAY_DATA(a);
    char out[4096];
    size_t n = 0;
    for (int32_t i = 0; i < count; i++) {
        uint32_t c = s[i];
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < count && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00u);
            i++;
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            c = 0xFFFD;   /* lone surrogate */
        }
        if (n + 4 > sizeof out) { vm_host_write(fd, out, n); n = 0; }
        if (c < 0x80) out[n++] = (char)c;
        else if (c < 0x800) {
            out[n++] = (char)(0xC0 | (c >> 6));
            out[n++] = (char)(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out[n++] = (char)(0xE0 | (c >> 12));
            out[n++] = (char)(0x80 | ((c >> 6) & 0x3F));
            out[n++] = (char)(0x80 | (c & 0x3F));
        } else {
            out[n++] = (char)(0xF0 | (c >> 18));
            out[n++] = (char)(0x80 | ((c >> 12) & 0x3F));
            out[n++] = (char)(0x80 | ((c >> 6) & 0x3F));
            out[n++] = (char)(0x80 | (c & 0x3F));
        }
    }
    if (n) vm_host_write(fd, out, n);
}

/* InternalReadLine(): one line of stdin without its terminator, or null at EOF. */
static void console_read_line(Thread *t, Slot *args, Slot *ret) {
    (void)args;
    size_t cap = 256, n = 0;
    char *buf = malloc(cap);
    if (!buf) { vm_throw_new(t, "System.OutOfMemoryException", NULL); return; }
    int c;
    bool any = false;
    while ((c = getchar()) != EOF) {
        any = true;
        if (c == '\n') break;
        if (n + 1 >= cap) {
            char *g = realloc(buf, cap * 2);
            if (!g) { free(buf); vm_throw_new(t, "System.OutOfMemoryException", NULL); return; }
            buf = g;
            cap *= 2;
        }
        buf[n++] = (char)c;
    }
    if (!any) { free(buf); ret->o = NULL; return; }
    if (n > 0 && buf[n - 1] == '\r') n--;
    ret->o = (Object *)vm_string_from_utf8(t, buf, n);
    free(buf);
}

const IcallEntry icall_console_entries[] = {
    {"System.Console::InternalWrite(System.Int32,System.Char[],System.Int32)", console_write},
    {"System.Console::InternalReadLine()", console_read_line},
    {NULL, NULL},
};
