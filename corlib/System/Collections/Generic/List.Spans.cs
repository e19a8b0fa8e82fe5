// List<T>'s copy into a span (CollectionExtensions.CopyTo).
namespace System.Collections.Generic
{
    public partial class List<T>
    {
        internal void CopySpanTo(Span<T> destination) => new ReadOnlySpan<T>(_items, 0, _size).CopyTo(destination);
    }
}
