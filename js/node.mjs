// node.mjs — the package entry for Node: assemblies from file paths (or
// URLs), output to process.stdout/stderr, setImmediate between time slices.

import { createRequire } from 'node:module';
import { nodeFsBackend } from './hostfs.mjs';
import * as http from './http.mjs';
import * as interop from './interop.mjs';
import { findInSharedFramework } from './shared-framework.mjs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { asBytes, CilantroError, createRuntimeOn, fetchOk, ManagedError, parseByteSize, VERSION, wasmSplit } from './core.mjs';

// Built-in modules through require(), not `import`: Node's ESM wrapper of a
// built-in reads every one of its exports, and node:fs's `promises` getter
// then loads fs/promises, its streams and readline, a few ms of start-up
// (~180 page faults) that a program which never touches them pays too.
// node:tty loads when the program first asks whether a stream is a terminal.
const require = createRequire(import.meta.url);
const fs = require('node:fs');
const { closeSync, existsSync, openSync, readFileSync, readSync, statSync } = fs;
const lazyTty = { isatty: (fd) => require('node:tty').isatty(fd) };

export { CilantroError, ManagedError, parseByteSize, VERSION };

const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));
const WASM_DIR = path.join(PACKAGE_ROOT, 'build', 'wasm');
/** The package's module files by options.wasmSplit: the first part and its lazy part. */
const SPLITS = new Map([
  ['typical', { wasm: path.join(WASM_DIR, 'cilantro.wasm'), lazy: path.join(WASM_DIR, 'cilantro.lazy.wasm') }],
  ['small', { wasm: path.join(WASM_DIR, 'cilantro.small.wasm'), lazy: path.join(WASM_DIR, 'cilantro.small.lazy.wasm') }],
]);
const CORLIB_PATH = path.join(PACKAGE_ROOT, 'build', 'corlib', 'mscorlib.dll');
const INTEROP_PATH = path.join(PACKAGE_ROOT, 'build', 'interop', 'Cilantro.Interop.dll');
/** The assemblies the package ships, by lower-case name. */
const OWN_ASSEMBLIES = new Map([['cilantro.interop', INTEROP_PATH]]);

// "http://x/a.dll" and "file:///a.dll" are URLs; "C:\a.dll" and "a.dll" are paths.
const looksLikeUrl = (s) => /^[a-z][a-z0-9+.-]+:/i.test(s) && !/^[a-z]:[\\/]/i.test(s);

function readPath(file) {
  try {
    return readFileSync(file);
  } catch (e) {
    if (e.code === 'ENOENT') throw new CilantroError(`cannot open '${file}': no such file`, 'ENOENT');
    if (e.code === 'EISDIR') throw new CilantroError(`cannot open '${file}': it is a directory`, 'EISDIR');
    throw new CilantroError(`cannot read '${file}': ${e.message}`, e.code ?? 'EIO');
  }
}

async function fetchBytes(url) {
  const res = await fetchOk(url);
  return new Uint8Array(await res.arrayBuffer());
}

function dirPlace(dir) {
  const abs = path.resolve(dir);
  return { key: `dir:${abs}`, label: abs, dir: abs };
}

function urlPlace(base) {
  const url = new URL('.', base);
  if (url.protocol === 'file:') return dirPlace(fileURLToPath(url));
  return { key: `url:${url.href}`, label: url.href, base: url };
}

function placeFromOption(value) {
  if (value instanceof URL) return urlPlace(new URL(value.href.endsWith('/') ? value.href : `${value.href}/`));
  const s = String(value);
  if (looksLikeUrl(s)) return urlPlace(new URL(s.endsWith('/') ? s : `${s}/`));
  return dirPlace(s);
}

async function readSource(source) {
  const bytes = asBytes(source);
  if (bytes) return { bytes, fileName: '(bytes)', place: null };
  let url = null;
  if (source instanceof URL) url = source;
  else if (typeof source === 'string' && looksLikeUrl(source)) url = new URL(source);
  else if (typeof source !== 'string') {
    throw new TypeError('an assembly source must be a Uint8Array, an ArrayBuffer, a URL or a file path');
  }
  if (url && url.protocol !== 'file:') {
    return { bytes: await fetchBytes(url), fileName: url.href, place: urlPlace(url) };
  }
  const file = url ? fileURLToPath(url) : source;
  return { bytes: readPath(file), fileName: file, place: dirPlace(path.dirname(file)) };
}

