// The package API: createRuntime / loadAssembly / runMain, on the wasm build.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, test } from 'node:test';
import { CilantroError, createRuntime, ManagedError } from '../../js/node.mjs';
import {
  APP_CS, ARGS_CS, BUSY_CS, captured, compileCs, EXIT_CS, HELLO_CS, LIB_CS, SLEEP_CS, tempDir, THROW_CS,
} from './lib/helpers.mjs';

let dir;
const exe = {};

before(() => {
  dir = tempDir();
  exe.hello = compileCs(dir, 'Hello', HELLO_CS);
  exe.args = compileCs(dir, 'Args', ARGS_CS);
  exe.exit = compileCs(dir, 'Exit', EXIT_CS);
  exe.throw = compileCs(dir, 'Throw', THROW_CS);
  exe.sleep = compileCs(dir, 'Sleeper', SLEEP_CS);
  exe.busy = compileCs(dir, 'Busy', BUSY_CS);
  exe.lib = compileCs(path.join(dir, 'lib'), 'Lib', LIB_CS, { target: 'library' });
  exe.app = compileCs(path.join(dir, 'app'), 'App', APP_CS, { refs: [exe.lib] });
});


test('createRuntime loads the corlib first', async () => {
  const { rt } = await captured();
  assert.equal(rt.assemblies.length, 1);
  assert.equal(typeof rt.assemblies[0], 'string');
  rt.dispose();
});

test('loadAssembly(path) + runMain capture stdout and resolve to the exit code', async () => {
  const { rt, out } = await captured();
  const name = await rt.loadAssembly(exe.hello);
  assert.equal(name, 'Hello');
  assert.ok(rt.assemblies.includes('Hello'));
  assert.equal(await rt.runMain(name), 0);
  assert.equal(out.stdout, 'Hello, world!\ncaf\u00e9 \u2713\n');
  assert.equal(out.stderr, '');
  rt.dispose();
});

test('an assembly streamed chunk by chunk into a heap block (the page\'s corlib) loads, even past a short size hint', async () => {
  const { rt, out } = await captured();
  const bytes = readFileSync(exe.hello);
  const chunked = (size) => async (onChunk) => {
    for (let i = 0; i < bytes.length; i += size) {
      await null;
      onChunk(bytes.subarray(i, i + size));
    }
  };
  // a hint far below the length: the block is moved to a bigger one, more than once
  const { data, length } = await rt._receive(chunked(1000), 1500);
  assert.equal(length, bytes.length);
  assert.deepEqual(rt._mem().slice(data, data + length), new Uint8Array(bytes));
  const name = rt._adopt(data, length, exe.hello);
  assert.equal(await rt.runMain(name), 0);
  assert.equal(out.stdout, 'Hello, world!\ncaf\u00e9 \u2713\n');
  // a failing stream rejects with its error
  await assert.rejects(rt._receive(async (onChunk) => { onChunk(bytes.subarray(0, 10)); throw new Error('cut off'); }, 100), /cut off/);
  rt.dispose();
});

test('loadAssembly accepts bytes, ArrayBuffer and file: URLs', async () => {
  const bytes = readFileSync(exe.exit);
  for (const source of [new Uint8Array(bytes), bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length), pathToFileURL(exe.exit)]) {
    const { rt } = await captured();
    const name = await rt.loadAssembly(source);
    assert.equal(name, 'Exit');
    assert.equal(await rt.runMain(name, ['7']), 7);
    rt.dispose();
  }
});

test('runMain passes arguments', async () => {
  const { rt, out } = await captured();
  const name = await rt.loadAssembly(exe.args);
  assert.equal(await rt.runMain(name, ['a', 'b c', '\u00fc']), 3);
  assert.equal(out.stdout, 'count=3\n[a]\n[b c]\n[\u00fc]\n');
  rt.dispose();
});

