// Capacity management added in .NET 5-9: Capacity properties, TrimExcess
// (to a count or a given capacity), Stack.EnsureCapacity, List.Slice.
// Hash collections trim by rebuilding compacted (live entries keep their
// order, so enumeration order is unchanged).
namespace System.Collections.Generic
{
    public partial class Dictionary<TKey, TValue>
    {
        public int Capacity { get { return _entries == null ? 0 : _entries.Length; } }

        public void TrimExcess() { TrimExcess(Count); }

        public void TrimExcess(int capacity)
        {
            if (capacity < Count) throw new ArgumentOutOfRangeException("capacity");
            int newSize = HashHelpers.GetPrime(capacity);
            Entry[] old = _entries;
            if (newSize >= (old == null ? 0 : old.Length)) return;
            int oldCount = _count;
            _version++;
            Initialize(newSize);
            int n = 0;
            for (int i = 0; i < oldCount; i++)
            {
                if (old[i].next < -1) continue;   // a free slot
                int bucket = (int)(old[i].hashCode % (uint)newSize);
                _entries[n] = old[i];
                _entries[n].next = _buckets[bucket] - 1;
                _buckets[bucket] = n + 1;
                n++;
            }
            _count = n;
            _freeCount = 0;
        }
    }

    public partial class HashSet<T>
    {
        public int Capacity { get { return _slots == null ? 0 : _slots.Length; } }

        public void TrimExcess() { TrimExcess(Count); }

        public void TrimExcess(int capacity)
        {
            if (capacity < Count) throw new ArgumentOutOfRangeException("capacity");
            int newSize = HashHelpers.GetPrime(capacity);
            Slot[] old = _slots;
            if (newSize >= (old == null ? 0 : old.Length)) return;
            int oldCount = _count;
            _version++;
            Initialize(newSize);
            int n = 0;
            for (int i = 0; i < oldCount; i++)
            {
                if (old[i].next < -1) continue;
                int bucket = (int)(old[i].hashCode % (uint)newSize);
                _slots[n] = old[i];
                _slots[n].next = _buckets[bucket] - 1;
                _buckets[bucket] = n + 1;
                n++;
            }
            _count = n;
            _freeCount = 0;
        }
    }

    public partial class Queue<T>
    {
        public int Capacity { get { return _array.Length; } }

        public void TrimExcess(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", capacity, "capacity ('" + capacity + "') must be a non-negative value.");
            if (capacity < _size) throw new ArgumentOutOfRangeException("capacity", capacity, "capacity ('" + capacity + "') must be greater than or equal to '" + _size + "'.");
            if (capacity != _array.Length) SetCapacity(capacity);
        }
    }

    public partial class Stack<T>
    {
        public int Capacity { get { return _array.Length; } }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", capacity, "capacity ('" + capacity + "') must be a non-negative value.");
            if (_array.Length < capacity)
            {
                int n = _array.Length == 0 ? 4 : 2 * _array.Length;
                if (n < capacity) n = capacity;
                Resize(n);
            }
            return _array.Length;
        }

        public void TrimExcess(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", capacity, "capacity ('" + capacity + "') must be a non-negative value.");
            if (capacity < _size) throw new ArgumentOutOfRangeException("capacity", capacity, "capacity ('" + capacity + "') must be greater than or equal to '" + _size + "'.");
            if (capacity != _array.Length) Resize(capacity);
        }

        private void Resize(int capacity)
        {
            T[] a = new T[capacity];
            Array.Copy(_array, 0, a, 0, _size);
            _array = a;
            _version++;
        }
    }

    public partial class List<T>
    {
        public List<T> Slice(int start, int length) { return GetRange(start, length); }
    }
}