const defaultModules = new Map();       // split name -> Promise of its compiled first part
const defaultLazyModules = new Map();   // split name -> its compiled lazy part

function wasmModule(options) {
  const split = wasmSplit(options.wasmSplit);   // checked even where options.wasm makes it moot
  const given = options.wasm;
  if (given instanceof WebAssembly.Module) return given;
  if (given !== undefined) {
    return readSource(given).then((r) => WebAssembly.compile(r.bytes));
  }
  // Compiled once per process: every runtime is a new instance of it (a failure is tried again next time).
  let module = defaultModules.get(split);
  if (!module) {
    const file = SPLITS.get(split).wasm;
    module = (async () => {
      if (!existsSync(file)) throw new CilantroError(`cannot open '${file}': build it with 'make wasm'`, 'ENOENT');
      return WebAssembly.compile(readFileSync(file));
    })();
    module.catch(() => defaultModules.delete(split));
    defaultModules.set(split, module);
  }
  return module;
}

/** The file (or URL) of the lazy part beside a module given as a path or URL: x.wasm -> x.lazy.wasm. */
const lazySibling = (given) => String(given).replace(/(\.wasm)?$/i, '.lazy.wasm');

/**
 * The module's lazy part (core.mjs _loadLazyPart), compiled synchronously:
 * the runtime asks for it in the middle of a call. options.wasmLazy, else
 * the file beside options.wasm, else the package's own (of options.wasmSplit's split).
 */
function lazyModule(options) {
  let given = options.wasmLazy;
  if (given instanceof WebAssembly.Module) return given;
  if (given === undefined && options.wasm !== undefined) {
    if (typeof options.wasm !== 'string' && !(options.wasm instanceof URL)) {
      throw new CilantroError('the runtime module given as options.wasm needs its lazy part (cilantro.lazy.wasm): pass it as options.wasmLazy', 'NO_LAZY_PART');
    }
    given = lazySibling(options.wasm instanceof URL ? options.wasm.href : options.wasm);
  }
  const compile = (bytes, what) => {
    try {
      return new WebAssembly.Module(bytes);
    } catch (e) {
      throw new CilantroError(`the runtime module's lazy part ${what} does not compile: ${e.message}`, 'BAD_MODULE');
    }
  };
  if (given === undefined) {
    const split = wasmSplit(options.wasmSplit);
    if (!defaultLazyModules.has(split)) {
      const file = SPLITS.get(split).lazy;
      if (!existsSync(file)) throw new CilantroError(`cannot open '${file}': build it with 'make wasm'`, 'ENOENT');
      defaultLazyModules.set(split, compile(readFileSync(file), file));
    }
    return defaultLazyModules.get(split);
  }
  const bytes = asBytes(given);
  if (bytes) return compile(bytes, '(bytes)');
  let file = given instanceof URL ? given.href : String(given);
  if (looksLikeUrl(file)) {
    const url = new URL(file);
    if (url.protocol !== 'file:') {
      throw new CilantroError(`the runtime module's lazy part at ${url.href} cannot be read synchronously in Node: pass options.wasmLazy as bytes or a WebAssembly.Module`, 'NO_LAZY_PART');
    }
    file = fileURLToPath(url);
  }
  return compile(readPath(file), file);
}

/**
 * A file the runtime reads straight into its heap (core.mjs _loadBytes):
 * { length, readInto(view) } instead of a Buffer of the whole file.
 */
function fileReader(file) {
  let length;
  try {
    length = statSync(file).size;
  } catch (e) {
    readPath(file);   // throws the CilantroError a read would
    throw e;
  }
  return {
    length,
    fileName: file,
    place: null,
    readInto(view) {
      let fd;
      try {
        fd = openSync(file, 'r');
      } catch (e) {
        readPath(file);
        throw e;
      }
      try {
        let done = 0;
        while (done < length) {
          const n = readSync(fd, view, done, length - done, done);
          if (n === 0) throw new CilantroError(`cannot read '${file}': it got shorter while being read`, 'EIO');
          done += n;
        }
      } finally {
        closeSync(fd);
      }
    },
  };
}

