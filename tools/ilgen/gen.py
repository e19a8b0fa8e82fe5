"""Random IL programs for ilasm: well-formed ones whose output every runtime
must agree on, and ill-formed ones (one mutation of a well-formed method)
that Cilantro must reject with InvalidProgramException.

gen_program(seed, bad) returns (il_text, info). Everything random comes from
random.Random(seed), so a seed names one program for good.

Well-formed programs stay inside what ECMA-335 defines exactly, so that the
outputs can be compared byte for byte: shift counts are masked, floats reach
integers only through conv.ovf.* (plain conv of an out-of-range float is
unspecified), doubles are printed as their bits (NaN as "NaN": its sign is
not specified), native int holds only int32 values (its width differs between
the 64-bit hosts and wasm32), loops are bounded and calls only go to
lower-numbered methods, so every program ends.
"""

import random

HEADER = """.assembly extern mscorlib {}
.assembly ilgen {}
.module ilgen.exe
"""

I4_CONSTS = [0, 1, -1, 2, 3, 7, 8, 31, 100, -100, 255, 256, 65535, 65536, 0x7FFFFFFF,
             -0x80000000, 0x40000000, -2, 1000003, 46341]
I8_CONSTS = ["0", "1", "-1", "2", "5", "0x7FFFFFFF", "0x80000000", "0xFFFFFFFF", "0x100000000",
             "0x7FFFFFFFFFFFFFFF", "0x8000000000000000", "-3037000500", "3037000499",
             "123456789012", "-42"]
R8_CONSTS = ["0.0", "1.0", "-1.0", "0.5", "-2.5", "3.0", "1e10", "-1e10", "2147483647.0",
             "2147483648.0", "-2147483649.0", "4294967296.0", "1e19", "-9.3e18", "0.1",
             "1.5e300", "123.456", "-0.0", "65535.9"]

TYPES = ["i4", "i8", "r8"]
CIL_TYPE = {"i4": "int32", "i8": "int64", "r8": "float64", "o": "object"}

# the classes every program has, beside Program
SUPPORT = """
.class public auto ansi beforefieldinit Box extends [mscorlib]System.Object
{
  .field public int32 i
  .field public int64 l
  .field public float64 d
  .field public object o
  .method public hidebysig specialname rtspecialname instance void .ctor() cil managed
  {
    .maxstack 2
    ldarg.0
    call instance void [mscorlib]System.Object::.ctor()
    ldarg.0
    ldc.i4.7
    stfld int32 Box::i
    ret
  }
  .method public hidebysig newslot virtual instance int32 V(int32 x) cil managed
  {
    .maxstack 2
    ldarg.1
    ldarg.0
    ldfld int32 Box::i
    add
    ret
  }
}
.class public auto ansi sealed beforefieldinit Box2 extends Box
{
  .method public hidebysig specialname rtspecialname instance void .ctor() cil managed
  {
    .maxstack 2
    ldarg.0
    call instance void Box::.ctor()
    ret
  }
  .method public hidebysig virtual instance int32 V(int32 x) cil managed
  {
    .maxstack 2
    ldarg.1
    ldc.i4.3
    mul
    ret
  }
}
.class public sequential ansi sealed beforefieldinit Pt extends [mscorlib]System.ValueType
{
  .field public int32 a
  .field public int64 b
  .field public float64 c
}
"""

PRINT_HELPERS = """
  .method static void PD(float64 d) cil managed
  {
    .maxstack 2
    ldarg.0
    ldarg.0
    beq.s NUM
    ldstr "NaN"
    call void [mscorlib]System.Console::WriteLine(string)
    ret
  NUM:
    ldarg.0
    call int64 [mscorlib]System.BitConverter::DoubleToInt64Bits(float64)
    call void [mscorlib]System.Console::WriteLine(int64)
    ret
  }
  .method static void PO(object o) cil managed
  {
    .maxstack 2
    ldarg.0
    brtrue.s OBJ
    ldstr "null"
    call void [mscorlib]System.Console::WriteLine(string)
    ret
  OBJ:
    ldarg.0
    callvirt instance class [mscorlib]System.Type [mscorlib]System.Object::GetType()
    callvirt instance string [mscorlib]System.Type::get_FullName()
    call void [mscorlib]System.Console::WriteLine(string)
    ret
  }
  .method static void PE(class [mscorlib]System.Exception e) cil managed
  {
    .maxstack 2
    ldstr "caught "
    ldarg.0
    callvirt instance class [mscorlib]System.Type [mscorlib]System.Object::GetType()
    callvirt instance string [mscorlib]System.Type::get_FullName()
    call string [mscorlib]System.String::Concat(string, string)
    call void [mscorlib]System.Console::WriteLine(string)
    ret
  }
"""

