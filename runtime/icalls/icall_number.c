/* icall_number.c — System.Number's internal calls: integer to decimal text,
 * double digits and parsing (the digit work is in icall_number_digits.c;
 * Number.Formatting.cs and Number.Parsing.cs lay the digits out as .NET does). */
#include "icalls/icall_number.h"
#include "icalls/icalls.h"
#include "vm.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define A(i) (args[(i)])

enum { BUF_CAP = ICALL_NUMBER_BUF_CAP };

/* ---- icalls ---- */
static void ret_ascii(Thread *t, Slot *ret, const char *s, int n) {
    String *r = vm_string_alloc(t, n);
    if (!r) return;
    for (int i = 0; i < n; i++) r->chars[i] = (uint16_t)(unsigned char)s[i];
    ret->o = (Object *)r;
}

static void number_i64_to_dec(Thread *t, Slot *args, Slot *ret) {
    int64_t v = A(0).i8;
    char buf[24];
    int n;
    if (v < 0) {
        buf[0] = '-';
        n = 1 + icall_number_u64_to_dec((uint64_t)0 - (uint64_t)v, buf + 1);
    } else n = icall_number_u64_to_dec((uint64_t)v, buf);
    ret_ascii(t, ret, buf, n);
}

static void number_u64_to_dec(Thread *t, Slot *args, Slot *ret) {
    char buf[24];
    int n = icall_number_u64_to_dec(A(0).u8, buf);
    ret_ascii(t, ret, buf, n);
}

/* DoubleToDigits(double value, bool isSingle, int mode, int precision, out int scale) */
static void number_double_to_digits(Thread *t, Slot *args, Slot *ret) {
    char buf[BUF_CAP];
    int32_t scale = 0;
    int n = icall_number_digits(A(0).r8, A(1).i4 != 0, A(2).i4, A(3).i4, buf, sizeof buf, &scale);
    if (n < 0) { vm_throw_new(t, "System.FormatException", "Format specifier was invalid."); return; }
    int32_t *out_scale = (int32_t *)A(4).p;
    if (out_scale) *out_scale = scale;
    ret_ascii(t, ret, buf, n);
}

/* DigitsToDouble(string s, bool isSingle): s is ASCII "[digits]e[exp]" built by the corlib. */
static void number_digits_to_double(Thread *t, Slot *args, Slot *ret) {
    String *s = (String *)A(0).o;
    if (!s) { vm_throw_argument(t, "System.ArgumentNullException", "s", "Value cannot be null."); return; }
    size_t n = s->length > 0 ? (size_t)s->length : 0;
    char small[128];
    char *buf = n < sizeof small ? small : malloc(n + 1);
    if (!buf) { vm_throw_new(t, "System.OutOfMemoryException", NULL); return; }
    for (size_t i = 0; i < n; i++) {
        uint16_t c = s->chars[i];
        buf[i] = (c < 128) ? (char)c : '?';
    }
    buf[n] = '\0';
    ret->r8 = icall_number_parse_digits(buf, A(1).i4 != 0);
    if (buf != small) free(buf);
}

const IcallEntry icall_number_entries[] = {
    {"System.Number::Int64ToDecStr(System.Int64)", number_i64_to_dec},
    {"System.Number::UInt64ToDecStr(System.UInt64)", number_u64_to_dec},
    {"System.Number::DoubleToDigits(System.Double,System.Boolean,System.Int32,System.Int32,System.Int32&)", number_double_to_digits},
    {"System.Number::DigitsToDouble(System.String,System.Boolean)", number_digits_to_double},
    {NULL, NULL},
};
