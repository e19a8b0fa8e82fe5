// Parallel.ForEachAsync and Parallel.ForAsync. Unlike the synchronous loops,
// these run their bodies as concurrent workers: a body that awaits lets the
// others go on, so bodies that wait on one another (a channel, a semaphore)
// make progress as on .NET. As on .NET, a worker that takes an item starts the
// next worker while fewer than MaxDegreeOfParallelism (default: the processor
// count) are running, then runs the body; the body's token is cancelled when
// the caller's token is or when any body or the source fails; the task is
// Canceled when the caller's token was cancelled, else Faulted with every
// exception the bodies and the source threw, else RanToCompletion.
using System.Collections.Generic;
using System.Numerics;

namespace System.Threading.Tasks
{
    public static partial class Parallel
    {
        // The checks every async loop makes before it starts, in .NET's order (after its own
        // source or bounds): a canceled task when the caller's token is already cancelled.
        private static Task CheckAsyncLoop(ParallelOptions parallelOptions, object body)
        {
            if (parallelOptions == null) throw new ArgumentNullException("parallelOptions");
            if (body == null) throw new ArgumentNullException("body");
            return parallelOptions.CancellationToken.IsCancellationRequested ? Task.FromCanceled(parallelOptions.CancellationToken) : null;
        }

        public static Task ForEachAsync<TSource>(IEnumerable<TSource> source, Func<TSource, CancellationToken, ValueTask> body)
        { return ForEachAsync(source, new ParallelOptions(), body); }
        public static Task ForEachAsync<TSource>(IEnumerable<TSource> source, CancellationToken cancellationToken, Func<TSource, CancellationToken, ValueTask> body)
        { return ForEachAsync(source, new ParallelOptions { CancellationToken = cancellationToken }, body); }
        public static Task ForEachAsync<TSource>(IEnumerable<TSource> source, ParallelOptions parallelOptions, Func<TSource, CancellationToken, ValueTask> body)
        {
            if (source == null) throw new ArgumentNullException("source");
            Task early = CheckAsyncLoop(parallelOptions, body);
            if (early != null) return early;
            var run = new AsyncLoop<TSource>(parallelOptions, body);
            IEnumerator<TSource> e = null;
            run.Next = () =>
            {
                lock (run)
                {
                    if (e == null) e = source.GetEnumerator();
                    bool more = e.MoveNext();
                    return new ValueTask<(bool, TSource)>((more, more ? e.Current : default(TSource)));
                }
            };
            run.Dispose = () => { if (e != null) e.Dispose(); return default(ValueTask); };
            return run.Start();
        }

        public static Task ForEachAsync<TSource>(IAsyncEnumerable<TSource> source, Func<TSource, CancellationToken, ValueTask> body)
        { return ForEachAsync(source, new ParallelOptions(), body); }
        public static Task ForEachAsync<TSource>(IAsyncEnumerable<TSource> source, CancellationToken cancellationToken, Func<TSource, CancellationToken, ValueTask> body)
        { return ForEachAsync(source, new ParallelOptions { CancellationToken = cancellationToken }, body); }
        public static Task ForEachAsync<TSource>(IAsyncEnumerable<TSource> source, ParallelOptions parallelOptions, Func<TSource, CancellationToken, ValueTask> body)
        {
            if (source == null) throw new ArgumentNullException("source");
            Task early = CheckAsyncLoop(parallelOptions, body);
            if (early != null) return early;
            var run = new AsyncLoop<TSource>(parallelOptions, body);
            IAsyncEnumerator<TSource> e = null;
            var gate = new SemaphoreSlim(1, 1);
            run.Next = async () =>
            {
                await gate.WaitAsync().ConfigureAwait(false);
                try
                {
                    if (e == null) e = source.GetAsyncEnumerator(run.Token);
                    bool more = await e.MoveNextAsync().ConfigureAwait(false);
                    return (more, more ? e.Current : default(TSource));
                }
                finally { gate.Release(); }
            };
            run.Dispose = () => e != null ? e.DisposeAsync() : default(ValueTask);
            return run.Start();
        }

        public static Task ForAsync<T>(T fromInclusive, T toExclusive, Func<T, CancellationToken, ValueTask> body) where T : notnull, IBinaryInteger<T>
        { return ForAsync(fromInclusive, toExclusive, new ParallelOptions(), body); }
        public static Task ForAsync<T>(T fromInclusive, T toExclusive, CancellationToken cancellationToken, Func<T, CancellationToken, ValueTask> body) where T : notnull, IBinaryInteger<T>
        { return ForAsync(fromInclusive, toExclusive, new ParallelOptions { CancellationToken = cancellationToken }, body); }
        public static Task ForAsync<T>(T fromInclusive, T toExclusive, ParallelOptions parallelOptions, Func<T, CancellationToken, ValueTask> body) where T : notnull, IBinaryInteger<T>
        {
            if (fromInclusive == null) throw new ArgumentNullException("fromInclusive");
            if (toExclusive == null) throw new ArgumentNullException("toExclusive");
            Task early = CheckAsyncLoop(parallelOptions, body);
            if (early != null) return early;
            var run = new AsyncLoop<T>(parallelOptions, body);
            T next = fromInclusive;
            run.Next = () =>
            {
                lock (run)
                {
                    if (next >= toExclusive) return new ValueTask<(bool, T)>((false, default(T)));
                    T cur = next;
                    next = next + T.One;
                    return new ValueTask<(bool, T)>((true, cur));
                }
            };
            run.Dispose = () => default(ValueTask);
            return run.Start();
        }

        sealed class AsyncLoop<T>
        {
            readonly CancellationToken _external;
            readonly CancellationTokenSource _cts;
            readonly Func<T, CancellationToken, ValueTask> _body;
            readonly int _maxWorkers;
            readonly TaskCompletionSource _done = new TaskCompletionSource();
            List<Exception> _errors;
            int _workers, _running;
            internal Func<ValueTask<(bool, T)>> Next;
            internal Func<ValueTask> Dispose;

            internal AsyncLoop(ParallelOptions options, Func<T, CancellationToken, ValueTask> body)
            {
                _external = options.CancellationToken;
                _cts = CancellationTokenSource.CreateLinkedTokenSource(_external);
                _body = body;
                _maxWorkers = options.MaxDegreeOfParallelism == -1 ? Environment.ProcessorCount : options.MaxDegreeOfParallelism;
            }

            internal CancellationToken Token { get { return _cts.Token; } }

            internal Task Start()
            {
                StartWorker();
                return _done.Task;
            }

            void StartWorker()
            {
                lock (this) { _workers++; _running++; }
                Task.Run(Work);
            }

            void Record(Exception e)
            {
                lock (this) { if (_errors == null) _errors = new List<Exception>(); _errors.Add(e); }
                try { _cts.Cancel(); } catch (Exception) { }
            }

            async Task Work()
            {
                try
                {
                    while (!_cts.IsCancellationRequested)
                    {
                        (bool more, T item) = await Next().ConfigureAwait(false);
                        if (!more) break;
                        bool another;
                        lock (this) another = _workers < _maxWorkers;
                        if (another) StartWorker();
                        await _body(item, _cts.Token).ConfigureAwait(false);
                    }
                }
                catch (Exception e) { Record(e); }
                bool last;
                lock (this) last = --_running == 0;
                if (!last) return;
                try { await Dispose().ConfigureAwait(false); }
                catch (Exception e) { Record(e); }
                _cts.Dispose();
                if (_external.IsCancellationRequested) _done.TrySetCanceled(_external);
                else if (_errors != null) _done.TrySetException(_errors);
                else _done.TrySetResult();
            }
        }
    }
}
