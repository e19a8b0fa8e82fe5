/* test_ops.c — the op table (runtime/interp/ops.def) is consistent: every
 * row's operand words equal its operand kinds' widths, every kind is a
 * known letter, branches carry a target, and names are unique. */
#include "interp/ops.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

static int failures;
#define FAIL(...) do { fprintf(stderr, __VA_ARGS__); fputc('\n', stderr); failures++; } while (0)

static bool known_kind(char k) {
    return k && strchr("dsbailfFnkoxhtmcSzpjw", k) != NULL;
}

int main(void) {
    for (int op = 0; op < OP_COUNT; op++) {
        const OpInfo *info = &op_info[op];
        if (strcmp(info->name, op_names[op]) != 0 || info->words != op_sizes[op])
            FAIL("%s: op_info, op_names and op_sizes disagree", info->name);
        int words = 0;
        bool has_target = false, variable = false;
        for (const char *k = info->operands; *k; k++) {
            if (!known_kind(*k)) FAIL("%s: unknown operand kind '%c'", info->name, *k);
            if (*k == OPND_SWITCH) variable = true;
            if (*k == OPND_TARGET || *k == OPND_SWITCH) has_target = true;
            words += op_operand_words(*k);
        }
        if (variable ? info->words != -1 : info->words != words)
            FAIL("%s: %d operand words, but its kinds \"%s\" take %d", info->name, info->words, info->operands, words);
        bool branches = info->flow == OPFLOW_COND || info->flow == OPFLOW_JUMP;
        if (branches != has_target) FAIL("%s: flow and branch-target operands disagree", info->name);
        if (!info->doc || !info->doc[0]) FAIL("%s: no description", info->name);
        for (int other = 0; other < op; other++)
            if (strcmp(op_names[other], info->name) == 0) FAIL("%s: defined twice", info->name);
    }
    /* the length of a SWITCH comes from its count word */
    uintptr_t sw[] = {OP_SWITCH, 0, 3, 10, 20, 30};
    if (op_length_at(sw) != 5) FAIL("SWITCH length: %u", op_length_at(sw));
    if (failures) { fprintf(stderr, "test_ops: %d failures\n", failures); return 1; }
    printf("test_ops: %d ops OK\n", OP_COUNT);
    return 0;
}
