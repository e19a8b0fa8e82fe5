// ReadOnlyMemory<T>: the read-only twin of Memory<T> (see Memory.cs); a string
// becomes a ReadOnlyMemory<char> through string.AsMemory().
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace System
{
    public readonly struct ReadOnlyMemory<T> : IEquatable<ReadOnlyMemory<T>>
    {
        internal readonly object? _object;
        internal readonly int _index;
        internal readonly int _length;

        public ReadOnlyMemory(T[]? array)
        {
            if (array == null) { this = default; return; }
            _object = array; _index = 0; _length = array.Length;
        }

        public ReadOnlyMemory(T[]? array, int start, int length)
        {
            if (array == null)
            {
                if (start != 0 || length != 0) throw new ArgumentOutOfRangeException();
                this = default;
                return;
            }
            if ((ulong)(uint)start + (ulong)(uint)length > (ulong)(uint)array.Length) throw new ArgumentOutOfRangeException();
            _object = array; _index = start; _length = length;
        }

        internal ReadOnlyMemory(object? obj, int start, int length) { _object = obj; _index = start; _length = length; }

        public static ReadOnlyMemory<T> Empty => default;
        public int Length => _length;
        public bool IsEmpty => _length == 0;

        public static implicit operator ReadOnlyMemory<T>(T[]? array) => new ReadOnlyMemory<T>(array);
        public static implicit operator ReadOnlyMemory<T>(ArraySegment<T> segment) => new ReadOnlyMemory<T>(segment.Array, segment.Offset, segment.Count);

        public ReadOnlySpan<T> Span => new Memory<T>(_object, _index, _length).Span;

        public ReadOnlyMemory<T> Slice(int start)
        {
            if ((uint)start > (uint)_length) ThrowHelpers.ArgumentOutOfRange("start");
            return new ReadOnlyMemory<T>(_object, _index + start, _length - start);
        }

        public ReadOnlyMemory<T> Slice(int start, int length)
        {
            if ((ulong)(uint)start + (ulong)(uint)length > (ulong)(uint)_length) ThrowHelpers.ArgumentOutOfRange("start");
            return new ReadOnlyMemory<T>(_object, _index + start, length);
        }

        public void CopyTo(Memory<T> destination) => Span.CopyTo(destination.Span);
        public bool TryCopyTo(Memory<T> destination) => Span.TryCopyTo(destination.Span);
        public T[] ToArray() => Span.ToArray();
        public MemoryHandle Pin() => MemoryPinning.Pin<T>(_object, _index);

        public override string ToString()
        {
            if (typeof(T) == typeof(char)) return _object is string s ? s.Substring(_index, _length) : Span.ToString();
            return "System.ReadOnlyMemory<" + typeof(T).Name + ">[" + _length.ToString() + "]";
        }

        public bool Equals(ReadOnlyMemory<T> other) => _object == other._object && _index == other._index && _length == other._length;
        public override bool Equals(object? obj) =>
            obj is ReadOnlyMemory<T> r ? Equals(r) : obj is Memory<T> m && Equals((ReadOnlyMemory<T>)m);
        public override int GetHashCode() => _object == null ? 0 : (RuntimeHelpers.GetHashCode(_object) * 31 + _index) * 31 + _length;
    }
}
