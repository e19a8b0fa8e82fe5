// CollectionsMarshal: direct access to a List<T>'s storage and to a
// Dictionary's value slots.
using System.Collections.Generic;

namespace System.Runtime.InteropServices
{
    public static class CollectionsMarshal
    {
        public static Span<T> AsSpan<T>(List<T>? list)
        {
            return list == null ? default(Span<T>) : list.InternalAsSpan();
        }

        // Sets Count, growing the storage if needed; new items are default(T)
        // (or whatever was left in the storage, as in .NET).
        public static void SetCount<T>(List<T> list, int count)
        {
            if (list == null) throw new ArgumentNullException("list");
            list.InternalSetCount(count);
        }

        public static ref TValue GetValueRefOrNullRef<TKey, TValue>(Dictionary<TKey, TValue> dictionary, TKey key) where TKey : notnull =>
            ref dictionary.FindValueRef(key);

        public static ref TValue? GetValueRefOrAddDefault<TKey, TValue>(Dictionary<TKey, TValue> dictionary, TKey key, out bool exists) where TKey : notnull =>
            ref dictionary.GetValueRefOrAddDefaultCore(key, out exists)!;
    }
}
