// Public System.Text.RegularExpressions API over RegexParser/RegexMatcher.
using System.Collections;
using System.Collections.Generic;

namespace System.Text.RegularExpressions
{
    [Flags]
    public enum RegexOptions
    {
        None = 0, IgnoreCase = 1, Multiline = 2, ExplicitCapture = 4, Compiled = 8, Singleline = 16,
        IgnorePatternWhitespace = 32, RightToLeft = 64, ECMAScript = 256, CultureInvariant = 512
    }

    public delegate string MatchEvaluator(Match match);

    [Serializable]
    public class RegexMatchTimeoutException : TimeoutException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected RegexMatchTimeoutException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        string input = "", pattern = ""; TimeSpan timeout = TimeSpan.FromTicks(-1);
        public RegexMatchTimeoutException() : base("The RegEx engine has timed out while trying to match a pattern to an input string. This can occur for many reasons, including very large inputs or excessive backtracking caused by nested quantifiers, back-references and other factors.") { }
        public RegexMatchTimeoutException(string message) : base(message) { }
        public RegexMatchTimeoutException(string message, Exception inner) : base(message, inner) { }
        public RegexMatchTimeoutException(string regexInput, string regexPattern, TimeSpan matchTimeout) : this() { input = regexInput; pattern = regexPattern; timeout = matchTimeout; }
        public string Input { get { return input; } }
        public string Pattern { get { return pattern; } }
        public TimeSpan MatchTimeout { get { return timeout; } }
    }

    public partial class Regex
    {
        public static readonly TimeSpan InfiniteMatchTimeout = TimeSpan.FromMilliseconds(-1);
        protected internal string pattern;
        protected internal RegexOptions roptions;
        // The protected surface the regex source generator's classes set (as in
        // System.Text.Json's [GeneratedRegex]s): Cilantro runs every regex with its
        // own engine (RegexParser/RegexMatcher), from `pattern` and `roptions`,
        // parsed at first use when a derived class set them; the generated
        // runner factory is kept but not called.
        protected internal RegexRunnerFactory? factory;
        protected internal int capsize;
        protected internal System.Collections.Hashtable? caps;
        protected internal System.Collections.Hashtable? capnames;
        protected internal string[]? capslist;
        protected internal TimeSpan internalMatchTimeout = InfiniteMatchTimeout;
        RxProg _prog;
        internal RxProg prog
        {
            get
            {
                if (_prog == null)
                {
                    if (pattern == null) throw new InvalidOperationException("The Regex has no pattern.");
                    _prog = RegexParser.Parse(pattern, roptions);
                }
                return _prog;
            }
            set { _prog = value; }
        }
        TimeSpan timeout { get { return internalMatchTimeout; } set { internalMatchTimeout = value; } }

        protected Regex() { }

        protected internal static void ValidateMatchTimeout(TimeSpan matchTimeout)
        {
            if (matchTimeout != InfiniteMatchTimeout && (matchTimeout <= TimeSpan.Zero || matchTimeout.TotalMilliseconds > int.MaxValue - 1))
                throw new ArgumentOutOfRangeException("matchTimeout");
        }
        public Regex(string pattern) : this(pattern, RegexOptions.None) { }
        public Regex(string pattern, RegexOptions options)
        {
            if (pattern == null) throw new ArgumentNullException("pattern");
            if (((int)options & ~0x37F) != 0 || ((options & RegexOptions.ECMAScript) != 0 && ((int)options & ~0x10B) != 0))
                throw new ArgumentOutOfRangeException("options");
            if ((options & RegexOptions.RightToLeft) != 0) throw new NotSupportedException("RegexOptions.RightToLeft is not supported.");
            this.pattern = pattern; roptions = options;
            prog = RegexParser.Parse(pattern, options);
        }
        public Regex(string pattern, RegexOptions options, TimeSpan matchTimeout) : this(pattern, options)
        {
            if (matchTimeout != InfiniteMatchTimeout && (matchTimeout <= TimeSpan.Zero || matchTimeout.TotalMilliseconds > int.MaxValue - 1))
                throw new ArgumentOutOfRangeException("matchTimeout");
            timeout = matchTimeout;
        }

        public RegexOptions Options { get { return roptions; } }
        public TimeSpan MatchTimeout { get { return timeout; } }
        public bool RightToLeft { get { return false; } }
        public override string ToString() { return pattern; }

        public string[] GetGroupNames()
        {
            var r = new string[prog.Groups.Length];
            for (int k = 0; k < r.Length; k++) r[k] = prog.Groups[k].Name;
            return r;
        }
        public int[] GetGroupNumbers()
        {
            var r = new int[prog.Groups.Length];
            for (int k = 0; k < r.Length; k++) r[k] = k;
            return r;
        }
        public string GroupNameFromNumber(int i) { return i >= 0 && i < prog.Groups.Length ? prog.Groups[i].Name : ""; }
        public int GroupNumberFromName(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            foreach (var g in prog.Groups) if (g.Name == name) return g.Num;
            return -1;
        }

        static void CheckInput(string input) { if (input == null) throw new ArgumentNullException("input"); }
        static void CheckStart(string input, int startat)
        {
            if (startat < 0 || startat > input.Length) throw new ArgumentOutOfRangeException("startat", "Start index cannot be less than 0 or greater than input length.");
        }

        internal Match Run(string input, int startat) { return Run(input, 0, input.Length, startat); }
        internal Match Run(string input, int lo, int hi, int startat)
        {
            var m = new RegexMatcher(this, prog);
            int b, e;
            if (!m.Scan(input, lo, hi, startat, out b, out e)) return System.Text.RegularExpressions.Match.Empty;
            var gs = prog.Groups;
            var groups = new Group[gs.Length];
            var match = new Match(this, input, b, e - b) { lo = lo, hi = hi };
            groups[0] = match;
            for (int g = 1; g < gs.Length; g++)
            {
                var caps = new List<Capture>();
                for (int k = 0; k < m.capN; k++)
                    if (m.capG[k] == g) caps.Add(new Capture(input, m.capS[k], m.capE[k] - m.capS[k]));
                groups[g] = new Group(input, caps, gs[g].Name);
            }
            match.groups = new GroupCollection(groups);
            return match;
        }

        public bool IsMatch(string input) { CheckInput(input); return Run(input, 0).Success; }
        public bool IsMatch(string input, int startat) { CheckInput(input); CheckStart(input, startat); return Run(input, startat).Success; }
        public Match Match(string input) { CheckInput(input); return Run(input, 0); }
        public Match Match(string input, int startat) { CheckInput(input); CheckStart(input, startat); return Run(input, startat); }
        public Match Match(string input, int beginning, int length)
        {
            CheckInput(input);
            if (beginning < 0 || beginning > input.Length) throw new ArgumentOutOfRangeException("beginning");
            if (length < 0 || length > input.Length - beginning) throw new ArgumentOutOfRangeException("length");
            return Run(input, beginning, beginning + length, beginning);
        }
        public MatchCollection Matches(string input) { return Matches(input, 0); }
        public MatchCollection Matches(string input, int startat)
        {
            CheckInput(input); CheckStart(input, startat);
            var list = new List<Match>();
            for (Match m = Run(input, startat); m.Success; m = m.NextMatch()) list.Add(m);
            return new MatchCollection(list);
        }

        public string Replace(string input, string replacement) { return Replace(input, replacement, -1, 0); }
        public string Replace(string input, string replacement, int count) { return Replace(input, replacement, count, 0); }
        public string Replace(string input, string replacement, int count, int startat)
        {
            if (replacement == null) throw new ArgumentNullException("replacement");
            return DoReplace(input, null, replacement, count, startat);
        }
        public string Replace(string input, MatchEvaluator evaluator) { return Replace(input, evaluator, -1, 0); }
        public string Replace(string input, MatchEvaluator evaluator, int count) { return Replace(input, evaluator, count, 0); }
        public string Replace(string input, MatchEvaluator evaluator, int count, int startat)
        {
            if (evaluator == null) throw new ArgumentNullException("evaluator");
            return DoReplace(input, evaluator, null, count, startat);
        }

        string DoReplace(string input, MatchEvaluator ev, string repl, int count, int startat)
        {
            CheckInput(input); CheckStart(input, startat);
            if (count < -1) throw new ArgumentOutOfRangeException("count", "Count cannot be less than -1.");
            if (count == 0) return input;
            Match m = Run(input, startat);
            if (!m.Success) return input;
            var sb = new StringBuilder();
            int prev = 0;
            for (; m.Success && count != 0; m = m.NextMatch(), count--)
            {
                sb.Append(input, prev, m.Index - prev);
                if (ev != null) sb.Append(ev(m)); else Expand(m, repl, sb);
                prev = m.Index + m.Length;
            }
            sb.Append(input, prev, input.Length - prev);
            return sb.ToString();
        }

        // Appends the replacement pattern expanded for m ($1, ${name}, $$, $&, $`, $', $+, $_).
        internal void Expand(Match m, string r, StringBuilder sb)
        {
            string input = m.text;
            for (int k = 0; k < r.Length; k++)
            {
                char c = r[k];
                if (c != '$' || k + 1 >= r.Length) { sb.Append(c); continue; }
                char d = r[k + 1];
                if (d >= '0' && d <= '9')
                {
                    int j = k + 1, n = 0;
                    while (j < r.Length && r[j] >= '0' && r[j] <= '9' && n < 100000000) n = n * 10 + (r[j++] - '0');
                    if (n < prog.Groups.Length) { sb.Append(m.Groups[n].Value); k = j - 1; continue; }
                }
                else if (d == '{')
                {
                    int close = r.IndexOf('}', k + 2);
                    if (close > 0)
                    {
                        string name = r.Substring(k + 2, close - k - 2);
                        int n = GroupNumberFromName(name);
                        if (n < 0 && name.Length > 0)
                        {
                            bool digits = true; foreach (char x in name) if (x < '0' || x > '9') digits = false;
                            if (digits && name.Length < 9) { n = int.Parse(name); if (n >= prog.Groups.Length) n = -1; }
                        }
                        if (n >= 0) { sb.Append(m.Groups[n].Value); k = close; continue; }
                    }
                }
                else if (d == '$') { sb.Append('$'); k++; continue; }
                else if (d == '&') { sb.Append(m.Value); k++; continue; }
                else if (d == '`') { sb.Append(input, 0, m.Index); k++; continue; }
                else if (d == '\'') { int e = m.Index + m.Length; sb.Append(input, e, input.Length - e); k++; continue; }
                else if (d == '_') { sb.Append(input); k++; continue; }
                else if (d == '+')
                {
                    int last = prog.Groups.Length - 1;
                    sb.Append(m.Groups[last].Value); k++; continue;
                }
                sb.Append(c);
            }
        }

        public string[] Split(string input) { return Split(input, 0, 0); }
        public string[] Split(string input, int count) { return Split(input, count, 0); }
        public string[] Split(string input, int count, int startat)
        {
            CheckInput(input); CheckStart(input, startat);
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than -1.");
            if (count == 1) return new string[] { input };
            count--;
            var res = new List<string>();
            int prev = 0;
            for (Match m = Run(input, startat); m.Success; m = m.NextMatch())
            {
                res.Add(input.Substring(prev, m.Index - prev));
                prev = m.Index + m.Length;
                for (int g = 1; g < m.Groups.Count; g++)
                    if (m.Groups[g].Success) res.Add(m.Groups[g].Value);
                if (--count == 0) break;
            }
            res.Add(input.Substring(prev));
            return res.ToArray();
        }

        // The span overloads (.NET 7) match a string copy of the span: positions are the span's.
        public bool IsMatch(ReadOnlySpan<char> input) { return Run(new string(input), 0).Success; }
        public bool IsMatch(ReadOnlySpan<char> input, int startat)
        {
            string s = new string(input);
            CheckStart(s, startat);
            return Run(s, startat).Success;
        }
        public static bool IsMatch(ReadOnlySpan<char> input, string pattern) { return new Regex(pattern).IsMatch(input); }
        public static bool IsMatch(ReadOnlySpan<char> input, string pattern, RegexOptions options) { return new Regex(pattern, options).IsMatch(input); }
        public static bool IsMatch(ReadOnlySpan<char> input, string pattern, RegexOptions options, TimeSpan matchTimeout) { return new Regex(pattern, options, matchTimeout).IsMatch(input); }
        public int Count(string input)
        {
            CheckInput(input);
            int n = 0;
            for (Match m = Run(input, 0); m.Success; m = m.NextMatch()) n++;
            return n;
        }
        public int Count(ReadOnlySpan<char> input) { return Count(new string(input)); }
        public int Count(ReadOnlySpan<char> input, int startat)
        {
            string s = new string(input);
            CheckStart(s, startat);
            int n = 0;
            for (Match m = Run(s, startat); m.Success; m = m.NextMatch()) n++;
            return n;
        }
        public static int Count(string input, string pattern) { return new Regex(pattern).Count(input); }
        public static int Count(string input, string pattern, RegexOptions options) { return new Regex(pattern, options).Count(input); }
        public static int Count(ReadOnlySpan<char> input, string pattern) { return new Regex(pattern).Count(input); }
        public static int Count(ReadOnlySpan<char> input, string pattern, RegexOptions options) { return new Regex(pattern, options).Count(input); }

        public static bool IsMatch(string input, string pattern) { return new Regex(pattern).IsMatch(input); }
        public static bool IsMatch(string input, string pattern, RegexOptions options) { return new Regex(pattern, options).IsMatch(input); }
        public static Match Match(string input, string pattern) { return new Regex(pattern).Match(input); }
        public static Match Match(string input, string pattern, RegexOptions options) { return new Regex(pattern, options).Match(input); }
        public static MatchCollection Matches(string input, string pattern) { return new Regex(pattern).Matches(input); }
        public static MatchCollection Matches(string input, string pattern, RegexOptions options) { return new Regex(pattern, options).Matches(input); }
        public static string Replace(string input, string pattern, string replacement) { return new Regex(pattern).Replace(input, replacement); }
        public static string Replace(string input, string pattern, string replacement, RegexOptions options) { return new Regex(pattern, options).Replace(input, replacement); }
        public static string Replace(string input, string pattern, MatchEvaluator evaluator) { return new Regex(pattern).Replace(input, evaluator); }
        public static string Replace(string input, string pattern, MatchEvaluator evaluator, RegexOptions options) { return new Regex(pattern, options).Replace(input, evaluator); }
        public static string[] Split(string input, string pattern) { return new Regex(pattern).Split(input); }
        public static string[] Split(string input, string pattern, RegexOptions options) { return new Regex(pattern, options).Split(input); }

        public static bool IsMatch(string input, string pattern, RegexOptions options, TimeSpan matchTimeout) { return new Regex(pattern, options, matchTimeout).IsMatch(input); }
        public static Match Match(string input, string pattern, RegexOptions options, TimeSpan matchTimeout) { return new Regex(pattern, options, matchTimeout).Match(input); }
        public static MatchCollection Matches(string input, string pattern, RegexOptions options, TimeSpan matchTimeout) { return new Regex(pattern, options, matchTimeout).Matches(input); }
        public static string Replace(string input, string pattern, string replacement, RegexOptions options, TimeSpan matchTimeout) { return new Regex(pattern, options, matchTimeout).Replace(input, replacement); }
        public static string Replace(string input, string pattern, MatchEvaluator evaluator, RegexOptions options, TimeSpan matchTimeout) { return new Regex(pattern, options, matchTimeout).Replace(input, evaluator); }
        public static string[] Split(string input, string pattern, RegexOptions options, TimeSpan matchTimeout) { return new Regex(pattern, options, matchTimeout).Split(input); }
        public static int CacheSize { get { return 15; } set { if (value < 0) throw new ArgumentOutOfRangeException("value"); } }

        public static string Escape(string str)
        {
            if (str == null) throw new ArgumentNullException("str");
            var sb = new StringBuilder();
            foreach (char c in str)
            {
                switch (c)
                {
                    case '\\': case '*': case '+': case '?': case '|': case '{': case '[': case '(': case ')':
                    case '^': case '$': case '.': case '#': case ' ':
                        sb.Append('\\').Append(c); break;
                    case '\t': sb.Append("\\t"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\f': sb.Append("\\f"); break;
                    default: sb.Append(c); break;
                }
            }
            return sb.ToString();
        }

        public static string Unescape(string str)
        {
            if (str == null) throw new ArgumentNullException("str");
            return RegexParser.Unescape(str);
        }
    }

    public class Capture
    {
        internal string text; internal int index, length;
        internal Capture(string text, int index, int length) { this.text = text; this.index = index; this.length = length; }
        public int Index { get { return index; } }
        public int Length { get { return length; } }
        public string Value { get { return text.Substring(index, length); } }
        public override string ToString() { return Value; }
    }

    public class Group : Capture
    {
        internal List<Capture> caps; internal string name; CaptureCollection collection;
        internal Group(string text, List<Capture> caps, string name)
            : base(text, caps.Count > 0 ? caps[caps.Count - 1].index : 0, caps.Count > 0 ? caps[caps.Count - 1].length : 0)
        { this.caps = caps; this.name = name; }
        public bool Success { get { return caps.Count > 0; } }
        public string Name { get { return name; } }
        public CaptureCollection Captures { get { return collection ?? (collection = new CaptureCollection(caps)); } }
    }

    public class Match : Group
    {
        static Match empty;
        internal Regex regex; internal GroupCollection groups; internal int lo, hi;
        internal Match(Regex regex, string text, int index, int length) : base(text, new List<Capture>(), "0")
        {
            this.regex = regex; this.index = index; this.length = length;
            if (regex != null) caps.Add(this);
        }
        public static Match Empty
        {
            get
            {
                if (empty == null) { empty = new Match(null, "", 0, 0); empty.groups = new GroupCollection(new Group[] { empty }); }
                return empty;
            }
        }
        public virtual GroupCollection Groups { get { return groups; } }
        public Match NextMatch()
        {
            if (regex == null) return this;
            int next = index + length;
            if (length == 0)
            {
                if (next >= hi) return Empty;
                next++;
            }
            return regex.Run(text, lo, hi, next);
        }
        public virtual string Result(string replacement)
        {
            if (replacement == null) throw new ArgumentNullException("replacement");
            if (regex == null) throw new NotSupportedException("Result cannot be called on a failed Match.");
            var sb = new StringBuilder();
            regex.Expand(this, replacement, sb);
            return sb.ToString();
        }
    }

    public class CaptureCollection : ICollection, IEnumerable<Capture>
    {
        List<Capture> list;
        internal CaptureCollection(List<Capture> list) { this.list = list; }
        public int Count { get { return list.Count; } }
        public Capture this[int i] { get { if (i < 0 || i >= list.Count) throw new ArgumentOutOfRangeException("i"); return list[i]; } }
        public bool IsReadOnly { get { return true; } }
        public bool IsSynchronized { get { return false; } }
        public object SyncRoot { get { return this; } }
        public void CopyTo(Array array, int arrayIndex) { foreach (var c in list) array.SetValue(c, arrayIndex++); }
        public IEnumerator GetEnumerator() { return list.GetEnumerator(); }
        IEnumerator<Capture> IEnumerable<Capture>.GetEnumerator() { return list.GetEnumerator(); }
    }

    public class GroupCollection : ICollection, IEnumerable<Group>
    {
        Group[] groups;
        internal GroupCollection(Group[] groups) { this.groups = groups; }
        public int Count { get { return groups.Length; } }
        public Group this[int groupnum]
        {
            get { return groupnum >= 0 && groupnum < groups.Length ? groups[groupnum] : new Group("", new List<Capture>(), ""); }
        }
        public Group this[string groupname]
        {
            get
            {
                foreach (var g in groups) if (g.name == groupname) return g;
                return new Group("", new List<Capture>(), "");
            }
        }
        public bool IsReadOnly { get { return true; } }
        public bool IsSynchronized { get { return false; } }
        public object SyncRoot { get { return this; } }
        public void CopyTo(Array array, int arrayIndex) { foreach (var g in groups) array.SetValue(g, arrayIndex++); }
        public IEnumerator GetEnumerator() { return groups.GetEnumerator(); }
        IEnumerator<Group> IEnumerable<Group>.GetEnumerator() { return ((IEnumerable<Group>)groups).GetEnumerator(); }
    }

    public class MatchCollection : ICollection, IEnumerable<Match>
    {
        List<Match> list;
        internal MatchCollection(List<Match> list) { this.list = list; }
        public int Count { get { return list.Count; } }
        public virtual Match this[int i] { get { if (i < 0 || i >= list.Count) throw new ArgumentOutOfRangeException("i"); return list[i]; } }
        public bool IsReadOnly { get { return true; } }
        public bool IsSynchronized { get { return false; } }
        public object SyncRoot { get { return this; } }
        public void CopyTo(Array array, int arrayIndex) { foreach (var m in list) array.SetValue(m, arrayIndex++); }
        public IEnumerator GetEnumerator() { return list.GetEnumerator(); }
        IEnumerator<Match> IEnumerable<Match>.GetEnumerator() { return list.GetEnumerator(); }
    }

    public abstract class RegexRunnerFactory
    {
        protected RegexRunnerFactory() { }
        protected internal abstract RegexRunner CreateInstance();
    }

    // The base of a generated regex's matcher. Cilantro's Regex matches with its
    // own engine and never asks a factory for a runner, so a runner is never run.
    public abstract class RegexRunner
    {
        protected internal int runtextbeg, runtextend, runtextstart, runtextpos;
        protected internal string? runtext;
        protected internal int[]? runtrack, runstack, runcrawl;
        protected internal int runtrackpos, runstackpos, runcrawlpos, runtrackcount;
        protected internal Match? runmatch;
        protected internal Regex? runregex;

        protected RegexRunner() { }

        protected internal virtual void Scan(ReadOnlySpan<char> text)
        {
            throw new NotSupportedException("Cilantro matches regular expressions with its own engine; generated regex runners are not run.");
        }

        protected virtual bool FindFirstChar() { throw new NotSupportedException("Cilantro matches regular expressions with its own engine; generated regex runners are not run."); }
        protected virtual void Go() { throw new NotSupportedException("Cilantro matches regular expressions with its own engine; generated regex runners are not run."); }
        protected virtual void InitTrackCount() { }
    }
}