PRINT = {
    "i4": "call void [mscorlib]System.Console::WriteLine(int32)",
    "i8": "call void [mscorlib]System.Console::WriteLine(int64)",
    "r8": "call void Program::PD(float64)",
    "o": "call void Program::PO(object)",
}

# (name, stack type): s8, u16 and f0 truncate what is stored in them
LOCALS = [("i0", "i4"), ("i1", "i4"), ("l0", "i8"), ("l1", "i8"), ("d0", "r8"), ("d1", "r8"),
          ("o0", "o"), ("s8", "i4"), ("u16", "i4"), ("f0", "r8")]
# stack type -> arrays (local, element type, ldelem suffix, stelem suffix)
ARRAYS = {"i4": [("ai", "int32", "i4", "i4"), ("ab", "uint8", "u1", "i1"), ("ash", "int16", "i2", "i2")],
          "i8": [("al", "int64", "i8", "i8")],
          "r8": [("ad", "float64", "r8", "r8"), ("af", "float32", "r4", "r4")]}
# stack type -> (local, ldind/stind suffix) whose address is taken
ADDRESSED = {"i4": [("i0", "i4"), ("s8", "i1"), ("u16", "u2")], "i8": [("l0", "i8")],
             "r8": [("d0", "r8"), ("f0", "r4")]}
BOX_FIELD = {"i4": "int32 Box::i", "i8": "int64 Box::l", "r8": "float64 Box::d", "o": "object Box::o"}
PT_FIELD = {"i4": "int32 Pt::a", "i8": "int64 Pt::b", "r8": "float64 Pt::c"}
SFIELD = {"i4": "int32 Program::si", "i8": "int64 Program::sl", "r8": "float64 Program::sd",
          "o": "object Program::so"}
LOCALS_DECL = ("int32 i0, int32 i1, int64 l0, int64 l1, float64 d0, float64 d1, object o0, "
               "int32[] ai, int64[] al, float64[] ad, class Box b0, valuetype Pt p0, "
               "int32 c0, int32 c1, int32 c2, native int n0, int8 s8, uint16 u16, float32 f0, "
               "uint8[] ab, int16[] ash, float32[] af, valuetype Pt p1")
ARGS = [("i4", 0), ("i8", 1), ("r8", 2)]


