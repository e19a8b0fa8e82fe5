// Regex pattern parser: turns a pattern into a linked node graph (each node
// points at its continuation) that RegexMatcher walks with backtracking.
using System.Collections.Generic;

namespace System.Text.RegularExpressions
{
    internal sealed class RxNode
    {
        // Kinds. Straight-line nodes (CHAR..CLOSE) are walked in a loop by the
        // matcher; only branch points recurse, keeping the native depth small.
        internal const int CHAR = 0, SET = 1, ANY = 2, EMPTY = 3, BOL = 4, EOL = 5, BEG = 6, END = 7, ENDZ = 8,
            WB = 9, NWB = 10, START = 11, OPEN = 12, CLOSE = 13, ALT = 14, REPONE = 15, REP = 16, LOOPBACK = 17,
            BREF = 18, LOOK = 19, ACCEPT = 20, COND = 21;
        internal int Kind, Min, Max, Slot, Slot2;
        internal char Ch;
        internal bool Icase, Lazy, Neg, Behind, Atomic;
        internal RxSet Set;
        internal RxNode Next, Body, Loop;
        internal RxNode[] Alts;
        internal RxGroup Grp;
        internal string RefName;
        internal int RefNum, RefPos;
        internal RxNode(int kind) { Kind = kind; }
    }

    internal sealed class RxGroup
    {
        internal string Name; internal int Num, OpenSlot, TopSlot; internal bool Named;
    }

    // A character class as a flat list of (type, a, b) items: 0 range a..b,
    // 1 Unicode category mask a, 2 \d, 3 \w, 4 \s; b != 0 negates types 1-4.
    internal sealed class RxSet
    {
        internal bool Neg; internal int[] Items; internal RxSet Sub;
        internal bool Has(char c, bool ic)
        {
            bool r = In(c) || (ic && (In(char.ToLowerInvariant(c)) || In(char.ToUpperInvariant(c))));
            return r != Neg;
        }
        bool In(char c)
        {
            bool r = false;
            for (int k = 0; k < Items.Length && !r; k += 3)
            {
                int t = Items[k], a = Items[k + 1], b = Items[k + 2];
                if (t == 0) r = c >= a && c <= b;
                else
                {
                    bool x;
                    if (t == 1) x = ((a >> (int)char.GetUnicodeCategory(c)) & 1) != 0;
                    else if (t == 2) x = char.IsDigit(c);
                    else if (t == 3) x = IsWord(c);
                    else x = char.IsWhiteSpace(c);
                    r = x != (b != 0);
                }
            }
            return r && (Sub == null || !Sub.Has(c, false));
        }
        internal static bool IsWord(char c)
        {
            if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            int u = (int)char.GetUnicodeCategory(c);
            return u <= 5 || u == 8 || u == 18 || u == 6;  // letters, Mn, Nd, Pc, Mc
        }
    }

    internal sealed class RxProg
    {
        internal RxNode First;
        internal RxGroup[] Groups;   // index = group number; [0] is the whole match
        internal int Slots;
    }

    internal sealed class RegexParser
    {
        string p; int i; RegexOptions opt; int slots;
        List<RxGroup> unnamed = new List<RxGroup>(), named = new List<RxGroup>();
        List<RxNode> refs = new List<RxNode>();
        const string Cats = "LuLlLtLmLoMnMcMeNdNlNoZsZlZpCcCfCsCoPcPdPsPePiPfPoSmScSkSoCn";

        struct Frag { public RxNode F, L; public Frag(RxNode f, RxNode l) { F = f; L = l; } }

