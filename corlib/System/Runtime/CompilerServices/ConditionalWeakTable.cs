// ConditionalWeakTable<TKey, TValue>: values attached to keys without keeping
// the keys alive. Each entry is a GC dependent handle (an ephemeron): the value
// is reachable only while its key is, and the entry empties when the key dies
// (runtime/gc: gc_dependent_alloc). Keys are compared by reference.
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace System.Runtime.CompilerServices
{
    internal struct DependentHandle
    {
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern IntPtr InternalAlloc(object primary, object secondary);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern object InternalGetPrimary(IntPtr handle);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern object InternalGetSecondary(IntPtr handle);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern void InternalFree(IntPtr handle);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern void InternalSet(IntPtr handle, object primary, object secondary);
    }

    public sealed class ConditionalWeakTable<TKey, TValue> where TKey : class where TValue : class
    {
        public delegate TValue CreateValueCallback(TKey key);

        private IntPtr[] _handles = new IntPtr[8];
        private int[] _hashes = new int[8];
        private int _count;
        private readonly object _lock = new object();

        ~ConditionalWeakTable()
        {
            for (int i = 0; i < _count; i++) DependentHandle.InternalFree(_handles[i]);
        }

        private int Find(TKey key, int hash)
        {
            for (int i = 0; i < _count; i++)
                if (_hashes[i] == hash && (object)DependentHandle.InternalGetPrimary(_handles[i]) == (object)key) return i;
            return -1;
        }

        // Entries whose key died are reused before the arrays grow.
        private int FreeSlot()
        {
            for (int i = 0; i < _count; i++)
                if (DependentHandle.InternalGetPrimary(_handles[i]) == null)
                {
                    DependentHandle.InternalFree(_handles[i]);
                    return i;
                }
            if (_count == _handles.Length)
            {
                Array.Resize(ref _handles, _count * 2);
                Array.Resize(ref _hashes, _count * 2);
            }
            return _count++;
        }

        public bool TryGetValue(TKey key, out TValue value)
        {
            if (key == null) throw new ArgumentNullException("key");
            lock (_lock)
            {
                int i = Find(key, RuntimeHelpers.GetHashCode(key));
                value = i < 0 ? null : (TValue)DependentHandle.InternalGetSecondary(_handles[i]);
                return i >= 0;
            }
        }

        public void Add(TKey key, TValue value)
        {
            if (key == null) throw new ArgumentNullException("key");
            lock (_lock)
            {
                int hash = RuntimeHelpers.GetHashCode(key);
                if (Find(key, hash) >= 0) throw new ArgumentException("An item with the same key has already been added.");
                int slot = FreeSlot();
                _handles[slot] = DependentHandle.InternalAlloc(key, value);
                _hashes[slot] = hash;
            }
        }

        public void AddOrUpdate(TKey key, TValue value)
        {
            if (key == null) throw new ArgumentNullException("key");
            lock (_lock)
            {
                Remove(key);
                Add(key, value);
            }
        }

        public bool Remove(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            lock (_lock)
            {
                int i = Find(key, RuntimeHelpers.GetHashCode(key));
                if (i < 0) return false;
                DependentHandle.InternalFree(_handles[i]);
                _handles[i] = _handles[_count - 1];
                _hashes[i] = _hashes[_count - 1];
                _count--;
                return true;
            }
        }

        public TValue GetValue(TKey key, CreateValueCallback createValueCallback)
        {
            if (createValueCallback == null) throw new ArgumentNullException("createValueCallback");
            TValue value;
            if (TryGetValue(key, out value)) return value;
            value = createValueCallback(key);
            lock (_lock)
            {
                TValue existing;
                if (TryGetValue(key, out existing)) return existing;
                Add(key, value);
            }
            return value;
        }

        public TValue GetOrCreateValue(TKey key)
        {
            return GetValue(key, k => (TValue)Activator.CreateInstance(typeof(TValue)));
        }
    }
}
