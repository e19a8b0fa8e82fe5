// Parallel overloads over the same sequential loop (see Parallel.cs): long
// ranges, ParallelOptions with loop state, and thread-local accumulators (one
// local, since every iteration runs on the calling thread).
using System.Collections.Generic;

namespace System.Threading.Tasks
{
    public static partial class Parallel
    {
        static void Check(object body, ParallelOptions options, bool needOptions)
        {
            if (needOptions && options == null) throw new ArgumentNullException("parallelOptions");
            if (body == null) throw new ArgumentNullException("body");
        }

        public static ParallelLoopResult For(int fromInclusive, int toExclusive, ParallelOptions parallelOptions, Action<int, ParallelLoopState> body) { Check(body, parallelOptions, true); return Loop(fromInclusive, toExclusive, parallelOptions, (i, s) => body((int)i, s)); }
        public static ParallelLoopResult For(long fromInclusive, long toExclusive, Action<long, ParallelLoopState> body) { Check(body, null, false); return Loop(fromInclusive, toExclusive, null, body); }
        public static ParallelLoopResult For(long fromInclusive, long toExclusive, ParallelOptions parallelOptions, Action<long> body) { Check(body, parallelOptions, true); return Loop(fromInclusive, toExclusive, parallelOptions, (i, s) => body(i)); }
        public static ParallelLoopResult For(long fromInclusive, long toExclusive, ParallelOptions parallelOptions, Action<long, ParallelLoopState> body) { Check(body, parallelOptions, true); return Loop(fromInclusive, toExclusive, parallelOptions, body); }

        static ParallelLoopResult WithLocal<TLocal>(long from, long to, ParallelOptions options, Func<TLocal> localInit, Func<long, ParallelLoopState, TLocal, TLocal> body, Action<TLocal> localFinally)
        {
            if (localInit == null) throw new ArgumentNullException("localInit");
            if (localFinally == null) throw new ArgumentNullException("localFinally");
            TLocal local = localInit();
            ParallelLoopResult r = Loop(from, to, options, (i, s) => { local = body(i, s, local); });
            localFinally(local);
            return r;
        }

        public static ParallelLoopResult For<TLocal>(int fromInclusive, int toExclusive, ParallelOptions parallelOptions, Func<TLocal> localInit, Func<int, ParallelLoopState, TLocal, TLocal> body, Action<TLocal> localFinally) { Check(body, parallelOptions, true); return WithLocal(fromInclusive, toExclusive, parallelOptions, localInit, (i, s, l) => body((int)i, s, l), localFinally); }
        public static ParallelLoopResult For<TLocal>(long fromInclusive, long toExclusive, Func<TLocal> localInit, Func<long, ParallelLoopState, TLocal, TLocal> body, Action<TLocal> localFinally) { Check(body, null, false); return WithLocal(fromInclusive, toExclusive, null, localInit, body, localFinally); }
        public static ParallelLoopResult For<TLocal>(long fromInclusive, long toExclusive, ParallelOptions parallelOptions, Func<TLocal> localInit, Func<long, ParallelLoopState, TLocal, TLocal> body, Action<TLocal> localFinally) { Check(body, parallelOptions, true); return WithLocal(fromInclusive, toExclusive, parallelOptions, localInit, body, localFinally); }

        static ParallelLoopResult Each<TSource>(IEnumerable<TSource> source, ParallelOptions options, Action<TSource, ParallelLoopState, long> body)
        {
            if (source == null) throw new ArgumentNullException("source");
            var items = new List<TSource>(source);
            return Loop(0, items.Count, options, (i, s) => body(items[(int)i], s, i));
        }

        static ParallelLoopResult EachWithLocal<TSource, TLocal>(IEnumerable<TSource> source, ParallelOptions options, Func<TLocal> localInit, Func<TSource, ParallelLoopState, long, TLocal, TLocal> body, Action<TLocal> localFinally)
        {
            if (source == null) throw new ArgumentNullException("source");
            var items = new List<TSource>(source);
            return WithLocal(0, items.Count, options, localInit, (i, s, l) => body(items[(int)i], s, i, l), localFinally);
        }

        public static ParallelLoopResult ForEach<TSource>(IEnumerable<TSource> source, ParallelOptions parallelOptions, Action<TSource, ParallelLoopState> body) { Check(body, parallelOptions, true); return Each(source, parallelOptions, (x, s, i) => body(x, s)); }
        public static ParallelLoopResult ForEach<TSource>(IEnumerable<TSource> source, ParallelOptions parallelOptions, Action<TSource, ParallelLoopState, long> body) { Check(body, parallelOptions, true); return Each(source, parallelOptions, body); }
        public static ParallelLoopResult ForEach<TSource, TLocal>(IEnumerable<TSource> source, Func<TLocal> localInit, Func<TSource, ParallelLoopState, TLocal, TLocal> body, Action<TLocal> localFinally) { Check(body, null, false); return EachWithLocal(source, null, localInit, (x, s, i, l) => body(x, s, l), localFinally); }
        public static ParallelLoopResult ForEach<TSource, TLocal>(IEnumerable<TSource> source, Func<TLocal> localInit, Func<TSource, ParallelLoopState, long, TLocal, TLocal> body, Action<TLocal> localFinally) { Check(body, null, false); return EachWithLocal(source, null, localInit, body, localFinally); }
        public static ParallelLoopResult ForEach<TSource, TLocal>(IEnumerable<TSource> source, ParallelOptions parallelOptions, Func<TLocal> localInit, Func<TSource, ParallelLoopState, TLocal, TLocal> body, Action<TLocal> localFinally) { Check(body, parallelOptions, true); return EachWithLocal(source, parallelOptions, localInit, (x, s, i, l) => body(x, s, l), localFinally); }
        public static ParallelLoopResult ForEach<TSource, TLocal>(IEnumerable<TSource> source, ParallelOptions parallelOptions, Func<TLocal> localInit, Func<TSource, ParallelLoopState, long, TLocal, TLocal> body, Action<TLocal> localFinally) { Check(body, parallelOptions, true); return EachWithLocal(source, parallelOptions, localInit, body, localFinally); }
    }
}
