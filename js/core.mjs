// core.mjs — the runtime object, shared by the Node and browser entries.
//
// Nothing here touches the file system or imports node: modules. What
// differs between Node and browsers (reading bytes, finding referenced
// assemblies, default output, yielding to the event loop) comes in as a
// `platform` object from node.mjs or index.mjs.
//
// The wasm module is built with -sSTANDALONE_WASM (tools/build-wasm.sh): no
// emcc JS glue. We instantiate it ourselves and provide its imports: our own
// `env.cilantro_js_write` (console output), the handful of WASI calls libc
// may make, and emcc's memory-growth notification.
//
// JS interop (interop.mjs, with dotnet-interop.mjs and capability.mjs) and
// System.Net.Http's transport (http.mjs) are loaded when first needed: Node
// hands them over with the platform (platform.modules, loaded with node.mjs);
// a page imports them (`import()`, a chunk of its own in a bundle) once a
// program's assemblies show it needs them, before its Main runs (_needModules),
// or when an asynchronous API needs them (rt.invoke, rt.getAssemblyExports...).
// Their wasm imports are called synchronously while the program runs, so the
// module must be there by then (_lazyModule).

import { CilantroError, ManagedError } from './errors.mjs';
import { HostFs, MemoryFs } from './hostfs.mjs';
import { VERSION } from './version.mjs';

/**
 * A monotonic clock in milliseconds. In Node it is process.hrtime: the
 * `performance` global there loads perf_hooks and a handful of modules on its
 * first use (~5 ms of a hello world's start-up).
 */
export const monotonicMs = typeof process === 'object' && typeof process?.hrtime === 'function'
  ? () => { const [s, ns] = process.hrtime(); return s * 1e3 + ns / 1e6; }
  : () => (globalThis.performance ? performance.now() : Date.now());

export { CilantroError, ManagedError, VERSION };

// The assemblies whose presence means a program needs interop.mjs / http.mjs (_needModules).
const INTEROP_PART = 'mscorlib.System.Runtime.InteropServices.JavaScript', HTTP_PART = 'mscorlib.System.Net.Http';

// host.h constants
const RUN_DONE = 0;
const RUN_YIELD = 1;
const RUN_WAITING = 2;
const FLAG_GC_STATS = 1;
const FLAG_TRACE = 2;

// WASI errno values used below
const WASI_ESUCCESS = 0;
const WASI_EBADF = 8;
const WASI_ESPIPE = 70;

/** Thrown inside a wasm call when libc calls proc_exit (abort, failed assert). */
class ProcExit extends Error {
  constructor(code) {
    super(`the runtime stopped itself (exit code ${code})`);
    this.exitCode = code;
  }
}

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8');

// ---- output sinks ----
// The runtime writes UTF-8 bytes in chunks that may split a character; each
// sink decodes with a streaming TextDecoder so such splits come out right.

/** Sends decoded text chunks to a callback `(text) => void`. */
export class TextSink {
  constructor(callback) {
    this.callback = callback;
    this.decoder = new TextDecoder('utf-8');
  }
  write(bytes) {
    const text = this.decoder.decode(bytes, { stream: true });
    if (text.length > 0) this.callback(text);
  }
  end() {
    const text = this.decoder.decode();
    if (text.length > 0) this.callback(text);
  }
}

/** Sends whole lines to a callback `(line) => void` (console.log style). */
export class LineSink {
  constructor(callback) {
    this.callback = callback;
    this.decoder = new TextDecoder('utf-8');
    this.pending = '';
  }
  write(bytes) {
    let text = this.pending + this.decoder.decode(bytes, { stream: true });
    let nl;
    while ((nl = text.indexOf('\n')) >= 0) {
      this.callback(text.slice(0, nl));
      text = text.slice(nl + 1);
    }
    this.pending = text;
  }
  end() {
    const text = this.pending + this.decoder.decode();
    this.pending = '';
    if (text.length > 0) this.callback(text);
  }
}

function makeSink(option, makeDefault) {
  if (option === undefined) return makeDefault();
  if (option === null) return { write() {}, end() {} };
  if (typeof option === 'function') return new TextSink(option);
  if (typeof option.write === 'function') return option;  // already a sink
  throw new TypeError('stdout/stderr must be a function (text) => void');
}

/** Turns a source given to loadAssembly/corlib/wasm options into bytes. */
export function asBytes(value) {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  return null;
}

/** Normalises heapLimit: a byte count, or a string like "256m", "1g", "65536". */
/** fetch() whose failures (network or HTTP status) are CilantroErrors naming the URL. */
export async function fetchOk(url) {
  let res;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new CilantroError(`cannot fetch ${url}: ${e.message}`, 'FETCH_FAILED');
  }
  if (!res.ok) throw new CilantroError(`cannot fetch ${url}: HTTP ${res.status}`, 'FETCH_FAILED');
  return res;
}

export function parseByteSize(value) {
  if (value === undefined || value === null) return 0;
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`heap limit must be a whole number of bytes, got ${value}`);
    if (value > 0xffffffff) throw new RangeError('heap limit must be below 4 GiB (wasm32)');
    return value;
  }
  const m = /^\s*(\d+)\s*([kmg]?)i?b?\s*$/i.exec(String(value));
  if (!m) throw new RangeError(`bad heap limit '${value}' (expected bytes, or a number with k, m or g)`);
  const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase()];
  return parseByteSize(Number(m[1]) * scale);
}

/** options.tier: false or 'off' (interpreter only), true or 'on' (hot methods, the default), 'always'. */
export function tierMode(value) {
  if (value === undefined || value === true || value === 'on') return 1;
  if (value === false || value === 'off') return 0;
  if (value === 'always') return 2;
  throw new RangeError(`bad tier option '${value}' (expected true, false, 'on', 'off' or 'always')`);
}

/** options.wasmSplit: which split of the package's runtime module to load, 'typical' (the default) or 'small' (trimmed apps). */
export function wasmSplit(value) {
  if (value === undefined || value === 'typical') return 'typical';
  if (value === 'small') return 'small';
  throw new RangeError(`bad wasmSplit option '${value}' (expected 'typical' or 'small')`);
}

/** JS has no overloads: two [JSExport] methods of one name in one class cannot both be exported. */
function markOverloads(list) {
  const seen = new Map();
  for (const e of list) {
    const key = `${e.type}.${e.method}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  for (const e of list) {
    if (!e.problem && seen.get(`${e.type}.${e.method}`) > 1) e.problem = 'it is overloaded, and JS cannot tell overloads apart';
    if (!e.problem && e.type.includes('`')) e.problem = 'its class is generic';
  }
  return list;
}

/**
 * Creates a runtime on the given platform. Used by createRuntime() in
 * node.mjs and index.mjs; not part of the public API.
 */
