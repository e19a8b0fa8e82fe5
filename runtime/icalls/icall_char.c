/* icall_char.c — invariant case mapping and Unicode general categories of
 * UTF-16 code units: the simple case mappings and the categories of the whole
 * Basic Multilingual Plane, as range tables generated from the Unicode
 * Character Database (icall_char_tables.inc, tools/gen-char-tables.py; about
 * 11 KB). Surrogates are category Surrogate and map to themselves. */
#include "icalls/icall_char.h"
#include "icalls/icalls.h"
#include "vm.h"

enum {
    UC_LU = 0, UC_LL = 1, UC_LT = 2, UC_LM = 3, UC_LO = 4, UC_MN = 5, UC_MC = 6, UC_ME = 7, UC_ND = 8, UC_NL = 9,
    UC_NO = 10, UC_ZS = 11, UC_ZL = 12, UC_ZP = 13, UC_CC = 14, UC_CF = 15, UC_CS = 16, UC_CO = 17, UC_PC = 18,
    UC_PD = 19, UC_PS = 20, UC_PE = 21, UC_PI = 22, UC_PF = 23, UC_PO = 24, UC_SM = 25, UC_SC = 26, UC_SK = 27,
    UC_SO = 28, UC_CN = 29
};

typedef struct CaseRange { uint16_t start, count; int32_t delta; uint8_t stride; } CaseRange;

#include "icalls/icall_char_tables.inc"

/* The mapping of c in a sorted table of ranges: `count` code units from
 * `start`, `stride` apart, each mapped to itself plus `delta`. */
static uint16_t map_case(const CaseRange *ranges, size_t n, uint16_t c) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (ranges[mid].start <= c) lo = mid + 1; else hi = mid;
    }
    if (lo == 0) return c;
    const CaseRange *r = &ranges[lo - 1];
    uint32_t off = (uint32_t)(c - r->start);
    if (off % r->stride != 0 || off / r->stride >= r->count) return c;
    return (uint16_t)(c + r->delta);
}

/* Upper -> lower for one code unit; returns c when there is no mapping. */
uint16_t icall_char_lower(uint16_t c) {
    if (c < 0x80) return (c >= 'A' && c <= 'Z') ? (uint16_t)(c + 32) : c;
    return map_case(char_lower_ranges, sizeof char_lower_ranges / sizeof *char_lower_ranges, c);
}

uint16_t icall_char_upper(uint16_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') ? (uint16_t)(c - 32) : c;
    return map_case(char_upper_ranges, sizeof char_upper_ranges / sizeof *char_upper_ranges, c);
}

static const uint8_t ascii_categories[128] = {
    /* 0x00 */ UC_CC, UC_CC, UC_CC, UC_CC, UC_CC, UC_CC, UC_CC, UC_CC, UC_CC, UC_CC, UC_CC, UC_CC, UC_CC, UC_CC, UC_CC, UC_CC,
    /* 0x10 */ UC_CC, UC_CC, UC_CC, UC_CC, UC_CC, UC_CC, UC_CC, UC_CC, UC_CC, UC_CC, UC_CC, UC_CC, UC_CC, UC_CC, UC_CC, UC_CC,
    /*  !"#$%&'()*+,-./ */
    UC_ZS, UC_PO, UC_PO, UC_PO, UC_SC, UC_PO, UC_PO, UC_PO, UC_PS, UC_PE, UC_PO, UC_SM, UC_PO, UC_PD, UC_PO, UC_PO,
    /* 0-9:;<=>? */
    UC_ND, UC_ND, UC_ND, UC_ND, UC_ND, UC_ND, UC_ND, UC_ND, UC_ND, UC_ND, UC_PO, UC_PO, UC_SM, UC_SM, UC_SM, UC_PO,
    /* @A-O */
    UC_PO, UC_LU, UC_LU, UC_LU, UC_LU, UC_LU, UC_LU, UC_LU, UC_LU, UC_LU, UC_LU, UC_LU, UC_LU, UC_LU, UC_LU, UC_LU,
    /* P-Z[\]^_ */
    UC_LU, UC_LU, UC_LU, UC_LU, UC_LU, UC_LU, UC_LU, UC_LU, UC_LU, UC_LU, UC_LU, UC_PS, UC_PO, UC_PE, UC_SK, UC_PC,
    /* `a-o */
    UC_SK, UC_LL, UC_LL, UC_LL, UC_LL, UC_LL, UC_LL, UC_LL, UC_LL, UC_LL, UC_LL, UC_LL, UC_LL, UC_LL, UC_LL, UC_LL,
    /* p-z{|}~DEL */
    UC_LL, UC_LL, UC_LL, UC_LL, UC_LL, UC_LL, UC_LL, UC_LL, UC_LL, UC_LL, UC_LL, UC_PS, UC_SM, UC_PE, UC_SM, UC_CC,
};

int icall_char_category(uint16_t c) {
    if (c < 0x80) return ascii_categories[c];
    size_t lo = 0, hi = sizeof char_category_starts / sizeof *char_category_starts;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (char_category_starts[mid] <= c) lo = mid + 1; else hi = mid;
    }
    return char_category_values[lo - 1];
}

#define A(i) (args[(i)])

static void char_to_upper(Thread *t, Slot *args, Slot *ret) { (void)t; ret->i4 = icall_char_upper((uint16_t)A(0).i4); }
static void char_to_lower(Thread *t, Slot *args, Slot *ret) { (void)t; ret->i4 = icall_char_lower((uint16_t)A(0).i4); }
static void char_category(Thread *t, Slot *args, Slot *ret) { (void)t; ret->i4 = icall_char_category((uint16_t)A(0).i4); }

const IcallEntry icall_char_entries[] = {
    {"System.Char::ToUpperInvariant(System.Char)", char_to_upper},
    {"System.Char::ToLowerInvariant(System.Char)", char_to_lower},
    {"System.Char::InternalGetCategory(System.Char)", char_category},
    {NULL, NULL},
};
