// List<T>'s side of CollectionsMarshal (what C# collection expressions
// targeting List<T> compile to: SetCount, then fill AsSpan).
namespace System.Collections.Generic
{
    public partial class List<T>
    {
        internal Span<T> InternalAsSpan() { return new Span<T>(_items, 0, _size); }

        internal void InternalSetCount(int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            _version++;
            if (count > _items.Length) Grow(count);
            else if (count < _size) Array.Clear(_items, count, _size - count);
            _size = count;
        }
    }
}