export async function createRuntimeOn(platform, options = {}) {
  const mark = platform.mark ?? (() => {});
  mark('cilantro:create');
  const module = await platform.wasmModule(options);
  mark('cilantro:module-compiled');
  const rt = new Runtime(platform, options);
  await rt._instantiate(module);
  rt._init();
  mark('cilantro:instantiated');
  const corlib = await platform.readCorlib(options);
  if (corlib.stream) {
    // the browser: the chunks that have arrived go into the heap now, the rest as they come
    const { data, length } = await rt._receive(corlib.stream, corlib.sizeHint ?? 0);
    mark('cilantro:corlib-fetched');
    rt._adopt(data, length, corlib.fileName);
  } else {
    mark('cilantro:corlib-fetched');
    rt._loadBytes(corlib.bytes, corlib.fileName, corlib.readInto ? corlib : null);
  }
  mark('cilantro:corlib-loaded');
  return rt;
}

class Runtime {
  constructor(platform, options) {
    this._platform = platform;
    this._options = options;
    this._heapLimit = parseByteSize(options.heapLimit);
    this._gcStress = options.gcStress ? Number(options.gcStress) : 0;
    this._flags = (options.gcStats ? FLAG_GC_STATS : 0) | (options.trace ? FLAG_TRACE : 0);
    this._tier = tierMode(options.tier);
    this._sliceUs = Math.max(1, Math.round((options.sliceMs ?? platform.defaultSliceMs) * 1000));
    this._stdin = options.stdin ?? platform.defaultStdin ?? null;
    this._sinks = {
      1: makeSink(options.stdout, platform.defaultStdout),
      2: makeSink(options.stderr, platform.defaultStderr),
    };
    this._assemblies = new Map();   // assembly name -> id
    this._fileNames = new Map();    // assembly name -> file name it was loaded from (argv[0])
    this._places = [];              // where loaded assemblies came from: dirs / base URLs
    this._running = false;
    this._disposed = false;
    this._broken = null;            // set when a wasm call trapped: the instance is unusable
    this._wakeResolve = null;       // resolves the promise the pump waits on in CIL_RUN_WAITING
    this._hostPending = 0;          // JS-side work that will wake the runtime (interop awaits)
    this._interop = null;           // JS interop (js/interop.mjs): _loadInteropModule
    this._http = null;              // System.Net.Http over fetch (js/http.mjs): _loadHttpModule
    this._interopCalls = [];        // sync calls (registerFunction...) made before interop.mjs was in
    this._moduleLoads = {};         // name -> promise of its import
    const modules = platform.modules;
    if (modules?.interop) this._interop = new modules.interop.Interop(this, options);
    if (modules?.http) this._http = new modules.http.HttpBridge(this);
    // System.IO: options.fs (a backend, see hostfs.mjs), else the platform's, else in memory
    this._fs = new HostFs(this, options.fs ?? platform.defaultFs?.() ?? new MemoryFs());
    this._main = null;              // { resolve, reject } while Main runs
    this._pumping = false;          // the run loop (_pump) is active
    this._inRun = false;            // inside cil_run: new managed work must wait (_whenIdle)
    this._deferred = [];            // work queued by _whenIdle
    this._wrote = false;            // the first output was written (performance mark)
    this._lazyLoaded = false;       // the module's lazy part is instantiated (_loadLazyPart)
    this._hasLazyPart = false;      // the module has placeholders for one
    this._lazyPending = null;       // its asynchronous load (_compilerReady)
    this._lazyFailed = false;       // that load failed
  }

  // ---- wasm plumbing ----

  async _instantiate(module) {
    const imports = {};
    const provided = this._imports();
    // Every import gets a function: ones we do not implement fail with a
    // clear message when called instead of failing instantiation.
    for (const imp of WebAssembly.Module.imports(module)) {
      if (imp.kind !== 'function') continue;
      const table = (imports[imp.module] ??= {});
      if (imp.module === 'placeholder') {
        table[imp.name] = this._placeholder(Number(imp.name));
        this._hasLazyPart = true;
        continue;
      }
      table[imp.name] = provided[imp.module]?.[imp.name] ?? (() => {
        throw new CilantroError(`the runtime called ${imp.module}.${imp.name}, which this host does not provide`, 'UNSUPPORTED_IMPORT');
      });
    }
    const instance = await WebAssembly.instantiate(module, imports);
    this._x = instance.exports;
    this._memory = instance.exports.memory;
    this._refreshViews();
    // Reactor-style module: _initialize runs libc's and our constructors.
    if (this._x._initialize) this._x._initialize();
  }

  // The module's lazy part (tools/build-wasm.sh, docs/js.md): each function
  // the split moved out of cilantro.wasm is a table slot that holds an
  // imported placeholder until the part is instantiated, whose element
  // segment puts the real functions there. The first placeholder called
  // loads the part (synchronously: the call is in the middle of the
  // runtime's C code) and makes its call again through the table.
  _placeholder(slot) {
    return (...args) => {
      // once the part is in, its functions fill every placeholder's slot
      if (this._lazyLoaded) throw new CilantroError(`internal runtime error: the module's lazy part left table slot ${slot} empty`, 'RUNTIME_TRAP');
      this._loadLazyPart();
      return this._x.__indirect_function_table.get(slot)(...args);
    };
  }

  _loadLazyPart() {
    this._installLazyPart(this._platform.lazyModule(this._options));
  }

  _installLazyPart(module) {
    try {
      new WebAssembly.Instance(module, { primary: this._x });
    } catch (e) {
      throw new CilantroError(`cannot instantiate the runtime module's lazy part: ${e.message}`, 'BAD_MODULE');
    }
    this._lazyLoaded = true;
    this._platform.mark?.('cilantro:lazy-part-loaded');
  }

  // The runtime asks before it compiles its first hot method: the tier's
  // compiler is in the lazy part. 1: it is in. A platform that can load it
  // asynchronously (a page: no synchronous request in the middle of a hot
  // loop) starts that and answers 0 until it is in, the methods staying
  // interpreted meanwhile; -1 if it cannot be had (they stay so for good).
  _compilerReady() {
    if (this._lazyLoaded || !this._hasLazyPart) return 1;
    if (this._lazyFailed) return -1;
    const load = this._platform.lazyModuleAsync;
    if (!load) {
      this._loadLazyPart();
      return 1;
    }
    this._lazyPending ??= load(this._options).then((module) => {
      if (!this._lazyLoaded && !this._disposed && !this._broken) this._installLazyPart(module);
    }).catch((e) => {
      this._lazyFailed = true;
      if (this._options.tierDebug) console.error('cilantro tier: no compiler:', e);
    });
    return 0;
  }

  /** Whether the runtime module's lazy part (cilantro.lazy.wasm) has been loaded: the first call of a function in it loads it. */
  get lazyPartLoaded() {
    return this._lazyLoaded === true;
  }

  _refreshViews() {
    this._buffer = this._memory.buffer;
    this._u8 = new Uint8Array(this._buffer);
    this._dv = new DataView(this._buffer);
  }

