// MemoryMarshal: what lies beneath a Memory<T> / ReadOnlyMemory<T>.
using System.Buffers;
using System.Collections.Generic;

namespace System.Runtime.InteropServices
{
    public static partial class MemoryMarshal
    {
        public static Memory<T> AsMemory<T>(ReadOnlyMemory<T> memory) => new Memory<T>(memory._object, memory._index, memory._length);

        public static bool TryGetArray<T>(ReadOnlyMemory<T> memory, out ArraySegment<T> segment)
        {
            object? o = memory._object;
            if (o is T[] array) { segment = new ArraySegment<T>(array, memory._index, memory._length); return true; }
            if (o is MemoryManager<T> manager && manager.TryGetArray(out ArraySegment<T> whole))
            {
                segment = new ArraySegment<T>(whole.Array!, whole.Offset + memory._index, memory._length);
                return true;
            }
            if (o == null) { segment = ArraySegment<T>.Empty; return true; }
            segment = default;
            return false;
        }

        public static bool TryGetString(ReadOnlyMemory<char> memory, out string? text, out int start, out int length)
        {
            if (memory._object is string s) { text = s; start = memory._index; length = memory._length; return true; }
            text = null; start = 0; length = 0;
            return false;
        }

        public static bool TryGetMemoryManager<T, TManager>(ReadOnlyMemory<T> memory, out TManager? manager) where TManager : MemoryManager<T>
        {
            manager = memory._object as TManager;
            return manager != null;
        }

        public static bool TryGetMemoryManager<T, TManager>(ReadOnlyMemory<T> memory, out TManager? manager, out int start, out int length) where TManager : MemoryManager<T>
        {
            manager = memory._object as TManager;
            if (manager == null) { start = 0; length = 0; return false; }
            start = memory._index; length = memory._length;
            return true;
        }

        public static IEnumerable<T> ToEnumerable<T>(ReadOnlyMemory<T> memory)
        {
            for (int i = 0; i < memory.Length; i++) yield return memory.Span[i];
        }

        public static Memory<T> CreateFromPinnedArray<T>(T[]? array, int start, int length) => new Memory<T>(array, start, length);
    }
}
