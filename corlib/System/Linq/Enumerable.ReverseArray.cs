// Enumerable.Reverse(T[]) (.NET 10): with C# 14's span conversions,
// `array.Reverse()` would otherwise bind to MemoryExtensions.Reverse(Span<T>)
// and reverse in place; this overload keeps LINQ's deferred, copying meaning.
using System.Collections.Generic;

namespace System.Linq
{
    public static partial class Enumerable
    {
        public static IEnumerable<TSource> Reverse<TSource>(this TSource[] array) => Reverse((IEnumerable<TSource>)array);
    }
}
