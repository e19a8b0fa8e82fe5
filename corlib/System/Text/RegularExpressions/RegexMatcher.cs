// Backtracking matcher over RegexParser's node graph. Every state change
// (group starts, captures, loop counters) goes through an undo log, so a
// failed branch is undone by rolling the log back to the branch's mark.
// Straight-line nodes are walked iteratively and single-character loops
// count their matches in place, so recursion grows only with branch points.
namespace System.Text.RegularExpressions
{
    internal sealed class RegexMatcher
    {
        RxProg prog; string s; int beg, len, startAt, endPos;
        int[] st, log = new int[64]; int logN;
        internal int[] capG = new int[16], capS = new int[16], capE = new int[16]; internal int capN;

        Regex owner; long deadline; int steps;

        internal RegexMatcher(Regex owner, RxProg prog)
        {
            this.owner = owner; this.prog = prog; st = new int[prog.Slots];
            long ms = (long)owner.MatchTimeout.TotalMilliseconds;
            deadline = ms < 0 ? long.MaxValue : System.Diagnostics.Stopwatch.GetTimestamp() + ms * (System.Diagnostics.Stopwatch.Frequency / 1000);
        }

        // Backtracking can be exponential; a finite MatchTimeout is checked
        // every few thousand steps.
        void Tick()
        {
            if (++steps < 4096) return;
            steps = 0;
            if (deadline != long.MaxValue && System.Diagnostics.Stopwatch.GetTimestamp() > deadline)
                throw new RegexMatchTimeoutException(s, owner.ToString(), owner.MatchTimeout);
        }

        // Finds the first match at or after start; returns its [begin, end) or false.
        internal bool Scan(string input, int lo, int hi, int start, out int mBegin, out int mEnd)
        {
            s = input; beg = lo; len = hi; startAt = start;
            RxNode f = prog.First;
            while (f.Kind == RxNode.EMPTY) f = f.Next;
            for (int b = start; b <= len; b++)
            {
                if (f.Kind == RxNode.CHAR && !f.Icase)
                {
                    b = s.IndexOf(f.Ch, b, len - b);
                    if (b < 0) break;
                }
                Tick();
                for (int k = 0; k < st.Length; k++) st[k] = -1;
                logN = 0; capN = 0;
                if (Match(prog.First, b)) { mBegin = b; mEnd = endPos; return true; }
                if (f.Kind == RxNode.BEG) break;
            }
            mBegin = mEnd = 0;
            return false;
        }

        void Set(int slot, int v)
        {
            if (logN + 2 > log.Length) Array.Resize(ref log, log.Length * 2);
            log[logN++] = slot; log[logN++] = st[slot];
            st[slot] = v;
        }

        void Rollback(int mark)
        {
            while (logN > mark)
            {
                int old = log[--logN], slot = log[--logN];
                if (slot < 0) capN--; else st[slot] = old;
            }
        }

        void PushCap(RxGroup g, int b, int e)
        {
            if (capN == capG.Length)
            {
                Array.Resize(ref capG, capN * 2); Array.Resize(ref capS, capN * 2); Array.Resize(ref capE, capN * 2);
            }
            capG[capN] = g.Num; capS[capN] = b; capE[capN] = e; capN++;
            if (logN + 2 > log.Length) Array.Resize(ref log, log.Length * 2);
            log[logN++] = -1; log[logN++] = 0;
            Set(g.TopSlot, capN - 1);
        }

        bool One(RxNode n, char c)
        {
            switch (n.Kind)
            {
                case RxNode.CHAR: return n.Icase ? char.ToLowerInvariant(c) == n.Ch : c == n.Ch;
                case RxNode.ANY: return c != '\n';
                default: return n.Set.Has(c, n.Icase);
            }
        }

        bool IsWordAt(int k) { return k >= beg && k < len && RxSet.IsWord(s[k]); }

        // Nodes that never resume the continuation themselves (no backtracking
        // into them): advances i, or returns false.
        bool Simple(RxNode n, ref int i)
        {
            switch (n.Kind)
            {
                case RxNode.CHAR: case RxNode.ANY: case RxNode.SET:
                    if (i >= len || !One(n, s[i])) return false;
                    i++; return true;
                case RxNode.BOL: return i == beg || s[i - 1] == '\n';
                case RxNode.EOL: return i == len || s[i] == '\n';
                case RxNode.BEG: return i == beg;
                case RxNode.END: return i == len;
                case RxNode.ENDZ: return i == len || (i == len - 1 && s[i] == '\n');
                case RxNode.WB: return IsWordAt(i - 1) != IsWordAt(i);
                case RxNode.NWB: return IsWordAt(i - 1) == IsWordAt(i);
                case RxNode.START: return i == startAt;
                case RxNode.OPEN: Set(n.Grp.OpenSlot, i); return true;
                case RxNode.CLOSE: PushCap(n.Grp, st[n.Grp.OpenSlot], i); return true;
                case RxNode.BREF:
                {
                    int top = st[n.Grp.TopSlot];
                    if (top < 0) return false;
                    int b = capS[top], l = capE[top] - b;
                    if (i + l > len) return false;
                    for (int k = 0; k < l; k++)
                    {
                        char x = s[b + k], y = s[i + k];
                        if (x != y && !(n.Icase && char.ToLowerInvariant(x) == char.ToLowerInvariant(y))) return false;
                    }
                    i += l; return true;
                }
                case RxNode.LOOK:
                {
                    // lookarounds are atomic: once decided, never re-entered
                    int mark = logN, save = endPos; bool ok = false;
                    if (n.Atomic)
                    {
                        ok = Match(n.Body, i);
                        if (ok) i = endPos;
                        endPos = save;
                        if (!ok) Rollback(mark);
                        return ok;
                    }
                    if (!n.Behind) ok = Match(n.Body, i);
                    else
                    {
                        Set(n.Slot, i);
                        int j = i, step = -1;
                        if (n.Max >= 0) { j = Math.Max(beg, i - n.Max); step = 1; }
                        for (; j >= beg && j <= i && !ok; j += step)
                        {
                            int m2 = logN;
                            ok = Match(n.Body, j);
                            if (!ok) Rollback(m2);
                        }
                    }
                    endPos = save;
                    if (n.Neg) { Rollback(mark); return !ok; }
                    if (!ok) Rollback(mark);
                    return ok;
                }
                default: return true;   // EMPTY
            }
        }

