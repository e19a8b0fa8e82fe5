// ConcurrentDictionary's alternate-key view (.NET 9): the wrapped Dictionary's
// alternate lookup, under the same lock as every other operation.
using System.Collections.Generic;

namespace System.Collections.Concurrent
{
    public partial class ConcurrentDictionary<TKey, TValue>
    {
        public IEqualityComparer<TKey> Comparer { get { return _d.Comparer; } }

        public AlternateLookup<TAlternateKey> GetAlternateLookup<TAlternateKey>() where TAlternateKey : notnull, allows ref struct
        {
            if (!(_d.Comparer is IAlternateEqualityComparer<TAlternateKey, TKey>))
                throw new InvalidOperationException("The collection's comparer does not support the requested operation.");
            return new AlternateLookup<TAlternateKey>(this);
        }

        public bool TryGetAlternateLookup<TAlternateKey>(out AlternateLookup<TAlternateKey> lookup) where TAlternateKey : notnull, allows ref struct
        {
            if (_d.Comparer is IAlternateEqualityComparer<TAlternateKey, TKey>) { lookup = new AlternateLookup<TAlternateKey>(this); return true; }
            lookup = default;
            return false;
        }

        public readonly struct AlternateLookup<TAlternateKey> where TAlternateKey : notnull, allows ref struct
        {
            private readonly ConcurrentDictionary<TKey, TValue> _owner;
            internal AlternateLookup(ConcurrentDictionary<TKey, TValue> owner) { _owner = owner; }

            public ConcurrentDictionary<TKey, TValue> Dictionary { get { return _owner; } }

            private Dictionary<TKey, TValue>.AlternateLookup<TAlternateKey> Inner { get { return _owner._d.GetAlternateLookup<TAlternateKey>(); } }

            public TValue this[TAlternateKey key]
            {
                get { lock (_owner._lock) return Inner[key]; }
                set { lock (_owner._lock) { var inner = Inner; inner[key] = value; } }
            }

            public bool ContainsKey(TAlternateKey key) { lock (_owner._lock) return Inner.ContainsKey(key); }
            public bool TryAdd(TAlternateKey key, TValue value) { lock (_owner._lock) return Inner.TryAdd(key, value); }
            public bool TryGetValue(TAlternateKey key, out TValue value) { lock (_owner._lock) return Inner.TryGetValue(key, out value); }
            public bool TryGetValue(TAlternateKey key, out TKey actualKey, out TValue value) { lock (_owner._lock) return Inner.TryGetValue(key, out actualKey, out value); }
            public bool TryRemove(TAlternateKey key, out TValue value) { lock (_owner._lock) return Inner.Remove(key, out _, out value); }
            public bool TryRemove(TAlternateKey key, out TKey actualKey, out TValue value) { lock (_owner._lock) return Inner.Remove(key, out actualKey, out value); }
        }
    }
}
