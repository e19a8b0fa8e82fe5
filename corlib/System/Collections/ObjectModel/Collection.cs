// Collection<T> (the overridable list base), ObservableCollection<T> and the
// change-notification types it raises.
using System.Collections.Generic;
using System.Collections.Specialized;
using System.ComponentModel;

namespace System.Collections.ObjectModel
{
    [Serializable]
    public class Collection<T> : IList<T>, IList, IReadOnlyList<T>
    {
        private readonly IList<T> _items;

        public Collection() { _items = new List<T>(); }
        public Collection(IList<T> list)
        {
            if (list == null) throw new ArgumentNullException("list");
            _items = list;
        }

        protected IList<T> Items { get { return _items; } }
        public int Count { get { return _items.Count; } }

        public T this[int index]
        {
            get { return _items[index]; }
            set
            {
                if ((uint)index >= (uint)_items.Count) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                SetItem(index, value);
            }
        }

        public void Add(T item) { InsertItem(_items.Count, item); }
        public void Clear() { ClearItems(); }
        public bool Contains(T item) { return _items.Contains(item); }
        public void CopyTo(T[] array, int index) { _items.CopyTo(array, index); }
        public IEnumerator<T> GetEnumerator() { return _items.GetEnumerator(); }
        public int IndexOf(T item) { return _items.IndexOf(item); }

        public void Insert(int index, T item)
        {
            if ((uint)index > (uint)_items.Count) throw new ArgumentOutOfRangeException("index", "Index must be within the bounds of the List.");
            InsertItem(index, item);
        }

        public bool Remove(T item)
        {
            int i = _items.IndexOf(item);
            if (i < 0) return false;
            RemoveItem(i);
            return true;
        }

        public void RemoveAt(int index)
        {
            if ((uint)index >= (uint)_items.Count) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            RemoveItem(index);
        }

        protected virtual void ClearItems() { _items.Clear(); }
        protected virtual void InsertItem(int index, T item) { _items.Insert(index, item); }
        protected virtual void RemoveItem(int index) { _items.RemoveAt(index); }
        protected virtual void SetItem(int index, T item) { _items[index] = item; }

        bool ICollection<T>.IsReadOnly { get { return _items.IsReadOnly; } }
        IEnumerator IEnumerable.GetEnumerator() { return ((IEnumerable)_items).GetEnumerator(); }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }
        void ICollection.CopyTo(Array array, int index) { for (int i = 0; i < _items.Count; i++) array.SetValue(_items[i], index + i); }
        object IList.this[int index] { get { return _items[index]; } set { this[index] = (T)value; } }
        bool IList.IsReadOnly { get { return _items.IsReadOnly; } }
        bool IList.IsFixedSize { get { return false; } }
        int IList.Add(object value) { Add((T)value); return Count - 1; }
        bool IList.Contains(object value) { return value is T && Contains((T)value); }
        int IList.IndexOf(object value) { return value is T ? IndexOf((T)value) : -1; }
        void IList.Insert(int index, object value) { Insert(index, (T)value); }
        void IList.Remove(object value) { if (value is T) Remove((T)value); }
    }

    [Serializable]
    public class ObservableCollection<T> : Collection<T>, INotifyCollectionChanged, INotifyPropertyChanged
    {
        public ObservableCollection() { }
        public ObservableCollection(IEnumerable<T> collection) : base(new List<T>(collection)) { }
        public ObservableCollection(List<T> list) : base(new List<T>(list)) { }

        public virtual event NotifyCollectionChangedEventHandler CollectionChanged;
        protected virtual event PropertyChangedEventHandler PropertyChanged;
        event PropertyChangedEventHandler INotifyPropertyChanged.PropertyChanged { add { PropertyChanged += value; } remove { PropertyChanged -= value; } }

        public void Move(int oldIndex, int newIndex) { MoveItem(oldIndex, newIndex); }

        protected override void ClearItems()
        {
            base.ClearItems();
            OnCountChanged();
            OnCollectionChanged(new NotifyCollectionChangedEventArgs(NotifyCollectionChangedAction.Reset));
        }

        protected override void RemoveItem(int index)
        {
            T removed = this[index];
            base.RemoveItem(index);
            OnCountChanged();
            OnCollectionChanged(new NotifyCollectionChangedEventArgs(NotifyCollectionChangedAction.Remove, removed, index));
        }

        protected override void InsertItem(int index, T item)
        {
            base.InsertItem(index, item);
            OnCountChanged();
            OnCollectionChanged(new NotifyCollectionChangedEventArgs(NotifyCollectionChangedAction.Add, item, index));
        }

        protected override void SetItem(int index, T item)
        {
            T old = this[index];
            base.SetItem(index, item);
            OnPropertyChanged(new PropertyChangedEventArgs("Item[]"));
            OnCollectionChanged(new NotifyCollectionChangedEventArgs(NotifyCollectionChangedAction.Replace, item, old, index));
        }

        protected virtual void MoveItem(int oldIndex, int newIndex)
        {
            T item = this[oldIndex];
            base.RemoveItem(oldIndex);
            base.InsertItem(newIndex, item);
            OnPropertyChanged(new PropertyChangedEventArgs("Item[]"));
            OnCollectionChanged(new NotifyCollectionChangedEventArgs(NotifyCollectionChangedAction.Move, item, newIndex, oldIndex));
        }

        private void OnCountChanged()
        {
            OnPropertyChanged(new PropertyChangedEventArgs("Count"));
            OnPropertyChanged(new PropertyChangedEventArgs("Item[]"));
        }

        protected virtual void OnPropertyChanged(PropertyChangedEventArgs e)
        {
            PropertyChangedEventHandler h = PropertyChanged;
            if (h != null) h(this, e);
        }

        protected virtual void OnCollectionChanged(NotifyCollectionChangedEventArgs e)
        {
            NotifyCollectionChangedEventHandler h = CollectionChanged;
            if (h != null) h(this, e);
        }
    }
}

