/* test_icalls.c — unit tests of the pure-C number helpers behind
 * System.Number (runtime/icalls/icall_number_digits.c). Expected digits are
 * what .NET Core 3.0+ prints (e.g. 0.1 + 0.2 -> "30000000000000004", e-1 ...). */
#include "icalls/icall_number.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static int failures, checks;

static void check_digits(double v, bool single, int mode, int prec, const char *want, int want_scale) {
    char buf[ICALL_NUMBER_BUF_CAP];
    int32_t scale = 12345;
    int n = icall_number_digits(v, single, mode, prec, buf, sizeof buf, &scale);
    checks++;
    if (n < 0 || strcmp(buf, want) != 0 || scale != want_scale) {
        failures++;
        printf("FAIL digits(%.17g, single=%d, mode=%d, prec=%d): got \"%s\" scale %d, want \"%s\" scale %d\n",
               v, single, mode, prec, n < 0 ? "<error>" : buf, scale, want, want_scale);
    }
}

static void check_parse(const char *s, bool single, double want) {
    double got = icall_number_parse_digits(s, single);
    checks++;
    if (!(got == want || (isnan(got) && isnan(want))) || signbit(got) != signbit(want)) {
        failures++;
        printf("FAIL parse(\"%s\", single=%d): got %.17g, want %.17g\n", s, single, got, want);
    }
}

static void check_u64(uint64_t v, const char *want) {
    char buf[24];
    int n = icall_number_u64_to_dec(v, buf);
    checks++;
    if (strcmp(buf, want) != 0 || n != (int)strlen(want)) {
        failures++;
        printf("FAIL u64(%llu): got \"%s\"\n", (unsigned long long)v, buf);
    }
}

int main(void) {
    /* shortest round-trip */
    check_digits(0.1 + 0.2, false, ICALL_DIGITS_SHORTEST, 0, "30000000000000004", 0);
    check_digits(1.0 / 3.0, false, ICALL_DIGITS_SHORTEST, 0, "3333333333333333", 0);
    check_digits(0.1, false, ICALL_DIGITS_SHORTEST, 0, "1", 0);
    check_digits(1e15, false, ICALL_DIGITS_SHORTEST, 0, "1", 16);
    check_digits(123456789012345.0, false, ICALL_DIGITS_SHORTEST, 0, "123456789012345", 15);
    check_digits(1e-5, false, ICALL_DIGITS_SHORTEST, 0, "1", -4);
    check_digits(100.0, false, ICALL_DIGITS_SHORTEST, 0, "1", 3);
    check_digits(-2.5, false, ICALL_DIGITS_SHORTEST, 0, "25", 1);
    check_digits(0.0, false, ICALL_DIGITS_SHORTEST, 0, "", 0);
    check_digits(-0.0, false, ICALL_DIGITS_SHORTEST, 0, "", 0);
    check_digits(1.7976931348623157e308, false, ICALL_DIGITS_SHORTEST, 0, "17976931348623157", 309);
    check_digits(4.9406564584124654e-324, false, ICALL_DIGITS_SHORTEST, 0, "5", -323);
    check_digits(2.2250738585072014e-308, false, ICALL_DIGITS_SHORTEST, 0, "22250738585072014", -307);
    check_digits(9007199254740993.0, false, ICALL_DIGITS_SHORTEST, 0, "9007199254740992", 16);
    check_digits(0.3f, true, ICALL_DIGITS_SHORTEST, 0, "3", 0);
    check_digits(16777216.0f, true, ICALL_DIGITS_SHORTEST, 0, "16777216", 8);
    check_digits(3.4028234663852886e38, true, ICALL_DIGITS_SHORTEST, 0, "34028235", 39);
    check_digits(1.0f / 3.0f, true, ICALL_DIGITS_SHORTEST, 0, "33333334", 0);
    /* significant digits (G<n>, E<n>) */
    check_digits(1234.5678, false, ICALL_DIGITS_SIGNIFICANT, 3, "123", 4);
    check_digits(9.99, false, ICALL_DIGITS_SIGNIFICANT, 2, "1", 2);
    check_digits(0.000123456, false, ICALL_DIGITS_SIGNIFICANT, 4, "1235", -3);
    check_digits(0.1, false, ICALL_DIGITS_SIGNIFICANT, 20, "10000000000000000555", 0);
    check_digits(0.1 + 0.2, false, ICALL_DIGITS_SIGNIFICANT, 15, "3", 0);
    /* fixed decimals (F<n>, N<n>) */
    check_digits(3.14159, false, ICALL_DIGITS_FIXED, 2, "314", 1);
    check_digits(-0.169075164, false, ICALL_DIGITS_FIXED, 9, "169075164", 0);
    check_digits(0.001, false, ICALL_DIGITS_FIXED, 2, "", 0);
    check_digits(0.005, false, ICALL_DIGITS_FIXED, 2, "1", -1);     /* 0.005 is 0.005000000000000000104 */
    check_digits(0.125, false, ICALL_DIGITS_FIXED, 2, "12", 0);     /* exact tie: to the even digit, as .NET formats */
    check_digits(2.5, false, ICALL_DIGITS_FIXED, 0, "2", 1);
    check_digits(0.375, false, ICALL_DIGITS_FIXED, 2, "38", 0);
    check_digits(99.125, false, ICALL_DIGITS_SIGNIFICANT, 4, "9912", 2);
    check_digits(1e21, false, ICALL_DIGITS_FIXED, 1, "1", 22);
    check_digits(123.0, false, ICALL_DIGITS_FIXED, 3, "123", 3);
    check_digits(0.5, false, ICALL_DIGITS_FIXED, 0, "", 0);          /* 0.5 -> 0 (tie to even) */
    check_digits(1.5, false, ICALL_DIGITS_FIXED, 0, "2", 1);
    check_digits(999.9996, false, ICALL_DIGITS_FIXED, 3, "1", 4);
    /* parsing "digits e exp" (0.digits * 10^exp) */
    check_parse("1e1", false, 1.0);
    check_parse("30000000000000004e0", false, 0.30000000000000004);
    check_parse("e0", false, 0.0);
    check_parse("17976931348623157e309", false, 1.7976931348623157e308);
    check_parse("2e309", false, INFINITY);
    check_parse("5e-323", false, 4.9406564584124654e-324);
    check_parse("1e-400", false, 0.0);
    check_parse("34028235e39", true, (double)3.4028235e38f);
    check_parse("1e1", true, 1.0);
    check_parse("123456789012345678901234567890e30", false, 123456789012345678901234567890.0);
    /* integers */
    check_u64(0, "0");
    check_u64(7, "7");
    check_u64(18446744073709551615ull, "18446744073709551615");
    check_u64(9223372036854775808ull, "9223372036854775808");

    printf("%d passed, %d failed\n", checks - failures, failures);
    return failures ? 1 : 0;
}