  _mem() {
    if (this._memory.buffer !== this._buffer) this._refreshViews();
    return this._u8;
  }

  _readStdin(maxBytes) {
    if (!this._stdin) return null;
    const chunk = this._stdin(maxBytes);
    if (chunk == null) return null;
    return chunk.length > maxBytes ? chunk.subarray(0, maxBytes) : chunk;
  }

  _view() {
    if (this._memory.buffer !== this._buffer) this._refreshViews();
    return this._dv;
  }

  _write(fd, ptr, len) {
    if (!this._wrote) {
      this._wrote = true;
      this._platform.mark?.('cilantro:first-output');
    }
    const sink = this._sinks[fd] ?? this._sinks[2];
    // slice(): the sink may keep the bytes, and memory may grow under it.
    sink.write(this._mem().slice(ptr, ptr + len));
  }

  /** "NAME=value" entries as UTF-8: options.env, else the platform's (Node: process.env). */
  _environment() {
    if (this._envEntries) return this._envEntries;
    const env = this._options.env ?? this._platform.defaultEnv?.() ?? {};
    const encoder = new TextEncoder();
    this._envEntries = [];
    for (const [name, value] of Object.entries(env)) {
      if (value === undefined || value === null || name === '' || name.includes('=')) continue;
      this._envEntries.push(encoder.encode(`${name}=${value}`));
    }
    return this._envEntries;
  }

  _imports() {
    const rt = this;
    return {
      env: {
        cilantro_js_write(fd, ptr, len) { rt._write(fd, ptr, len); },
        // libc's getentropy (RandomNumberGenerator, Guid.NewGuid): at most 256 bytes a call
        getentropy(ptr, len) {
          globalThis.crypto.getRandomValues(rt._mem().subarray(ptr, ptr + len));
          return 0;
        },
        cilantro_js_tier(ptr, len) { return rt._tierInstantiate(ptr, len); },
        cilantro_js_compiler_ready() { return rt._compilerReady(); },
        cilantro_js_load_part(name) { return rt._loadPartNow(rt._cstring(name)); },
        cilantro_js_fs(op, a, b, c, d, e) { return rt._fs.call(op, a, b, c, d, e); },
        cilantro_js_http(op, id, a, alen, b, blen, c, clen, d, dlen) {
          return (rt._http ?? rt._lazyModule('http')).call(op, id, a, alen, b, blen, c, clen, d, dlen);
        },
        cilantro_js_op(op, handle, aux, name, nameLen, args, argsLen) {
          return (rt._interop ?? rt._lazyModule('interop')).op(op, handle, aux, name, nameLen, args, argsLen);
        },
        emscripten_notify_memory_growth() { rt._refreshViews(); },
      },
      wasi_snapshot_preview1: {
        fd_write(fd, iovs, iovcnt, nwrittenPtr) {
          if (fd !== 1 && fd !== 2) return WASI_EBADF;
          let total = 0;
          for (let i = 0; i < iovcnt; i++) {
            const dv = rt._view();
            const ptr = dv.getUint32(iovs + i * 8, true);
            const len = dv.getUint32(iovs + i * 8 + 4, true);
            if (len > 0) {
              // libc's own writes (assert messages, fprintf) bypass the C
              // stdout buffer: flush it first so the order is kept.
              rt._x.cil_flush_output?.();
              rt._write(fd, ptr, len);
            }
            total += len;
          }
          rt._view().setUint32(nwrittenPtr, total, true);
          return WASI_ESUCCESS;
        },
        fd_read(fd, iovs, iovcnt, nreadPtr) {
          if (fd !== 0) return WASI_EBADF;
          // stdin: options.stdin(maxBytes) returns bytes, or null/empty at the end
          let total = 0;
          for (let i = 0; i < iovcnt; i++) {
            const dv = rt._view();
            const ptr = dv.getUint32(iovs + i * 8, true);
            const len = dv.getUint32(iovs + i * 8 + 4, true);
            if (len === 0) continue;   // musl passes an empty first vector for one-byte reads
            const chunk = rt._readStdin(len);
            if (!chunk || chunk.length === 0) break;
            new Uint8Array(rt._memory.buffer, ptr, chunk.length).set(chunk);
            total += chunk.length;
            if (chunk.length < len) break;
          }
          rt._view().setUint32(nreadPtr, total, true);
          return WASI_ESUCCESS;
        },
        fd_close(fd) { return fd <= 2 ? WASI_ESUCCESS : WASI_EBADF; },
        fd_seek(fd) { return fd <= 2 ? WASI_ESPIPE : WASI_EBADF; },
        fd_fdstat_get(fd, statPtr) {
          if (fd > 2) return WASI_EBADF;
          const dv = rt._view();
          for (let i = 0; i < 24; i++) dv.setUint8(statPtr + i, 0);
          dv.setUint8(statPtr, 2);  // character device
          return WASI_ESUCCESS;
        },
        clock_time_get(id, precision, timePtr) {
          // 0 = realtime; 1..3 = monotonic / CPU time, all measured by monotonicMs().
          const ns = id === 0 ? BigInt(Date.now()) * 1000000n : BigInt(Math.round(monotonicMs() * 1e6));
          rt._view().setBigUint64(timePtr, ns, true);
          return WASI_ESUCCESS;
        },
        clock_res_get(id, resPtr) {
          rt._view().setBigUint64(resPtr, 1000n, true);
          return WASI_ESUCCESS;
        },
        random_get(ptr, len) {
          const mem = rt._mem();
          for (let off = 0; off < len; off += 65536) {
            globalThis.crypto.getRandomValues(mem.subarray(ptr + off, ptr + Math.min(len, off + 65536)));
          }
          return WASI_ESUCCESS;
        },
        // The process's environment for getenv and Environment.GetEnvironmentVariable(s).
        environ_sizes_get(countPtr, sizePtr) {
          const entries = rt._environment();
          const dv = rt._view();
          dv.setUint32(countPtr, entries.length, true);
          dv.setUint32(sizePtr, entries.reduce((n, e) => n + e.length + 1, 0), true);
          return WASI_ESUCCESS;
        },
        environ_get(environPtr, bufPtr) {
          const entries = rt._environment();
          let at = bufPtr;
          for (let i = 0; i < entries.length; i++) {
            rt._view().setUint32(environPtr + i * 4, at, true);
            rt._mem().set(entries[i], at);
            rt._mem()[at + entries[i].length] = 0;
            at += entries[i].length + 1;
          }
          return WASI_ESUCCESS;
        },
        args_sizes_get(countPtr, sizePtr) {
          const dv = rt._view();
          dv.setUint32(countPtr, 0, true);
          dv.setUint32(sizePtr, 0, true);
          return WASI_ESUCCESS;
        },
        args_get() { return WASI_ESUCCESS; },
        proc_exit(code) { throw new ProcExit(code); },
        sched_yield() { return WASI_ESUCCESS; },
      },
    };
  }

