// EventListeners.cs — the managed side of addEventListener. Each registration
// holds a JS callback (JS.CreateCallback) that keeps the managed handler
// alive; removing the listener disposes the callback, which releases it.
using System;
using System.Collections.Generic;
using Cilantro.Interop;

namespace Cilantro.Dom
{
    static class EventListeners
    {
        sealed class Entry
        {
            public Element Target;
            public string Type;
            public Action<DomEvent> Handler;
            public JSObject Callback;
        }

        static readonly List<Entry> entries = new List<Entry>();

        /// <summary>Listeners currently registered (for leak checks).</summary>
        internal static int Count { get { lock (entries) return entries.Count; } }

        internal static void Add(Element target, string type, Action<DomEvent> handler, bool preventDefault)
        {
            if (type == null) throw new ArgumentNullException("type");
            if (handler == null) throw new ArgumentNullException("handler");
            JSObject callback = JS.CreateCallback(delegate (JSObject ev)
            {
                try
                {
                    handler(new DomEvent(ev));
                }
                finally
                {
                    if (ev != null) ev.Dispose();
                }
            });
            try
            {
                JS.Invoke("dom.listen", target.Handle, type, callback, preventDefault);
            }
            catch
            {
                callback.Dispose();
                throw;
            }
            var e = new Entry { Target = target, Type = type, Handler = handler, Callback = callback };
            lock (entries) entries.Add(e);
        }

        internal static bool Remove(Element target, string type, Action<DomEvent> handler)
        {
            Entry found = null;
            lock (entries)
            {
                for (int i = 0; i < entries.Count; i++)
                {
                    Entry e = entries[i];
                    if (e.Type == type && e.Handler.Equals(handler) && e.Target.IsSameNode(target))
                    {
                        found = e;
                        entries.RemoveAt(i);
                        break;
                    }
                }
            }
            if (found == null) return false;
            try
            {
                JS.Invoke("dom.unlisten", found.Target.Handle, type, found.Callback);
            }
            finally
            {
                found.Callback.Dispose();
            }
            return true;
        }
    }
}
