// index.mjs — the package entry for browsers and bundlers: everything comes
// over fetch, output goes to the console line by line, and the runtime
// yields to the event loop through a MessageChannel between time slices
// (setTimeout(0) would be clamped to 4 ms after a few rounds).
//
// No node: imports here; Node resolves the package to node.mjs instead.

import { asBytes, CilantroError, createRuntimeOn, fetchOk, LineSink, ManagedError, monotonicMs, parseByteSize, VERSION, wasmSplit } from './core.mjs';
import { cachedFetch, hasCopy, keepCopy } from './file-cache.mjs';

export { CilantroError, ManagedError, parseByteSize, VERSION };

// Every URL of the package's own files is a literal `new URL(file,
// import.meta.url)`: it works from any folder without an import map, and
// bundlers (Vite, webpack, esbuild with a plugin) see each file and emit it.
const WASM_URL = new URL('../build/wasm/cilantro.wasm', import.meta.url);
const LAZY_URL = new URL('../build/wasm/cilantro.lazy.wasm', import.meta.url);
const SMALL_WASM_URL = new URL('../build/wasm/cilantro.small.wasm', import.meta.url);
const SMALL_LAZY_URL = new URL('../build/wasm/cilantro.small.lazy.wasm', import.meta.url);
/** The package's module files by options.wasmSplit: the first part and its lazy part. */
const SPLITS = new Map([
  ['typical', { wasm: WASM_URL, lazy: LAZY_URL }],
  ['small', { wasm: SMALL_WASM_URL, lazy: SMALL_LAZY_URL }],
]);
const CORLIB_URL = new URL('../build/corlib/mscorlib.dll', import.meta.url);
const INTEROP_URL = new URL('../build/interop/Cilantro.Interop.dll', import.meta.url);
// The corlib's parts (corlib/parts.txt and corlib/core-parts.txt;
// tests/js/unit.test.mjs checks this list against them), fetched only by programs whose types need them. One
// literal each, so that bundlers emit them beside the corlib.
const PART_URLS = new Map([
  ['mscorlib.System.Collections', new URL('../build/corlib/mscorlib.System.Collections.dll', import.meta.url)],
  ['mscorlib.System.Memory', new URL('../build/corlib/mscorlib.System.Memory.dll', import.meta.url)],
  ['mscorlib.System.Runtime.Intrinsics', new URL('../build/corlib/mscorlib.System.Runtime.Intrinsics.dll', import.meta.url)],
  ['mscorlib.System.Collections.NonGeneric', new URL('../build/corlib/mscorlib.System.Collections.NonGeneric.dll', import.meta.url)],
  ['mscorlib.System.Collections.Specialized', new URL('../build/corlib/mscorlib.System.Collections.Specialized.dll', import.meta.url)],
  ['mscorlib.System.Collections.Concurrent', new URL('../build/corlib/mscorlib.System.Collections.Concurrent.dll', import.meta.url)],
  ['mscorlib.System.ObjectModel', new URL('../build/corlib/mscorlib.System.ObjectModel.dll', import.meta.url)],
  ['mscorlib.System.Linq', new URL('../build/corlib/mscorlib.System.Linq.dll', import.meta.url)],
  ['mscorlib.System.Linq.Expressions', new URL('../build/corlib/mscorlib.System.Linq.Expressions.dll', import.meta.url)],
  ['mscorlib.System.Linq.Queryable', new URL('../build/corlib/mscorlib.System.Linq.Queryable.dll', import.meta.url)],
  ['mscorlib.System.Private.Uri', new URL('../build/corlib/mscorlib.System.Private.Uri.dll', import.meta.url)],
  ['mscorlib.System.Text.RegularExpressions', new URL('../build/corlib/mscorlib.System.Text.RegularExpressions.dll', import.meta.url)],
  ['mscorlib.System.Runtime.Numerics', new URL('../build/corlib/mscorlib.System.Runtime.Numerics.dll', import.meta.url)],
  ['mscorlib.System.Threading.Channels', new URL('../build/corlib/mscorlib.System.Threading.Channels.dll', import.meta.url)],
  ['mscorlib.System.Security.Cryptography', new URL('../build/corlib/mscorlib.System.Security.Cryptography.dll', import.meta.url)],
  ['mscorlib.System.Net.Http', new URL('../build/corlib/mscorlib.System.Net.Http.dll', import.meta.url)],
  ['mscorlib.System.ComponentModel.TypeConverter', new URL('../build/corlib/mscorlib.System.ComponentModel.TypeConverter.dll', import.meta.url)],
  ['mscorlib.System.Data.Common', new URL('../build/corlib/mscorlib.System.Data.Common.dll', import.meta.url)],
  ['mscorlib.System.Threading.Tasks.Parallel', new URL('../build/corlib/mscorlib.System.Threading.Tasks.Parallel.dll', import.meta.url)],
  ['mscorlib.System.Threading', new URL('../build/corlib/mscorlib.System.Threading.dll', import.meta.url)],
  ['mscorlib.System.Runtime.InteropServices.JavaScript', new URL('../build/corlib/mscorlib.System.Runtime.InteropServices.JavaScript.dll', import.meta.url)],  // the core's own parts (corlib/core-parts.txt), cut from the core by type
  ['mscorlib.CoreLib.Common', new URL('../build/corlib/mscorlib.CoreLib.Common.dll', import.meta.url)],
  ['mscorlib.CoreLib.Globalization', new URL('../build/corlib/mscorlib.CoreLib.Globalization.dll', import.meta.url)],
  ['mscorlib.CoreLib.IO', new URL('../build/corlib/mscorlib.CoreLib.IO.dll', import.meta.url)],
  ['mscorlib.CoreLib.Text', new URL('../build/corlib/mscorlib.CoreLib.Text.dll', import.meta.url)],
  ['mscorlib.CoreLib.Reflection', new URL('../build/corlib/mscorlib.CoreLib.Reflection.dll', import.meta.url)],
  ['mscorlib.CoreLib.Threading', new URL('../build/corlib/mscorlib.CoreLib.Threading.dll', import.meta.url)],
  ['mscorlib.CoreLib.Runtime', new URL('../build/corlib/mscorlib.CoreLib.Runtime.dll', import.meta.url)],
  ['mscorlib.CoreLib.Collections', new URL('../build/corlib/mscorlib.CoreLib.Collections.dll', import.meta.url)],
  ['mscorlib.CoreLib.Numerics', new URL('../build/corlib/mscorlib.CoreLib.Numerics.dll', import.meta.url)],
  ['mscorlib.CoreLib.Tuples', new URL('../build/corlib/mscorlib.CoreLib.Tuples.dll', import.meta.url)],
  ['mscorlib.CoreLib.System', new URL('../build/corlib/mscorlib.CoreLib.System.dll', import.meta.url)],
]);

