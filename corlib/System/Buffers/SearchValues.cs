// SearchValues<T>: an immutable set of values to search spans for
// (IndexOfAny, ContainsAny, ...). Bytes and chars below 256 use a bitmap;
// other chars a sorted array searched by binary search.
using System.Collections.Generic;

namespace System.Buffers
{
    public static class SearchValues
    {
        public static SearchValues<byte> Create(ReadOnlySpan<byte> values)
        {
            SearchValues<byte> s = new SearchValues<byte>();
            foreach (byte b in values) s.Add(b);
            return s;
        }
        public static SearchValues<byte> Create(params byte[] values) { return Create(new ReadOnlySpan<byte>(values)); }
        public static SearchValues<char> Create(ReadOnlySpan<char> values)
        {
            SearchValues<char> s = new SearchValues<char>();
            foreach (char c in values) s.Add(c);
            return s;
        }
        public static SearchValues<char> Create(string values)
        {
            if (values == null) throw new ArgumentNullException("values");
            return Create(values.AsSpan());
        }
        public static SearchValues<char> Create(params char[] values) { return Create(new ReadOnlySpan<char>(values)); }

        public static SearchValues<string> Create(ReadOnlySpan<string> values, StringComparison comparisonType)
        {
            if (comparisonType != StringComparison.Ordinal && comparisonType != StringComparison.OrdinalIgnoreCase)
                throw new ArgumentException("SearchValues<string> supports only StringComparison.Ordinal and StringComparison.OrdinalIgnoreCase.", "comparisonType");
            StringSearchValues s = new StringSearchValues(comparisonType);
            foreach (string v in values)
            {
                if (v == null) throw new ArgumentNullException("values");
                if (!s.Contains(v)) s.Strings.Add(v);
            }
            return s;
        }
    }

    // The strings of SearchValues.Create(ReadOnlySpan<string>, StringComparison),
    // tried one by one at each position of the text.
    internal sealed class StringSearchValues : SearchValues<string>
    {
        internal readonly List<string> Strings = new List<string>();
        internal readonly StringComparison Comparison;

        internal StringSearchValues(StringComparison comparison) { Comparison = comparison; }

        public override bool Contains(string value)
        {
            foreach (string s in Strings) if (string.Equals(s, value, Comparison)) return true;
            return false;
        }

        internal int IndexOfAny(ReadOnlySpan<char> text)
        {
            for (int i = 0; i <= text.Length; i++)
                foreach (string s in Strings)
                    if (text.Slice(i).StartsWith(s.AsSpan(), Comparison)) return i;
            return -1;
        }
    }

    public class SearchValues<T> where T : IEquatable<T>
    {
        private readonly bool[] _small = new bool[256];
        private readonly List<T> _large = new List<T>();

        internal SearchValues() { }

        internal void Add(T value)
        {
            int k = Small(value);
            if (k >= 0) _small[k] = true;
            else if (!_large.Contains(value)) _large.Add(value);
        }

        private static int Small(T value)
        {
            if (value is byte b) return b;
            if (value is char c && c < 256) return c;
            return -1;
        }

        public virtual bool Contains(T value)
        {
            int k = Small(value);
            return k >= 0 ? _small[k] : _large.Contains(value);
        }
    }
}

namespace System
{
    using System.Buffers;

    public static partial class MemoryExtensions
    {
        public static int IndexOfAny<T>(this ReadOnlySpan<T> span, SearchValues<T> values) where T : IEquatable<T>
        {
            if (values == null) throw new ArgumentNullException("values");
            for (int i = 0; i < span.Length; i++) if (values.Contains(span[i])) return i;
            return -1;
        }
        public static int IndexOfAny<T>(this Span<T> span, SearchValues<T> values) where T : IEquatable<T> { return IndexOfAny((ReadOnlySpan<T>)span, values); }
        public static int IndexOfAnyExcept<T>(this ReadOnlySpan<T> span, SearchValues<T> values) where T : IEquatable<T>
        {
            if (values == null) throw new ArgumentNullException("values");
            for (int i = 0; i < span.Length; i++) if (!values.Contains(span[i])) return i;
            return -1;
        }
        public static int IndexOfAnyExcept<T>(this Span<T> span, SearchValues<T> values) where T : IEquatable<T> { return IndexOfAnyExcept((ReadOnlySpan<T>)span, values); }
        public static int LastIndexOfAny<T>(this ReadOnlySpan<T> span, SearchValues<T> values) where T : IEquatable<T>
        {
            if (values == null) throw new ArgumentNullException("values");
            for (int i = span.Length - 1; i >= 0; i--) if (values.Contains(span[i])) return i;
            return -1;
        }
        public static int LastIndexOfAny<T>(this Span<T> span, SearchValues<T> values) where T : IEquatable<T> { return LastIndexOfAny((ReadOnlySpan<T>)span, values); }
        public static int LastIndexOfAnyExcept<T>(this ReadOnlySpan<T> span, SearchValues<T> values) where T : IEquatable<T>
        {
            if (values == null) throw new ArgumentNullException("values");
            for (int i = span.Length - 1; i >= 0; i--) if (!values.Contains(span[i])) return i;
            return -1;
        }
        public static int LastIndexOfAnyExcept<T>(this Span<T> span, SearchValues<T> values) where T : IEquatable<T> { return LastIndexOfAnyExcept((ReadOnlySpan<T>)span, values); }
        public static bool ContainsAny<T>(this ReadOnlySpan<T> span, SearchValues<T> values) where T : IEquatable<T> { return IndexOfAny(span, values) >= 0; }
        public static int IndexOfAny(this ReadOnlySpan<char> span, SearchValues<string> values)
        {
            if (values == null) throw new ArgumentNullException("values");
            return ((StringSearchValues)values).IndexOfAny(span);
        }
        public static int IndexOfAny(this Span<char> span, SearchValues<string> values) { return IndexOfAny((ReadOnlySpan<char>)span, values); }
        public static bool ContainsAny(this ReadOnlySpan<char> span, SearchValues<string> values) { return IndexOfAny(span, values) >= 0; }
        public static bool ContainsAny(this Span<char> span, SearchValues<string> values) { return IndexOfAny((ReadOnlySpan<char>)span, values) >= 0; }
        public static bool ContainsAny<T>(this Span<T> span, SearchValues<T> values) where T : IEquatable<T> { return IndexOfAny((ReadOnlySpan<T>)span, values) >= 0; }
        public static bool ContainsAnyExcept<T>(this ReadOnlySpan<T> span, SearchValues<T> values) where T : IEquatable<T> { return IndexOfAnyExcept(span, values) >= 0; }
        public static bool ContainsAnyExcept<T>(this Span<T> span, SearchValues<T> values) where T : IEquatable<T> { return IndexOfAnyExcept((ReadOnlySpan<T>)span, values) >= 0; }
    }
}
