/* ops.c — the tables ops.def defines: names, operand words, kinds, flow,
 * descriptions. */
#include "interp/ops.h"

/* The descriptions serve the disassembler and tests/c/test_ops.c; the wasm
 * build has no disassembler to show them, so it leaves their ~20 KB out. */
#ifdef __EMSCRIPTEN__
#define OP_DOC(doc) ""
#else
#define OP_DOC(doc) doc
#endif

const OpInfo op_info[OP_COUNT] = {
#define OP(name, words, operands, flow, doc) {#name, (words), operands, OPFLOW_##flow, OP_DOC(doc)},
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
