// capability.mjs — what .NET code may do with the JS objects it holds (the
// rule is documented in docs/interop.md, "Capability rule"). Interop's
// handle table asks this guard at its two doors: before a JS object becomes a
// handle (admit) and before .NET reads, writes or calls through a handle
// (check). With createRuntime({ allowGlobals: true }) nothing is refused.

/**
 * Names that lead from an ordinary object to the language's machinery:
 * constructors (and so the Function constructor, i.e. eval), prototypes
 * (and so every object of a kind), and the legacy accessors that read or
 * install getters and setters.
 */
const META_NAMES = new Set([
  'constructor', 'prototype', '__proto__',
  '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__',
]);

export class CapabilityError extends Error {}

export class CapabilityGuard {
  constructor(open) {
    this.open = open;
  }

  /** Throws unless `obj` may be handed to .NET as a handle: never a global object. */
  admit(obj) {
    if (this.open) return;
    if (isGlobalObject(obj)) {
      throw new CapabilityError('the JS global object is not handed to .NET (createRuntime({ allowGlobals: true }) allows it)');
    }
  }

  /** Throws unless .NET may get, set or call `name` on `obj` (op is 'get', 'set' or 'call'). */
  check(obj, op, name) {
    if (this.open) return;
    if (typeof obj === 'function') {
      throw new CapabilityError(`a JS function handle is opaque to .NET: it can be passed back to JS, not used (${op} '${name}')`);
    }
    if (META_NAMES.has(name)) {
      throw new CapabilityError(`JS property '${name}' is not accessible from .NET (createRuntime({ allowGlobals: true }) allows it)`);
    }
  }
}

/**
 * True for this realm's global object and for any other realm's (an iframe's
 * window, a vm context): a global object carries itself as its own
 * `globalThis` data property. An object whose properties cannot even be
 * described (a cross-origin window) counts as a global too.
 */
function isGlobalObject(obj) {
  if (obj === globalThis) return true;
  if (obj === null || typeof obj !== 'object') return false;
  let desc;
  try {
    desc = Object.getOwnPropertyDescriptor(obj, 'globalThis');
  } catch {
    return true;
  }
  return desc !== undefined && desc.value === obj;
}
