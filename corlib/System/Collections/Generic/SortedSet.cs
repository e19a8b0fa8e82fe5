// SortedSet<T>: an AVL tree. SortedDictionary<K,V> is a SortedSet of
// KeyValuePairs ordered by key (as in .NET). Enumeration walks the tree with
// an explicit stack of nodes; nothing recurses deeper than the tree height.
namespace System.Collections.Generic
{
    [Serializable]
    public class SortedSet<T> : ISet<T>, ICollection, IReadOnlyCollection<T>, IReadOnlySet<T>
    {
        internal sealed class Node
        {
            internal T Item;
            internal Node Left, Right;
            internal int Height = 1;
            internal Node(T item) { Item = item; }
        }

        internal Node _root;
        private int _count, _version;
        private readonly IComparer<T> _comparer;

        public SortedSet() : this((IComparer<T>)null) { }
        public SortedSet(IComparer<T> comparer) { _comparer = comparer ?? Comparer<T>.Default; }
        public SortedSet(IEnumerable<T> collection) : this(collection, null) { }
        public SortedSet(IEnumerable<T> collection, IComparer<T> comparer) : this(comparer)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            foreach (T x in collection) Add(x);
        }

        public IComparer<T> Comparer { get { return _comparer; } }
        public int Count { get { return _count; } }
        bool ICollection<T>.IsReadOnly { get { return false; } }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }

        public T Min
        {
            get { Node n = _root; if (n == null) return default(T); while (n.Left != null) n = n.Left; return n.Item; }
        }

        public T Max
        {
            get { Node n = _root; if (n == null) return default(T); while (n.Right != null) n = n.Right; return n.Item; }
        }

        private static int H(Node n) { return n == null ? 0 : n.Height; }
        private static void Fix(Node n) { int l = H(n.Left), r = H(n.Right); n.Height = (l > r ? l : r) + 1; }

        private static Node RotateRight(Node n) { Node l = n.Left; n.Left = l.Right; l.Right = n; Fix(n); Fix(l); return l; }
        private static Node RotateLeft(Node n) { Node r = n.Right; n.Right = r.Left; r.Left = n; Fix(n); Fix(r); return r; }

        private static Node Balance(Node n)
        {
            Fix(n);
            int bf = H(n.Left) - H(n.Right);
            if (bf > 1)
            {
                if (H(n.Left.Left) < H(n.Left.Right)) n.Left = RotateLeft(n.Left);
                return RotateRight(n);
            }
            if (bf < -1)
            {
                if (H(n.Right.Right) < H(n.Right.Left)) n.Right = RotateRight(n.Right);
                return RotateLeft(n);
            }
            return n;
        }

        private bool _added;
        private bool _replace;

        void ICollection<T>.Add(T item) { Add(item); }

        public bool Add(T item)
        {
            _added = false;
            _replace = false;
            _root = Insert(_root, item);
            if (_added) { _count++; _version++; }
            return _added;
        }

        // Adds or replaces the equal item (SortedDictionary's indexer).
        internal void AddOrReplace(T item)
        {
            _added = false;
            _replace = true;
            _root = Insert(_root, item);
            if (_added) _count++;
            _version++;
        }

        private Node Insert(Node n, T item)
        {
            if (n == null) { _added = true; return new Node(item); }
            int c = _comparer.Compare(item, n.Item);
            if (c == 0) { if (_replace) n.Item = item; return n; }
            if (c < 0) n.Left = Insert(n.Left, item);
            else n.Right = Insert(n.Right, item);
            return _added ? Balance(n) : n;
        }

        private bool _removed;

        public bool Remove(T item)
        {
            _removed = false;
            _root = Delete(_root, item);
            if (_removed) { _count--; _version++; }
            return _removed;
        }

        private Node Delete(Node n, T item)
        {
            if (n == null) return null;
            int c = _comparer.Compare(item, n.Item);
            if (c < 0) n.Left = Delete(n.Left, item);
            else if (c > 0) n.Right = Delete(n.Right, item);
            else
            {
                _removed = true;
                if (n.Left == null) return n.Right;
                if (n.Right == null) return n.Left;
                Node m = n.Right;
                while (m.Left != null) m = m.Left;
                n.Item = m.Item;
                n.Right = DeleteMin(n.Right);
            }
            return Balance(n);
        }

        private static Node DeleteMin(Node n)
        {
            if (n.Left == null) return n.Right;
            n.Left = DeleteMin(n.Left);
            return Balance(n);
        }

        internal Node FindNode(T item)
        {
            Node n = _root;
            while (n != null)
            {
                int c = _comparer.Compare(item, n.Item);
                if (c == 0) return n;
                n = c < 0 ? n.Left : n.Right;
            }
            return null;
        }

        public bool Contains(T item) { return FindNode(item) != null; }

        public bool TryGetValue(T equalValue, out T actualValue)
        {
            Node n = FindNode(equalValue);
            if (n == null) { actualValue = default(T); return false; }
            actualValue = n.Item;
            return true;
        }

        public void Clear() { _root = null; _count = 0; _version++; }

        public int RemoveWhere(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException("match");
            List<T> doomed = new List<T>();
            foreach (T x in this) if (match(x)) doomed.Add(x);
            foreach (T x in doomed) Remove(x);
            return doomed.Count;
        }

        public void CopyTo(T[] array) { CopyTo(array, 0, _count); }
        public void CopyTo(T[] array, int index) { CopyTo(array, index, _count); }
        public void CopyTo(T[] array, int index, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0 || count < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count");
            if (array.Length - index < count || count > _count && array.Length - index < _count) throw new ArgumentException("Destination array was not long enough.");
            foreach (T x in this) { if (count-- <= 0) break; array[index++] = x; }
        }

        void ICollection.CopyTo(Array array, int index) { foreach (T x in this) array.SetValue(x, index++); }

        public IEnumerable<T> Reverse()
        {
            T[] a = new T[_count];
            CopyTo(a);
            for (int i = a.Length - 1; i >= 0; i--) yield return a[i];
        }

        public SortedSet<T> GetViewBetween(T lowerValue, T upperValue)
        {
            if (_comparer.Compare(lowerValue, upperValue) > 0) throw new ArgumentException("Must be less than or equal to upperValue.", "lowerValue");
            // A snapshot, not a live view: enough for reading a range.
            SortedSet<T> r = new SortedSet<T>(_comparer);
            foreach (T x in this)
                if (_comparer.Compare(x, lowerValue) >= 0 && _comparer.Compare(x, upperValue) <= 0) r.Add(x);
            return r;
        }

        private SortedSet<T> Other(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            SortedSet<T> s = other as SortedSet<T>;
            if (s != null && s._comparer == _comparer) return s;
            return new SortedSet<T>(other, _comparer);
        }

        public void UnionWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            foreach (T x in other) Add(x);
        }

        public void IntersectWith(IEnumerable<T> other)
        {
            SortedSet<T> o = Other(other);
            List<T> doomed = new List<T>();
            foreach (T x in this) if (!o.Contains(x)) doomed.Add(x);
            foreach (T x in doomed) Remove(x);
        }

        public void ExceptWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            if ((object)other == this) { Clear(); return; }
            foreach (T x in other) Remove(x);
        }

        public void SymmetricExceptWith(IEnumerable<T> other)
        {
            SortedSet<T> o = Other(other);
            if ((object)o == this) { Clear(); return; }
            foreach (T x in o) if (!Remove(x)) Add(x);
        }

        public bool IsSubsetOf(IEnumerable<T> other)
        {
            SortedSet<T> o = Other(other);
            foreach (T x in this) if (!o.Contains(x)) return false;
            return true;
        }

        public bool IsSupersetOf(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            foreach (T x in other) if (!Contains(x)) return false;
            return true;
        }

        public bool IsProperSubsetOf(IEnumerable<T> other) { SortedSet<T> o = Other(other); return o.Count > _count && IsSubsetOf(o); }
        public bool IsProperSupersetOf(IEnumerable<T> other) { SortedSet<T> o = Other(other); return _count > o.Count && IsSupersetOf(o); }

        public bool Overlaps(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            foreach (T x in other) if (Contains(x)) return true;
            return false;
        }

        public bool SetEquals(IEnumerable<T> other) { SortedSet<T> o = Other(other); return o.Count == _count && IsSubsetOf(o); }

        public Enumerator GetEnumerator() { return new Enumerator(this); }
        IEnumerator<T> IEnumerable<T>.GetEnumerator() { return new Enumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this); }

        [Serializable]
        public struct Enumerator : IEnumerator<T>
        {
            private readonly SortedSet<T> _set;
            private readonly int _version;
            private Node[] _stack;
            private int _depth;
            private T _current;

            internal Enumerator(SortedSet<T> set)
            {
                _set = set;
                _version = set._version;
                _stack = new Node[set._root == null ? 1 : set._root.Height + 1];
                _depth = 0;
                _current = default(T);
                PushLeft(set._root);
            }

            private void PushLeft(Node n)
            {
                while (n != null) { _stack[_depth++] = n; n = n.Left; }
            }

            public bool MoveNext()
            {
                if (_version != _set._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (_depth == 0) { _current = default(T); return false; }
                Node n = _stack[--_depth];
                _current = n.Item;
                PushLeft(n.Right);
                return true;
            }

            public T Current { get { return _current; } }
            object IEnumerator.Current { get { return _current; } }
            void IEnumerator.Reset() { _depth = 0; PushLeft(_set._root); _current = default(T); }
            public void Dispose() { }
        }
    }
}
