// dom.mjs — the JS half of Cilantro.Dom (interop/Dom/*.cs). The managed DOM
// API reaches the page only through these registered functions (and through
// the objects they hand out), so a page decides what .NET code may touch:
//
//   import { registerDom } from '../../js/browser/dom.mjs';
//   registerDom(rt);                 // before runMain
//
// Browser only.

/** name -> function, registered as "dom.<name>". */
export const domFunctions = {
  getElementById: (id) => document.getElementById(id),
  querySelector: (root, selector) => (root ?? document).querySelector(selector),
  // A NodeList (not an Array) so it reaches .NET as one JSObject; Element.cs
  // reads length and item(i).
  querySelectorAll: (root, selector) => (root ?? document).querySelectorAll(selector),
  createElement: (tag) => document.createElement(tag),
  body: () => document.body,
  getTitle: () => document.title,
  setTitle: (title) => { document.title = title; },
  same: (a, b) => a === b,
  // These return nothing: the DOM methods return the node, which would come
  // back to .NET as a fresh handle nobody releases.
  appendChild: (parent, child) => { parent.appendChild(child); },
  removeChild: (parent, child) => { parent.removeChild(child); },
  replaceChild: (parent, newChild, oldChild) => { parent.replaceChild(newChild, oldChild); },

  // Events. The managed handler runs on a green thread after the event's
  // dispatch, so preventDefault has to be decided here, synchronously.
  listen(target, type, callback, preventDefault) {
    const listener = preventDefault ? (e) => { e.preventDefault(); callback(e); } : callback;
    let byType = listeners.get(target);
    if (!byType) listeners.set(target, byType = new Map());
    byType.set(`${type}\u0000${listenerIds.get(callback) ?? newListenerId(callback)}`, listener);
    target.addEventListener(type, listener);
  },
  unlisten(target, type, callback) {
    const key = `${type}\u0000${listenerIds.get(callback)}`;
    const byType = listeners.get(target);
    const listener = byType?.get(key);
    if (!listener) return false;
    byType.delete(key);
    target.removeEventListener(type, listener);
    return true;
  },

  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (id) => clearTimeout(id),
  setInterval: (callback, ms) => setInterval(callback, ms),
  clearInterval: (id) => clearInterval(id),

  location: (part) => String(location[part] ?? ''),
  setHash: (hash) => { location.hash = hash; },

  storageGet: (key) => localStorage.getItem(key),
  storageSet: (key, value) => localStorage.setItem(key, value),
  storageRemove: (key) => localStorage.removeItem(key),
  storageClear: () => localStorage.clear(),
  storageLength: () => localStorage.length,

  consoleLog: (message) => console.log(message),
};

// The listener actually added for (target, type, callback); weak, so a node
// that leaves the page does not keep entries alive.
const listeners = new WeakMap();
const listenerIds = new WeakMap();
let nextListenerId = 1;
function newListenerId(callback) {
  const id = nextListenerId++;
  listenerIds.set(callback, id);
  return id;
}

/** Registers the functions Cilantro.Dom needs on a runtime (before runMain). */
export function registerDom(rt) {
  for (const [name, fn] of Object.entries(domFunctions)) rt.registerFunction(`dom.${name}`, fn);
  return rt;
}
