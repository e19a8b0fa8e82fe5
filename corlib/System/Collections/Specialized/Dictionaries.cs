// System.Collections.Specialized dictionaries: ListDictionary (a list of
// entries in insertion order), HybridDictionary (a ListDictionary, then a
// Hashtable past 9 entries), OrderedDictionary (a Hashtable plus an
// ArrayList of keys in insertion order) and StringDictionary (lower-cased keys).
namespace System.Collections.Specialized
{
    public interface IOrderedDictionary : IDictionary
    {
        object this[int index] { get; set; }
        new IDictionaryEnumerator GetEnumerator();
        void Insert(int index, object key, object value);
        void RemoveAt(int index);
    }

    public class ListDictionary : IDictionary
    {
        private readonly System.Collections.Generic.List<DictionaryEntry> _items = new System.Collections.Generic.List<DictionaryEntry>();
        private readonly IComparer _cmp;

        public ListDictionary() { }
        public ListDictionary(IComparer comparer) { _cmp = comparer; }

        private int Find(object key)
        {
            if (key == null) throw new ArgumentNullException("key");
            for (int i = 0; i < _items.Count; i++)
                if (_cmp == null ? _items[i].Key.Equals(key) : _cmp.Compare(_items[i].Key, key) == 0) return i;
            return -1;
        }

        public object this[object key]
        {
            get { int i = Find(key); return i < 0 ? null : _items[i].Value; }
            set
            {
                int i = Find(key);
                if (i < 0) _items.Add(new DictionaryEntry(key, value));
                else _items[i] = new DictionaryEntry(_items[i].Key, value);
            }
        }
        public int Count { get { return _items.Count; } }
        public bool IsFixedSize { get { return false; } }
        public bool IsReadOnly { get { return false; } }
        public bool IsSynchronized { get { return false; } }
        public object SyncRoot { get { return this; } }
        public ICollection Keys { get { ArrayList a = new ArrayList(); foreach (DictionaryEntry e in _items) a.Add(e.Key); return a; } }
        public ICollection Values { get { ArrayList a = new ArrayList(); foreach (DictionaryEntry e in _items) a.Add(e.Value); return a; } }

        public void Add(object key, object value)
        {
            if (Find(key) >= 0) throw new ArgumentException("An item with the same key has already been added. Key: " + key);
            _items.Add(new DictionaryEntry(key, value));
        }
        public void Clear() { _items.Clear(); }
        public bool Contains(object key) { return Find(key) >= 0; }
        public void Remove(object key) { int i = Find(key); if (i >= 0) _items.RemoveAt(i); }
        public void CopyTo(Array array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (array.Length - index < _items.Count) throw new ArgumentException("Insufficient space in the target location to copy the information.");
            for (int i = 0; i < _items.Count; i++) array.SetValue(_items[i], index + i);
        }
        public IDictionaryEnumerator GetEnumerator() { return new EntryList(_items.ToArray()); }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
    }

    // an enumerator over a snapshot of entries
    internal sealed class EntryList : IDictionaryEnumerator
    {
        private readonly DictionaryEntry[] _e;
        private int _i = -1;
        public EntryList(DictionaryEntry[] e) { _e = e; }
        public bool MoveNext() { return ++_i < _e.Length; }
        public void Reset() { _i = -1; }
        public DictionaryEntry Entry
        {
            get
            {
                if (_i < 0 || _i >= _e.Length) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                return _e[_i];
            }
        }
        public object Key { get { return Entry.Key; } }
        public object Value { get { return Entry.Value; } }
        public object Current { get { return Entry; } }
    }

    public class HybridDictionary : IDictionary
    {
        private IDictionary _d;
        private readonly bool _ci;

        public HybridDictionary() : this(0, false) { }
        public HybridDictionary(bool caseInsensitive) : this(0, caseInsensitive) { }
        public HybridDictionary(int initialSize) : this(initialSize, false) { }
        public HybridDictionary(int initialSize, bool caseInsensitive)
        {
            _ci = caseInsensitive;
            _d = initialSize > 8 ? NewTable() : NewList();
        }

        private IDictionary NewList() { return _ci ? new ListDictionary(StringComparer.OrdinalIgnoreCase) : new ListDictionary(); }
        private IDictionary NewTable() { return _ci ? new Hashtable(StringComparer.OrdinalIgnoreCase) : new Hashtable(); }

        private void Grow()
        {
            if (!(_d is ListDictionary) || _d.Count < 8) return;
            IDictionary t = NewTable();
            foreach (DictionaryEntry e in _d) t.Add(e.Key, e.Value);
            _d = t;
        }

        public object this[object key]
        {
            get { return _d[key]; }
            set { if (!_d.Contains(key)) Grow(); _d[key] = value; }
        }
        public int Count { get { return _d.Count; } }
        public bool IsFixedSize { get { return false; } }
        public bool IsReadOnly { get { return false; } }
        public bool IsSynchronized { get { return false; } }
        public object SyncRoot { get { return this; } }
        public ICollection Keys { get { return _d.Keys; } }
        public ICollection Values { get { return _d.Values; } }
        public void Add(object key, object value) { if (key != null && !_d.Contains(key)) Grow(); _d.Add(key, value); }
        public void Clear() { _d = NewList(); }
        public bool Contains(object key) { return _d.Contains(key); }
        public void Remove(object key) { _d.Remove(key); }
        public void CopyTo(Array array, int index) { _d.CopyTo(array, index); }
        public IDictionaryEnumerator GetEnumerator() { return _d.GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return _d.GetEnumerator(); }
    }

