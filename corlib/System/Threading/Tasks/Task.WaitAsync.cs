// Task.WaitAsync: a task that completes as this task does, or with a
// TimeoutException when the timeout passes first, or canceled when the token
// is cancelled first. As on .NET, a task already complete (or one waited on
// with neither a timeout nor a cancellable token) is returned as it is.
namespace System.Threading.Tasks
{
    public partial class Task
    {
        public Task WaitAsync(CancellationToken cancellationToken) { return WaitAsync(Timeout.InfiniteTimeSpan, TimeProvider.System, cancellationToken); }
        public Task WaitAsync(TimeSpan timeout) { return WaitAsync(timeout, TimeProvider.System, default(CancellationToken)); }
        public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) { return WaitAsync(timeout, TimeProvider.System, cancellationToken); }
        public Task WaitAsync(TimeSpan timeout, TimeProvider timeProvider) { return WaitAsync(timeout, timeProvider, default(CancellationToken)); }
        public Task WaitAsync(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
        {
            if (timeProvider == null) throw new ArgumentNullException("timeProvider");
            long ms = WaitAsyncTimeout(timeout);
            if (IsCompleted || (ms == -1 && !cancellationToken.CanBeCanceled)) return this;
            if (cancellationToken.IsCancellationRequested) return FromCanceled(cancellationToken);
            if (ms == 0) return FromException(new TimeoutException());
            var promise = new Task<VoidTaskResult>(null, TaskCreationOptions.None, true);
            WireWaitAsync(this, promise, ms, timeProvider, cancellationToken, t => promise.TrySetResult(default(VoidTaskResult)));
            return promise;
        }

        internal static long WaitAsyncTimeout(TimeSpan timeout)
        {
            long ms = (long)timeout.TotalMilliseconds;
            if (ms < -1 || ms > 0xFFFFFFFEL)
                throw new ArgumentOutOfRangeException("timeout", "The value needs to translate in milliseconds to -1 (signifying an infinite timeout), 0, or a positive integer less than or equal to the maximum allowed timer duration.");
            return ms;
        }

        // Completes promise from source (onSuccess sets its result), from the
        // timer (TimeoutException) or from the token (canceled), whichever
        // comes first, then lets go of the timer and the registration.
        internal static void WireWaitAsync(Task source, Task promise, long ms, TimeProvider timeProvider, CancellationToken token, Action<Task> onSuccess)
        {
            ITimer timer = null;
            CancellationTokenRegistration reg = default(CancellationTokenRegistration);
            if (ms != -1)
                timer = timeProvider.CreateTimer(_ => promise.TrySetException(new TimeoutException()), null, TimeSpan.FromMilliseconds(ms), Timeout.InfiniteTimeSpan);
            if (token.CanBeCanceled)
                reg = token.Register(() => promise.TrySetCanceled(token));
            source.ContinueWith(t =>
            {
                if (t.IsFaulted) promise.TrySetException(t.ExceptionList);
                else if (t.IsCanceled) promise.TrySetCanceled(t.CancellationTokenForException, t.CancellationException);
                else onSuccess(t);
            }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            promise.ContinueWith(_ =>
            {
                if (timer != null) timer.Dispose();
                reg.Dispose();
            }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }
}