  /** Calls an export; a trap or abort makes the runtime unusable for good. */
  _call(name, ...args) {
    if (this._broken) throw this._broken;
    if (this._disposed) throw new CilantroError('this runtime was disposed', 'DISPOSED');
    try {
      return this._x[name](...args);
    } catch (e) {
      // Output the program wrote before the failure is still in the C buffer.
      try {
        if (name !== 'cil_flush_output') this._x.cil_flush_output();
      } catch {
        // The instance may be too broken even for that.
      }
      if (e instanceof CilantroError) {
        this._broken = e;
      } else if (e instanceof ProcExit) {
        this._broken = new CilantroError(`internal runtime error: ${e.message}`, 'RUNTIME_ABORT');
      } else if (e instanceof WebAssembly.RuntimeError) {
        this._broken = new CilantroError(`internal runtime error: wasm trap (${e.message}) in ${name}`, 'RUNTIME_TRAP');
      } else if (e instanceof RangeError) {
        this._broken = new CilantroError(`internal runtime error: ${e.message} in ${name}`, 'RUNTIME_TRAP');
      } else {
        throw e;
      }
      this._broken.cause = e;
      throw this._broken;
    }
  }

  _cstring(ptr) {
    if (!ptr) return null;
    const mem = this._mem();
    let end = ptr;
    while (mem[end] !== 0) end++;
    return utf8Decoder.decode(mem.subarray(ptr, end));
  }

  /** Copies bytes into a malloc'ed block; the caller frees it. */
  _alloc(bytes, extra = 0) {
    const ptr = this._call('malloc', Math.max(1, bytes.length + extra));
    if (!ptr) throw new CilantroError('out of memory in the wasm heap', 'OUT_OF_MEMORY');
    const mem = this._mem();
    mem.set(bytes, ptr);
    if (extra) mem.fill(0, ptr + bytes.length, ptr + bytes.length + extra);
    return ptr;
  }

  _allocString(text) {
    return this._alloc(utf8Encoder.encode(text), 1);
  }

  _lastError() {
    return this._cstring(this._call('cil_last_error')) || 'unknown error';
  }

  _init() {
    if (this._call('cil_init', this._heapLimit, this._gcStress >>> 0, this._flags) !== 0) {
      throw new CilantroError(this._lastError(), 'INIT_FAILED');
    }
    this._call('cil_tier_mode', this._tier);
    if (this._options.tierDebug) this._call('cil_tier_mode', -2);
  }

  // The wasm tier (docs/tier.md): the runtime hands us a module it built for
  // one hot method; it gets the runtime's memory and function table, and its
  // function joins the table at the index we return (0: not compiled, the
  // method stays interpreted).
  _tierInstantiate(ptr, len) {
    try {
      const module = new WebAssembly.Module(this._mem().slice(ptr, ptr + len));
      const table = this._x.__indirect_function_table;
      const instance = new WebAssembly.Instance(module, { env: { memory: this._memory, table } });
      // one module may hold several methods ("0".."n-1"): into the table in export order
      const names = WebAssembly.Module.exports(module).map((e) => e.name);
      const index = table.grow(names.length);
      names.forEach((name, i) => table.set(index + i, instance.exports[name]));
      return index;
    } catch (e) {
      if (this._options.tierDebug) console.error('cilantro tier:', e);
      return 0;
    }
  }

  /**
   * Loads an assembly from `bytes`, or from `source.readInto(view)` which
   * writes `source.length` bytes straight into the wasm heap (Node reads the
   * corlib file there: no 2 MB Buffer in between). The runtime keeps the
   * heap block (cil_load_assembly_adopt) instead of copying it once more:
   * at start-up every fresh page of memory written costs a page fault.
   */
  _loadBytes(bytes, fileName, source = null) {
    const length = source ? source.length : bytes.length;
    let data;
    if (source) {
      data = this._call('malloc', Math.max(1, length));
      if (!data) throw new CilantroError('out of memory in the wasm heap', 'OUT_OF_MEMORY');
      try {
        source.readInto(this._mem().subarray(data, data + length));
      } catch (e) {
        this._x.free(data);
        throw e;
      }
    } else {
      data = this._alloc(bytes);
    }
    return this._adopt(data, length, fileName);
  }

  /**
   * Reads an assembly into a heap block chunk by chunk: `stream(onChunk)`
   * calls onChunk(Uint8Array) for each piece and resolves at the end. Each
   * chunk is copied into the block as it comes (no array of the whole file
   * in JS, and the chunks' own memory is reused). The block is sized from
   * `sizeHint` and grows (a copy) when the file is longer. Resolves to
   * `{ data, length }` for _adopt.
   */
  async _receive(stream, sizeHint) {
    let capacity = Math.max(1, sizeHint);
    let data = this._call('malloc', capacity);
    if (!data) throw new CilantroError('out of memory in the wasm heap', 'OUT_OF_MEMORY');
    let length = 0;
    try {
      await stream((chunk) => {
        if (length + chunk.byteLength > capacity) {
          capacity = Math.max(capacity * 2, length + chunk.byteLength);
          const bigger = this._call('malloc', capacity);
          if (!bigger) throw new CilantroError('out of memory in the wasm heap', 'OUT_OF_MEMORY');
          const mem = this._mem();
          mem.copyWithin(bigger, data, data + length);
          this._x.free(data);
          data = bigger;
        }
        this._mem().set(chunk, data + length);
        length += chunk.byteLength;
      });
    } catch (e) {
      if (!this._broken) this._x.free(data);
      throw e;
    }
    return { data, length };
  }

  /** Loads the assembly in heap block `data` (malloc'ed; the runtime keeps it or frees it). */
  _adopt(data, length, fileName) {
    const adopt = typeof this._x.cil_load_assembly_adopt === 'function';
    const name = this._allocString(fileName);
    let id;
    try {
      id = this._call(adopt ? 'cil_load_assembly_adopt' : 'cil_load_assembly', data, length, name);
    } finally {
      if (!this._broken) {
        if (!adopt) this._x.free(data);
        this._x.free(name);
      }
    }
    if (id <= 0) throw new CilantroError(this._lastError(), 'BAD_IMAGE');
    const asmName = this._cstring(this._call('cil_assembly_name', id));
    this._assemblies.set(asmName, id);
    this._fileNames.set(asmName, fileName);
    return asmName;
  }

  _flushOutput() {
    try {
      if (!this._broken && !this._disposed) this._x.cil_flush_output();
    } catch {
      // Flushing is best effort once the instance is broken.
    }
  }

  // ---- assemblies ----

