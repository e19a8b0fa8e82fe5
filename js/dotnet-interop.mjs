// dotnet-interop.mjs — the JS side of .NET's own browser interop
// (System.Runtime.InteropServices.JavaScript, implemented in the corlib:
// corlib/System/Runtime/InteropServices/JavaScript/). .NET calls in through
// the interop import with the operations below (the corlib encodes and decodes
// the values itself, with a few tags of its own: Date, Error, a .NET function,
// a .NET task); JS calls .NET through rt.invoke of Cilantro.Runtime.JSEntry,
// synchronously when the call finishes without waiting (docs/interop.md).

// Operations (JSBridge.cs).
export const OP_BIND = 30, OP_INVOKE = 31, OP_IMPORT = 32, OP_SETTLE = 33, OP_AWAIT = 34,
  OP_CALL_FUNCTION = 35, OP_HAS = 36, OP_TYPEOF = 37, OP_DOTNET = 38;
// The corlib's own tags (JSWire.cs).
export const IT_DATE = 10, IT_ERROR = 11, IT_FUNCTION = 12, IT_PROMISE = 13, IT_RESOLVED = 14, IT_REJECTED = 15,
  IT_ERROR_REF = 16;

// The id of the .NET exception a ManagedError stands for: handed back to .NET, it is that exception again.
const DOTNET_ERROR = Symbol('cilantro.dotnetError');
export function dotnetErrorId(v) {
  return v instanceof Error ? v[DOTNET_ERROR] : undefined;
}

const ENTRY_TYPE = 'Cilantro.Runtime.JSEntry';
// The corlib's part that holds JSEntry and the rest of .NET's JS interop
// (docs/corlib.md, "Parts"); a corlib without parts has them in its core.
const ENTRY_PART = 'mscorlib.System.Runtime.InteropServices.JavaScript';

export class DotnetInterop {
  constructor(rt, interop, ManagedError) {
    this.rt = rt;
    this.interop = interop;
    this.ManagedError = ManagedError;
    this.moduleImports = new Map();   // module name -> object (setModuleImports, ImportAsync)
    this.bindings = [null];           // binding id -> { fn, self, returnsTask }
    this.promises = new Map();        // .NET task id -> { resolve } or { settled }
    this.waiting = 0;                 // promises of .NET tasks still running
    // A .NET delegate JS no longer holds is dropped from the corlib's table.
    this.released = new FinalizationRegistry((id) => {
      if (!this.rt._disposed && !this.rt._broken) {
        this.rt.invoke(this.entryAssembly(), ENTRY_TYPE, 'ReleaseEntry', [id]).catch(() => {});
      }
    });
  }

  /** The assembly that holds JSEntry: its part, loaded now if no program type needed it yet. */
  entryAssembly() {
    const rt = this.rt;
    if (rt.assemblies.includes(ENTRY_PART)) return ENTRY_PART;
    if (rt._nameCall('cil_reference_is_corlib_part', ENTRY_PART) && rt._loadPartNow(ENTRY_PART)) return ENTRY_PART;
    return rt._corlibName();
  }

  setModuleImports(name, imports) {
    if (typeof name !== 'string' || !name) throw new TypeError('setModuleImports: the module name must be a non-empty string');
    if (imports === null || typeof imports !== 'object') throw new TypeError(`setModuleImports('${name}'): the imports must be an object`);
    this.moduleImports.set(name, imports);
  }

  // ---- .NET -> JS ----

  perform(op, handle, name, args) {
    const handles = this.interop.handles;
    switch (op) {
      case OP_BIND: return this.bind(name, args[0], args[1]);
      case OP_INVOKE: {
        const b = this.bindings[handle];
        if (!b) throw new Error(`no JS function binding ${handle}`);
        const r = b.fn.apply(b.self, args);
        return b.returnsTask ? Promise.resolve(r) : r;
      }
      case OP_IMPORT: return this.importModule(name, args[0]);
      case OP_SETTLE: this.settle(handle, args[0]); return undefined;
      case OP_AWAIT: {
        const p = handles.get(handle), id = args[0];
        this.rt._beginHostWork();
        Promise.resolve(p).then((v) => [true, v], (e) => [false, e]).then((r) => {
          this.rt._endHostWork();
          this.callManaged(id, r);
        });
        return undefined;
      }
      case OP_CALL_FUNCTION: {
        const fn = handles.get(handle);
        if (typeof fn !== 'function') throw new TypeError(`the JS value .NET calls is not a function (it is ${typeof fn})`);
        return fn(...args);
      }
      case OP_HAS: return name in handles.target(handle, 'get', name);
      case OP_TYPEOF: return typeof handles.target(handle, 'get', name)[name];
      case OP_DOTNET:
        if (!this.interop.allowGlobals) throw new Error('JSHost.DotnetInstance needs createRuntime({ allowGlobals: true })');
        return this.rt.dotnetApi();
      default: throw new Error(`unknown interop operation ${op}`);
    }
  }

