// LINQ operators added in .NET 6-10: Index/Range element access, the *By set
// operators, CountBy/AggregateBy, Index, three-way Zip, LeftJoin/RightJoin,
// Sequence/InfiniteSequence, Shuffle, and the pair-sequence ToDictionary.
// Arguments are checked at the call; sequence results are deferred.
using System.Collections;
using System.Collections.Generic;

namespace System.Linq
{
    public static partial class Enumerable
    {
        // ---- element access by Index / Range ----

        public static TSource ElementAt<TSource>(this IEnumerable<TSource> source, Index index)
        {
            Check(source, "source");
            IList<TSource> list = source as IList<TSource>;
            if (list != null) return list[index.GetOffset(list.Count)];   // the list's own range check
            TSource element;
            if (!TryGetAt(source, index, out element)) throw new ArgumentOutOfRangeException("index");
            return element;
        }

        public static TSource ElementAtOrDefault<TSource>(this IEnumerable<TSource> source, Index index)
        {
            Check(source, "source");
            TSource element;
            TryGetAt(source, index, out element);
            return element;
        }

        private static bool TryGetAt<TSource>(IEnumerable<TSource> source, Index index, out TSource element)
        {
            element = default(TSource);
            if (!index.IsFromEnd) return TryGetAtStart(source, index.Value, out element);
            int back = index.Value;
            IList<TSource> list = source as IList<TSource>;
            if (list != null)
            {
                if (back < 1 || back > list.Count) return false;
                element = list[list.Count - back];
                return true;
            }
            if (back < 1) return false;
            // Keep the last `back` elements; the oldest is the answer.
            Queue<TSource> last = new Queue<TSource>();
            foreach (TSource x in source)
            {
                if (last.Count == back) last.Dequeue();
                last.Enqueue(x);
            }
            if (last.Count < back) return false;
            element = last.Peek();
            return true;
        }

        private static bool TryGetAtStart<TSource>(IEnumerable<TSource> source, int index, out TSource element)
        {
            element = default(TSource);
            if (index < 0) return false;
            IList<TSource> list = source as IList<TSource>;
            if (list != null)
            {
                if (index >= list.Count) return false;
                element = list[index];
                return true;
            }
            foreach (TSource x in source)
            {
                if (index == 0) { element = x; return true; }
                index--;
            }
            return false;
        }

        public static IEnumerable<TSource> Take<TSource>(this IEnumerable<TSource> source, Range range)
        {
            Check(source, "source");
            Index start = range.Start, end = range.End;
            if (!start.IsFromEnd && !end.IsFromEnd)
            {
                if (start.Value >= end.Value) return Empty<TSource>();
                return Take(Skip(source, start.Value), end.Value - start.Value);
            }
            return TakeRangeIterator(source, start, end);
        }

        // An end-relative bound needs the count: buffer the source, then
        // clamp both offsets into [0, count].
        private static IEnumerable<TSource> TakeRangeIterator<TSource>(IEnumerable<TSource> source, Index start, Index end)
        {
            List<TSource> all = new List<TSource>(source);
            int n = all.Count;
            int from = Math.Clamp(start.GetOffset(n), 0, n);
            int to = Math.Clamp(end.GetOffset(n), 0, n);
            for (int i = from; i < to; i++) yield return all[i];
        }

        public static bool TryGetNonEnumeratedCount<TSource>(this IEnumerable<TSource> source, out int count)
        {
            Check(source, "source");
            ICollection<TSource> c = source as ICollection<TSource>;
            if (c != null) { count = c.Count; return true; }
            ICollection nc = source as ICollection;
            if (nc != null) { count = nc.Count; return true; }
            count = 0;
            return false;
        }

        public static IEnumerable<TSource> Reverse<TSource>(this TSource[] array)
        {
            Check(array, "array");
            return ReverseArrayIterator(array);
        }

        private static IEnumerable<TSource> ReverseArrayIterator<TSource>(TSource[] array)
        {
            for (int i = array.Length - 1; i >= 0; i--) yield return array[i];
        }

        // ---- projection ----

