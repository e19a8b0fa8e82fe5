/* icall_char.c — invariant case mapping and Unicode categories.
 *
 * Not the full Unicode database (that would cost ~100 KB of wasm): the simple
 * case mappings of the scripts programs commonly use (Latin, Latin-1,
 * Latin Extended-A and Additional, Greek, Cyrillic, Armenian, fullwidth
 * Latin, Roman numerals, circled letters) and categories by block ranges.
 * Characters outside these map to themselves. */
#include "icalls/icall_char.h"
#include "icalls/icalls.h"
#include "vm.h"

enum {
    UC_LU = 0, UC_LL = 1, UC_LT = 2, UC_LM = 3, UC_LO = 4, UC_MN = 5, UC_MC = 6, UC_ME = 7, UC_ND = 8, UC_NL = 9,
    UC_NO = 10, UC_ZS = 11, UC_ZL = 12, UC_ZP = 13, UC_CC = 14, UC_CF = 15, UC_CS = 16, UC_CO = 17, UC_PC = 18,
    UC_PD = 19, UC_PS = 20, UC_PE = 21, UC_PI = 22, UC_PF = 23, UC_PO = 24, UC_SM = 25, UC_SC = 26, UC_SK = 27,
    UC_SO = 28, UC_CN = 29
};

/* Upper -> lower for one code unit; returns c when there is no mapping. */
uint16_t icall_char_lower(uint16_t c) {
    if (c < 0x80) return (c >= 'A' && c <= 'Z') ? (uint16_t)(c + 32) : c;
    if (c < 0x100) return (c >= 0xC0 && c <= 0xDE && c != 0xD7) ? (uint16_t)(c + 32) : c;
    if (c < 0x180) {
        if (c == 0x130) return 'i';
        if (c == 0x178) return 0xFF;
        if ((c >= 0x100 && c <= 0x12F) || (c >= 0x132 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
            return (c & 1) ? c : (uint16_t)(c + 1);
        if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
            return (c & 1) ? (uint16_t)(c + 1) : c;
        return c;
    }
    if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return (uint16_t)(c + 32);
    if (c == 0x386) return 0x3AC;
    if (c >= 0x388 && c <= 0x38A) return (uint16_t)(c + 37);
    if (c == 0x38C) return 0x3CC;
    if (c == 0x38E || c == 0x38F) return (uint16_t)(c + 63);
    if (c >= 0x410 && c <= 0x42F) return (uint16_t)(c + 32);
    if (c >= 0x400 && c <= 0x40F) return (uint16_t)(c + 80);
    if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) || (c >= 0x4D0 && c <= 0x52F))
        return (c & 1) ? c : (uint16_t)(c + 1);
    if (c == 0x4C0) return 0x4CF;
    if (c >= 0x4C1 && c <= 0x4CE) return (c & 1) ? (uint16_t)(c + 1) : c;
    if (c >= 0x531 && c <= 0x556) return (uint16_t)(c + 48);
    if (c >= 0x1E00 && c <= 0x1EFF && !(c >= 0x1E96 && c <= 0x1E9F)) return (c & 1) ? c : (uint16_t)(c + 1);
    if (c >= 0x2160 && c <= 0x216F) return (uint16_t)(c + 16);
    if (c >= 0x24B6 && c <= 0x24CF) return (uint16_t)(c + 26);
    if (c >= 0xFF21 && c <= 0xFF3A) return (uint16_t)(c + 32);
    return c;
}

