// MemoryExtensions' range searches (.NET 8): the first/last element inside
// (or outside) [lowInclusive, highInclusive], compared with IComparable<T>.
namespace System
{
    public static partial class MemoryExtensions
    {
        private static bool InRange<T>(T value, T low, T high) where T : IComparable<T>
        {
            return low.CompareTo(value) <= 0 && high.CompareTo(value) >= 0;
        }

        private static int IndexOfRange<T>(ReadOnlySpan<T> span, T low, T high, bool except) where T : IComparable<T>
        {
            for (int i = 0; i < span.Length; i++) if (InRange(span[i], low, high) != except) return i;
            return -1;
        }

        private static int LastIndexOfRange<T>(ReadOnlySpan<T> span, T low, T high, bool except) where T : IComparable<T>
        {
            for (int i = span.Length - 1; i >= 0; i--) if (InRange(span[i], low, high) != except) return i;
            return -1;
        }

        public static int IndexOfAnyInRange<T>(this ReadOnlySpan<T> span, T lowInclusive, T highInclusive) where T : IComparable<T> => IndexOfRange(span, lowInclusive, highInclusive, false);
        public static int IndexOfAnyInRange<T>(this Span<T> span, T lowInclusive, T highInclusive) where T : IComparable<T> => IndexOfRange((ReadOnlySpan<T>)span, lowInclusive, highInclusive, false);
        public static int IndexOfAnyExceptInRange<T>(this ReadOnlySpan<T> span, T lowInclusive, T highInclusive) where T : IComparable<T> => IndexOfRange(span, lowInclusive, highInclusive, true);
        public static int IndexOfAnyExceptInRange<T>(this Span<T> span, T lowInclusive, T highInclusive) where T : IComparable<T> => IndexOfRange((ReadOnlySpan<T>)span, lowInclusive, highInclusive, true);
        public static int LastIndexOfAnyInRange<T>(this ReadOnlySpan<T> span, T lowInclusive, T highInclusive) where T : IComparable<T> => LastIndexOfRange(span, lowInclusive, highInclusive, false);
        public static int LastIndexOfAnyInRange<T>(this Span<T> span, T lowInclusive, T highInclusive) where T : IComparable<T> => LastIndexOfRange((ReadOnlySpan<T>)span, lowInclusive, highInclusive, false);
        public static int LastIndexOfAnyExceptInRange<T>(this ReadOnlySpan<T> span, T lowInclusive, T highInclusive) where T : IComparable<T> => LastIndexOfRange(span, lowInclusive, highInclusive, true);
        public static int LastIndexOfAnyExceptInRange<T>(this Span<T> span, T lowInclusive, T highInclusive) where T : IComparable<T> => LastIndexOfRange((ReadOnlySpan<T>)span, lowInclusive, highInclusive, true);
        public static bool ContainsAnyInRange<T>(this ReadOnlySpan<T> span, T lowInclusive, T highInclusive) where T : IComparable<T> => IndexOfRange(span, lowInclusive, highInclusive, false) >= 0;
        public static bool ContainsAnyInRange<T>(this Span<T> span, T lowInclusive, T highInclusive) where T : IComparable<T> => IndexOfRange((ReadOnlySpan<T>)span, lowInclusive, highInclusive, false) >= 0;
        public static bool ContainsAnyExceptInRange<T>(this ReadOnlySpan<T> span, T lowInclusive, T highInclusive) where T : IComparable<T> => IndexOfRange(span, lowInclusive, highInclusive, true) >= 0;
        public static bool ContainsAnyExceptInRange<T>(this Span<T> span, T lowInclusive, T highInclusive) where T : IComparable<T> => IndexOfRange((ReadOnlySpan<T>)span, lowInclusive, highInclusive, true) >= 0;
    }
}