namespace System.Collections.Specialized
{
    public enum NotifyCollectionChangedAction { Add = 0, Remove = 1, Replace = 2, Move = 3, Reset = 4 }

    public delegate void NotifyCollectionChangedEventHandler(object sender, NotifyCollectionChangedEventArgs e);

    public interface INotifyCollectionChanged { event NotifyCollectionChangedEventHandler CollectionChanged; }

    public class NotifyCollectionChangedEventArgs : EventArgs
    {
        private readonly NotifyCollectionChangedAction _action;
        private readonly IList _newItems, _oldItems;
        private readonly int _newIndex = -1, _oldIndex = -1;

        public NotifyCollectionChangedEventArgs(NotifyCollectionChangedAction action)
        {
            if (action != NotifyCollectionChangedAction.Reset) throw new ArgumentException("Constructor supports only the 'Reset' action.", "action");
            _action = action;
        }

        public NotifyCollectionChangedEventArgs(NotifyCollectionChangedAction action, object changedItem) : this(action, changedItem, -1) { }

        public NotifyCollectionChangedEventArgs(NotifyCollectionChangedAction action, object changedItem, int index)
        {
            _action = action;
            if (action == NotifyCollectionChangedAction.Add) { _newItems = One(changedItem); _newIndex = index; }
            else if (action == NotifyCollectionChangedAction.Remove) { _oldItems = One(changedItem); _oldIndex = index; }
            else if (action != NotifyCollectionChangedAction.Reset) throw new ArgumentException("Constructor only supports either a 'Reset', 'Add', or 'Remove' action.", "action");
        }

        public NotifyCollectionChangedEventArgs(NotifyCollectionChangedAction action, object newItem, object oldItem, int index)
        {
            _action = action;
            _newItems = One(newItem); _oldItems = One(oldItem);
            _newIndex = _oldIndex = index;
        }

        public NotifyCollectionChangedEventArgs(NotifyCollectionChangedAction action, object changedItem, int index, int oldIndex)
        {
            _action = action;
            _newItems = _oldItems = One(changedItem);
            _newIndex = index; _oldIndex = oldIndex;
        }

        public NotifyCollectionChangedEventArgs(NotifyCollectionChangedAction action, IList changedItems)
        {
            _action = action;
            if (action == NotifyCollectionChangedAction.Add) _newItems = changedItems; else _oldItems = changedItems;
        }

        private static IList One(object o) { ArrayList a = new ArrayList(1); a.Add(o); return ArrayList.ReadOnly(a); }

        public NotifyCollectionChangedAction Action { get { return _action; } }
        public IList NewItems { get { return _newItems; } }
        public IList OldItems { get { return _oldItems; } }
        public int NewStartingIndex { get { return _newIndex; } }
        public int OldStartingIndex { get { return _oldIndex; } }
    }
}

namespace System.ComponentModel
{
    public delegate void PropertyChangedEventHandler(object sender, PropertyChangedEventArgs e);

    public interface INotifyPropertyChanged { event PropertyChangedEventHandler PropertyChanged; }

    public class PropertyChangedEventArgs : EventArgs
    {
        private readonly string _name;
        public PropertyChangedEventArgs(string propertyName) { _name = propertyName; }
        public virtual string PropertyName { get { return _name; } }
    }
}