/** The assemblies the package ships, by lower-case name: fetched from there, never probed for. */
const OWN_ASSEMBLIES = new Map([['cilantro.interop', INTEROP_URL]]);
/** The package's files the page keeps in Cache Storage (file-cache.mjs) unless options.cache is false. */
const CACHED_FILES = new Set([WASM_URL.href, LAZY_URL.href, SMALL_WASM_URL.href, SMALL_LAZY_URL.href, CORLIB_URL.href, INTEROP_URL.href,
  ...[...PART_URLS.values()].map((u) => u.href)]);

function documentBase() {
  return globalThis.document?.baseURI ?? globalThis.location?.href ?? import.meta.url;
}

function toUrl(value, options) {
  if (value instanceof URL) return value;
  return new URL(String(value), options.baseUrl !== undefined ? new URL(String(options.baseUrl), documentBase()) : documentBase());
}

function urlPlace(url) {
  const base = new URL('.', url);
  return { key: `url:${base.href}`, label: base.href, base };
}

// ---- progress: bytes loaded / total over every fetch a runtime makes ----
// `total` grows as responses arrive (each adds its Content-Length), so a page
// that lists its assemblies in `preload` gets a meaningful total early.
//
// Bodies are read here chunk by chunk, never piped through a JS stream that
// someone else reads: the module's response goes to compileStreaming as the
// network delivered it (V8 then compiles it off the main thread while it
// downloads; a JS stream in between made the main thread feed it), and the
// callback runs at most once per REPORT_MS per runtime besides each file's
// start and end (a report per network chunk cost tens of ms of main thread
// on a 2 MB corlib).

