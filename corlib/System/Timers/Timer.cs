// System.Timers.Timer: raises Elapsed on the thread pool every Interval
// milliseconds (once when AutoReset is false), over System.Threading.Timer.
// With a SynchronizingObject the handler runs through its Invoke instead.
using System.ComponentModel;
using System.Globalization;

namespace System.Timers
{
    public class ElapsedEventArgs : EventArgs
    {
        public ElapsedEventArgs(DateTime signalTime) { SignalTime = signalTime; }

        public DateTime SignalTime { get; }
    }

    public delegate void ElapsedEventHandler(object sender, ElapsedEventArgs e);

    [AttributeUsage(AttributeTargets.All)]
    public class TimersDescriptionAttribute : DescriptionAttribute
    {
        public TimersDescriptionAttribute(string description) : base(description) { }
    }

    public class Timer : Component, ISupportInitialize
    {
        private double _interval;
        private bool _enabled, _autoReset = true, _initializing, _delayedEnable, _disposed;
        private System.Threading.Timer _timer;
        private ElapsedEventHandler _elapsed;
        private readonly object _sync = new object();

        public Timer() { _interval = 100; }

        public Timer(double interval)
        {
            if (interval <= 0) throw new ArgumentException(InvalidValue(interval, "interval"));
            double rounded = Math.Ceiling(interval);
            if (rounded > int.MaxValue || rounded <= 0) throw new ArgumentException(InvalidValue(interval, "interval"));
            _interval = rounded;
        }

        public Timer(TimeSpan interval) : this(interval.TotalMilliseconds) { }

        private static string InvalidValue(double value, string name)
        {
            return string.Format(CultureInfo.CurrentCulture, "Invalid value '{0}' for parameter '{1}'.", value, name);
        }

        public bool AutoReset
        {
            get { return _autoReset; }
            set
            {
                if (DesignMode) { _autoReset = value; return; }
                lock (_sync)
                {
                    if (_autoReset == value) return;
                    _autoReset = value;
                    if (_timer != null) Reschedule();
                }
            }
        }

        public bool Enabled
        {
            get { return _enabled; }
            set
            {
                lock (_sync)
                {
                    if (DesignMode || _initializing) { _delayedEnable = value; return; }
                    if (_enabled == value) return;
                    if (!value)
                    {
                        _enabled = false;
                        if (_timer != null)
                        {
                            _timer.Dispose();
                            _timer = null;
                        }
                        return;
                    }
                    if (_disposed) throw new ObjectDisposedException(GetType().ToString());
                    _enabled = true;
                    _timer = new System.Threading.Timer(OnTick, null, System.Threading.Timeout.Infinite, System.Threading.Timeout.Infinite);
                    Reschedule();
                }
            }
        }

        public double Interval
        {
            get { return _interval; }
            set
            {
                if (value <= 0) throw new ArgumentException(string.Format(CultureInfo.CurrentCulture, "'{0}' is not a valid value for 'Interval'. 'Interval' must be greater than {1}.", value, 0));
                lock (_sync)
                {
                    _interval = value;
                    if (_timer != null) Reschedule();
                }
            }
        }

        public ISynchronizeInvoke SynchronizingObject { get; set; }

        public override ISite Site
        {
            get { return base.Site; }
            set
            {
                base.Site = value;
                if (DesignMode) _enabled = true;
            }
        }

        public event ElapsedEventHandler Elapsed
        {
            add { _elapsed += value; }
            remove { _elapsed -= value; }
        }

        // Under _sync: the first tick after Interval, then every Interval while AutoReset.
        private void Reschedule()
        {
            double rounded = Math.Ceiling(_interval);
            if (rounded > int.MaxValue || rounded <= 0) throw new ArgumentException(InvalidValue(_interval, "interval"));
            int due = (int)rounded;
            _timer.Change(due, _autoReset ? due : System.Threading.Timeout.Infinite);
        }

        private void OnTick(object state)
        {
            lock (_sync)
            {
                if (!_enabled) return;
                if (!_autoReset) _enabled = false;
            }
            var args = new ElapsedEventArgs(DateTime.Now);
            ElapsedEventHandler handler = _elapsed;
            if (handler == null) return;
            ISynchronizeInvoke sync = SynchronizingObject;
            if (sync != null && sync.InvokeRequired) sync.BeginInvoke(handler, new object[] { this, args });
            else handler(this, args);
        }

        public void Start() { Enabled = true; }
        public void Stop() { Enabled = false; }
        // Stops the timer; unlike Dispose, a closed timer may be started again.
        public void Close()
        {
            lock (_sync)
            {
                _initializing = false;
                _delayedEnable = false;
                _enabled = false;
                if (_timer != null)
                {
                    _timer.Dispose();
                    _timer = null;
                }
            }
        }

        public void BeginInit()
        {
            Close();
            _initializing = true;
        }

        public void EndInit()
        {
            _initializing = false;
            Enabled = _delayedEnable;
        }

        protected override void Dispose(bool disposing)
        {
            Close();
            _disposed = true;
            base.Dispose(disposing);
        }
    }
}
