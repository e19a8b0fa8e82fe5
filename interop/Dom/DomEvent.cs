// DomEvent.cs — an event passed to an AddEventListener handler. It is valid
// while the handler runs; its JS object is released when the handler returns.
using System;
using Cilantro.Interop;

namespace Cilantro.Dom
{
    public sealed class DomEvent
    {
        readonly JSObject ev;

        internal DomEvent(JSObject ev)
        {
            this.ev = ev;
        }

        public JSObject Handle { get { return ev; } }

        public string Type { get { return ev.GetProperty<string>("type"); } }

        /// <summary>The element the event was dispatched to.</summary>
        public Element Target { get { return Element.Wrap(ev.GetProperty<JSObject>("target")); } }

        /// <summary>Keyboard events: the key's value ("a", "Enter", "Escape"...); else null.</summary>
        public string Key { get { return ev.GetProperty<string>("key"); } }

        public bool ShiftKey { get { return GetBool("shiftKey"); } }
        public bool CtrlKey { get { return GetBool("ctrlKey"); } }
        public bool AltKey { get { return GetBool("altKey"); } }

        /// <summary>Mouse events: position in the viewport (CSS pixels); else 0.</summary>
        public double ClientX { get { return GetNumber("clientX"); } }
        public double ClientY { get { return GetNumber("clientY"); } }
        public int Button { get { return (int)GetNumber("button"); } }

        /// <summary>Cancels the default action when called while the event is dispatched; handlers
        /// run after dispatch, so pass preventDefault: true to AddEventListener to be sure.</summary>
        public void PreventDefault()
        {
            ev.Invoke("preventDefault");
        }

        public bool DefaultPrevented { get { return GetBool("defaultPrevented"); } }

        bool GetBool(string name)
        {
            object v = ev.GetProperty(name);
            return v is bool && (bool)v;
        }

        double GetNumber(string name)
        {
            object v = ev.GetProperty(name);
            return v is double ? (double)v : 0;
        }
    }
}
