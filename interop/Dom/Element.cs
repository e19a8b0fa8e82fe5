// Element.cs — a DOM element held by managed code (a JSObject underneath).
// Two Element objects may stand for the same node; IsSameNode tells.
using System;
using System.Collections.Generic;
using Cilantro.Interop;

namespace Cilantro.Dom
{
    public class Element : IDisposable
    {
        readonly JSObject node;
        ClassList classList;
        Style style;

        internal Element(JSObject node)
        {
            this.node = node;
        }

        internal static Element Wrap(JSObject node)
        {
            return node == null ? null : new Element(node);
        }

        internal static List<Element> WrapList(JSObject list)
        {
            var result = new List<Element>();
            if (list == null) return result;
            try
            {
                int n = list.GetProperty<int>("length");
                for (int i = 0; i < n; i++) result.Add(Wrap(list.Invoke<JSObject>("item", i)));
            }
            finally
            {
                list.Dispose();
            }
            return result;
        }

        /// <summary>The underlying JS object, for calls this API does not cover.</summary>
        public JSObject Handle { get { return node; } }

        public string TagName { get { return node.GetProperty<string>("tagName"); } }

        public string Id
        {
            get { return node.GetProperty<string>("id"); }
            set { node.SetProperty("id", value ?? ""); }
        }

        public string TextContent
        {
            get { return node.GetProperty<string>("textContent"); }
            set { node.SetProperty("textContent", value ?? ""); }
        }

        public string InnerHtml
        {
            get { return node.GetProperty<string>("innerHTML"); }
            set { node.SetProperty("innerHTML", value ?? ""); }
        }

        /// <summary>The value of an input, textarea or select.</summary>
        public string Value
        {
            get { return node.GetProperty<string>("value"); }
            set { node.SetProperty("value", value ?? ""); }
        }

        /// <summary>The checked state of a checkbox or radio input.</summary>
        public bool Checked
        {
            get { return node.GetProperty<bool>("checked"); }
            set { node.SetProperty("checked", value); }
        }

        public bool Hidden
        {
            get { return node.GetProperty<bool>("hidden"); }
            set { node.SetProperty("hidden", value); }
        }

        public string GetAttribute(string name)
        {
            return node.Invoke<string>("getAttribute", name);
        }

        public void SetAttribute(string name, string value)
        {
            node.Invoke("setAttribute", name, value ?? "");
        }

        public void RemoveAttribute(string name)
        {
            node.Invoke("removeAttribute", name);
        }

        public bool HasAttribute(string name)
        {
            return node.Invoke<bool>("hasAttribute", name);
        }

        public ClassList ClassList
        {
            get
            {
                if (classList == null) classList = new ClassList(node.GetProperty<JSObject>("classList"));
                return classList;
            }
        }

        public Style Style
        {
            get
            {
                if (style == null) style = new Style(node.GetProperty<JSObject>("style"));
                return style;
            }
        }

        public Element AppendChild(Element child)
        {
            if (child == null) throw new ArgumentNullException("child");
            // Through dom.* so the returned node does not come back as a new handle.
            JS.Invoke("dom.appendChild", node, child.node);
            return child;
        }

        public Element RemoveChild(Element child)
        {
            if (child == null) throw new ArgumentNullException("child");
            JS.Invoke("dom.removeChild", node, child.node);
            return child;
        }

        /// <summary>Puts newChild where oldChild is (DOM replaceChild order: new, old).</summary>
        public Element ReplaceChild(Element newChild, Element oldChild)
        {
            if (newChild == null) throw new ArgumentNullException("newChild");
            if (oldChild == null) throw new ArgumentNullException("oldChild");
            JS.Invoke("dom.replaceChild", node, newChild.node, oldChild.node);
            return oldChild;
        }

        /// <summary>Removes this element from its parent (if any).</summary>
        public void Remove()
        {
            node.Invoke("remove");
        }

        public Element Parent
        {
            get { return Wrap(node.GetProperty<JSObject>("parentElement")); }
        }

        public List<Element> Children
        {
            get { return WrapList(node.GetProperty<JSObject>("children")); }
        }

        public Element QuerySelector(string selector)
        {
            return Wrap(JS.Invoke<JSObject>("dom.querySelector", node, selector));
        }

        public List<Element> QuerySelectorAll(string selector)
        {
            return WrapList(JS.Invoke<JSObject>("dom.querySelectorAll", node, selector));
        }

        public void Focus()
        {
            node.Invoke("focus");
        }

        /// <summary>True when both objects stand for the same DOM node.</summary>
        public bool IsSameNode(Element other)
        {
            return other != null && (other == this || JS.Invoke<bool>("dom.same", node, other.node));
        }

        /// <summary>Calls handler (on a green thread) for each event of this type. The handler
        /// stays alive until RemoveEventListener. preventDefault is applied synchronously by
        /// JS, before the handler runs (the handler runs after the event's dispatch).</summary>
        public void AddEventListener(string type, Action<DomEvent> handler, bool preventDefault = false)
        {
            EventListeners.Add(this, type, handler, preventDefault);
        }

        /// <summary>Removes a handler added with AddEventListener (on this node, for this
        /// type) and releases it. Returns false if it was not registered.</summary>
        public bool RemoveEventListener(string type, Action<DomEvent> handler)
        {
            return EventListeners.Remove(this, type, handler);
        }

        /// <summary>Releases the JS objects this wrapper holds (the node stays in the page).
        /// Unreleased ones are freed when the collector finds the wrapper unreachable.</summary>
        public void Dispose()
        {
            if (classList != null) classList.Dispose();
            if (style != null) style.Dispose();
            node.Dispose();
        }
    }

    public sealed class ClassList
    {
        readonly JSObject list;
        internal ClassList(JSObject list) { this.list = list; }
        internal void Dispose() { list.Dispose(); }
        public void Add(string name) { list.Invoke("add", name); }
        public void Remove(string name) { list.Invoke("remove", name); }
        public bool Toggle(string name) { return list.Invoke<bool>("toggle", name); }
        public bool Toggle(string name, bool force) { return list.Invoke<bool>("toggle", name, force); }
        public bool Contains(string name) { return list.Invoke<bool>("contains", name); }
        public override string ToString() { return list.GetProperty<string>("value"); }
    }

    public sealed class Style
    {
        readonly JSObject style;
        internal Style(JSObject style) { this.style = style; }
        internal void Dispose() { style.Dispose(); }
        public void SetProperty(string name, string value) { style.Invoke("setProperty", name, value ?? ""); }
        public string GetPropertyValue(string name) { return style.Invoke<string>("getPropertyValue", name); }
        public void RemoveProperty(string name) { style.Invoke("removeProperty", name); }
        /// <summary>A CSS property by its CSS name, e.g. style["background-color"].</summary>
        public string this[string name]
        {
            get { return GetPropertyValue(name); }
            set { if (value == null) RemoveProperty(name); else SetProperty(name, value); }
        }
    }
}
