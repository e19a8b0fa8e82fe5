// ArraySegment<T>: a view of part of an array.
using System.Collections;
using System.Collections.Generic;

namespace System
{
    [Serializable]
    public struct ArraySegment<T> : IList<T>, IReadOnlyList<T>
    {
        private readonly T[] _array;
        private readonly int _offset, _count;

        public ArraySegment(T[] array)
        {
            if (array == null) throw new ArgumentNullException("array");
            _array = array; _offset = 0; _count = array.Length;
        }

        public ArraySegment(T[] array, int offset, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (offset < 0 || count < 0 || array.Length - offset < count) throw new ArgumentOutOfRangeException(offset < 0 ? "offset" : "count");
            _array = array; _offset = offset; _count = count;
        }

        public T[] Array { get { return _array; } }
        public int Offset { get { return _offset; } }
        public int Count { get { return _count; } }
        public static ArraySegment<T> Empty { get { return new ArraySegment<T>(new T[0]); } }

        public T this[int index]
        {
            get { if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException("index"); return _array[_offset + index]; }
            set { if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException("index"); _array[_offset + index] = value; }
        }

        public ArraySegment<T> Slice(int index) { return new ArraySegment<T>(_array, _offset + index, _count - index); }
        public ArraySegment<T> Slice(int index, int count) { return new ArraySegment<T>(_array, _offset + index, count); }

        public T[] ToArray()
        {
            T[] r = new T[_count];
            if (_count > 0) System.Array.Copy(_array, _offset, r, 0, _count);
            return r;
        }

        public void CopyTo(T[] destination, int destinationIndex) { System.Array.Copy(_array, _offset, destination, destinationIndex, _count); }
        public int IndexOf(T item) { int i = System.Array.IndexOf(_array, item, _offset, _count); return i < 0 ? -1 : i - _offset; }
        public bool Contains(T item) { return IndexOf(item) >= 0; }

        bool ICollection<T>.IsReadOnly { get { return true; } }
        void ICollection<T>.Add(T item) { throw new NotSupportedException(); }
        void ICollection<T>.Clear() { throw new NotSupportedException(); }
        bool ICollection<T>.Remove(T item) { throw new NotSupportedException(); }
        void IList<T>.Insert(int index, T item) { throw new NotSupportedException(); }
        void IList<T>.RemoveAt(int index) { throw new NotSupportedException(); }

        public IEnumerator<T> GetEnumerator() { for (int i = 0; i < _count; i++) yield return _array[_offset + i]; }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

        public override bool Equals(object obj) { return obj is ArraySegment<T> && Equals((ArraySegment<T>)obj); }
        public bool Equals(ArraySegment<T> obj) { return obj._array == _array && obj._offset == _offset && obj._count == _count; }
        public override int GetHashCode() { return _array == null ? 0 : _array.GetHashCode() ^ _offset ^ (_count << 16); }
        public static bool operator ==(ArraySegment<T> a, ArraySegment<T> b) { return a.Equals(b); }
        public static bool operator !=(ArraySegment<T> a, ArraySegment<T> b) { return !a.Equals(b); }
    }
}
