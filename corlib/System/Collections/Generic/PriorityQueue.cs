// PriorityQueue<TElement, TPriority>: an array-backed 4-ary min-heap laid
// out like .NET's (children of i at 4i+1..4i+4, heapify from the last parent,
// the same sift rules), so UnorderedItems lists the nodes in .NET's order.

namespace System.Collections.Generic
{
    public class PriorityQueue<TElement, TPriority>
    {
        private const int Arity = 4;

        private ValueTuple<TElement, TPriority>[] _nodes;
        private readonly IComparer<TPriority> _comparer;
        private int _size;
        private int _version;
        private UnorderedItemsCollection _unorderedItems;

        public PriorityQueue() : this(0, null) { }
        public PriorityQueue(int initialCapacity) : this(initialCapacity, null) { }
        public PriorityQueue(IComparer<TPriority> comparer) : this(0, comparer) { }

        public PriorityQueue(int initialCapacity, IComparer<TPriority> comparer)
        {
            if (initialCapacity < 0) throw NegativeArgument("initialCapacity", initialCapacity);
            _nodes = new ValueTuple<TElement, TPriority>[initialCapacity];
            _comparer = comparer ?? Comparer<TPriority>.Default;
        }

        public PriorityQueue(IEnumerable<ValueTuple<TElement, TPriority>> items) : this(items, null) { }

        public PriorityQueue(IEnumerable<ValueTuple<TElement, TPriority>> items, IComparer<TPriority> comparer)
        {
            if (items == null) throw new ArgumentNullException("items");
            _comparer = comparer ?? Comparer<TPriority>.Default;
            ICollection<ValueTuple<TElement, TPriority>> c = items as ICollection<ValueTuple<TElement, TPriority>>;
            _nodes = new ValueTuple<TElement, TPriority>[c != null ? c.Count : 0];
            foreach (ValueTuple<TElement, TPriority> item in items) Append(item);
            if (_size > 1) Heapify();
        }

        private static ArgumentOutOfRangeException NegativeArgument(string name, int value)
        {
            return new ArgumentOutOfRangeException(name, value, name + " ('" + value.ToString() + "') must be a non-negative value.");
        }

        private static InvalidOperationException Empty() { return new InvalidOperationException("Queue empty."); }

        public int Count { get { return _size; } }
        public int Capacity { get { return _nodes.Length; } }
        public IComparer<TPriority> Comparer { get { return _comparer; } }

        public UnorderedItemsCollection UnorderedItems { get { return _unorderedItems ?? (_unorderedItems = new UnorderedItemsCollection(this)); } }

        public void Enqueue(TElement element, TPriority priority)
        {
            int i = _size;
            _version++;
            if (i == _nodes.Length) Grow(i + 1);
            _size = i + 1;
            SiftUp(new ValueTuple<TElement, TPriority>(element, priority), i);
        }

        public TElement Peek()
        {
            if (_size == 0) throw Empty();
            return _nodes[0].Item1;
        }

        public bool TryPeek(out TElement element, out TPriority priority)
        {
            if (_size == 0) { element = default(TElement); priority = default(TPriority); return false; }
            element = _nodes[0].Item1;
            priority = _nodes[0].Item2;
            return true;
        }

        public TElement Dequeue()
        {
            if (_size == 0) throw Empty();
            TElement root = _nodes[0].Item1;
            RemoveRoot();
            return root;
        }

        public bool TryDequeue(out TElement element, out TPriority priority)
        {
            if (_size == 0) { element = default(TElement); priority = default(TPriority); return false; }
            element = _nodes[0].Item1;
            priority = _nodes[0].Item2;
            RemoveRoot();
            return true;
        }

        // Enqueue then Dequeue in one step: the new item comes straight back
        // unless the root has a lower priority.
        public TElement EnqueueDequeue(TElement element, TPriority priority)
        {
            if (_size != 0 && _comparer.Compare(priority, _nodes[0].Item2) > 0)
            {
                TElement root = _nodes[0].Item1;
                SiftDown(new ValueTuple<TElement, TPriority>(element, priority), 0);
                _version++;
                return root;
            }
            return element;
        }

