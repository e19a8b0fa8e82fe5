/* disasm.c — prints translated code (CILANTRO_DUMP=1), for debugging the
 * translator: one op per line with its operand words. */
#include "interp/interp_internal.h"

#include <stdio.h>

const char *const op_names[OP_COUNT] = {
#define OP_NAME(name, n) #name,
    OP_LIST(OP_NAME)
#undef OP_NAME
};

const int op_sizes[OP_COUNT] = {
#define OP_SIZE(name, n) (n),
    OP_LIST(OP_SIZE)
#undef OP_SIZE
};

void interp_dump_code(Method *m, Code *code) {
    char name[300];
    fprintf(stderr, "== %s (frame %u slots, locals %u..%u)\n", method_full_name(m, name, sizeof name),
            code->frame_slots, code->local_start, code->local_start + code->local_slots);
    for (uint32_t pos = 0; pos < code->op_count;) {
        Op op = code->ops[pos];
        if (op >= OP_COUNT) { fprintf(stderr, "  %4u: ??? %lu\n", pos, (unsigned long)op); return; }
        int n = op_sizes[op];
        if (op == OP_SWITCH) n = 2 + (int)code->ops[pos + 2];
        fprintf(stderr, "  %4u: %-16s", pos, op_names[op]);
        for (int i = 1; i <= n && pos + (uint32_t)i < code->op_count; i++) fprintf(stderr, " %lld", (long long)(intptr_t)code->ops[pos + i]);
        fprintf(stderr, "\n");
        pos += 1 + (uint32_t)n;
    }
}