  /**
   * Loads an assembly and everything it references that is not loaded yet.
   * Resolves to the assembly's name.
   */
  async loadAssembly(source, fileName) {
    const read = await this._platform.readSource(source, this._options);
    const name = this._loadBytes(read.bytes, fileName ?? read.fileName);
    if (read.place && !this._places.some((p) => p.key === read.place.key)) this._places.push(read.place);
    this._appPlace ??= read.place;
    await this._loadSymbols(name, read.place);
    await this._resolveReferences(name);
    await this._resolveOptionalReferences();
    await this._resolveReferences(name);
    await this._needModules();
    this._platform.mark?.('cilantro:assembly-loaded');
    return name;
  }

  async _resolveReferences(requester) {
    const tried = new Set();
    // Each name's search starts as soon as the runtime knows it is missing:
    // a page fetches the parts a program needs (and its libraries) at once,
    // then loads them in the runtime's order.
    const searches = new Map();
    const search = (name) => {
      let s = searches.get(name);
      if (!s) {
        s = this._findAssembly(name, true, requester);
        s.catch(() => {});   // awaited (and reported) in turn below
        searches.set(name, s);
      }
      return s;
    };
    for (;;) {
      const name = this._cstring(this._call('cil_next_missing_reference'));
      if (name === null) return;
      if (typeof this._x.cil_missing_references === 'function' && !searches.has(name)) {
        for (const other of this._cstring(this._call('cil_missing_references')).split('\n')) {
          if (other && !tried.has(other)) search(other);
        }
      }
      if (tried.has(name)) {
        // We loaded a file for it, yet the runtime still misses it: the file
        // holds some other assembly. Do not loop forever.
        this._markMissing(name);
        throw new CilantroError(`the file found for assembly '${name}' (needed by ${requester}) holds a different assembly`, 'MISSING_REFERENCE');
      }
      tried.add(name);
      const found = await search(name);
      if (found) {
        const loaded = this._loadBytes(found.bytes, found.fileName);
        if (found.place && !this._places.some((p) => p.key === found.place.key)) this._places.push(found.place);
        await this._loadSymbols(loaded, found.place);
      } else if (this._options.allowMissingReferences) {
        this._markMissing(name);
      } else {
        const where = this._describeSearch(name);
        throw new CilantroError(`cannot find assembly '${name}' (needed by ${requester}; ${where})`, 'MISSING_REFERENCE');
      }
    }
  }

  /**
   * Shared-framework names (System.Collections, ...) are the corlib; a real
   * assembly of such a name may still back the types the corlib lacks. Probed
   * where probing is cheap (files, or the host's resolveAssembly); a page
   * fetches only names whose referenced types the corlib lacks, so an app that
   * needs nothing beyond the corlib logs no 404s.
   */
  async _resolveOptionalReferences() {
    for (;;) {
      const name = this._cstring(this._call('cil_next_optional_reference'));
      if (name === null) return;
      // Only a name whose referenced types the corlib lacks is worth a request
      // (a page fetches System.Text.Json.dll, which `cilantro trim` copied beside
      // the app) or a look in the installed shared framework.
      const lacks = this._nameCall('cil_reference_lacks_types', name) !== 0;
      const found = this._platform.cheapProbe || this._options.resolveAssembly || lacks
        ? await this._findAssembly(name, lacks) : null;
      if (found) {
        this._loadBytes(found.bytes, found.fileName);
      } else {
        this._markMissing(name);
      }
    }
  }

  /**
   * The SDK writes <name>.pdb beside <name>.dll; with it, stack traces show
   * "in File.cs:line N". Looked for where probing is cheap (files) or when
   * the host asks for it (options.symbols); a missing or non-portable PDB
   * only means no lines.
   */
  async _loadSymbols(asmName, place) {
    if (!place || !(this._platform.cheapProbe || this._options.symbols)) return;
    const id = this._assemblies.get(asmName);
    const file = String(this._fileNames.get(asmName) ?? '');
    const base = file.split(/[\\/]/).pop().replace(/\.(dll|exe)$/i, '');
    if (!id || !base) return;
    const found = await this._platform.probe(place, base + '.pdb');
    if (!found) return;
    const data = this._alloc(found.bytes);
    try {
      this._call('cil_load_symbols', id, data, found.bytes.length);
    } finally {
      if (!this._broken) this._x.free(data);
    }
  }

  _markMissing(name) {
    const p = this._allocString(name);
    try {
      this._call('cil_mark_reference_missing', p);
    } finally {
      if (!this._broken) this._x.free(p);
    }
  }

  /** Places to look for a referenced assembly, in order. */
  _searchPlaces() {
    const places = [...this._places];
    for (const place of this._platform.extraPlaces(this._options)) {
      if (!places.some((p) => p.key === place.key)) places.push(place);
    }
    return places;
  }

  /** Whether `name` is one of the corlib's parts (corlib/parts.txt): System.Linq, System.Text.RegularExpressions, ... */
  _isCorlibPart(name) {
    return typeof this._x.cil_reference_is_corlib_part === 'function' && this._nameCall('cil_reference_is_corlib_part', name) === 1;
  }

  async _findAssembly(name, sharedFramework = true, requester = null) {
    const resolver = this._options.resolveAssembly;
    if (resolver) {
      const result = await resolver(name);
      if (result !== null && result !== undefined) {
        return this._platform.readSource(result, this._options);
      }
    }
    // A part of the corlib comes from where the corlib came from (its
    // folder or base URL), never from the app's folder: the copy built
    // with this corlib.
    if (this._isCorlibPart(name)) return this._findCorlibPart(name, requester);
    // The package's own assemblies (Cilantro.Interop) come from the package,
    // the copy that matches this runtime, without probing the app's folder.
    const own = this._platform.ownAssembly?.(name);
    if (own) return { ...(await this._platform.readSource(own, this._options)), place: null };
    for (const place of this._searchPlaces()) {
      for (const ext of ['.dll', '.exe']) {
        const found = await this._platform.probe(place, name + ext);
        if (found) return { ...found, place };
      }
    }
    // Last, the installed .NET shared framework, where the host has one (Node:
    // js/shared-framework.mjs): System.Text.Json and the like.
    const shared = sharedFramework && this._platform.sharedFramework?.(name, this._nameCall('cil_reference_major', name));
    if (shared) return { ...(await this._platform.readSource(shared, this._options)), place: null };
    return null;
  }

