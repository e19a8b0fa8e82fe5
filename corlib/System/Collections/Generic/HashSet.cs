// HashSet<T>: the same chained-hashing scheme as Dictionary, without values.
namespace System.Collections.Generic
{
    [Serializable]
    [System.Diagnostics.DebuggerDisplay("Count = {Count}")]
    public partial class HashSet<T> : ISet<T>, IReadOnlyCollection<T>, IReadOnlySet<T>
    {
        private struct Slot
        {
            public uint hashCode;
            public int next;    // -1 end of chain; free slots: <= -2 (free list link = -3 - next)
            public T value;
        }

        private int[] _buckets;
        private Slot[] _slots;
        private int _count;
        private int _freeList = -1;
        private int _freeCount;
        private int _version;
        private IEqualityComparer<T> _comparer;

        public HashSet() : this((IEqualityComparer<T>)null) { }
        public HashSet(IEqualityComparer<T> comparer) { _comparer = comparer ?? EqualityComparer<T>.Default; }
        public HashSet(int capacity) : this(capacity, null) { }

        public HashSet(int capacity, IEqualityComparer<T> comparer) : this(comparer)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            if (capacity > 0) Initialize(capacity);
        }

        public HashSet(IEnumerable<T> collection) : this(collection, null) { }

        public HashSet(IEnumerable<T> collection, IEqualityComparer<T> comparer) : this(comparer)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            foreach (T item in collection) Add(item);
        }

        public IEqualityComparer<T> Comparer { get { return _comparer; } }
        public int Count { get { return _count - _freeCount; } }
        bool ICollection<T>.IsReadOnly { get { return false; } }

        private void Initialize(int capacity)
        {
            int size = HashHelpers.GetPrime(capacity);
            _buckets = new int[size];
            _slots = new Slot[size];
            _freeList = -1;
        }

        private uint Hash(T item) { return item == null ? 0u : (uint)_comparer.GetHashCode(item); }

        private int FindItem(T item)
        {
            if (_buckets == null) return -1;
            uint h = Hash(item);
            Slot[] slots = _slots;
            for (int i = _buckets[(int)(h % (uint)_buckets.Length)] - 1; i >= 0; i = slots[i].next)
                if (slots[i].hashCode == h && _comparer.Equals(slots[i].value, item)) return i;
            return -1;
        }

        public bool Contains(T item) { return FindItem(item) >= 0; }

        public bool TryGetValue(T equalValue, out T actualValue)
        {
            int i = FindItem(equalValue);
            if (i >= 0) { actualValue = _slots[i].value; return true; }
            actualValue = default(T);
            return false;
        }

        void ICollection<T>.Add(T item) { Add(item); }

        public bool Add(T item)
        {
            if (_buckets == null) Initialize(0);
            uint h = Hash(item);
            int bucket = (int)(h % (uint)_buckets.Length);
            Slot[] slots = _slots;
            for (int i = _buckets[bucket] - 1; i >= 0; i = slots[i].next)
                if (slots[i].hashCode == h && _comparer.Equals(slots[i].value, item)) return false;
            int index;
            if (_freeCount > 0)
            {
                index = _freeList;
                _freeList = -3 - slots[index].next;
                _freeCount--;
            }
            else
            {
                if (_count == slots.Length)
                {
                    Resize(HashHelpers.ExpandPrime(_count));
                    bucket = (int)(h % (uint)_buckets.Length);
                }
                index = _count;
                _count++;
            }
            _slots[index].hashCode = h;
            _slots[index].value = item;
            _slots[index].next = _buckets[bucket] - 1;
            _buckets[bucket] = index + 1;
            _version++;
            return true;
        }

        private void Resize(int newSize)
        {
            Slot[] slots = new Slot[newSize];
            if (_slots != null) Array.Copy(_slots, 0, slots, 0, _count);
            int[] buckets = new int[newSize];
            for (int i = 0; i < _count; i++)
            {
                if (slots[i].next >= -1)
                {
                    int b = (int)(slots[i].hashCode % (uint)newSize);
                    slots[i].next = buckets[b] - 1;
                    buckets[b] = i + 1;
                }
            }
            _slots = slots;
            _buckets = buckets;
        }

        public bool Remove(T item)
        {
            if (_buckets == null) return false;
            uint h = Hash(item);
            int bucket = (int)(h % (uint)_buckets.Length);
            int last = -1;
            Slot[] slots = _slots;
            for (int i = _buckets[bucket] - 1; i >= 0; last = i, i = slots[i].next)
            {
                if (slots[i].hashCode == h && _comparer.Equals(slots[i].value, item))
                {
                    if (last < 0) _buckets[bucket] = slots[i].next + 1;
                    else slots[last].next = slots[i].next;
                    slots[i].value = default(T);
                    slots[i].next = -3 - _freeList;
                    _freeList = i;
                    _freeCount++;
                    _version++;
                    return true;
                }
            }
            return false;
        }

        public void Clear()
        {
            if (_count > 0)
            {
                Array.Clear(_slots, 0, _count);
                for (int i = 0; i < _buckets.Length; i++) _buckets[i] = 0;
                _count = 0;
                _freeList = -1;
                _freeCount = 0;
            }
            _version++;
        }

        public void CopyTo(T[] array) { CopyTo(array, 0, Count); }
        public void CopyTo(T[] array, int arrayIndex) { CopyTo(array, arrayIndex, Count); }

        public void CopyTo(T[] array, int arrayIndex, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (arrayIndex < 0) throw new ArgumentOutOfRangeException("arrayIndex", "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (arrayIndex > array.Length || count > array.Length - arrayIndex) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            int copied = 0;
            for (int i = 0; i < _count && copied < count; i++)
            {
                if (_slots[i].next >= -1)
                {
                    array[arrayIndex + copied] = _slots[i].value;
                    copied++;
                }
            }
        }

        public int RemoveWhere(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException("match");
            int removed = 0;
            for (int i = 0; i < _count; i++)
            {
                if (_slots[i].next >= -1)
                {
                    T value = _slots[i].value;
                    if (match(value) && Remove(value)) removed++;
                }
            }
            return removed;
        }

        public void UnionWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            foreach (T item in other) Add(item);
        }

        public void IntersectWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            HashSet<T> keep = new HashSet<T>(_comparer);
            foreach (T item in other)
                if (Contains(item)) keep.Add(item);
            List<T> drop = new List<T>();
            foreach (T item in this)
                if (!keep.Contains(item)) drop.Add(item);
            for (int i = 0; i < drop.Count; i++) Remove(drop[i]);
        }

        public void ExceptWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            if ((object)other == (object)this) { Clear(); return; }
            foreach (T item in other) Remove(item);
        }

        public void SymmetricExceptWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            HashSet<T> o = new HashSet<T>(other, _comparer);
            foreach (T item in o)
                if (!Remove(item)) Add(item);
        }

        private HashSet<T> AsSet(IEnumerable<T> other)
        {
            HashSet<T> s = other as HashSet<T>;
            if (s != null && s._comparer.Equals(_comparer)) return s;
            return new HashSet<T>(other, _comparer);
        }

        public bool IsSubsetOf(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            HashSet<T> o = AsSet(other);
            foreach (T item in this)
                if (!o.Contains(item)) return false;
            return true;
        }

        public bool IsProperSubsetOf(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            HashSet<T> o = AsSet(other);
            return Count < o.Count && IsSubsetOf(o);
        }

        public bool IsSupersetOf(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            foreach (T item in other)
                if (!Contains(item)) return false;
            return true;
        }

        public bool IsProperSupersetOf(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            HashSet<T> o = AsSet(other);
            return Count > o.Count && IsSupersetOf(o);
        }

        public bool Overlaps(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            foreach (T item in other)
                if (Contains(item)) return true;
            return false;
        }

        public bool SetEquals(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            HashSet<T> o = AsSet(other);
            return o.Count == Count && IsSupersetOf(o);
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            int cur = _slots == null ? 0 : _slots.Length;
            if (cur >= capacity) return cur;
            if (_buckets == null) { Initialize(capacity); return _slots.Length; }
            Resize(HashHelpers.GetPrime(capacity));
            return _slots.Length;
        }


        public static IEqualityComparer<HashSet<T>> CreateSetComparer() { return new SetComparer(); }

        private sealed class SetComparer : IEqualityComparer<HashSet<T>>
        {
            public bool Equals(HashSet<T> x, HashSet<T> y)
            {
                if (x == null) return y == null;
                if (y == null) return false;
                return x.SetEquals(y);
            }

            public int GetHashCode(HashSet<T> obj)
            {
                int h = 0;
                if (obj != null)
                    foreach (T t in obj) h ^= (t == null ? 0 : EqualityComparer<T>.Default.GetHashCode(t)) & 0x7FFFFFFF;
                return h;
            }
        }

        public Enumerator GetEnumerator() { return new Enumerator(this); }
        IEnumerator<T> IEnumerable<T>.GetEnumerator() { return new Enumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this); }

        [Serializable]
        public struct Enumerator : IEnumerator<T>
        {
            private HashSet<T> _set;
            private int _index;
            private int _version;
            private T _current;

            internal Enumerator(HashSet<T> set)
            {
                _set = set;
                _index = 0;
                _version = set._version;
                _current = default(T);
            }

            public void Dispose() { }

            public bool MoveNext()
            {
                if (_version != _set._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                while (_index < _set._count)
                {
                    int i = _index++;
                    if (_set._slots[i].next >= -1)
                    {
                        _current = _set._slots[i].value;
                        return true;
                    }
                }
                _index = _set._count + 1;
                _current = default(T);
                return false;
            }

            public T Current { get { return _current; } }

            object IEnumerator.Current
            {
                get
                {
                    if (_index == 0 || _index == _set._count + 1) throw new InvalidOperationException("Enumeration operation cannot happen before MoveNext or after the end.");
                    return _current;
                }
            }

            void IEnumerator.Reset() { _index = 0; _current = default(T); }
        }
    }
}
