// NameObjectCollectionBase (ordered name -> object entries; names compared
// case-insensitively unless a comparer is given; null is a valid name),
// NameValueCollection on top of it (several values per name, read back
// comma-joined), StringCollection and StringEnumerator.
namespace System.Collections.Specialized
{
    public abstract class NameObjectCollectionBase : ICollection
    {
        private sealed class Entry
        {
            public string Key;
            public object Value;
        }

        private readonly System.Collections.Generic.List<Entry> _entries = new System.Collections.Generic.List<Entry>();
        private readonly IEqualityComparer _cmp;
        private KeysCollection _keys;

        protected NameObjectCollectionBase() : this(0, (IEqualityComparer)null) { }
        protected NameObjectCollectionBase(int capacity) : this(capacity, (IEqualityComparer)null) { }
        protected NameObjectCollectionBase(IEqualityComparer equalityComparer) : this(0, equalityComparer) { }
        protected NameObjectCollectionBase(int capacity, IEqualityComparer equalityComparer)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            _cmp = equalityComparer ?? StringComparer.InvariantCultureIgnoreCase;
        }
        [Obsolete("This constructor has been deprecated. Use NameObjectCollectionBase(IEqualityComparer) instead.")]
        protected NameObjectCollectionBase(IHashCodeProvider hashProvider, IComparer comparer) : this(0, (IEqualityComparer)null) { }
        [Obsolete("This constructor has been deprecated. Use NameObjectCollectionBase(Int32, IEqualityComparer) instead.")]
        protected NameObjectCollectionBase(int capacity, IHashCodeProvider hashProvider, IComparer comparer) : this(capacity, (IEqualityComparer)null) { }

