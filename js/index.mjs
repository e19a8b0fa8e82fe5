// index.mjs — the package entry for browsers and bundlers: everything comes
// over fetch, output goes to the console line by line, and the runtime
// yields to the event loop through a MessageChannel between time slices
// (setTimeout(0) would be clamped to 4 ms after a few rounds).
//
// No node: imports here; Node resolves the package to node.mjs instead.

import { asBytes, CilantroError, createRuntimeOn, LineSink, parseByteSize, VERSION } from './core.mjs';

export { CilantroError, parseByteSize, VERSION };

const WASM_URL = new URL('../build/wasm/cilantro.wasm', import.meta.url);
const CORLIB_URL = new URL('../build/corlib/mscorlib.dll', import.meta.url);
const INTEROP_URL = new URL('../build/interop/', import.meta.url);

function documentBase() {
  return globalThis.document?.baseURI ?? globalThis.location?.href ?? import.meta.url;
}

function toUrl(value, options) {
  if (value instanceof URL) return value;
  return new URL(String(value), options.baseUrl !== undefined ? new URL(String(options.baseUrl), documentBase()) : documentBase());
}

async function fetchOk(url) {
  let res;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new CilantroError(`cannot fetch ${url}: ${e.message}`, 'FETCH_FAILED');
  }
  if (!res.ok) throw new CilantroError(`cannot fetch ${url}: HTTP ${res.status}`, 'FETCH_FAILED');
  return res;
}

function urlPlace(url) {
  const base = new URL('.', url);
  return { key: `url:${base.href}`, label: base.href, base };
}

async function readSource(source, options) {
  const bytes = asBytes(source);
  if (bytes) return { bytes, fileName: '(bytes)', place: null };
  if (!(source instanceof URL) && typeof source !== 'string') {
    throw new TypeError('an assembly source must be a Uint8Array, an ArrayBuffer or a URL');
  }
  const url = toUrl(source, options);
  const res = await fetchOk(url);
  return { bytes: new Uint8Array(await res.arrayBuffer()), fileName: url.href, place: urlPlace(url) };
}

let defaultModule = null;

async function compileResponse(res) {
  // Streaming compilation needs the right MIME type; fall back to bytes.
  if (WebAssembly.compileStreaming && res.headers.get('content-type')?.startsWith('application/wasm')) {
    return WebAssembly.compileStreaming(res);
  }
  return WebAssembly.compile(await res.arrayBuffer());
}

function wasmModule(options) {
  const given = options.wasm;
  if (given instanceof WebAssembly.Module) return given;
  const bytes = asBytes(given);
  if (bytes) return WebAssembly.compile(bytes);
  if (given !== undefined) return fetchOk(toUrl(given, options)).then(compileResponse);
  defaultModule ??= fetchOk(WASM_URL).then(compileResponse);
  return defaultModule;
}

async function readCorlib(options) {
  if (options.corlib !== undefined) return readSource(options.corlib, options);
  const res = await fetchOk(CORLIB_URL);
  return { bytes: new Uint8Array(await res.arrayBuffer()), fileName: CORLIB_URL.href, place: null };
}

function extraPlaces(options) {
  const places = [];
  if (options.baseUrl !== undefined) {
    const s = String(options.baseUrl);
    places.push(urlPlace(new URL(s.endsWith('/') ? s : `${s}/`, documentBase())));
  }
  places.push(urlPlace(INTEROP_URL));
  return places;
}

async function probe(place, fileName) {
  const url = new URL(fileName, place.base);
  let res;
  try {
    res = await fetch(url);
  } catch {
    return null;
  }
  if (!res.ok) return null;
  return { bytes: new Uint8Array(await res.arrayBuffer()), fileName: url.href, place };
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

const platform = {
  defaultSliceMs: 8,
  wasmModule,
  readCorlib,
  readSource,
  extraPlaces,
  probe,
  defaultStdout: () => new LineSink((line) => console.log(line)),
  defaultStderr: () => new LineSink((line) => console.error(line)),
  yieldToEventLoop,
};

/**
 * Creates a runtime with the corlib loaded. See index.d.ts for the options.
 */
export function createRuntime(options = {}) {
  return createRuntimeOn(platform, options);
}
