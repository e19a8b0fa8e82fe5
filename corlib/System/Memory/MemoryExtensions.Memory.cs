// MemoryExtensions: Memory<T> / ReadOnlyMemory<T> views of arrays, segments and strings.
namespace System
{
    public static partial class MemoryExtensions
    {
        public static Memory<T> AsMemory<T>(this T[]? array) => new Memory<T>(array);
        public static Memory<T> AsMemory<T>(this T[]? array, int start)
        {
            if (array == null) { if (start != 0) throw new ArgumentOutOfRangeException(); return default; }
            return new Memory<T>(array, start, array.Length - start);
        }
        public static Memory<T> AsMemory<T>(this T[]? array, int start, int length) => new Memory<T>(array, start, length);
        public static Memory<T> AsMemory<T>(this ArraySegment<T> segment) => new Memory<T>(segment.Array, segment.Offset, segment.Count);
        public static Memory<T> AsMemory<T>(this ArraySegment<T> segment, int start)
        {
            if ((uint)start > (uint)segment.Count) throw new ArgumentOutOfRangeException(nameof(start));
            return new Memory<T>(segment.Array, segment.Offset + start, segment.Count - start);
        }
        public static Memory<T> AsMemory<T>(this ArraySegment<T> segment, int start, int length)
        {
            if ((uint)start > (uint)segment.Count) throw new ArgumentOutOfRangeException(nameof(start));
            if ((uint)length > (uint)(segment.Count - start)) throw new ArgumentOutOfRangeException(nameof(length));
            return new Memory<T>(segment.Array, segment.Offset + start, length);
        }

        public static ReadOnlyMemory<char> AsMemory(this string? text) =>
            text == null ? default : new ReadOnlyMemory<char>(text, 0, text.Length);
        public static ReadOnlyMemory<char> AsMemory(this string? text, int start)
        {
            if (text == null) { if (start != 0) throw new ArgumentOutOfRangeException(nameof(start)); return default; }
            if ((uint)start > (uint)text.Length) throw new ArgumentOutOfRangeException(nameof(start));
            return new ReadOnlyMemory<char>(text, start, text.Length - start);
        }
        public static ReadOnlyMemory<char> AsMemory(this string? text, int start, int length)
        {
            if (text == null) { if (start != 0 || length != 0) throw new ArgumentOutOfRangeException(nameof(start)); return default; }
            if ((uint)start > (uint)text.Length) throw new ArgumentOutOfRangeException(nameof(start));
            if ((uint)length > (uint)(text.Length - start)) throw new ArgumentOutOfRangeException(nameof(length));
            return new ReadOnlyMemory<char>(text, start, length);
        }
    }
}
