// .NET's own browser interop (System.Runtime.InteropServices.JavaScript) on
// Cilantro: tests/jsinterop/JSInteropApp is ordinary code for .NET's
// wasmbrowser template ([JSImport]/[JSExport] static partial methods, the
// SDK's source generator, JSHost, JSObject), built by `dotnet build` on a plain
// net10.0 TFM. Real .NET 10 runs JSImport only in a browser (outside one it
// throws PlatformNotSupportedException, checked below as the oracle of the
// native build), so the expected values here are written from .NET's
// documented behaviour; where Cilantro's message is its own the line is
// compared up to the exception type (lines ending in '…').
// Needs `make native wasm corlib`.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { ROOT, tempDir, buildSdkProject, hasDotnet, runAsync as run } from './lib/helpers.mjs';
import { createRuntime } from '../../js/node.mjs';
import { mainImports } from '../jsinterop/main.mjs';

const PROJECT = path.join(ROOT, 'tests', 'jsinterop', 'JSInteropApp', 'JSInteropApp.csproj');
const NATIVE = path.join(ROOT, 'build', 'native', 'cilantro');
const TRIM = path.join(ROOT, 'build', 'trim', 'cilantro-trim.dll');
const CORLIB = path.join(ROOT, 'build', 'corlib', 'mscorlib.dll');
const opts = { skip: hasDotnet ? false : 'no .NET SDK', timeout: 120000 };
let dll;

before(async () => {
  if (!hasDotnet) return;
  dll = await buildSdkProject(PROJECT, 'JSInteropApp');
});

/** Runs Main on the wasm build with main.js given; its output, and what it wrote with console.log. */
async function runMain(options) {
  let out = '';
  const logged = [];
  const rt = await createRuntime({ ...options, stdout: (t) => { out += t; }, stderr: (t) => { out += t; } });
  const name = await rt.loadAssembly(dll);
  rt.setModuleImports('main.js', mainImports);
  const log = console.log;
  console.log = (...a) => logged.push(a.join(' '));
  try {
    assert.equal(await rt.runMain(name), 0, out);
  } finally {
    console.log = log;
  }
  return { rt, out, logged };
}

function assertLines(actual, expected) {
  const lines = actual.trimEnd().split('\n');
  for (let i = 0; i < expected.length; i++) {
    const want = expected[i];
    if (want.endsWith('…')) assert.ok(lines[i]?.startsWith(want.slice(0, -1)), `line ${i + 1}: ${lines[i]}\n  expected ${want}`);
    else assert.equal(lines[i], want, `line ${i + 1}`);
  }
  assert.equal(lines.length, expected.length, actual);
}

const EXPECTED = [
  'arch: Wasm',
  'global Math.max: 7.5',
  'console.log: "called"',
  'add: 42',
  'concat: "Cilantro"',
  'concat null: "nullx"',
  'describe int: "number 5"',
  'describe string: "string "s""',
  'describe null: "object null"',
  'describe array: "object [1,"two",true]"',
  'negate: false',
  'mul: 101',
  'nullable 3: 4',
  'nullable null: null',
  'bigint: 9007199254740994',
  'sum: 10',
  'reverse: ["c", "b", "a"]',
  'bytes: [0, 3, 254]',
  'span: 4',
  'segment: 5',
  'date from JS: 2024-01-02 03:04:05 Utc',
  'date to JS: "2001-02-03T04:05:06.000Z"',
  'point.x: 3',
  'point.len: 5',
  'point.name: "p"',
  'point.missing as string: null',
  'point.visible: true',
  'point.inner.deep: "yes"',
  'point.data: [9, 8]',
  'has x: true',
  'has z: false',
  'typeof x/name/inner/move/z: "number,string,object,function,undefined"',
  'after SetProperty: "{"x":3,"y":4,"len":5,"name":"p","visible":true,"inner":{"deep":"yes"},"data":{"0":9,"1":8},"z":5,"label":"five","ok":true,"ratio":0.25,"self":{"deep":"yes"}}"',
  // .NET's text differs (its JS side asserts the type); Cilantro names the property and both types
  'name as int: InvalidCastException: JS interop: JS property \'name\' is the string "p", which does not marshal to Int32',
  'disposed: true',
  'after Dispose: ObjectDisposedException: …',
  "Object name: 'JSObject'.",
  'globalThis.Math.PI: 3.141592653589793',
  'DotnetInstance.getAssemblyExports: "function"',
  'await JS promise: 42',
  'await JS rejection: JSException: nope',
  'JS awaits a .NET task: "got 7"',
  // the .NET exception JS got comes back as itself
  'JS awaits a failed .NET task: InvalidOperationException: bad task',
  '  log from JS: called back',
  'callbacks: 42',
  'JS function as Func: 15',
  'JS throws: JSException: boom',
  'exception to JS: "true bad arg"',
  'JS error as exception: "made in JS"',
  'unknown function: JSException: [JSImport("missing", "main.js")]: JS module \'main.js\' has no function \'missing\' (it is undefined)',
  'unknown module: JSException: [JSImport("anything", "no-such-module")]: JS module \'no-such-module\' is not known …',
  'ImportAsync: "function"',
  'helper shout: "HI!"',
  'helper nested.twice: 42',
  'ImportAsync missing file: JSException: JSHost.ImportAsync("nothing", "./no-such-file.mjs"): cannot import file://…',
];

