// The loops behind MemoryExtensions' equality-based searches: a null
// comparer means EqualityComparer<T>.Default, as in .NET.
using System.Collections.Generic;

namespace System
{
    public static partial class MemoryExtensions
    {
        // The set of values an IndexOfAny-style search looks for (or skips).
        private readonly ref struct AnyOf<T>
        {
            private readonly int _count;   // 1..3 single values, or -1 for the span
            private readonly T _v0, _v1, _v2;
            private readonly ReadOnlySpan<T> _values;
            public AnyOf(T v0) { _count = 1; _v0 = v0; _v1 = default!; _v2 = default!; _values = default; }
            public AnyOf(T v0, T v1) { _count = 2; _v0 = v0; _v1 = v1; _v2 = default!; _values = default; }
            public AnyOf(T v0, T v1, T v2) { _count = 3; _v0 = v0; _v1 = v1; _v2 = v2; _values = default; }
            public AnyOf(ReadOnlySpan<T> values) { _count = -1; _v0 = _v1 = _v2 = default!; _values = values; }
            public bool IsEmpty => _count == -1 && _values.Length == 0;
            public bool Matches(T item, IEqualityComparer<T>? c)
            {
                if (_count == -1) return IndexOfCore(_values, item, c) >= 0;
                return Eq(item, _v0, c) || (_count > 1 && Eq(item, _v1, c)) || (_count > 2 && Eq(item, _v2, c));
            }
        }

        private static bool Eq<T>(T a, T b, IEqualityComparer<T>? c) =>
            c == null ? EqualityComparer<T>.Default.Equals(a, b) : c.Equals(a, b);

        private static int IndexOfCore<T>(ReadOnlySpan<T> span, T value, IEqualityComparer<T>? c)
        {
            for (int i = 0; i < span.Length; i++) if (Eq(span[i], value, c)) return i;
            return -1;
        }

        private static int LastIndexOfCore<T>(ReadOnlySpan<T> span, T value, IEqualityComparer<T>? c)
        {
            for (int i = span.Length - 1; i >= 0; i--) if (Eq(span[i], value, c)) return i;
            return -1;
        }

        private static bool MatchesAt<T>(ReadOnlySpan<T> span, int at, ReadOnlySpan<T> value, IEqualityComparer<T>? c)
        {
            for (int k = 0; k < value.Length; k++) if (!Eq(span[at + k], value[k], c)) return false;
            return true;
        }

        private static int IndexOfSeqCore<T>(ReadOnlySpan<T> span, ReadOnlySpan<T> value, IEqualityComparer<T>? c)
        {
            for (int i = 0; i + value.Length <= span.Length; i++) if (MatchesAt(span, i, value, c)) return i;
            return -1;
        }

        private static int LastIndexOfSeqCore<T>(ReadOnlySpan<T> span, ReadOnlySpan<T> value, IEqualityComparer<T>? c)
        {
            if (value.Length == 0) return span.Length;
            for (int i = span.Length - value.Length; i >= 0; i--) if (MatchesAt(span, i, value, c)) return i;
            return -1;
        }

        private static int IndexOfAnyCore<T>(ReadOnlySpan<T> span, AnyOf<T> values, bool except, IEqualityComparer<T>? c)
        {
            if (!except && values.IsEmpty) return -1;
            for (int i = 0; i < span.Length; i++) if (values.Matches(span[i], c) != except) return i;
            return -1;
        }

        private static int LastIndexOfAnyCore<T>(ReadOnlySpan<T> span, AnyOf<T> values, bool except, IEqualityComparer<T>? c)
        {
            if (!except && values.IsEmpty) return -1;
            for (int i = span.Length - 1; i >= 0; i--) if (values.Matches(span[i], c) != except) return i;
            return -1;
        }

        private static int CountCore<T>(ReadOnlySpan<T> span, T value, IEqualityComparer<T>? c)
        {
            int n = 0;
            for (int i = 0; i < span.Length; i++) if (Eq(span[i], value, c)) n++;
            return n;
        }

        // Non-overlapping occurrences; an empty value counts 0, as in .NET.
        private static int CountSeqCore<T>(ReadOnlySpan<T> span, ReadOnlySpan<T> value, IEqualityComparer<T>? c)
        {
            if (value.Length == 0) return 0;
            int n = 0;
            for (int i = 0; i + value.Length <= span.Length;)
            {
                if (MatchesAt(span, i, value, c)) { n++; i += value.Length; }
                else i++;
            }
            return n;
        }

        private static bool StartsWithCore<T>(ReadOnlySpan<T> span, ReadOnlySpan<T> value, IEqualityComparer<T>? c) =>
            value.Length <= span.Length && MatchesAt(span, 0, value, c);

        private static bool EndsWithCore<T>(ReadOnlySpan<T> span, ReadOnlySpan<T> value, IEqualityComparer<T>? c) =>
            value.Length <= span.Length && MatchesAt(span, span.Length - value.Length, value, c);

        private static bool SequenceEqualCore<T>(ReadOnlySpan<T> span, ReadOnlySpan<T> other, IEqualityComparer<T>? c) =>
            span.Length == other.Length && MatchesAt(span, 0, other, c);

        private static int CommonPrefixLengthCore<T>(ReadOnlySpan<T> span, ReadOnlySpan<T> other, IEqualityComparer<T>? c)
        {
            int n = Math.Min(span.Length, other.Length), i = 0;
            while (i < n && Eq(span[i], other[i], c)) i++;
            return i;
        }
    }
}
