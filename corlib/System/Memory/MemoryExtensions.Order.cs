// MemoryExtensions: ordering (Sort, BinarySearch, SequenceCompareTo), in-place
// edits (Replace, Reverse), copying and overlap tests.
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System
{
    public static partial class MemoryExtensions
    {
        // Sorting goes through Array.Sort's introsort on a copy, so equal keys
        // end up in the same order as Array.Sort would leave them.
        public static void Sort<T>(this Span<T> span) => Sort(span, (IComparer<T>?)null);

        public static void Sort<T, TComparer>(this Span<T> span, TComparer comparer) where TComparer : IComparer<T>?
        {
            if (span.Length <= 1) return;
            T[] copy = span.ToArray();
            Array.Sort(copy, (IComparer<T>?)comparer);
            copy.CopyTo(span);
        }

        public static void Sort<T>(this Span<T> span, Comparison<T> comparison)
        {
            if (comparison == null) throw new ArgumentNullException(nameof(comparison));
            if (span.Length <= 1) return;
            T[] copy = span.ToArray();
            Array.Sort(copy, comparison);
            copy.CopyTo(span);
        }

        public static void Sort<TKey, TValue>(this Span<TKey> keys, Span<TValue> items) => Sort(keys, items, (IComparer<TKey>?)null);

        public static void Sort<TKey, TValue, TComparer>(this Span<TKey> keys, Span<TValue> items, TComparer comparer) where TComparer : IComparer<TKey>?
        {
            if (keys.Length != items.Length) throw new ArgumentException("Length of items must be same as length of keys.", nameof(items));
            if (keys.Length <= 1) return;
            TKey[] k = keys.ToArray();
            TValue[] v = items.ToArray();
            Array.Sort(k, v, (IComparer<TKey>?)comparer);
            k.CopyTo(keys);
            v.CopyTo(items);
        }

        public static void Sort<TKey, TValue>(this Span<TKey> keys, Span<TValue> items, Comparison<TKey> comparison)
        {
            if (comparison == null) throw new ArgumentNullException(nameof(comparison));
            Sort(keys, items, new ComparisonComparer<TKey>(comparison));
        }

        private sealed class ComparisonComparer<T> : IComparer<T>
        {
            private readonly Comparison<T> _comparison;
            internal ComparisonComparer(Comparison<T> comparison) { _comparison = comparison; }
            public int Compare(T? x, T? y) => _comparison(x!, y!);
        }

        public static int BinarySearch<T>(this ReadOnlySpan<T> span, IComparable<T> comparable) =>
            BinarySearch<T, IComparable<T>>(span, comparable);
        public static int BinarySearch<T>(this Span<T> span, IComparable<T> comparable) =>
            BinarySearch<T, IComparable<T>>((ReadOnlySpan<T>)span, comparable);
        public static int BinarySearch<T, TComparable>(this Span<T> span, TComparable comparable) where TComparable : IComparable<T>, allows ref struct =>
            BinarySearch<T, TComparable>((ReadOnlySpan<T>)span, comparable);
        public static int BinarySearch<T, TComparer>(this Span<T> span, T value, TComparer comparer) where TComparer : IComparer<T>, allows ref struct =>
            BinarySearch((ReadOnlySpan<T>)span, value, comparer);

        public static int BinarySearch<T, TComparable>(this ReadOnlySpan<T> span, TComparable comparable) where TComparable : IComparable<T>, allows ref struct
        {
            if (comparable == null) throw new ArgumentNullException(nameof(comparable));
            int lo = 0, hi = span.Length - 1;
            while (lo <= hi)
            {
                int mid = (int)(((uint)hi + (uint)lo) >> 1);
                int c = comparable.CompareTo(span[mid]);
                if (c == 0) return mid;
                if (c > 0) lo = mid + 1; else hi = mid - 1;
            }
            return ~lo;
        }

        public static int BinarySearch<T, TComparer>(this ReadOnlySpan<T> span, T value, TComparer comparer) where TComparer : IComparer<T>, allows ref struct
        {
            if (comparer == null) throw new ArgumentNullException(nameof(comparer));
            int lo = 0, hi = span.Length - 1;
            while (lo <= hi)
            {
                int mid = (int)(((uint)hi + (uint)lo) >> 1);
                int c = comparer.Compare(value, span[mid]);
                if (c == 0) return mid;
                if (c > 0) lo = mid + 1; else hi = mid - 1;
            }
            return ~lo;
        }

        public static int SequenceCompareTo<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> other) where T : IComparable<T>? =>
            SequenceCompareTo(span, other, (IComparer<T>?)null);
        public static int SequenceCompareTo<T>(this Span<T> span, ReadOnlySpan<T> other) where T : IComparable<T>? =>
            SequenceCompareTo((ReadOnlySpan<T>)span, other, (IComparer<T>?)null);
        public static int SequenceCompareTo<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> other, IComparer<T>? comparer = null)
        {
            IComparer<T> c = comparer ?? Comparer<T>.Default;
            int n = Math.Min(span.Length, other.Length);
            for (int i = 0; i < n; i++)
            {
                int r = c.Compare(span[i], other[i]);
                if (r != 0) return r;
            }
            return span.Length.CompareTo(other.Length);
        }

        public static void Replace<T>(this Span<T> span, T oldValue, T newValue) where T : IEquatable<T>? => Replace(span, oldValue, newValue, null);
        public static void Replace<T>(this Span<T> span, T oldValue, T newValue, IEqualityComparer<T>? comparer = null)
        {
            for (int i = 0; i < span.Length; i++) if (Eq(span[i], oldValue, comparer)) span[i] = newValue;
        }
        public static void Replace<T>(this ReadOnlySpan<T> source, Span<T> destination, T oldValue, T newValue) where T : IEquatable<T>? =>
            Replace(source, destination, oldValue, newValue, null);
        public static void Replace<T>(this ReadOnlySpan<T> source, Span<T> destination, T oldValue, T newValue, IEqualityComparer<T>? comparer = null)
        {
            if (destination.Length < source.Length) ThrowHelpers.DestinationTooShort();
            for (int i = 0; i < source.Length; i++) destination[i] = Eq(source[i], oldValue, comparer) ? newValue : source[i];
        }

        public static int CountAny<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> values) where T : IEquatable<T>? => CountAny(span, values, null);
        public static int CountAny<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> values, IEqualityComparer<T>? comparer = null)
        {
            int n = 0;
            for (int i = 0; i < span.Length; i++) if (IndexOfCore(values, span[i], comparer) >= 0) n++;
            return n;
        }

        public static void Reverse<T>(this Span<T> span)
        {
            for (int i = 0, j = span.Length - 1; i < j; i++, j--) { T t = span[i]; span[i] = span[j]; span[j] = t; }
        }

        public static void CopyTo<T>(this T[]? source, Span<T> destination) => new ReadOnlySpan<T>(source).CopyTo(destination);
        public static void CopyTo<T>(this T[]? source, Memory<T> destination) => new ReadOnlySpan<T>(source).CopyTo(destination.Span);

        public static bool Overlaps<T>(this Span<T> span, ReadOnlySpan<T> other) => Overlaps((ReadOnlySpan<T>)span, other);
        public static bool Overlaps<T>(this Span<T> span, ReadOnlySpan<T> other, out int elementOffset) => Overlaps((ReadOnlySpan<T>)span, other, out elementOffset);
        public static bool Overlaps<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> other) => Overlaps(span, other, out _);

        public static unsafe bool Overlaps<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> other, out int elementOffset)
        {
            elementOffset = 0;
            if (span.IsEmpty || other.IsEmpty) return false;
            long size = Unsafe.SizeOf<T>();
            long offset = Unsafe.ByteOffset(ref span._reference, ref other._reference);
            if (offset < span.Length * size && offset > -other.Length * size)
            {
                if (offset % size != 0) throw new ArgumentException("The ReadOnlySpan<T> or Span<T> must be aligned on the element size.");
                elementOffset = (int)(offset / size);
                return true;
            }
            return false;
        }
    }
}
