# Generates Tuple.cs (System.Tuple<...> classes and helpers), ValueTuple.cs
# (System.ValueTuple<...> structs) and TupleExtensions.cs. Run: python3 Tuple.py
#
# Behaviour follows .NET: Tuple's Equals/GetHashCode/CompareTo go through the
# structural interfaces with the default object comparers (hash codes combined
# as ((h1 << 5) + h1) ^ h2, over at most the last 8 items); ValueTuple compares
# items with EqualityComparer<T>/Comparer<T>.Default; both implement ITuple and
# print "(a, b, ...)", flattening the items of an 8th "Rest" tuple.
out = []
w = out.append

def tparams(n, rest):
    return ["T%d" % i for i in range(1, n)] + (["TRest"] if rest else ["T%d" % n])

def fields_of(n, rest):
    return ["Item%d" % i for i in range(1, n)] + (["Rest"] if rest else ["Item%d" % n])

def pname(f):
    return "rest" if f == "Rest" else "item" + f[4:]

# Nested hash combination of .NET's Tuple.CombineHashCodes for 1..8 values.
def combine(hs):
    n = len(hs)
    C = lambda a, b: "TupleHelp.Combine(%s, %s)" % (a, b)
    if n == 1: return hs[0]
    if n == 2: return C(hs[0], hs[1])
    if n == 3: return C(combine(hs[:2]), hs[2])
    if n == 4: return C(combine(hs[:2]), combine(hs[2:]))
    return C(combine(hs[:4]), combine(hs[4:]))

def gen_tuple(n):
    rest = n == 8
    tp = tparams(n, rest)
    fs = fields_of(n, rest)
    name = "Tuple<%s>" % ", ".join(tp)
    w("    [Serializable]")
    w("    public class %s : IStructuralEquatable, IStructuralComparable, IComparable, ITupleInternal, ITuple" % name)
    w("    {")
    for t, f in zip(tp, fs):
        w("        private readonly %s m_%s;" % (t, f))
    for t, f in zip(tp, fs):
        w("        public %s %s { get { return m_%s; } }" % (t, f, f))
    w("        public Tuple(%s)" % ", ".join("%s %s" % (t, pname(f)) for t, f in zip(tp, fs)))
    w("        {")
    if rest:
        w("            if (!(rest is ITupleInternal)) throw new ArgumentException(\"The last element of an eight element tuple must be a Tuple.\");")
    for f in fs:
        w("            m_%s = %s;" % (f, pname(f)))
    w("        }")
    w("        public override bool Equals(object obj) { return ((IStructuralEquatable)this).Equals(obj, EqualityComparer<object>.Default); }")
    w("        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)")
    w("        {")
    w("            %s t = other as %s;" % (name, name))
    w("            return t != null && %s;" % " && ".join("comparer.Equals(m_%s, t.m_%s)" % (f, f) for f in fs))
    w("        }")
    w("        int IComparable.CompareTo(object obj) { return ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default); }")
    w("        int IStructuralComparable.CompareTo(object other, IComparer comparer)")
    w("        {")
    w("            if (other == null) return 1;")
    w("            %s t = other as %s;" % (name, name))
    w("            if (t == null) throw new ArgumentException(\"Argument must be of type \" + GetType().ToString() + \".\", \"other\");")
    w("            int c;")
    for f in fs[:-1]:
        w("            c = comparer.Compare(m_%s, t.m_%s); if (c != 0) return c;" % (f, f))
    w("            return comparer.Compare(m_%s, t.m_%s);" % (fs[-1], fs[-1]))
    w("        }")
    w("        public override int GetHashCode() { return ((IStructuralEquatable)this).GetHashCode(EqualityComparer<object>.Default); }")
    w("        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)")
    w("        {")
    if rest:
        # .NET hashes the last 8 items only: the rest's, plus as many of ours as needed.
        w("            ITupleInternal r = (ITupleInternal)m_Rest;")
        w("            int rh = r.GetHashCode(comparer);")
        w("            switch (r.Length)")
        w("            {")
        for k in range(1, 8):
            mine = ["comparer.GetHashCode(m_Item%d)" % i for i in range(k, 8)]
            w("                case %d: return %s;" % (k, combine(mine + ["rh"])))
        w("                default: return rh;")
        w("            }")
    else:
        w("            return %s;" % combine(["comparer.GetHashCode(m_%s)" % f for f in fs]))
    w("        }")
    w("        int ITupleInternal.GetHashCode(IEqualityComparer comparer) { return ((IStructuralEquatable)this).GetHashCode(comparer); }")
    w("        public override string ToString()")
    w("        {")
    w("            StringBuilder sb = new StringBuilder(\"(\");")
    w("            AppendItems(sb);")
    w("            return sb.Append(')').ToString();")
    w("        }")
    w("        void ITupleInternal.AppendItems(StringBuilder sb) { AppendItems(sb); }")
    w("        private void AppendItems(StringBuilder sb)")
    w("        {")
    for i, f in enumerate(fs):
        if i: w("            sb.Append(\", \");")
        if f == "Rest": w("            ((ITupleInternal)m_Rest).AppendItems(sb);")
        else: w("            TupleHelp.Append(sb, m_%s);" % f)
    w("        }")
    if rest:
        w("        int ITuple.Length { get { return 7 + ((ITuple)m_Rest).Length; } }")
    else:
        w("        int ITuple.Length { get { return %d; } }" % n)
    w("        object ITuple.this[int index]")
    w("        {")
    w("            get")
    w("            {")
    w("                switch (index)")
    w("                {")
    for i, f in enumerate(fs):
        if f != "Rest": w("                    case %d: return m_%s;" % (i, f))
    if rest:
        w("                    default: return ((ITuple)m_Rest)[index - 7];")
    else:
        w("                    default: throw new IndexOutOfRangeException();")
    w("                }")
    w("            }")
    w("        }")
    w("    }")
    w("")

