// Component: the base of designable objects (System.Timers.Timer among them):
// a site, the container it came from, a lazily made event list, and the
// Disposed event raised once by Dispose.
namespace System.ComponentModel
{
    public sealed class EventHandlerList : IDisposable
    {
        private sealed class Entry
        {
            internal readonly object Key;
            internal Delegate Handler;
            internal readonly Entry Next;

            internal Entry(object key, Delegate handler, Entry next) { Key = key; Handler = handler; Next = next; }
        }

        private Entry _head;

        public Delegate this[object key]
        {
            get { Entry e = Find(key); return e != null ? e.Handler : null; }
            set
            {
                Entry e = Find(key);
                if (e != null) e.Handler = value;
                else _head = new Entry(key, value, _head);
            }
        }

        private Entry Find(object key)
        {
            for (Entry e = _head; e != null; e = e.Next)
                if (e.Key == key) return e;
            return null;
        }

        public void AddHandler(object key, Delegate value)
        {
            Entry e = Find(key);
            if (e != null) e.Handler = Delegate.Combine(e.Handler, value);
            else _head = new Entry(key, value, _head);
        }

        public void RemoveHandler(object key, Delegate value)
        {
            Entry e = Find(key);
            if (e != null) e.Handler = Delegate.Remove(e.Handler, value);
        }

        public void AddHandlers(EventHandlerList listToAddFrom)
        {
            if (listToAddFrom == null) throw new ArgumentNullException("listToAddFrom");
            for (Entry e = listToAddFrom._head; e != null; e = e.Next) AddHandler(e.Key, e.Handler);
        }

        public void Dispose() { _head = null; }
    }

    public interface ISynchronizeInvoke
    {
        bool InvokeRequired { get; }
        IAsyncResult BeginInvoke(Delegate method, object[] args);
        object EndInvoke(IAsyncResult result);
        object Invoke(Delegate method, object[] args);
    }

    public class Component : MarshalByRefObject, IComponent, IDisposable
    {
        private static readonly object DisposedKey = new object();
        private ISite _site;
        private EventHandlerList _events;

        public Component() { }

        ~Component() { Dispose(false); }

        protected virtual bool CanRaiseEvents { get { return true; } }

        public IContainer Container { get { return _site != null ? _site.Container : null; } }
        protected bool DesignMode { get { return _site != null && _site.DesignMode; } }
        protected EventHandlerList Events { get { return _events ?? (_events = new EventHandlerList()); } }

        public virtual ISite Site
        {
            get { return _site; }
            set { _site = value; }
        }

        public event EventHandler Disposed
        {
            add { Events.AddHandler(DisposedKey, value); }
            remove { Events.RemoveHandler(DisposedKey, value); }
        }

        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        protected virtual void Dispose(bool disposing)
        {
            if (!disposing) return;
            lock (this)
            {
                if (_site != null && _site.Container != null) _site.Container.Remove(this);
                if (_events != null)
                {
                    EventHandler handler = (EventHandler)_events[DisposedKey];
                    if (handler != null) handler(this, EventArgs.Empty);
                }
            }
        }

        protected virtual object GetService(Type service) { return _site != null ? _site.GetService(service) : null; }

        public override string ToString()
        {
            return _site != null ? _site.Name + " [" + GetType().FullName + "]" : GetType().FullName;
        }
    }
}