class Method:
    def __init__(self, index, ret):
        self.index = index
        self.ret = ret
        self.name = "M%d" % index
        self.sig = "%s Program::%s(int32, int64, float64)" % (CIL_TYPE[ret], self.name)


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.label_no = 0
        self.methods = []

    # ------------------------------------------------------------ helpers
    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def label(self):
        self.label_no += 1
        return "L%d" % self.label_no

    # ------------------------------------------------------------ expressions
    def expr(self, ty, depth):
        """Code (a list of lines) that pushes one value of type ty."""
        if depth <= 0 or self.chance(0.25):
            return self.leaf(ty)
        return getattr(self, "expr_" + ty)(depth - 1)

    def leaf(self, ty):
        r = self.rng.random()
        if ty == "o":
            return self.pick([["ldnull"], ["ldloc o0"], ["ldsfld object Program::so"]])
        if r < 0.35:
            if ty == "i4":
                return ["ldc.i4 %d" % self.pick(I4_CONSTS)]
            if ty == "i8":
                return ["ldc.i8 %s" % self.pick(I8_CONSTS)]
            return ["ldc.r8 %s" % self.pick(R8_CONSTS)]
        if r < 0.6:
            for t, i in ARGS:
                if t == ty:
                    return ["ldarg.%d" % i]
        if r < 0.9:
            return ["ldloc " + self.pick([n for n, t in LOCALS if t == ty])]
        return ["ldsfld " + SFIELD[ty]]

    def mask(self, code, m):
        return code + ["ldc.i4 %d" % m, "and"]

    def index(self, depth):
        return self.mask(self.expr("i4", depth), 7)

    def common(self, ty, depth):
        """Forms shared by the three number types; None if not chosen."""
        r = self.rng.random()
        if r < 0.06:
            arr, elem, ld, _ = self.pick(ARRAYS[ty])
            if self.chance(0.2):
                return ["ldloc " + arr] + self.index(depth) + ["ldelema " + elem, "ldind." + ld]
            return ["ldloc " + arr] + self.index(depth) + ["ldelem." + ld]
        if r < 0.10:
            return ["ldloc b0", "ldfld " + BOX_FIELD[ty]]
        if r < 0.13:
            return ["ldloca p0", "ldfld " + PT_FIELD[ty]]
        if r < 0.16:
            return [self.pick(["ldloc p0", "ldloc p1"]), "ldfld " + PT_FIELD[ty]]
        if r < 0.18:
            loc, suf = self.pick(ADDRESSED[ty])
            return ["ldloca " + loc, "ldind." + suf]
        if r < 0.24 and self.callable:
            m = self.pick(self.callable)
            code = []
            for t, _ in ARGS:
                code += self.expr(t, min(depth, 1))
            code.append("call " + m.sig)
            return self.convert(code, m.ret, ty)
        if r < 0.28:
            if self.chance(0.75):
                return self.expr(ty, depth) + ["box " + CIL_TYPE[ty], "unbox.any " + CIL_TYPE[ty]]
            return self.expr("o", depth) + ["unbox.any " + CIL_TYPE[ty]]
        if r < 0.34:
            # a value carried across a join: cond ? a : b
            t, f, end = self.label(), self.label(), self.label()
            return (self.cond(depth) + ["brtrue " + t] + self.expr(ty, depth) + ["br " + end, t + ":"]
                    + self.expr(ty, depth) + [end + ":"])
        return None

    def convert(self, code, frm, to):
        if frm == to:
            return code
        if to == "i4":
            return code + [{"i8": "conv.i4", "r8": "conv.ovf.i4"}[frm]]
        if to == "i8":
            return code + [{"i4": "conv.i8", "r8": "conv.ovf.i8"}[frm]]
        return code + ["conv.r8"]

    def expr_i4(self, d):
        c = self.common("i4", d)
        if c is not None:
            return c
        r = self.rng.random()
        if r < 0.35:
            op = self.pick(["add", "sub", "mul", "and", "or", "xor", "add.ovf", "sub.ovf",
                            "mul.ovf", "add.ovf.un", "sub.ovf.un", "mul.ovf.un", "div", "rem",
                            "div.un", "rem.un"])
            return self.expr("i4", d) + self.expr("i4", d) + [op]
        if r < 0.42:
            return self.expr("i4", d) + self.mask(self.expr("i4", d), 31) + [
                self.pick(["shl", "shr", "shr.un"])]
        if r < 0.47:
            return self.expr("i4", d) + [self.pick(["neg", "not"])]
        if r < 0.60:
            src = self.pick(["i4", "i8"])
            op = self.pick(["conv.i1", "conv.u1", "conv.i2", "conv.u2", "conv.i4", "conv.u4",
                            "conv.ovf.i1", "conv.ovf.u1", "conv.ovf.i2", "conv.ovf.u2",
                            "conv.ovf.i4", "conv.ovf.u4", "conv.ovf.i1.un", "conv.ovf.u2.un",
                            "conv.ovf.i4.un", "conv.ovf.u4.un"])
            return self.expr(src, d) + [op]
        if r < 0.66:
            return self.expr("r8", d) + [self.pick(["conv.ovf.i4", "conv.ovf.u2", "conv.ovf.i1",
                                                    "conv.ovf.u4", "conv.ovf.i4.un"])]
        if r < 0.78:
            return self.cond(d)
        if r < 0.82:
            return self.expr("i4", d) + ["conv.i"] + self.expr("i4", d) + ["conv.i", "add", "conv.i4"]
        if r < 0.86:
            return ["ldloc ai", "ldlen", "conv.i4"]
        if r < 0.90:
            return self.expr("o", d) + ["isinst " + self.pick(
                ["[mscorlib]System.Int32", "[mscorlib]System.Int64", "Box", "Box2"]), "ldnull", "cgt.un"]
        if r < 0.95:
            return ["ldloc b0"] + self.expr("i4", d) + ["callvirt instance int32 Box::V(int32)"]
        return self.leaf("i4")

    def expr_i8(self, d):
        c = self.common("i8", d)
        if c is not None:
            return c
        r = self.rng.random()
        if r < 0.4:
            op = self.pick(["add", "sub", "mul", "and", "or", "xor", "add.ovf", "sub.ovf",
                            "mul.ovf", "add.ovf.un", "sub.ovf.un", "mul.ovf.un", "div", "rem",
                            "div.un", "rem.un"])
            return self.expr("i8", d) + self.expr("i8", d) + [op]
        if r < 0.5:
            return self.expr("i8", d) + self.mask(self.expr("i4", d), 63) + [
                self.pick(["shl", "shr", "shr.un"])]
        if r < 0.55:
            return self.expr("i8", d) + [self.pick(["neg", "not"])]
        if r < 0.75:
            return self.expr("i4", d) + [self.pick(["conv.i8", "conv.u8", "conv.ovf.i8",
                                                    "conv.ovf.u8", "conv.ovf.u8.un", "conv.ovf.i8.un"])]
        if r < 0.85:
            return self.expr("r8", d) + [self.pick(["conv.ovf.i8", "conv.ovf.u8", "conv.ovf.i8.un"])]
        if r < 0.92:
            return self.expr("i8", d) + [self.pick(["conv.ovf.u8", "conv.ovf.i8.un", "conv.u8", "conv.i8"])]
        return self.leaf("i8")

    def expr_r8(self, d):
        c = self.common("r8", d)
        if c is not None:
            return c
        r = self.rng.random()
        if r < 0.45:
            return self.expr("r8", d) + self.expr("r8", d) + [self.pick(["add", "sub", "mul", "div", "rem"])]
        if r < 0.5:
            return self.expr("r8", d) + ["neg"]
        if r < 0.75:
            return self.expr(self.pick(["i4", "i8"]), d) + self.pick([["conv.r8"], ["conv.r.un", "conv.r8"],
                                                                       ["conv.r4", "conv.r8"]])
        if r < 0.85:
            return self.expr("r8", d) + ["conv.r4", "conv.r8"]
        if r < 0.9:
            return self.expr("r8", d) + ["ckfinite"]
        return self.leaf("r8")

    def expr_o(self, d):
        r = self.rng.random()
        if r < 0.4:
            ty = self.pick(TYPES)
            return self.expr(ty, d) + ["box " + CIL_TYPE[ty]]
        if r < 0.5:
            return ["newobj instance void Box::.ctor()"]
        if r < 0.6:
            return ["newobj instance void Box2::.ctor()"]
        if r < 0.7:
            return ["ldloc b0"]
        if r < 0.8:
            return ["ldloc p0", "box Pt"]
        if r < 0.9:
            return ["ldloc ai"]
        return self.leaf("o")

    def cond(self, d):
        """Pushes an int32 that is 0 or 1."""
        ty = self.pick(TYPES)
        return self.expr(ty, d) + self.expr(ty, d) + [self.pick(["ceq", "cgt", "clt", "cgt.un", "clt.un"])]

    # ------------------------------------------------------------ statements
    def block(self, n, depth, loops):
        code = []
        for _ in range(n):
            code += self.stmt(depth, loops)
        return code

    def stmt(self, depth, loops):
        r = self.rng.random()
        ed = self.rng.randint(1, 3)
        ty = self.pick(TYPES)
        if depth <= 0:
            r = r * 0.55
        if r < 0.14:
            return self.expr(ty, ed) + ["stloc " + self.pick([n for n, t in LOCALS if t == ty])]
        if r < 0.20:
            i = [i for t, i in ARGS if t == ty][0]
            return self.expr(ty, ed) + ["starg.s %d" % i]
        if r < 0.24:
            return self.expr(ty, ed) + ["stsfld " + SFIELD[ty]]
        if r < 0.30:
            return ["ldloc b0"] + self.expr(ty, ed) + ["stfld " + BOX_FIELD[ty]]
        if r < 0.34:
            return [self.pick(["ldloca p0", "ldloca p1"])] + self.expr(ty, ed) + ["stfld " + PT_FIELD[ty]]
        if r < 0.40:
            arr, elem, _, suf = self.pick(ARRAYS[ty])
            if self.chance(0.2):
                return ["ldloc " + arr] + self.index(1) + ["ldelema " + elem] + self.expr(ty, ed) + [
                    "stind." + suf]
            return ["ldloc " + arr] + self.index(1) + self.expr(ty, ed) + ["stelem." + suf]
        if r < 0.41:
            loc, suf = self.pick(ADDRESSED[ty])
            return ["ldloca " + loc] + self.expr(ty, ed) + ["stind." + suf.replace("u", "i")]
        if r < 0.42:
            arr, elem, _, _ = self.pick(ARRAYS[ty])
            # small, or negative (OverflowException); never huge (an 8 GB array is a heap limit, not a bug)
            size = self.expr("i4", 1)
            size = self.mask(size, 15) if self.chance(0.8) else size + ["ldc.i4 64", "rem"]
            return size + ["newarr " + elem, "stloc " + arr]
        if r < 0.45:
            return self.expr("o", ed) + ["stloc o0"] if self.chance(0.6) else \
                self.expr("o", ed) + ["stsfld object Program::so"]
        if r < 0.47:
            return self.pick([["newobj instance void Box2::.ctor()", "stloc b0"],
                              ["ldloca p0", "initobj Pt"], ["ldloc p0", "stloc p1"], ["ldloc p1", "stloc p0"],
                              ["ldloca p1", "ldloc p0", "stobj Pt"], ["ldloca p1", "ldobj Pt", "stloc p0"],
                              ["ldloc b0", "ldloc o0", "stfld object Box::o"],
                              ["ldloc b0", "ldfld object Box::o", "stloc o0"]])
        if r < 0.58:
            return self.print_stmt(ed)
        # control flow from here on
        if r < 0.66:
            els, end = self.label(), self.label()
            cond = self.cond(2)
            br = "brfalse " + els
            if self.chance(0.5):
                # a compare-and-branch instruction instead of cond + brfalse
                t2 = self.pick(TYPES)
                cond = self.expr(t2, 2) + self.expr(t2, 2)
                br = self.pick(["bne.un ", "beq ", "bge ", "bgt ", "ble ", "blt ", "bge.un ",
                                "bgt.un ", "ble.un ", "blt.un "]) + els
            code = cond + [br] + self.block(self.rng.randint(1, 3), depth - 1, loops)
            if self.chance(0.15):
                code += ["newobj instance void [mscorlib]System.Exception::.ctor()", "throw"]
            return code + ["br " + end, els + ":"] + self.block(self.rng.randint(0, 2), depth - 1, loops) + [end + ":"]
        if r < 0.76 and loops < 3:
            c = "c%d" % loops
            body, test = self.label(), self.label()
            return (["ldc.i4.0", "stloc " + c, "br " + test, body + ":"]
                    + self.block(self.rng.randint(1, 3), depth - 1, loops + 1)
                    + ["ldloc " + c, "ldc.i4.1", "add", "stloc " + c, test + ":", "ldloc " + c,
                       "ldc.i4 %d" % self.rng.randint(1, 5), "blt " + body])
        if r < 0.84:
            n = self.rng.randint(1, 4)
            labels = [self.label() for _ in range(n)]
            end = self.label()
            code = self.mask(self.expr("i4", 2), 7) + ["switch (%s)" % ", ".join(labels)]
            code += self.block(self.rng.randint(0, 2), depth - 1, loops) + ["br " + end]
            for lab in labels:
                code += [lab + ":"] + self.block(self.rng.randint(0, 2), depth - 1, loops)
                if self.chance(0.7):
                    code.append("br " + end)
            return code + [end + ":"]
        end = self.label()
        code = [".try", "{"] + self.block(self.rng.randint(1, 3), depth - 1, loops) + ["leave " + end, "}"]
        if self.chance(0.6):
            exc = self.pick(["[mscorlib]System.Exception", "[mscorlib]System.ArithmeticException",
                             "[mscorlib]System.OverflowException", "[mscorlib]System.InvalidCastException",
                             "[mscorlib]System.IndexOutOfRangeException",
                             "[mscorlib]System.NullReferenceException",
                             "[mscorlib]System.DivideByZeroException"])
            code += ["catch " + exc, "{", "call void Program::PE(class [mscorlib]System.Exception)"] \
                + self.block(self.rng.randint(0, 2), depth - 1, loops) + ["leave " + end, "}"]
        else:
            code += ["finally", "{"] + self.block(self.rng.randint(0, 2), depth - 1, loops) \
                + ["endfinally", "}"]
        return code + [end + ":"]

    def print_stmt(self, ed):
        ty = self.pick(TYPES + ["o"])
        return self.expr(ty, ed) + [PRINT[ty]]

    # ------------------------------------------------------------ methods
    def method_body(self, m):
        self.callable = self.methods[:m.index]
        code = ["ldc.i4 8", "newarr int32", "stloc ai", "ldarg.0", "ldc.i4 3", "and", "ldc.i4.6", "add",
                "newarr int64", "stloc al", "ldc.i4 8", "newarr float64", "stloc ad",
                "newobj instance void Box::.ctor()", "stloc b0", "ldarg.2", "box float64", "stloc o0",
                "ldc.i4 5", "newarr uint8", "stloc ab", "ldc.i4 8", "newarr int16", "stloc ash",
                "ldc.i4 8", "newarr float32", "stloc af"]
        stmts = [self.stmt(3, 0) for _ in range(self.rng.randint(2, 7))]
        ret = self.expr(m.ret, 2) + ["ret"]
        return code, stmts, ret

    def emit_method(self, m, body):
        out = ["  .method static %s %s(int32 a, int64 b, float64 c) cil managed" % (CIL_TYPE[m.ret], m.name),
               "  {", "    .maxstack %d" % getattr(m, "maxstack", 32),
               "    .locals init (%s)" % LOCALS_DECL]
        for line in body:
            out.append(("  " if line.endswith(":") else "    ") + line)
        out.append("  }")
        return out

    def main(self, calls, bad):
        code = []
        for m in calls:
            end = self.label()
            args = [["ldc.i4 %d" % self.pick(I4_CONSTS)], ["ldc.i8 %s" % self.pick(I8_CONSTS)],
                    ["ldc.r8 %s" % self.pick(R8_CONSTS)]]
            code += ['ldstr "%s"' % m.name, "call void [mscorlib]System.Console::WriteLine(string)",
                     ".try", "{"] + args[0] + args[1] + args[2] + ["call " + m.sig, PRINT[m.ret],
                                                                   "leave " + end, "}",
                     "catch [mscorlib]System.Exception", "{",
                     "call void Program::PE(class [mscorlib]System.Exception)", "leave " + end, "}",
                     end + ":"]
        for ty in TYPES:
            code += ["ldsfld " + SFIELD[ty], PRINT[ty]]
        code += ["ldsfld int32 Program::si", "ldc.i4 63", "and", "ret"]
        out = ["  .method static int32 Main() cil managed", "  {", "    .entrypoint", "    .maxstack 8"]
        out += [("  " if l.endswith(":") else "    ") + l for l in code]
        out.append("  }")
        return out


