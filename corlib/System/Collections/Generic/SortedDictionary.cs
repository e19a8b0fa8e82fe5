// SortedDictionary<K,V> (a SortedSet of pairs ordered by key) and
// SortedList<K,V> (parallel sorted arrays, binary search).
namespace System.Collections.Generic
{
    internal sealed class PairKeyComparer<TKey, TValue> : IComparer<KeyValuePair<TKey, TValue>>
    {
        internal readonly IComparer<TKey> keyComparer;
        internal PairKeyComparer(IComparer<TKey> c) { keyComparer = c ?? Comparer<TKey>.Default; }
        public int Compare(KeyValuePair<TKey, TValue> x, KeyValuePair<TKey, TValue> y) { return keyComparer.Compare(x.Key, y.Key); }
    }

    [Serializable]
    public class SortedDictionary<TKey, TValue> : IDictionary<TKey, TValue>, IDictionary, IReadOnlyDictionary<TKey, TValue>
    {
        private readonly SortedSet<KeyValuePair<TKey, TValue>> _set;
        private readonly PairKeyComparer<TKey, TValue> _cmp;
        private KeyCollection _keys;
        private ValueCollection _values;

        public SortedDictionary() : this((IComparer<TKey>)null) { }
        public SortedDictionary(IComparer<TKey> comparer)
        {
            _cmp = new PairKeyComparer<TKey, TValue>(comparer);
            _set = new SortedSet<KeyValuePair<TKey, TValue>>(_cmp);
        }
        public SortedDictionary(IDictionary<TKey, TValue> dictionary) : this(dictionary, null) { }
        public SortedDictionary(IDictionary<TKey, TValue> dictionary, IComparer<TKey> comparer) : this(comparer)
        {
            if (dictionary == null) throw new ArgumentNullException("dictionary");
            foreach (KeyValuePair<TKey, TValue> kv in dictionary) Add(kv.Key, kv.Value);
        }

        public IComparer<TKey> Comparer { get { return _cmp.keyComparer; } }
        public int Count { get { return _set.Count; } }
        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly { get { return false; } }
        bool IDictionary.IsReadOnly { get { return false; } }
        bool IDictionary.IsFixedSize { get { return false; } }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }

        private SortedSet<KeyValuePair<TKey, TValue>>.Node Find(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            return _set.FindNode(new KeyValuePair<TKey, TValue>(key, default(TValue)));
        }

        public TValue this[TKey key]
        {
            get
            {
                SortedSet<KeyValuePair<TKey, TValue>>.Node n = Find(key);
                if (n == null) throw new KeyNotFoundException("The given key '" + key + "' was not present in the dictionary.");
                return n.Item.Value;
            }
            set
            {
                if (key == null) throw new ArgumentNullException("key");
                _set.AddOrReplace(new KeyValuePair<TKey, TValue>(key, value));
            }
        }

