// The non-generic ArrayList, over List<object>.
using System.Collections.Generic;

namespace System.Collections
{
    [Serializable]
    public class ArrayList : IList, ICloneable
    {
        private List<object> _l;

        public ArrayList() { _l = new List<object>(); }
        public ArrayList(int capacity) { _l = new List<object>(capacity); }
        public ArrayList(ICollection c)
        {
            if (c == null) throw new ArgumentNullException("c");
            _l = new List<object>(c.Count);
            foreach (object o in c) _l.Add(o);
        }

        public virtual int Capacity { get { return _l.Capacity; } set { _l.Capacity = value; } }
        public virtual int Count { get { return _l.Count; } }
        public virtual bool IsFixedSize { get { return false; } }
        public virtual bool IsReadOnly { get { return false; } }
        public virtual bool IsSynchronized { get { return false; } }
        public virtual object SyncRoot { get { return this; } }
        public virtual object this[int index] { get { return _l[index]; } set { _l[index] = value; } }

        public virtual int Add(object value) { _l.Add(value); return _l.Count - 1; }
        public virtual void AddRange(ICollection c)
        {
            if (c == null) throw new ArgumentNullException("c");
            foreach (object o in c) _l.Add(o);
        }
        public virtual void Clear() { _l.Clear(); }
        public virtual object Clone() { ArrayList a = new ArrayList(_l.Count); a._l.AddRange(_l); return a; }
        public virtual bool Contains(object item) { return _l.Contains(item); }
        public virtual void CopyTo(Array array) { CopyTo(array, 0); }
        public virtual void CopyTo(Array array, int arrayIndex) { for (int i = 0; i < _l.Count; i++) array.SetValue(_l[i], arrayIndex + i); }
        public virtual int IndexOf(object value) { return _l.IndexOf(value); }
        public virtual int IndexOf(object value, int startIndex) { return _l.IndexOf(value, startIndex); }
        public virtual int LastIndexOf(object value) { return _l.LastIndexOf(value); }
        public virtual void Insert(int index, object value) { _l.Insert(index, value); }
        public virtual void InsertRange(int index, ICollection c)
        {
            if (c == null) throw new ArgumentNullException("c");
            List<object> tmp = new List<object>(c.Count);
            foreach (object o in c) tmp.Add(o);
            _l.InsertRange(index, tmp);
        }
        public virtual void Remove(object obj) { _l.Remove(obj); }
        public virtual void RemoveAt(int index) { _l.RemoveAt(index); }
        public virtual void RemoveRange(int index, int count) { _l.RemoveRange(index, count); }
        public virtual void Reverse() { _l.Reverse(); }
        public virtual void Reverse(int index, int count) { _l.Reverse(index, count); }
        public virtual void Sort() { _l.Sort(new ComparerAdapterObj(Comparer.Default)); }
        public virtual void Sort(IComparer comparer) { _l.Sort(new ComparerAdapterObj(comparer ?? Comparer.Default)); }
        public virtual void Sort(int index, int count, IComparer comparer) { _l.Sort(index, count, new ComparerAdapterObj(comparer ?? Comparer.Default)); }
        public virtual int BinarySearch(object value) { return _l.BinarySearch(value, new ComparerAdapterObj(Comparer.Default)); }
        public virtual int BinarySearch(object value, IComparer comparer) { return _l.BinarySearch(value, new ComparerAdapterObj(comparer ?? Comparer.Default)); }
        public virtual ArrayList GetRange(int index, int count) { ArrayList a = new ArrayList(count); a._l.AddRange(_l.GetRange(index, count)); return a; }
        public virtual object[] ToArray() { return _l.ToArray(); }
        public virtual Array ToArray(Type type)
        {
            Array a = Array.CreateInstance(type, _l.Count);
            for (int i = 0; i < _l.Count; i++) a.SetValue(_l[i], i);
            return a;
        }
        public virtual void TrimToSize() { _l.TrimExcess(); }
        public virtual IEnumerator GetEnumerator() { return _l.GetEnumerator(); }

        public static ArrayList ReadOnly(ArrayList list) { return list; }
        public static ArrayList Synchronized(ArrayList list) { return list; }
        public static ArrayList Repeat(object value, int count)
        {
            ArrayList a = new ArrayList(count);
            for (int i = 0; i < count; i++) a._l.Add(value);
            return a;
        }

        private sealed class ComparerAdapterObj : IComparer<object>
        {
            private readonly IComparer _c;
            internal ComparerAdapterObj(IComparer c) { _c = c; }
            public int Compare(object x, object y) { return _c.Compare(x, y); }
        }
    }
}
