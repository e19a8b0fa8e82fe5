// interop.mjs — JS <-> .NET interop for a Runtime (core.mjs): the value
// encoding shared with runtime/interop/interop.h, the JS-object handle
// table, registered functions, invocations of .NET methods, and the
// `env.cilantro_js_op` import through which .NET calls JS.

import { CapabilityError, CapabilityGuard } from './capability.mjs';
import { CilantroError, ManagedError } from './errors.mjs';
import { DotnetInterop, dotnetErrorId, IT_DATE, IT_ERROR_REF } from './dotnet-interop.mjs';

// Tags of encoded values (runtime/interop/interop.h).
const IT_NULL = 0, IT_UNDEFINED = 1, IT_BOOL = 2, IT_NUMBER = 3, IT_I64 = 4, IT_U64 = 5,
  IT_STRING = 6, IT_ARRAY = 7, IT_BYTES = 8, IT_OBJECT = 9;
// Operations .NET asks of JS (JS.cs, interop.h).
const OP_CALL = 1, OP_GET = 2, OP_SET = 3, OP_INVOKE = 4, OP_GLOBAL = 5, OP_RELEASE = 6,
  OP_CREATE_CALLBACK = 7, OP_CALL_ASYNC = 8, OP_DONE = 20;
// Statuses.
const ST_OK = 0, ST_THREW = 1, ST_MARSHAL = 2;
// The aux of an operation from the corlib's System.Runtime.InteropServices.JavaScript
// (runtime/icalls/icall_interop.c): its values may carry the tags of dotnet-interop.mjs.
const AUX_DOTNET = 1;

const INT64_MIN = -(2n ** 63n), INT64_MAX = 2n ** 63n - 1n, UINT64_MAX = 2n ** 64n - 1n;
const MAX_DEPTH = 64;
const MAX_ACTIVE = 64;   // invocations running at once; more wait in a queue (each has a green thread)

export { ManagedError };   // (errors.mjs; exported here as before)

/** Writes encoded values into a growable buffer. */
class Writer {
  constructor() {
    this.grow(1024);
    this.len = 0;
    this.handles = [];   // handles acquired while encoding (released if the call never starts)
  }
  grow(size) {
    const buf = new ArrayBuffer(size);
    if (this.u8) new Uint8Array(buf).set(this.u8.subarray(0, this.len));
    this.u8 = new Uint8Array(buf);
    this.dv = new DataView(buf);
  }
  reset() { this.len = 0; this.handles.length = 0; }
  f64(d) {
    this.ensure(8);
    this.dv.setFloat64(this.len, d, true);
    this.len += 8;
  }
  ensure(n) {
    if (this.len + n > this.u8.length) {
      let size = this.u8.length * 2;
      while (size < this.len + n) size *= 2;
      this.grow(size);
    }
  }
  header(tag, aux) {
    this.ensure(8);
    this.dv.setUint32(this.len, tag, true);
    this.dv.setUint32(this.len + 4, aux >>> 0, true);
    this.len += 8;
  }
  number(d) {
    this.header(IT_NUMBER, 0);
    this.ensure(8);
    this.dv.setFloat64(this.len, d, true);
    this.len += 8;
  }
  bigint(b) {
    if (b >= INT64_MIN && b <= INT64_MAX) {
      this.header(IT_I64, 0);
      this.ensure(8);
      this.dv.setBigInt64(this.len, b, true);
    } else if (b >= 0n && b <= UINT64_MAX) {
      this.header(IT_U64, 0);
      this.ensure(8);
      this.dv.setBigUint64(this.len, b, true);
    } else {
      throw new RangeError(`BigInt ${b} does not fit a .NET long or ulong`);
    }
    this.len += 8;
  }
  string(s) {
    const n = s.length;
    this.header(IT_STRING, n);
    const padded = (n * 2 + 7) & ~7;
    this.ensure(padded);
    for (let i = 0; i < n; i++) this.dv.setUint16(this.len + i * 2, s.charCodeAt(i), true);
    this.len += padded;
  }
  bytes(b) {
    this.header(IT_BYTES, b.length);
    const padded = (b.length + 7) & ~7;
    this.ensure(padded);
    this.u8.set(b, this.len);
    this.u8.fill(0, this.len + b.length, this.len + padded);
    this.len += padded;
  }
}

