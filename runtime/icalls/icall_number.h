/* icall_number.h — pure-C number helpers behind System.Number (unit-tested
 * natively by tests/c/test_icalls.c). */
#ifndef CILANTRO_ICALL_NUMBER_H
#define CILANTRO_ICALL_NUMBER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { ICALL_NUMBER_BUF_CAP = 1400 };
enum { ICALL_DIGITS_SHORTEST = 0, ICALL_DIGITS_SIGNIFICANT = 1, ICALL_DIGITS_FIXED = 2 };

/* Decimal digits of |value| (finite): value = 0.DIGITS * 10^(*scale). Digits
 * have no leading zeros and no trailing zeros; zero gives "" and scale 0.
 * SHORTEST: the fewest digits that read back as the same double (or float
 * when is_single); SIGNIFICANT: `precision` significant digits, correctly
 * rounded; FIXED: `precision` digits after the decimal point. Returns the
 * digit count, or -1 if out does not have room (cap >= 1100 always suffices
 * for precision <= 999). */
int icall_number_digits(double value, bool is_single, int mode, int precision, char *out, size_t cap, int32_t *scale);

/* Parses "[digits]e[exp]" (value 0.digits * 10^exp) to the nearest double,
 * or float when is_single. */
double icall_number_parse_digits(const char *s, bool is_single);

/* Decimal text of an unsigned 64-bit value; returns the length (<= 20). */
int icall_number_u64_to_dec(uint64_t v, char *out);

#endif
