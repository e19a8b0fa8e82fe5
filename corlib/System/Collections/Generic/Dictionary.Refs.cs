// Dictionary<TKey,TValue>: references to a value slot, for CollectionsMarshal.
using System.Runtime.CompilerServices;

namespace System.Collections.Generic
{
    public partial class Dictionary<TKey, TValue>
    {
        internal ref TValue FindValueRef(TKey key)
        {
            int i = FindEntry(key);
            if (i < 0) return ref Unsafe.NullRef<TValue>();
            return ref _entries[i].value;
        }

        internal ref TValue GetValueRefOrAddDefaultCore(TKey key, out bool exists)
        {
            int i = FindEntry(key);
            exists = i >= 0;
            if (!exists)
            {
                TryInsert(key, default!, 0);
                i = FindEntry(key);
            }
            return ref _entries[i].value;
        }
    }
}