    public class OrderedDictionary : IOrderedDictionary
    {
        private readonly Hashtable _table;
        private readonly ArrayList _keys;
        private readonly bool _readOnly;
        private readonly IEqualityComparer _cmp;

        public OrderedDictionary() : this(0, null) { }
        public OrderedDictionary(int capacity) : this(capacity, null) { }
        public OrderedDictionary(IEqualityComparer comparer) : this(0, comparer) { }
        public OrderedDictionary(int capacity, IEqualityComparer comparer)
        {
            _cmp = comparer;
            _table = new Hashtable(capacity, comparer);
            _keys = new ArrayList(capacity);
        }
        private OrderedDictionary(OrderedDictionary src)
        {
            _table = src._table;
            _keys = src._keys;
            _cmp = src._cmp;
            _readOnly = true;
        }

        public OrderedDictionary AsReadOnly() { return new OrderedDictionary(this); }

        private void CheckWritable() { if (_readOnly) throw new NotSupportedException("The OrderedDictionary is read-only and cannot be modified."); }
        private int IndexOfKey(object key)
        {
            for (int i = 0; i < _keys.Count; i++)
                if (_cmp == null ? _keys[i].Equals(key) : _cmp.Equals(_keys[i], key)) return i;
            return -1;
        }

        public object this[object key]
        {
            get { return _table[key]; }
            set
            {
                CheckWritable();
                if (!_table.Contains(key)) _keys.Add(key);
                _table[key] = value;
            }
        }
        public object this[int index]
        {
            get
            {
                if (index < 0 || index >= _keys.Count) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                return _table[_keys[index]];
            }
            set
            {
                CheckWritable();
                if (index < 0 || index >= _keys.Count) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                _table[_keys[index]] = value;
            }
        }
        public int Count { get { return _keys.Count; } }
        public bool IsReadOnly { get { return _readOnly; } }
        bool IDictionary.IsFixedSize { get { return _readOnly; } }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }
        public ICollection Keys { get { return new ArrayList(_keys); } }
        public ICollection Values { get { ArrayList a = new ArrayList(); foreach (object k in _keys) a.Add(_table[k]); return a; } }

        public void Add(object key, object value) { CheckWritable(); _table.Add(key, value); _keys.Add(key); }
        public void Insert(int index, object key, object value)
        {
            CheckWritable();
            if (index < 0 || index > _keys.Count) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            _table.Add(key, value);
            _keys.Insert(index, key);
        }
        public void Clear() { CheckWritable(); _table.Clear(); _keys.Clear(); }
        public bool Contains(object key) { return _table.Contains(key); }
        public void Remove(object key)
        {
            CheckWritable();
            if (key == null) throw new ArgumentNullException("key");
            int i = IndexOfKey(key);
            if (i < 0) return;
            _table.Remove(key);
            _keys.RemoveAt(i);
        }
        public void RemoveAt(int index)
        {
            CheckWritable();
            if (index < 0 || index >= _keys.Count) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            _table.Remove(_keys[index]);
            _keys.RemoveAt(index);
        }
        private DictionaryEntry[] Entries()
        {
            DictionaryEntry[] e = new DictionaryEntry[_keys.Count];
            for (int i = 0; i < e.Length; i++) e[i] = new DictionaryEntry(_keys[i], _table[_keys[i]]);
            return e;
        }
        public void CopyTo(Array array, int index) { Entries().CopyTo(array, index); }
        public virtual IDictionaryEnumerator GetEnumerator() { return new EntryList(Entries()); }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
    }

    public class StringDictionary : IEnumerable
    {
        private readonly Hashtable _t = new Hashtable();
        public StringDictionary() { }

        private static string Lower(string key)
        {
            if (key == null) throw new ArgumentNullException("key");
            return key.ToLowerInvariant();
        }
        public virtual string this[string key] { get { return (string)_t[Lower(key)]; } set { _t[Lower(key)] = value; } }
        public virtual int Count { get { return _t.Count; } }
        public virtual bool IsSynchronized { get { return false; } }
        public virtual object SyncRoot { get { return this; } }
        public virtual ICollection Keys { get { return _t.Keys; } }
        public virtual ICollection Values { get { return _t.Values; } }
        public virtual void Add(string key, string value) { _t.Add(Lower(key), value); }
        public virtual void Clear() { _t.Clear(); }
        public virtual bool ContainsKey(string key) { return _t.ContainsKey(Lower(key)); }
        public virtual bool ContainsValue(string value) { return _t.ContainsValue(value); }
        public virtual void CopyTo(Array array, int index) { _t.CopyTo(array, index); }
        public virtual void Remove(string key) { _t.Remove(Lower(key)); }
        public virtual IEnumerator GetEnumerator() { return _t.GetEnumerator(); }
    }

    public class CollectionsUtil
    {
        public CollectionsUtil() { }
        public static Hashtable CreateCaseInsensitiveHashtable() { return new Hashtable(StringComparer.OrdinalIgnoreCase); }
        public static Hashtable CreateCaseInsensitiveHashtable(int capacity) { return new Hashtable(capacity, StringComparer.OrdinalIgnoreCase); }
        public static Hashtable CreateCaseInsensitiveHashtable(IDictionary d) { return new Hashtable(d, StringComparer.OrdinalIgnoreCase); }
        public static SortedList CreateCaseInsensitiveSortedList() { return new SortedList(CaseInsensitiveComparer.Default); }
    }
}
