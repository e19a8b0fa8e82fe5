// ReadOnlySet<T> (.NET 9): a live read-only view of an ISet<T>.
using System.Collections.Generic;

namespace System.Collections.ObjectModel
{
    [Serializable]
    public class ReadOnlySet<T> : IReadOnlySet<T>, ISet<T>, ICollection
    {
        private readonly ISet<T> _set;

        public ReadOnlySet(ISet<T> set)
        {
            if (set == null) throw new ArgumentNullException("set");
            _set = set;
        }

        private static NotSupportedException ReadOnly() { return new NotSupportedException(); }

        public static ReadOnlySet<T> Empty { get { return EmptyHolder.Value; } }
        private static class EmptyHolder { internal static readonly ReadOnlySet<T> Value = new ReadOnlySet<T>(new HashSet<T>()); }

        protected ISet<T> Set { get { return _set; } }
        public int Count { get { return _set.Count; } }

        public IEnumerator<T> GetEnumerator() { return _set.Count == 0 ? ((IEnumerable<T>)EmptyArray<T>.Value).GetEnumerator() : _set.GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

        public bool Contains(T item) { return _set.Contains(item); }
        public bool IsProperSubsetOf(IEnumerable<T> other) { return _set.IsProperSubsetOf(other); }
        public bool IsProperSupersetOf(IEnumerable<T> other) { return _set.IsProperSupersetOf(other); }
        public bool IsSubsetOf(IEnumerable<T> other) { return _set.IsSubsetOf(other); }
        public bool IsSupersetOf(IEnumerable<T> other) { return _set.IsSupersetOf(other); }
        public bool Overlaps(IEnumerable<T> other) { return _set.Overlaps(other); }
        public bool SetEquals(IEnumerable<T> other) { return _set.SetEquals(other); }

        bool ICollection<T>.IsReadOnly { get { return true; } }
        void ICollection<T>.CopyTo(T[] array, int arrayIndex) { _set.CopyTo(array, arrayIndex); }
        void ICollection<T>.Add(T item) { throw ReadOnly(); }
        void ICollection<T>.Clear() { throw ReadOnly(); }
        bool ICollection<T>.Remove(T item) { throw ReadOnly(); }
        bool ISet<T>.Add(T item) { throw ReadOnly(); }
        void ISet<T>.ExceptWith(IEnumerable<T> other) { throw ReadOnly(); }
        void ISet<T>.IntersectWith(IEnumerable<T> other) { throw ReadOnly(); }
        void ISet<T>.SymmetricExceptWith(IEnumerable<T> other) { throw ReadOnly(); }
        void ISet<T>.UnionWith(IEnumerable<T> other) { throw ReadOnly(); }

        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }
        void ICollection.CopyTo(Array array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            foreach (T x in _set) array.SetValue(x, index++);
        }
    }
}
