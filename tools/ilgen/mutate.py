"""Ill-formed mutations: each turns a well-formed method body into one that
ECMA-335 Partition III calls invalid, at a place the translator must reach
(a statement boundary of the method's top level, where the stack is empty).
The program must then throw InvalidProgramException when the method is
called, on every Cilantro build; it must never crash, hang or run the method.
"""


def _wrong(g, ty):
    """Code pushing a value that does not fit a location of type ty."""
    others = {"i4": ["i8", "r8", "o"], "i8": ["i4", "r8", "o"], "r8": ["i4", "i8", "o"],
              "o": ["i4", "i8", "r8"]}[ty]
    return g.expr(g.pick(others), 1)


def _bad_binary(g):
    a, b, op = g.pick([("i4", "r8", "add"), ("r8", "i4", "mul"), ("i4", "i8", "sub"),
                       ("i8", "i4", "add"), ("o", "i4", "add"), ("i4", "o", "xor"),
                       ("r8", "r8", "and"), ("r8", "i4", "shl"), ("o", "o", "sub"),
                       ("i8", "r8", "div"), ("r8", "r8", "or"), ("o", "i4", "clt"),
                       ("i4", "i8", "ceq"), ("r8", "i8", "cgt"), ("r8", "r8", "add.ovf"),
                       ("r8", "r8", "rem.un")])
    return g.expr(a, 1) + g.expr(b, 1) + [op, "pop"]


def _bad_unary(g):
    return g.pick([g.expr("r8", 1) + ["not", "pop"], g.expr("o", 1) + ["neg", "pop"],
                   g.expr("o", 1) + ["conv.r8", "pop"], g.expr("r8", 1) + ["ldc.i4.1", "shr", "pop"],
                   g.expr("i4", 1) + ["throw"], g.expr("r8", 1) + ["unbox.any int32", "pop"],
                   g.expr("i4", 1) + ["castclass Box", "pop"], ["ldloc o0", "ldind.i4", "pop"],
                   g.expr("i8", 1) + ["ckfinite", "pop"]])


def _bad_store(g):
    from gen import LOCALS, SFIELD, BOX_FIELD, PT_FIELD
    ty = g.pick(["i4", "i8", "r8", "o"])
    local = g.pick([n for n, t in LOCALS if t == ty])
    choices = [_wrong(g, ty) + ["stloc " + local], _wrong(g, ty) + ["stsfld " + SFIELD[ty]],
               ["ldloc b0"] + _wrong(g, ty) + ["stfld " + BOX_FIELD[ty]]]
    if ty != "o":
        choices.append(["ldloca p0"] + _wrong(g, ty) + ["stfld " + PT_FIELD[ty]])
        choices.append(_wrong(g, ty) + ["starg.s %d" % {"i4": 0, "i8": 1, "r8": 2}[ty]])
    return g.pick(choices)


def _bad_element(g):
    idx = ["ldc.i4.1"]
    return g.pick([
        ["ldloc ai"] + idx + g.expr("r8", 1) + ["stelem.r8"],
        ["ldloc ai"] + idx + g.expr("i8", 1) + ["stelem.i8"],
        ["ldloc al"] + idx + g.expr("i4", 1) + ["stelem.i4"],
        ["ldloc ad"] + idx + ["ldelem.i4", "pop"],
        ["ldloc ai"] + idx + ["ldelem.ref", "pop"],
        ["ldloc al"] + idx + ["ldelem.r8", "pop"],
        ["ldloc ai"] + idx + ["ldnull", "stelem.ref"],
        ["ldloc b0"] + idx + ["ldelem.i4", "pop"],
        ["ldloc ai"] + g.expr("r8", 1) + ["ldelem.i4", "pop"],
        ["ldloc ai"] + idx + ["ldelema int64", "pop"],
        g.expr("i4", 1) + ["ldlen", "pop"],
    ])


def _bad_member(g):
    return g.pick([
        ["ldloc ai", "ldfld int32 Box::i", "pop"],
        ["ldloc b0", "ldfld int32 Pt::a", "pop"],
        ["ldloca p0", "ldfld int32 Box::i", "pop"],
        ["ldc.i4.1", "ldfld int64 Box::l", "pop"],
        ["ldloc ai", "ldc.i4.1", "callvirt instance int32 Box::V(int32)", "pop"],
        ["ldloc b0", "ldc.r8 1.0", "callvirt instance int32 Box::V(int32)", "pop"],
        ["ldloc b0", "ldc.i4.1", "ldc.i4.2", "callvirt instance int32 Box::V(int32)", "pop", "pop"],
        ["ldc.r8 2.0", "newobj instance void [mscorlib]System.Exception::.ctor(string)", "pop"],
        ["ldloc b0", "ldloc p0", "stfld int32 Box::i"],
    ])


def _bad_call(g):
    from gen import CIL_TYPE
    m = g.pick(g.methods)
    args = g.pick([[g.expr("r8", 1), g.expr("i8", 1), g.expr("r8", 1)],
                   [g.expr("i4", 1), g.expr("i4", 1), g.expr("r8", 1)],
                   [g.expr("i4", 1), g.expr("i8", 1)],
                   [g.expr("i4", 1), g.expr("i8", 1), g.expr("o", 1)]])
    return [x for a in args for x in a] + ["call " + m.sig, "pop"]


def _underflow(g):
    return g.pick([["pop"], ["add", "pop"], ["ldc.i4.1", "add", "pop"], ["stloc i0"],
                   ["ldc.i4.1", "stloc i0", "stloc i1"], ["dup", "pop"], ["ldloc ai", "ldc.i4.0", "stelem.i4"],
                   ["ldc.i4.0", "brtrue L_never", "pop", "L_never:"]])


