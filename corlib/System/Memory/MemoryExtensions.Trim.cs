// MemoryExtensions: Trim/TrimStart/TrimEnd of elements (generic) and of
// white space or chars (ReadOnlySpan<char>, Span<char>, Memory<char>).
using System.Collections.Generic;

namespace System
{
    public static partial class MemoryExtensions
    {
        // What to trim: one element, a set of elements, or (chars only) white space.
        private static int TrimStartCount<T>(ReadOnlySpan<T> span, AnyOf<T> what)
        {
            int i = 0;
            while (i < span.Length && what.Matches(span[i], null)) i++;
            return i;
        }

        private static int TrimEndCount<T>(ReadOnlySpan<T> span, int start, AnyOf<T> what)
        {
            int end = span.Length;
            while (end > start && what.Matches(span[end - 1], null)) end--;
            return end;
        }

        // Returns (start, length) of the kept part; an empty set trims nothing.
        private static (int, int) TrimRange<T>(ReadOnlySpan<T> span, AnyOf<T> what, bool atStart, bool atEnd)
        {
            if (what.IsEmpty) return (0, span.Length);
            int start = atStart ? TrimStartCount(span, what) : 0;
            int end = atEnd ? TrimEndCount(span, start, what) : span.Length;
            return (start, end - start);
        }

        private static (int, int) TrimWhiteRange(ReadOnlySpan<char> span, bool atStart, bool atEnd)
        {
            int start = 0, end = span.Length;
            if (atStart) while (start < end && char.IsWhiteSpace(span[start])) start++;
            if (atEnd) while (end > start && char.IsWhiteSpace(span[end - 1])) end--;
            return (start, end - start);
        }

        private static ReadOnlySpan<T> Cut<T>(ReadOnlySpan<T> s, (int, int) r) => s.Slice(r.Item1, r.Item2);
        private static Span<T> Cut<T>(Span<T> s, (int, int) r) => s.Slice(r.Item1, r.Item2);
        private static Memory<T> Cut<T>(Memory<T> s, (int, int) r) => s.Slice(r.Item1, r.Item2);
        private static ReadOnlyMemory<T> Cut<T>(ReadOnlyMemory<T> s, (int, int) r) => s.Slice(r.Item1, r.Item2);