test('[JSImport], JSObject, JSHost, promises, callbacks and exceptions from Main (wasm, allowGlobals)', opts, async () => {
  const { rt, out, logged } = await runMain({ allowGlobals: true });
  assertLines(out, EXPECTED);
  assert.deepEqual(logged, ['console.log from .NET']);
  rt.dispose();
});

test('without allowGlobals: global functions, GlobalThis and ImportAsync are refused with clear messages; module imports work', opts, async () => {
  const { rt, out } = await runMain({});
  const line = (label) => out.split('\n').find((l) => l.startsWith(`${label}: `));
  assert.match(line('global Math.max'), /JSException: \[JSImport\("globalThis\.Math\.max"\)\] names a global JS function, which needs createRuntime\(\{ allowGlobals: true \}\)/);
  assert.match(line('globalThis.Math.PI'), /JSException: JSHost\.GlobalThis needs createRuntime\(\{ allowGlobals: true \}\)/);
  assert.match(line('DotnetInstance.getAssemblyExports'), /JSException: JSHost\.DotnetInstance needs createRuntime\(\{ allowGlobals: true \}\)/);
  assert.match(line('ImportAsync'), /JSException: JSHost\.ImportAsync\("helper", "\.\/helper\.mjs"\) loads JS code, which needs createRuntime/);
  assert.equal(line('add'), 'add: 42');
  assert.equal(line('callbacks'), 'callbacks: 42');
  rt.dispose();
});

