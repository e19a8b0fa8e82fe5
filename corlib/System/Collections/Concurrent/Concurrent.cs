// System.Collections.Concurrent. Managed threads are green threads that switch
// only at calls and backward branches, so each operation takes one Monitor
// lock around the plain collection it wraps: simple and correct, and cheap
// because the lock is almost never contended.
using System.Collections.Generic;
using System.Threading;

namespace System.Collections.Concurrent
{
    public interface IProducerConsumerCollection<T> : IEnumerable<T>, ICollection
    {
        bool TryAdd(T item);
        bool TryTake(out T item);
        T[] ToArray();
    }

    public partial class ConcurrentDictionary<TKey, TValue> : IDictionary<TKey, TValue>, IReadOnlyDictionary<TKey, TValue>
    {
        private readonly Dictionary<TKey, TValue> _d;
        private readonly object _lock = new object();

        public ConcurrentDictionary() { _d = new Dictionary<TKey, TValue>(); }
        public ConcurrentDictionary(IEqualityComparer<TKey> comparer) { _d = new Dictionary<TKey, TValue>(comparer); }
        public ConcurrentDictionary(int concurrencyLevel, int capacity) : this(concurrencyLevel, capacity, null) { }
        public ConcurrentDictionary(int concurrencyLevel, int capacity, IEqualityComparer<TKey> comparer)
        {
            CheckConcurrency(concurrencyLevel);
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "The capacity argument must be greater than or equal to zero.");
            _d = new Dictionary<TKey, TValue>(capacity, comparer);
        }
        public ConcurrentDictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection) : this(collection, null) { }
        public ConcurrentDictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection, IEqualityComparer<TKey> comparer) : this(comparer)
        {
            AddAll(collection);
        }
        public ConcurrentDictionary(int concurrencyLevel, IEnumerable<KeyValuePair<TKey, TValue>> collection, IEqualityComparer<TKey> comparer) : this(comparer)
        {
            CheckConcurrency(concurrencyLevel);
            AddAll(collection);
        }

        private static void CheckConcurrency(int concurrencyLevel)
        {
            // -1 asks for the default level, as on .NET
            if (concurrencyLevel < 1 && concurrencyLevel != -1)
                throw new ArgumentOutOfRangeException("concurrencyLevel", "The concurrencyLevel argument must be positive.");
        }

        private void AddAll(IEnumerable<KeyValuePair<TKey, TValue>> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            foreach (var kv in collection)
            {
                if (kv.Key == null) throw new ArgumentNullException("key");
                if (!TryAdd(kv.Key, kv.Value)) throw new ArgumentException("The source argument contains duplicate keys.");
            }
        }

        public bool TryAdd(TKey key, TValue value)
        {
            lock (_lock) { if (_d.ContainsKey(key)) return false; _d.Add(key, value); return true; }
        }
        public bool TryGetValue(TKey key, out TValue value) { lock (_lock) return _d.TryGetValue(key, out value); }
        public bool TryRemove(TKey key, out TValue value)
        {
            lock (_lock) { if (!_d.TryGetValue(key, out value)) return false; _d.Remove(key); return true; }
        }
        public bool TryUpdate(TKey key, TValue newValue, TValue comparisonValue)
        {
            lock (_lock)
            {
                TValue cur;
                if (!_d.TryGetValue(key, out cur) || !EqualityComparer<TValue>.Default.Equals(cur, comparisonValue)) return false;
                _d[key] = newValue;
                return true;
            }
        }
        public TValue GetOrAdd(TKey key, TValue value)
        {
            lock (_lock) { TValue cur; if (_d.TryGetValue(key, out cur)) return cur; _d.Add(key, value); return value; }
        }
        public TValue GetOrAdd(TKey key, Func<TKey, TValue> valueFactory)
        {
            if (valueFactory == null) throw new ArgumentNullException("valueFactory");
            TValue cur;
            if (TryGetValue(key, out cur)) return cur;
            TValue made = valueFactory(key);
            return GetOrAdd(key, made);
        }
        public TValue GetOrAdd<TArg>(TKey key, Func<TKey, TArg, TValue> valueFactory, TArg factoryArgument)
        {
            if (valueFactory == null) throw new ArgumentNullException("valueFactory");
            TValue cur;
            if (TryGetValue(key, out cur)) return cur;
            return GetOrAdd(key, valueFactory(key, factoryArgument));
        }
        public TValue AddOrUpdate<TArg>(TKey key, Func<TKey, TArg, TValue> addValueFactory, Func<TKey, TValue, TArg, TValue> updateValueFactory, TArg factoryArgument)
        {
            if (addValueFactory == null) throw new ArgumentNullException("addValueFactory");
            if (updateValueFactory == null) throw new ArgumentNullException("updateValueFactory");
            for (;;)
            {
                TValue cur;
                if (TryGetValue(key, out cur))
                {
                    TValue next = updateValueFactory(key, cur, factoryArgument);
                    if (TryUpdate(key, next, cur)) return next;
                }
                else
                {
                    TValue added = addValueFactory(key, factoryArgument);
                    if (TryAdd(key, added)) return added;
                }
            }
        }
        public TValue AddOrUpdate(TKey key, TValue addValue, Func<TKey, TValue, TValue> updateValueFactory)
        {
            if (updateValueFactory == null) throw new ArgumentNullException("updateValueFactory");
            for (;;)
            {
                TValue cur;
                if (TryGetValue(key, out cur))
                {
                    TValue next = updateValueFactory(key, cur);
                    if (TryUpdate(key, next, cur)) return next;
                }
                else if (TryAdd(key, addValue)) return addValue;
            }
        }
        public TValue AddOrUpdate(TKey key, Func<TKey, TValue> addValueFactory, Func<TKey, TValue, TValue> updateValueFactory)
        {
            if (addValueFactory == null) throw new ArgumentNullException("addValueFactory");
            TValue cur;
            if (!TryGetValue(key, out cur)) { TValue added = addValueFactory(key); if (TryAdd(key, added)) return added; }
            return AddOrUpdate(key, default(TValue), updateValueFactory);
        }

        public TValue this[TKey key]
        {
            get { lock (_lock) return _d[key]; }
            set { lock (_lock) _d[key] = value; }
        }
        public int Count { get { lock (_lock) return _d.Count; } }
        public bool IsEmpty { get { return Count == 0; } }
        public bool ContainsKey(TKey key) { lock (_lock) return _d.ContainsKey(key); }
        public void Clear() { lock (_lock) _d.Clear(); }
        public KeyValuePair<TKey, TValue>[] ToArray()
        {
            lock (_lock)
            {
                var a = new KeyValuePair<TKey, TValue>[_d.Count];
                int i = 0;
                foreach (var kv in _d) a[i++] = kv;
                return a;
            }
        }
        public ICollection<TKey> Keys { get { lock (_lock) return new List<TKey>(_d.Keys); } }
        public ICollection<TValue> Values { get { lock (_lock) return new List<TValue>(_d.Values); } }
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys { get { return Keys; } }
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values { get { return Values; } }

        // A snapshot: enumerating while other threads change the dictionary is allowed.
        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() { return ((IEnumerable<KeyValuePair<TKey, TValue>>)ToArray()).GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

        void IDictionary<TKey, TValue>.Add(TKey key, TValue value) { if (!TryAdd(key, value)) throw new ArgumentException("An item with the same key has already been added."); }
        bool IDictionary<TKey, TValue>.Remove(TKey key) { TValue v; return TryRemove(key, out v); }
        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> item) { ((IDictionary<TKey, TValue>)this).Add(item.Key, item.Value); }
        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> item)
        {
            TValue v;
            return TryGetValue(item.Key, out v) && EqualityComparer<TValue>.Default.Equals(v, item.Value);
        }
        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex) { ToArray().CopyTo(array, arrayIndex); }
        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> item)
        {
            lock (_lock)
            {
                TValue v;
                if (!_d.TryGetValue(item.Key, out v) || !EqualityComparer<TValue>.Default.Equals(v, item.Value)) return false;
                return _d.Remove(item.Key);
            }
        }
        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly { get { return false; } }
    }

    // Queue, stack and bag share one shape: a locked list with an order of taking.
    public abstract class LockedCollection<T> : IProducerConsumerCollection<T>, IReadOnlyCollection<T>
    {
        internal readonly List<T> _items = new List<T>();
        internal readonly object _lock = new object();
        internal LockedCollection() { }
        internal abstract int TakeIndex { get; }

        public int Count { get { lock (_lock) return _items.Count; } }
        public bool IsEmpty { get { return Count == 0; } }
        public void Clear() { lock (_lock) _items.Clear(); }
        public bool TryAdd(T item) { lock (_lock) _items.Add(item); return true; }
        public bool TryTake(out T item)
        {
            lock (_lock)
            {
                if (_items.Count == 0) { item = default(T); return false; }
                int i = TakeIndex;
                item = _items[i];
                _items.RemoveAt(i);
                return true;
            }
        }
        public bool TryPeek(out T result)
        {
            lock (_lock)
            {
                if (_items.Count == 0) { result = default(T); return false; }
                result = _items[TakeIndex];
                return true;
            }
        }
        public virtual T[] ToArray() { lock (_lock) return _items.ToArray(); }
        public void CopyTo(T[] array, int index) { ToArray().CopyTo(array, index); }
        public IEnumerator<T> GetEnumerator() { return ((IEnumerable<T>)ToArray()).GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
        void ICollection.CopyTo(Array array, int index) { Array.Copy(ToArray(), 0, array, index, Count); }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { throw new NotSupportedException(); } }
    }

    public class ConcurrentQueue<T> : LockedCollection<T>
    {
        public ConcurrentQueue() { }
        public ConcurrentQueue(IEnumerable<T> collection) { foreach (T x in collection) Enqueue(x); }
        internal override int TakeIndex { get { return 0; } }
        public void Enqueue(T item) { TryAdd(item); }
        public bool TryDequeue(out T result) { return TryTake(out result); }
    }

    public class ConcurrentStack<T> : LockedCollection<T>
    {
        public ConcurrentStack() { }
        public ConcurrentStack(IEnumerable<T> collection) { foreach (T x in collection) Push(x); }
        internal override int TakeIndex { get { return _items.Count - 1; } }
        public void Push(T item) { TryAdd(item); }
        public void PushRange(T[] items) { foreach (T x in items) Push(x); }
        public bool TryPop(out T result) { return TryTake(out result); }
        // A stack enumerates from the top.
        public override T[] ToArray() { T[] a = base.ToArray(); Array.Reverse(a); return a; }
    }

    public class ConcurrentBag<T> : LockedCollection<T>
    {
        public ConcurrentBag() { }
        public ConcurrentBag(IEnumerable<T> collection) { foreach (T x in collection) Add(x); }
        internal override int TakeIndex { get { return _items.Count - 1; } }
        public void Add(T item) { TryAdd(item); }
        public override T[] ToArray() { T[] a = base.ToArray(); Array.Reverse(a); return a; }
    }

    public class BlockingCollection<T> : IEnumerable<T>, IDisposable
    {
        private readonly IProducerConsumerCollection<T> _items;
        private readonly int _bound;
        private readonly object _lock = new object();
        private bool _completed;

        public BlockingCollection() : this(new ConcurrentQueue<T>(), -1) { }
        public BlockingCollection(int boundedCapacity) : this(new ConcurrentQueue<T>(), boundedCapacity) { }
        public BlockingCollection(IProducerConsumerCollection<T> collection) : this(collection, -1) { }
        public BlockingCollection(IProducerConsumerCollection<T> collection, int boundedCapacity)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            _items = collection;
            _bound = boundedCapacity;
        }

        public int Count { get { return _items.Count; } }
        public int BoundedCapacity { get { return _bound; } }
        public bool IsAddingCompleted { get { return _completed; } }
        public bool IsCompleted { get { return _completed && _items.Count == 0; } }

        public void Add(T item)
        {
            lock (_lock)
            {
                while (_bound > 0 && _items.Count >= _bound && !_completed) Monitor.Wait(_lock);
                if (_completed) throw new InvalidOperationException("The collection has been marked as complete with regards to additions.");
                _items.TryAdd(item);
                Monitor.PulseAll(_lock);
            }
        }
        public T Take()
        {
            T item;
            if (!TryTake(out item, -1)) throw new InvalidOperationException("The collection argument is empty and has been marked as complete with regards to additions.");
            return item;
        }
        public bool TryTake(out T item) { return TryTake(out item, 0); }
        public bool TryTake(out T item, int millisecondsTimeout)
        {
            lock (_lock)
            {
                int start = Environment.TickCount;
                while (!_items.TryTake(out item))
                {
                    if (_completed) return false;
                    if (millisecondsTimeout == 0) return false;
                    int left = millisecondsTimeout < 0 ? -1 : millisecondsTimeout - (Environment.TickCount - start);
                    if (millisecondsTimeout > 0 && left <= 0) return false;
                    Monitor.Wait(_lock, left);
                }
                Monitor.PulseAll(_lock);
                return true;
            }
        }
        public void CompleteAdding() { lock (_lock) { _completed = true; Monitor.PulseAll(_lock); } }
        public IEnumerable<T> GetConsumingEnumerable()
        {
            T item;
            while (TryTake(out item, -1)) yield return item;
        }
        public T[] ToArray() { return _items.ToArray(); }
        public IEnumerator<T> GetEnumerator() { return ((IEnumerable<T>)_items.ToArray()).GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
        public void Dispose() { }
    }
}