  /**
   * A part of the corlib: `<name>.dll` beside the corlib (platform.corlibPart
   * says where). Null when it cannot be had and options.allowMissingReferences
   * is set; otherwise a CilantroError that says what was looked for.
   */
  async _findCorlibPart(name, requester) {
    const needed = requester ? ` (needed by ${requester})` : '';
    const source = this._platform.corlibPart?.(name, this._options) ?? null;
    if (source === null) {
      if (this._options.allowMissingReferences) return null;
      throw new CilantroError(`cannot load assembly '${name}'${needed}: it is a part of the corlib, `
        + `which was given as bytes, so there is no folder to load ${name}.dll from; `
        + `pass resolveAssembly(name) returning its bytes (${name}.dll from beside mscorlib.dll), or the corlib as a path or URL`,
        'MISSING_REFERENCE');
    }
    try {
      return { ...(await this._platform.readSource(source, this._options)), place: null };
    } catch (e) {
      if (!(e instanceof CilantroError) || this._broken) throw e;
      if (this._options.allowMissingReferences) return null;
      const err = new CilantroError(`cannot load assembly '${name}'${needed}, a part of the corlib: ${e.message} `
        + `(the corlib's parts, ${name}.dll and the like, belong beside mscorlib.dll)`, 'MISSING_REFERENCE');
      err.cause = e;
      throw err;
    }
  }

  /**
   * A part of the corlib the program needs while it runs (a type named by
   * string that nothing referenced before it started; a type of the core's
   * own parts that only corlib code reaches): from options.resolveAssembly
   * when it answers with bytes at once, else read synchronously
   * (platform.readPartSync: a file in Node, a synchronous request in a page)
   * and loaded. 1 when it is in, 0 when it cannot be had; the runtime then
   * raises TypeLoadException naming the part.
   */
  _loadPartNow(name) {
    let source = this._resolvePartSync(name);
    try {
      source ??= this._platform.readPartSync?.(name, this._options) ?? null;
    } catch (e) {
      if (!(e instanceof CilantroError)) throw e;
    }
    if (!source) return 0;
    this._loadBytes(source.bytes, source.fileName);
    // (too late for this run's first synchronous call into it, if it makes one: _lazyModule says so)
    this._needModules()?.catch(() => {});
    return 1;
  }

  /**
   * options.resolveAssembly asked for a part while the program runs: only an
   * answer given at once, as bytes, can be used (the runtime waits for no
   * promise here); null otherwise, and the host's own reading comes next.
   */
  _resolvePartSync(name) {
    const resolver = this._options.resolveAssembly;
    if (!resolver) return null;
    let result;
    try {
      result = resolver(name);
    } catch {
      return null;
    }
    if (result && typeof result.then === 'function') {
      result.then(() => {}, () => {});
      return null;
    }
    const bytes = asBytes(result);
    return bytes ? { bytes, fileName: `${name}.dll` } : null;
  }

  /** Calls a runtime export that takes an assembly name (cil_reference_major, ...). */
  _nameCall(fn, name) {
    const p = this._allocString(name);
    try {
      return this._call(fn, p);
    } finally {
      if (!this._broken) this._x.free(p);
    }
  }

  _describeSearch(name) {
    if (this._platform.ownAssembly?.(name)) return 'it ships with the cilantro package, which could not provide it';
    if (this._isCorlibPart(name)) return `it is a part of the corlib, loaded from beside mscorlib.dll`;
    const places = this._searchPlaces().map((p) => p.label);
    if (places.length === 0) return 'no search locations: pass resolveAssembly or baseUrl';
    return `looked for ${name}.dll and ${name}.exe in ${places.join(', ')}`;
  }

  /** Names of the assemblies loaded so far (the corlib first). */
  get assemblies() {
    return [...this._assemblies.keys()];
  }

  // ---- running ----

  /** Runs the entry point of a loaded assembly; resolves to its exit code. */
  async runMain(assemblyName, args = []) {
    const id = this._assemblyId(assemblyName);
    if (this._running) throw new CilantroError('runMain is already running on this runtime', 'BUSY');
    this._running = true;
    try {
      // what the program's assemblies need (loaded by loadAssembly already, unless they came otherwise)
      const loads = this._needModules();
      if (loads) await loads;
      // argv[0] is the program's path, as Environment.GetCommandLineArgs() shows it.
      this._startMain(id, [this._fileNames.get(assemblyName), ...args.map(String)]);
      this._platform.mark?.('cilantro:main-started');
      return await new Promise((resolve, reject) => {
        this._main = { resolve, reject };
        this._kick();
      });
    } finally {
      this._running = false;
      this._flushOutput();
      // Hand over a partial last line or character held by a decoder.
      this._sinks[1].end();
      this._sinks[2].end();
    }
  }

  _assemblyId(assemblyName) {
    if (this._broken) throw this._broken;
    if (this._disposed) throw new CilantroError('this runtime was disposed', 'DISPOSED');
    const id = this._assemblies.get(assemblyName);
    if (id === undefined) {
      throw new CilantroError(`assembly '${assemblyName}' is not loaded (loaded: ${this.assemblies.join(', ')})`, 'NOT_LOADED');
    }
    return id;
  }

  _startMain(id, args) {
    const argPtrs = args.map((a) => this._allocString(a));
    const argv = this._alloc(new Uint8Array(new Uint32Array(argPtrs).buffer));
    let rc;
    try {
      rc = this._call('cil_start_main', id, args.length, argv);
    } finally {
      if (!this._broken) {
        for (const p of argPtrs) this._x.free(p);
        this._x.free(argv);
      }
    }
    if (rc !== 0) throw new CilantroError(this._lastError(), 'START_FAILED');
  }

  // ---- the run loop ----
  // One loop (_pump) drives cil_run for everything managed: Main, JS -> .NET
  // invocations, JS callbacks and settled promises. It runs while there is
  // managed work, yielding to the event loop between slices, and stops when
  // the runtime reports nothing left; new work restarts it (_kick).

  _kick() {
    if (this._wakeResolve) this._wakeResolve();
    if (!this._pumping && !this._disposed) {
      this._pumping = true;
      this._pump();
    }
  }

  /** Runs fn now, or after the current cil_run slice if one is running (the runtime is not re-entrant). */
  _whenIdle(fn) {
    if (this._inRun || this._deferred.length) {
      this._deferred.push(fn);
    } else {
      try {
        fn();
      } catch (e) {
        this._reportHostError(e);
      }
    }
    this._kick();
  }

  _reportHostError(e) {
    const text = `cilantro: ${e.message}\n`;
    this._sinks[2].write(utf8Encoder.encode(text));
  }

  /**
   * Runs cil_run slices now (outside the pump's schedule) until done() or
   * until the runtime waits; the pump carries on with whatever is left.
   */
  _runUntil(done) {
    for (let i = 0; i < 10000 && !done() && !this._disposed; i++) {
      if (this._runSlice() !== RUN_YIELD) break;
    }
    this._kick();
  }

  /** One time slice of cil_run; its output is flushed. Returns the run state. */
  _runSlice() {
    let state;
    this._inRun = true;
    try {
      state = this._call('cil_run', this._sliceUs);
    } finally {
      this._inRun = false;
    }
    this._flushOutput();
    return state;
  }

