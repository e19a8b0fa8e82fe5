// CollectionBase, ReadOnlyCollectionBase and DictionaryBase: base classes for
// strongly typed collections, with the On* hooks called around each change.
namespace System.Collections
{
    public abstract class CollectionBase : IList
    {
        private readonly ArrayList _list;

        protected CollectionBase() { _list = new ArrayList(); }
        protected CollectionBase(int capacity) { _list = new ArrayList(capacity); }

        protected ArrayList InnerList { get { return _list; } }
        protected IList List { get { return this; } }
        public int Capacity { get { return _list.Capacity; } set { _list.Capacity = value; } }
        public int Count { get { return _list.Count; } }

        public void Clear() { OnClear(); _list.Clear(); OnClearComplete(); }
        public void RemoveAt(int index)
        {
            if (index < 0 || index >= _list.Count) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            object o = _list[index];
            OnValidate(o);
            OnRemove(index, o);
            _list.RemoveAt(index);
            OnRemoveComplete(index, o);
        }
        public IEnumerator GetEnumerator() { return _list.GetEnumerator(); }

        protected virtual void OnClear() { }
        protected virtual void OnClearComplete() { }
        protected virtual void OnInsert(int index, object value) { }
        protected virtual void OnInsertComplete(int index, object value) { }
        protected virtual void OnRemove(int index, object value) { }
        protected virtual void OnRemoveComplete(int index, object value) { }
        protected virtual void OnSet(int index, object oldValue, object newValue) { }
        protected virtual void OnSetComplete(int index, object oldValue, object newValue) { }
        protected virtual void OnValidate(object value) { if (value == null) throw new ArgumentNullException("value"); }

        bool IList.IsReadOnly { get { return false; } }
        bool IList.IsFixedSize { get { return false; } }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }
        void ICollection.CopyTo(Array array, int index) { _list.CopyTo(array, index); }

        object IList.this[int index]
        {
            get
            {
                if (index < 0 || index >= _list.Count) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                return _list[index];
            }
            set
            {
                if (index < 0 || index >= _list.Count) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                OnValidate(value);
                object old = _list[index];
                OnSet(index, old, value);
                _list[index] = value;
                OnSetComplete(index, old, value);
            }
        }

        int IList.Add(object value)
        {
            OnValidate(value);
            int index = _list.Count;
            OnInsert(index, value);
            _list.Add(value);
            OnInsertComplete(index, value);
            return index;
        }

        void IList.Insert(int index, object value)
        {
            if (index < 0 || index > _list.Count) throw new ArgumentOutOfRangeException("index", "Index must be within the bounds of the List.");
            OnValidate(value);
            OnInsert(index, value);
            _list.Insert(index, value);
            OnInsertComplete(index, value);
        }

        void IList.Remove(object value)
        {
            OnValidate(value);
            int index = _list.IndexOf(value);
            if (index < 0) throw new ArgumentException("Cannot remove the specified item because it was not found in the specified Collection.");
            OnRemove(index, value);
            _list.RemoveAt(index);
            OnRemoveComplete(index, value);
        }

        bool IList.Contains(object value) { return _list.Contains(value); }
        int IList.IndexOf(object value) { return _list.IndexOf(value); }
    }

    public abstract class ReadOnlyCollectionBase : ICollection
    {
        private readonly ArrayList _list = new ArrayList();
        protected ReadOnlyCollectionBase() { }
        protected ArrayList InnerList { get { return _list; } }
        public virtual int Count { get { return _list.Count; } }
        public virtual IEnumerator GetEnumerator() { return _list.GetEnumerator(); }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }
        void ICollection.CopyTo(Array array, int index) { _list.CopyTo(array, index); }
    }

    public abstract class DictionaryBase : IDictionary
    {
        private readonly Hashtable _table = new Hashtable();
        protected DictionaryBase() { }

        protected Hashtable InnerHashtable { get { return _table; } }
        protected IDictionary Dictionary { get { return this; } }
        public int Count { get { return _table.Count; } }

        public void Clear() { OnClear(); _table.Clear(); OnClearComplete(); }
        public void CopyTo(Array array, int index) { _table.CopyTo(array, index); }
        public IDictionaryEnumerator GetEnumerator() { return _table.GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return _table.GetEnumerator(); }

        protected virtual void OnClear() { }
        protected virtual void OnClearComplete() { }
        protected virtual object OnGet(object key, object currentValue) { return currentValue; }
        protected virtual void OnInsert(object key, object value) { }
        protected virtual void OnInsertComplete(object key, object value) { }
        protected virtual void OnRemove(object key, object value) { }
        protected virtual void OnRemoveComplete(object key, object value) { }
        protected virtual void OnSet(object key, object oldValue, object newValue) { }
        protected virtual void OnSetComplete(object key, object oldValue, object newValue) { }
        protected virtual void OnValidate(object key, object value) { }

        bool IDictionary.IsReadOnly { get { return false; } }
        bool IDictionary.IsFixedSize { get { return false; } }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }
        ICollection IDictionary.Keys { get { return _table.Keys; } }
        ICollection IDictionary.Values { get { return _table.Values; } }

        object IDictionary.this[object key]
        {
            get { return OnGet(key, _table[key]); }
            set
            {
                OnValidate(key, value);
                bool had = _table.Contains(key);
                object old = had ? _table[key] : null;
                OnSet(key, old, value);
                _table[key] = value;
                OnSetComplete(key, old, value);
            }
        }

        void IDictionary.Add(object key, object value)
        {
            OnValidate(key, value);
            OnInsert(key, value);
            _table.Add(key, value);
            OnInsertComplete(key, value);
        }

        bool IDictionary.Contains(object key) { return _table.Contains(key); }

        void IDictionary.Remove(object key)
        {
            if (!_table.Contains(key)) return;
            object v = _table[key];
            OnValidate(key, v);
            OnRemove(key, v);
            _table.Remove(key);
            OnRemoveComplete(key, v);
        }
    }
}
