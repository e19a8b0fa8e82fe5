// KeyedCollection<TKey,TItem>: a Collection<TItem> whose items carry their
// own keys (GetKeyForItem); a key->item dictionary is built once the count
// passes dictionaryCreationThreshold (default 0: from the first item).
using System.Collections.Generic;

namespace System.Collections.ObjectModel
{
    [Serializable]
    public abstract class KeyedCollection<TKey, TItem> : Collection<TItem>
    {
        private readonly IEqualityComparer<TKey> _comparer;
        private readonly int _threshold;
        private Dictionary<TKey, TItem> _dict;
        private int _keyCount;   // items with a non-null key while there is no dictionary

        protected KeyedCollection() : this(null, 0) { }
        protected KeyedCollection(IEqualityComparer<TKey> comparer) : this(comparer, 0) { }

        protected KeyedCollection(IEqualityComparer<TKey> comparer, int dictionaryCreationThreshold) : base(new List<TItem>())
        {
            if (dictionaryCreationThreshold < -1) throw new ArgumentOutOfRangeException("dictionaryCreationThreshold", "The specified threshold for creating dictionary is out of range.");
            _comparer = comparer ?? EqualityComparer<TKey>.Default;
            _threshold = dictionaryCreationThreshold == -1 ? int.MaxValue : dictionaryCreationThreshold;
        }

        protected abstract TKey GetKeyForItem(TItem item);

        public IEqualityComparer<TKey> Comparer { get { return _comparer; } }
        protected IDictionary<TKey, TItem> Dictionary { get { return _dict; } }

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
            TItem ignored;
            return TryGetValue(key, out ignored);
        }

        public bool TryGetValue(TKey key, out TItem item)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (_dict != null) return _dict.TryGetValue(key, out item);
            foreach (TItem x in Items)
            {
                TKey k = GetKeyForItem(x);
                if (k != null && _comparer.Equals(key, k)) { item = x; return true; }
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
                if (k != null && _comparer.Equals(key, k)) { RemoveItem(i); return true; }
            }
            return false;
        }

        protected void ChangeItemKey(TItem item, TKey newKey)
        {
            if (!Items.Contains(item)) throw new ArgumentException("The item does not exist in the collection.", "item");
            TKey oldKey = GetKeyForItem(item);
            if (_comparer.Equals(oldKey, newKey)) return;
            if (newKey != null) AddKey(newKey, item);
            if (oldKey != null) RemoveKey(oldKey);
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
            if (_comparer.Equals(oldKey, newKey))
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

        private void AddKey(TKey key, TItem item)
        {
            if (_dict != null) { _dict.Add(key, item); return; }
            if (Contains(key)) throw new ArgumentException("An item with the same key has already been added. Key: " + key);
            if (_keyCount == _threshold)
            {
                _dict = new Dictionary<TKey, TItem>(_comparer);
                foreach (TItem x in Items)
                {
                    TKey k = GetKeyForItem(x);
                    if (k != null) _dict.Add(k, x);
                }
                _dict.Add(key, item);
            }
            else _keyCount++;
        }

        private void RemoveKey(TKey key)
        {
            if (_dict != null) _dict.Remove(key);
            else _keyCount--;
        }
    }
}