  bind(name, moduleName, returnsTask) {
    let found;
    if (moduleName !== null && moduleName !== undefined) {
      const mod = this.moduleImports.get(moduleName);
      if (!mod) throw new Error(`[JSImport("${name}", "${moduleName}")]: JS module '${moduleName}' is not known (give it with rt.setModuleImports('${moduleName}', {...}) or load it with JSHost.ImportAsync first)`);
      found = walk(mod, name, `[JSImport("${name}", "${moduleName}")]: JS module '${moduleName}'`);
    } else if (this.interop.functions.has(name)) {
      found = { fn: this.interop.functions.get(name), self: undefined };
    } else {
      if (!this.interop.allowGlobals) {
        throw new Error(`[JSImport("${name}")] names a global JS function, which needs createRuntime({ allowGlobals: true }) (or name a module: rt.setModuleImports)`);
      }
      found = walk(globalThis, name.startsWith('globalThis.') ? name.slice('globalThis.'.length) : name, `[JSImport("${name}")]: globalThis`);
    }
    this.bindings.push({ ...found, returnsTask: !!returnsTask });
    return this.bindings.length - 1;
  }

  importModule(name, url) {
    if (!this.interop.allowGlobals) {
      throw new Error(`JSHost.ImportAsync("${name}", "${url}") loads JS code, which needs createRuntime({ allowGlobals: true })`);
    }
    const href = this.rt._moduleUrl(url);
    return import(/* @vite-ignore */ href).then((ns) => {
      this.moduleImports.set(name, ns);
      return ns;
    }, (e) => {
      throw new Error(`JSHost.ImportAsync("${name}", "${url}"): cannot import ${href}: ${e?.message ?? e}`);
    });
  }

  // A .NET task handed to JS as a promise ended (or ended before JS saw the promise).
  settle(id, settled) {
    const e = this.promises.get(id);
    if (!e) { this.promises.set(id, { settled }); return; }
    this.promises.delete(id);
    this.waiting--;
    e.resolve(settled);
  }

  promise(id) {
    const e = this.promises.get(id);
    if (e?.settled) { this.promises.delete(id); return e.settled; }
    this.waiting++;
    this.rt._kick();   // a pump asleep on a timer that lets the process exit re-arms it (core.mjs _sleep)
    return new Promise((resolve) => this.promises.set(id, { resolve }));
  }

  /** The corlib's tags inside a decoded value (Interop.decodeAt calls this for tags it does not know). */
  decodeExtra(tag, s, end, depth) {
    const f64 = () => { const d = s.dv.getFloat64(s.p, true); s.p += 8; return d; };
    switch (tag) {
      case IT_DATE: return new Date(f64());
      case IT_FUNCTION: {
        const id = f64();
        const fn = (...args) => this.callManaged(id, args);
        this.released.register(fn, id);
        return fn;
      }
      case IT_PROMISE: return this.promise(f64());
      case IT_ERROR: {
        const [type, message, full, id] = this.interop.decodeAt(s, end, depth + 1);
        const error = new this.ManagedError(type, message, full);
        Object.defineProperty(error, DOTNET_ERROR, { value: id });
        return error;
      }
      case IT_RESOLVED: return Promise.resolve(this.interop.decodeAt(s, end, depth + 1));
      case IT_REJECTED: {
        const p = Promise.reject(this.interop.decodeAt(s, end, depth + 1));
        p.catch(() => {});   // rejections nobody awaits stay quiet, as for a .NET task nobody awaits
        return p;
      }
      default: return undefined;
    }
  }

  // ---- JS -> .NET ----

  /**
   * Calls .NET function `id` (a [JSExport] method, a delegate, a promise
   * continuation). Returns its result when the call finishes without waiting,
   * else a Promise of it.
   */
  callManaged(id, args) {
    const bytes = this.interop.encodeBytes(args);
    const unpack = (u8) => {
      const [threw, value] = this.interop.decodeBytes(u8);
      if (threw) throw value;
      return value;
    };
    const r = this.interop.invokeNow(this.rt._assemblyId(this.entryAssembly()), ENTRY_TYPE, 'InvokeEntry', [id, bytes]);
    return r.done ? unpack(r.value) : r.promise.then(unpack);
  }

  /** The [JSExport] methods of an assembly as a tree by namespace and class. */
  async exportsOf(assemblyName) {
    this.rt._assemblyId(assemblyName);   // loaded?
    const list = await this.rt.invoke(this.entryAssembly(), ENTRY_TYPE, 'BindExports', [assemblyName]);
    const root = {};
    for (const entry of list) {
      const [id, type, method] = entry.split(':');
      let node = root;
      for (const part of type.split(/[.+]/)) node = (node[part] ??= {});
      node[method] = (...args) => this.callManaged(Number(id), args);
    }
    return root;
  }
}

function walk(root, path, where) {
  let self, v = root;
  for (const part of path.split('.')) {
    if (v === null || v === undefined) break;
    self = v;
    v = v[part];
  }
  if (typeof v !== 'function') throw new Error(`${where} has no function '${path}' (it is ${v === null ? 'null' : typeof v})`);
  return { fn: v, self };
}
