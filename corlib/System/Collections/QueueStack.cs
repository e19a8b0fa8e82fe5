// The non-generic System.Collections.Queue and Stack (circular buffer and
// array stack of objects).
namespace System.Collections
{
    public class Queue : ICollection, ICloneable
    {
        private object[] _a;
        private int _head, _count;

        public Queue() : this(32) { }
        public Queue(int capacity) : this(capacity, 2.0f) { }
        public Queue(int capacity, float growFactor)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            if (!(growFactor >= 1.0f && growFactor <= 10.0f)) throw new ArgumentOutOfRangeException("growFactor", "Queue grow factor must be between 1.0 and 10.0.");
            _a = new object[capacity];
        }
        public Queue(ICollection col) : this(col == null ? 32 : col.Count)
        {
            if (col == null) throw new ArgumentNullException("col");
            foreach (object o in col) Enqueue(o);
        }

        public virtual int Count { get { return _count; } }
        public virtual bool IsSynchronized { get { return false; } }
        public virtual object SyncRoot { get { return this; } }

        public virtual void Enqueue(object obj)
        {
            if (_count == _a.Length)
            {
                object[] n = new object[Math.Max(4, _a.Length * 2)];
                CopyTo(n, 0);
                _a = n;
                _head = 0;
            }
            _a[(_head + _count) % _a.Length] = obj;
            _count++;
        }

        public virtual object Dequeue()
        {
            if (_count == 0) throw new InvalidOperationException("Queue empty.");
            object o = _a[_head];
            _a[_head] = null;
            _head = (_head + 1) % _a.Length;
            _count--;
            return o;
        }

        public virtual object Peek()
        {
            if (_count == 0) throw new InvalidOperationException("Queue empty.");
            return _a[_head];
        }

        public virtual void Clear() { Array.Clear(_a, 0, _a.Length); _head = 0; _count = 0; }
        public virtual bool Contains(object obj)
        {
            for (int i = 0; i < _count; i++) if (object.Equals(_a[(_head + i) % _a.Length], obj)) return true;
            return false;
        }
        public virtual object Clone() { Queue q = new Queue(_count); foreach (object o in this) q.Enqueue(o); return q; }
        public virtual void CopyTo(Array array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (array.Length - index < _count) throw new ArgumentException("Destination array was not long enough. Check the destination index, length, and the array's lower bounds.");
            for (int i = 0; i < _count; i++) array.SetValue(_a[(_head + i) % _a.Length], index + i);
        }
        public virtual object[] ToArray() { object[] r = new object[_count]; CopyTo(r, 0); return r; }
        public virtual void TrimToSize() { object[] n = ToArray(); _a = n; _head = 0; }
        public virtual IEnumerator GetEnumerator() { return ((IEnumerable)ToArray()).GetEnumerator(); }
        public static Queue Synchronized(Queue queue) { if (queue == null) throw new ArgumentNullException("queue"); return queue; }
    }

    public class Stack : ICollection, ICloneable
    {
        private object[] _a;
        private int _count;

        public Stack() : this(10) { }
        public Stack(int initialCapacity)
        {
            if (initialCapacity < 0) throw new ArgumentOutOfRangeException("initialCapacity", "Non-negative number required.");
            _a = new object[initialCapacity];
        }
        public Stack(ICollection col) : this(col == null ? 32 : col.Count)
        {
            if (col == null) throw new ArgumentNullException("col");
            foreach (object o in col) Push(o);
        }

        public virtual int Count { get { return _count; } }
        public virtual bool IsSynchronized { get { return false; } }
        public virtual object SyncRoot { get { return this; } }

        public virtual void Push(object obj)
        {
            if (_count == _a.Length) Array.Resize(ref _a, Math.Max(4, _a.Length * 2));
            _a[_count++] = obj;
        }
        public virtual object Pop()
        {
            if (_count == 0) throw new InvalidOperationException("Stack empty.");
            object o = _a[--_count];
            _a[_count] = null;
            return o;
        }
        public virtual object Peek()
        {
            if (_count == 0) throw new InvalidOperationException("Stack empty.");
            return _a[_count - 1];
        }
        public virtual void Clear() { Array.Clear(_a, 0, _count); _count = 0; }
        public virtual bool Contains(object obj)
        {
            for (int i = 0; i < _count; i++) if (object.Equals(_a[i], obj)) return true;
            return false;
        }
        public virtual object Clone() { Stack s = new Stack(_count); for (int i = 0; i < _count; i++) s.Push(_a[i]); return s; }
        // top first, as enumeration goes
        public virtual object[] ToArray()
        {
            object[] r = new object[_count];
            for (int i = 0; i < _count; i++) r[i] = _a[_count - 1 - i];
            return r;
        }
        public virtual void CopyTo(Array array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (array.Length - index < _count) throw new ArgumentException("Destination array was not long enough. Check the destination index, length, and the array's lower bounds.");
            object[] r = ToArray();
            for (int i = 0; i < r.Length; i++) array.SetValue(r[i], index + i);
        }
        public virtual IEnumerator GetEnumerator() { return ((IEnumerable)ToArray()).GetEnumerator(); }
        public static Stack Synchronized(Stack stack) { if (stack == null) throw new ArgumentNullException("stack"); return stack; }
    }

    public class CaseInsensitiveComparer : IComparer
    {
        private static readonly CaseInsensitiveComparer s_default = new CaseInsensitiveComparer();
        public CaseInsensitiveComparer() { }
        public CaseInsensitiveComparer(System.Globalization.CultureInfo culture)
        {
            if (culture == null) throw new ArgumentNullException("culture");
        }
        public static CaseInsensitiveComparer Default { get { return s_default; } }
        public static CaseInsensitiveComparer DefaultInvariant { get { return s_default; } }

        public int Compare(object a, object b)
        {
            string sa = a as string, sb = b as string;
            if (sa != null && sb != null) return string.Compare(sa, sb, StringComparison.OrdinalIgnoreCase) == 0 ? 0 : string.Compare(sa, sb, StringComparison.CurrentCultureIgnoreCase);
            return Comparer.Default.Compare(a, b);
        }
    }
}
