/* ops.c — the tables ops.def defines: names, operand words, kinds, flow,
 * descriptions. */
#include "interp/ops.h"

const OpInfo op_info[OP_COUNT] = {
#define OP(name, words, operands, flow, doc) {#name, (words), operands, OPFLOW_##flow, doc},
#include "interp/ops.def"
#undef OP
};

const char *const op_names[OP_COUNT] = {
#define OP(name, words, operands, flow, doc) #name,
#include "interp/ops.def"
#undef OP
};

const int op_sizes[OP_COUNT] = {
#define OP(name, words, operands, flow, doc) (words),
#include "interp/ops.def"
#undef OP
};