def gen_program(seed, bad=False):
    """Returns (il, info): info names the mutation of an ill-formed program."""
    g = Gen(seed)
    n = g.rng.randint(2, 5)
    g.methods = [Method(i, g.pick(TYPES)) for i in range(n)]
    bodies = []
    for m in g.methods:
        bodies.append(g.method_body(m))
    info = {"seed": seed, "methods": n, "mutation": None}
    calls = list(g.methods)
    if bad:
        from mutate import mutate
        bm = Method(n, g.pick(TYPES))
        bm.name = "Bad"
        bm.sig = "%s Program::Bad(int32, int64, float64)" % CIL_TYPE[bm.ret]
        g.callable = g.methods
        prologue, stmts, ret = g.method_body(bm)
        g.callable = g.methods
        body, what = mutate(g, bm, prologue, stmts, ret)
        info["mutation"] = what
        g.methods.append(bm)
        bodies.append(body)
        calls.append(bm)
    lines = [HEADER, SUPPORT, ".class public auto ansi beforefieldinit Program extends [mscorlib]System.Object", "{",
             "  .field static int32 si", "  .field static int64 sl", "  .field static float64 sd",
             "  .field static object so", PRINT_HELPERS]
    for m, b in zip(g.methods, bodies):
        if isinstance(b, tuple):
            b = b[0] + [x for s in b[1] for x in s] + b[2]
        lines += g.emit_method(m, b)
    lines += g.main(calls, bad)
    lines.append("}")
    return "\n".join(lines) + "\n", info
