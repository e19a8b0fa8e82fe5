using System.Collections.Generic;

namespace System.Collections.ObjectModel
{
    [Serializable]
    public class ReadOnlyCollection<T> : IList<T>, IList, IReadOnlyList<T>
    {
        private IList<T> _list;

        public ReadOnlyCollection(IList<T> list)
        {
            if (list == null) throw new ArgumentNullException("list");
            _list = list;
        }

        public static ReadOnlyCollection<T> Empty { get { return EmptyHolder.Value; } }
        private static class EmptyHolder { internal static readonly ReadOnlyCollection<T> Value = new ReadOnlyCollection<T>(EmptyArray<T>.Value); }

        public int Count { get { return _list.Count; } }
        public T this[int index] { get { return _list[index]; } }
        protected IList<T> Items { get { return _list; } }

        public bool Contains(T value) { return _list.Contains(value); }
        public void CopyTo(T[] array, int index) { _list.CopyTo(array, index); }
        public IEnumerator<T> GetEnumerator() { return _list.GetEnumerator(); }
        public int IndexOf(T value) { return _list.IndexOf(value); }

        private static NotSupportedException ReadOnly() { return new NotSupportedException("Collection is read-only."); }

        bool ICollection<T>.IsReadOnly { get { return true; } }
        T IList<T>.this[int index] { get { return _list[index]; } set { throw ReadOnly(); } }
        void ICollection<T>.Add(T value) { throw ReadOnly(); }
        void ICollection<T>.Clear() { throw ReadOnly(); }
        void IList<T>.Insert(int index, T value) { throw ReadOnly(); }
        bool ICollection<T>.Remove(T value) { throw ReadOnly(); }
        void IList<T>.RemoveAt(int index) { throw ReadOnly(); }
        IEnumerator IEnumerable.GetEnumerator() { return _list.GetEnumerator(); }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }
        void ICollection.CopyTo(Array array, int index)
        {
            for (int i = 0; i < _list.Count; i++) array.SetValue(_list[i], index + i);
        }
        bool IList.IsFixedSize { get { return true; } }
        bool IList.IsReadOnly { get { return true; } }
        object IList.this[int index] { get { return _list[index]; } set { throw ReadOnly(); } }
        int IList.Add(object value) { throw ReadOnly(); }
        void IList.Clear() { throw ReadOnly(); }
        bool IList.Contains(object value) { return (value is T || value == null) && Contains((T)value); }
        int IList.IndexOf(object value) { return (value is T || value == null) ? IndexOf((T)value) : -1; }
        void IList.Insert(int index, object value) { throw ReadOnly(); }
        void IList.Remove(object value) { throw ReadOnly(); }
        void IList.RemoveAt(int index) { throw ReadOnly(); }
    }
}