def _bad_join(g):
    t, e = "LJ1", "LJ2"
    return g.pick([
        g.cond(1) + ["brtrue " + t, "ldc.i4.1", t + ":"],
        g.cond(1) + ["brtrue " + t] + g.expr("i4", 1) + ["br " + e, t + ":"] + g.expr("r8", 1) + [e + ":", "pop"],
        g.cond(1) + ["brtrue " + t] + g.expr("i8", 1) + ["br " + e, t + ":"] + g.expr("o", 1) + [e + ":", "pop"],
        g.cond(1) + ["brtrue " + t] + g.expr("i4", 1) + ["br " + e, t + ":", e + ":", "pop"],
        # a label reached only backwards must start with an empty stack (III.1.7.5)
        ["br " + e, t + ":", "pop", "br " + e + "x", e + ":", "ldc.i4.1", "ldc.i4.1", "brtrue " + t, "pop",
         e + "x:"],
    ])


def _bad_target(g):
    # br.s / br / switch / brtrue whose target is outside the method or inside an instruction
    return g.pick([
        [".emitbyte 0x2b", ".emitbyte 0xff"],                      # br.s into its own operand
        [".emitbyte 0x38", ".emitbyte 0xf0", ".emitbyte 0xff", ".emitbyte 0xff", ".emitbyte 0x7f"],
        [".emitbyte 0x38", ".emitbyte 0x00", ".emitbyte 0xf0", ".emitbyte 0xff", ".emitbyte 0xff"],
        [".emitbyte 0x38", ".emitbyte 0xfd", ".emitbyte 0xff", ".emitbyte 0xff", ".emitbyte 0xff"],
        ["ldc.i4.0", ".emitbyte 0x45", ".emitbyte 0x01", ".emitbyte 0", ".emitbyte 0", ".emitbyte 0",
         ".emitbyte 0x00", ".emitbyte 0x00", ".emitbyte 0x10", ".emitbyte 0x00"],
        ["ldc.i4.1", ".emitbyte 0x2d", ".emitbyte 0xfe"],           # brtrue.s into its own opcode byte + 1
    ])


def _bad_region(g):
    from gen import CIL_TYPE
    return g.pick([
        ["br LR_in", ".try", "{", "nop", "LR_in:", "leave LR_end", "}",
         "catch [mscorlib]System.Exception", "{", "pop", "leave LR_end", "}", "LR_end:"],
        [".try", "{", "br LR_out", "}", "finally", "{", "endfinally", "}", "LR_out:"],
        ["endfinally"],
        [".try", "{", "ldc.i4.1", "leave LR_end", "}", "finally", "{", "endfinally", "}", "LR_end:", "pop"],
        [".try", "{", "leave LR_end", "}", "finally", "{", "leave LR_end", "}", "LR_end:"],
        [".try", "{", "nop", "}", "catch [mscorlib]System.Exception", "{", "pop", "leave LR_end", "}", "LR_end:"],
        [".try", "{", "leave LR_end", "}", "finally", "{", "nop", "}", "LR_end:"],
        [".try", "{", "newobj instance void [mscorlib]System.Exception::.ctor()", "throw", "}",
         "catch [mscorlib]System.Exception", "{", "pop", "}"],
        [".try", "{", "leave LR_end", "}", "catch [mscorlib]System.Exception", "{", "pop", "br LR_end", "}",
         "LR_end:"],
    ])


def _bad_operand(g):
    return g.pick([["ldarg 9", "pop"], ["ldloc 40", "pop"], ["ldarga 7", "pop"], ["ldc.i4.1", "stloc 33"],
                   ["ldc.i4.1", "starg 5"], [".emitbyte 0xfe", ".emitbyte 0x30"], [".emitbyte 0xee"]])


MUTATIONS = {
    "underflow": _underflow, "binary-types": _bad_binary, "unary-types": _bad_unary,
    "store-types": _bad_store, "element-types": _bad_element, "member": _bad_member,
    "call-args": _bad_call, "join": _bad_join, "branch-target": _bad_target,
    "region": _bad_region, "operand": _bad_operand,
    "return-type": None, "fall-off-end": None, "maxstack": None, "ret-in-region": None,
}


def mutate(g, m, prologue, stmts, ret):
    """Returns (body lines, description)."""
    from gen import CIL_TYPE
    kind = g.pick(sorted(MUTATIONS))
    at = g.rng.randint(0, len(stmts))
    if kind == "fall-off-end":
        ret = ret[:-1] + g.pick([[], ["pop"], ["pop", "nop"]])
        snippet = []
    elif kind == "maxstack":
        m.maxstack = 1
        snippet = g.expr("i4", 2) + ["pop"]
    elif kind == "ret-in-region":
        snippet = [".try", "{"] + g.expr(m.ret, 1) + ["ret", "}"] + g.pick([
            ["finally", "{", "endfinally", "}"],
            ["catch [mscorlib]System.Exception", "{", "pop", "leave LR_end", "}", "LR_end:"]])
    elif kind == "return-type":
        snippet = _wrong(g, m.ret) + ["ret"]
    else:
        snippet = MUTATIONS[kind](g)
    body = list(prologue)
    for i, s in enumerate(stmts):
        if i == at:
            body += snippet
        body += s
    if at == len(stmts):
        body += snippet
    return body + ret, "%s at statement %d: %s" % (kind, at, "; ".join(snippet)[:200])