test('references are found next to the assembly or through searchPaths / resolveAssembly', async () => {
  // App's directory does not hold Lib.dll: without help, loading fails naming Lib.
  {
    const { rt } = await captured();
    await assert.rejects(rt.loadAssembly(exe.app), (e) => e instanceof CilantroError && e.code === 'MISSING_REFERENCE' && /'Lib'/.test(e.message));
    rt.dispose();
  }
  {
    const { rt, out } = await captured({ searchPaths: [path.dirname(exe.lib)] });
    assert.equal(await rt.runMain(await rt.loadAssembly(exe.app)), 0);
    assert.equal(out.stdout, 'Hi, App (from Lib)\n');
    assert.ok(rt.assemblies.includes('Lib'));
    rt.dispose();
  }
  {
    const asked = [];
    const { rt, out } = await captured({
      resolveAssembly: async (name) => { asked.push(name); return name === 'Lib' ? readFileSync(exe.lib) : null; },
    });
    assert.equal(await rt.runMain(await rt.loadAssembly(readFileSync(exe.app))), 0);
    assert.deepEqual(asked, ['Lib']);
    assert.equal(out.stdout, 'Hi, App (from Lib)\n');
    rt.dispose();
  }
});

test('a non-assembly is rejected with a CilantroError', async () => {
  const { rt } = await captured();
  await assert.rejects(rt.loadAssembly(new TextEncoder().encode('not a PE file')), (e) => e instanceof CilantroError && e.code === 'BAD_IMAGE' && e.message.length > 0);
  await assert.rejects(rt.loadAssembly(path.join(dir, 'missing.dll')), (e) => e instanceof CilantroError && e.code === 'ENOENT');
  // The runtime is still usable afterwards.
  assert.equal(await rt.runMain(await rt.loadAssembly(exe.exit), ['5']), 5);
  rt.dispose();
});

test('runMain of an assembly that is not loaded rejects', async () => {
  const { rt } = await captured();
  await assert.rejects(rt.runMain('Nope'), (e) => e instanceof CilantroError && e.code === 'NOT_LOADED');
  rt.dispose();
});

test('an unhandled exception goes to stderr and rejects runMain with the .NET exception', async () => {
  const { rt, out } = await captured();
  await assert.rejects(rt.runMain(await rt.loadAssembly(exe.throw)), (e) => e instanceof ManagedError
    && e.type === 'System.InvalidOperationException' && e.message === 'System.InvalidOperationException: boom: unhandled'
    && /at Throw\.Fail/.test(e.stack) && /at Throw\.Main/.test(e.stack) && e.exitCode === 1);
  assert.equal(out.stdout, 'before\n');
  assert.match(out.stderr, /InvalidOperationException/);
  rt.dispose();
});

test('runtimes are independent and can run at the same time', async () => {
  const a = await captured();
  const b = await captured();
  const [ca, cb] = await Promise.all([
    a.rt.loadAssembly(exe.args).then((n) => a.rt.runMain(n, ['x'])),
    b.rt.loadAssembly(exe.args).then((n) => b.rt.runMain(n, ['y', 'z'])),
  ]);
  assert.equal(ca, 1);
  assert.equal(cb, 2);
  assert.equal(a.out.stdout, 'count=1\n[x]\n');
  assert.equal(b.out.stdout, 'count=2\n[y]\n[z]\n');
  a.rt.dispose();
  b.rt.dispose();
});

test('a disposed runtime refuses work', async () => {
  const { rt } = await captured();
  const name = await rt.loadAssembly(exe.hello);
  rt.dispose();
  await assert.rejects(rt.runMain(name), (e) => e instanceof CilantroError && e.code === 'DISPOSED');
});

test('heapLimit accepts sizes and rejects nonsense', async () => {
  const { rt } = await captured({ heapLimit: '64m' });
  rt.dispose();
  await assert.rejects(createRuntime({ heapLimit: 'lots' }), RangeError);
  await assert.rejects(createRuntime({ heapLimit: -1 }), RangeError);
});

test('sleeping threads park without blocking the event loop', async () => {
  const { rt, out } = await captured();
  const name = await rt.loadAssembly(exe.sleep);
  let ticks = 0;
  const timer = setInterval(() => { ticks++; }, 5);
  const t0 = performance.now();
  const code = await rt.runMain(name);
  const elapsed = performance.now() - t0;
  clearInterval(timer);
  assert.equal(code, 0);
  assert.equal(out.stdout, 'start\ntick 0\ntick 1\ntick 2\nworker done\nend\n');
  assert.ok(elapsed >= 140, `slept ${elapsed} ms, expected at least 3 * 40 + 30`);
  assert.ok(ticks >= 10, `JS timers ran only ${ticks} times during ${elapsed} ms of managed sleeping`);
  rt.dispose();
});