const REPORT_MS = 50;

class Progress {
  constructor(callback) {
    this.callback = typeof callback === 'function' ? callback : null;
    this.loaded = 0;
    this.total = 0;
    this.files = 0;
    this.done = 0;
    this.reportedAt = -Infinity;
  }
  report(url, force = true) {
    if (this.callback === null) return;
    const t = monotonicMs();
    if (!force && t - this.reportedAt < REPORT_MS) return;
    this.reportedAt = t;
    try {
      this.callback({ loaded: this.loaded, total: Math.max(this.total, this.loaded), files: this.files, filesDone: this.done, url: String(url) });
    } catch {
      // A failing progress display must not break loading.
    }
  }
  /** A response from the page's cache: all its bytes count as loaded at once. */
  cached(res, url) {
    if (this.callback === null) return;
    const length = Number(res.headers.get('content-length')) || 0;
    this.total += length;
    this.loaded += length;
    this.files++;
    this.done++;
    this.report(url);
  }
  /** A response someone else reads (the module, compiled as it streams): counted whole when `settled` settles. */
  whole(res, url, settled) {
    if (this.callback === null) return;
    const length = Number(res.headers.get('content-length')) || 0;
    this.total += length;
    this.files++;
    this.report(url);
    const finish = () => {
      this.loaded += length;
      this.done++;
      this.report(url);
    };
    settled.then(finish, finish);
  }
  /** Reads a response's body into one Uint8Array, counting its bytes as they arrive. */
  async read(res, url) {
    if (this.callback === null || !res.body) return new Uint8Array(await res.arrayBuffer());
    const chunks = [];
    const length = await this.pipe(res, url, (chunk) => chunks.push(chunk));
    return join(chunks, length);
  }
  /**
   * Hands a response's body to `onChunk` piece by piece as the network (or
   * the cache) delivers it, counting the bytes; resolves to its length.
   * `cached`: a copy from the page's cache, counted whole at once.
   */
  async pipe(res, url, onChunk, cached = false) {
    if (!res.body) {
      const bytes = new Uint8Array(await res.arrayBuffer());
      if (cached) this.cached(res, url);
      onChunk(bytes);
      return bytes.byteLength;
    }
    const counting = this.callback !== null && !cached;
    if (cached) this.cached(res, url);
    const length = Number(res.headers.get('content-length')) || 0;
    if (counting) {
      this.total += length;
      this.files++;
      this.report(url);
    }
    let seen = 0;
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      onChunk(value);
      const before = seen;
      seen += value.byteLength;
      if (counting) {
        this.loaded += value.byteLength;
        // A body longer than announced (compressed on the wire, or no length) grows the total.
        this.total += Math.max(0, seen - Math.max(length, before));
        this.report(url, false);
      }
    }
    if (counting) {
      this.done++;
      this.report(url);
    }
    return seen;
  }
}

/** Chunks as one Uint8Array. */
function join(chunks, length) {
  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}

/** `{ res, cached }` for a URL: the page's kept copy when it is current (the package's own big files), else the network's. */
async function fetchResponse(url, useCache) {
  if (useCache && CACHED_FILES.has(url.href)) return cachedFetch(url);
  return { res: await fetchOk(url), cached: false };
}

/** The body of a fetched `{ res, cached }` as one Uint8Array. */
async function readBody({ res, cached }, url, progress) {
  try {
    if (cached || !progress) {
      if (cached) progress?.cached(res, url);
      return new Uint8Array(await res.arrayBuffer());
    }
    return await progress.read(res, url);
  } catch (e) {
    throw new CilantroError(`cannot fetch ${url}: ${e.message}`, 'FETCH_FAILED');
  }
}

