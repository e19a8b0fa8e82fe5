// The non-generic Hashtable, over Dictionary<object, object> with an adapter
// for IEqualityComparer (keys may not be null; values may).
using System.Collections.Generic;

namespace System.Collections
{
    [Serializable]
    public class Hashtable : IDictionary, ICloneable
    {
        private sealed class KeyComparer : IEqualityComparer<object>
        {
            internal IEqualityComparer Inner;
            public new bool Equals(object x, object y) { return Inner != null ? Inner.Equals(x, y) : object.Equals(x, y); }
            public int GetHashCode(object obj) { return Inner != null ? Inner.GetHashCode(obj) : obj.GetHashCode(); }
        }

        private Dictionary<object, object> _d;
        private KeyComparer _cmp;

        public Hashtable() : this(0, (IEqualityComparer)null) { }
        public Hashtable(int capacity) : this(capacity, (IEqualityComparer)null) { }
        public Hashtable(IEqualityComparer equalityComparer) : this(0, equalityComparer) { }

        public Hashtable(int capacity, IEqualityComparer equalityComparer)
        {
            _cmp = new KeyComparer();
            _cmp.Inner = equalityComparer;
            _d = new Dictionary<object, object>(capacity, _cmp);
        }

        public Hashtable(IDictionary d) : this(d, null) { }

        public Hashtable(IDictionary d, IEqualityComparer equalityComparer) : this(0, equalityComparer)
        {
            if (d == null) throw new ArgumentNullException("d");
            IDictionaryEnumerator e = d.GetEnumerator();
            while (e.MoveNext()) Add(e.Key, e.Value);
        }

        public virtual object this[object key]
        {
            get
            {
                if (key == null) throw new ArgumentNullException("key", "Key cannot be null.");
                object v;
                return _d.TryGetValue(key, out v) ? v : null;
            }
            set
            {
                if (key == null) throw new ArgumentNullException("key", "Key cannot be null.");
                _d[key] = value;
            }
        }

        public virtual int Count { get { return _d.Count; } }
        public virtual ICollection Keys { get { return new List<object>(_d.Keys); } }
        public virtual ICollection Values { get { return new List<object>(_d.Values); } }
        public virtual bool IsReadOnly { get { return false; } }
        public virtual bool IsFixedSize { get { return false; } }
        public virtual bool IsSynchronized { get { return false; } }
        public virtual object SyncRoot { get { return this; } }

        public virtual void Add(object key, object value)
        {
            if (key == null) throw new ArgumentNullException("key", "Key cannot be null.");
            if (_d.ContainsKey(key)) throw new ArgumentException("Item has already been added. Key in dictionary: '" + key + "'  Key being added: '" + key + "'");
            _d.Add(key, value);
        }

        public virtual void Clear() { _d.Clear(); }
        public virtual object Clone() { Hashtable h = new Hashtable(0, _cmp.Inner); foreach (KeyValuePair<object, object> p in _d) h._d[p.Key] = p.Value; return h; }
        public virtual bool Contains(object key) { return ContainsKey(key); }

        public virtual bool ContainsKey(object key)
        {
            if (key == null) throw new ArgumentNullException("key", "Key cannot be null.");
            return _d.ContainsKey(key);
        }

        public virtual bool ContainsValue(object value) { return _d.ContainsValue(value); }

        public virtual void CopyTo(Array array, int arrayIndex)
        {
            foreach (KeyValuePair<object, object> p in _d) array.SetValue(new DictionaryEntry(p.Key, p.Value), arrayIndex++);
        }

        public virtual void Remove(object key)
        {
            if (key == null) throw new ArgumentNullException("key", "Key cannot be null.");
            _d.Remove(key);
        }

        public virtual IDictionaryEnumerator GetEnumerator() { return ((IDictionary)_d).GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return ((IDictionary)_d).GetEnumerator(); }
    }
}
