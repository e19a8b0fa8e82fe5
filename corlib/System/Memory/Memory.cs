// Memory<T>: a heap-storable view of an array, a string (read-only only) or a
// MemoryManager<T>'s memory: the owner object, a start index and a length.
// Span gets a Span<T> over it when needed.
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace System
{
    public readonly struct Memory<T> : IEquatable<Memory<T>>
    {
        internal readonly object? _object;   // T[], string (as ReadOnlyMemory<char>), MemoryManager<T>
        internal readonly int _index;
        internal readonly int _length;

        public Memory(T[]? array)
        {
            if (array == null) { this = default; return; }
            if (!typeof(T).IsValueType && array.GetType() != typeof(T[])) throw new ArrayTypeMismatchException();
            _object = array; _index = 0; _length = array.Length;
        }

        public Memory(T[]? array, int start, int length)
        {
            if (array == null)
            {
                if (start != 0 || length != 0) throw new ArgumentOutOfRangeException();
                this = default;
                return;
            }
            if (!typeof(T).IsValueType && array.GetType() != typeof(T[])) throw new ArrayTypeMismatchException();
            if ((ulong)(uint)start + (ulong)(uint)length > (ulong)(uint)array.Length) throw new ArgumentOutOfRangeException();
            _object = array; _index = start; _length = length;
        }

        internal Memory(object? obj, int start, int length) { _object = obj; _index = start; _length = length; }

        public static Memory<T> Empty => default;
        public int Length => _length;
        public bool IsEmpty => _length == 0;

        public static implicit operator Memory<T>(T[]? array) => new Memory<T>(array);
        public static implicit operator Memory<T>(ArraySegment<T> segment) => new Memory<T>(segment.Array, segment.Offset, segment.Count);
        public static implicit operator ReadOnlyMemory<T>(Memory<T> memory) => new ReadOnlyMemory<T>(memory._object, memory._index, memory._length);

        public Span<T> Span
        {
            get
            {
                object? o = _object;
                if (o == null) return default;
                if (o is T[] array) return new Span<T>(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), _index), _length);
                if (typeof(T) == typeof(char) && o is string s)
                    return new Span<T>(ref Unsafe.As<char, T>(ref Unsafe.Add(ref s.GetRawStringData(), _index)), _length);
                return ((MemoryManager<T>)o).GetSpan().Slice(_index, _length);
            }
        }

        public Memory<T> Slice(int start)
        {
            if ((uint)start > (uint)_length) ThrowHelpers.ArgumentOutOfRange("start");
            return new Memory<T>(_object, _index + start, _length - start);
        }

        public Memory<T> Slice(int start, int length)
        {
            if ((ulong)(uint)start + (ulong)(uint)length > (ulong)(uint)_length) ThrowHelpers.ArgumentOutOfRange("start");
            return new Memory<T>(_object, _index + start, length);
        }

        public void CopyTo(Memory<T> destination) => Span.CopyTo(destination.Span);
        public bool TryCopyTo(Memory<T> destination) => Span.TryCopyTo(destination.Span);
        public T[] ToArray() => Span.ToArray();

        public unsafe MemoryHandle Pin() => MemoryPinning.Pin<T>(_object, _index);

        public override string ToString()
        {
            if (typeof(T) == typeof(char)) return _object is string s ? s.Substring(_index, _length) : Span.ToString();
            return "System.Memory<" + typeof(T).Name + ">[" + _length.ToString() + "]";
        }

        public bool Equals(Memory<T> other) => _object == other._object && _index == other._index && _length == other._length;
        public override bool Equals(object? obj) =>
            obj is Memory<T> m ? Equals(m) : obj is ReadOnlyMemory<T> r && r.Equals((ReadOnlyMemory<T>)this);
        public override int GetHashCode() => _object == null ? 0 : (RuntimeHelpers.GetHashCode(_object) * 31 + _index) * 31 + _length;
    }

    // Pinning costs nothing here (the collector never moves objects): a handle
    // only keeps the owner alive until the MemoryHandle is disposed.
    internal static unsafe class MemoryPinning
    {
#pragma warning disable CS8500
        internal static MemoryHandle Pin<T>(object? o, int index)
        {
            if (o == null) return default;
            if (o is MemoryManager<T> manager) return manager.Pin(index);
            GCHandle handle = GCHandle.Alloc(o, GCHandleType.Normal);
            void* p;
            if (o is string s) { fixed (char* c = &s.GetRawStringData()) p = c + index; }
            else { fixed (T* e = &MemoryMarshal.GetArrayDataReference((T[])o)) p = e + index; }
            return new MemoryHandle(p, handle);
        }
#pragma warning restore CS8500
    }
}