async function fetchBytes(url, progress, useCache = false) {
  return readBody(await fetchResponse(url, useCache), url, progress);
}

/**
 * How big a heap block to take for a body before it has arrived: its
 * Content-Length, or four times that when it is compressed on the wire
 * (assemblies shrink to 30-40% with brotli or gzip; a longer body makes the
 * runtime move it to a bigger block once). The pages beyond the body are
 * never written, so they cost address space, not memory the VM backs.
 */
function sizeHint(res) {
  const length = Number(res.headers.get('content-length')) || 0;
  if (length === 0) return 1 << 20;
  const encoding = res.headers.get('content-encoding');
  return encoding && encoding !== 'identity' ? length * 4 : length;
}

/** Fetches and compiles a module; its bytes count towards `progress` once it has compiled. */
async function fetchModule(url, progress, useCache = false) {
  const { res, cached } = await fetchResponse(url, useCache);
  // the cached response itself (not a wrapper) is what Chromium's code cache keys on
  const compiled = compileResponse(res);
  if (cached) progress?.cached(res, url);
  else progress?.whole(res, url, compiled);
  return compiled;
}

async function readSource(source, options, loader) {
  const bytes = asBytes(source);
  if (bytes) return { bytes, fileName: '(bytes)', place: null };
  if (!(source instanceof URL) && typeof source !== 'string') {
    throw new TypeError('an assembly source must be a Uint8Array, an ArrayBuffer or a URL');
  }
  const url = toUrl(source, options);
  const data = loader ? await loader.bytes(url) : await fetchBytes(url, null);
  return { bytes: data, fileName: url.href, place: urlPlace(url) };
}

/** The package's module files for these options (a RangeError for a bad options.wasmSplit). */
function ownSplit(options) {
  return SPLITS.get(wasmSplit(options.wasmSplit));
}

/** Whether a URL is the package's own lazy part of one of its splits (a copy of it is kept). */
function isOwnLazyPart(url) {
  return url.href === LAZY_URL.href || url.href === SMALL_LAZY_URL.href;
}

const defaultModules = new Map();   // split name -> Promise of its compiled first part

async function compileResponse(res) {
  // Streaming compilation (the module compiles while it downloads) needs the
  // application/wasm MIME type; otherwise compile the bytes.
  if (WebAssembly.compileStreaming && res.headers.get('content-type')?.startsWith('application/wasm')) {
    return WebAssembly.compileStreaming(res);
  }
  return WebAssembly.compile(await res.arrayBuffer());
}

function wasmModule(options, loader) {
  const split = wasmSplit(options.wasmSplit);   // checked even where options.wasm makes it moot
  const given = options.wasm;
  if (given instanceof WebAssembly.Module) return given;
  const bytes = asBytes(given);
  if (bytes) return WebAssembly.compile(bytes);
  const progress = loader ? loader.progress : null;
  if (given !== undefined) return fetchModule(toUrl(given, options), progress);
  // Each split's module is compiled once per page; only its first fetch reports progress.
  let module = defaultModules.get(split);
  if (!module) {
    module = fetchModule(SPLITS.get(split).wasm, progress, options.cache !== false);
    module.catch(() => defaultModules.delete(split));
    defaultModules.set(split, module);
  }
  return module;
}

// ---- the module's lazy part (core.mjs _loadLazyPart) ----
// The runtime asks for it in the middle of a call, so it must be at hand at
// once: compiled ahead from the page's kept copy when an earlier visit
// needed it (prefetchLazyPart), else fetched with a synchronous request and
// compiled on the spot (Chromium compiles it lazily: ~1 ms), and kept for
// the next visit. Pages that never call into it never fetch it.

const lazyModules = new Map();   // URL href -> its compiled WebAssembly.Module
const lazyLoads = new Map();     // URL href -> Promise of it (lazyModuleAsync, prefetchLazyPart)

