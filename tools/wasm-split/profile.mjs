#!/usr/bin/env node
// profile.mjs — renews the lists of functions that stay in the first part of
// the runtime module when tools/build-wasm.sh splits it (the others go to the
// lazy part, loaded at the first call of one of them):
//   tools/wasm-split/primary.txt        cilantro.wasm: hello world,
//       tools/wasm-split/Typical.cs and Interop.cs (what a page's program does
//       with JavaScript, called from JS);
//   tools/wasm-split/primary-small.txt  cilantro.small.wasm: hello world as
//       `cilantro trim` writes it (build/web/hello-trimmed), for trimmed apps,
//       and with the whole corlib (six functions more).
//
// It instruments the whole named module (build/wasm/cilantro.full.wasm) with
// `wasm-split --instrument`, runs the programs, and writes the names of every
// function a run called, sorted. The runs have the tier on, as programs do,
// but are told its compiler is not in yet (as a page is until the lazy part
// arrives): the tier's bookkeeping and the question it asks stay in the first
// part, its compiler does not.
//
//   node tools/wasm-split/profile.mjs        (needs `make wasm corlib web interop` and mcs)
// then `make wasm` splits by the new lists. Run it when a change moves what
// start-up calls: tests/js/lazy-part.test.mjs fails when hello world loads
// the lazy part.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRuntime } from '../../js/node.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FULL = path.join(ROOT, 'build/wasm/cilantro.full.wasm');
const LIST = path.join(ROOT, 'tools/wasm-split/primary.txt');
const SMALL_LIST = path.join(ROOT, 'tools/wasm-split/primary-small.txt');
const TRIMMED_HELLO = path.join(ROOT, 'build/web/hello-trimmed');

/** Function names by index (imports first) and the number of imported functions, from the name section. */
function functionNames(bytes) {
  let p = 8;
  const leb = () => {
    let r = 0, shift = 0, b;
    do { b = bytes[p++]; r |= (b & 0x7f) << shift; shift += 7; } while (b & 0x80);
    return r >>> 0;
  };
  const skipName = () => { const n = leb(); p += n; };
  const names = new Map();
  let imported = 0, defined = 0;
  while (p < bytes.length) {
    const id = bytes[p++];
    const size = leb();
    const end = p + size;
    if (id === 2) {                       // imports: count the functions
      for (let n = leb(); n > 0; n--) {
        skipName(); skipName();
        const kind = bytes[p++];
        if (kind === 0) { leb(); imported++; }
        else if (kind === 1) { p++; if (bytes[p++] & 1) { leb(); } leb(); }
        else if (kind === 2) { if (bytes[p++] & 1) { leb(); } leb(); }
        else p += 2;                      // global: type, mutability
      }
    } else if (id === 3) {
      defined = leb();
    } else if (id === 0) {
      const n = leb();
      const section = new TextDecoder().decode(bytes.subarray(p, p + n));
      p += n;
      while (section === 'name' && p < end) {
        const sub = bytes[p++];
        const subEnd = leb() + p;
        if (sub === 1) {
          for (let k = leb(); k > 0; k--) {
            const index = leb();
            const len = leb();
            names.set(index, new TextDecoder().decode(bytes.subarray(p, p + len)));
            p += len;
          }
        }
        p = subEnd;
      }
    }
    p = end;
  }
  return { names, imported, defined };
}

// Interop.cs's JS side: a page element and the functions it imports.
const PAGE = {
  greet: (name, times) => `hello ${name}`.repeat(times),
  sum: (values) => values.reduce((a, b) => a + b, 0),
  element: (id) => ({ id, textContent: '', listeners: [] }),
  text: (element, text) => { element.textContent = text; },
  listen: (element, callback) => { element.listeners.push(callback); lastElement = element; },
};
let lastElement = null;

async function profile(instrumented, app, corlib) {
  const rt = await createRuntime({ wasm: instrumented, ...(corlib ? { corlib } : {}), stdout: () => {}, stderr: () => {} });
  rt._compilerReady = () => 0;   // env.cilantro_js_compiler_ready: "not yet", for the whole run
  rt.registerModule('page', PAGE);
  const id = await rt.loadAssembly(app);
  const code = await rt.runMain(id, []);
  if (code !== 0) throw new Error(`${app} exited with ${code}`);
  if (app.endsWith('Interop.exe')) {
    const line = await rt.invoke(id, 'Interop', 'Render', ['page', 2]);
    if (line !== 'hello pagehello page 6.0') throw new Error(`Interop.Render returned ${line}`);
    for (const listener of lastElement.listeners) listener({ type: 'click' });
    const clicks = await rt.invoke(id, 'Interop', 'Clicks', []);
    if (clicks !== 1) throw new Error(`Interop saw ${clicks} clicks`);
  }
  // the profile: an 8-byte module hash, then one 4-byte timestamp per defined function (0: never called)
  const x = rt._x;
  rt.dispose();   // as the CLI does at the end (cil_shutdown)
  const size = 1 << 20;
  const at = x.malloc(size);
  const length = x.__write_profile(at, size);
  return new Uint8Array(x.memory.buffer, at, length).slice();
}

const full = readFileSync(FULL);
const { names, imported, defined } = functionNames(full);
const work = mkdtempSync(path.join(os.tmpdir(), 'cilantro-split-'));
try {
  const instrumentedFile = path.join(work, 'instrumented.wasm');
  execFileSync('wasm-split', ['--instrument', '--enable-mutable-globals', '--enable-sign-ext', FULL, '-o', instrumentedFile], { stdio: 'inherit' });
  const instrumented = await WebAssembly.compile(readFileSync(instrumentedFile));
  execFileSync('mcs', ['-nologo', '-nowarn:626', '-out:' + path.join(work, 'Typical.exe'), path.join(ROOT, 'tools/wasm-split/Typical.cs')], { stdio: 'inherit' });
  execFileSync('mcs', ['-nologo', '-nowarn:626', '-r:' + path.join(ROOT, 'build/interop/Cilantro.Interop.dll'), '-out:' + path.join(work, 'Interop.exe'),
    path.join(ROOT, 'tools/wasm-split/Interop.cs')], { stdio: 'inherit' });
  copyFileSync(path.join(ROOT, 'build/interop/Cilantro.Interop.dll'), path.join(work, 'Cilantro.Interop.dll'));
  const called = async (runs) => {
    const kept = new Set();
    for (const [app, corlib] of runs) {
      const data = await profile(instrumented, app, corlib);
      if (data.length !== 8 + 4 * defined) throw new Error(`profile of ${app}: ${data.length} bytes for ${defined} functions`);
      const view = new DataView(data.buffer);
      for (let i = 0; i < defined; i++) {
        if (view.getUint32(8 + 4 * i, true) === 0) continue;
        const name = names.get(imported + i);
        if (!name) throw new Error(`function ${imported + i} has no name: build-wasm.sh must link with --profiling-funcs`);
        kept.add(name);
      }
    }
    return [...kept].sort();
  };
  const lists = [
    [LIST, [[path.join(ROOT, 'build/web/hello.exe')], [path.join(work, 'Typical.exe')], [path.join(work, 'Interop.exe')]]],
    [SMALL_LIST, [[path.join(TRIMMED_HELLO, 'hello.exe'), path.join(TRIMMED_HELLO, 'mscorlib.dll')], [path.join(ROOT, 'build/web/hello.exe')]]],
  ];
  for (const [file, runs] of lists) {
    const list = await called(runs);
    writeFileSync(file, list.join('\n') + '\n');
    console.log(`profile.mjs: ${list.length} of ${defined} functions stay in the first part (${path.relative(ROOT, file)})`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