        internal static RxProg Parse(string pattern, RegexOptions options)
        {
            var ps = new RegexParser { p = pattern, opt = options };
            Frag f = ps.ParseAlt();
            if (ps.i < pattern.Length) throw ps.Err("Too many )'s.");
            var acc = new RxNode(RxNode.ACCEPT);
            f.L.Next = acc;
            var prog = new RxProg { First = f.F };
            var gs = new List<RxGroup>();
            gs.Add(new RxGroup { Name = "0", TopSlot = -1 });
            foreach (var g in ps.unnamed) { g.Num = gs.Count; g.Name = g.Num.ToString(); gs.Add(g); }
            foreach (var g in ps.named) { g.Num = gs.Count; gs.Add(g); }
            prog.Groups = gs.ToArray();
            foreach (var r in ps.refs)
            {
                RxGroup hit = null;
                foreach (var g in gs) if (r.RefName != null ? g.Name == r.RefName : g.Num == r.RefNum) hit = g;
                if ((hit == null || hit.Num == 0) && r.Kind == RxNode.COND && r.Body != null) continue;
                if (hit == null || hit.Num == 0)
                {
                    ps.i = r.RefPos;
                    throw ps.Err(r.RefName != null ? "Reference to undefined group name '" + r.RefName + "'." : "Reference to undefined group number " + r.RefNum + ".");
                }
                r.Grp = hit;
            }
            prog.Slots = ps.slots;
            return prog;
        }

        internal static string Unescape(string str)
        {
            var ps = new RegexParser { p = str };
            var sb = new StringBuilder();
            while (ps.i < str.Length)
            {
                char c = str[ps.i++];
                if (c != '\\') { sb.Append(c); continue; }
                if (!ps.More) throw ps.Err("Illegal \\ at end of pattern.");
                sb.Append(ps.EscChar());
            }
            return sb.ToString();
        }

        RegexParseException Err(string msg)
        {
            return new RegexParseException(i, "Invalid pattern '" + p + "' at offset " + i + ". " + msg);
        }

        bool Has(RegexOptions o) { return (opt & o) != 0; }
        bool More { get { return i < p.Length; } }

        void SkipWs()
        {
            if (!Has(RegexOptions.IgnorePatternWhitespace)) return;
            while (i < p.Length)
            {
                char c = p[i];
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') i++;
                else if (c == '#') { while (i < p.Length && p[i] != '\n') i++; }
                else break;
            }
        }

        Frag ParseAlt()
        {
            RegexOptions saved = opt;
            var branches = new List<Frag>();
            branches.Add(ParseSeq());
            while (More && p[i] == '|') { i++; branches.Add(ParseSeq()); }
            opt = saved;
            if (branches.Count == 1) return branches[0];
            // single-character alternatives become one class, so (a|b)* loops without recursion
            var its = new List<int>(); bool ic = false;
            for (int k = 0; k < branches.Count && its != null; k++)
            {
                RxNode n = branches[k].F;
                if (n != branches[k].L || (k > 0 && n.Icase != ic)) its = null;
                else if (n.Kind == RxNode.CHAR) { its.Add(0); its.Add(n.Ch); its.Add(n.Ch); }
                else if (n.Kind == RxNode.SET && !n.Set.Neg && n.Set.Sub == null) its.AddRange(n.Set.Items);
                else its = null;
                ic = n.Icase;
            }
            if (its != null) return One(new RxNode(RxNode.SET) { Set = new RxSet { Items = its.ToArray() }, Icase = ic });
            var alt = new RxNode(RxNode.ALT); var join = new RxNode(RxNode.EMPTY);
            alt.Alts = new RxNode[branches.Count]; alt.Loop = join;
            for (int k = 0; k < branches.Count; k++) { alt.Alts[k] = branches[k].F; branches[k].L.Next = join; }
            return new Frag(alt, join);
        }

        Frag ParseSeq()
        {
            RxNode first = null, last = null;
            for (;;)
            {
                SkipWs();
                if (!More || p[i] == '|' || p[i] == ')') break;
                char c = p[i];
                if (c == '*' || c == '+' || c == '?' || (c == '{' && IsQuant()))
                    throw Err("Quantifier '" + c + "' following nothing.");
                Frag? a = ParseAtom();
                if (a == null) continue;
                Frag at = ParseQuant(a.Value);
                if (first == null) first = at.F; else last.Next = at.F;
                last = at.L;
            }
            if (first == null) { first = last = new RxNode(RxNode.EMPTY); }
            return new Frag(first, last);
        }

        bool IsQuant()
        {
            int j = i + 1, d = 0;
            while (j < p.Length && char.IsDigit(p[j])) { j++; d++; }
            if (d == 0) return false;
            if (j < p.Length && p[j] == '}') return true;
            if (j >= p.Length || p[j] != ',') return false;
            j++;
            while (j < p.Length && char.IsDigit(p[j])) j++;
            return j < p.Length && p[j] == '}';
        }