function lazyUrl(options) {
  if (options.wasmLazy !== undefined) return toUrl(options.wasmLazy, options);
  if (options.wasm === undefined) return ownSplit(options).lazy;
  if (typeof options.wasm !== 'string' && !(options.wasm instanceof URL)) {
    throw new CilantroError('the runtime module given as options.wasm needs its lazy part (cilantro.lazy.wasm): pass it as options.wasmLazy', 'NO_LAZY_PART');
  }
  const url = toUrl(options.wasm, options);
  url.pathname = url.pathname.replace(/(\.wasm)?$/i, '.lazy.wasm');
  return url;
}

function compileLazy(bytes, what) {
  try {
    return new WebAssembly.Module(bytes);
  } catch (e) {
    throw new CilantroError(`the runtime module's lazy part ${what} does not compile: ${e.message}`, 'BAD_MODULE');
  }
}

function requestSync(url) {
  if (typeof XMLHttpRequest === 'undefined') {
    throw new CilantroError(`the runtime needs its module's lazy part (${url.href}) and cannot request it synchronously here: pass options.wasmLazy`, 'NO_LAZY_PART');
  }
  const xhr = new XMLHttpRequest();
  xhr.open('GET', url.href, false);
  // A synchronous request in a window cannot ask for an ArrayBuffer: the bytes come as characters.
  xhr.overrideMimeType('text/plain; charset=x-user-defined');
  try {
    xhr.send();
  } catch (e) {
    throw new CilantroError(`cannot fetch ${url.href}: ${e.message}`, 'FETCH_FAILED');
  }
  if (xhr.status !== 200) throw new CilantroError(`cannot fetch ${url.href}: HTTP ${xhr.status}`, 'FETCH_FAILED');
  const text = xhr.responseText;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return { bytes, etag: xhr.getResponseHeader('etag') };
}

function lazyModule(options) {
  const given = options.wasmLazy;
  if (given instanceof WebAssembly.Module) return given;
  const bytes = asBytes(given);
  if (bytes) return compileLazy(bytes, '(bytes)');
  const url = lazyUrl(options);
  let module = lazyModules.get(url.href);
  if (module) return module;
  const { bytes: fetched, etag } = requestSync(url);
  module = compileLazy(fetched, url.href);
  lazyModules.set(url.href, module);
  // a copy for the next visit, which then compiles it ahead from there
  if (isOwnLazyPart(url) && options.cache !== false) keepCopy(url, etag);
  return module;
}

/**
 * The lazy part without blocking, for the tier (core.mjs _compilerReady):
 * fetched (through the page's copy for the package's own) and compiled
 * while the program runs on.
 */
function lazyModuleAsync(options) {
  const given = options.wasmLazy;
  if (given instanceof WebAssembly.Module) return Promise.resolve(given);
  const bytes = asBytes(given);
  if (bytes) return WebAssembly.compile(bytes);
  const url = lazyUrl(options);
  const ready = lazyModules.get(url.href);
  if (ready) return Promise.resolve(ready);
  let load = lazyLoads.get(url.href);
  if (!load) {
    load = fetchModule(url, null, isOwnLazyPart(url) && options.cache !== false).then((module) => {
      if (!lazyModules.has(url.href)) lazyModules.set(url.href, module);
      return lazyModules.get(url.href);
    });
    load.catch(() => lazyLoads.delete(url.href));   // a later need tries again
    lazyLoads.set(url.href, load);
  }
  return load;
}

/** A later visit of a page that needed the lazy part: compiled from the kept copy while the program starts. */
function prefetchLazyPart(options) {
  if (options.wasm !== undefined || options.wasmLazy !== undefined || options.cache === false) return;
  const url = ownSplit(options).lazy;
  if (lazyModules.has(url.href) || !hasCopy(url)) return;
  lazyModuleAsync(options).catch(() => {});   // the synchronous request remains
}

async function readCorlib(options, loader) {
  const given = options.corlib;
  if (given !== undefined && (asBytes(given) || !(given instanceof URL || typeof given === 'string'))) return readSource(given, options, loader);
  const url = given === undefined ? CORLIB_URL : toUrl(given, options);
  return { ...(await loader.stream(url)), fileName: url.href, place: given === undefined ? null : urlPlace(url) };
}