function jsTypeName(v) {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/**
 * The handle table: JS objects held by .NET (JSObject), reference-counted.
 * It is the one way between .NET and JS objects, and asks the capability
 * guard at both of its doors: `acquire` (a JS object becomes a handle) and
 * `target` (.NET uses a handle).
 */
class HandleTable {
  constructor(guard) {
    this.guard = guard;
    this.entries = new Map();   // id -> { obj, refs }
    this.ids = new Map();       // obj -> id
    this.next = 1;
  }
  acquire(obj) {
    let id = this.ids.get(obj);
    if (id === undefined) {
      this.guard.admit(obj);
      id = this.next++;
      if (this.next > 0x7fffffff) this.next = 1;
      this.entries.set(id, { obj, refs: 1 });
      this.ids.set(obj, id);
    } else {
      this.entries.get(id).refs++;
    }
    return id;
  }
  get(id) {
    const e = this.entries.get(id);
    if (!e) throw new CilantroError(`JS object handle ${id} is not live (the JSObject was disposed)`, 'BAD_HANDLE');
    return e.obj;
  }
  /** The object behind a handle that .NET wants to use: op 'get', 'set' or 'call' on `name`. */
  target(id, op, name) {
    const obj = this.get(id);
    this.guard.check(obj, op, name);
    return obj;
  }
  release(id) {
    const e = this.entries.get(id);
    if (!e) return;
    if (--e.refs <= 0) {
      this.entries.delete(id);
      this.ids.delete(e.obj);
    }
  }
  get size() { return this.entries.size; }
}

export class Interop {
  constructor(rt, options) {
    this.rt = rt;
    this.allowGlobals = !!options.allowGlobals;
    this.functions = new Map();
    this.handles = new HandleTable(new CapabilityGuard(this.allowGlobals));
    this.writer = new Writer();
    this.groups = new Map();         // "asmId\0type\0method" -> group id
    this.invocations = new Map();    // invocation id -> { resolve, reject }
    this.queue = [];                 // invocations waiting for a free slot
    this.ready = false;              // Cilantro.Interop loaded
    this.dotnet = new DotnetInterop(rt, this, ManagedError);
  }

  // ---- encoding JS values ----

  encode(w, v, depth = 0) {
    if (depth > MAX_DEPTH) throw new RangeError(`cannot pass a value nested deeper than ${MAX_DEPTH} levels to .NET`);
    switch (typeof v) {
      case 'undefined': w.header(IT_UNDEFINED, 0); return;
      case 'boolean': w.header(IT_BOOL, v ? 1 : 0); return;
      case 'number': w.number(v); return;
      case 'bigint': w.bigint(v); return;
      case 'string': w.string(v); return;
      case 'symbol': throw new TypeError('a symbol cannot be passed to .NET');
      default: break;
    }
    if (v === null) { w.header(IT_NULL, 0); return; }
    if (v instanceof Uint8Array) { w.bytes(v); return; }
    if (w.dotnet && v instanceof Date) { w.header(IT_DATE, 0); w.f64(v.getTime()); return; }
    if (w.dotnet && dotnetErrorId(v) !== undefined) { w.header(IT_ERROR_REF, 0); w.f64(dotnetErrorId(v)); return; }
    if (Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView))) {
      w.header(IT_ARRAY, v.length);
      for (let i = 0; i < v.length; i++) this.encode(w, v[i], depth + 1);
      return;
    }
    if (!w.dotnet && !this.ready && !(this.ready = !!this.rt._call('cil_interop_ready'))) throw new NeedInterop('Cilantro.Interop is not loaded');
    const id = this.handles.acquire(v);
    w.handles.push(id);
    w.header(IT_OBJECT, id);
  }

  // ---- decoding .NET values ----

  decode(ptr, end) {
    const state = { p: ptr, dv: this.rt._view(), u8: this.rt._mem() };
    const v = this.decodeAt(state, end, 0);
    return v;
  }

  decodeAt(s, end, depth) {
    if (s.p + 8 > end || depth > MAX_DEPTH) throw new CilantroError('malformed value from the runtime', 'RUNTIME_TRAP');
    const tag = s.dv.getUint32(s.p, true), aux = s.dv.getUint32(s.p + 4, true);
    s.p += 8;
    switch (tag) {
      case IT_NULL: return null;
      case IT_UNDEFINED: return undefined;
      case IT_BOOL: return aux !== 0;
      case IT_NUMBER: { const d = s.dv.getFloat64(s.p, true); s.p += 8; return d; }
      case IT_I64: { const b = s.dv.getBigInt64(s.p, true); s.p += 8; return b; }
      case IT_U64: { const b = s.dv.getBigUint64(s.p, true); s.p += 8; return b; }
      case IT_STRING: {
        const str = utf16(s.u8, s.p, aux);
        s.p += (aux * 2 + 7) & ~7;
        return str;
      }
      case IT_BYTES: {
        const b = s.u8.slice(s.p, s.p + aux);
        s.p += (aux + 7) & ~7;
        return b;
      }
      case IT_ARRAY: {
        const a = new Array(aux);
        for (let i = 0; i < aux; i++) a[i] = this.decodeAt(s, end, depth + 1);
        return a;
      }
      case IT_OBJECT: return this.handles.get(aux);
      default: {
        const v = this.dotnet.decodeExtra(tag, s, end, depth);
        if (v !== undefined) return v;
        throw new CilantroError(`malformed value from the runtime (tag ${tag})`, 'RUNTIME_TRAP');
      }
    }
  }

  /** Encodes JS values for the corlib (dotnet-interop.mjs) into a new Uint8Array. */
  encodeBytes(values) {
    const w = (this.bytesWriter ??= Object.assign(new Writer(), { dotnet: true }));
    w.reset();
    this.encode(w, values);
    return w.u8.slice(0, w.len);
  }

  /** Decodes a value the corlib encoded into a byte array. */
  decodeBytes(u8) {
    const s = { p: 0, dv: new DataView(u8.buffer, u8.byteOffset, u8.byteLength), u8 };
    return this.decodeAt(s, u8.length, 0);
  }

  /** Copies the writer's bytes into the runtime's scratch buffer. */
  toScratch(w) {
    const p = this.rt._call('cil_interop_scratch', Math.max(8, w.len));
    if (!p) throw new CilantroError('out of memory in the wasm heap', 'OUT_OF_MEMORY');
    this.rt._mem().set(w.u8.subarray(0, w.len), p);
    return p;
  }

  /** Loads Cilantro.Interop.dll (needed to hand JS objects to .NET) if it is not loaded yet. */
  async ensureReady() {
    if (this.ready) return;
    if (this.rt._call('cil_interop_ready')) { this.ready = true; return; }
    await this.rt._loadInteropAssembly();
    if (!this.rt._call('cil_interop_ready')) throw new CilantroError('Cilantro.Interop.dll is not usable', 'BAD_IMAGE');
    this.ready = true;
  }

  // ---- JS -> .NET ----

  findGroup(asmId, type, method) {
    const key = `${asmId}\0${type}\0${method}`;
    let g = this.groups.get(key);
    if (g !== undefined) return g;
    const rt = this.rt;
    const pt = rt._allocString(type), pm = rt._allocString(method);
    try {
      g = rt._call('cil_interop_find', asmId, pt, pm);
    } finally {
      if (!rt._broken) { rt._x.free(pt); rt._x.free(pm); }
    }
    if (!g) throw new CilantroError(rt._cstring(rt._call('cil_interop_error')), 'MISSING_METHOD');
    this.groups.set(key, g);
    return g;
  }

  invoke(asmId, type, method, args) {
    let group;
    try {
      if (!Array.isArray(args)) throw new TypeError('invoke: args must be an array');
      this.checkRunning(`${type}.${method}`);
      group = this.findGroup(asmId, type, method);
    } catch (e) {
      return Promise.reject(e);
    }
    return new Promise((resolve, reject) => {
      const job = { group, args, resolve, reject, label: `${type}.${method}` };
      if (this.rt._inRun || this.invocations.size >= MAX_ACTIVE || this.queue.length) this.queue.push(job);
      else this.start(job);
      this.rt._kick();
    });
  }

  /**
   * Calls a method and, when nothing else is running, drives the runtime
   * until it finishes: { done: true, value } if it did without waiting (a
   * .NET exception is thrown), else { promise } of its result.
   */
  invokeNow(asmId, type, method, args) {
    const label = `${type}.${method}`;
    this.checkRunning(label);
    const group = this.findGroup(asmId, type, method);
    const rt = this.rt;
    if (rt._inRun || rt._deferred.length || this.queue.length || this.invocations.size >= MAX_ACTIVE) {
      return { promise: new Promise((resolve, reject) => { this.queue.push({ group, args, resolve, reject, label }); rt._kick(); }) };
    }
    let out = null;
    const job = { group, args, label, resolve: (v) => { out = { ok: true, v }; }, reject: (e) => { out = { ok: false, e }; } };
    this.start(job);
    if (out === null) rt._runUntil(() => out !== null);
    if (out !== null) {
      if (out.ok) return { done: true, value: out.v };
      throw out.e;
    }
    return { promise: new Promise((resolve, reject) => { job.resolve = resolve; job.reject = reject; }) };
  }

  /** Throws a PROGRAM_ENDED error once the program has ended for good (see cil_program_ended). */
  checkRunning(label) {
    const ended = this.rt._programEnded();
    if (ended !== null) throw new CilantroError(`${label}: ${ended}`, 'PROGRAM_ENDED');
  }

  /** Starts queued invocations while there is room (never while cil_run runs). */
  drain() {
    while (this.queue.length && this.invocations.size < MAX_ACTIVE && !this.rt._inRun) this.start(this.queue.shift());
  }

  start(job) {
    const w = this.writer;
    w.reset();
    try {
      for (const a of job.args) this.encode(w, a);
    } catch (e) {
      for (const h of w.handles) this.handles.release(h);
      if (e instanceof NeedInterop) {
        this.ensureReady().then(() => { this.queue.unshift(job); this.rt._kick(); }, job.reject);
        return;
      }
      job.reject(e instanceof CilantroError ? e : new CilantroError(`${job.label}: ${e.message}`, 'BAD_ARGUMENT'));
      return;
    }
    let id;
    try {
      this.toScratch(w);
      id = this.rt._call('cil_interop_invoke', job.group, job.args.length, w.len);
    } catch (e) {
      job.reject(e);
      return;
    }
    if (!id) {
      for (const h of w.handles) this.handles.release(h);
      const msg = this.rt._cstring(this.rt._call('cil_interop_error'));
      job.reject(new CilantroError(msg, this.rt._programEnded() !== null ? 'PROGRAM_ENDED' : 'BAD_ARGUMENT'));
      return;
    }
    this.invocations.set(id, job);
  }

  /** An invocation finished (reported from inside cil_run through the import). */
  done(id, status, ptr, len) {
    const job = this.invocations.get(id);
    if (!job) return;
    this.invocations.delete(id);
    let value;
    try {
      value = this.decode(ptr, ptr + len);
    } catch (e) {
      job.reject(e);
      return;
    }
    if (status === ST_OK) job.resolve(value);
    else if (status === ST_THREW) job.reject(new ManagedError(value[0], value[1], value[2]));
    else job.reject(new CilantroError(`${job.label}: the result: ${value}`, 'BAD_RESULT'));
  }

  /** Fails every pending invocation (deadlock, trap, dispose). */
  failAll(error) {
    const jobs = [...this.invocations.values(), ...this.queue];
    this.invocations.clear();
    this.queue.length = 0;
    for (const j of jobs) j.reject(error);
  }

  // .NET tasks JS awaits (dotnet-interop.mjs) keep the process alive as invocations do.
  get pending() { return this.invocations.size + this.queue.length + this.dotnet.waiting; }

  canStart() { return this.queue.length > 0 && this.invocations.size < MAX_ACTIVE; }

  // ---- registered functions ----

  register(name, fn) {
    if (typeof name !== 'string' || name.length === 0) throw new TypeError('registerFunction: the name must be a non-empty string');
    if (typeof fn !== 'function') throw new TypeError(`registerFunction('${name}'): not a function`);
    this.functions.set(name, fn);
  }

  lookup(name) {
    const fn = this.functions.get(name);
    if (fn) return { fn, self: undefined };
    if (this.allowGlobals && name) {
      let self = globalThis, v = globalThis;
      for (const part of name.split('.')) {
        if (v === null || v === undefined) break;
        self = v;
        v = v[part];
      }
      if (typeof v === 'function') return { fn: v, self };
    }
    const hint = this.allowGlobals ? 'neither registered nor a global function' : 'not registered (rt.registerFunction)';
    throw new JsCallError(`JS function '${name}' is ${hint}`);
  }

  // ---- .NET -> JS: the import ----

  op(op, handle, aux, namePtr, nameLen, argsPtr, argsLen) {
    if (op === OP_DONE) {
      this.done(handle, aux, argsPtr, argsLen);
      return 0;
    }
    if (op === OP_RELEASE) {
      this.handles.release(handle);
      return 0;
    }
    let status = ST_OK, value;
    const dotnet = aux === AUX_DOTNET;
    try {
      const name = nameLen < 0 ? null : utf16(this.rt._mem(), namePtr, nameLen);
      const args = argsLen > 0 ? this.decode(argsPtr, argsPtr + argsLen) : [];
      if (dotnet && op === OP_GLOBAL && !this.allowGlobals) throw new JsCallError('JSHost.GlobalThis needs createRuntime({ allowGlobals: true })');
      value = dotnet && op >= 30 ? this.dotnet.perform(op, handle, name, args) : this.perform(op, handle, name, args);
    } catch (e) {
      status = ST_THREW;
      // the corlib gets what was thrown (an Error stays the same object in .NET's JSException)
      value = dotnet ? e : e instanceof Error ? e.message : String(e);
    }
    return this.answer(status, value, op, dotnet);
  }

  perform(op, handle, name, args) {
    switch (op) {
      case OP_CALL: {
        const { fn, self } = this.lookup(name);
        return fn.apply(self, args);
      }
      case OP_GET: return this.handles.target(handle, 'get', name)[name];
      case OP_SET: this.handles.target(handle, 'set', name)[name] = args[0]; return undefined;
      case OP_INVOKE: {
        const obj = this.handles.target(handle, 'call', name);
        const fn = obj[name];
        if (typeof fn !== 'function') throw new JsCallError(`${name} is not a function (it is ${jsTypeName(fn)})`);
        return fn.apply(obj, args);
      }
      case OP_GLOBAL:
        if (!this.allowGlobals) throw new JsCallError('JS.Global needs createRuntime({ allowGlobals: true })');
        return globalThis;
      case OP_CREATE_CALLBACK: {
        const rt = this.rt;
        const id = handle;
        return function cilantroCallback(...a) { rt._interop.callback(id, a); };
      }
      case OP_CALL_ASYNC: {
        const { fn, self } = this.lookup(name);
        const result = fn.apply(self, args);
        const rt = this.rt;
        rt._beginHostWork();
        Promise.resolve(result).then(
          (v) => this.settle(handle, ST_OK, v),
          (e) => this.settle(handle, ST_THREW, e instanceof Error ? e.message : String(e)),
        ).finally(() => rt._endHostWork());
        return undefined;
      }
      default:
        throw new JsCallError(`unknown interop operation ${op}`);
    }
  }

  /** Writes [status, length, value] into the scratch buffer and returns its address. */
  answer(status, value, op, dotnet = false) {
    const w = new Writer();
    w.dotnet = dotnet;
    w.header(0, 0);
    try {
      if (op === OP_CALL_ASYNC && status === ST_OK) w.header(IT_UNDEFINED, 0);
      else this.encodeAnswer(w, status, value);
    } catch (e) {
      for (const h of w.handles) this.handles.release(h);
      w.reset();
      w.header(0, 0);
      status = ST_MARSHAL;
      w.string(e.message);
    }
    w.dv.setUint32(0, status, true);
    w.dv.setUint32(4, w.len - 8, true);
    return this.toScratch(w);
  }

  encodeAnswer(w, status, value) {
    if (status === ST_OK || (w.dotnet && status === ST_THREW)) this.encode(w, value);
    else w.string(String(value));
  }

  /** A function from JS.CreateCallback was called: run the managed handler on a green thread. */
  callback(id, args) {
    const run = () => {
      const w = new Writer();
      const first = args[0];
      let handle = 0;
      if (first !== null && (typeof first === 'object' || typeof first === 'function') && !(first instanceof Uint8Array) && !Array.isArray(first)) {
        // An object the capability rule keeps from .NET arrives as null.
        try { handle = this.handles.acquire(first); } catch (e) { if (!(e instanceof CapabilityError)) throw e; }
      }
      if (handle) {
        w.header(IT_OBJECT, handle);
      } else {
        w.header(IT_NULL, 0);
      }
      this.toScratch(w);
      if (!this.rt._call('cil_interop_callback', id, w.len)) {
        throw new CilantroError(this.rt._cstring(this.rt._call('cil_interop_error')), 'CALLBACK_FAILED');
      }
    };
    this.rt._whenIdle(run);
  }

  /** A promise handed to JS.InvokeAsync settled. */
  settle(id, status, value) {
    this.rt._whenIdle(() => {
      const w = new Writer();
      try {
        if (status === ST_OK) this.encode(w, value);
        else w.string(value);
      } catch (e) {
        w.reset();
        status = ST_MARSHAL;
        w.string(e instanceof NeedInterop ? 'Cilantro.Interop is not loaded' : e.message);
      }
      this.toScratch(w);
      this.rt._call('cil_interop_settle', id, status, w.len);
    });
  }

  /** [Cilantro.Testing.Test] methods: [{ type, method, problem }]. */
  listTests(asmId) {
    const ptr = this.rt._call('cil_interop_list_tests', asmId);
    if (!ptr) throw new CilantroError(this.rt._cstring(this.rt._call('cil_interop_error')), 'BAD_IMAGE');
    const len = this.rt._call('cil_interop_result_length');
    return this.decode(ptr, ptr + len).map(([type, method, problem]) => ({ type, method, problem }));
  }

  /** [JSExport] methods: [{ type, method, params: [{ name, ts }], returns, problem }]. */
  listExports(asmId) {
    const ptr = this.rt._call('cil_interop_list_exports', asmId);
    if (!ptr) throw new CilantroError(this.rt._cstring(this.rt._call('cil_interop_error')), 'BAD_IMAGE');
    const len = this.rt._call('cil_interop_exports_length');
    return this.decode(ptr, ptr + len).map(([type, method, params, returns, problem]) => ({
      type, method, params: params.map(([name, ts]) => ({ name, ts })), returns, problem,
    }));
  }

  /** xunit [Fact]/[Theory] methods (runtime/interop/interop_xunit.c). */
  listXunit(asmId) {
    const ptr = this.rt._call('cil_interop_list_xunit', asmId);
    if (!ptr) throw new CilantroError(this.rt._cstring(this.rt._call('cil_interop_error')), 'BAD_IMAGE');
    const len = this.rt._call('cil_interop_xunit_length');
    return this.decode(ptr, ptr + len).map(([type, method, kind, skip, displayName, timeout, rows, members, fixtures, problem]) => ({
      type, method, kind, skip, displayName, timeout, rows, members, fixtures, problem,
    }));
  }

  runTest(asmId, type, method) {
    return new Promise((resolve, reject) => {
      const go = () => {
        const rt = this.rt;
        const pt = rt._allocString(type), pm = rt._allocString(method);
        let id;
        try {
          id = rt._call('cil_interop_run_test', asmId, pt, pm);
        } finally {
          if (!rt._broken) { rt._x.free(pt); rt._x.free(pm); }
        }
        if (!id) { reject(new CilantroError(rt._cstring(rt._call('cil_interop_error')), 'BAD_TEST')); return; }
        this.invocations.set(id, { resolve, reject, label: `${type}.${method}` });
      };
      this.rt._whenIdle(go);
    });
  }
}

class NeedInterop extends Error {}
class JsCallError extends Error {}

const utf16Decoder = new TextDecoder('utf-16le');
function utf16(u8, ptr, n) {
  if (n < 32) {
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(u8[ptr + 2 * i] | (u8[ptr + 2 * i + 1] << 8));
    return s;
  }
  return utf16Decoder.decode(u8.subarray(ptr, ptr + 2 * n));
}