        public static ReadOnlySpan<T> Trim<T>(this ReadOnlySpan<T> span, T trimElement) where T : IEquatable<T>? => Cut(span, TrimRange(span, new AnyOf<T>(trimElement), true, true));
        public static ReadOnlySpan<T> TrimStart<T>(this ReadOnlySpan<T> span, T trimElement) where T : IEquatable<T>? => Cut(span, TrimRange(span, new AnyOf<T>(trimElement), true, false));
        public static ReadOnlySpan<T> TrimEnd<T>(this ReadOnlySpan<T> span, T trimElement) where T : IEquatable<T>? => Cut(span, TrimRange(span, new AnyOf<T>(trimElement), false, true));
        public static ReadOnlySpan<T> Trim<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> trimElements) where T : IEquatable<T>? => Cut(span, TrimRange(span, new AnyOf<T>(trimElements), true, true));
        public static ReadOnlySpan<T> TrimStart<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> trimElements) where T : IEquatable<T>? => Cut(span, TrimRange(span, new AnyOf<T>(trimElements), true, false));
        public static ReadOnlySpan<T> TrimEnd<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> trimElements) where T : IEquatable<T>? => Cut(span, TrimRange(span, new AnyOf<T>(trimElements), false, true));

        public static Span<T> Trim<T>(this Span<T> span, T trimElement) where T : IEquatable<T>? => Cut(span, TrimRange((ReadOnlySpan<T>)span, new AnyOf<T>(trimElement), true, true));
        public static Span<T> TrimStart<T>(this Span<T> span, T trimElement) where T : IEquatable<T>? => Cut(span, TrimRange((ReadOnlySpan<T>)span, new AnyOf<T>(trimElement), true, false));
        public static Span<T> TrimEnd<T>(this Span<T> span, T trimElement) where T : IEquatable<T>? => Cut(span, TrimRange((ReadOnlySpan<T>)span, new AnyOf<T>(trimElement), false, true));
        public static Span<T> Trim<T>(this Span<T> span, ReadOnlySpan<T> trimElements) where T : IEquatable<T>? => Cut(span, TrimRange((ReadOnlySpan<T>)span, new AnyOf<T>(trimElements), true, true));
        public static Span<T> TrimStart<T>(this Span<T> span, ReadOnlySpan<T> trimElements) where T : IEquatable<T>? => Cut(span, TrimRange((ReadOnlySpan<T>)span, new AnyOf<T>(trimElements), true, false));
        public static Span<T> TrimEnd<T>(this Span<T> span, ReadOnlySpan<T> trimElements) where T : IEquatable<T>? => Cut(span, TrimRange((ReadOnlySpan<T>)span, new AnyOf<T>(trimElements), false, true));

        public static Memory<T> Trim<T>(this Memory<T> memory, T trimElement) where T : IEquatable<T>? => Cut(memory, TrimRange((ReadOnlySpan<T>)memory.Span, new AnyOf<T>(trimElement), true, true));
        public static Memory<T> TrimStart<T>(this Memory<T> memory, T trimElement) where T : IEquatable<T>? => Cut(memory, TrimRange((ReadOnlySpan<T>)memory.Span, new AnyOf<T>(trimElement), true, false));
        public static Memory<T> TrimEnd<T>(this Memory<T> memory, T trimElement) where T : IEquatable<T>? => Cut(memory, TrimRange((ReadOnlySpan<T>)memory.Span, new AnyOf<T>(trimElement), false, true));
        public static Memory<T> Trim<T>(this Memory<T> memory, ReadOnlySpan<T> trimElements) where T : IEquatable<T>? => Cut(memory, TrimRange((ReadOnlySpan<T>)memory.Span, new AnyOf<T>(trimElements), true, true));
        public static Memory<T> TrimStart<T>(this Memory<T> memory, ReadOnlySpan<T> trimElements) where T : IEquatable<T>? => Cut(memory, TrimRange((ReadOnlySpan<T>)memory.Span, new AnyOf<T>(trimElements), true, false));
        public static Memory<T> TrimEnd<T>(this Memory<T> memory, ReadOnlySpan<T> trimElements) where T : IEquatable<T>? => Cut(memory, TrimRange((ReadOnlySpan<T>)memory.Span, new AnyOf<T>(trimElements), false, true));

        public static ReadOnlyMemory<T> Trim<T>(this ReadOnlyMemory<T> memory, T trimElement) where T : IEquatable<T>? => Cut(memory, TrimRange(memory.Span, new AnyOf<T>(trimElement), true, true));
        public static ReadOnlyMemory<T> TrimStart<T>(this ReadOnlyMemory<T> memory, T trimElement) where T : IEquatable<T>? => Cut(memory, TrimRange(memory.Span, new AnyOf<T>(trimElement), true, false));
        public static ReadOnlyMemory<T> TrimEnd<T>(this ReadOnlyMemory<T> memory, T trimElement) where T : IEquatable<T>? => Cut(memory, TrimRange(memory.Span, new AnyOf<T>(trimElement), false, true));
        public static ReadOnlyMemory<T> Trim<T>(this ReadOnlyMemory<T> memory, ReadOnlySpan<T> trimElements) where T : IEquatable<T>? => Cut(memory, TrimRange(memory.Span, new AnyOf<T>(trimElements), true, true));
        public static ReadOnlyMemory<T> TrimStart<T>(this ReadOnlyMemory<T> memory, ReadOnlySpan<T> trimElements) where T : IEquatable<T>? => Cut(memory, TrimRange(memory.Span, new AnyOf<T>(trimElements), true, false));
        public static ReadOnlyMemory<T> TrimEnd<T>(this ReadOnlyMemory<T> memory, ReadOnlySpan<T> trimElements) where T : IEquatable<T>? => Cut(memory, TrimRange(memory.Span, new AnyOf<T>(trimElements), false, true));

        public static ReadOnlySpan<char> Trim(this ReadOnlySpan<char> span) => Cut(span, TrimWhiteRange(span, true, true));
        public static ReadOnlySpan<char> TrimStart(this ReadOnlySpan<char> span) => Cut(span, TrimWhiteRange(span, true, false));
        public static ReadOnlySpan<char> TrimEnd(this ReadOnlySpan<char> span) => Cut(span, TrimWhiteRange(span, false, true));
        public static Span<char> Trim(this Span<char> span) => Cut(span, TrimWhiteRange(span, true, true));
        public static Span<char> TrimStart(this Span<char> span) => Cut(span, TrimWhiteRange(span, true, false));
        public static Span<char> TrimEnd(this Span<char> span) => Cut(span, TrimWhiteRange(span, false, true));
        public static Memory<char> Trim(this Memory<char> memory) => Cut(memory, TrimWhiteRange(memory.Span, true, true));
        public static Memory<char> TrimStart(this Memory<char> memory) => Cut(memory, TrimWhiteRange(memory.Span, true, false));
        public static Memory<char> TrimEnd(this Memory<char> memory) => Cut(memory, TrimWhiteRange(memory.Span, false, true));
        public static ReadOnlyMemory<char> Trim(this ReadOnlyMemory<char> memory) => Cut(memory, TrimWhiteRange(memory.Span, true, true));
        public static ReadOnlyMemory<char> TrimStart(this ReadOnlyMemory<char> memory) => Cut(memory, TrimWhiteRange(memory.Span, true, false));
        public static ReadOnlyMemory<char> TrimEnd(this ReadOnlyMemory<char> memory) => Cut(memory, TrimWhiteRange(memory.Span, false, true));

        public static ReadOnlySpan<char> Trim(this ReadOnlySpan<char> span, char trimChar) => Cut(span, TrimRange(span, new AnyOf<char>(trimChar), true, true));
        public static ReadOnlySpan<char> TrimStart(this ReadOnlySpan<char> span, char trimChar) => Cut(span, TrimRange(span, new AnyOf<char>(trimChar), true, false));
        public static ReadOnlySpan<char> TrimEnd(this ReadOnlySpan<char> span, char trimChar) => Cut(span, TrimRange(span, new AnyOf<char>(trimChar), false, true));
        // An empty set of chars trims white space, as string.Trim(char[]) does.
        public static ReadOnlySpan<char> Trim(this ReadOnlySpan<char> span, ReadOnlySpan<char> trimChars) =>
            trimChars.IsEmpty ? Trim(span) : Cut(span, TrimRange(span, new AnyOf<char>(trimChars), true, true));
        public static ReadOnlySpan<char> TrimStart(this ReadOnlySpan<char> span, ReadOnlySpan<char> trimChars) =>
            trimChars.IsEmpty ? TrimStart(span) : Cut(span, TrimRange(span, new AnyOf<char>(trimChars), true, false));
        public static ReadOnlySpan<char> TrimEnd(this ReadOnlySpan<char> span, ReadOnlySpan<char> trimChars) =>
            trimChars.IsEmpty ? TrimEnd(span) : Cut(span, TrimRange(span, new AnyOf<char>(trimChars), false, true));
    }
}
