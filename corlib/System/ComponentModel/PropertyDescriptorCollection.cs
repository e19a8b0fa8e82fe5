// PropertyDescriptorCollection: an ordered, name-indexed list of property descriptors (optionally read-only).
using System.Collections;
using System.Collections.Generic;

namespace System.ComponentModel
{
    public class PropertyDescriptorCollection : IList, IDictionary
    {
        public static readonly PropertyDescriptorCollection Empty = new PropertyDescriptorCollection(null, true);

        private readonly List<PropertyDescriptor> _properties;
        private readonly bool _readOnly;

        public PropertyDescriptorCollection(PropertyDescriptor[] properties) : this(properties, false) { }

        public PropertyDescriptorCollection(PropertyDescriptor[] properties, bool readOnly)
        {
            _properties = properties == null ? new List<PropertyDescriptor>() : new List<PropertyDescriptor>(properties);
            _readOnly = readOnly;
        }

        public int Count { get { return _properties.Count; } }

        public virtual PropertyDescriptor this[int index] { get { return _properties[index]; } }
        public virtual PropertyDescriptor this[string name] { get { return Find(name, false); } }

        private void CheckWritable() { if (_readOnly) throw new NotSupportedException(); }

        public int Add(PropertyDescriptor value) { CheckWritable(); _properties.Add(value); return _properties.Count - 1; }
        public void Clear() { CheckWritable(); _properties.Clear(); }
        public bool Contains(PropertyDescriptor value) { return _properties.Contains(value); }
        public void CopyTo(Array array, int index) { ((ICollection)_properties).CopyTo(array, index); }
        public int IndexOf(PropertyDescriptor value) { return _properties.IndexOf(value); }
        public void Insert(int index, PropertyDescriptor value) { CheckWritable(); _properties.Insert(index, value); }
        public void Remove(PropertyDescriptor value) { CheckWritable(); _properties.Remove(value); }
        public void RemoveAt(int index) { CheckWritable(); _properties.RemoveAt(index); }

        public virtual PropertyDescriptor Find(string name, bool ignoreCase)
        {
            if (name == null) throw new ArgumentNullException(nameof(name));
            StringComparison comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            foreach (PropertyDescriptor p in _properties)
                if (string.Equals(p.Name, name, comparison)) return p;
            return null;
        }

        public virtual IEnumerator GetEnumerator() { return _properties.GetEnumerator(); }

        public virtual PropertyDescriptorCollection Sort() { return Sort(null, (IComparer)null); }
        public virtual PropertyDescriptorCollection Sort(string[] names) { return Sort(names, (IComparer)null); }
        public virtual PropertyDescriptorCollection Sort(IComparer comparer) { return Sort(null, comparer); }

        // A new collection: the named properties first in the given order, then the rest sorted by name (or by the comparer).
        public virtual PropertyDescriptorCollection Sort(string[] names, IComparer comparer)
        {
            var result = new PropertyDescriptorCollection(_properties.ToArray(), false);
            result.InternalSort(names, comparer);
            return result;
        }

        protected void InternalSort(string[] names)
        {
            InternalSort(names, null);
        }

        protected void InternalSort(IComparer sorter)
        {
            InternalSort(null, sorter);
        }

        private void InternalSort(string[] names, IComparer comparer)
        {
            var first = new List<PropertyDescriptor>();
            var rest = new List<PropertyDescriptor>(_properties);
            if (names != null)
            {
                foreach (string name in names)
                {
                    int at = rest.FindIndex(p => p.Name == name);
                    if (at >= 0) { first.Add(rest[at]); rest.RemoveAt(at); }
                }
            }
            if (comparer != null) rest.Sort((a, b) => comparer.Compare(a, b));
            else rest.Sort((a, b) => string.Compare(a.DisplayName, b.DisplayName, StringComparison.InvariantCultureIgnoreCase));
            _properties.Clear();
            _properties.AddRange(first);
            _properties.AddRange(rest);
        }

        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return null; } }
        int ICollection.Count { get { return Count; } }

        object IList.this[int index]
        {
            get { return this[index]; }
            set
            {
                CheckWritable();
                _properties[index] = (PropertyDescriptor)value;
            }
        }

        int IList.Add(object value) { return Add((PropertyDescriptor)value); }
        bool IList.Contains(object value) { return Contains(value as PropertyDescriptor); }
        int IList.IndexOf(object value) { return IndexOf(value as PropertyDescriptor); }
        void IList.Insert(int index, object value) { Insert(index, (PropertyDescriptor)value); }
        void IList.Remove(object value) { Remove((PropertyDescriptor)value); }
        void IList.Clear() { Clear(); }
        void IList.RemoveAt(int index) { RemoveAt(index); }
        bool IList.IsReadOnly { get { return _readOnly; } }
        bool IList.IsFixedSize { get { return _readOnly; } }

        object IDictionary.this[object key]
        {
            get { var name = key as string; return name != null ? this[name] : null; }
            set
            {
                CheckWritable();
                var name = key as string;
                var descriptor = value as PropertyDescriptor;
                if (name == null || descriptor == null) throw new ArgumentException(nameof(value));
                int at = _properties.FindIndex(p => p.Name == name);
                if (at >= 0) _properties[at] = descriptor; else _properties.Add(descriptor);
            }
        }

        void IDictionary.Add(object key, object value)
        {
            var descriptor = value as PropertyDescriptor;
            if (descriptor == null) throw new ArgumentException(nameof(value));
            Add(descriptor);
        }

        bool IDictionary.Contains(object key) { var name = key as string; return name != null && this[name] != null; }
        void IDictionary.Remove(object key) { var name = key as string; var p = name != null ? this[name] : null; if (p != null) Remove(p); }
        void IDictionary.Clear() { Clear(); }
        bool IDictionary.IsReadOnly { get { return _readOnly; } }
        bool IDictionary.IsFixedSize { get { return _readOnly; } }

        ICollection IDictionary.Keys
        {
            get
            {
                var keys = new string[_properties.Count];
                for (int i = 0; i < keys.Length; i++) keys[i] = _properties[i].Name;
                return keys;
            }
        }

        ICollection IDictionary.Values { get { return _properties.ToArray(); } }

        IDictionaryEnumerator IDictionary.GetEnumerator()
        {
            var table = new System.Collections.Specialized.ListDictionary();
            foreach (PropertyDescriptor p in _properties) table[p.Name] = p;
            return table.GetEnumerator();
        }
    }
}
