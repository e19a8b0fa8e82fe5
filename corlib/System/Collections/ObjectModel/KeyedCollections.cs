// KeyedCollection<TKey,TItem> (a Collection<TItem> with a key lookup built
// once the count passes a threshold), ReadOnlyDictionary<TKey,TValue> and
// ReadOnlyObservableCollection<T>.
using System.Collections.Generic;
using System.Collections.Specialized;
using System.ComponentModel;

namespace System.Collections.ObjectModel
{
    public abstract class KeyedCollection<TKey, TItem> : Collection<TItem>
    {
        private readonly IEqualityComparer<TKey> _cmp;
        private readonly int _threshold;
        private Dictionary<TKey, TItem> _dict;
        private int _keyCount;

        protected KeyedCollection() : this(null, 0) { }
        protected KeyedCollection(IEqualityComparer<TKey> comparer) : this(comparer, 0) { }
        protected KeyedCollection(IEqualityComparer<TKey> comparer, int dictionaryCreationThreshold)
        {
            if (dictionaryCreationThreshold < -1) throw new ArgumentOutOfRangeException("dictionaryCreationThreshold", "The specified threshold for creating dictionary is out of range.");
            _cmp = comparer ?? EqualityComparer<TKey>.Default;
            _threshold = dictionaryCreationThreshold == -1 ? int.MaxValue : dictionaryCreationThreshold;
        }

        public IEqualityComparer<TKey> Comparer { get { return _cmp; } }
        protected IDictionary<TKey, TItem> Dictionary { get { return _dict; } }

        protected abstract TKey GetKeyForItem(TItem item);

        public TItem this[TKey key]
        {
            get
            {
                TItem item;
                if (TryGetValue(key, out item)) return item;
                throw new KeyNotFoundException("The given key '" + key + "' was not present in the dictionary.");
            }
        }

        public bool Contains(TKey key)
        {
            TItem item;
            return TryGetValue(key, out item);
        }

        public bool TryGetValue(TKey key, out TItem item)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (_dict != null) return _dict.TryGetValue(key, out item);
            foreach (TItem i in Items)
            {
                TKey k = GetKeyForItem(i);
                if (k != null && _cmp.Equals(k, key)) { item = i; return true; }
            }
            item = default(TItem);
            return false;
        }

        public bool Remove(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            for (int i = 0; i < Items.Count; i++)
            {
                TKey k = GetKeyForItem(Items[i]);
                if (k != null && _cmp.Equals(k, key)) { RemoveItem(i); return true; }
            }
            return false;
        }

        protected void ChangeItemKey(TItem item, TKey newKey)
        {
            int index = Items.IndexOf(item);
            if (index < 0) throw new ArgumentException("The item does not exist in the collection.", "item");
            TKey oldKey = GetKeyForItem(item);
            if (!_cmp.Equals(oldKey, newKey))
            {
                if (newKey != null) AddKey(newKey, item);
                if (oldKey != null) RemoveKey(oldKey);
            }
        }

        private void AddKey(TKey key, TItem item)
        {
            if (_dict != null) { AddToDict(key, item); return; }
            foreach (TItem i in Items)
            {
                TKey k = GetKeyForItem(i);
                if (k != null && _cmp.Equals(k, key)) throw new ArgumentException("An item with the same key has already been added. Key: " + key);
            }
            if (_keyCount == _threshold)
            {
                _dict = new Dictionary<TKey, TItem>(_cmp);
                foreach (TItem i in Items)
                {
                    TKey k = GetKeyForItem(i);
                    if (k != null) _dict.Add(k, i);
                }
                AddToDict(key, item);
            }
            else _keyCount++;
        }

        private void AddToDict(TKey key, TItem item)
        {
            if (_dict.ContainsKey(key)) throw new ArgumentException("An item with the same key has already been added. Key: " + key);
            _dict.Add(key, item);
        }

        private void RemoveKey(TKey key)
        {
            if (_dict != null) _dict.Remove(key);
            else _keyCount--;
        }

        protected override void ClearItems()
        {
            base.ClearItems();
            if (_dict != null) _dict.Clear();
            _keyCount = 0;
        }