        public TElement DequeueEnqueue(TElement element, TPriority priority)
        {
            if (_size == 0) throw Empty();
            TElement root = _nodes[0].Item1;
            ValueTuple<TElement, TPriority> node = new ValueTuple<TElement, TPriority>(element, priority);
            if (_comparer.Compare(priority, _nodes[0].Item2) > 0) SiftDown(node, 0);
            else _nodes[0] = node;
            _version++;
            return root;
        }

        public void EnqueueRange(IEnumerable<ValueTuple<TElement, TPriority>> items)
        {
            if (items == null) throw new ArgumentNullException("items");
            if (_size == 0)
            {
                // Into an empty queue: append everything, then heapify once.
                foreach (ValueTuple<TElement, TPriority> item in items) Append(item);
                _version++;
                if (_size > 1) Heapify();
            }
            else
            {
                foreach (ValueTuple<TElement, TPriority> item in items) Enqueue(item.Item1, item.Item2);
            }
        }

        public void EnqueueRange(IEnumerable<TElement> elements, TPriority priority)
        {
            if (elements == null) throw new ArgumentNullException("elements");
            if (_size == 0)
            {
                foreach (TElement e in elements) Append(new ValueTuple<TElement, TPriority>(e, priority));
                _version++;
                if (_size > 1) Heapify();
            }
            else
            {
                foreach (TElement e in elements) Enqueue(e, priority);
            }
        }

        public bool Remove(TElement element, out TElement removedElement, out TPriority priority, IEqualityComparer<TElement> equalityComparer = null)
        {
            IEqualityComparer<TElement> eq = equalityComparer ?? EqualityComparer<TElement>.Default;
            int index = -1;
            for (int i = 0; i < _size; i++)
                if (eq.Equals(element, _nodes[i].Item1)) { index = i; break; }
            if (index < 0)
            {
                removedElement = default(TElement);
                priority = default(TPriority);
                return false;
            }
            ValueTuple<TElement, TPriority> removed = _nodes[index];
            removedElement = removed.Item1;
            priority = removed.Item2;
            int last = --_size;
            if (index < last)
            {
                ValueTuple<TElement, TPriority> lastNode = _nodes[last];
                if (_comparer.Compare(lastNode.Item2, removed.Item2) < 0) SiftUp(lastNode, index);
                else SiftDown(lastNode, index);
            }
            _nodes[last] = default(ValueTuple<TElement, TPriority>);
            _version++;
            return true;
        }

        public void Clear()
        {
            Array.Clear(_nodes, 0, _size);
            _size = 0;
            _version++;
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) throw NegativeArgument("capacity", capacity);
            if (_nodes.Length < capacity)
            {
                Grow(capacity);
                _version++;
            }
            return _nodes.Length;
        }

        public void TrimExcess()
        {
            if (_size < (int)(_nodes.Length * 0.9))
            {
                Array.Resize(ref _nodes, _size);
                _version++;
            }
        }

        // ---- heap mechanics ----

        private void Grow(int minCapacity)
        {
            int n = 2 * _nodes.Length;
            if (n < _nodes.Length + 4) n = _nodes.Length + 4;
            if (n < minCapacity) n = minCapacity;
            Array.Resize(ref _nodes, n);
        }

        private void Append(ValueTuple<TElement, TPriority> node)
        {
            if (_size == _nodes.Length) Grow(_size + 1);
            _nodes[_size++] = node;
        }

        private void RemoveRoot()
        {
            int last = --_size;
            _version++;
            if (last > 0) SiftDown(_nodes[last], 0);
            _nodes[last] = default(ValueTuple<TElement, TPriority>);
        }

        private void Heapify()
        {
            for (int i = (_size - 2) / Arity; i >= 0; i--) SiftDown(_nodes[i], i);
        }