        public static IEnumerable<TResult> SelectMany<TSource, TCollection, TResult>(this IEnumerable<TSource> source, Func<TSource, int, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
        {
            Check(source, "source"); Check(collectionSelector, "collectionSelector"); Check(resultSelector, "resultSelector");
            return SelectManyIndexedIterator(source, collectionSelector, resultSelector);
        }

        private static IEnumerable<TResult> SelectManyIndexedIterator<TSource, TCollection, TResult>(IEnumerable<TSource> source, Func<TSource, int, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
        {
            int i = 0;
            foreach (TSource x in source)
                foreach (TCollection y in collectionSelector(x, checked(i++)))
                    yield return resultSelector(x, y);
        }

        public static IEnumerable<ValueTuple<int, TSource>> Index<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            return IndexIterator(source);
        }

        private static IEnumerable<ValueTuple<int, TSource>> IndexIterator<TSource>(IEnumerable<TSource> source)
        {
            int i = -1;
            foreach (TSource x in source) yield return new ValueTuple<int, TSource>(checked(++i), x);
        }

        public static IEnumerable<ValueTuple<TFirst, TSecond, TThird>> Zip<TFirst, TSecond, TThird>(this IEnumerable<TFirst> first, IEnumerable<TSecond> second, IEnumerable<TThird> third)
        {
            Check(first, "first"); Check(second, "second"); Check(third, "third");
            return Zip3Iterator(first, second, third);
        }

        private static IEnumerable<ValueTuple<TFirst, TSecond, TThird>> Zip3Iterator<TFirst, TSecond, TThird>(IEnumerable<TFirst> first, IEnumerable<TSecond> second, IEnumerable<TThird> third)
        {
            using (IEnumerator<TFirst> a = first.GetEnumerator())
            using (IEnumerator<TSecond> b = second.GetEnumerator())
            using (IEnumerator<TThird> c = third.GetEnumerator())
                while (a.MoveNext() && b.MoveNext() && c.MoveNext())
                    yield return new ValueTuple<TFirst, TSecond, TThird>(a.Current, b.Current, c.Current);
        }

        // ---- keyed set operators ----

        public static IEnumerable<TSource> UnionBy<TSource, TKey>(this IEnumerable<TSource> first, IEnumerable<TSource> second, Func<TSource, TKey> keySelector) { return UnionBy(first, second, keySelector, null); }

        public static IEnumerable<TSource> UnionBy<TSource, TKey>(this IEnumerable<TSource> first, IEnumerable<TSource> second, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            Check(first, "first"); Check(second, "second"); Check(keySelector, "keySelector");
            return UnionByIterator(first, second, keySelector, comparer);
        }

        private static IEnumerable<TSource> UnionByIterator<TSource, TKey>(IEnumerable<TSource> first, IEnumerable<TSource> second, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            HashSet<TKey> seen = new HashSet<TKey>(comparer);
            foreach (TSource x in first) if (seen.Add(keySelector(x))) yield return x;
            foreach (TSource x in second) if (seen.Add(keySelector(x))) yield return x;
        }

        public static IEnumerable<TSource> IntersectBy<TSource, TKey>(this IEnumerable<TSource> first, IEnumerable<TKey> second, Func<TSource, TKey> keySelector) { return IntersectBy(first, second, keySelector, null); }

        public static IEnumerable<TSource> IntersectBy<TSource, TKey>(this IEnumerable<TSource> first, IEnumerable<TKey> second, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            Check(first, "first"); Check(second, "second"); Check(keySelector, "keySelector");
            return IntersectByIterator(first, second, keySelector, comparer);
        }

        private static IEnumerable<TSource> IntersectByIterator<TSource, TKey>(IEnumerable<TSource> first, IEnumerable<TKey> second, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            HashSet<TKey> keys = new HashSet<TKey>(second, comparer);
            foreach (TSource x in first) if (keys.Remove(keySelector(x))) yield return x;
        }

        public static IEnumerable<TSource> ExceptBy<TSource, TKey>(this IEnumerable<TSource> first, IEnumerable<TKey> second, Func<TSource, TKey> keySelector) { return ExceptBy(first, second, keySelector, null); }

        public static IEnumerable<TSource> ExceptBy<TSource, TKey>(this IEnumerable<TSource> first, IEnumerable<TKey> second, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            Check(first, "first"); Check(second, "second"); Check(keySelector, "keySelector");
            return ExceptByIterator(first, second, keySelector, comparer);
        }

        private static IEnumerable<TSource> ExceptByIterator<TSource, TKey>(IEnumerable<TSource> first, IEnumerable<TKey> second, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            HashSet<TKey> keys = new HashSet<TKey>(second, comparer);
            foreach (TSource x in first) if (keys.Add(keySelector(x))) yield return x;
        }

        // ---- keyed aggregation (.NET 9) ----

        public static IEnumerable<KeyValuePair<TKey, int>> CountBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> keyComparer = null)
        {
            Check(source, "source"); Check(keySelector, "keySelector");
            return AggregateByIterator(source, keySelector, null, 0, (n, x) => checked(n + 1), keyComparer);
        }

