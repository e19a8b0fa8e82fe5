/* icall_number_digits.c — pure-C digit generation and parsing for floating
 * point (no runtime dependencies; unit-tested by tests/c/test_icalls.c).
 *
 * Shortest round-trip digits: try 1..17 significant digits with "%.*e" and
 * keep the first that strtod reads back to the same double. The C library's
 * printf is exact and correctly rounded (glibc and Emscripten's musl): a
 * fixed count of digits rounds to nearest, an exact tie to the even digit
 * (0.125 -> "0.12" with F2, 2.5 -> "2" with F0), which is what .NET's
 * Dragon4 prints for float and double (Mono rounds ties away from zero). */
#include "icalls/icall_number.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_PRECISION = 999, BUF_CAP = ICALL_NUMBER_BUF_CAP };

/* Digits of a "%.*e" rendering "d.ddde[+-]xx": returns count, sets scale. */
static int digits_from_exp(const char *buf, char *out, size_t cap, int32_t *scale) {
    int n = 0;
    const char *p = buf;
    for (; *p && *p != 'e'; p++) {
        if (*p >= '0' && *p <= '9') {
            if ((size_t)n + 1 >= cap) return -1;
            out[n++] = *p;
        }
    }
    int exp = *p == 'e' ? atoi(p + 1) : 0;
    while (n > 0 && out[n - 1] == '0') n--;
    out[n] = '\0';
    *scale = n == 0 ? 0 : exp + 1;
    return n;
}

/* Digits of a "%.*f" rendering "iii.fff": strips leading and trailing zeros. */
static int digits_from_fixed(const char *buf, char *out, size_t cap, int32_t *scale) {
    int n = 0, int_len = 0, lead = 0;
    bool seen_point = false, nonzero = false;
    for (const char *p = buf; *p; p++) {
        if (*p == '.') { seen_point = true; continue; }
        if (*p < '0' || *p > '9') continue;
        if (!seen_point) int_len++;
        if (!nonzero && *p == '0') { lead++; continue; }
        nonzero = true;
        if ((size_t)n + 1 >= cap) return -1;
        out[n++] = *p;
    }
    while (n > 0 && out[n - 1] == '0') n--;
    out[n] = '\0';
    *scale = n == 0 ? 0 : int_len - lead;
    return n;
}

int icall_number_digits(double value, bool is_single, int mode, int precision, char *out, size_t cap, int32_t *scale) {
    char buf[BUF_CAP];
    if (value < 0) value = -value;
    if (value == 0 || !isfinite(value)) {
        if (cap < 1) return -1;
        out[0] = '\0';
        *scale = 0;
        return 0;
    }
    if (precision > MAX_PRECISION) precision = MAX_PRECISION;
    if (mode == ICALL_DIGITS_SHORTEST) {
        int max = is_single ? 9 : 17;
        for (int p = 1; p <= max; p++) {
            snprintf(buf, sizeof buf, "%.*e", p - 1, value);
            bool same = is_single ? (strtof(buf, NULL) == (float)value) : (strtod(buf, NULL) == value);
            if (same || p == max) return digits_from_exp(buf, out, cap, scale);
        }
    }
    if (mode == ICALL_DIGITS_SIGNIFICANT) {
        if (precision < 1) precision = 1;
        snprintf(buf, sizeof buf, "%.*e", precision - 1, value);
        return digits_from_exp(buf, out, cap, scale);
    }
    if (precision < 0) precision = 0;
    snprintf(buf, sizeof buf, "%.*f", precision, value);
    return digits_from_fixed(buf, out, cap, scale);
}

double icall_number_parse_digits(const char *s, bool is_single) {
    size_t len = strlen(s);
    char small[128];
    char *buf = len + 4 <= sizeof small ? small : malloc(len + 4);
    if (!buf) return 0;
    buf[0] = '0';
    buf[1] = '.';
    memcpy(buf + 2, s, len + 1);
    if (buf[2] == 'e') { buf[2] = '0'; buf[3] = '\0'; }   /* no digits: zero */
    double r = is_single ? (double)strtof(buf, NULL) : strtod(buf, NULL);
    if (buf != small) free(buf);
    return r;
}

int icall_number_u64_to_dec(uint64_t v, char *out) {
    char tmp[24];
    int n = 0;
    do { tmp[n++] = (char)('0' + (int)(v % 10)); v /= 10; } while (v);
    for (int i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
    out[n] = '\0';
    return n;
}

