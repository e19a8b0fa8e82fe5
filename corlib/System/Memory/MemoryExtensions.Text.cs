// MemoryExtensions over ReadOnlySpan<char>: comparisons with a
// StringComparison (the same rules as the string methods: culture-sensitive
// kinds use the invariant culture), case mapping, white space, lines.
using System.Globalization;
using System.Text;

namespace System
{
    public static partial class MemoryExtensions
    {
        private static bool IsOrdinal(StringComparison c)
        {
            if ((uint)c > (uint)StringComparison.OrdinalIgnoreCase)
                throw new ArgumentException("The string comparison type passed in is currently not supported.", "comparisonType");
            return c == StringComparison.Ordinal;
        }

        public static bool Equals(this ReadOnlySpan<char> span, ReadOnlySpan<char> other, StringComparison comparisonType) =>
            IsOrdinal(comparisonType) ? SequenceEqualCore(span, other, null) : string.Equals(new string(span), new string(other), comparisonType);

        public static int CompareTo(this ReadOnlySpan<char> span, ReadOnlySpan<char> other, StringComparison comparisonType) =>
            string.Compare(new string(span), new string(other), comparisonType);

        public static bool Contains(this ReadOnlySpan<char> span, ReadOnlySpan<char> value, StringComparison comparisonType) =>
            IndexOf(span, value, comparisonType) >= 0;

        public static int IndexOf(this ReadOnlySpan<char> span, ReadOnlySpan<char> value, StringComparison comparisonType) =>
            IsOrdinal(comparisonType) ? IndexOfSeqCore(span, value, null) : new string(span).IndexOf(new string(value), comparisonType);

        public static int LastIndexOf(this ReadOnlySpan<char> span, ReadOnlySpan<char> value, StringComparison comparisonType)
        {
            if (IsOrdinal(comparisonType)) return LastIndexOfSeqCore(span, value, null);
            if (value.Length == 0) return span.Length;
            return new string(span).LastIndexOf(new string(value), comparisonType);
        }

        public static bool StartsWith(this ReadOnlySpan<char> span, ReadOnlySpan<char> value, StringComparison comparisonType) =>
            IsOrdinal(comparisonType) ? StartsWithCore(span, value, null) : new string(span).StartsWith(new string(value), comparisonType);

        public static bool EndsWith(this ReadOnlySpan<char> span, ReadOnlySpan<char> value, StringComparison comparisonType) =>
            IsOrdinal(comparisonType) ? EndsWithCore(span, value, null) : new string(span).EndsWith(new string(value), comparisonType);

        public static bool IsWhiteSpace(this ReadOnlySpan<char> span)
        {
            for (int i = 0; i < span.Length; i++) if (!char.IsWhiteSpace(span[i])) return false;
            return true;
        }

        // Case mapping into a destination: -1 when it is too short.
        public static int ToUpperInvariant(this ReadOnlySpan<char> source, Span<char> destination) => MapCase(source, destination, true);
        public static int ToLowerInvariant(this ReadOnlySpan<char> source, Span<char> destination) => MapCase(source, destination, false);
        public static int ToUpper(this ReadOnlySpan<char> source, Span<char> destination, CultureInfo? culture) => MapCase(source, destination, true);
        public static int ToLower(this ReadOnlySpan<char> source, Span<char> destination, CultureInfo? culture) => MapCase(source, destination, false);

        private static int MapCase(ReadOnlySpan<char> source, Span<char> destination, bool upper)
        {
            if (Overlaps(source, destination)) throw new InvalidOperationException("This operation is invalid on overlapping buffers.");
            if (destination.Length < source.Length) return -1;
            for (int i = 0; i < source.Length; i++)
                destination[i] = upper ? char.ToUpperInvariant(source[i]) : char.ToLowerInvariant(source[i]);
            return source.Length;
        }

        public static SpanLineEnumerator EnumerateLines(this ReadOnlySpan<char> span) => new SpanLineEnumerator(span);
        public static SpanLineEnumerator EnumerateLines(this Span<char> span) => new SpanLineEnumerator(span);
    }
}

namespace System.Text
{
    /// <summary>The lines of a span: split at \r\n, \r, \n, \f, \u0085, \u2028, \u2029.</summary>
    public ref struct SpanLineEnumerator : IDisposable
    {
        private ReadOnlySpan<char> _remaining;
        private ReadOnlySpan<char> _current;
        private bool _done;

        internal SpanLineEnumerator(ReadOnlySpan<char> buffer) { _remaining = buffer; _current = default; _done = false; }

        public ReadOnlySpan<char> Current => _current;
        public SpanLineEnumerator GetEnumerator() => this;
        void IDisposable.Dispose() { }

        public bool MoveNext()
        {
            if (_done) return false;
            for (int i = 0; i < _remaining.Length; i++)
            {
                char c = _remaining[i];
                if (c == '\n' || c == '\r' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029')
                {
                    _current = _remaining.Slice(0, i);
                    int skip = c == '\r' && i + 1 < _remaining.Length && _remaining[i + 1] == '\n' ? 2 : 1;
                    _remaining = _remaining.Slice(i + skip);
                    return true;
                }
            }
            _current = _remaining;
            _remaining = default;
            _done = true;
            return true;
        }
    }
}