uint16_t icall_char_upper(uint16_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') ? (uint16_t)(c - 32) : c;
    if (c < 0x100) {
        if (c == 0xB5) return 0x39C;
        if (c == 0xFF) return 0x178;
        return (c >= 0xE0 && c <= 0xFE && c != 0xF7) ? (uint16_t)(c - 32) : c;
    }
    if (c < 0x180) {
        if (c == 0x131) return 'I';
        if (c == 0x17F) return 'S';
        if ((c >= 0x100 && c <= 0x12F) || (c >= 0x132 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
            return (c & 1) ? (uint16_t)(c - 1) : c;
        if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
            return (c & 1) ? c : (uint16_t)(c - 1);
        return c;
    }
    if (c >= 0x3B1 && c <= 0x3CB) return c == 0x3C2 ? 0x3A3 : (uint16_t)(c - 32);
    if (c == 0x3AC) return 0x386;
    if (c >= 0x3AD && c <= 0x3AF) return (uint16_t)(c - 37);
    if (c == 0x3CC) return 0x38C;
    if (c == 0x3CD || c == 0x3CE) return (uint16_t)(c - 63);
    if (c >= 0x430 && c <= 0x44F) return (uint16_t)(c - 32);
    if (c >= 0x450 && c <= 0x45F) return (uint16_t)(c - 80);
    if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) || (c >= 0x4D0 && c <= 0x52F))
        return (c & 1) ? (uint16_t)(c - 1) : c;
    if (c == 0x4CF) return 0x4C0;
    if (c >= 0x4C1 && c <= 0x4CE) return (c & 1) ? c : (uint16_t)(c - 1);
    if (c >= 0x561 && c <= 0x586) return (uint16_t)(c - 48);
    if (c >= 0x1E00 && c <= 0x1EFF && !(c >= 0x1E96 && c <= 0x1E9F)) return (c & 1) ? (uint16_t)(c - 1) : c;
    if (c >= 0x2170 && c <= 0x217F) return (uint16_t)(c - 16);
    if (c >= 0x24D0 && c <= 0x24E9) return (uint16_t)(c - 26);
    if (c >= 0xFF41 && c <= 0xFF5A) return (uint16_t)(c - 32);
    return c;
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

static const uint8_t latin1_categories[32] = {
    /* A0 */ UC_ZS, UC_PO, UC_SC, UC_SC, UC_SC, UC_SC, UC_SO, UC_PO, UC_SK, UC_SO, UC_LO, UC_PI, UC_SM, UC_CF, UC_SO, UC_SK,
    /* B0 */ UC_SO, UC_SM, UC_NO, UC_NO, UC_SK, UC_LL, UC_PO, UC_PO, UC_SK, UC_NO, UC_LO, UC_PF, UC_NO, UC_NO, UC_NO, UC_PO,
};

static int cased_letter(uint16_t c) {
    if (icall_char_lower(c) != c) return UC_LU;
    if (icall_char_upper(c) != c) return UC_LL;
    return -1;
}

int icall_char_category(uint16_t c) {
    if (c < 0x80) return ascii_categories[c];
    if (c < 0xA0) return UC_CC;
    if (c < 0xC0) return latin1_categories[c - 0xA0];
    if (c == 0xD7 || c == 0xF7) return UC_SM;
    if (c < 0x100) return (c <= 0xDE) ? UC_LU : UC_LL;
    int cased = cased_letter(c);
    if (cased >= 0) return cased;
    if (c < 0x250) return UC_LL;                      /* remaining Latin extended letters */
    if (c < 0x2B0) return UC_LL;                      /* IPA extensions */
    if (c < 0x300) return UC_LM;                      /* spacing modifier letters */
    if (c < 0x370) return UC_MN;                      /* combining diacritics */
    if (c < 0x400) return UC_LL;                      /* Greek without case pair */
    if (c == 0x482) return UC_SO;
    if (c >= 0x483 && c <= 0x489) return UC_MN;
    if (c < 0x530) return UC_LL;
    if (c < 0x590) return c == 0x589 ? UC_PO : UC_LO;
    if (c < 0x5D0) return UC_MN;                      /* Hebrew points */
    if (c < 0x600) return UC_LO;
    if (c >= 0x660 && c <= 0x669) return UC_ND;
    if (c >= 0x6F0 && c <= 0x6F9) return UC_ND;
    if (c >= 0x966 && c <= 0x96F) return UC_ND;       /* Devanagari digits */
    if (c < 0x1000) return UC_LO;                     /* Arabic .. Thai/Lao/Tibetan: letters */
    if (c < 0x2000) return UC_LO;
    if (c <= 0x200A) return UC_ZS;
    if (c <= 0x200F) return UC_CF;
    if (c <= 0x2015) return UC_PD;
    if (c == 0x2018 || c == 0x201B || c == 0x201C || c == 0x201F) return UC_PI;
    if (c == 0x2019 || c == 0x201D) return UC_PF;
    if (c == 0x201A || c == 0x201E) return UC_PS;
    if (c <= 0x2027) return UC_PO;
    if (c == 0x2028) return UC_ZL;
    if (c == 0x2029) return UC_ZP;
    if (c <= 0x202E) return UC_CF;
    if (c == 0x202F || c == 0x205F) return UC_ZS;
    if (c <= 0x206F) return (c >= 0x2060) ? UC_CF : UC_PO;
    if (c <= 0x209F) return UC_NO;                    /* super/subscripts */
    if (c <= 0x20CF) return UC_SC;
    if (c <= 0x20FF) return UC_MN;
    if (c <= 0x214F) return UC_SO;                    /* letterlike symbols */
    if (c <= 0x215F) return UC_NO;
    if (c <= 0x2188) return UC_NL;                    /* Roman numerals */
    if (c <= 0x218F) return UC_NO;
    if (c <= 0x2194) return UC_SM;
    if (c <= 0x21FF) return UC_SO;
    if (c <= 0x22FF) return UC_SM;
    if (c <= 0x245F) return UC_SO;
    if (c <= 0x249B) return UC_NO;
    if (c <= 0x24E9) return UC_SO;
    if (c <= 0x24FF) return UC_NO;
    if (c <= 0x2BFF) return UC_SO;
    if (c == 0x3000) return UC_ZS;
    if (c <= 0x3003) return UC_PO;
    if (c >= 0x3008 && c <= 0x3011) return (c & 1) ? UC_PE : UC_PS;
    if (c < 0x3040) return UC_SO;
    if (c < 0xA000) return UC_LO;                     /* kana, CJK */
    if (c < 0xAC00) return UC_LO;
    if (c <= 0xD7A3) return UC_LO;                    /* Hangul */
    if (c < 0xD800) return UC_LO;
    if (c < 0xE000) return UC_CS;
    if (c < 0xF900) return UC_CO;
    if (c < 0xFB00) return UC_LO;
    if (c == 0xFEFF) return UC_CF;
    if (c >= 0xFF10 && c <= 0xFF19) return UC_ND;
    if (c >= 0xFF01 && c <= 0xFF0F) return UC_PO;
    if (c == 0xFFFD || c == 0xFFFC) return UC_SO;
    if (c >= 0xFFFE) return UC_CN;
    return UC_LO;
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
