// Lazy<T>: the value factory runs once, on first access of Value. Green
// threads switch only at safepoints, but the factory may block, so the
// "running" state detects recursive initialization as .NET does.
using System.Threading;

namespace System
{
    [Serializable]
    public class Lazy<T>
    {
        private Func<T> _factory;
        private T _value;
        private int _state;            // 0 not created, 1 running, 2 created, 3 faulted
        private Exception _error;
        private readonly bool _cacheErrors;

        public Lazy() : this(null, LazyThreadSafetyMode.ExecutionAndPublication, true) { }
        public Lazy(bool isThreadSafe) : this(null, isThreadSafe ? LazyThreadSafetyMode.ExecutionAndPublication : LazyThreadSafetyMode.None, true) { }
        public Lazy(LazyThreadSafetyMode mode) : this(null, mode, true) { }
        public Lazy(T value) { _value = value; _state = 2; }
        public Lazy(Func<T> valueFactory) : this(valueFactory, LazyThreadSafetyMode.ExecutionAndPublication, false) { }
        public Lazy(Func<T> valueFactory, bool isThreadSafe) : this(valueFactory, isThreadSafe ? LazyThreadSafetyMode.ExecutionAndPublication : LazyThreadSafetyMode.None, false) { }
        public Lazy(Func<T> valueFactory, LazyThreadSafetyMode mode) : this(valueFactory, mode, false) { }

        private Lazy(Func<T> valueFactory, LazyThreadSafetyMode mode, bool useDefaultCtor)
        {
            if (valueFactory == null && !useDefaultCtor) throw new ArgumentNullException("valueFactory");
            if (mode < LazyThreadSafetyMode.None || mode > LazyThreadSafetyMode.ExecutionAndPublication) throw new ArgumentOutOfRangeException("mode");
            _factory = valueFactory;
            _cacheErrors = mode != LazyThreadSafetyMode.PublicationOnly && valueFactory != null;
        }

        public bool IsValueCreated { get { return _state == 2; } }

        public T Value
        {
            get
            {
                if (_state == 2) return _value;
                return Create();
            }
        }

        private T Create()
        {
            if (_state == 3) throw _error;
            if (_state == 1) throw new InvalidOperationException("ValueFactory attempted to access the Value property of this instance.");
            _state = 1;
            try
            {
                _value = _factory != null ? _factory() : Activator.CreateInstance<T>();
                _factory = null;
                _state = 2;
                return _value;
            }
            catch (Exception e)
            {
                if (_cacheErrors) { _error = e; _state = 3; }
                else _state = 0;
                throw;
            }
        }

        public override string ToString() { return IsValueCreated ? (_value == null ? "" : _value.ToString()) : "Value is not created."; }
    }
}

namespace System.Threading
{
    public enum LazyThreadSafetyMode { None = 0, PublicationOnly = 1, ExecutionAndPublication = 2 }
}