test('a long computation is cut into slices: JS keeps running meanwhile', async () => {
  // Work out a loop count that keeps the runtime busy for a while (~10 slices).
  const { rt, out } = await captured({ sliceMs: 5 });
  const name = await rt.loadAssembly(exe.busy);
  // Each size is timed on its second run: the first may include the wasm
  // tier compiling the loop, which makes later runs much faster.
  let n = 200000;
  for (;;) {
    out.stdout = '';
    assert.equal(await rt.runMain(name, [String(n)]), 0);
    const t0 = performance.now();
    assert.equal(await rt.runMain(name, [String(n)]), 0);
    if (performance.now() - t0 >= 60 || n >= 1e9) break;
    n *= 4;
  }
  // The run measured must itself last 8 slices or more: the tier may make
  // it faster than the calibrating ones (a loaded machine measured 28.7 ms).
  let ticks, elapsed;
  for (let attempt = 0; ; attempt++) {
    ticks = 0;
    let running = true;
    const spin = () => { ticks++; if (running) setImmediate(spin); };
    setImmediate(spin);
    out.stdout = '';
    const t0 = performance.now();
    await rt.runMain(name, [String(n)]);
    elapsed = performance.now() - t0;
    running = false;
    assert.match(out.stdout, /^acc=\d+\n$/);
    if (elapsed >= 40 || attempt === 3 || n >= 1e9) break;
    n *= 2;
  }
  assert.ok(ticks >= 4, `only ${ticks} event-loop turns during ${elapsed} ms of computation with 5 ms slices`);
  rt.dispose();
});

test('a wasm trap rejects with a CilantroError and leaves the runtime marked broken', async () => {
  const { rt } = await captured();
  const name = await rt.loadAssembly(exe.hello);
  // Simulate the runtime trapping (as an out-of-bounds access would).
  rt._x = { ...rt._x, cil_run: () => { throw new WebAssembly.RuntimeError('memory access out of bounds'); } };
  await assert.rejects(rt.runMain(name), (e) => e instanceof CilantroError && e.code === 'RUNTIME_TRAP' && /out of bounds/.test(e.message));
  await assert.rejects(rt.loadAssembly(exe.exit), (e) => e instanceof CilantroError && e.code === 'RUNTIME_TRAP');
  rt.dispose();
  // Other runtimes are unaffected.
  const other = await captured();
  assert.equal(await other.rt.runMain(await other.rt.loadAssembly(exe.hello)), 0);
  other.rt.dispose();
});

const ENV_CS = `
using System;
class Env {
  static void Main() {
    Console.WriteLine(Environment.GetEnvironmentVariable("CIL_JS_A") ?? "(null)");
    Console.WriteLine(Environment.GetEnvironmentVariable("CIL_JS_B") ?? "(null)");
    Console.WriteLine(Environment.GetEnvironmentVariable("PATH") == null ? "no PATH" : "PATH");
    Console.WriteLine(Environment.GetEnvironmentVariables().Count);
  }
}`;

test('options.env is the program\'s environment; without it Node\'s process.env is', async () => {
  const envExe = compileCs(dir, 'Env', ENV_CS);
  {
    const { rt, out } = await captured({ env: { CIL_JS_A: 'one', CIL_JS_B: 'tw\u00f6 = 2', SKIPPED: undefined } });
    await rt.runMain(await rt.loadAssembly(envExe));
    assert.equal(out.stdout, 'one\ntw\u00f6 = 2\nno PATH\n2\n');
    rt.dispose();
  }
  process.env.CIL_JS_A = 'from node';
  try {
    const { rt, out } = await captured();
    await rt.runMain(await rt.loadAssembly(envExe));
    const lines = out.stdout.split('\n');
    assert.deepEqual(lines.slice(0, 3), ['from node', '(null)', process.env.PATH ? 'PATH' : 'no PATH']);
    assert.equal(Number(lines[3]), Object.values(process.env).filter((v) => v !== undefined).length);
    rt.dispose();
  } finally {
    delete process.env.CIL_JS_A;
  }
});