  async _pump() {
    try {
      for (;;) {
        while (this._deferred.length) {
          const fn = this._deferred.shift();
          try {
            fn();
          } catch (e) {
            if (this._broken) throw e;
            this._reportHostError(e);
          }
        }
        this._interop?.drain();
        const state = this._runSlice();
        if (this._main && state === RUN_DONE) {
          this._finishMain();
          continue;
        }
        if (this._deferred.length || this._interop?.canStart()) continue;
        if (state === RUN_DONE && this._interop?.dotnet.waiting > 0 && this._call('cil_background_work')) {
          // No foreground thread is left, but a .NET task JS awaits may still
          // finish on background threads (timers, the thread pool): keep them going.
          const ms = this._call('cil_next_wakeup_ms');
          if (ms > 0) await this._sleep(ms);
          else await this._platform.yieldToEventLoop();
          continue;
        }
        if (state === RUN_DONE) {
          if (this._interop?.pending) {
            const ended = this._programEnded();
            this._interop.failAll(ended !== null ? new CilantroError(ended, 'PROGRAM_ENDED')
              : new CilantroError('the invocation cannot finish: every managed thread waits for another one (deadlock)', 'DEADLOCK'));
          }
          break;
        }
        if (state === RUN_YIELD) {
          await this._platform.yieldToEventLoop();
        } else if (state === RUN_WAITING) {
          const ms = this._call('cil_next_wakeup_ms');
          if (ms < 0 && this._hostPending === 0) {
            this._failAll(new CilantroError('deadlock: every managed thread is waiting and nothing can wake them', 'DEADLOCK'));
            break;
          }
          await this._sleep(ms);
        } else {
          throw new CilantroError(`cil_run returned unknown state ${state}`, 'RUNTIME_TRAP');
        }
        if (this._disposed) break;
      }
    } catch (e) {
      this._failAll(e);
    }
    this._pumping = false;
  }

  /** Why this runtime runs no more .NET code (an unhandled exception, Environment.Exit), or null. */
  _programEnded() {
    return this._broken ? null : this._cstring(this._call('cil_program_ended'));
  }

  _finishMain() {
    const main = this._main;
    this._main = null;
    const code = this._call('cil_exit_code');
    const brief = this._cstring(this._call('cil_unhandled_exception_text', 0));
    if (brief === null) {
      main.resolve(code);
      return;
    }
    const full = this._cstring(this._call('cil_unhandled_exception_text', 1)) ?? brief;
    const colon = brief.indexOf(':');
    const err = new ManagedError(colon > 0 ? brief.slice(0, colon) : brief, brief, full);
    err.exitCode = code;
    main.reject(err);
  }

  _failAll(error) {
    const main = this._main;
    this._main = null;
    main?.reject(error);
    this._interop?.failAll(error);
  }

  /** Sleeps until the earliest managed timer (ms >= 0) or a host wake-up (_kick). */
  _sleep(ms) {
    return new Promise((resolve) => {
      let timer = null;
      const done = () => {
        if (timer !== null) clearTimeout(timer);
        this._wakeResolve = null;
        resolve();
      };
      this._wakeResolve = done;
      if (ms >= 0) {
        timer = setTimeout(done, ms);
        // Nothing the host waits for (no Main, invocation or host work such as
        // a fetch): only background timers are left, which do not keep a .NET
        // process alive either (a disposed CancellationTokenSource's timer, say).
        if (!this._main && !this._interop?.pending && this._hostPending === 0) timer.unref?.();
      }
    });
  }

  /**
   * For host-side work (interop) that the runtime waits on: call begin before
   * handing a promise to managed code and end (which wakes the scheduler)
   * when it settles.
   */
  _beginHostWork() {
    this._hostPending++;
  }

  _endHostWork() {
    this._hostPending--;
    if (this._wakeResolve) this._wakeResolve();
  }

  // ---- interop ----

  /**
   * Calls a public static method; resolves to its result (a returned Task is
   * awaited). See docs/interop.md for how values are marshalled.
   */
  invoke(assemblyName, typeName, methodName, args = []) {
    let id;
    try {
      id = this._assemblyId(assemblyName);
    } catch (e) {
      return Promise.reject(e);
    }
    return this._withInterop((interop) => interop.invoke(id, typeName, methodName, args));
  }

  /** Makes fn callable from .NET as JS.Invoke(name, ...). */
  registerFunction(name, fn) {
    // (checked here too: the registration itself may wait for interop.mjs)
    if (typeof name !== 'string' || name.length === 0) throw new TypeError('registerFunction: the name must be a non-empty string');
    if (typeof fn !== 'function') throw new TypeError(`registerFunction('${name}'): not a function`);
    this._interopCall((interop) => interop.register(name, fn));
  }

  /** Registers every function of `module` as "<prefix>.<key>" (or "<key>" with an empty prefix). */
  registerModule(prefix, module) {
    if (module === null || typeof module !== 'object') throw new TypeError('registerModule: module must be an object of functions');
    for (const [key, fn] of Object.entries(module)) {
      if (typeof fn === 'function') this.registerFunction(prefix ? `${prefix}.${key}` : key, fn);
    }
  }

  // ---- .NET's System.Runtime.InteropServices.JavaScript (js/dotnet-interop.mjs) ----

  /** Gives [JSImport("name", moduleName)] methods the functions of `imports` (as .NET's setModuleImports). */
  setModuleImports(moduleName, imports) {
    if (typeof moduleName !== 'string' || !moduleName) throw new TypeError('setModuleImports: the module name must be a non-empty string');
    if (imports === null || typeof imports !== 'object') throw new TypeError(`setModuleImports('${moduleName}'): the imports must be an object`);
    this._interopCall((interop) => interop.dotnet.setModuleImports(moduleName, imports));
  }

  /**
   * The [JSExport] methods of a loaded assembly as .NET's getAssemblyExports
   * gives them: `(await rt.getAssemblyExports('App')).MyNs.MyClass.Greet('x')`.
   * A call returns its result directly when the method finishes without
   * waiting, else a Promise of it (docs/interop.md).
   */
  getAssemblyExports(assemblyName) {
    return this._withInterop((interop) => interop.dotnet.exportsOf(String(assemblyName).replace(/\.(dll|exe)$/i, '')));
  }

  /** The object .NET's JSHost.DotnetInstance stands for: this runtime's .NET-style API. */
  dotnetApi() {
    return {
      setModuleImports: (name, imports) => this.setModuleImports(name, imports),
      getAssemblyExports: (name) => this.getAssemblyExports(name),
      getConfig: () => ({ mainAssemblyName: this.assemblies[1] ?? null }),
    };
  }

  _corlibName() {
    return this.assemblies[0];
  }

  /** Where JSHost.ImportAsync finds a module: absolute URLs as they are; else relative to the page, or in Node to the app's folder. */
  _moduleUrl(url) {
    return this._platform.moduleUrl ? this._platform.moduleUrl(url, this._appPlace) : url;
  }

  /** Counters for leak checks: live JS handles, pending invocations, wasm memory size. */
  interopStats() {
    return {
      handles: this._interop?.handles.size ?? 0,
      pendingInvocations: this._interop?.pending ?? 0,
      memoryBytes: this._memory.buffer.byteLength,
    };
  }

