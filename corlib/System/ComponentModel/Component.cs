// Component (the base of FileSystemWatcher, timers and designer-visible
// classes), EventHandlerList and ISynchronizeInvoke.
namespace System.ComponentModel
{
    public interface ISynchronizeInvoke
    {
        bool InvokeRequired { get; }
        IAsyncResult BeginInvoke(Delegate method, object[] args);
        object EndInvoke(IAsyncResult result);
        object Invoke(Delegate method, object[] args);
    }

    // Delegates keyed by object, as components store their events.
    public sealed class EventHandlerList : IDisposable
    {
        private sealed class Entry
        {
            public readonly object Key;
            public Delegate Handler;
            public Entry Next;
            public Entry(object key, Delegate handler, Entry next) { Key = key; Handler = handler; Next = next; }
        }

        private Entry _head;

        public EventHandlerList() { }

        private Entry Find(object key)
        {
            for (Entry e = _head; e != null; e = e.Next) if (e.Key == key) return e;
            return null;
        }

        public Delegate this[object key]
        {
            get { Entry e = Find(key); return e == null ? null : e.Handler; }
            set
            {
                Entry e = Find(key);
                if (e != null) e.Handler = value;
                else _head = new Entry(key, value, _head);
            }
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

    public class Component : MarshalByRefObject, IComponent, IDisposable
    {
        private static readonly object s_disposedKey = new object();
        private ISite _site;
        private EventHandlerList _events;

        public Component() { }
        ~Component() { Dispose(false); }

        protected virtual bool CanRaiseEvents { get { return true; } }
        protected EventHandlerList Events { get { return _events ??= new EventHandlerList(); } }

        [Browsable(false)]
        public virtual ISite Site { get { return _site; } set { _site = value; } }

        [Browsable(false)]
        public IContainer Container { get { return _site == null ? null : _site.Container; } }

        [Browsable(false)]
        protected bool DesignMode { get { return _site != null && _site.DesignMode; } }

        [Browsable(false)]
        [EditorBrowsable(EditorBrowsableState.Advanced)]
        public event EventHandler Disposed
        {
            add { Events.AddHandler(s_disposedKey, value); }
            remove { Events.RemoveHandler(s_disposedKey, value); }
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
                if (_events != null) ((EventHandler)_events[s_disposedKey])?.Invoke(this, EventArgs.Empty);
            }
        }

        protected virtual object GetService(Type service) { return _site == null ? null : _site.GetService(service); }

        public override string ToString()
        {
            ISite s = _site;
            return s != null ? s.Name + " [" + GetType().FullName + "]" : GetType().FullName;
        }
    }
}
