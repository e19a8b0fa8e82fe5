// List<T>'s span members and the internals CollectionsMarshal reaches.
namespace System.Collections.Generic
{
    public partial class List<T>
    {
        internal void CopySpanTo(Span<T> destination) => new ReadOnlySpan<T>(_items, 0, _size).CopyTo(destination);

        internal Span<T> SpanOfItems => new Span<T>(_items, 0, _size);

        // CollectionsMarshal.SetCount: grows the backing array if needed; new
        // slots are default (reference slots are cleared on shrink, as in .NET).
        internal void SetCountRaw(int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), "Non-negative number required.");
            _version++;
            if (count > _items.Length) EnsureCapacity(count);
            else if (count < _size) Array.Clear(_items, count, _size - count);
            _size = count;
        }
    }
}