test('[JSExport]: getAssemblyExports gives namespaces as objects; calls that finish at once are synchronous', opts, async () => {
  const rt = await createRuntime({ stdout: null, stderr: null });
  await rt.loadAssembly(dll);
  const E = (await rt.getAssemblyExports('JSInteropApp.dll')).JSInteropApp.Exports;
  assert.equal(E.Greet('Ada'), 'Hello, Ada!');
  assert.equal(E.Greet(null), 'Hello, nobody!');
  assert.equal(E.Add(2, 3), 5);
  assert.equal(E.Scale(1.5, null), 3);
  assert.equal(E.Scale(1.5, 4), 6);
  assert.equal(E.Not(false), true);
  assert.deepEqual(E.Doubled([1, 2, 3]), [2, 4, 6]);
  assert.deepEqual(E.Range(4), new Uint8Array([0, 1, 2, 3]));
  assert.equal(E.NextDay(new Date(Date.UTC(2020, 1, 28))).toISOString(), '2020-02-29T00:00:00.000Z');
  assert.equal(E.ReadPoint({ x: 1, y: 2 }), '1,2');
  assert.equal(E.Apply((x) => x * 10, 4), 41);
  const triple = E.Multiplier(3);
  assert.equal(typeof triple, 'function');
  assert.equal(triple(5), 15);
  assert.equal(E.CatchJs(() => { throw new Error('js err'); }), 'caught JSException: js err');
  assert.equal(E.Echo(3), 3);
  assert.equal(E.Echo('s'), 's');
  assert.deepEqual(E.Echo([1, 'a']), [1, 'a']);
  assert.equal(E.Echo(null), null);
  // arguments JS leaves out are undefined: the .NET default
  assert.equal(E.Add(2), 2);
  assert.equal(E.Greet(), 'Hello, nobody!');

  // Task<T> -> Promise, Promise -> Task<T>
  const square = E.SlowSquare(9);
  assert.ok(square instanceof Promise);
  assert.equal(await square, 81);
  assert.equal(await E.AwaitJs(new Promise((r) => setTimeout(() => r('js value'), 5))), 'js value (awaited in .NET)');

  // .NET exceptions are JS errors (ManagedError, with the managed stack)
  assert.throws(() => E.Fail('bad'), (e) => e instanceof Error && e.message === 'bad' && /InvalidOperationException/.test(e.stack));
  await assert.rejects(E.FailLater(), (e) => e instanceof Error && e.message === 'failed later');
  // a JS error that went through .NET (a JSException there) comes back as the same object
  const jsError = new RangeError('from JS');
  assert.throws(() => E.Call(() => { throw jsError; }), (e) => e === jsError);
  rt.dispose();
});

test('an assembly without [JSExport] methods has no exports; an unknown one is an error', opts, async () => {
  const rt = await createRuntime({ stdout: null, stderr: null });
  await rt.loadAssembly(dll);
  assert.deepEqual(await rt.getAssemblyExports(rt.assemblies[0]), {});
  await assert.rejects(rt.getAssemblyExports('Nope'), /assembly 'Nope' is not loaded/);
  rt.dispose();
});

test('outside a JS host it is PlatformNotSupportedException: real .NET (the oracle) and the native build', opts, async () => {
  const dotnet = await run('dotnet', [dll]);
  assert.match(dotnet.stdout, /^arch: \w+\nglobal Math\.max: PlatformNotSupportedException: /);
  if (!existsSync(NATIVE)) return;
  const native = await run(NATIVE, [dll]);
  assert.match(native.stdout, /^arch: \w+\nglobal Math\.max: PlatformNotSupportedException: \[JSImport\("globalThis\.Math\.max"\)\]: System\.Runtime\.InteropServices\.JavaScript needs a JS host/);
});

test('trimmed (cilantro trim): the entry points JS calls and the generated wrappers survive', { ...opts, skip: opts.skip || (existsSync(TRIM) ? false : 'no build/trim') }, async () => {
  const dir = tempDir('cilantro-jsinterop-trim-');
  const t = await run('dotnet', [TRIM, '--corlib', CORLIB, dll, '-o', dir]);
  assert.equal(t.status, 0, t.stdout + t.stderr);
  copyFileSync(path.join(path.dirname(dll), 'helper.mjs'), path.join(dir, 'helper.mjs'));
  let out = '';
  const rt = await createRuntime({ allowGlobals: true, corlib: path.join(dir, 'mscorlib.dll'), stdout: (x) => { out += x; }, stderr: (x) => { out += x; } });
  const name = await rt.loadAssembly(path.join(dir, 'JSInteropApp.dll'));
  rt.setModuleImports('main.js', mainImports);
  const log = console.log;
  console.log = () => {};
  try {
    assert.equal(await rt.runMain(name), 0, out);
  } finally {
    console.log = log;
  }
  for (const line of ['add: 42', 'callbacks: 42', 'JS awaits a .NET task: "got 7"', 'helper shout: "HI!"']) assert.ok(out.split('\n').includes(line), `${line}\n${out}`);
  const E = (await rt.getAssemblyExports(name)).JSInteropApp.Exports;
  assert.equal(E.Greet('trim'), 'Hello, trim!');
  assert.equal(await E.SlowSquare(3), 9);
  assert.equal(E.Multiplier(2)(4), 8);
  rt.dispose();
});