  /**
   * The [JSExport] methods of a loaded assembly with their TypeScript
   * signatures: [{ type, method, params: [{ name, ts }], returns, problem }].
   * `problem` says why a method cannot be called from JS (null when it can).
   */
  listExports(assemblyName) {
    const id = this._assemblyId(assemblyName);
    return markOverloads(this._interopNow('listExports').listExports(id));
  }

  /**
   * The callable [JSExport] methods as an object tree by namespace and class:
   * `rt.exports('App').MyNs.Calc.Add(1, 2)` resolves like invoke(). Types:
   * `cilantro types App.dll` writes them as a .d.ts.
   */
  exports(assemblyName) {
    const root = {};
    for (const e of this.listExports(assemblyName)) {
      if (e.problem) continue;
      let node = root;
      for (const part of e.type.split(/[.+]/)) node = (node[part] ??= {});
      node[e.method] = (...args) => this.invoke(assemblyName, e.type, e.method, args);
    }
    return root;
  }

  /** The [Cilantro.Testing.Test] methods of a loaded assembly: [{ type, method, problem }]. */
  listTests(assemblyName) {
    const id = this._assemblyId(assemblyName);
    return this._interopNow('listTests').listTests(id);
  }

  /**
   * The xunit tests of a loaded assembly: [{ type, method, kind ('fact' |
   * 'theory'), skip, displayName, timeout, rows ([InlineData] values),
   * members ([MemberData] names), fixtures (IClassFixture<T> type names),
   * problem }]. `cilantro test` runs them (js/xunit.mjs).
   */
  listXunitTests(assemblyName) {
    const id = this._assemblyId(assemblyName);
    return this._interopNow('listXunitTests').listXunit(id);
  }

  /** Loads Cilantro.Interop.dll (from the package) if it is not loaded yet. */
  async loadInterop() {
    await (await this._loadInteropModule()).ensureReady();
  }

  /** Runs one test method (see listTests); resolves when it passes, rejects with its exception. */
  runTest(assemblyName, typeName, methodName) {
    let id;
    try {
      id = this._assemblyId(assemblyName);
    } catch (e) {
      return Promise.reject(e);
    }
    return this._withInterop((interop) => interop.runTest(id, typeName, methodName));
  }

  // ---- the modules loaded when needed (interop.mjs, http.mjs) ----

  /** interop.mjs's Interop for this runtime, once imported; the sync calls made before it run then, in order. */
  _loadInteropModule() {
    if (this._interop) return Promise.resolve(this._interop);
    return this._importModule('interop', () => import('./interop.mjs')).then((m) => {
      if (!this._interop) {
        this._interop = new m.Interop(this, this._options);
        for (const call of this._interopCalls.splice(0)) call(this._interop);
      }
      return this._interop;
    });
  }

  _loadHttpModule() {
    if (this._http) return Promise.resolve(this._http);
    return this._importModule('http', () => import('./http.mjs')).then((m) => (this._http ??= new m.HttpBridge(this)));
  }

  _importModule(name, load) {
    return (this._moduleLoads[name] ??= load().catch((e) => {
      delete this._moduleLoads[name];
      const err = new CilantroError(`cannot load the runtime's ${name} module (js/${name}.mjs): ${e?.message ?? e}`, 'FETCH_FAILED');
      err.cause = e;
      throw err;
    }));
  }

  /**
   * Imports the modules the loaded assemblies show a program needs, before it
   * runs: JS interop for the corlib's System.Runtime.InteropServices.JavaScript
   * part or Cilantro.Interop, the HTTP transport for its System.Net.Http part.
   */
  _needModules() {
    const loads = [];
    if (!this._interop && (this._assemblies.has(INTEROP_PART) || this._assemblies.has('Cilantro.Interop') || this._interopCalls.length)) loads.push(this._loadInteropModule());
    if (!this._http && this._assemblies.has(HTTP_PART)) loads.push(this._loadHttpModule());
    return loads.length ? Promise.all(loads) : null;
  }

  /** A wasm import whose module was not imported: the program needs it, yet no assembly loaded before it started said so. */
  _lazyModule(name) {
    // (a later run has it)
    (name === 'http' ? this._loadHttpModule() : this._loadInteropModule()).catch(() => {});
    throw new CilantroError(`the program called the runtime's ${name} module (js/${name}.mjs), which was not loaded: `
      + `none of the assemblies loaded before it started needs it (${this.assemblies.join(', ')}); `
      + `load one that does (or call rt.${name === 'http' ? 'loadModules' : 'loadInterop'}()) before running it`, 'MODULE_NOT_LOADED');
  }

  /** The Interop, for a synchronous API: a CilantroError when interop.mjs is not imported yet. */
  _interopNow(api) {
    if (this._interop) return this._interop;
    this._loadInteropModule().catch(() => {});
    throw new CilantroError(`rt.${api} needs JS interop (js/interop.mjs), which is not loaded yet: `
      + 'await rt.loadInterop() first, or load an assembly that uses JS interop', 'MODULE_NOT_LOADED');
  }

  /** Runs a synchronous call now when interop.mjs is in, else once it is (and starts importing it). */
  _interopCall(call) {
    if (this._interop) { call(this._interop); return; }
    this._interopCalls.push(call);
    this._loadInteropModule().catch(() => {});
  }

  /** fn(interop) now when interop.mjs is in (synchronously, as before), else once it is: a promise. */
  _withInterop(fn) {
    if (this._interop) return fn(this._interop);
    return this._loadInteropModule().then(fn);
  }

  /** Imports both modules loaded when needed (interop.mjs, http.mjs), for a program no loaded assembly says needs them. */
  async loadModules() {
    await Promise.all([this._loadInteropModule(), this._loadHttpModule()]);
  }

  async _loadInteropAssembly() {
    const found = await this._findAssembly('Cilantro.Interop');
    if (!found) throw new CilantroError(`cannot find Cilantro.Interop.dll (${this._describeSearch('Cilantro.Interop')})`, 'MISSING_REFERENCE');
    this._loadBytes(found.bytes, found.fileName);
  }

  /** Shuts the runtime down (prints GC statistics if asked) and flushes output. */
  dispose() {
    if (this._disposed) return;
    if (!this._broken) {
      try {
        if (this._options.tierDebug) this._x.cil_tier_mode(-1);
        this._x.cil_shutdown();
        this._x.cil_flush_output();
      } catch {
        // A runtime that fails while shutting down has nothing left to lose.
      }
    }
    this._disposed = true;
    this._http?.abortAll();
    this._failAll(new CilantroError('this runtime was disposed', 'DISPOSED'));
    if (this._wakeResolve) this._wakeResolve();
    this._sinks[1].end();
    this._sinks[2].end();
  }
}
