// Progress<T>: reports through the SynchronizationContext current at
// construction (or the thread pool when there is none).
using System.Threading;

namespace System
{
    public class Progress<T> : IProgress<T>
    {
        private readonly SynchronizationContext _context;
        private readonly Action<T> _handler;

        public Progress() { _context = SynchronizationContext.Current ?? new SynchronizationContext(); }

        public Progress(Action<T> handler) : this()
        {
            if (handler == null) throw new ArgumentNullException("handler");
            _handler = handler;
        }

        public event EventHandler<T> ProgressChanged;

        protected virtual void OnReport(T value)
        {
            if (_handler != null || ProgressChanged != null) _context.Post(Invoke, value);
        }

        void IProgress<T>.Report(T value) { OnReport(value); }

        private void Invoke(object state)
        {
            T value = (T)state;
            Action<T> handler = _handler;
            if (handler != null) handler(value);
            EventHandler<T> changed = ProgressChanged;
            if (changed != null) changed(this, value);
        }
    }

    public delegate void UnhandledExceptionEventHandler(object sender, UnhandledExceptionEventArgs e);

    public class UnhandledExceptionEventArgs : EventArgs
    {
        public UnhandledExceptionEventArgs(object exception, bool isTerminating) { ExceptionObject = exception; IsTerminating = isTerminating; }
        public object ExceptionObject { get; }
        public bool IsTerminating { get; }
    }
}