        int Num()
        {
            int v = 0;
            while (More && p[i] >= '0' && p[i] <= '9') { v = v * 10 + (p[i] - '0'); i++; if (v > 100000000) throw Err("Capture group numbers must be less than or equal to Int32.MaxValue."); }
            return v;
        }

        Frag ParseQuant(Frag a)
        {
            SkipWs();
            if (!More) return a;
            char c = p[i]; int min, max;
            if (c == '*') { min = 0; max = int.MaxValue; i++; }
            else if (c == '+') { min = 1; max = int.MaxValue; i++; }
            else if (c == '?') { min = 0; max = 1; i++; }
            else if (c == '{' && IsQuant())
            {
                i++; min = Num(); max = min;
                if (p[i] == ',') { i++; max = More && p[i] != '}' ? Num() : int.MaxValue; }
                i++;
                if (max < min) throw Err("Illegal {x,y} with x > y.");
            }
            else return a;
            bool lazy = false;
            if (More && p[i] == '?') { lazy = true; i++; }
            SkipWs();
            if (More && (p[i] == '*' || p[i] == '+' || p[i] == '?' || (p[i] == '{' && IsQuant())))
                throw Err("Nested quantifier '" + p[i] + "'.");
            RxNode r;
            int k = a.F.Kind;
            if (a.F == a.L && (k == RxNode.CHAR || k == RxNode.SET || k == RxNode.ANY))
            {
                r = new RxNode(RxNode.REPONE) { Body = a.F };
            }
            else
            {
                r = new RxNode(RxNode.REP) { Body = a.F, Slot = slots++, Slot2 = slots++ };
                // Neg marks a body without branch points (matched iteratively)
                r.Neg = true;
                for (RxNode n = a.F; ; n = n.Next)
                {
                    if (n.Kind == RxNode.ALT || n.Kind == RxNode.REPONE || n.Kind == RxNode.REP || n.Kind == RxNode.COND) { r.Neg = false; break; }
                    if (n == a.L) break;
                }
                a.L.Next = new RxNode(RxNode.LOOPBACK) { Loop = r };
            }
            r.Min = min; r.Max = max; r.Lazy = lazy;
            return new Frag(r, r);
        }

        static Frag One(RxNode n) { return new Frag(n, n); }

        RxNode Lit(char c)
        {
            bool ic = Has(RegexOptions.IgnoreCase);
            return new RxNode(RxNode.CHAR) { Ch = ic ? char.ToLowerInvariant(c) : c, Icase = ic };
        }

        Frag? ParseAtom()
        {
            char c = p[i++];
            switch (c)
            {
                case '.':
                    if (Has(RegexOptions.Singleline)) return One(new RxNode(RxNode.SET) { Set = new RxSet { Neg = true, Items = new int[0] } });
                    return One(new RxNode(RxNode.ANY));
                case '^': return One(new RxNode(Has(RegexOptions.Multiline) ? RxNode.BOL : RxNode.BEG));
                case '$': return One(new RxNode(Has(RegexOptions.Multiline) ? RxNode.EOL : RxNode.ENDZ));
                case '[': return One(new RxNode(RxNode.SET) { Set = ParseSet(), Icase = Has(RegexOptions.IgnoreCase) });
                case '(': return ParseGroup();
                case '\\': return ParseEscape();
                default: return One(Lit(c));
            }
        }

