// SynchronizationContext: per green thread (a field of Thread). The base
// context posts to the thread pool; awaits capture a derived context and post
// their continuations to it.
namespace System.Threading
{
    public delegate void SendOrPostCallback(object state);

    public class SynchronizationContext
    {
        public SynchronizationContext() { }

        public static SynchronizationContext Current { get { return Thread.CurrentThread._syncContext; } }

        public static void SetSynchronizationContext(SynchronizationContext syncContext) { Thread.CurrentThread._syncContext = syncContext; }

        public virtual void Post(SendOrPostCallback d, object state)
        {
            if (d == null) throw new ArgumentNullException("d");
            ThreadPool.Enqueue(new PostItem(d, state));
        }

        public virtual void Send(SendOrPostCallback d, object state)
        {
            if (d == null) throw new ArgumentNullException("d");
            d(state);
        }

        public virtual SynchronizationContext CreateCopy() { return new SynchronizationContext(); }
        public virtual void OperationStarted() { }
        public virtual void OperationCompleted() { }

        private sealed class PostItem : IThreadPoolWorkItem
        {
            private readonly SendOrPostCallback _d;
            private readonly object _state;
            internal PostItem(SendOrPostCallback d, object state) { _d = d; _state = state; }
            public void Execute() { _d(_state); }
        }
    }
}