def gen_valuetuple(n):
    rest = n == 8
    tp = tparams(n, rest)
    fs = fields_of(n, rest)
    name = "ValueTuple<%s>" % ", ".join(tp)
    w("    [Serializable]")
    w("    public struct %s : IEquatable<%s>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<%s>, ITupleInternal, ITuple" % (name, name, name))
    if rest: w("        where TRest : struct")
    w("    {")
    for t, f in zip(tp, fs):
        w("        public %s %s;" % (t, f))
    w("        public ValueTuple(%s)" % ", ".join("%s %s" % (t, pname(f)) for t, f in zip(tp, fs)))
    w("        {")
    if rest:
        w("            if (!(rest is ITupleInternal)) throw new ArgumentException(\"The last element of an eight element ValueTuple must be a ValueTuple.\");")
    for f in fs:
        w("            %s = %s;" % (f, pname(f)))
    w("        }")
    w("        public override bool Equals(object obj) { return obj is %s && Equals((%s)obj); }" % (name, name))
    w("        public bool Equals(%s other)" % name)
    w("        {")
    w("            return %s;" % " && ".join("EqualityComparer<%s>.Default.Equals(%s, other.%s)" % (t, f, f) for t, f in zip(tp, fs)))
    w("        }")
    w("        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)")
    w("        {")
    w("            if (!(other is %s)) return false;" % name)
    w("            %s t = (%s)other;" % (name, name))
    w("            return %s;" % " && ".join("comparer.Equals(%s, t.%s)" % (f, f) for f in fs))
    w("        }")
    w("        int IComparable.CompareTo(object other)")
    w("        {")
    w("            if (other == null) return 1;")
    w("            if (!(other is %s)) throw new ArgumentException(\"Argument must be of type \" + GetType().ToString() + \".\", \"other\");" % name)
    w("            return CompareTo((%s)other);" % name)
    w("        }")
    w("        public int CompareTo(%s other)" % name)
    w("        {")
    w("            int c;")
    for t, f in zip(tp[:-1], fs[:-1]):
        w("            c = Comparer<%s>.Default.Compare(%s, other.%s); if (c != 0) return c;" % (t, f, f))
    w("            return Comparer<%s>.Default.Compare(%s, other.%s);" % (tp[-1], fs[-1], fs[-1]))
    w("        }")
    w("        int IStructuralComparable.CompareTo(object other, IComparer comparer)")
    w("        {")
    w("            if (other == null) return 1;")
    w("            if (!(other is %s)) throw new ArgumentException(\"Argument must be of type \" + GetType().ToString() + \".\", \"other\");" % name)
    w("            %s t = (%s)other;" % (name, name))
    w("            int c;")
    for f in fs[:-1]:
        w("            c = comparer.Compare(%s, t.%s); if (c != 0) return c;" % (f, f))
    w("            return comparer.Compare(%s, t.%s);" % (fs[-1], fs[-1]))
    w("        }")
    w("        public override int GetHashCode()")
    w("        {")
    w("            return %s;" % combine(["TupleHelp.Hash(%s)" % f for f in fs]))
    w("        }")
    w("        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)")
    w("        {")
    w("            return %s;" % combine(["TupleHelp.Hash(comparer, %s)" % f for f in fs]))
    w("        }")
    w("        int ITupleInternal.GetHashCode(IEqualityComparer comparer) { return ((IStructuralEquatable)this).GetHashCode(comparer); }")
    w("        public override string ToString()")
    w("        {")
    w("            StringBuilder sb = new StringBuilder(\"(\");")
    w("            AppendItems(sb);")
    w("            return sb.Append(')').ToString();")
    w("        }")
    w("        void ITupleInternal.AppendItems(StringBuilder sb) { AppendItems(sb); }")
    w("        private void AppendItems(StringBuilder sb)")
    w("        {")
    for i, f in enumerate(fs):
        if i: w("            sb.Append(\", \");")
        if f == "Rest":
            w("            object r = Rest;")
            w("            if (r is ITupleInternal) ((ITupleInternal)r).AppendItems(sb); else sb.Append(r.ToString());")
        else: w("            TupleHelp.Append(sb, %s);" % f)
    w("        }")
    if rest:
        w("        int ITuple.Length { get { object r = Rest; return r is ITuple ? 7 + ((ITuple)r).Length : 8; } }")
    else:
        w("        int ITuple.Length { get { return %d; } }" % n)
    w("        object ITuple.this[int index]")
    w("        {")
    w("            get")
    w("            {")
    w("                switch (index)")
    w("                {")
    for i, f in enumerate(fs):
        if f != "Rest": w("                    case %d: return %s;" % (i, f))
    if rest:
        w("                }")
        w("                object r = Rest;")
        w("                if (r is ITuple) return ((ITuple)r)[index - 7];")
        w("                if (index == 7) return r;")
        w("                throw new IndexOutOfRangeException();")
    else:
        w("                    default: throw new IndexOutOfRangeException();")
        w("                }")
    w("            }")
    w("        }")
    w("    }")
    w("")