        Frag? ParseGroup()
        {
            RxGroup g = null;
            RegexOptions saved = opt;
            if (More && p[i] == '?')
            {
                i++;
                if (!More) throw Err("Unrecognized grouping construct.");
                char c = p[i];
                if (c == ':') { i++; }
                else if (c == '>') { i++; var a = Look(false, false); a.F.Atomic = true; return a; }
                else if (c == '(') { i++; return Cond(); }
                else if (c == '=' || c == '!') { i++; return Look(false, c == '!'); }
                else if (c == '<' && i + 1 < p.Length && (p[i + 1] == '=' || p[i + 1] == '!')) { i += 2; return Look(true, p[i - 1] == '!'); }
                else if (c == '<' || c == '\'')
                {
                    char close = c == '<' ? '>' : '\''; i++;
                    int s = i;
                    while (More && (char.IsLetterOrDigit(p[i]) || p[i] == '_')) i++;
                    if (i == s || !More || p[i] != close) throw Err("Unrecognized grouping construct.");
                    string name = p.Substring(s, i - s); i++;
                    if (char.IsDigit(name[0])) throw Err("Numbered group names are not supported.");
                    foreach (var e in named) if (e.Name == name) g = e;
                    if (g == null) { g = NewGroup(); g.Name = name; g.Named = true; named.Add(g); }
                }
                else if (c == '#')
                {
                    while (More && p[i] != ')') i++;
                    if (!More) throw Err("Unterminated (?#...) comment.");
                    i++; return null;
                }
                else
                {
                    // inline options: (?imsnx-imsnx) or (?imsnx-imsnx:...)
                    bool on = true;
                    for (;;)
                    {
                        if (!More) throw Err("Unrecognized grouping construct.");
                        char o = p[i++];
                        RegexOptions f;
                        if (o == '-') { on = false; continue; }
                        if (o == ')') return null;   // applies to the rest of the enclosing group
                        if (o == ':') break;
                        if (o == 'i') f = RegexOptions.IgnoreCase; else if (o == 'm') f = RegexOptions.Multiline;
                        else if (o == 's') f = RegexOptions.Singleline; else if (o == 'n') f = RegexOptions.ExplicitCapture;
                        else if (o == 'x') f = RegexOptions.IgnorePatternWhitespace;
                        else { i--; throw Err("Unrecognized grouping construct."); }
                        opt = on ? opt | f : opt & ~f;
                    }
                }
            }
            else if (!Has(RegexOptions.ExplicitCapture)) { g = NewGroup(); unnamed.Add(g); }
            Frag body = ParseAlt();
            opt = saved;
            if (!More || p[i] != ')') throw Err("Not enough )'s.");
            i++;
            if (g == null) return body;
            var open = new RxNode(RxNode.OPEN) { Grp = g }; var cl = new RxNode(RxNode.CLOSE) { Grp = g };
            open.Next = body.F; body.L.Next = cl;
            return new Frag(open, cl);
        }

        // (?(group)yes|no) or (?(expression)yes|no); a name that is not a group
        // is tested as a lookahead for the literal text, as .NET does.
        Frag Cond()
        {
            var n = new RxNode(RxNode.COND) { Alts = new RxNode[2] };
            int s = i;
            while (More && (char.IsLetterOrDigit(p[i]) || p[i] == '_')) i++;
            if (i > s && More && p[i] == ')')
            {
                string name = p.Substring(s, i - s);
                bool digits = true; foreach (char ch in name) if (ch < '0' || ch > '9') digits = false;
                n.RefPos = s;
                if (digits) n.RefNum = int.Parse(name);
                else
                {
                    n.RefName = name; i = s;
                    n.Body = Look(false, false).F;   // fallback: the literal name
                    i--;
                }
                i++;
                refs.Add(n);
            }
            else
            {
                i = s;
                bool behind = false, neg = false;
                if (i + 1 < p.Length && p[i] == '?')
                {
                    if (p[i + 1] == '<' && i + 2 < p.Length) { behind = true; i++; }
                    if (p[i + 1] == '=' || p[i + 1] == '!') { neg = p[i + 1] == '!'; i += 2; }
                    else throw Err("Unrecognized grouping construct.");
                }
                n.Body = Look(behind, neg).F;
            }
            RegexOptions saved = opt;
            Frag yes = ParseSeq(), no = new Frag(null, null);
            if (More && p[i] == '|') { i++; no = ParseSeq(); }
            opt = saved;
            if (More && p[i] == '|') throw Err("Too many | in (?()|).");
            if (!More || p[i] != ')') throw Err("Not enough )'s.");
            i++;
            var join = new RxNode(RxNode.EMPTY);
            n.Alts[0] = yes.F; yes.L.Next = join;
            if (no.F != null) { n.Alts[1] = no.F; no.L.Next = join; } else n.Alts[1] = join;
            n.Next = join;
            return new Frag(n, join);
        }