        protected bool IsReadOnly { get; set; }
        public virtual int Count { get { return _entries.Count; } }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }

        public virtual KeysCollection Keys { get { if (_keys == null) _keys = new KeysCollection(this); return _keys; } }

        private void CheckWritable() { if (IsReadOnly) throw new NotSupportedException("Collection is read-only."); }

        private int Find(string name)
        {
            for (int i = 0; i < _entries.Count; i++)
            {
                string k = _entries[i].Key;
                if (k == null ? name == null : name != null && _cmp.Equals(k, name)) return i;
            }
            return -1;
        }

        private void CheckIndex(int index)
        {
            if (index < 0 || index >= _entries.Count) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
        }

        protected void BaseAdd(string name, object value) { CheckWritable(); _entries.Add(new Entry { Key = name, Value = value }); }
        protected void BaseClear() { CheckWritable(); _entries.Clear(); }
        protected object BaseGet(int index) { CheckIndex(index); return _entries[index].Value; }
        protected object BaseGet(string name) { int i = Find(name); return i < 0 ? null : _entries[i].Value; }
        protected string BaseGetKey(int index) { CheckIndex(index); return _entries[index].Key; }
        protected bool BaseHasKeys() { foreach (Entry e in _entries) if (e.Key != null) return true; return false; }
        protected void BaseRemove(string name)
        {
            CheckWritable();
            for (int i = _entries.Count - 1; i >= 0; i--)
            {
                string k = _entries[i].Key;
                if (k == null ? name == null : name != null && _cmp.Equals(k, name)) _entries.RemoveAt(i);
            }
        }
        protected void BaseRemoveAt(int index) { CheckWritable(); CheckIndex(index); _entries.RemoveAt(index); }
        protected void BaseSet(int index, object value) { CheckWritable(); CheckIndex(index); _entries[index].Value = value; }
        protected void BaseSet(string name, object value)
        {
            CheckWritable();
            int i = Find(name);
            if (i < 0) _entries.Add(new Entry { Key = name, Value = value });
            else _entries[i].Value = value;
        }
        protected string[] BaseGetAllKeys()
        {
            string[] r = new string[_entries.Count];
            for (int i = 0; i < r.Length; i++) r[i] = _entries[i].Key;
            return r;
        }
        protected object[] BaseGetAllValues()
        {
            object[] r = new object[_entries.Count];
            for (int i = 0; i < r.Length; i++) r[i] = _entries[i].Value;
            return r;
        }
        protected object[] BaseGetAllValues(Type type)
        {
            if (type == null) throw new ArgumentNullException("type");
            object[] r = (object[])Array.CreateInstance(type, _entries.Count);
            for (int i = 0; i < r.Length; i++) r[i] = _entries[i].Value;
            return r;
        }

        public virtual IEnumerator GetEnumerator() { return ((IEnumerable)BaseGetAllKeys()).GetEnumerator(); }
        void ICollection.CopyTo(Array array, int index) { BaseGetAllKeys().CopyTo(array, index); }

        public class KeysCollection : ICollection
        {
            private readonly NameObjectCollectionBase _c;
            internal KeysCollection(NameObjectCollectionBase c) { _c = c; }
            public string this[int index] { get { return Get(index); } }
            public virtual string Get(int index) { return _c.BaseGetKey(index); }
            public int Count { get { return _c.Count; } }
            public IEnumerator GetEnumerator() { return _c.GetEnumerator(); }
            bool ICollection.IsSynchronized { get { return false; } }
            object ICollection.SyncRoot { get { return _c; } }
            void ICollection.CopyTo(Array array, int index) { _c.BaseGetAllKeys().CopyTo(array, index); }
        }
    }

    public class NameValueCollection : NameObjectCollectionBase
    {
        private string[] _allKeys;

        public NameValueCollection() { }
        public NameValueCollection(int capacity) : base(capacity) { }
        public NameValueCollection(IEqualityComparer equalityComparer) : base(equalityComparer) { }
        public NameValueCollection(int capacity, IEqualityComparer equalityComparer) : base(capacity, equalityComparer) { }
        public NameValueCollection(NameValueCollection col) : base(col == null ? null : col.Comparer)
        {
            if (col == null) throw new ArgumentNullException("col");
            Add(col);
        }
        public NameValueCollection(int capacity, NameValueCollection col) : base(capacity, col == null ? null : col.Comparer)
        {
            if (col == null) throw new ArgumentNullException("col");
            Add(col);
        }
        [Obsolete("This constructor has been deprecated. Use NameValueCollection(IEqualityComparer) instead.")]
        public NameValueCollection(IHashCodeProvider hashProvider, IComparer comparer) { }
        [Obsolete("This constructor has been deprecated. Use NameValueCollection(Int32, IEqualityComparer) instead.")]
        public NameValueCollection(int capacity, IHashCodeProvider hashProvider, IComparer comparer) : base(capacity) { }

        private IEqualityComparer _comparer;
        private IEqualityComparer Comparer { get { return _comparer; } }

        protected void InvalidateCachedArrays() { _allKeys = null; }

        private static string Join(ArrayList list)
        {
            if (list == null || list.Count == 0) return null;
            if (list.Count == 1) return (string)list[0];
            string[] parts = new string[list.Count];
            for (int i = 0; i < parts.Length; i++) parts[i] = (string)list[i];
            return string.Join(",", parts);
        }
        private static string[] ValuesOf(ArrayList list)
        {
            if (list == null || list.Count == 0) return null;
            string[] r = new string[list.Count];
            for (int i = 0; i < r.Length; i++) r[i] = (string)list[i];
            return r;
        }

        public string this[string name] { get { return Get(name); } set { Set(name, value); } }
        public string this[int index] { get { return Get(index); } }

        public virtual string[] AllKeys { get { if (_allKeys == null) _allKeys = BaseGetAllKeys(); return _allKeys; } }

        public virtual void Add(string name, string value)
        {
            if (IsReadOnly) throw new NotSupportedException("Collection is read-only.");
            InvalidateCachedArrays();
            ArrayList list = (ArrayList)BaseGet(name);
            if (list == null)
            {
                list = new ArrayList(1);
                if (value != null) list.Add(value);
                BaseAdd(name, list);
            }
            else if (value != null) list.Add(value);
        }

        public void Add(NameValueCollection c)
        {
            if (c == null) throw new ArgumentNullException("c");
            InvalidateCachedArrays();
            for (int i = 0; i < c.Count; i++)
            {
                string key = c.GetKey(i);
                string[] values = c.GetValues(i);
                if (values == null) Add(key, null);
                else foreach (string v in values) Add(key, v);
            }
        }

        public virtual void Set(string name, string value)
        {
            if (IsReadOnly) throw new NotSupportedException("Collection is read-only.");
            InvalidateCachedArrays();
            ArrayList list = new ArrayList(1);
            list.Add(value);
            BaseSet(name, list);
        }

        public virtual void Remove(string name) { InvalidateCachedArrays(); BaseRemove(name); }
        public virtual void Clear()
        {
            if (IsReadOnly) throw new NotSupportedException("Collection is read-only.");
            InvalidateCachedArrays();
            BaseClear();
        }

        public virtual string Get(string name) { return Join((ArrayList)BaseGet(name)); }
        public virtual string Get(int index) { return Join((ArrayList)BaseGet(index)); }
        public virtual string[] GetValues(string name) { return ValuesOf((ArrayList)BaseGet(name)); }
        public virtual string[] GetValues(int index) { return ValuesOf((ArrayList)BaseGet(index)); }
        public virtual string GetKey(int index) { return BaseGetKey(index); }
        public bool HasKeys() { return BaseHasKeys(); }

        public void CopyTo(Array dest, int index)
        {
            if (dest == null) throw new ArgumentNullException("dest");
            if (index < 0) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (dest.Length - index < Count) throw new ArgumentException("Insufficient space in the target location to copy the information.");
            for (int i = 0; i < Count; i++) dest.SetValue(Get(i), index + i);
        }
    }

    public class StringCollection : IList
    {
        private readonly ArrayList _a = new ArrayList();

        public StringCollection() { }
        public string this[int index] { get { return (string)_a[index]; } set { _a[index] = value; } }
        public int Count { get { return _a.Count; } }
        public bool IsReadOnly { get { return false; } }
        public bool IsSynchronized { get { return false; } }
        public object SyncRoot { get { return this; } }
        bool IList.IsFixedSize { get { return false; } }
        object IList.this[int index] { get { return _a[index]; } set { _a[index] = (string)value; } }

        public int Add(string value) { return _a.Add(value); }
        public void AddRange(string[] value)
        {
            if (value == null) throw new ArgumentNullException("value");
            foreach (string s in value) _a.Add(s);
        }
        public void Clear() { _a.Clear(); }
        public bool Contains(string value) { return _a.Contains(value); }
        public void CopyTo(string[] array, int index) { _a.CopyTo(array, index); }
        public StringEnumerator GetEnumerator() { return new StringEnumerator(this); }
        public int IndexOf(string value) { return _a.IndexOf(value); }
        public void Insert(int index, string value) { _a.Insert(index, value); }
        public void Remove(string value) { _a.Remove(value); }
        public void RemoveAt(int index) { _a.RemoveAt(index); }

        int IList.Add(object value) { return Add((string)value); }
        bool IList.Contains(object value) { return _a.Contains(value); }
        int IList.IndexOf(object value) { return _a.IndexOf(value); }
        void IList.Insert(int index, object value) { Insert(index, (string)value); }
        void IList.Remove(object value) { _a.Remove(value); }
        void ICollection.CopyTo(Array array, int index) { _a.CopyTo(array, index); }
        IEnumerator IEnumerable.GetEnumerator() { return _a.GetEnumerator(); }
    }

    public class StringEnumerator
    {
        private readonly StringCollection _c;
        private int _i = -1;
        internal StringEnumerator(StringCollection c) { _c = c; }
        public string Current
        {
            get
            {
                if (_i < 0 || _i >= _c.Count) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                return _c[_i];
            }
        }
        public bool MoveNext() { return ++_i < _c.Count; }
        public void Reset() { _i = -1; }
    }

    public struct BitVector32
    {
        private uint _data;

        public BitVector32(int data) { _data = (uint)data; }
        public BitVector32(BitVector32 value) { _data = value._data; }

        public int Data { get { return (int)_data; } }

        public bool this[int bit]
        {
            get { return (_data & (uint)bit) == (uint)bit; }
            set { if (value) _data |= (uint)bit; else _data &= ~(uint)bit; }
        }

        public int this[Section section]
        {
            get { return (int)((_data >> section.Offset) & (uint)(ushort)section.Mask); }
            set
            {
                uint mask = (uint)(ushort)section.Mask << section.Offset;
                _data = (_data & ~mask) | (((uint)value << section.Offset) & mask);
            }
        }

        public static int CreateMask() { return CreateMask(0); }
        public static int CreateMask(int previous)
        {
            if (previous == 0) return 1;
            if (previous == unchecked((int)0x80000000)) throw new InvalidOperationException("Bit vector is full.");
            return previous << 1;
        }

        public static Section CreateSection(short maxValue) { return MakeSection(maxValue, 0, 0); }
        public static Section CreateSection(short maxValue, Section previous) { return MakeSection(maxValue, previous.Mask, previous.Offset); }

        private static Section MakeSection(short maxValue, short priorMask, short priorOffset)
        {
            if (maxValue < 1) throw new ArgumentException("Argument maxValue must be greater than zero.", "maxValue");
            int offset = priorOffset + Bits(priorMask);
            if (offset >= 32) throw new InvalidOperationException("Bit vector is full.");
            short mask = (short)((1 << Bits(maxValue)) - 1);
            return new Section(mask, (short)offset);
        }

        private static int Bits(short v)
        {
            int n = 0;
            int x = (ushort)v;
            while (x != 0) { n++; x >>= 1; }
            return n;
        }

        public override bool Equals(object o) { return o is BitVector32 && ((BitVector32)o)._data == _data; }
        public override int GetHashCode() { return _data.GetHashCode(); }
        public override string ToString() { return ToString(this); }
        public static string ToString(BitVector32 value)
        {
            char[] c = new char[32];
            for (int i = 0; i < 32; i++) c[i] = (value._data & (1u << (31 - i))) != 0 ? '1' : '0';
            return "BitVector32{" + new string(c) + "}";
        }

        public readonly struct Section
        {
            private readonly short _mask, _offset;
            internal Section(short mask, short offset) { _mask = mask; _offset = offset; }
            public short Mask { get { return _mask; } }
            public short Offset { get { return _offset; } }
            public override bool Equals(object o) { return o is Section && Equals((Section)o); }
            public bool Equals(Section obj) { return obj._mask == _mask && obj._offset == _offset; }
            public static bool operator ==(Section a, Section b) { return a.Equals(b); }
            public static bool operator !=(Section a, Section b) { return !a.Equals(b); }
            public override int GetHashCode() { return _mask.GetHashCode() ^ (_offset << 16); }
            public override string ToString() { return ToString(this); }
            public static string ToString(Section value) { return "Section{0x" + Convert.ToString(value.Mask, 16) + ", 0x" + Convert.ToString(value.Offset, 16) + "}"; }
        }
    }
}
