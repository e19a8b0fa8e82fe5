// The span members of System.Collections.Generic.CollectionExtensions.
namespace System.Collections.Generic
{
    public static partial class CollectionExtensions
    {
        public static void CopyTo<T>(this List<T> list, Span<T> destination)
        {
            if (list == null) throw new ArgumentNullException(nameof(list));
            list.CopySpanTo(destination);
        }

        public static void AddRange<T>(this List<T> list, params ReadOnlySpan<T> source)
        {
            if (list == null) throw new ArgumentNullException(nameof(list));
            InsertRange(list, list.Count, source);
        }

        public static void InsertRange<T>(this List<T> list, int index, params ReadOnlySpan<T> source)
        {
            if (list == null) throw new ArgumentNullException(nameof(list));
            if ((uint)index > (uint)list.Count) throw new ArgumentOutOfRangeException(nameof(index), "Index must be within the bounds of the List.");
            list.InsertRange(index, source.ToArray());
        }
    }
}
