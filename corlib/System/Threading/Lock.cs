// System.Threading.Lock (.NET 9 / C# 13): `lock (x)` on a Lock compiles to
// `using (x.EnterScope())`. Built on the runtime's monitors (green threads
// park while waiting), over a private object so that a Monitor taken on the
// Lock instance itself stays a separate lock, as in .NET.
namespace System.Threading
{
    public sealed class Lock
    {
        private readonly object _monitor = new object();

        public Lock() { }

        public bool IsHeldByCurrentThread { get { return Monitor.IsEntered(_monitor); } }

        public void Enter() { Monitor.Enter(_monitor); }

        public bool TryEnter() { return Monitor.TryEnter(_monitor); }

        public bool TryEnter(int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException("millisecondsTimeout", "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            return Monitor.TryEnter(_monitor, millisecondsTimeout);
        }

        public bool TryEnter(TimeSpan timeout)
        {
            long ms = (long)timeout.TotalMilliseconds;
            if (ms < -1 || ms > int.MaxValue) throw new ArgumentOutOfRangeException("timeout", "The timeout must represent a value between -1 and Int32.MaxValue, inclusive.");
            return Monitor.TryEnter(_monitor, (int)ms);
        }

        public void Exit()
        {
            if (!Monitor.IsEntered(_monitor)) throw new SynchronizationLockException("The calling thread does not hold the lock.");
            Monitor.Exit(_monitor);
        }

        public Scope EnterScope()
        {
            Monitor.Enter(_monitor);
            return new Scope(this);
        }

        public ref struct Scope
        {
            private Lock _lock;

            internal Scope(Lock owner) { _lock = owner; }

            public void Dispose()
            {
                Lock owner = _lock;
                if (owner != null)
                {
                    _lock = null;
                    owner.Exit();
                }
            }
        }
    }
}
