// Document.cs — the page's document. Every call goes through a function the
// page's loader registered (js/browser/dom.mjs, registerDom): managed code
// reaches only what the host chose to expose.
using System;
using System.Collections.Generic;
using Cilantro.Interop;

namespace Cilantro.Dom
{
    public static class Document
    {
        /// <summary>The element with this id, or null.</summary>
        public static Element GetElementById(string id)
        {
            return Element.Wrap(JS.Invoke<JSObject>("dom.getElementById", id));
        }

        /// <summary>The first element matching a CSS selector, or null.</summary>
        public static Element QuerySelector(string selector)
        {
            return Element.Wrap(JS.Invoke<JSObject>("dom.querySelector", null, selector));
        }

        /// <summary>Every element matching a CSS selector, in document order.</summary>
        public static List<Element> QuerySelectorAll(string selector)
        {
            return Element.WrapList(JS.Invoke<JSObject>("dom.querySelectorAll", null, selector));
        }

        public static Element CreateElement(string tagName)
        {
            return Element.Wrap(JS.Invoke<JSObject>("dom.createElement", tagName));
        }

        public static Element Body
        {
            get { return Element.Wrap(JS.Invoke<JSObject>("dom.body")); }
        }

        public static string Title
        {
            get { return JS.Invoke<string>("dom.getTitle"); }
            set { JS.Invoke("dom.setTitle", value ?? ""); }
        }
    }
}
