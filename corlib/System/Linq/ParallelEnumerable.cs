// PLINQ: ParallelQuery / OrderedParallelQuery and the ParallelEnumerable
// operators that are not plain LINQ-to-objects (ParallelEnumerable.Generated.cs
// has those). Queries run sequentially on the calling thread, in source order:
// a valid PLINQ order, and the one AsOrdered promises.
using System.Collections;
using System.Collections.Generic;
using System.Threading;

namespace System.Linq
{
    public enum ParallelExecutionMode { Default = 0, ForceParallelism = 1 }
    public enum ParallelMergeOptions { Default = 0, NotBuffered = 1, AutoBuffered = 2, FullyBuffered = 3 }

    public class ParallelQuery : IEnumerable
    {
        internal readonly IEnumerable Items;
        internal ParallelQuery(IEnumerable items) { Items = items; }
        IEnumerator IEnumerable.GetEnumerator() { return Items.GetEnumerator(); }

        internal static NotSupportedException BinaryNotSupported()
        {
            return new NotSupportedException("The second data source of a binary operator must be of type System.Linq.ParallelQuery<T> rather than System.Collections.Generic.IEnumerable<T>. To fix this problem, use the AsParallel() extension method to convert the right data source to System.Linq.ParallelQuery<T>.");
        }
    }

    public class ParallelQuery<TSource> : ParallelQuery, IEnumerable<TSource>
    {
        private readonly IEnumerable<TSource> _source;
        internal CancellationToken Token;
        internal bool IsRoot;   // from AsParallel, Range or Repeat: AsOrdered may follow
        internal ParallelQuery(IEnumerable<TSource> source) : base(source) { _source = source; }
        internal ParallelQuery(IEnumerable<TSource> source, bool isRoot) : base(source) { _source = source; IsRoot = isRoot; }
        public virtual IEnumerator<TSource> GetEnumerator()
        {
            Token.ThrowIfCancellationRequested();
            return _source.GetEnumerator();
        }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
        internal IEnumerable<TSource> Source { get { return _source; } }
    }

    public class OrderedParallelQuery<TSource> : ParallelQuery<TSource>
    {
        internal readonly IOrderedEnumerable<TSource> Ordered;
        internal OrderedParallelQuery(IOrderedEnumerable<TSource> ordered) : base(ordered) { Ordered = ordered; }
        public override IEnumerator<TSource> GetEnumerator() { return Ordered.GetEnumerator(); }
    }

    public static partial class ParallelEnumerable
    {
        public static ParallelQuery<TSource> AsParallel<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            return source as ParallelQuery<TSource> ?? new ParallelQuery<TSource>(source, true);
        }

        public static ParallelQuery<int> Range(int start, int count) { return new ParallelQuery<int>(Enumerable.Range(start, count), true); }
        public static ParallelQuery<TResult> Repeat<TResult>(TResult element, int count) { return new ParallelQuery<TResult>(Enumerable.Repeat(element, count), true); }

        private static InvalidOperationException NotRoot()
        {
            return new InvalidOperationException("AsOrdered may only be called on the result of AsParallel, ParallelEnumerable.Range, or ParallelEnumerable.Repeat.");
        }

        public static ParallelQuery AsParallel(this IEnumerable source)
        {
            if (source == null) throw new ArgumentNullException("source");
            return source as ParallelQuery ?? new ParallelQuery<object>(Enumerable.Cast<object>(source), true);
        }

        public static ParallelQuery<TSource> AsOrdered<TSource>(this ParallelQuery<TSource> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            if (!source.IsRoot) throw NotRoot();
            return source;
        }

        public static ParallelQuery AsOrdered(this ParallelQuery source)
        {
            if (source == null) throw new ArgumentNullException("source");
            return source;
        }

        public static ParallelQuery<TSource> AsUnordered<TSource>(this ParallelQuery<TSource> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            return source;
        }

        public static IEnumerable<TSource> AsSequential<TSource>(this ParallelQuery<TSource> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            return source.Source;
        }

        public static IEnumerable<TSource> AsEnumerable<TSource>(this ParallelQuery<TSource> source) { return AsSequential(source); }