/**
 * Where a part of the corlib (System.Linq, ...) comes from: the package's
 * beside its corlib, else <name>.dll beside the corlib given as a URL (a
 * trimmed app's). Null for a corlib given as bytes.
 */
function corlibPart(name, options) {
  const given = options.corlib;
  if (given === undefined) return PART_URLS.get(name) ?? new URL(`${name}.dll`, CORLIB_URL);
  if (given instanceof URL || typeof given === 'string') return new URL(`${name}.dll`, toUrl(given, options));
  return null;
}

/** A part's bytes now (the runtime asks while a program runs): a synchronous request. */
function readPartSync(name, options) {
  const url = corlibPart(name, options);
  if (!url) return null;
  return { bytes: requestSync(url).bytes, fileName: url.href };
}

function extraPlaces(options) {
  const places = [];
  if (options.baseUrl !== undefined) {
    const s = String(options.baseUrl);
    places.push(urlPlace(new URL(s.endsWith('/') ? s : `${s}/`, documentBase())));
  }
  return places;
}

async function probe(place, fileName, loader) {
  const url = new URL(fileName, place.base);
  if (loader?.has(url)) {
    try {
      return { bytes: await loader.bytes(url), fileName: url.href, place };
    } catch {
      return null;
    }
  }
  let res;
  try {
    res = await fetch(url);
  } catch {
    return null;
  }
  if (!res.ok) return null;
  return { bytes: loader ? await loader.progress.read(res, url) : new Uint8Array(await res.arrayBuffer()), fileName: url.href, place };
}

/**
 * Per-runtime fetching: reports progress and sends the requests for the
 * module, the corlib and the `preload` URLs at once (the module's first), so
 * they download while the module compiles.
 *
 * The corlib's body is read as it arrives and kept as the chunks the
 * network delivered until the runtime exists; then they, and every later
 * chunk, are copied straight into one heap block that the runtime keeps
 * (core.mjs _receive). Each copy of a 2.3 MB corlib into fresh memory is
 * ~10 ms of page faults on a slow VM: the corlib used to be joined into one
 * array and then copied into the heap.
 */
class Loader {
  constructor(options) {
    this.progress = new Progress(options.onProgress);
    this.useCache = options.cache !== false;
    this.pending = new Map();   // url href -> Promise<{ res, cached }>
    this.bodies = new Map();    // url href -> Body (read as it arrives)
    this.module = null;
  }
  /** The module, fetched and compiled once per runtime: asked for first, before the other files. */
  wasmModule(options) {
    this.module ??= Promise.resolve(wasmModule(options, this));
    return this.module;
  }
  start(url) {
    const key = url.href;
    if (!this.pending.has(key) && !this.bodies.has(key)) {
      const p = fetchResponse(url, this.useCache);
      p.catch(() => {});   // reported when someone awaits it
      this.pending.set(key, p);
    }
  }
  /** Starts a file that will be streamed into the heap (the corlib): its body is read as it arrives. */
  startStream(url) {
    if (this.bodies.has(url.href)) return;
    this.pending.delete(url.href);
    this.bodies.set(url.href, new Body(fetchResponse(url, this.useCache), url, this.progress));
  }
  has(url) {
    return this.pending.has(url.href) || this.bodies.has(url.href);
  }
  /** The response for a URL: `{ res, cached }`. Each prefetched file is used once; later loads fetch again. */
  response(url) {
    this.start(url);
    const p = this.pending.get(url.href);
    this.pending.delete(url.href);
    return p;
  }
  async bytes(url) {
    const body = this.bodies.get(url.href);
    if (body) {
      this.bodies.delete(url.href);
      return body.bytes();
    }
    return readBody(await this.response(url), url, this.progress);
  }
  /** The file as core.mjs's `{ stream(onChunk), sizeHint }`: copied into the heap as it is read. */
  async stream(url) {
    this.startStream(url);
    const body = this.bodies.get(url.href);
    this.bodies.delete(url.href);
    return { sizeHint: await body.sizeHint, stream: (onChunk) => body.drain(onChunk) };
  }
}