        // Longest text a node chain can match, or -1 if unbounded: lets a
        // lookbehind try its start positions leftmost first, which gives the
        // same captures as .NET's right-to-left matching for greedy bodies.
        static int Width(RxNode n, RxNode stop)
        {
            long w = 0;
            while (n != null && n != stop && n.Kind != RxNode.LOOPBACK)
            {
                long x = 0;
                switch (n.Kind)
                {
                    case RxNode.CHAR: case RxNode.SET: case RxNode.ANY: x = 1; break;
                    case RxNode.BREF: return -1;
                    case RxNode.REPONE: x = n.Max == int.MaxValue ? -1 : n.Max; break;
                    case RxNode.REP: x = Width(n.Body, null); x = x < 0 || n.Max == int.MaxValue ? -1 : x * n.Max; break;
                    case RxNode.ALT: case RxNode.COND:
                        foreach (var b in n.Alts)
                        {
                            long y = Width(b, n.Kind == RxNode.ALT ? n.Loop : n.Next);
                            if (y < 0) return -1;
                            if (y > x) x = y;
                        }
                        n = n.Kind == RxNode.ALT ? n.Loop : n.Next;
                        w += x;
                        continue;
                }
                if (x < 0 || (w += x) > 1000000) return -1;
                n = n.Next;
            }
            return (int)w;
        }

        RxGroup NewGroup() { return new RxGroup { OpenSlot = slots++, TopSlot = slots++ }; }

        Frag Look(bool behind, bool neg)
        {
            RegexOptions saved = opt;
            Frag body = ParseAlt();
            opt = saved;
            if (!More || p[i] != ')') throw Err("Not enough )'s.");
            i++;
            var n = new RxNode(RxNode.LOOK) { Behind = behind, Neg = neg, Body = body.F, Slot = slots++ };
            if (behind) { body.L.Next = null; n.Max = Width(body.F, null); }
            body.L.Next = new RxNode(RxNode.ACCEPT) { Behind = behind, Slot = n.Slot };
            return One(n);
        }

        static RxSet Cls(int t, bool neg) { return new RxSet { Items = new int[] { t, 0, neg ? 1 : 0 } }; }

        Frag ParseEscape()
        {
            if (!More) throw Err("Illegal \\ at end of pattern.");
            char c = p[i++];
            switch (c)
            {
                case 'A': return One(new RxNode(RxNode.BEG));
                case 'z': return One(new RxNode(RxNode.END));
                case 'Z': return One(new RxNode(RxNode.ENDZ));
                case 'b': return One(new RxNode(RxNode.WB));
                case 'B': return One(new RxNode(RxNode.NWB));
                case 'G': return One(new RxNode(RxNode.START));
                case 'k':
                    if (More && (p[i] == '<' || p[i] == '\''))
                    {
                        char close = p[i] == '<' ? '>' : '\''; int s = ++i;
                        while (More && p[i] != close) i++;
                        if (!More) throw Err("Malformed \\k<...> named back reference.");
                        string name = p.Substring(s, i - s); i++;
                        return One(Ref(name, 0, s));
                    }
                    throw Err("Malformed \\k<...> named back reference.");
            }
            if (c >= '1' && c <= '9') { int s = i - 1; i--; int n = Num(); return One(Ref(null, n, s)); }
            i--;
            int cls = EscClass();
            if (cls >= 0)
            {
                var set = new RxSet { Items = items.ToArray() }; items.Clear();
                return One(new RxNode(RxNode.SET) { Set = set, Icase = Has(RegexOptions.IgnoreCase) });
            }
            return One(Lit(EscChar()));
        }

        RxNode Ref(string name, int num, int pos)
        {
            var r = new RxNode(RxNode.BREF) { RefName = name, RefNum = num, RefPos = pos, Icase = Has(RegexOptions.IgnoreCase) };
            refs.Add(r);
            return r;
        }

        List<int> items = new List<int>();

