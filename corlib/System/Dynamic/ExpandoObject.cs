// ExpandoObject: an object whose members are added and removed at run time,
// seen through IDictionary<string, object> (members keep the order of their
// first addition; a removed member added again takes its old place, as on
// .NET) with PropertyChanged for every change. There is no C# runtime binder
// here, so `dynamic` member access on it is not available; code that uses the
// dictionary view (serializers, mappers) works.
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq.Expressions;

namespace System.Dynamic
{
    public sealed class ExpandoObject : IDynamicMetaObjectProvider, IDictionary<string, object>, INotifyPropertyChanged
    {
        private readonly List<string> _names = new List<string>();
        private readonly List<object> _values = new List<object>();
        private readonly List<bool> _present = new List<bool>();
        private int _count;
        private int _version;

        public ExpandoObject() { }

        public event PropertyChangedEventHandler PropertyChanged;

        DynamicMetaObject IDynamicMetaObjectProvider.GetMetaObject(Expression parameter)
        {
            return new DynamicMetaObject(parameter, BindingRestrictions.Empty, this);
        }

        private int Find(string key)
        {
            for (int i = 0; i < _names.Count; i++)
                if (string.Equals(_names[i], key, StringComparison.Ordinal)) return i;
            return -1;
        }

        private void Set(string key, object value, bool add)
        {
            if (key == null) throw new ArgumentNullException(nameof(key));
            int at = Find(key);
            if (at >= 0 && _present[at])
            {
                if (add) throw new ArgumentException("An element with the same key '" + key + "' already exists in the ExpandoObject.", nameof(key));
                if (Equals(_values[at], value) && ReferenceEquals(_values[at], value)) return;
                _values[at] = value;
            }
            else if (at >= 0)
            {
                _values[at] = value;
                _present[at] = true;
                _count++;
            }
            else
            {
                _names.Add(key);
                _values.Add(value);
                _present.Add(true);
                _count++;
            }
            _version++;
            Changed(key);
        }

        private void Changed(string key)
        {
            PropertyChangedEventHandler handler = PropertyChanged;
            if (handler != null) handler(this, new PropertyChangedEventArgs(key));
        }

        object IDictionary<string, object>.this[string key]
        {
            get
            {
                object value;
                if (!TryGetValue(key, out value)) throw new KeyNotFoundException("The specified key '" + key + "' does not exist in the ExpandoObject.");
                return value;
            }
            set { Set(key, value, false); }
        }

        ICollection<string> IDictionary<string, object>.Keys
        {
            get
            {
                var keys = new List<string>(_count);
                for (int i = 0; i < _names.Count; i++) if (_present[i]) keys.Add(_names[i]);
                return keys.AsReadOnly();
            }
        }

        ICollection<object> IDictionary<string, object>.Values
        {
            get
            {
                var values = new List<object>(_count);
                for (int i = 0; i < _names.Count; i++) if (_present[i]) values.Add(_values[i]);
                return values.AsReadOnly();
            }
        }

        int ICollection<KeyValuePair<string, object>>.Count { get { return _count; } }
        bool ICollection<KeyValuePair<string, object>>.IsReadOnly { get { return false; } }

        void IDictionary<string, object>.Add(string key, object value) { Set(key, value, true); }

        bool IDictionary<string, object>.ContainsKey(string key)
        {
            if (key == null) throw new ArgumentNullException(nameof(key));
            int at = Find(key);
            return at >= 0 && _present[at];
        }

        bool IDictionary<string, object>.Remove(string key)
        {
            if (key == null) throw new ArgumentNullException(nameof(key));
            int at = Find(key);
            if (at < 0 || !_present[at]) return false;
            _present[at] = false;
            _values[at] = null;
            _count--;
            _version++;
            Changed(key);
            return true;
        }

        bool IDictionary<string, object>.TryGetValue(string key, out object value) { return TryGetValue(key, out value); }

        private bool TryGetValue(string key, out object value)
        {
            if (key == null) throw new ArgumentNullException(nameof(key));
            int at = Find(key);
            if (at >= 0 && _present[at]) { value = _values[at]; return true; }
            value = null;
            return false;
        }

        void ICollection<KeyValuePair<string, object>>.Add(KeyValuePair<string, object> item) { Set(item.Key, item.Value, true); }

        void ICollection<KeyValuePair<string, object>>.Clear()
        {
            var removed = new List<string>();
            for (int i = 0; i < _names.Count; i++)
                if (_present[i]) { removed.Add(_names[i]); _present[i] = false; _values[i] = null; }
            _count = 0;
            _version++;
            foreach (string name in removed) Changed(name);
        }

        bool ICollection<KeyValuePair<string, object>>.Contains(KeyValuePair<string, object> item)
        {
            object value;
            return TryGetValue(item.Key, out value) && Equals(value, item.Value);
        }

        void ICollection<KeyValuePair<string, object>>.CopyTo(KeyValuePair<string, object>[] array, int arrayIndex)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            if (arrayIndex < 0 || arrayIndex > array.Length) throw new ArgumentOutOfRangeException(nameof(arrayIndex));
            if (array.Length - arrayIndex < _count) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            foreach (KeyValuePair<string, object> pair in this) array[arrayIndex++] = pair;
        }

        bool ICollection<KeyValuePair<string, object>>.Remove(KeyValuePair<string, object> item)
        {
            object value;
            if (!TryGetValue(item.Key, out value) || !Equals(value, item.Value)) return false;
            return ((IDictionary<string, object>)this).Remove(item.Key);
        }

        IEnumerator<KeyValuePair<string, object>> IEnumerable<KeyValuePair<string, object>>.GetEnumerator() { return Enumerate(); }
        IEnumerator IEnumerable.GetEnumerator() { return Enumerate(); }

        private IEnumerator<KeyValuePair<string, object>> Enumerate()
        {
            int version = _version;
            for (int i = 0; i < _names.Count; i++)
            {
                if (version != _version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (_present[i]) yield return new KeyValuePair<string, object>(_names[i], _values[i]);
            }
            if (version != _version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
        }
    }
}