/**
 * A response's body read as it arrives: the chunks wait in a list until
 * someone drains them (the runtime, into its heap block, once it exists);
 * from then on each chunk goes straight to it.
 */
class Body {
  constructor(response, url, progress) {
    this.chunks = [];
    this.length = 0;
    this.sink = null;
    this.sizeHint = response.then(({ res }) => sizeHint(res));
    this.sizeHint.catch(() => {});
    this.done = (async () => {
      const { res, cached } = await response;
      try {
        await progress.pipe(res, url, (chunk) => {
          if (this.sink) this.sink(chunk);
          else this.chunks.push(chunk);
          this.length += chunk.byteLength;
        }, cached);
      } catch (e) {
        if (e instanceof CilantroError) throw e;
        throw new CilantroError(`cannot fetch ${url}: ${e.message}`, 'FETCH_FAILED');
      }
    })();
    this.done.catch(() => {});   // reported when someone drains it
  }
  /** Hands every chunk to `sink`, those read so far at once; resolves when the body has ended. */
  async drain(sink) {
    const waiting = this.chunks;
    this.chunks = [];
    for (const c of waiting) sink(c);
    this.sink = sink;
    await this.done;
  }
  async bytes() {
    await this.done;
    return join(this.chunks, this.length);
  }
}

// One channel for every runtime: each message resumes the oldest waiter.
let channel = null;
const waiters = [];

function yieldToEventLoop() {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  if (channel === null) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiters.shift()?.();
  }
  return new Promise((resolve) => {
    waiters.push(resolve);
    channel.port2.postMessage(0);
  });
}

/** Start-up phases as performance marks (cilantro:module-compiled, ...: docs/js.md), for the page's own timeline. */
function mark(name) {
  try {
    globalThis.performance?.mark?.(name);
  } catch {
    // marks are diagnostics only
  }
}

const platform = {
  defaultSliceMs: 5,
  mark,
  ownAssembly: (name) => OWN_ASSEMBLIES.get(name.toLowerCase()) ?? null,
  corlibPart,
  readPartSync,
  wasmModule,
  lazyModule,
  lazyModuleAsync,
  readCorlib,
  readSource,
  extraPlaces,
  probe,
  // A page has no environment but its language: LANG as .NET's wasm runtime sets it, which
  // becomes CultureInfo.CurrentCulture unless the app runs in invariant globalization mode.
  defaultEnv: () => {
    const language = globalThis.navigator?.languages?.[0] ?? globalThis.navigator?.language;
    return language ? { LANG: `${language}.UTF-8` } : {};
  },
  defaultStdout: () => new LineSink((line) => console.log(line)),
  defaultStderr: () => new LineSink((line) => console.error(line)),
  yieldToEventLoop,
  // JSHost.ImportAsync: relative to the page, as .NET's does in a browser
  moduleUrl: (url) => new URL(url, globalThis.document?.baseURI ?? globalThis.location?.href).href,
};

/**
 * Creates a runtime with the corlib loaded. See index.d.ts for the options.
 * Browser-only options: `onProgress({ loaded, total, files, filesDone, url })`
 * is called as the module and assemblies download; `preload` lists assembly
 * URLs (the app and its references) to fetch in parallel with the module.
 * Async, so that a bad option rejects the promise rather than throwing; the
 * fetches still start before it returns.
 */
export async function createRuntime(options = {}) {
  const loader = new Loader(options);
  loader.wasmModule(options);
  const corlib = options.corlib;
  if (corlib === undefined) loader.startStream(CORLIB_URL);
  else if (corlib instanceof URL || typeof corlib === 'string') loader.startStream(toUrl(corlib, options));
  for (const u of options.preload ?? []) loader.start(toUrl(u, options));
  prefetchLazyPart(options);
  return createRuntimeOn({
    ...platform,
    wasmModule: (o) => loader.wasmModule(o),
    readCorlib: (o) => readCorlib(o, loader),
    readSource: (source, o) => readSource(source, o, loader),
    probe: (place, fileName) => probe(place, fileName, loader),
  }, options);
}