        protected override void InsertItem(int index, TItem item)
        {
            TKey key = GetKeyForItem(item);
            if (key != null) AddKey(key, item);
            base.InsertItem(index, item);
        }

        protected override void RemoveItem(int index)
        {
            TKey key = GetKeyForItem(Items[index]);
            if (key != null) RemoveKey(key);
            base.RemoveItem(index);
        }

        protected override void SetItem(int index, TItem item)
        {
            TKey newKey = GetKeyForItem(item);
            TKey oldKey = GetKeyForItem(Items[index]);
            if (_cmp.Equals(oldKey, newKey))
            {
                if (newKey != null && _dict != null) _dict[newKey] = item;
            }
            else
            {
                if (newKey != null) AddKey(newKey, item);
                if (oldKey != null) RemoveKey(oldKey);
            }
            base.SetItem(index, item);
        }
    }

    public class ReadOnlyDictionary<TKey, TValue> : IDictionary<TKey, TValue>, IDictionary, IReadOnlyDictionary<TKey, TValue>
    {
        private readonly IDictionary<TKey, TValue> _d;
        private KeyCollection _keys;
        private ValueCollection _values;

        public ReadOnlyDictionary(IDictionary<TKey, TValue> dictionary)
        {
            if (dictionary == null) throw new ArgumentNullException("dictionary");
            _d = dictionary;
        }

        protected IDictionary<TKey, TValue> Dictionary { get { return _d; } }
        public int Count { get { return _d.Count; } }
        public TValue this[TKey key] { get { return _d[key]; } }
        public KeyCollection Keys { get { if (_keys == null) _keys = new KeyCollection(_d.Keys); return _keys; } }
        public ValueCollection Values { get { if (_values == null) _values = new ValueCollection(_d.Values); return _values; } }
        public bool ContainsKey(TKey key) { return _d.ContainsKey(key); }
        public bool TryGetValue(TKey key, out TValue value) { return _d.TryGetValue(key, out value); }
        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() { return _d.GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return _d.GetEnumerator(); }

        private static NotSupportedException ReadOnly() { return new NotSupportedException("Collection is read-only."); }

        TValue IDictionary<TKey, TValue>.this[TKey key] { get { return _d[key]; } set { throw ReadOnly(); } }
        ICollection<TKey> IDictionary<TKey, TValue>.Keys { get { return Keys; } }
        ICollection<TValue> IDictionary<TKey, TValue>.Values { get { return Values; } }
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys { get { return Keys; } }
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values { get { return Values; } }
        void IDictionary<TKey, TValue>.Add(TKey key, TValue value) { throw ReadOnly(); }
        bool IDictionary<TKey, TValue>.Remove(TKey key) { throw ReadOnly(); }
        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly { get { return true; } }
        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> item) { throw ReadOnly(); }
        void ICollection<KeyValuePair<TKey, TValue>>.Clear() { throw ReadOnly(); }
        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> item) { return _d.Contains(item); }
        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex) { _d.CopyTo(array, arrayIndex); }
        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> item) { throw ReadOnly(); }

        bool IDictionary.IsFixedSize { get { return true; } }
        bool IDictionary.IsReadOnly { get { return true; } }
        ICollection IDictionary.Keys { get { return Keys; } }
        ICollection IDictionary.Values { get { return Values; } }
        object IDictionary.this[object key]
        {
            get { return key is TKey && _d.ContainsKey((TKey)key) ? (object)_d[(TKey)key] : null; }
            set { throw ReadOnly(); }
        }
        void IDictionary.Add(object key, object value) { throw ReadOnly(); }
        void IDictionary.Clear() { throw ReadOnly(); }
        bool IDictionary.Contains(object key) { return key is TKey && _d.ContainsKey((TKey)key); }
        IDictionaryEnumerator IDictionary.GetEnumerator() { return new Hashtable(ToTable()).GetEnumerator(); }
        void IDictionary.Remove(object key) { throw ReadOnly(); }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }
        void ICollection.CopyTo(Array array, int index)
        {
            int i = index;
            foreach (KeyValuePair<TKey, TValue> p in _d) array.SetValue(p, i++);
        }

        private IDictionary ToTable()
        {
            System.Collections.Specialized.OrderedDictionary o = new System.Collections.Specialized.OrderedDictionary();
            foreach (KeyValuePair<TKey, TValue> p in _d) o.Add(p.Key, p.Value);
            return o;
        }

        public sealed class KeyCollection : ICollection<TKey>, ICollection, IReadOnlyCollection<TKey>
        {
            private readonly ICollection<TKey> _c;
            internal KeyCollection(ICollection<TKey> c) { _c = c; }
            public int Count { get { return _c.Count; } }
            public void CopyTo(TKey[] array, int arrayIndex) { _c.CopyTo(array, arrayIndex); }
            public IEnumerator<TKey> GetEnumerator() { return _c.GetEnumerator(); }
            IEnumerator IEnumerable.GetEnumerator() { return _c.GetEnumerator(); }
            bool ICollection<TKey>.IsReadOnly { get { return true; } }
            void ICollection<TKey>.Add(TKey item) { throw ReadOnly(); }
            void ICollection<TKey>.Clear() { throw ReadOnly(); }
            bool ICollection<TKey>.Contains(TKey item) { return _c.Contains(item); }
            bool ICollection<TKey>.Remove(TKey item) { throw ReadOnly(); }
            bool ICollection.IsSynchronized { get { return false; } }
            object ICollection.SyncRoot { get { return this; } }
            void ICollection.CopyTo(Array array, int index) { int i = index; foreach (TKey k in _c) array.SetValue(k, i++); }
        }

        public sealed class ValueCollection : ICollection<TValue>, ICollection, IReadOnlyCollection<TValue>
        {
            private readonly ICollection<TValue> _c;
            internal ValueCollection(ICollection<TValue> c) { _c = c; }
            public int Count { get { return _c.Count; } }
            public void CopyTo(TValue[] array, int arrayIndex) { _c.CopyTo(array, arrayIndex); }
            public IEnumerator<TValue> GetEnumerator() { return _c.GetEnumerator(); }
            IEnumerator IEnumerable.GetEnumerator() { return _c.GetEnumerator(); }
            bool ICollection<TValue>.IsReadOnly { get { return true; } }
            void ICollection<TValue>.Add(TValue item) { throw ReadOnly(); }
            void ICollection<TValue>.Clear() { throw ReadOnly(); }
            bool ICollection<TValue>.Contains(TValue item) { return _c.Contains(item); }
            bool ICollection<TValue>.Remove(TValue item) { throw ReadOnly(); }
            bool ICollection.IsSynchronized { get { return false; } }
            object ICollection.SyncRoot { get { return this; } }
            void ICollection.CopyTo(Array array, int index) { int i = index; foreach (TValue v in _c) array.SetValue(v, i++); }
        }
    }

    public class ReadOnlyObservableCollection<T> : ReadOnlyCollection<T>, INotifyCollectionChanged, INotifyPropertyChanged
    {
        public ReadOnlyObservableCollection(ObservableCollection<T> list) : base(list)
        {
            ((INotifyCollectionChanged)list).CollectionChanged += (s, e) => OnCollectionChanged(e);
            ((INotifyPropertyChanged)list).PropertyChanged += (s, e) => OnPropertyChanged(e);
        }

        protected virtual event NotifyCollectionChangedEventHandler CollectionChanged;
        protected virtual event PropertyChangedEventHandler PropertyChanged;
        event NotifyCollectionChangedEventHandler INotifyCollectionChanged.CollectionChanged { add { CollectionChanged += value; } remove { CollectionChanged -= value; } }
        event PropertyChangedEventHandler INotifyPropertyChanged.PropertyChanged { add { PropertyChanged += value; } remove { PropertyChanged -= value; } }

        protected virtual void OnCollectionChanged(NotifyCollectionChangedEventArgs args) { if (CollectionChanged != null) CollectionChanged(this, args); }
        protected virtual void OnPropertyChanged(PropertyChangedEventArgs args) { if (PropertyChanged != null) PropertyChanged(this, args); }
    }
}
