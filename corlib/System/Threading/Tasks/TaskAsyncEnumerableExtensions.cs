// Extension methods over async streams and async disposables.
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;

namespace System.Threading.Tasks
{
    public static class TaskAsyncEnumerableExtensions
    {
        public static ConfiguredAsyncDisposable ConfigureAwait(this IAsyncDisposable source, bool continueOnCapturedContext)
        {
            return new ConfiguredAsyncDisposable(source, continueOnCapturedContext);
        }

        public static ConfiguredCancelableAsyncEnumerable<T> ConfigureAwait<T>(this IAsyncEnumerable<T> source, bool continueOnCapturedContext)
        {
            return new ConfiguredCancelableAsyncEnumerable<T>(source, continueOnCapturedContext, default(CancellationToken));
        }

        public static ConfiguredCancelableAsyncEnumerable<T> WithCancellation<T>(this IAsyncEnumerable<T> source, CancellationToken cancellationToken)
        {
            return new ConfiguredCancelableAsyncEnumerable<T>(source, true, cancellationToken);
        }

        // Enumerates an async stream synchronously, blocking the calling thread
        // on each step that does not complete at once.
        public static IEnumerable<T> ToBlockingEnumerable<T>(this IAsyncEnumerable<T> source, CancellationToken cancellationToken = default(CancellationToken))
        {
            if (source == null) throw new ArgumentNullException("source");
            return Blocking(source, cancellationToken);
        }

        private static IEnumerable<T> Blocking<T>(IAsyncEnumerable<T> source, CancellationToken cancellationToken)
        {
            IAsyncEnumerator<T> e = source.GetAsyncEnumerator(cancellationToken);
            try
            {
                while (true)
                {
                    ValueTask<bool> step = e.MoveNextAsync();
                    bool more = step.IsCompleted ? step.Result : step.AsTask().GetAwaiter().GetResult();
                    if (!more) break;
                    yield return e.Current;
                }
            }
            finally
            {
                ValueTask done = e.DisposeAsync();
                if (done.IsCompleted) done.GetAwaiter().GetResult();
                else done.AsTask().GetAwaiter().GetResult();
            }
        }
    }
}