# Types of a flattened tuple of n items (n up to 21), nested through TRest.
def nested_type(kind, names):
    if len(names) <= 7:
        return "%s<%s>" % (kind, ", ".join(names))
    return "%s<%s, %s>" % (kind, ", ".join(names[:7]), nested_type(kind, names[7:]))

def access(n, i, prop):
    # expression reaching item i (1-based) of a flattened tuple named `value`
    path = "value"
    while i > 7:
        path += "." + prop
        i -= 7
    return "%s.Item%d" % (path, i)

def construct(kind, names, exprs):
    if len(names) <= 7:
        return "new %s(%s)" % (nested_type(kind, names), ", ".join(exprs))
    return "new %s(%s, %s)" % (nested_type(kind, names), ", ".join(exprs[:7]), construct(kind, names[7:], exprs[7:]))

def header():
    w("using System.Collections;")
    w("using System.Collections.Generic;")
    w("using System.Runtime.CompilerServices;")
    w("using System.Text;")
    w("")
    w("namespace System")
    w("{")

def flush(fname, what):
    with open(fname, "w") as f:
        f.write("// <auto-generated> by Tuple.py: %s.\n" % what)
        f.write("\n".join(out) + "\n")
    del out[:]
    header()

header()
w("""    internal static class TupleHelp
    {
        internal static int Combine(int h1, int h2) { return ((h1 << 5) + h1) ^ h2; }
        internal static int Hash<T>(T v) { return v == null ? 0 : v.GetHashCode(); }
        internal static int Hash<T>(IEqualityComparer comparer, T v) { return v == null ? 0 : comparer.GetHashCode(v); }
        internal static void Append<T>(StringBuilder sb, T v) { if (v != null) sb.Append(v.ToString()); }
    }

    // What every Tuple and ValueTuple offers its enclosing 8-item tuple.
    internal interface ITupleInternal : ITuple
    {
        void AppendItems(StringBuilder sb);
        int GetHashCode(IEqualityComparer comparer);
    }

    public static class Tuple
    {""")
