// Queue<T> (circular buffer) and Stack<T> (array), with struct enumerators
// as in .NET so that foreach binds to the same members.
namespace System.Collections.Generic
{
    [Serializable]
    public partial class Queue<T> : IEnumerable<T>, ICollection, IReadOnlyCollection<T>
    {
        private T[] _array;
        private int _head, _tail, _size, _version;

        public Queue() { _array = EmptyArray<T>.Value; }
        public Queue(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            _array = new T[capacity];
        }
        public Queue(IEnumerable<T> collection) : this()
        {
            if (collection == null) throw new ArgumentNullException("collection");
            ICollection<T> c = collection as ICollection<T>;
            if (c != null && c.Count > 0) _array = new T[c.Count];
            foreach (T x in collection) Enqueue(x);
        }

        public int Count { get { return _size; } }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }

        public void Clear()
        {
            if (_size != 0) Array.Clear(_array, 0, _array.Length);
            _head = _tail = _size = 0;
            _version++;
        }

        public void Enqueue(T item)
        {
            if (_size == _array.Length) Grow(_size + 1);
            _array[_tail] = item;
            _tail++;
            if (_tail == _array.Length) _tail = 0;
            _size++;
            _version++;
        }

        public T Dequeue()
        {
            if (_size == 0) throw new InvalidOperationException("Queue empty.");
            T r = _array[_head];
            _array[_head] = default(T);
            _head++;
            if (_head == _array.Length) _head = 0;
            _size--;
            _version++;
            return r;
        }

        public bool TryDequeue(out T result)
        {
            if (_size == 0) { result = default(T); return false; }
            result = Dequeue();
            return true;
        }

        public T Peek()
        {
            if (_size == 0) throw new InvalidOperationException("Queue empty.");
            return _array[_head];
        }

        public bool TryPeek(out T result)
        {
            if (_size == 0) { result = default(T); return false; }
            result = _array[_head];
            return true;
        }

