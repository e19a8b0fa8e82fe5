// System.Collections.SortedList: keys and values in two arrays sorted by key
// (binary search with an IComparer, Comparer.Default when none is given).
namespace System.Collections
{
    public class SortedList : IDictionary, ICloneable
    {
        private object[] _keys = new object[0], _values = new object[0];
        private int _count;
        private readonly IComparer _cmp;

        public SortedList() : this((IComparer)null, 0) { }
        public SortedList(int initialCapacity) : this((IComparer)null, initialCapacity) { }
        public SortedList(IComparer comparer) : this(comparer, 0) { }
        public SortedList(IComparer comparer, int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            _cmp = comparer ?? Comparer.Default;
            Capacity = capacity;
        }
        public SortedList(IDictionary d) : this(d, null) { }
        public SortedList(IDictionary d, IComparer comparer) : this(comparer, d == null ? 0 : d.Count)
        {
            if (d == null) throw new ArgumentNullException("d");
            foreach (DictionaryEntry e in d) Add(e.Key, e.Value);
        }

        public virtual int Capacity
        {
            get { return _keys.Length; }
            set
            {
                if (value < _count) throw new ArgumentOutOfRangeException("value", "capacity was less than the current size.");
                Array.Resize(ref _keys, value);
                Array.Resize(ref _values, value);
            }
        }
        public virtual int Count { get { return _count; } }
        public virtual bool IsFixedSize { get { return false; } }
        public virtual bool IsReadOnly { get { return false; } }
        public virtual bool IsSynchronized { get { return false; } }
        public virtual object SyncRoot { get { return this; } }
        public virtual ICollection Keys { get { return GetKeyList(); } }
        public virtual ICollection Values { get { return GetValueList(); } }

        private int Find(object key)
        {
            if (key == null) throw new ArgumentNullException("key", "Key cannot be null.");
            int lo = 0, hi = _count - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                int c = _cmp.Compare(_keys[mid], key);
                if (c == 0) return mid;
                if (c < 0) lo = mid + 1; else hi = mid - 1;
            }
            return ~lo;
        }

        public virtual object this[object key]
        {
            get { int i = Find(key); return i >= 0 ? _values[i] : null; }
            set
            {
                int i = Find(key);
                if (i >= 0) _values[i] = value;
                else Insert(~i, key, value);
            }
        }

        private void Insert(int at, object key, object value)
        {
            if (_count == _keys.Length) Capacity = Math.Max(16, _keys.Length * 2);
            Array.Copy(_keys, at, _keys, at + 1, _count - at);
            Array.Copy(_values, at, _values, at + 1, _count - at);
            _keys[at] = key;
            _values[at] = value;
            _count++;
        }

        public virtual void Add(object key, object value)
        {
            int i = Find(key);
            if (i >= 0) throw new ArgumentException("Item has already been added. Key in dictionary: '" + _keys[i] + "'  Key being added: '" + key + "'");
            Insert(~i, key, value);
        }

        public virtual void Clear() { Array.Clear(_keys, 0, _count); Array.Clear(_values, 0, _count); _count = 0; }
        public virtual object Clone()
        {
            SortedList s = new SortedList(_cmp, _count);
            Array.Copy(_keys, s._keys, _count);
            Array.Copy(_values, s._values, _count);
            s._count = _count;
            return s;
        }
        public virtual bool Contains(object key) { return Find(key) >= 0; }
        public virtual bool ContainsKey(object key) { return Find(key) >= 0; }
        public virtual bool ContainsValue(object value) { return IndexOfValue(value) >= 0; }
        public virtual int IndexOfKey(object key) { int i = Find(key); return i >= 0 ? i : -1; }
        public virtual int IndexOfValue(object value) { return Array.IndexOf(_values, value, 0, _count); }

        private void CheckIndex(int index)
        {
            if (index < 0 || index >= _count) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
        }
        public virtual object GetByIndex(int index) { CheckIndex(index); return _values[index]; }
        public virtual object GetKey(int index) { CheckIndex(index); return _keys[index]; }
        public virtual void SetByIndex(int index, object value) { CheckIndex(index); _values[index] = value; }
        public virtual void RemoveAt(int index)
        {
            CheckIndex(index);
            _count--;
            Array.Copy(_keys, index + 1, _keys, index, _count - index);
            Array.Copy(_values, index + 1, _values, index, _count - index);
            _keys[_count] = null;
            _values[_count] = null;
        }
        public virtual void Remove(object key) { int i = Find(key); if (i >= 0) RemoveAt(i); }
        public virtual void TrimToSize() { Capacity = _count; }

        public virtual IList GetKeyList() { object[] a = new object[_count]; Array.Copy(_keys, a, _count); return Array.AsReadOnly(a); }
        public virtual IList GetValueList() { object[] a = new object[_count]; Array.Copy(_values, a, _count); return Array.AsReadOnly(a); }

        public virtual void CopyTo(Array array, int arrayIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (arrayIndex < 0) throw new ArgumentOutOfRangeException("arrayIndex", "Non-negative number required.");
            if (array.Length - arrayIndex < _count) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            for (int i = 0; i < _count; i++) array.SetValue(new DictionaryEntry(_keys[i], _values[i]), arrayIndex + i);
        }

        public virtual IDictionaryEnumerator GetEnumerator() { return new EntryEnumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

        public static SortedList Synchronized(SortedList list) { if (list == null) throw new ArgumentNullException("list"); return list; }

        private sealed class EntryEnumerator : IDictionaryEnumerator
        {
            private readonly SortedList _l;
            private int _i = -1;
            public EntryEnumerator(SortedList l) { _l = l; }
            public bool MoveNext() { return ++_i < _l._count; }
            public void Reset() { _i = -1; }
            public DictionaryEntry Entry
            {
                get
                {
                    if (_i < 0 || _i >= _l._count) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return new DictionaryEntry(_l._keys[_i], _l._values[_i]);
                }
            }
            public object Key { get { return Entry.Key; } }
            public object Value { get { return Entry.Value; } }
            public object Current { get { return Entry; } }
        }
    }
}