for n in range(1, 9):
    names = ["T%d" % i for i in range(1, n + 1)]
    g = ", ".join(names)
    args = ", ".join("T%d item%d" % (i, i) for i in range(1, n + 1))
    ret = nested_type("Tuple", names)
    w("        public static %s Create<%s>(%s) { return %s; }" % (ret, g, args, construct("Tuple", names, ["item%d" % i for i in range(1, n + 1)])))
w("    }")
w("")
for n in range(1, 9): gen_tuple(n)

w("}")
flush("Tuple.cs", "System.Tuple and the tuple helpers")
w("""    [Serializable]
    public struct ValueTuple : IEquatable<ValueTuple>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple>, ITupleInternal, ITuple
    {
        public override bool Equals(object obj) { return obj is ValueTuple; }
        public bool Equals(ValueTuple other) { return true; }
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer) { return other is ValueTuple; }
        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            return 0;
        }
        public int CompareTo(ValueTuple other) { return 0; }
        int IStructuralComparable.CompareTo(object other, IComparer comparer) { return ((IComparable)this).CompareTo(other); }
        public override int GetHashCode() { return 0; }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer) { return 0; }
        int ITupleInternal.GetHashCode(IEqualityComparer comparer) { return 0; }
        public override string ToString() { return "()"; }
        void ITupleInternal.AppendItems(StringBuilder sb) { }
        int ITuple.Length { get { return 0; } }
        object ITuple.this[int index] { get { throw new IndexOutOfRangeException(); } }
        public static ValueTuple Create() { return new ValueTuple(); }""")
for n in range(1, 9):
    names = ["T%d" % i for i in range(1, n + 1)]
    g = ", ".join(names)
    args = ", ".join("T%d item%d" % (i, i) for i in range(1, n + 1))
    ret = nested_type("ValueTuple", names)
    w("        public static %s Create<%s>(%s) { return %s; }" % (ret, g, args, construct("ValueTuple", names, ["item%d" % i for i in range(1, n + 1)])))
w("    }")
w("")
for n in range(1, 9): gen_valuetuple(n)

w("}")
flush("ValueTuple.cs", "System.ValueTuple")
# TupleExtensions: Deconstruct, ToValueTuple, ToTuple for 1..21 items.
w("    public static class TupleExtensions")
w("    {")
for n in range(1, 22):
    names = ["T%d" % i for i in range(1, n + 1)]
    g = ", ".join(names)
    tt = nested_type("Tuple", names)
    vt = nested_type("ValueTuple", names)
    outs = ", ".join("out T%d item%d" % (i, i) for i in range(1, n + 1))
    w("        public static void Deconstruct<%s>(this %s value, %s)" % (g, tt, outs))
    w("        {")
    for i in range(1, n + 1):
        w("            item%d = %s;" % (i, access(n, i, "Rest")))
    w("        }")
for n in range(1, 22):
    names = ["T%d" % i for i in range(1, n + 1)]
    g = ", ".join(names)
    tt = nested_type("Tuple", names)
    vt = nested_type("ValueTuple", names)
    w("        public static %s ToValueTuple<%s>(this %s value) { return %s; }" % (vt, g, tt, construct("ValueTuple", names, [access(n, i, "Rest") for i in range(1, n + 1)])))
    w("        public static %s ToTuple<%s>(this %s value) { return %s; }" % (tt, g, vt, construct("Tuple", names, [access(n, i, "Rest") for i in range(1, n + 1)])))
w("    }")
w("}")
flush("TupleExtensions.cs", "System.TupleExtensions")
