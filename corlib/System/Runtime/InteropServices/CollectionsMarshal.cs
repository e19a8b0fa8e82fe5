// CollectionsMarshal: direct views of List<T>'s array and Dictionary's value slots.
using System.Collections.Generic;

namespace System.Runtime.InteropServices
{
    public static class CollectionsMarshal
    {
        public static Span<T> AsSpan<T>(List<T>? list) => list == null ? default : list.SpanOfItems;

        public static void SetCount<T>(List<T> list, int count)
        {
            if (list == null) throw new ArgumentNullException(nameof(list));
            list.SetCountRaw(count);
        }

        public static ref TValue GetValueRefOrNullRef<TKey, TValue>(Dictionary<TKey, TValue> dictionary, TKey key) where TKey : notnull =>
            ref dictionary.FindValueRef(key);

        public static ref TValue? GetValueRefOrAddDefault<TKey, TValue>(Dictionary<TKey, TValue> dictionary, TKey key, out bool exists) where TKey : notnull =>
            ref dictionary.GetValueRefOrAddDefaultCore(key, out exists)!;
    }
}