        public bool Contains(T item)
        {
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = 0; i < _size; i++) if (c.Equals(_array[(_head + i) % _array.Length], item)) return true;
            return false;
        }

        internal T GetElement(int i) { return _array[(_head + i) % _array.Length]; }

        public T[] ToArray()
        {
            T[] r = new T[_size];
            CopyTo(r, 0);
            return r;
        }

        public void CopyTo(T[] array, int arrayIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (arrayIndex < 0 || arrayIndex > array.Length) throw new ArgumentOutOfRangeException("arrayIndex");
            if (array.Length - arrayIndex < _size) throw new ArgumentException("Destination array was not long enough.");
            for (int i = 0; i < _size; i++) array[arrayIndex + i] = _array[(_head + i) % _array.Length];
        }

        void ICollection.CopyTo(Array array, int index)
        {
            for (int i = 0; i < _size; i++) array.SetValue(GetElement(i), index + i);
        }

        public void TrimExcess() { if (_size < (int)(_array.Length * 0.9)) SetCapacity(_size); }
        public int EnsureCapacity(int capacity) { if (_array.Length < capacity) Grow(capacity); return _array.Length; }

        private void Grow(int min)
        {
            // .NET's rule: double, but by at least 4, and at least `min`.
            int n = _array.Length * 2;
            if (n < _array.Length + 4) n = _array.Length + 4;
            if (n < min) n = min;
            SetCapacity(n);
        }

        private void SetCapacity(int capacity)
        {
            T[] a = new T[capacity];
            if (_size > 0) CopyTo(a, 0);
            _array = a;
            _head = 0;
            _tail = _size == capacity ? 0 : _size;
            _version++;
        }

        public Enumerator GetEnumerator() { return new Enumerator(this); }
        IEnumerator<T> IEnumerable<T>.GetEnumerator() { return new Enumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this); }

        [Serializable]
        public struct Enumerator : IEnumerator<T>
        {
            private readonly Queue<T> _q;
            private readonly int _version;
            private int _index;   // -1 before start, -2 after end
            private T _current;

            internal Enumerator(Queue<T> q) { _q = q; _version = q._version; _index = -1; _current = default(T); }

            public void Dispose() { _index = -2; _current = default(T); }

            public bool MoveNext()
            {
                if (_version != _q._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (_index == -2) return false;
                _index++;
                if (_index == _q._size) { _index = -2; _current = default(T); return false; }
                _current = _q.GetElement(_index);
                return true;
            }

            public T Current { get { return _current; } }
            object IEnumerator.Current
            {
                get
                {
                    if (_index < 0) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return _current;
                }
            }
            void IEnumerator.Reset() { _index = -1; _current = default(T); }
        }
    }

    [Serializable]
    public partial class Stack<T> : IEnumerable<T>, ICollection, IReadOnlyCollection<T>
    {
        private T[] _array;
        private int _size, _version;

        public Stack() { _array = EmptyArray<T>.Value; }
        public Stack(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            _array = new T[capacity];
        }
        public Stack(IEnumerable<T> collection) : this()
        {
            if (collection == null) throw new ArgumentNullException("collection");
            ICollection<T> c = collection as ICollection<T>;
            if (c != null && c.Count > 0) _array = new T[c.Count];
            foreach (T x in collection) Push(x);
        }

        public int Count { get { return _size; } }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }

        public void Clear() { Array.Clear(_array, 0, _size); _size = 0; _version++; }

        public void Push(T item)
        {
            if (_size == _array.Length)
            {
                T[] a = new T[_array.Length == 0 ? 4 : _array.Length * 2];
                Array.Copy(_array, 0, a, 0, _size);
                _array = a;
            }
            _array[_size++] = item;
            _version++;
        }

        public T Pop()
        {
            if (_size == 0) throw new InvalidOperationException("Stack empty.");
            _version++;
            T r = _array[--_size];
            _array[_size] = default(T);
            return r;
        }

        public bool TryPop(out T result)
        {
            if (_size == 0) { result = default(T); return false; }
            result = Pop();
            return true;
        }

        public T Peek()
        {
            if (_size == 0) throw new InvalidOperationException("Stack empty.");
            return _array[_size - 1];
        }

        public bool TryPeek(out T result)
        {
            if (_size == 0) { result = default(T); return false; }
            result = _array[_size - 1];
            return true;
        }

        public bool Contains(T item) { return _size != 0 && Array.LastIndexOf(_array, item, _size - 1) != -1; }

        // Top first, as enumeration order.
        public T[] ToArray()
        {
            T[] r = new T[_size];
            for (int i = 0; i < _size; i++) r[i] = _array[_size - 1 - i];
            return r;
        }

        public void CopyTo(T[] array, int arrayIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (arrayIndex < 0 || arrayIndex > array.Length) throw new ArgumentOutOfRangeException("arrayIndex");
            if (array.Length - arrayIndex < _size) throw new ArgumentException("Destination array was not long enough.");
            for (int i = 0; i < _size; i++) array[arrayIndex + i] = _array[_size - 1 - i];
        }

        void ICollection.CopyTo(Array array, int index)
        {
            for (int i = 0; i < _size; i++) array.SetValue(_array[_size - 1 - i], index + i);
        }

        public void TrimExcess()
        {
            if (_size < (int)(_array.Length * 0.9)) { T[] a = new T[_size]; Array.Copy(_array, 0, a, 0, _size); _array = a; _version++; }
        }

        public Enumerator GetEnumerator() { return new Enumerator(this); }
        IEnumerator<T> IEnumerable<T>.GetEnumerator() { return new Enumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this); }

        [Serializable]
        public struct Enumerator : IEnumerator<T>
        {
            private readonly Stack<T> _s;
            private readonly int _version;
            private int _index;   // -2 before start, -1 after end
            private T _current;

            internal Enumerator(Stack<T> s) { _s = s; _version = s._version; _index = -2; _current = default(T); }

            public void Dispose() { _index = -1; }

            public bool MoveNext()
            {
                if (_version != _s._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (_index == -2) _index = _s._size;
                if (_index == -1) return false;
                _index--;
                if (_index < 0) { _index = -1; _current = default(T); return false; }
                _current = _s._array[_index];
                return true;
            }

            public T Current { get { return _current; } }
            object IEnumerator.Current { get { return _current; } }
            void IEnumerator.Reset() { _index = -2; _current = default(T); }
        }
    }
}
