// ThreadLocal<T>: one value per green thread, keyed by ManagedThreadId
// (thread ids are never reused by the runtime).
using System.Collections.Generic;

namespace System.Threading
{
    public class ThreadLocal<T> : IDisposable
    {
        private Dictionary<int, T> _values = new Dictionary<int, T>();
        private readonly Func<T> _factory;
        private readonly bool _trackAllValues;
        private int _initializing = -1;

        public ThreadLocal() { }
        public ThreadLocal(bool trackAllValues) { _trackAllValues = trackAllValues; }
        public ThreadLocal(Func<T> valueFactory)
        {
            if (valueFactory == null) throw new ArgumentNullException("valueFactory");
            _factory = valueFactory;
        }
        public ThreadLocal(Func<T> valueFactory, bool trackAllValues) : this(valueFactory) { _trackAllValues = trackAllValues; }

        private Dictionary<int, T> Values_
        {
            get
            {
                if (_values == null) throw new ObjectDisposedException(null, "The ThreadLocal object has been disposed.");
                return _values;
            }
        }

        public T Value
        {
            get
            {
                Dictionary<int, T> d = Values_;
                int id = Thread.CurrentThread.ManagedThreadId;
                T v;
                if (d.TryGetValue(id, out v)) return v;
                if (_factory == null) return default(T);
                if (_initializing == id)
                    throw new InvalidOperationException("ValueFactory attempted to access the Value property of this instance.");
                int saved = _initializing;
                _initializing = id;
                try { v = _factory(); }
                finally { _initializing = saved; }
                Values_[id] = v;
                return v;
            }
            set { Values_[Thread.CurrentThread.ManagedThreadId] = value; }
        }

        public bool IsValueCreated { get { return Values_.ContainsKey(Thread.CurrentThread.ManagedThreadId); } }

        public IList<T> Values
        {
            get
            {
                if (!_trackAllValues) throw new InvalidOperationException("The ThreadLocal object is not tracking values. To use the Values property, use a ThreadLocal constructor that accepts the trackAllValues parameter and set the parameter to true.");
                return new List<T>(Values_.Values);
            }
        }

        public void Dispose() { Dispose(true); }
        protected virtual void Dispose(bool disposing) { _values = null; }

        public override string ToString() { T v = Value; return v == null ? string.Empty : v.ToString(); }
    }
}
