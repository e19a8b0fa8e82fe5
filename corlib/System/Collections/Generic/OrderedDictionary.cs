// OrderedDictionary<TKey,TValue> (.NET 9): a dictionary whose entries keep an
// order of their own and can be reached by index. Keys and values live in two
// arrays in that order; a Dictionary<TKey,int> maps each key to its index
// (inserting or removing in the middle shifts the later entries and their
// indices). System.Text.Json's JsonObject keeps its properties in one.
using System.Diagnostics.CodeAnalysis;

namespace System.Collections.Generic
{
    [System.Diagnostics.DebuggerDisplay("Count = {Count}")]
    public class OrderedDictionary<TKey, TValue> : IDictionary<TKey, TValue>, IReadOnlyDictionary<TKey, TValue>, IDictionary,
        IList<KeyValuePair<TKey, TValue>>, IReadOnlyList<KeyValuePair<TKey, TValue>>, IList
        where TKey : notnull
    {
        private TKey[] _keys;
        private TValue[] _values;
        private int _count;
        private int _version;
        private readonly Dictionary<TKey, int> _index;
        private KeyCollection? _keyCollection;
        private ValueCollection? _valueCollection;

        public OrderedDictionary() : this(0, null) { }
        public OrderedDictionary(int capacity) : this(capacity, null) { }
        public OrderedDictionary(IEqualityComparer<TKey>? comparer) : this(0, comparer) { }

        public OrderedDictionary(int capacity, IEqualityComparer<TKey>? comparer)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            // sizes are primes, as .NET's (Capacity shows them)
            if (capacity > 0) capacity = HashHelpers.GetPrime(capacity);
            _keys = capacity == 0 ? Array.Empty<TKey>() : new TKey[capacity];
            _values = capacity == 0 ? Array.Empty<TValue>() : new TValue[capacity];
            _index = new Dictionary<TKey, int>(capacity, comparer);
        }

        public OrderedDictionary(IDictionary<TKey, TValue> dictionary) : this(dictionary, null) { }

        public OrderedDictionary(IDictionary<TKey, TValue> dictionary, IEqualityComparer<TKey>? comparer)
            : this(dictionary == null ? 0 : dictionary.Count, comparer)
        {
            if (dictionary == null) throw new ArgumentNullException("dictionary");
            foreach (var pair in dictionary) Add(pair.Key, pair.Value);
        }

