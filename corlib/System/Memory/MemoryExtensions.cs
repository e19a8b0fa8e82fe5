// MemoryExtensions: spans over arrays and strings, and the searches and
// comparisons over spans.
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace System
{
    public static partial class MemoryExtensions
    {
        public static Span<T> AsSpan<T>(this T[]? array) => new Span<T>(array);
        public static Span<T> AsSpan<T>(this T[]? array, int start)
        {
            if (array == null) { if (start != 0) throw new ArgumentOutOfRangeException(); return default; }
            return new Span<T>(array, start, array.Length - start);
        }
        public static Span<T> AsSpan<T>(this T[]? array, int start, int length) => new Span<T>(array, start, length);
        public static Span<T> AsSpan<T>(this ArraySegment<T> segment) => new Span<T>(segment.Array, segment.Offset, segment.Count);
        public static Span<T> AsSpan<T>(this ArraySegment<T> segment, int start)
        {
            if ((uint)start > (uint)segment.Count) throw new ArgumentOutOfRangeException(nameof(start));
            return new Span<T>(segment.Array, segment.Offset + start, segment.Count - start);
        }
        public static Span<T> AsSpan<T>(this ArraySegment<T> segment, int start, int length)
        {
            if ((uint)start > (uint)segment.Count) throw new ArgumentOutOfRangeException(nameof(start));
            if ((uint)length > (uint)(segment.Count - start)) throw new ArgumentOutOfRangeException(nameof(length));
            return new Span<T>(segment.Array, segment.Offset + start, length);
        }

        public static ReadOnlySpan<char> AsSpan(this string? text) =>
            text == null ? default : new ReadOnlySpan<char>(ref text.GetRawStringData(), text.Length);
        public static ReadOnlySpan<char> AsSpan(this string? text, int start)
        {
            if (text == null) { if (start != 0) throw new ArgumentOutOfRangeException(nameof(start)); return default; }
            if ((uint)start > (uint)text.Length) throw new ArgumentOutOfRangeException(nameof(start));
            return new ReadOnlySpan<char>(ref Unsafe.Add(ref text.GetRawStringData(), start), text.Length - start);
        }
        public static ReadOnlySpan<char> AsSpan(this string? text, int start, int length)
        {
            if (text == null) { if (start != 0 || length != 0) throw new ArgumentOutOfRangeException(nameof(start)); return default; }
            if ((ulong)(uint)start + (ulong)(uint)length > (ulong)(uint)text.Length) throw new ArgumentOutOfRangeException(nameof(start));
            return new ReadOnlySpan<char>(ref Unsafe.Add(ref text.GetRawStringData(), start), length);
        }
    }
}