        public static ParallelQuery<TSource> WithCancellation<TSource>(this ParallelQuery<TSource> source, CancellationToken cancellationToken)
        {
            if (source == null) throw new ArgumentNullException("source");
            ParallelQuery<TSource> q = new ParallelQuery<TSource>(source.Source, source.IsRoot);
            q.Token = cancellationToken;
            return q;
        }

        public static ParallelQuery<TSource> WithDegreeOfParallelism<TSource>(this ParallelQuery<TSource> source, int degreeOfParallelism)
        {
            if (source == null) throw new ArgumentNullException("source");
            if (degreeOfParallelism < 1 || degreeOfParallelism > 512) throw new ArgumentOutOfRangeException("degreeOfParallelism");
            return source;
        }

        public static ParallelQuery<TSource> WithExecutionMode<TSource>(this ParallelQuery<TSource> source, ParallelExecutionMode executionMode)
        {
            if (source == null) throw new ArgumentNullException("source");
            if (executionMode != ParallelExecutionMode.Default && executionMode != ParallelExecutionMode.ForceParallelism) throw new ArgumentException("The executionMode argument contains an invalid value.", "executionMode");
            return source;
        }

        public static ParallelQuery<TSource> WithMergeOptions<TSource>(this ParallelQuery<TSource> source, ParallelMergeOptions mergeOptions)
        {
            if (source == null) throw new ArgumentNullException("source");
            if (mergeOptions < ParallelMergeOptions.Default || mergeOptions > ParallelMergeOptions.FullyBuffered) throw new ArgumentException("The mergeOptions argument contains an invalid value.", "mergeOptions");
            return source;
        }

        public static void ForAll<TSource>(this ParallelQuery<TSource> source, Action<TSource> action)
        {
            if (source == null) throw new ArgumentNullException("source");
            if (action == null) throw new ArgumentNullException("action");
            foreach (TSource item in source) action(item);
        }

        public static ParallelQuery<TResult> SelectMany<TSource, TCollection, TResult>(this ParallelQuery<TSource> source,
            Func<TSource, int, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
        {
            if (source == null) throw new ArgumentNullException("source");
            if (collectionSelector == null) throw new ArgumentNullException("collectionSelector");
            if (resultSelector == null) throw new ArgumentNullException("resultSelector");
            return new ParallelQuery<TResult>(SelectManyIndexed(source.Source, collectionSelector, resultSelector));
        }

        private static IEnumerable<TResult> SelectManyIndexed<TSource, TCollection, TResult>(IEnumerable<TSource> source,
            Func<TSource, int, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
        {
            int index = 0;
            foreach (TSource item in source)
                foreach (TCollection c in collectionSelector(item, index++)) yield return resultSelector(item, c);
        }

        // The combining overloads: one partition, so combining never runs.
        public static TResult Aggregate<TSource, TAccumulate, TResult>(this ParallelQuery<TSource> source, TAccumulate seed,
            Func<TAccumulate, TSource, TAccumulate> updateAccumulatorFunc, Func<TAccumulate, TAccumulate, TAccumulate> combineAccumulatorsFunc,
            Func<TAccumulate, TResult> resultSelector)
        {
            if (source == null) throw new ArgumentNullException("source");
            if (updateAccumulatorFunc == null) throw new ArgumentNullException("updateAccumulatorFunc");
            if (combineAccumulatorsFunc == null) throw new ArgumentNullException("combineAccumulatorsFunc");
            if (resultSelector == null) throw new ArgumentNullException("resultSelector");
            TAccumulate acc = seed;
            foreach (TSource item in source) acc = updateAccumulatorFunc(acc, item);
            return resultSelector(acc);
        }

        public static TResult Aggregate<TSource, TAccumulate, TResult>(this ParallelQuery<TSource> source, Func<TAccumulate> seedFactory,
            Func<TAccumulate, TSource, TAccumulate> updateAccumulatorFunc, Func<TAccumulate, TAccumulate, TAccumulate> combineAccumulatorsFunc,
            Func<TAccumulate, TResult> resultSelector)
        {
            if (seedFactory == null) throw new ArgumentNullException("seedFactory");
            return Aggregate(source, seedFactory(), updateAccumulatorFunc, combineAccumulatorsFunc, resultSelector);
        }
    }
}