        // Moves `node` up from slot i while it is strictly smaller than its parent.
        private void SiftUp(ValueTuple<TElement, TPriority> node, int i)
        {
            while (i > 0)
            {
                int parent = (i - 1) / Arity;
                if (_comparer.Compare(node.Item2, _nodes[parent].Item2) >= 0) break;
                _nodes[i] = _nodes[parent];
                i = parent;
            }
            _nodes[i] = node;
        }

        // Moves `node` down from slot i while its smallest child (the first
        // one on ties) is strictly smaller than it.
        private void SiftDown(ValueTuple<TElement, TPriority> node, int i)
        {
            int size = _size;
            while (true)
            {
                int first = i * Arity + 1;
                if (first >= size) break;
                int min = first;
                int end = Math.Min(first + Arity, size);
                for (int c = first + 1; c < end; c++)
                    if (_comparer.Compare(_nodes[c].Item2, _nodes[min].Item2) < 0) min = c;
                if (_comparer.Compare(node.Item2, _nodes[min].Item2) <= 0) break;
                _nodes[i] = _nodes[min];
                i = min;
            }
            _nodes[i] = node;
        }

        public sealed class UnorderedItemsCollection : IReadOnlyCollection<ValueTuple<TElement, TPriority>>, ICollection
        {
            internal readonly PriorityQueue<TElement, TPriority> _queue;

            internal UnorderedItemsCollection(PriorityQueue<TElement, TPriority> queue) { _queue = queue; }

            public int Count { get { return _queue._size; } }
            object ICollection.SyncRoot { get { return this; } }
            bool ICollection.IsSynchronized { get { return false; } }

            void ICollection.CopyTo(Array array, int index)
            {
                if (array == null) throw new ArgumentNullException("array");
                if (array.Rank != 1) throw new ArgumentException("Only single dimensional arrays are supported for the requested action.", "array");
                if (array.GetLowerBound(0) != 0) throw new ArgumentException("The lower bound of target array must be zero.", "array");
                if (index < 0 || index > array.Length) throw new ArgumentOutOfRangeException("index", index, "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
                if (array.Length - index < _queue._size) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
                Array.Copy(_queue._nodes, 0, array, index, _queue._size);
            }

            public Enumerator GetEnumerator() { return new Enumerator(_queue); }
            IEnumerator<ValueTuple<TElement, TPriority>> IEnumerable<ValueTuple<TElement, TPriority>>.GetEnumerator() { return GetEnumerator(); }
            IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

            public struct Enumerator : IEnumerator<ValueTuple<TElement, TPriority>>
            {
                private readonly PriorityQueue<TElement, TPriority> _queue;
                private readonly int _version;
                private int _index;
                private ValueTuple<TElement, TPriority> _current;

                internal Enumerator(PriorityQueue<TElement, TPriority> queue)
                {
                    _queue = queue;
                    _version = queue._version;
                    _index = 0;
                    _current = default(ValueTuple<TElement, TPriority>);
                }

                public void Dispose() { }

                public bool MoveNext()
                {
                    if (_version != _queue._version) throw new InvalidOperationException("Collection was modified after the enumerator was instantiated.");
                    if (_index < _queue._size)
                    {
                        _current = _queue._nodes[_index++];
                        return true;
                    }
                    _index = _queue._size + 1;
                    _current = default(ValueTuple<TElement, TPriority>);
                    return false;
                }

                public ValueTuple<TElement, TPriority> Current { get { return _current; } }

                object IEnumerator.Current
                {
                    get
                    {
                        if (_index == 0 || _index == _queue._size + 1) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                        return _current;
                    }
                }

                void IEnumerator.Reset()
                {
                    if (_version != _queue._version) throw new InvalidOperationException("Collection was modified after the enumerator was instantiated.");
                    _index = 0;
                    _current = default(ValueTuple<TElement, TPriority>);
                }
            }
        }
    }
}