async function readCorlib(options) {
  if (options.corlib !== undefined) {
    // a trimmed app's corlib (a path): read like the package's own
    if (typeof options.corlib === 'string' && !looksLikeUrl(options.corlib)) return fileReader(options.corlib);
    return readSource(options.corlib);
  }
  if (!existsSync(CORLIB_PATH)) {
    throw new CilantroError(`cannot open '${CORLIB_PATH}': build it with 'make corlib'`, 'ENOENT');
  }
  return fileReader(CORLIB_PATH);
}

/**
 * Where a part of the corlib (System.Linq, ...: corlib/parts.txt) comes
 * from: <name>.dll beside the corlib, the package's or the one given as a
 * path or URL (a trimmed app's). Null for a corlib given as bytes.
 */
function corlibPart(name, options) {
  const corlib = options.corlib;
  const file = `${name}.dll`;
  if (corlib === undefined) return path.join(path.dirname(CORLIB_PATH), file);
  if (corlib instanceof URL || (typeof corlib === 'string' && looksLikeUrl(corlib))) {
    const url = new URL(file, corlib);
    return url.protocol === 'file:' ? fileURLToPath(url) : url;
  }
  if (typeof corlib === 'string') return path.join(path.dirname(path.resolve(corlib)), file);
  return null;
}

/** A part's bytes now (the runtime asks while a program runs): only from a file. */
function readPartSync(name, options) {
  const where = corlibPart(name, options);
  if (typeof where !== 'string' || !existsSync(where)) return null;
  return { bytes: readFileSync(where), fileName: where };
}

function extraPlaces(options) {
  const places = [];
  for (const dir of options.searchPaths ?? []) places.push(placeFromOption(dir));
  if (options.baseUrl !== undefined) places.push(placeFromOption(options.baseUrl));
  return places;
}

async function probe(place, fileName) {
  if (place.dir !== undefined) {
    const file = path.join(place.dir, fileName);
    if (!existsSync(file)) return null;
    return { bytes: readPath(file), fileName: file, place };
  }
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

const byteSink = (stream) => ({
  write(bytes) { stream.write(bytes); },
  end() {},
});

const platform = {
  defaultSliceMs: 20,
  wasmModule,
  lazyModule,
  readCorlib,
  readSource,
  extraPlaces,
  probe,
  cheapProbe: true,   // probing is a file lookup, not a request
  // framework assemblies the corlib lacks, from the installed .NET (js/shared-framework.mjs)
  sharedFramework: (name, major) => findInSharedFramework(name, major),
  ownAssembly: (name) => OWN_ASSEMBLIES.get(name.toLowerCase()) ?? null,
  corlibPart,
  readPartSync,
  defaultFs: () => nodeFsBackend(fs, process, lazyTty),
  // JS interop and the HTTP transport from the start (a page imports them when a program needs them: core.mjs)
  modules: { interop, http },
  defaultEnv: () => process.env,
  defaultStdout: () => byteSink(process.stdout),
  defaultStderr: () => byteSink(process.stderr),
  // Console.ReadLine reads the process's stdin synchronously, as a console program does.
  defaultStdin: (maxBytes) => {
    const buf = Buffer.alloc(maxBytes);
    for (;;) {
      try {
        return buf.subarray(0, readSync(0, buf, 0, maxBytes, null));
      } catch (e) {
        if (e.code === 'EAGAIN') continue;
        if (e.code === 'EOF') return null;
        throw e;
      }
    }
  },
  yieldToEventLoop: () => new Promise((resolve) => setImmediate(resolve)),
  // JSHost.ImportAsync: a URL as it is; a path relative to the app's folder (else the working directory)
  moduleUrl: (url, appPlace) => {
    if (/^[a-z][a-z0-9+.-]+:/i.test(url)) return url;
    if (appPlace?.base) return new URL(url, appPlace.base).href;
    return pathToFileURL(path.resolve(appPlace?.dir ?? process.cwd(), url)).href;
  },
};

/**
 * Creates a runtime with the corlib loaded. See index.d.ts for the options.
 */
export function createRuntime(options = {}) {
  return createRuntimeOn(platform, options);
}
