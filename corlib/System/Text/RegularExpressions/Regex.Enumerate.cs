// Regex.EnumerateMatches (.NET 7) and Regex.EnumerateSplits (.NET 9): ref
// struct enumerators over a span. Like the other span overloads they match a
// string copy of the span, so the positions they give are the span's. As on
// .NET, the enumerators implement IEnumerator<T> (foreach disposes them).
using System.Collections.Generic;

namespace System.Text.RegularExpressions
{
    public partial class Regex
    {
        public ValueMatchEnumerator EnumerateMatches(ReadOnlySpan<char> input) { return new ValueMatchEnumerator(this, new string(input), RightToLeft ? input.Length : 0); }
        public ValueMatchEnumerator EnumerateMatches(ReadOnlySpan<char> input, int startat)
        {
            string s = new string(input);
            CheckStart(s, startat);
            return new ValueMatchEnumerator(this, s, startat);
        }
        public static ValueMatchEnumerator EnumerateMatches(ReadOnlySpan<char> input, string pattern) { return new Regex(pattern).EnumerateMatches(input); }
        public static ValueMatchEnumerator EnumerateMatches(ReadOnlySpan<char> input, string pattern, RegexOptions options) { return new Regex(pattern, options).EnumerateMatches(input); }
        public static ValueMatchEnumerator EnumerateMatches(ReadOnlySpan<char> input, string pattern, RegexOptions options, TimeSpan matchTimeout) { return new Regex(pattern, options, matchTimeout).EnumerateMatches(input); }

        public ValueSplitEnumerator EnumerateSplits(ReadOnlySpan<char> input) { return EnumerateSplits(input, 0, RightToLeft ? input.Length : 0); }
        public ValueSplitEnumerator EnumerateSplits(ReadOnlySpan<char> input, int count) { return EnumerateSplits(input, count, RightToLeft ? input.Length : 0); }
        public ValueSplitEnumerator EnumerateSplits(ReadOnlySpan<char> input, int count, int startat)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than -1.");
            string s = new string(input);
            CheckStart(s, startat);
            return new ValueSplitEnumerator(SplitRanges(s, count, startat));
        }
        public static ValueSplitEnumerator EnumerateSplits(ReadOnlySpan<char> input, string pattern) { return new Regex(pattern).EnumerateSplits(input); }
        public static ValueSplitEnumerator EnumerateSplits(ReadOnlySpan<char> input, string pattern, RegexOptions options) { return new Regex(pattern, options).EnumerateSplits(input); }
        public static ValueSplitEnumerator EnumerateSplits(ReadOnlySpan<char> input, string pattern, RegexOptions options, TimeSpan matchTimeout) { return new Regex(pattern, options, matchTimeout).EnumerateSplits(input); }

        // The pieces between matches (captures are not pieces, unlike Split),
        // at most count of them when count > 0.
        private List<Range> SplitRanges(string s, int count, int startat)
        {
            var res = new List<Range>();
            if (count == 1) { res.Add(new Range(0, s.Length)); return res; }
            count--;
            int prev = 0;
            for (Match m = Run(s, startat); m.Success; m = m.NextMatch())
            {
                res.Add(new Range(prev, m.Index));
                prev = m.Index + m.Length;
                if (--count == 0) break;
            }
            res.Add(new Range(prev, s.Length));
            return res;
        }

        public ref struct ValueMatchEnumerator : IEnumerator<ValueMatch>
        {
            private readonly Regex _regex;
            private readonly string _input;
            private readonly int _start;
            private Match _match;
            private ValueMatch _current;

            internal ValueMatchEnumerator(Regex regex, string input, int startat)
            {
                _regex = regex; _input = input; _start = startat; _match = null; _current = default(ValueMatch);
            }

            public readonly ValueMatchEnumerator GetEnumerator() { return this; }

            public bool MoveNext()
            {
                _match = _match == null ? _regex.Run(_input, _start) : _match.NextMatch();
                if (!_match.Success) return false;
                _current = new ValueMatch(_match.Index, _match.Length);
                return true;
            }

            public readonly ValueMatch Current { get { return _current; } }

            object System.Collections.IEnumerator.Current { get { throw new NotSupportedException(); } }
            void System.Collections.IEnumerator.Reset() { throw new NotSupportedException(); }
            void IDisposable.Dispose() { }
        }

        public ref struct ValueSplitEnumerator : IEnumerator<Range>
        {
            private readonly List<Range> _ranges;
            private int _index;

            internal ValueSplitEnumerator(List<Range> ranges) { _ranges = ranges; _index = -1; }

            public readonly ValueSplitEnumerator GetEnumerator() { return this; }
            public bool MoveNext() { return ++_index < _ranges.Count; }
            public readonly Range Current { get { return _ranges[_index]; } }

            object System.Collections.IEnumerator.Current { get { throw new NotSupportedException(); } }
            void System.Collections.IEnumerator.Reset() { throw new NotSupportedException(); }
            void IDisposable.Dispose() { }
        }
    }

    public readonly ref struct ValueMatch
    {
        internal ValueMatch(int index, int length) { Index = index; Length = length; }
        public int Index { get; }
        public int Length { get; }
    }
}