        // At p[i] after a backslash: if it is a class escape (\d \w \s \p{..}
        // and negations) append it to items, advance and return 1; else -1.
        int EscClass()
        {
            char c = p[i];
            int t = -1;
            if (c == 'd' || c == 'D') t = 2; else if (c == 'w' || c == 'W') t = 3; else if (c == 's' || c == 'S') t = 4;
            if (t > 0) { i++; items.Add(t); items.Add(0); items.Add(char.IsUpper(c) ? 1 : 0); return 1; }
            if (c != 'p' && c != 'P') return -1;
            i++;
            if (!More || p[i] != '{') throw Err("Incomplete \\p{X} character escape.");
            int s = ++i;
            while (More && p[i] != '}') i++;
            if (!More) throw Err("Incomplete \\p{X} character escape.");
            string name = p.Substring(s, i - s); i++;
            int mask = 0;
            for (int k = 0; k < Cats.Length; k += 2)
                if ((name.Length == 1 && Cats[k] == name[0]) || (name.Length == 2 && Cats[k] == name[0] && Cats[k + 1] == name[1])) mask |= 1 << (k / 2);
            if (mask == 0) throw Err("Unknown property '" + name + "'.");
            items.Add(1); items.Add(mask); items.Add(c == 'P' ? 1 : 0);
            return 1;
        }

        // At p[i] after a backslash: a single-character escape.
        char EscChar()
        {
            char c = p[i++];
            switch (c)
            {
                case 't': return '\t';
                case 'n': return '\n';
                case 'r': return '\r';
                case 'f': return '\f';
                case 'v': return '\v';
                case 'a': return '\a';
                case 'e': return '\u001b';
                case '0': { int v = 0, k = 0; while (k < 2 && More && p[i] >= '0' && p[i] <= '7') { v = v * 8 + p[i++] - '0'; k++; } return (char)v; }
                case 'x': return (char)Hex(2);
                case 'u': return (char)Hex(4);
                case 'c':
                    if (!More) throw Err("Missing control character.");
                    char k2 = char.ToUpperInvariant(p[i++]);
                    if (k2 < '@' || k2 > '_') throw Err("Unrecognized control character.");
                    return (char)(k2 - '@');
            }
            if (char.IsLetterOrDigit(c) || c == '_') { i--; throw Err("Unrecognized escape sequence \\" + c + "."); }
            return c;
        }

        int Hex(int n)
        {
            int v = 0;
            for (int k = 0; k < n; k++)
            {
                if (!More) throw Err("Insufficient hex digits.");
                char h = p[i++]; int d;
                if (h >= '0' && h <= '9') d = h - '0'; else if (h >= 'a' && h <= 'f') d = h - 'a' + 10;
                else if (h >= 'A' && h <= 'F') d = h - 'A' + 10; else throw Err("Insufficient hex digits.");
                v = v * 16 + d;
            }
            return v;
        }

        RxSet ParseSet()
        {
            var set = new RxSet();
            var mine = new List<int>();
            if (More && p[i] == '^') { set.Neg = true; i++; }
            bool first = true;
            for (;;)
            {
                if (!More) throw Err("Unterminated [] set.");
                char c = p[i];
                if (c == ']' && !first) { i++; break; }
                first = false;
                if (c == '-' && i + 1 < p.Length && p[i + 1] == '[' && mine.Count > 0)
                {
                    i += 2; set.Sub = ParseSet();
                    if (!More || p[i] != ']') throw Err("A subtraction must be the last element in a character class.");
                    i++; break;
                }
                char lo;
                i++;
                if (c == '\\')
                {
                    if (!More) throw Err("Illegal \\ at end of pattern.");
                    if (EscClass() >= 0) { mine.AddRange(items); items.Clear(); continue; }
                    if (p[i] == 'b') { i++; lo = '\b'; } else lo = EscChar();
                }
                else lo = c;
                char hi = lo;
                if (i + 1 < p.Length && p[i] == '-' && p[i + 1] != ']' && p[i + 1] != '[')
                {
                    i++;
                    char d = p[i++];
                    if (d == '\\')
                    {
                        if (!More) throw Err("Illegal \\ at end of pattern.");
                        if (p[i] == 'b') { i++; hi = '\b'; } else hi = EscChar();
                    }
                    else hi = d;
                    if (hi < lo) throw Err("[x-y] range in reverse order.");
                }
                mine.Add(0); mine.Add(lo); mine.Add(hi);
            }
            set.Items = mine.ToArray();
            return set;
        }
    }
}
