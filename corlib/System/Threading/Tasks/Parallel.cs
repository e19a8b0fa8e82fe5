// Parallel: with every managed thread on the one host thread, running the
// iterations one after another is both correct (no ordering is promised) and
// the fastest choice. Exceptions are gathered into an AggregateException, and
// ParallelLoopState.Break/Stop end the loop early as in .NET.
using System.Collections.Generic;

namespace System.Threading.Tasks
{
    public class ParallelOptions
    {
        public CancellationToken CancellationToken { get; set; }
        private int _maxDegree = -1;
        public int MaxDegreeOfParallelism
        {
            get { return _maxDegree; }
            set
            {
                if (value == 0 || value < -1) throw new ArgumentOutOfRangeException("MaxDegreeOfParallelism", value,
                    value == 0 ? "MaxDegreeOfParallelism ('0') must be a non-zero value." : "MaxDegreeOfParallelism ('" + value + "') must be greater than or equal to '-1'.");
                _maxDegree = value;
            }
        }
        public TaskScheduler TaskScheduler { get; set; }
    }

    public struct ParallelLoopResult
    {
        internal bool _completed;
        internal long? _lowestBreak;
        public bool IsCompleted { get { return _completed; } }
        public long? LowestBreakIteration { get { return _lowestBreak; } }
    }

    public class ParallelLoopState
    {
        internal bool _stopped, _broken;
        internal long _index;
        internal ParallelLoopState() { }
        public bool IsStopped { get { return _stopped; } }
        public bool IsExceptional { get { return false; } }
        public bool ShouldExitCurrentIteration { get { return _stopped || _broken; } }
        public long? LowestBreakIteration { get { return _broken ? (long?)_index : null; } }
        public void Stop() { _stopped = true; }
        public void Break() { if (!_broken) { _broken = true; _index = _currentIndex; } }
        internal long _currentIndex;
    }

    public static partial class Parallel
    {
        private static ParallelLoopResult Loop(long from, long to, ParallelOptions options, Action<long, ParallelLoopState> body)
        {
            var state = new ParallelLoopState();
            List<Exception> errors = null;
            CancellationToken token = options != null ? options.CancellationToken : default(CancellationToken);
            for (long i = from; i < to; i++)
            {
                token.ThrowIfCancellationRequested();
                state._currentIndex = i;
                try { body(i, state); }
                catch (Exception e) { if (errors == null) errors = new List<Exception>(); errors.Add(e); break; }
                if (state._stopped || state._broken) break;
            }
            if (errors != null) throw new AggregateException(errors);
            var result = new ParallelLoopResult();
            result._completed = !state._stopped && !state._broken;
            if (state._broken) result._lowestBreak = state._index;
            return result;
        }

        public static ParallelLoopResult For(int fromInclusive, int toExclusive, Action<int> body)
        {
            if (body == null) throw new ArgumentNullException("body");
            return Loop(fromInclusive, toExclusive, null, (i, s) => body((int)i));
        }
        public static ParallelLoopResult For(int fromInclusive, int toExclusive, Action<int, ParallelLoopState> body)
        {
            if (body == null) throw new ArgumentNullException("body");
            return Loop(fromInclusive, toExclusive, null, (i, s) => body((int)i, s));
        }
        public static ParallelLoopResult For(int fromInclusive, int toExclusive, ParallelOptions parallelOptions, Action<int> body)
        {
            if (body == null) throw new ArgumentNullException("body");
            return Loop(fromInclusive, toExclusive, parallelOptions, (i, s) => body((int)i));
        }
        public static ParallelLoopResult For(long fromInclusive, long toExclusive, Action<long> body)
        {
            if (body == null) throw new ArgumentNullException("body");
            return Loop(fromInclusive, toExclusive, null, (i, s) => body(i));
        }
        public static ParallelLoopResult For<TLocal>(int fromInclusive, int toExclusive, Func<TLocal> localInit,
            Func<int, ParallelLoopState, TLocal, TLocal> body, Action<TLocal> localFinally)
        {
            if (body == null) throw new ArgumentNullException("body");
            TLocal local = localInit();
            ParallelLoopResult r = Loop(fromInclusive, toExclusive, null, (i, s) => { local = body((int)i, s, local); });
            localFinally(local);
            return r;
        }

        public static ParallelLoopResult ForEach<TSource>(IEnumerable<TSource> source, Action<TSource> body)
        {
            if (source == null) throw new ArgumentNullException("source");
            if (body == null) throw new ArgumentNullException("body");
            return ForEach(source, (x, s, i) => body(x));
        }
        public static ParallelLoopResult ForEach<TSource>(IEnumerable<TSource> source, ParallelOptions parallelOptions, Action<TSource> body)
        {
            if (body == null) throw new ArgumentNullException("body");
            return ForEach(source, (x, s, i) => body(x));
        }
        public static ParallelLoopResult ForEach<TSource>(IEnumerable<TSource> source, Action<TSource, ParallelLoopState> body)
        {
            if (body == null) throw new ArgumentNullException("body");
            return ForEach(source, (x, s, i) => body(x, s));
        }
        public static ParallelLoopResult ForEach<TSource>(IEnumerable<TSource> source, Action<TSource, ParallelLoopState, long> body)
        {
            if (source == null) throw new ArgumentNullException("source");
            if (body == null) throw new ArgumentNullException("body");
            var items = new List<TSource>(source);
            return Loop(0, items.Count, null, (i, s) => body(items[(int)i], s, i));
        }

        public static void Invoke(params Action[] actions) { Invoke(null, actions); }
        public static void Invoke(ParallelOptions parallelOptions, params Action[] actions)
        {
            if (actions == null) throw new ArgumentNullException("actions");
            List<Exception> errors = null;
            foreach (Action a in actions)
            {
                if (a == null) throw new ArgumentException("One of the actions was null.", "actions");
                try { a(); }
                catch (Exception e) { if (errors == null) errors = new List<Exception>(); errors.Add(e); }
            }
            if (errors != null) throw new AggregateException(errors);
        }
    }
}
