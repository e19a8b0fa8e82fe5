// Task.Delay over a TimeProvider (.NET 8): the system provider takes the
// ordinary Delay; another provider's timer completes the task (a fake clock in
// tests, for example), and the token cancels it.
namespace System.Threading.Tasks
{
    public partial class Task
    {
        public static Task Delay(TimeSpan delay, TimeProvider timeProvider) { return Delay(delay, timeProvider, default(CancellationToken)); }

        public static Task Delay(TimeSpan delay, TimeProvider timeProvider, CancellationToken cancellationToken)
        {
            if (timeProvider == null) throw new ArgumentNullException("timeProvider");
            if (timeProvider == TimeProvider.System) return Delay(delay, cancellationToken);
            long ms = (long)delay.TotalMilliseconds;
            if (ms < -1 || ms > 0xFFFFFFFEL)
                throw new ArgumentOutOfRangeException("delay", "The value needs to translate in milliseconds to -1 (signifying an infinite timeout), 0, or a positive integer less than or equal to the maximum allowed timer duration.");
            if (cancellationToken.IsCancellationRequested) return FromCanceled(cancellationToken);
            if (ms == 0) return CompletedTask;
            var promise = new Task<VoidTaskResult>(null, TaskCreationOptions.None, true);
            ITimer timer = timeProvider.CreateTimer(_ => promise.TrySetResult(default(VoidTaskResult)), null, delay, Timeout.InfiniteTimeSpan);
            CancellationTokenRegistration reg = default(CancellationTokenRegistration);
            if (cancellationToken.CanBeCanceled) reg = cancellationToken.Register(() => promise.TrySetCanceled(cancellationToken));
            promise.ContinueWith(_ => { timer.Dispose(); reg.Dispose(); }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return promise;
        }
    }
}