        bool Match(RxNode n, int i)
        {
            Tick();
            for (;;)
            {
                switch (n.Kind)
                {
                    case RxNode.ACCEPT:
                        if (n.Behind && i != st[n.Slot]) return false;
                        endPos = i; return true;
                    case RxNode.ALT:
                    {
                        int mark = logN;
                        foreach (var b in n.Alts) { if (Match(b, i)) return true; Rollback(mark); }
                        return false;
                    }
                    case RxNode.REPONE: return RepOne(n, i);
                    case RxNode.REP:
                        if (n.Neg) return StraightRep(n, i);
                        Set(n.Slot, 0); Set(n.Slot2, -1);
                        return Iter(n, i);
                    case RxNode.LOOPBACK: return Iter(n.Loop, i);
                    case RxNode.COND:
                    {
                        bool yes;
                        if (n.Grp != null) yes = st[n.Grp.TopSlot] >= 0;
                        else { int j = i; yes = Simple(n.Body, ref j); }
                        n = n.Alts[yes ? 0 : 1];
                        continue;
                    }
                    default:
                        if (!Simple(n, ref i)) return false;
                        break;
                }
                n = n.Next;
            }
        }

        bool Straight(RxNode n, ref int i)
        {
            for (; n.Kind != RxNode.LOOPBACK; n = n.Next) if (!Simple(n, ref i)) return false;
            return true;
        }

        // A loop whose body has no branch points: each iteration either fails
        // or ends at one position, so iterations run in a loop (recording the
        // position and undo mark after each) instead of nesting recursion.
        bool StraightRep(RxNode r, int i)
        {
            int[] pos = new int[8], mk = new int[8];
            int k = 0;
            pos[0] = i; mk[0] = logN;
            if (!r.Lazy)
            {
                while (k < r.Max)
                {
                    int j = pos[k];
                    if (!Straight(r.Body, ref j)) { Rollback(mk[k]); break; }
                    if (++k == pos.Length) { Array.Resize(ref pos, k * 2); Array.Resize(ref mk, k * 2); }
                    pos[k] = j; mk[k] = logN;
                    if (j == pos[k - 1] && k > r.Min) break;   // an empty iteration ends the loop
                }
                for (; k >= r.Min; k--)
                {
                    Rollback(mk[k]);
                    if (Match(r.Next, pos[k])) return true;
                }
                return false;
            }
            int p = i;
            for (;;)
            {
                if (k >= r.Min)
                {
                    int m = logN;
                    if (Match(r.Next, p)) return true;
                    Rollback(m);
                    if (k >= r.Max) return false;
                }
                int j = p;
                if (!Straight(r.Body, ref j)) return false;
                if (j == p && k >= r.Min) return false;
                k++; p = j;
            }
        }

        bool RepOne(RxNode n, int i)
        {
            RxNode body = n.Body, next = n.Next;
            int c = 0, lim = n.Max;
            if (!n.Lazy)
            {
                while (c < lim && i + c < len && One(body, s[i + c])) c++;
                if (c < n.Min) return false;
                // a literal continuation lets us skip counts that cannot work
                bool lit = next.Kind == RxNode.CHAR && !next.Icase;
                int mark = logN;
                for (; c >= n.Min; c--)
                {
                    if (lit && (i + c >= len || s[i + c] != next.Ch)) continue;
                    if (Match(next, i + c)) return true;
                    Rollback(mark);
                }
                return false;
            }
            while (c < n.Min) { if (i + c >= len || !One(body, s[i + c])) return false; c++; }
            int mk = logN;
            for (;;)
            {
                if (Match(next, i + c)) return true;
                Rollback(mk);
                if (c >= lim || i + c >= len || !One(body, s[i + c])) return false;
                c++;
            }
        }

        bool Iter(RxNode r, int i)
        {
            int c = st[r.Slot];
            if (c < r.Min) { Set(r.Slot, c + 1); Set(r.Slot2, i); return Match(r.Body, i); }
            bool more = c < r.Max && i != st[r.Slot2];
            int mark = logN;
            if (!r.Lazy)
            {
                if (more)
                {
                    Set(r.Slot, c + 1); Set(r.Slot2, i);
                    if (Match(r.Body, i)) return true;
                    Rollback(mark);
                }
                return Match(r.Next, i);
            }
            if (Match(r.Next, i)) return true;
            Rollback(mark);
            if (!more) return false;
            Set(r.Slot, c + 1); Set(r.Slot2, i);
            return Match(r.Body, i);
        }
    }
}
