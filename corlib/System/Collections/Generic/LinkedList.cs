// LinkedList<T>: circular doubly-linked nodes; _head is the first node and
// _head.prev the last, as in .NET (Next/Previous hide the wrap-around).
namespace System.Collections.Generic
{
    [Serializable]
    public class LinkedList<T> : ICollection<T>, ICollection, IReadOnlyCollection<T>
    {
        internal LinkedListNode<T> _head;
        internal int _count, _version;

        public LinkedList() { }
        public LinkedList(IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            foreach (T x in collection) AddLast(x);
        }

        public int Count { get { return _count; } }
        public LinkedListNode<T> First { get { return _head; } }
        public LinkedListNode<T> Last { get { return _head == null ? null : _head.prev; } }
        bool ICollection<T>.IsReadOnly { get { return false; } }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }

        void ICollection<T>.Add(T value) { AddLast(value); }

        public LinkedListNode<T> AddAfter(LinkedListNode<T> node, T value)
        {
            Check(node);
            LinkedListNode<T> n = new LinkedListNode<T>(this, value);
            InsertBefore(node.next, n);
            return n;
        }

        public void AddAfter(LinkedListNode<T> node, LinkedListNode<T> newNode)
        {
            Check(node); CheckNew(newNode);
            InsertBefore(node.next, newNode);
            newNode.list = this;
        }

        public LinkedListNode<T> AddBefore(LinkedListNode<T> node, T value)
        {
            Check(node);
            LinkedListNode<T> n = new LinkedListNode<T>(this, value);
            InsertBefore(node, n);
            if (node == _head) _head = n;
            return n;
        }

        public void AddBefore(LinkedListNode<T> node, LinkedListNode<T> newNode)
        {
            Check(node); CheckNew(newNode);
            InsertBefore(node, newNode);
            newNode.list = this;
            if (node == _head) _head = newNode;
        }

        public LinkedListNode<T> AddFirst(T value)
        {
            LinkedListNode<T> n = new LinkedListNode<T>(this, value);
            AddFirstNode(n);
            return n;
        }

        public void AddFirst(LinkedListNode<T> node) { CheckNew(node); node.list = this; AddFirstNode(node); }

        public LinkedListNode<T> AddLast(T value)
        {
            LinkedListNode<T> n = new LinkedListNode<T>(this, value);
            AddLastNode(n);
            return n;
        }

        public void AddLast(LinkedListNode<T> node) { CheckNew(node); node.list = this; AddLastNode(node); }

        private void AddFirstNode(LinkedListNode<T> n)
        {
            if (_head == null) InsertIntoEmpty(n);
            else { InsertBefore(_head, n); _head = n; }
        }

        private void AddLastNode(LinkedListNode<T> n)
        {
            if (_head == null) InsertIntoEmpty(n);
            else InsertBefore(_head, n);
        }

        private void InsertIntoEmpty(LinkedListNode<T> n)
        {
            n.next = n; n.prev = n; _head = n;
            _count++; _version++;
        }

        private void InsertBefore(LinkedListNode<T> node, LinkedListNode<T> n)
        {
            n.next = node;
            n.prev = node.prev;
            node.prev.next = n;
            node.prev = n;
            _count++; _version++;
        }

        public void Clear()
        {
            LinkedListNode<T> cur = _head;
            while (cur != null)
            {
                LinkedListNode<T> t = cur;
                cur = cur.next;
                t.Invalidate();
                if (cur == _head) break;
            }
            _head = null; _count = 0; _version++;
        }

        public bool Contains(T value) { return Find(value) != null; }

        public void CopyTo(T[] array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0 || index > array.Length) throw new ArgumentOutOfRangeException("index");
            if (array.Length - index < _count) throw new ArgumentException("Destination array was not long enough.");
            LinkedListNode<T> n = _head;
            if (n != null) do { array[index++] = n.item; n = n.next; } while (n != _head);
        }

        void ICollection.CopyTo(Array array, int index)
        {
            LinkedListNode<T> n = _head;
            if (n != null) do { array.SetValue(n.item, index++); n = n.next; } while (n != _head);
        }

        public LinkedListNode<T> Find(T value)
        {
            LinkedListNode<T> n = _head;
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            if (n != null) do { if (c.Equals(n.item, value)) return n; n = n.next; } while (n != _head);
            return null;
        }

        public LinkedListNode<T> FindLast(T value)
        {
            if (_head == null) return null;
            LinkedListNode<T> last = _head.prev, n = last;
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            do { if (c.Equals(n.item, value)) return n; n = n.prev; } while (n != last);
            return null;
        }

        public bool Remove(T value)
        {
            LinkedListNode<T> n = Find(value);
            if (n == null) return false;
            RemoveNode(n);
            return true;
        }

        public void Remove(LinkedListNode<T> node) { Check(node); RemoveNode(node); }

        public void RemoveFirst()
        {
            if (_head == null) throw new InvalidOperationException("The LinkedList is empty.");
            RemoveNode(_head);
        }

        public void RemoveLast()
        {
            if (_head == null) throw new InvalidOperationException("The LinkedList is empty.");
            RemoveNode(_head.prev);
        }

        private void RemoveNode(LinkedListNode<T> n)
        {
            if (n.next == n) _head = null;
            else
            {
                n.next.prev = n.prev;
                n.prev.next = n.next;
                if (_head == n) _head = n.next;
            }
            n.Invalidate();
            _count--; _version++;
        }

        private void Check(LinkedListNode<T> node)
        {
            if (node == null) throw new ArgumentNullException("node");
            if (node.list != this) throw new InvalidOperationException("The LinkedList node does not belong to current LinkedList.");
        }

        private static void CheckNew(LinkedListNode<T> node)
        {
            if (node == null) throw new ArgumentNullException("node");
            if (node.list != null) throw new InvalidOperationException("The LinkedList node already belongs to a LinkedList.");
        }

        public Enumerator GetEnumerator() { return new Enumerator(this); }
        IEnumerator<T> IEnumerable<T>.GetEnumerator() { return new Enumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this); }

        [Serializable]
        public struct Enumerator : IEnumerator<T>
        {
            private readonly LinkedList<T> _list;
            private readonly int _version;
            private LinkedListNode<T> _node;
            private T _current;
            private int _index;

            internal Enumerator(LinkedList<T> list) { _list = list; _version = list._version; _node = list._head; _current = default(T); _index = 0; }

            public T Current { get { return _current; } }
            object IEnumerator.Current { get { return _current; } }

            public bool MoveNext()
            {
                if (_version != _list._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (_node == null) { _index = _list._count + 1; return false; }
                _index++;
                _current = _node.item;
                _node = _node.next;
                if (_node == _list._head) _node = null;
                return true;
            }

            void IEnumerator.Reset() { _current = default(T); _node = _list._head; _index = 0; }
            public void Dispose() { }
        }
    }

    public sealed class LinkedListNode<T>
    {
        internal LinkedList<T> list;
        internal LinkedListNode<T> next, prev;
        internal T item;

        public LinkedListNode(T value) { item = value; }
        internal LinkedListNode(LinkedList<T> list, T value) { this.list = list; item = value; }

        public LinkedList<T> List { get { return list; } }
        public LinkedListNode<T> Next { get { return next == null || next == list._head ? null : next; } }
        public LinkedListNode<T> Previous { get { return prev == null || this == list._head ? null : prev; } }
        public T Value { get { return item; } set { item = value; } }

        internal void Invalidate() { list = null; next = null; prev = null; }
    }
}