        public void Add(TKey key, TValue value)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (!_set.Add(new KeyValuePair<TKey, TValue>(key, value)))
                throw new ArgumentException("An item with the same key has already been added. Key: " + key);
        }

        public bool ContainsKey(TKey key) { return Find(key) != null; }

        public bool ContainsValue(TValue value)
        {
            EqualityComparer<TValue> c = EqualityComparer<TValue>.Default;
            foreach (KeyValuePair<TKey, TValue> kv in _set) if (c.Equals(kv.Value, value)) return true;
            return false;
        }

        public bool TryGetValue(TKey key, out TValue value)
        {
            SortedSet<KeyValuePair<TKey, TValue>>.Node n = Find(key);
            if (n == null) { value = default(TValue); return false; }
            value = n.Item.Value;
            return true;
        }

        public bool Remove(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            return _set.Remove(new KeyValuePair<TKey, TValue>(key, default(TValue)));
        }

        public void Clear() { _set.Clear(); }

        public KeyCollection Keys { get { return _keys ?? (_keys = new KeyCollection(this)); } }
        public ValueCollection Values { get { return _values ?? (_values = new ValueCollection(this)); } }
        ICollection<TKey> IDictionary<TKey, TValue>.Keys { get { return Keys; } }
        ICollection<TValue> IDictionary<TKey, TValue>.Values { get { return Values; } }
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys { get { return Keys; } }
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values { get { return Values; } }
        ICollection IDictionary.Keys { get { return new List<TKey>(Keys); } }
        ICollection IDictionary.Values { get { return new List<TValue>(Values); } }

        object IDictionary.this[object key]
        {
            get { TValue v; return key is TKey && TryGetValue((TKey)key, out v) ? (object)v : null; }
            set { this[(TKey)key] = (TValue)value; }
        }
        void IDictionary.Add(object key, object value) { Add((TKey)key, (TValue)value); }
        bool IDictionary.Contains(object key) { return key is TKey && ContainsKey((TKey)key); }
        void IDictionary.Remove(object key) { if (key is TKey) Remove((TKey)key); }
        IDictionaryEnumerator IDictionary.GetEnumerator() { return new DictEnumerator(GetEnumerator()); }

        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> item) { Add(item.Key, item.Value); }
        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> item)
        {
            SortedSet<KeyValuePair<TKey, TValue>>.Node n = Find(item.Key);
            return n != null && EqualityComparer<TValue>.Default.Equals(n.Item.Value, item.Value);
        }
        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> item)
        {
            return ((ICollection<KeyValuePair<TKey, TValue>>)this).Contains(item) && Remove(item.Key);
        }
        public void CopyTo(KeyValuePair<TKey, TValue>[] array, int index) { _set.CopyTo(array, index); }
        void ICollection.CopyTo(Array array, int index) { foreach (KeyValuePair<TKey, TValue> kv in _set) array.SetValue(kv, index++); }

        public Enumerator GetEnumerator() { return new Enumerator(_set.GetEnumerator()); }
        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator() { return GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

        [Serializable]
        public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>, IDictionaryEnumerator
        {
            private SortedSet<KeyValuePair<TKey, TValue>>.Enumerator _e;
            internal Enumerator(SortedSet<KeyValuePair<TKey, TValue>>.Enumerator e) { _e = e; }
            public bool MoveNext() { return _e.MoveNext(); }
            public KeyValuePair<TKey, TValue> Current { get { return _e.Current; } }
            object IEnumerator.Current { get { return _e.Current; } }
            object IDictionaryEnumerator.Key { get { return _e.Current.Key; } }
            object IDictionaryEnumerator.Value { get { return _e.Current.Value; } }
            DictionaryEntry IDictionaryEnumerator.Entry { get { return new DictionaryEntry(_e.Current.Key, _e.Current.Value); } }
            void IEnumerator.Reset() { ((IEnumerator)_e).Reset(); }
            public void Dispose() { }
        }

        private sealed class DictEnumerator : IDictionaryEnumerator
        {
            private Enumerator _e;
            internal DictEnumerator(Enumerator e) { _e = e; }
            public bool MoveNext() { return _e.MoveNext(); }
            public object Current { get { return Entry; } }
            public object Key { get { return _e.Current.Key; } }
            public object Value { get { return _e.Current.Value; } }
            public DictionaryEntry Entry { get { return new DictionaryEntry(_e.Current.Key, _e.Current.Value); } }
            public void Reset() { ((IEnumerator)_e).Reset(); }
        }

        [Serializable]
        public sealed class KeyCollection : ICollection<TKey>, ICollection, IReadOnlyCollection<TKey>
        {
            private readonly SortedDictionary<TKey, TValue> _d;
            public KeyCollection(SortedDictionary<TKey, TValue> dictionary) { _d = dictionary; }
            public int Count { get { return _d.Count; } }
            bool ICollection<TKey>.IsReadOnly { get { return true; } }
            bool ICollection.IsSynchronized { get { return false; } }
            object ICollection.SyncRoot { get { return _d; } }
            void ICollection<TKey>.Add(TKey item) { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); }
            void ICollection<TKey>.Clear() { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); }
            bool ICollection<TKey>.Remove(TKey item) { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); }
            bool ICollection<TKey>.Contains(TKey item) { return _d.ContainsKey(item); }
            public void CopyTo(TKey[] array, int index) { foreach (KeyValuePair<TKey, TValue> kv in _d._set) array[index++] = kv.Key; }
            void ICollection.CopyTo(Array array, int index) { foreach (KeyValuePair<TKey, TValue> kv in _d._set) array.SetValue(kv.Key, index++); }
            public Enumerator GetEnumerator() { return new Enumerator(_d); }
            IEnumerator<TKey> IEnumerable<TKey>.GetEnumerator() { return new Enumerator(_d); }
            IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(_d); }

            [Serializable]
            public struct Enumerator : IEnumerator<TKey>
            {
                private SortedDictionary<TKey, TValue>.Enumerator _e;
                internal Enumerator(SortedDictionary<TKey, TValue> d) { _e = d.GetEnumerator(); }
                public bool MoveNext() { return _e.MoveNext(); }
                public TKey Current { get { return _e.Current.Key; } }
                object IEnumerator.Current { get { return _e.Current.Key; } }
                void IEnumerator.Reset() { ((IEnumerator)_e).Reset(); }
                public void Dispose() { }
            }
        }

        [Serializable]
        public sealed class ValueCollection : ICollection<TValue>, ICollection, IReadOnlyCollection<TValue>
        {
            private readonly SortedDictionary<TKey, TValue> _d;
            public ValueCollection(SortedDictionary<TKey, TValue> dictionary) { _d = dictionary; }
            public int Count { get { return _d.Count; } }
            bool ICollection<TValue>.IsReadOnly { get { return true; } }
            bool ICollection.IsSynchronized { get { return false; } }
            object ICollection.SyncRoot { get { return _d; } }
            void ICollection<TValue>.Add(TValue item) { throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed."); }
            void ICollection<TValue>.Clear() { throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed."); }
            bool ICollection<TValue>.Remove(TValue item) { throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed."); }
            bool ICollection<TValue>.Contains(TValue item) { return _d.ContainsValue(item); }
            public void CopyTo(TValue[] array, int index) { foreach (KeyValuePair<TKey, TValue> kv in _d._set) array[index++] = kv.Value; }
            void ICollection.CopyTo(Array array, int index) { foreach (KeyValuePair<TKey, TValue> kv in _d._set) array.SetValue(kv.Value, index++); }
            public Enumerator GetEnumerator() { return new Enumerator(_d); }
            IEnumerator<TValue> IEnumerable<TValue>.GetEnumerator() { return new Enumerator(_d); }
            IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(_d); }

            [Serializable]
            public struct Enumerator : IEnumerator<TValue>
            {
                private SortedDictionary<TKey, TValue>.Enumerator _e;
                internal Enumerator(SortedDictionary<TKey, TValue> d) { _e = d.GetEnumerator(); }
                public bool MoveNext() { return _e.MoveNext(); }
                public TValue Current { get { return _e.Current.Value; } }
                object IEnumerator.Current { get { return _e.Current.Value; } }
                void IEnumerator.Reset() { ((IEnumerator)_e).Reset(); }
                public void Dispose() { }
            }
        }
    }

    [Serializable]
    public class SortedList<TKey, TValue> : IDictionary<TKey, TValue>, IDictionary, IReadOnlyDictionary<TKey, TValue>
    {
        private TKey[] _keys;
        private TValue[] _values;
        private int _size, _version;
        private readonly IComparer<TKey> _comparer;
        private KeyList _keyList;
        private ValueList _valueList;

        public SortedList() : this(0, null) { }
        public SortedList(int capacity) : this(capacity, null) { }
        public SortedList(IComparer<TKey> comparer) : this(0, comparer) { }
        public SortedList(int capacity, IComparer<TKey> comparer)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            _keys = new TKey[capacity];
            _values = new TValue[capacity];
            _comparer = comparer ?? Comparer<TKey>.Default;
        }
        public SortedList(IDictionary<TKey, TValue> dictionary) : this(dictionary, null) { }
        public SortedList(IDictionary<TKey, TValue> dictionary, IComparer<TKey> comparer) : this(dictionary == null ? 0 : dictionary.Count, comparer)
        {
            if (dictionary == null) throw new ArgumentNullException("dictionary");
            foreach (KeyValuePair<TKey, TValue> kv in dictionary) Add(kv.Key, kv.Value);
        }

        public IComparer<TKey> Comparer { get { return _comparer; } }
        public int Count { get { return _size; } }
        public int Capacity
        {
            get { return _keys.Length; }
            set
            {
                if (value < _size) throw new ArgumentOutOfRangeException("value");
                TKey[] k = new TKey[value]; TValue[] v = new TValue[value];
                Array.Copy(_keys, 0, k, 0, _size); Array.Copy(_values, 0, v, 0, _size);
                _keys = k; _values = v;
            }
        }
        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly { get { return false; } }
        bool IDictionary.IsReadOnly { get { return false; } }
        bool IDictionary.IsFixedSize { get { return false; } }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }

        public int IndexOfKey(TKey key) { int i = Search(key); return i >= 0 ? i : -1; }

        // The index of key, or the complement of where it would be inserted.
        private int Search(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            int lo = 0, hi = _size - 1;
            while (lo <= hi)
            {
                int mid = lo + ((hi - lo) >> 1);
                int c = _comparer.Compare(_keys[mid], key);
                if (c == 0) return mid;
                if (c < 0) lo = mid + 1; else hi = mid - 1;
            }
            return ~lo;
        }

        public int IndexOfValue(TValue value) { return Array.IndexOf(_values, value, 0, _size); }

        public void Add(TKey key, TValue value)
        {
            int i = Search(key);
            if (i >= 0) throw new ArgumentException("An item with the same key has already been added. Key: " + key);
            Insert(~i, key, value);
        }

        private void Insert(int i, TKey key, TValue value)
        {
            if (_size == _keys.Length) Capacity = _keys.Length == 0 ? 4 : _keys.Length * 2;
            if (i < _size)
            {
                Array.Copy(_keys, i, _keys, i + 1, _size - i);
                Array.Copy(_values, i, _values, i + 1, _size - i);
            }
            _keys[i] = key;
            _values[i] = value;
            _size++;
            _version++;
        }

        public TValue this[TKey key]
        {
            get
            {
                int i = Search(key);
                if (i < 0) throw new KeyNotFoundException("The given key '" + key + "' was not present in the dictionary.");
                return _values[i];
            }
            set
            {
                int i = Search(key);
                if (i >= 0) { _values[i] = value; _version++; }
                else Insert(~i, key, value);
            }
        }

        public bool ContainsKey(TKey key) { return Search(key) >= 0; }
        public bool ContainsValue(TValue value) { return IndexOfValue(value) >= 0; }

        public bool TryGetValue(TKey key, out TValue value)
        {
            int i = Search(key);
            if (i < 0) { value = default(TValue); return false; }
            value = _values[i];
            return true;
        }

        public TKey GetKeyAtIndex(int index) { if ((uint)index >= (uint)_size) throw new ArgumentOutOfRangeException("index"); return _keys[index]; }
        public TValue GetValueAtIndex(int index) { if ((uint)index >= (uint)_size) throw new ArgumentOutOfRangeException("index"); return _values[index]; }

        public void RemoveAt(int index)
        {
            if ((uint)index >= (uint)_size) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            _size--;
            if (index < _size)
            {
                Array.Copy(_keys, index + 1, _keys, index, _size - index);
                Array.Copy(_values, index + 1, _values, index, _size - index);
            }
            _keys[_size] = default(TKey);
            _values[_size] = default(TValue);
            _version++;
        }

        public bool Remove(TKey key)
        {
            int i = Search(key);
            if (i >= 0) RemoveAt(i);
            return i >= 0;
        }

        public void Clear()
        {
            Array.Clear(_keys, 0, _size); Array.Clear(_values, 0, _size);
            _size = 0; _version++;
        }

        public void TrimExcess() { if (_size < (int)(_keys.Length * 0.9)) Capacity = _size; }

        public IList<TKey> Keys { get { return _keyList ?? (_keyList = new KeyList(this)); } }
        public IList<TValue> Values { get { return _valueList ?? (_valueList = new ValueList(this)); } }
        ICollection<TKey> IDictionary<TKey, TValue>.Keys { get { return Keys; } }
        ICollection<TValue> IDictionary<TKey, TValue>.Values { get { return Values; } }
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys { get { return Keys; } }
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values { get { return Values; } }
        ICollection IDictionary.Keys { get { return new List<TKey>(Keys); } }
        ICollection IDictionary.Values { get { return new List<TValue>(Values); } }

        object IDictionary.this[object key]
        {
            get { TValue v; return key is TKey && TryGetValue((TKey)key, out v) ? (object)v : null; }
            set { this[(TKey)key] = (TValue)value; }
        }
        void IDictionary.Add(object key, object value) { Add((TKey)key, (TValue)value); }
        bool IDictionary.Contains(object key) { return key is TKey && ContainsKey((TKey)key); }
        void IDictionary.Remove(object key) { if (key is TKey) Remove((TKey)key); }
        IDictionaryEnumerator IDictionary.GetEnumerator() { return new PairEnumerator(this); }

        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> item) { Add(item.Key, item.Value); }
        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> item)
        {
            int i = Search(item.Key);
            return i >= 0 && EqualityComparer<TValue>.Default.Equals(_values[i], item.Value);
        }
        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> item)
        {
            int i = Search(item.Key);
            if (i >= 0 && EqualityComparer<TValue>.Default.Equals(_values[i], item.Value)) { RemoveAt(i); return true; }
            return false;
        }
        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int index)
        {
            for (int i = 0; i < _size; i++) array[index + i] = new KeyValuePair<TKey, TValue>(_keys[i], _values[i]);
        }
        void ICollection.CopyTo(Array array, int index)
        {
            for (int i = 0; i < _size; i++) array.SetValue(new KeyValuePair<TKey, TValue>(_keys[i], _values[i]), index + i);
        }

        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() { return new PairEnumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new PairEnumerator(this); }

        private sealed class PairEnumerator : IEnumerator<KeyValuePair<TKey, TValue>>, IDictionaryEnumerator
        {
            private readonly SortedList<TKey, TValue> _l;
            private readonly int _version;
            private int _index = -1;
            internal PairEnumerator(SortedList<TKey, TValue> l) { _l = l; _version = l._version; }
            public bool MoveNext()
            {
                if (_version != _l._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (_index + 1 >= _l._size) { _index = _l._size; return false; }
                _index++;
                return true;
            }
            public KeyValuePair<TKey, TValue> Current { get { return new KeyValuePair<TKey, TValue>(_l._keys[_index], _l._values[_index]); } }
            object IEnumerator.Current { get { return Current; } }
            public object Key { get { return _l._keys[_index]; } }
            public object Value { get { return _l._values[_index]; } }
            public DictionaryEntry Entry { get { return new DictionaryEntry(_l._keys[_index], _l._values[_index]); } }
            public void Reset() { _index = -1; }
            public void Dispose() { }
        }

        private sealed class KeyList : IList<TKey>, ICollection
        {
            private readonly SortedList<TKey, TValue> _l;
            internal KeyList(SortedList<TKey, TValue> l) { _l = l; }
            public int Count { get { return _l._size; } }
            public bool IsReadOnly { get { return true; } }
            bool ICollection.IsSynchronized { get { return false; } }
            object ICollection.SyncRoot { get { return _l; } }
            public TKey this[int index] { get { return _l.GetKeyAtIndex(index); } set { throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList."); } }
            public int IndexOf(TKey key) { return _l.IndexOfKey(key); }
            public bool Contains(TKey key) { return _l.ContainsKey(key); }
            public void CopyTo(TKey[] array, int index) { Array.Copy(_l._keys, 0, array, index, _l._size); }
            void ICollection.CopyTo(Array array, int index) { Array.Copy(_l._keys, 0, array, index, _l._size); }
            public void Add(TKey item) { throw new NotSupportedException(); }
            public void Insert(int index, TKey item) { throw new NotSupportedException(); }
            public bool Remove(TKey item) { throw new NotSupportedException(); }
            public void RemoveAt(int index) { throw new NotSupportedException(); }
            public void Clear() { throw new NotSupportedException(); }
            public IEnumerator<TKey> GetEnumerator() { for (int i = 0; i < _l._size; i++) yield return _l._keys[i]; }
            IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
        }

        private sealed class ValueList : IList<TValue>, ICollection
        {
            private readonly SortedList<TKey, TValue> _l;
            internal ValueList(SortedList<TKey, TValue> l) { _l = l; }
            public int Count { get { return _l._size; } }
            public bool IsReadOnly { get { return true; } }
            bool ICollection.IsSynchronized { get { return false; } }
            object ICollection.SyncRoot { get { return _l; } }
            public TValue this[int index] { get { return _l.GetValueAtIndex(index); } set { throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList."); } }
            public int IndexOf(TValue value) { return _l.IndexOfValue(value); }
            public bool Contains(TValue value) { return _l.ContainsValue(value); }
            public void CopyTo(TValue[] array, int index) { Array.Copy(_l._values, 0, array, index, _l._size); }
            void ICollection.CopyTo(Array array, int index) { Array.Copy(_l._values, 0, array, index, _l._size); }
            public void Add(TValue item) { throw new NotSupportedException(); }
            public void Insert(int index, TValue item) { throw new NotSupportedException(); }
            public bool Remove(TValue item) { throw new NotSupportedException(); }
            public void RemoveAt(int index) { throw new NotSupportedException(); }
            public void Clear() { throw new NotSupportedException(); }
            public IEnumerator<TValue> GetEnumerator() { for (int i = 0; i < _l._size; i++) yield return _l._values[i]; }
            IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
        }
    }
}
