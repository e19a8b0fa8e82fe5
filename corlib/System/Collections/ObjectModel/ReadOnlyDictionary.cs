// ReadOnlyDictionary<TKey,TValue>: a live read-only view of an IDictionary,
// with read-only Keys/Values views; every mutator throws NotSupportedException.
using System.Collections.Generic;

namespace System.Collections.ObjectModel
{
    [Serializable]
    public class ReadOnlyDictionary<TKey, TValue> : IDictionary<TKey, TValue>, IDictionary, IReadOnlyDictionary<TKey, TValue>
    {
        private readonly IDictionary<TKey, TValue> m_dictionary;
        private KeyCollection _keys;
        private ValueCollection _values;

        public ReadOnlyDictionary(IDictionary<TKey, TValue> dictionary)
        {
            if (dictionary == null) throw new ArgumentNullException("dictionary");
            m_dictionary = dictionary;
        }

        internal static NotSupportedException ReadOnly() { return new NotSupportedException("Collection is read-only."); }

        public static ReadOnlyDictionary<TKey, TValue> Empty { get { return EmptyHolder.Value; } }
        private static class EmptyHolder { internal static readonly ReadOnlyDictionary<TKey, TValue> Value = new ReadOnlyDictionary<TKey, TValue>(new Dictionary<TKey, TValue>()); }

        protected IDictionary<TKey, TValue> Dictionary { get { return m_dictionary; } }

        public KeyCollection Keys { get { return _keys ?? (_keys = new KeyCollection(m_dictionary.Keys)); } }
        public ValueCollection Values { get { return _values ?? (_values = new ValueCollection(m_dictionary.Values)); } }
        public int Count { get { return m_dictionary.Count; } }
        public TValue this[TKey key] { get { return m_dictionary[key]; } }

        public bool ContainsKey(TKey key) { return m_dictionary.ContainsKey(key); }
        public bool TryGetValue(TKey key, out TValue value) { return m_dictionary.TryGetValue(key, out value); }
        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() { return m_dictionary.GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return m_dictionary.GetEnumerator(); }

        ICollection<TKey> IDictionary<TKey, TValue>.Keys { get { return Keys; } }
        ICollection<TValue> IDictionary<TKey, TValue>.Values { get { return Values; } }
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys { get { return Keys; } }
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values { get { return Values; } }
        TValue IDictionary<TKey, TValue>.this[TKey key] { get { return m_dictionary[key]; } set { throw ReadOnly(); } }
        void IDictionary<TKey, TValue>.Add(TKey key, TValue value) { throw ReadOnly(); }
        bool IDictionary<TKey, TValue>.Remove(TKey key) { throw ReadOnly(); }

        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly { get { return true; } }
        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> item) { return m_dictionary.Contains(item); }
        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex) { m_dictionary.CopyTo(array, arrayIndex); }
        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> item) { throw ReadOnly(); }
        void ICollection<KeyValuePair<TKey, TValue>>.Clear() { throw ReadOnly(); }
        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> item) { throw ReadOnly(); }

        bool IDictionary.IsFixedSize { get { return true; } }
        bool IDictionary.IsReadOnly { get { return true; } }
        ICollection IDictionary.Keys { get { return Keys; } }
        ICollection IDictionary.Values { get { return Values; } }
        object IDictionary.this[object key]
        {
            get { return key is TKey && m_dictionary.ContainsKey((TKey)key) ? (object)m_dictionary[(TKey)key] : null; }
            set { throw ReadOnly(); }
        }
        bool IDictionary.Contains(object key) { return key is TKey && m_dictionary.ContainsKey((TKey)key); }
        IDictionaryEnumerator IDictionary.GetEnumerator() { return new DictionaryEnumerator(m_dictionary.GetEnumerator()); }
        void IDictionary.Add(object key, object value) { throw ReadOnly(); }
        void IDictionary.Clear() { throw ReadOnly(); }
        void IDictionary.Remove(object key) { throw ReadOnly(); }

        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }
        void ICollection.CopyTo(Array array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            foreach (KeyValuePair<TKey, TValue> p in m_dictionary) array.SetValue(p, index++);
        }

        private sealed class DictionaryEnumerator : IDictionaryEnumerator
        {
            private readonly IEnumerator<KeyValuePair<TKey, TValue>> _e;
            internal DictionaryEnumerator(IEnumerator<KeyValuePair<TKey, TValue>> e) { _e = e; }
            public DictionaryEntry Entry { get { return new DictionaryEntry(_e.Current.Key, _e.Current.Value); } }
            public object Key { get { return _e.Current.Key; } }
            public object Value { get { return _e.Current.Value; } }
            public object Current { get { return Entry; } }
            public bool MoveNext() { return _e.MoveNext(); }
            public void Reset() { _e.Reset(); }
        }

        public sealed class KeyCollection : ICollection<TKey>, ICollection, IReadOnlyCollection<TKey>
        {
            private readonly ICollection<TKey> _collection;
            internal KeyCollection(ICollection<TKey> collection)
            {
                if (collection == null) throw new ArgumentNullException("collection");
                _collection = collection;
            }
            public int Count { get { return _collection.Count; } }
            public bool Contains(TKey item) { return _collection.Contains(item); }
            public void CopyTo(TKey[] array, int arrayIndex) { _collection.CopyTo(array, arrayIndex); }
            public IEnumerator<TKey> GetEnumerator() { return _collection.GetEnumerator(); }
            IEnumerator IEnumerable.GetEnumerator() { return _collection.GetEnumerator(); }
            bool ICollection<TKey>.IsReadOnly { get { return true; } }
            void ICollection<TKey>.Add(TKey item) { throw ReadOnly(); }
            void ICollection<TKey>.Clear() { throw ReadOnly(); }
            bool ICollection<TKey>.Remove(TKey item) { throw ReadOnly(); }
            bool ICollection.IsSynchronized { get { return false; } }
            object ICollection.SyncRoot { get { return this; } }
            void ICollection.CopyTo(Array array, int index)
            {
                if (array == null) throw new ArgumentNullException("array");
                foreach (TKey k in _collection) array.SetValue(k, index++);
            }
        }

        public sealed class ValueCollection : ICollection<TValue>, ICollection, IReadOnlyCollection<TValue>
        {
            private readonly ICollection<TValue> _collection;
            internal ValueCollection(ICollection<TValue> collection)
            {
                if (collection == null) throw new ArgumentNullException("collection");
                _collection = collection;
            }
            public int Count { get { return _collection.Count; } }
            public void CopyTo(TValue[] array, int arrayIndex) { _collection.CopyTo(array, arrayIndex); }
            public IEnumerator<TValue> GetEnumerator() { return _collection.GetEnumerator(); }
            IEnumerator IEnumerable.GetEnumerator() { return _collection.GetEnumerator(); }
            bool ICollection<TValue>.Contains(TValue item) { return _collection.Contains(item); }
            bool ICollection<TValue>.IsReadOnly { get { return true; } }
            void ICollection<TValue>.Add(TValue item) { throw ReadOnly(); }
            void ICollection<TValue>.Clear() { throw ReadOnly(); }
            bool ICollection<TValue>.Remove(TValue item) { throw ReadOnly(); }
            bool ICollection.IsSynchronized { get { return false; } }
            object ICollection.SyncRoot { get { return this; } }
            void ICollection.CopyTo(Array array, int index)
            {
                if (array == null) throw new ArgumentNullException("array");
                foreach (TValue v in _collection) array.SetValue(v, index++);
            }
        }
    }
}