        public static IEnumerable<KeyValuePair<TKey, TAccumulate>> AggregateBy<TSource, TKey, TAccumulate>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, TAccumulate seed, Func<TAccumulate, TSource, TAccumulate> func, IEqualityComparer<TKey> keyComparer = null)
        {
            Check(source, "source"); Check(keySelector, "keySelector"); Check(func, "func");
            return AggregateByIterator(source, keySelector, null, seed, func, keyComparer);
        }

        public static IEnumerable<KeyValuePair<TKey, TAccumulate>> AggregateBy<TSource, TKey, TAccumulate>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TKey, TAccumulate> seedSelector, Func<TAccumulate, TSource, TAccumulate> func, IEqualityComparer<TKey> keyComparer = null)
        {
            Check(source, "source"); Check(keySelector, "keySelector"); Check(seedSelector, "seedSelector"); Check(func, "func");
            return AggregateByIterator(source, keySelector, seedSelector, default(TAccumulate), func, keyComparer);
        }

        // Results come out in the order each key was first seen.
        private static IEnumerable<KeyValuePair<TKey, TAccumulate>> AggregateByIterator<TSource, TKey, TAccumulate>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TKey, TAccumulate> seedSelector, TAccumulate seed, Func<TAccumulate, TSource, TAccumulate> func, IEqualityComparer<TKey> keyComparer)
        {
            Dictionary<TKey, int> slot = new Dictionary<TKey, int>(keyComparer);
            List<TKey> keys = new List<TKey>();
            List<TAccumulate> accs = new List<TAccumulate>();
            foreach (TSource x in source)
            {
                TKey k = keySelector(x);
                int i;
                if (!slot.TryGetValue(k, out i))
                {
                    i = keys.Count;
                    slot.Add(k, i);
                    keys.Add(k);
                    accs.Add(seedSelector != null ? seedSelector(k) : seed);
                }
                accs[i] = func(accs[i], x);
            }
            for (int i = 0; i < keys.Count; i++) yield return new KeyValuePair<TKey, TAccumulate>(keys[i], accs[i]);
        }

        // ---- outer joins (.NET 10) ----

        public static IEnumerable<TResult> LeftJoin<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector)
        {
            return LeftJoin(outer, inner, outerKeySelector, innerKeySelector, resultSelector, null);
        }

        public static IEnumerable<TResult> LeftJoin<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            Check(outer, "outer"); Check(inner, "inner"); Check(outerKeySelector, "outerKeySelector"); Check(innerKeySelector, "innerKeySelector"); Check(resultSelector, "resultSelector");
            return OuterJoinIterator(outer, inner, outerKeySelector, innerKeySelector, resultSelector, comparer);
        }

        public static IEnumerable<TResult> RightJoin<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector)
        {
            return RightJoin(outer, inner, outerKeySelector, innerKeySelector, resultSelector, null);
        }

        public static IEnumerable<TResult> RightJoin<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            Check(outer, "outer"); Check(inner, "inner"); Check(outerKeySelector, "outerKeySelector"); Check(innerKeySelector, "innerKeySelector"); Check(resultSelector, "resultSelector");
            // A right join is a left join from the inner side with the result arguments swapped back.
            return OuterJoinIterator(inner, outer, innerKeySelector, outerKeySelector, (i, o) => resultSelector(o, i), comparer);
        }

        // Every element of `keep` in order, paired with each element of
        // `other` whose key matches (null keys never match), or with default.
        private static IEnumerable<TResult> OuterJoinIterator<TKeep, TOther, TKey, TResult>(IEnumerable<TKeep> keep, IEnumerable<TOther> other, Func<TKeep, TKey> keepKey, Func<TOther, TKey> otherKey, Func<TKeep, TOther, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            using (IEnumerator<TKeep> e = keep.GetEnumerator())
            {
                if (!e.MoveNext()) yield break;
                ILookup<TKey, TOther> lookup = ToLookup(Where(other, x => otherKey(x) != null), otherKey, comparer);
                do
                {
                    TKeep k = e.Current;
                    TKey key = keepKey(k);
                    bool any = false;
                    if (key != null && lookup.Contains(key))
                        foreach (TOther o in lookup[key]) { any = true; yield return resultSelector(k, o); }
                    if (!any) yield return resultSelector(k, default(TOther));
                } while (e.MoveNext());
            }
        }

        // ---- generation (.NET 10) ----

        public static IEnumerable<T> Sequence<T>(T start, T endInclusive, T step)
        {
            Comparer<T> c = Comparer<T>.Default;
            int dir = GenericArithmetic.Sign(step);
            if (dir == 2) throw new ArgumentOutOfRangeException("step");   // NaN step
            if (dir > 0) { if (c.Compare(endInclusive, start) < 0) throw new ArgumentOutOfRangeException("endInclusive"); }
            else if (dir < 0) { if (c.Compare(endInclusive, start) > 0) throw new ArgumentOutOfRangeException("endInclusive"); }
            else if (c.Compare(endInclusive, start) != 0) throw new ArgumentOutOfRangeException("step");
            return SequenceIterator(start, endInclusive, step, dir, c);
        }

        // Stops before passing endInclusive or wrapping around the type's range.
        private static IEnumerable<T> SequenceIterator<T>(T start, T endInclusive, T step, int dir, Comparer<T> c)
        {
            T current = start;
            yield return current;
            if (dir == 0) yield break;
            while (true)
            {
                T next = GenericArithmetic.Add(current, step);
                if (c.Compare(next, current) * dir <= 0 || c.Compare(next, endInclusive) * dir > 0) yield break;
                current = next;
                yield return current;
            }
        }

        public static IEnumerable<T> InfiniteSequence<T>(T start, T step)
        {
            GenericArithmetic.Sign(step);   // throws NotSupportedException for a type without + here
            return InfiniteSequenceIterator(start, step);
        }

        private static IEnumerable<T> InfiniteSequenceIterator<T>(T start, T step)
        {
            T current = start;
            while (true)
            {
                yield return current;
                current = GenericArithmetic.Add(current, step);
            }
        }

        public static IEnumerable<TSource> Shuffle<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            return ShuffleIterator(source);
        }

        private static IEnumerable<TSource> ShuffleIterator<TSource>(IEnumerable<TSource> source)
        {
            TSource[] items = ToArray(source);
            Random.Shared.Shuffle(items);
            foreach (TSource x in items) yield return x;
        }

        // ---- pair sequences to dictionaries (.NET 8) ----

        public static Dictionary<TKey, TValue> ToDictionary<TKey, TValue>(this IEnumerable<KeyValuePair<TKey, TValue>> source) { return ToDictionary(source, (IEqualityComparer<TKey>)null); }

        public static Dictionary<TKey, TValue> ToDictionary<TKey, TValue>(this IEnumerable<KeyValuePair<TKey, TValue>> source, IEqualityComparer<TKey> comparer)
        {
            Check(source, "source");
            return new Dictionary<TKey, TValue>(source, comparer);
        }

        public static Dictionary<TKey, TValue> ToDictionary<TKey, TValue>(this IEnumerable<ValueTuple<TKey, TValue>> source) { return ToDictionary(source, (IEqualityComparer<TKey>)null); }

        public static Dictionary<TKey, TValue> ToDictionary<TKey, TValue>(this IEnumerable<ValueTuple<TKey, TValue>> source, IEqualityComparer<TKey> comparer)
        {
            Check(source, "source");
            Dictionary<TKey, TValue> d = new Dictionary<TKey, TValue>(comparer);
            foreach (ValueTuple<TKey, TValue> p in source) d.Add(p.Item1, p.Item2);
            return d;
        }
    }
}