        public OrderedDictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection) : this(collection, null) { }

        public OrderedDictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection, IEqualityComparer<TKey>? comparer)
            : this((collection as ICollection<KeyValuePair<TKey, TValue>>)?.Count ?? 0, comparer)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            foreach (var pair in collection) Add(pair.Key, pair.Value);
        }

        public int Capacity { get { return _keys.Length; } }
        public IEqualityComparer<TKey> Comparer { get { return _index.Comparer; } }
        public int Count { get { return _count; } }
        public KeyCollection Keys { get { return _keyCollection ??= new KeyCollection(this); } }
        public ValueCollection Values { get { return _valueCollection ??= new ValueCollection(this); } }

        public TValue this[TKey key]
        {
            get
            {
                if (key == null) throw new ArgumentNullException("key");
                int i;
                if (!_index.TryGetValue(key, out i)) throw new KeyNotFoundException("The given key '" + key + "' was not present in the dictionary.");
                return _values[i];
            }
            set
            {
                if (key == null) throw new ArgumentNullException("key");
                int i;
                if (_index.TryGetValue(key, out i)) { _values[i] = value; _version++; }
                else InsertCore(_count, key, value);
            }
        }

        public void Add(TKey key, TValue value)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (_index.ContainsKey(key)) throw new ArgumentException("An item with the same key has already been added. Key: " + key, "key");
            InsertCore(_count, key, value);
        }

        public bool TryAdd(TKey key, TValue value) { int index; return TryAdd(key, value, out index); }

        public bool TryAdd(TKey key, TValue value, out int index)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (_index.TryGetValue(key, out index)) return false;
            index = _count;
            InsertCore(_count, key, value);
            return true;
        }

        public void Insert(int index, TKey key, TValue value)
        {
            if ((uint)index > (uint)_count) throw new ArgumentOutOfRangeException("index", "Index must be within the bounds of the List.");
            if (key == null) throw new ArgumentNullException("key");
            if (_index.ContainsKey(key)) throw new ArgumentException("An item with the same key has already been added. Key: " + key, "key");
            InsertCore(index, key, value);
        }

        private void InsertCore(int index, TKey key, TValue value)
        {
            if (_count == _keys.Length) Grow(_count + 1);
            if (index < _count)
            {
                Array.Copy(_keys, index, _keys, index + 1, _count - index);
                Array.Copy(_values, index, _values, index + 1, _count - index);
                for (int j = index + 1; j <= _count; j++) _index[_keys[j]] = j;
            }
            _keys[index] = key;
            _values[index] = value;
            _index[key] = index;
            _count++;
            _version++;
        }

        private void Grow(int min)
        {
            int size = _keys.Length == 0 ? HashHelpers.GetPrime(0) : HashHelpers.ExpandPrime(_count);
            if (size < min) size = HashHelpers.GetPrime(min);
            Resize(size);
        }

        private void Resize(int size)
        {
            var keys = new TKey[size];
            var values = new TValue[size];
            Array.Copy(_keys, keys, _count);
            Array.Copy(_values, values, _count);
            _keys = keys;
            _values = values;
        }

        public void Clear()
        {
            if (_count == 0) return;
            Array.Clear(_keys, 0, _count);
            Array.Clear(_values, 0, _count);
            _index.Clear();
            _count = 0;
            _version++;
        }

        public bool ContainsKey(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            return _index.ContainsKey(key);
        }

        public bool ContainsValue(TValue value)
        {
            var comparer = EqualityComparer<TValue>.Default;
            for (int i = 0; i < _count; i++) if (comparer.Equals(_values[i], value)) return true;
            return false;
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            if (_keys.Length < capacity) Resize(HashHelpers.GetPrime(capacity));
            return _keys.Length;
        }

        public void TrimExcess() { TrimExcess(_count); }

        public void TrimExcess(int capacity)
        {
            if (capacity < _count) throw new ArgumentOutOfRangeException("capacity", "The capacity cannot be less than the number of elements.");
            int size = HashHelpers.GetPrime(capacity);
            if (size < _keys.Length) Resize(size);
        }

        public KeyValuePair<TKey, TValue> GetAt(int index)
        {
            if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return new KeyValuePair<TKey, TValue>(_keys[index], _values[index]);
        }

        public int IndexOf(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            int i;
            return _index.TryGetValue(key, out i) ? i : -1;
        }

        public bool Remove(TKey key) { TValue value; return Remove(key, out value); }

        public bool Remove(TKey key, [MaybeNullWhen(false)] out TValue value)
        {
            if (key == null) throw new ArgumentNullException("key");
            int i;
            if (!_index.TryGetValue(key, out i)) { value = default!; return false; }
            value = _values[i];
            RemoveAt(i);
            return true;
        }

        public void RemoveAt(int index)
        {
            if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            _index.Remove(_keys[index]);
            _count--;
            if (index < _count)
            {
                Array.Copy(_keys, index + 1, _keys, index, _count - index);
                Array.Copy(_values, index + 1, _values, index, _count - index);
                for (int j = index; j < _count; j++) _index[_keys[j]] = j;
            }
            _keys[_count] = default!;
            _values[_count] = default!;
            _version++;
        }

        public void SetAt(int index, TValue value)
        {
            if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            _values[index] = value;
            _version++;
        }

        public void SetAt(int index, TKey key, TValue value)
        {
            if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (key == null) throw new ArgumentNullException("key");
            int existing;
            if (_index.TryGetValue(key, out existing))
            {
                if (existing != index) throw new ArgumentException("An item with the same key has already been added. Key: " + key, "key");
            }
            else
            {
                _index.Remove(_keys[index]);
                _index[key] = index;
            }
            _keys[index] = key;
            _values[index] = value;
            _version++;
        }

        public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) { int index; return TryGetValue(key, out value, out index); }

        public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value, out int index)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (_index.TryGetValue(key, out index)) { value = _values[index]; return true; }
            index = -1;
            value = default!;
            return false;
        }

        public Enumerator GetEnumerator() { return new Enumerator(this, false); }

        // ---- explicit interface members ----

        ICollection<TKey> IDictionary<TKey, TValue>.Keys { get { return Keys; } }
        ICollection<TValue> IDictionary<TKey, TValue>.Values { get { return Values; } }
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys { get { return Keys; } }
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values { get { return Values; } }
        ICollection IDictionary.Keys { get { return Keys; } }
        ICollection IDictionary.Values { get { return Values; } }
        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly { get { return false; } }
        bool IDictionary.IsReadOnly { get { return false; } }
        bool IDictionary.IsFixedSize { get { return false; } }
        bool IList.IsReadOnly { get { return false; } }
        bool IList.IsFixedSize { get { return false; } }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }

        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator() { return GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
        IDictionaryEnumerator IDictionary.GetEnumerator() { return new Enumerator(this, true); }

        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> item) { Add(item.Key, item.Value); }

        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> item)
        {
            TValue value;
            return TryGetValue(item.Key, out value) && EqualityComparer<TValue>.Default.Equals(value, item.Value);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> item)
        {
            int i = IndexOf(item.Key);
            if (i < 0 || !EqualityComparer<TValue>.Default.Equals(_values[i], item.Value)) return false;
            RemoveAt(i);
            return true;
        }

        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            if ((uint)arrayIndex > (uint)array.Length) throw new ArgumentOutOfRangeException("arrayIndex", "Non-negative number required.");
            if (array.Length - arrayIndex < _count) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            for (int i = 0; i < _count; i++) array[arrayIndex + i] = new KeyValuePair<TKey, TValue>(_keys[i], _values[i]);
        }

        void ICollection.CopyTo(Array array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (array is KeyValuePair<TKey, TValue>[] pairs) { ((ICollection<KeyValuePair<TKey, TValue>>)this).CopyTo(pairs, index); return; }
            if (array is DictionaryEntry[] entries)
            {
                for (int i = 0; i < _count; i++) entries[index + i] = new DictionaryEntry(_keys[i], _values[i]);
                return;
            }
            object[] objects = array as object[] ?? throw new ArgumentException("Target array type is not compatible with the type of items in the collection.");
            for (int i = 0; i < _count; i++) objects[index + i] = new KeyValuePair<TKey, TValue>(_keys[i], _values[i]);
        }

        KeyValuePair<TKey, TValue> IList<KeyValuePair<TKey, TValue>>.this[int index]
        {
            get { return GetAt(index); }
            set { SetAt(index, value.Key, value.Value); }
        }

        KeyValuePair<TKey, TValue> IReadOnlyList<KeyValuePair<TKey, TValue>>.this[int index] { get { return GetAt(index); } }

        int IList<KeyValuePair<TKey, TValue>>.IndexOf(KeyValuePair<TKey, TValue> item)
        {
            int i = IndexOf(item.Key);
            return i >= 0 && EqualityComparer<TValue>.Default.Equals(_values[i], item.Value) ? i : -1;
        }

        void IList<KeyValuePair<TKey, TValue>>.Insert(int index, KeyValuePair<TKey, TValue> item) { Insert(index, item.Key, item.Value); }

        object? IDictionary.this[object key]
        {
            get { return key is TKey k && TryGetValue(k, out TValue v) ? v : null; }
            set
            {
                if (key == null) throw new ArgumentNullException("key");
                if (!(key is TKey k)) throw new ArgumentException("The value \"" + key + "\" is not of type \"" + typeof(TKey) + "\" and cannot be used in this generic collection.", "key");
                this[k] = (TValue)value!;
            }
        }

        void IDictionary.Add(object key, object? value)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (!(key is TKey k)) throw new ArgumentException("The value \"" + key + "\" is not of type \"" + typeof(TKey) + "\" and cannot be used in this generic collection.", "key");
            Add(k, (TValue)value!);
        }

        bool IDictionary.Contains(object key) { return key is TKey k && ContainsKey(k); }
        void IDictionary.Remove(object key) { if (key is TKey k) Remove(k); }

        object? IList.this[int index]
        {
            get { return GetAt(index); }
            set
            {
                if (!(value is KeyValuePair<TKey, TValue> pair)) throw new ArgumentException("The value \"" + value + "\" is not of type \"" + typeof(KeyValuePair<TKey, TValue>) + "\" and cannot be used in this generic collection.", "value");
                SetAt(index, pair.Key, pair.Value);
            }
        }

        int IList.Add(object? value)
        {
            if (!(value is KeyValuePair<TKey, TValue> pair)) throw new ArgumentException("The value \"" + value + "\" is not of type \"" + typeof(KeyValuePair<TKey, TValue>) + "\" and cannot be used in this generic collection.", "value");
            Add(pair.Key, pair.Value);
            return _count - 1;
        }

        bool IList.Contains(object? value) { return value is KeyValuePair<TKey, TValue> pair && ((ICollection<KeyValuePair<TKey, TValue>>)this).Contains(pair); }
        int IList.IndexOf(object? value) { return value is KeyValuePair<TKey, TValue> pair ? ((IList<KeyValuePair<TKey, TValue>>)this).IndexOf(pair) : -1; }

        void IList.Insert(int index, object? value)
        {
            if (!(value is KeyValuePair<TKey, TValue> pair)) throw new ArgumentException("The value \"" + value + "\" is not of type \"" + typeof(KeyValuePair<TKey, TValue>) + "\" and cannot be used in this generic collection.", "value");
            Insert(index, pair.Key, pair.Value);
        }

        void IList.Remove(object? value) { if (value is KeyValuePair<TKey, TValue> pair) ((ICollection<KeyValuePair<TKey, TValue>>)this).Remove(pair); }

        private void CheckVersion(int version)
        {
            if (version != _version) throw new InvalidOperationException("Collection was modified after the enumerator was instantiated.");
        }

        public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>, IDictionaryEnumerator
        {
            private readonly OrderedDictionary<TKey, TValue> _dictionary;
            private readonly int _version;
            private readonly bool _useDictionaryEntry;
            private int _index;

            internal Enumerator(OrderedDictionary<TKey, TValue> dictionary, bool useDictionaryEntry)
            {
                _dictionary = dictionary;
                _version = dictionary._version;
                _useDictionaryEntry = useDictionaryEntry;
                _index = -1;
                Current = default;
            }

            public KeyValuePair<TKey, TValue> Current { get; private set; }

            object IEnumerator.Current
            {
                get { return _useDictionaryEntry ? new DictionaryEntry(Current.Key, Current.Value) : Current; }
            }

            DictionaryEntry IDictionaryEnumerator.Entry { get { return new DictionaryEntry(Current.Key, Current.Value); } }
            object IDictionaryEnumerator.Key { get { return Current.Key; } }
            object? IDictionaryEnumerator.Value { get { return Current.Value; } }

            public bool MoveNext()
            {
                _dictionary.CheckVersion(_version);
                if (_index + 1 < _dictionary._count)
                {
                    _index++;
                    Current = new KeyValuePair<TKey, TValue>(_dictionary._keys[_index], _dictionary._values[_index]);
                    return true;
                }
                _index = _dictionary._count;
                Current = default;
                return false;
            }

            void IEnumerator.Reset() { _dictionary.CheckVersion(_version); _index = -1; Current = default; }
            public void Dispose() { }
        }

        public sealed class KeyCollection : IList<TKey>, IReadOnlyList<TKey>, IList
        {
            private readonly OrderedDictionary<TKey, TValue> _dictionary;
            internal KeyCollection(OrderedDictionary<TKey, TValue> dictionary) { _dictionary = dictionary; }

            public int Count { get { return _dictionary._count; } }
            public bool Contains(TKey key) { return _dictionary.ContainsKey(key); }
            public void CopyTo(TKey[] array, int arrayIndex)
            {
                if (array == null) throw new ArgumentNullException("array");
                if ((uint)arrayIndex > (uint)array.Length || array.Length - arrayIndex < Count) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
                Array.Copy(_dictionary._keys, 0, array, arrayIndex, Count);
            }
            public Enumerator GetEnumerator() { return new Enumerator(_dictionary); }

            private TKey this[int index] { get { return _dictionary.GetAt(index).Key; } }
            TKey IReadOnlyList<TKey>.this[int index] { get { return this[index]; } }
            TKey IList<TKey>.this[int index] { get { return this[index]; } set { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); } }
            object? IList.this[int index] { get { return this[index]; } set { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); } }
            bool ICollection<TKey>.IsReadOnly { get { return true; } }
            bool IList.IsReadOnly { get { return true; } }
            bool IList.IsFixedSize { get { return false; } }
            bool ICollection.IsSynchronized { get { return false; } }
            object ICollection.SyncRoot { get { return ((ICollection)_dictionary).SyncRoot; } }
            int IList<TKey>.IndexOf(TKey item) { return _dictionary.IndexOf(item); }
            int IList.IndexOf(object? value) { return value is TKey k ? _dictionary.IndexOf(k) : -1; }
            bool IList.Contains(object? value) { return value is TKey k && _dictionary.ContainsKey(k); }
            void ICollection.CopyTo(Array array, int index) { Array.Copy(_dictionary._keys, 0, array, index, Count); }
            void ICollection<TKey>.Add(TKey item) { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); }
            void ICollection<TKey>.Clear() { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); }
            bool ICollection<TKey>.Remove(TKey item) { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); }
            void IList<TKey>.Insert(int index, TKey item) { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); }
            void IList<TKey>.RemoveAt(int index) { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); }
            int IList.Add(object? value) { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); }
            void IList.Clear() { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); }
            void IList.Insert(int index, object? value) { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); }
            void IList.Remove(object? value) { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); }
            void IList.RemoveAt(int index) { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); }
            IEnumerator<TKey> IEnumerable<TKey>.GetEnumerator() { return GetEnumerator(); }
            IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

            public struct Enumerator : IEnumerator<TKey>
            {
                private OrderedDictionary<TKey, TValue>.Enumerator _inner;
                internal Enumerator(OrderedDictionary<TKey, TValue> dictionary) { _inner = dictionary.GetEnumerator(); }
                public TKey Current { get { return _inner.Current.Key; } }
                object IEnumerator.Current { get { return Current; } }
                public bool MoveNext() { return _inner.MoveNext(); }
                void IEnumerator.Reset() { ((IEnumerator)_inner).Reset(); }
                public void Dispose() { }
            }
        }

        public sealed class ValueCollection : IList<TValue>, IReadOnlyList<TValue>, IList
        {
            private readonly OrderedDictionary<TKey, TValue> _dictionary;
            internal ValueCollection(OrderedDictionary<TKey, TValue> dictionary) { _dictionary = dictionary; }

            public int Count { get { return _dictionary._count; } }
            public void CopyTo(TValue[] array, int arrayIndex)
            {
                if (array == null) throw new ArgumentNullException("array");
                if ((uint)arrayIndex > (uint)array.Length || array.Length - arrayIndex < Count) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
                Array.Copy(_dictionary._values, 0, array, arrayIndex, Count);
            }
            public Enumerator GetEnumerator() { return new Enumerator(_dictionary); }

            private TValue this[int index] { get { return _dictionary.GetAt(index).Value; } }
            TValue IReadOnlyList<TValue>.this[int index] { get { return this[index]; } }
            TValue IList<TValue>.this[int index] { get { return this[index]; } set { throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed."); } }
            object? IList.this[int index] { get { return this[index]; } set { throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed."); } }
            bool ICollection<TValue>.IsReadOnly { get { return true; } }
            bool IList.IsReadOnly { get { return true; } }
            bool IList.IsFixedSize { get { return false; } }
            bool ICollection.IsSynchronized { get { return false; } }
            object ICollection.SyncRoot { get { return ((ICollection)_dictionary).SyncRoot; } }
            bool ICollection<TValue>.Contains(TValue item) { return _dictionary.ContainsValue(item); }
            int IList<TValue>.IndexOf(TValue item) { return Array.IndexOf(_dictionary._values, item, 0, Count); }
            int IList.IndexOf(object? value) { return value is TValue v || value == null ? Array.IndexOf(_dictionary._values, (TValue)value!, 0, Count) : -1; }
            bool IList.Contains(object? value) { return ((IList)this).IndexOf(value) >= 0; }
            void ICollection.CopyTo(Array array, int index) { Array.Copy(_dictionary._values, 0, array, index, Count); }
            void ICollection<TValue>.Add(TValue item) { throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed."); }
            void ICollection<TValue>.Clear() { throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed."); }
            bool ICollection<TValue>.Remove(TValue item) { throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed."); }
            void IList<TValue>.Insert(int index, TValue item) { throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed."); }
            void IList<TValue>.RemoveAt(int index) { throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed."); }
            int IList.Add(object? value) { throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed."); }
            void IList.Clear() { throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed."); }
            void IList.Insert(int index, object? value) { throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed."); }
            void IList.Remove(object? value) { throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed."); }
            void IList.RemoveAt(int index) { throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed."); }
            IEnumerator<TValue> IEnumerable<TValue>.GetEnumerator() { return GetEnumerator(); }
            IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

            public struct Enumerator : IEnumerator<TValue>
            {
                private OrderedDictionary<TKey, TValue>.Enumerator _inner;
                internal Enumerator(OrderedDictionary<TKey, TValue> dictionary) { _inner = dictionary.GetEnumerator(); }
                public TValue Current { get { return _inner.Current.Value; } }
                object? IEnumerator.Current { get { return Current; } }
                public bool MoveNext() { return _inner.MoveNext(); }
                void IEnumerator.Reset() { ((IEnumerator)_inner).Reset(); }
                public void Dispose() { }
            }
        }
    }
}
