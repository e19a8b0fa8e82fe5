// `await foreach (var x in source.WithCancellation(ct).ConfigureAwait(false))`
// and `await using (x.ConfigureAwait(false))`: wrappers that carry a token and
// the continueOnCapturedContext flag to every MoveNextAsync/DisposeAsync.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace System.Runtime.CompilerServices
{
    public readonly struct ConfiguredCancelableAsyncEnumerable<T>
    {
        private readonly IAsyncEnumerable<T> _enumerable;
        private readonly CancellationToken _cancellationToken;
        private readonly bool _continueOnCapturedContext;

        internal ConfiguredCancelableAsyncEnumerable(IAsyncEnumerable<T> enumerable, bool continueOnCapturedContext, CancellationToken cancellationToken)
        {
            _enumerable = enumerable;
            _continueOnCapturedContext = continueOnCapturedContext;
            _cancellationToken = cancellationToken;
        }

        public ConfiguredCancelableAsyncEnumerable<T> ConfigureAwait(bool continueOnCapturedContext)
        {
            return new ConfiguredCancelableAsyncEnumerable<T>(_enumerable, continueOnCapturedContext, _cancellationToken);
        }

        public ConfiguredCancelableAsyncEnumerable<T> WithCancellation(CancellationToken cancellationToken)
        {
            return new ConfiguredCancelableAsyncEnumerable<T>(_enumerable, _continueOnCapturedContext, cancellationToken);
        }

        public Enumerator GetAsyncEnumerator()
        {
            return new Enumerator(_enumerable.GetAsyncEnumerator(_cancellationToken), _continueOnCapturedContext);
        }

        public readonly struct Enumerator
        {
            private readonly IAsyncEnumerator<T> _enumerator;
            private readonly bool _continueOnCapturedContext;

            internal Enumerator(IAsyncEnumerator<T> enumerator, bool continueOnCapturedContext)
            {
                _enumerator = enumerator;
                _continueOnCapturedContext = continueOnCapturedContext;
            }

            public ConfiguredValueTaskAwaitable<bool> MoveNextAsync()
            {
                return _enumerator.MoveNextAsync().ConfigureAwait(_continueOnCapturedContext);
            }

            public T Current { get { return _enumerator.Current; } }

            public ConfiguredValueTaskAwaitable DisposeAsync()
            {
                return _enumerator.DisposeAsync().ConfigureAwait(_continueOnCapturedContext);
            }
        }
    }

    public readonly struct ConfiguredAsyncDisposable
    {
        private readonly IAsyncDisposable _source;
        private readonly bool _continueOnCapturedContext;

        internal ConfiguredAsyncDisposable(IAsyncDisposable source, bool continueOnCapturedContext)
        {
            _source = source;
            _continueOnCapturedContext = continueOnCapturedContext;
        }

        public ConfiguredValueTaskAwaitable DisposeAsync()
        {
            return _source.DisposeAsync().ConfigureAwait(_continueOnCapturedContext);
        }
    }
}
