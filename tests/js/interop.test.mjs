// JS <-> .NET interop on the wasm build: marshalling of every supported
// type and its errors, exceptions both ways, JS objects, callbacks, tasks
// and promises, leak checks, and `cilantro test`. Needs `make wasm corlib interop`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { CilantroError, createRuntime, ManagedError } from '../../js/node.mjs';
import { compileCs, lines, ROOT, runCli, tempDir } from './lib/helpers.mjs';

const INTEROP_DLL = path.join(ROOT, 'build', 'interop', 'Cilantro.Interop.dll');
let dll;

before(() => {
  const dir = tempDir();
  const src = readFileSync(path.join(ROOT, 'tests', 'js', 'interop', 'InteropTests.cs'), 'utf8');
  dll = compileCs(dir, 'InteropTests', src, { target: 'library', refs: [INTEROP_DLL] });
});

async function runtime(options = {}) {
  // CILANTRO_GC_STRESS=n runs the suite with a collection every n allocations.
  const gcStress = Number(process.env.CILANTRO_GC_STRESS ?? 0);
  const rt = await createRuntime({ stdout: null, stderr: null, gcStress, ...options });
  const name = await rt.loadAssembly(dll);
  const call = (type, method, ...args) => rt.invoke(name, `Interop.${type}`, method, args);
  return { rt, name, call };
}

const badArg = (re) => (e) => e instanceof CilantroError && e.code === 'BAD_ARGUMENT' && re.test(e.message);

test('numbers round-trip through every .NET numeric type, with range checks', async () => {
  const { rt, call } = await runtime();
  const cases = [
    ['SByte', -128, 127, [-129, 128]], ['Byte', 0, 255, [-1, 256]], ['Int16', -32768, 32767, [-32769, 32768]],
    ['UInt16', 0, 65535, [-1, 65536]], ['Int32', -2147483648, 2147483647, [-2147483649, 2147483648]],
    ['UInt32', 0, 4294967295, [-1, 4294967296]],
  ];
  for (const [m, lo, hi, bad] of cases) {
    assert.equal(await call('Types', m, lo), lo, m);
    assert.equal(await call('Types', m, hi), hi, m);
    for (const b of bad) await assert.rejects(call('Types', m, b), badArg(/out of range/), `${m}(${b})`);
    await assert.rejects(call('Types', m, 1.5), badArg(/not an integer/));
    await assert.rejects(call('Types', m, NaN), badArg(/NaN/));
    await assert.rejects(call('Types', m, '1'), badArg(/string/));
  }
  assert.equal(await call('Types', 'Int64', -(2n ** 63n)), -(2n ** 63n));
  assert.equal(await call('Types', 'Int64', 2n ** 63n - 1n), 2n ** 63n - 1n);
  assert.equal(await call('Types', 'Int64', 12345), 12345n);   // safe integers are accepted
  await assert.rejects(call('Types', 'Int64', 2 ** 60), badArg(/safe integer/));
  await assert.rejects(call('Types', 'Int64', 2n ** 63n), badArg(/out of range/));
  assert.equal(await call('Types', 'UInt64', 2n ** 64n - 1n), 2n ** 64n - 1n);
  await assert.rejects(call('Types', 'UInt64', -1n), badArg(/out of range/));
  await assert.rejects(call('Types', 'UInt64', 2n ** 64n), (e) => /does not fit/.test(e.message));
  assert.equal(await call('Types', 'Single', 1.5), 1.5);
  assert.equal(await call('Types', 'Single', 0.1), Math.fround(0.1));
  assert.equal(await call('Types', 'Double', Math.PI), Math.PI);
  assert.ok(Number.isNaN(await call('Types', 'Double', NaN)));
  assert.equal(await call('Types', 'Double', -Infinity), -Infinity);
  assert.equal(await call('Types', 'Day', 3), 3);   // enums travel as their underlying integer
  rt.dispose();
});

test('strings, chars, booleans, null and undefined', async () => {
  const { rt, call } = await runtime();
  for (const s of ['', 'hello', 'caf\u00e9 \u2713 \u{1F600}', 'x'.repeat(10000)]) assert.equal(await call('Types', 'String', s), s);
  assert.equal(await call('Types', 'String', null), null);
  assert.equal(await call('Types', 'String', undefined), null);
  await assert.rejects(call('Types', 'String', 5), badArg(/number to System.String/));
  assert.equal(await call('Types', 'Char', 'z'), 'z');
  await assert.rejects(call('Types', 'Char', 'zz'), badArg(/one-character/));
  assert.equal(await call('Types', 'Bool', true), true);
  assert.equal(await call('Types', 'Bool', false), false);
  await assert.rejects(call('Types', 'Bool', 1), badArg(/Boolean/));
  await assert.rejects(call('Types', 'Int32', null), badArg(/cannot be null/));
  assert.equal(await call('Types', 'Nothing'), undefined);
  rt.dispose();
});

test('arrays, Uint8Array <-> byte[], and object parameters get natural .NET types', async () => {
  const { rt, call } = await runtime();
  assert.deepEqual(await call('Types', 'Ints', [1, -2, 3]), [1, -2, 3]);
  assert.deepEqual(await call('Types', 'Ints', []), []);
  assert.equal(await call('Types', 'Ints', null), null);
  assert.deepEqual(await call('Types', 'Strings', ['a', null, 'c']), ['a', null, 'c']);
  assert.deepEqual(await call('Types', 'Jagged', [[1.5], [], [2, 3]]), [[1.5], [], [2, 3]]);
  assert.deepEqual(await call('Types', 'Longs', [1n, 2]), [1n, 2n]);
  assert.equal(await call('Types', 'Sum', new Int32Array([1, 2, 3])), 6);
  await assert.rejects(call('Types', 'Ints', [1, 'x']), badArg(/element 1/));
  await assert.rejects(call('Types', 'Ints', [1, 2 ** 40]), badArg(/element 1: .*out of range/));
  const bytes = await call('Types', 'Bytes', new Uint8Array([0, 1, 255]));
  assert.ok(bytes instanceof Uint8Array);
  assert.deepEqual([...bytes], [0, 1, 255]);
  await assert.rejects(call('Types', 'Ints', new Uint8Array([1])), badArg(/Uint8Array converts to byte\[\]/));
  assert.equal(await call('Types', 'TypeOf', 1), 'System.Double');
  assert.equal(await call('Types', 'TypeOf', 5n), 'System.Int64');
  assert.equal(await call('Types', 'TypeOf', 'x'), 'System.String');
  assert.equal(await call('Types', 'TypeOf', true), 'System.Boolean');
  assert.equal(await call('Types', 'TypeOf', [1]), 'System.Object[]');
  assert.equal(await call('Types', 'TypeOf', new Uint8Array(2)), 'System.Byte[]');
  assert.equal(await call('Types', 'TypeOf', {}), 'Cilantro.Interop.JSObject');
  assert.equal(await call('Types', 'TypeOf', null), 'null');
  assert.deepEqual(await call('Types', 'Object', [1, 'two', [true, null]]), [1, 'two', [true, null]]);
  await assert.rejects(call('Types', 'Unmarshallable'), (e) => e.code === 'BAD_RESULT' && /StringBuilder/.test(e.message));
  rt.dispose();
});

test('overloads are chosen by argument count and types; missing methods and bad arity reject clearly', async () => {
  const { rt, name, call } = await runtime();
  assert.equal(await call('Types', 'Over', 1), 'int');
  assert.equal(await call('Types', 'Over', 1.5), 'double');
  assert.equal(await call('Types', 'Over', 's'), 'string');
  assert.equal(await call('Types', 'Over', 1, 2), 'int,int');
  // A whole number never moves to the double overload because int cannot take it.
  await assert.rejects(call('Types', 'Over', 2 ** 31), badArg(/argument 1: .*2147483648 is out of range; a whole number is not passed to the System.Double overload/));
  await assert.rejects(call('Types', 'Over', -(2 ** 31) - 1), badArg(/out of range/));
  assert.equal(await call('Types', 'Over', 2 ** 31 + 0.5), 'double');
  assert.equal(await call('Types', 'Over', 2 ** 31 - 1), 'int');
  await assert.rejects(call('Types', 'Over', true), badArg(/Over/));
  await assert.rejects(call('Types', 'Over', 1, 2, 3), badArg(/no overload of Interop.Types.Over takes 3 arguments/));
  await assert.rejects(call('Types', 'Add', 1), badArg(/takes 2 arguments, got 1/));
  await assert.rejects(call('Types', 'Nope'), (e) => e instanceof CilantroError && e.code === 'MISSING_METHOD' && /Nope/.test(e.message));
  await assert.rejects(call('Types', 'Hidden'), (e) => e.code === 'MISSING_METHOD' && /not a public static/.test(e.message));
  await assert.rejects(rt.invoke(name, 'Interop.NoSuchType', 'X', []), (e) => e.code === 'MISSING_METHOD' && /NoSuchType/.test(e.message));
  await assert.rejects(rt.invoke('NoSuchAssembly', 'A', 'B', []), (e) => e.code === 'NOT_LOADED');
  await assert.rejects(rt.invoke(name, 'Interop.Types', 'Add', 'not an array'), TypeError);
  assert.equal(await call('Types', 'Add', 2, 3), 5);   // the runtime is still fine
  rt.dispose();
});

test('.NET exceptions reject with the type, message and managed stack trace', async () => {
  const { rt, call } = await runtime();
  await assert.rejects(call('Errors', 'Throw', 'bad value'), (e) => e instanceof ManagedError && e.type === 'System.ArgumentException'
    && /^System.ArgumentException: bad value/.test(e.message) && /at Interop\.Errors\.Throw/.test(e.stack));
  await assert.rejects(call('Errors', 'ThrowDeep'), (e) => e.type === 'System.InvalidOperationException'
    && (e.managedStack.match(/at Interop\.Errors\.Deep/g) ?? []).length === 4 && /ThrowDeep/.test(e.stack));
  rt.dispose();
});

test('a returned Task becomes a Promise', async () => {
  const { rt, call } = await runtime();
  assert.equal(await call('Errors', 'Later', 'x'), 'x!');
  assert.equal(await call('Errors', 'Plain'), undefined);
  await assert.rejects(call('Errors', 'FaultLater'), (e) => e instanceof ManagedError && e.type === 'System.FormatException' && /later/.test(e.message));
  // several at once
  assert.deepEqual(await Promise.all([call('Errors', 'Later', 'a'), call('Errors', 'Later', 'b'), call('Types', 'Add', 1, 1)]), ['a!', 'b!', 2]);
  rt.dispose();
});

test('.NET calls registered JS functions; JS exceptions become JSException; unregistered names are refused', async () => {
  const { rt, call } = await runtime();
  rt.registerFunction('upper', (s) => s.toUpperCase());
  rt.registerFunction('thrower', (m) => { throw new TypeError(`js failed: ${m}`); });
  rt.registerFunction('text', () => 'not a number');
  rt.registerFunction('echo', (v) => v);
  rt.registerModule('util', { nothing: () => undefined, notAFunction: 3 });
  assert.equal(await call('ToJs', 'Call', 'upper', 'abc'), 'ABC');
  assert.equal(await call('ToJs', 'CallObj', 'util.nothing'), null);
  assert.equal(await call('ToJs', 'CatchJs'), 'JSException: js failed: bad');
  assert.match(await call('ToJs', 'Unregistered'), /JS function 'no\.such\.fn' is not registered/);
  assert.match(await call('ToJs', 'WrongResult'), /^InvalidCastException: the JS result: cannot convert a JS string to System\.Int32/);
  assert.equal(await call('ToJs', 'Types'), '42|1099511627776|True|1.5|s|2|3|True|System.Double|c');
  await assert.rejects(call('ToJs', 'Call', 'util.notAFunction', 'x'), (e) => e instanceof ManagedError && e.type === 'Cilantro.Interop.JSException');
  assert.throws(() => rt.registerFunction('', () => 0), TypeError);
  assert.throws(() => rt.registerFunction('x', 5), TypeError);
  rt.dispose();
});

test('JS.InvokeAsync awaits a Promise without blocking other work', async () => {
  const { rt, call } = await runtime();
  let resolveLater;
  rt.registerFunction('slow', (v) => new Promise((r) => { resolveLater = () => r(`${v}-done`); }));
  rt.registerFunction('rejecter', () => Promise.reject(new Error('nope')));
  const pending = call('ToJs', 'Await', 'slow');
  // While .NET awaits the promise, other invocations run.
  assert.equal(await call('Types', 'Add', 20, 22), 42);
  resolveLater();
  assert.equal(await pending, 'awaited p-done');
  assert.equal(await call('ToJs', 'AwaitRejected'), 'JSException: nope');
  rt.dispose();
});

test('JS objects cross as JSObject handles: properties, methods, identity, disposal', async () => {
  const { rt, call } = await runtime();
  const obj = { name: 'thing', twice: (x) => x * 2, inner: { v: 9 } };
  assert.equal(await call('ToJs', 'UseObject', obj), 'thing:42:9');
  assert.equal(obj.fromNet, 7);
  assert.equal(await call('ToJs', 'Same', obj), obj);
  const f = () => 1;
  assert.equal(await call('ToJs', 'Same', f), f);
  assert.equal(await call('ToJs', 'Disposed', {}), 'ObjectDisposedException');
  await assert.rejects(call('ToJs', 'UseObject', 5), badArg(/JSObject/));
  rt.dispose();
});

test('JS.Global only when the host opts in', async () => {
  const closed = await runtime();
  assert.match(await closed.call('ToJs', 'GlobalType'), /JSException: JS.Global needs createRuntime\(\{ allowGlobals: true \}\)/);
  closed.rt.dispose();
  const open = await runtime({ allowGlobals: true });
  assert.equal(await open.call('ToJs', 'GlobalType'), '5');
  open.rt.dispose();
});

test('JS.CreateCallback: JS calls run the managed handler until the JSObject is disposed', async () => {
  const { rt, call } = await runtime();
  let fn = null;
  rt.registerFunction('keepCallback', (f) => { fn = f; });
  await call('ToJs', 'MakeCallback');
  assert.equal(typeof fn, 'function');
  fn({ kind: 'click' });
  fn('not an object');
  assert.equal(await call('ToJs', 'CallbackState'), '2:null');
  fn({ kind: 'key' });
  assert.equal(await call('ToJs', 'CallbackState'), '3:key');
  await call('ToJs', 'DropCallback');
  fn({ kind: 'late' });
  assert.equal(await call('ToJs', 'CallbackState'), '3:key');
  rt.dispose();
});

test('leak check: 10,000 invokes and 10,000 JSObject round trips keep memory and the handle table bounded', { timeout: 120000 }, async () => {
  const { rt, call } = await runtime();
  await call('Types', 'Add', 1, 2);
  const before = rt.interopStats();
  for (let i = 0; i < 10000; i++) assert.equal(await call('Types', 'Add', i, 1), i + 1);
  const afterInvokes = rt.interopStats();
  assert.equal(afterInvokes.pendingInvocations, 0);
  assert.equal(afterInvokes.handles, 0);
  let peak = 0;
  for (let i = 0; i < 10000; i++) {
    const o = { i };
    assert.equal(await call('ToJs', 'Same', o), o);
    peak = Math.max(peak, rt.interopStats().handles);
  }
  await call('ToJs', 'Collect');
  const after = rt.interopStats();
  assert.ok(after.handles <= 1, `handles after collection: ${after.handles} (peak ${peak})`);
  assert.ok(after.memoryBytes - before.memoryBytes <= 8 * 1024 * 1024, `wasm memory grew from ${before.memoryBytes} to ${after.memoryBytes}`);
  rt.dispose();
});

test('cilantro test runs [Test] methods, each in isolation, and reports N passed, N failed', () => {
  const dir = tempDir();
  const tests = compileCs(dir, 'Tests', `
using System;
using Cilantro.Testing;
namespace Suite {
  public class Checks {
    int n = 10;
    [Test] public void Passes() { if (1 + 1 != 2) throw new Exception("math"); }
    [Test] public void GetsAFreshInstance() { n++; if (n != 11) throw new Exception("shared state " + n); }
    [Test] public void GetsAFreshInstanceAgain() { n++; if (n != 11) throw new Exception("shared state " + n); }
    [Test] public void Fails() { throw new InvalidOperationException("expected failure"); }
    [Test] public static void StaticPasses() { }
    [Test] public void NullDeref() { object o = null; o.ToString(); }
    [Test] public void NeedsArg(int x) { }
    public void NotATest() { throw new Exception("must not run"); }
  }
  class Internal { [Test] public void Hidden() { } }
}`, { target: 'library', refs: [INTEROP_DLL] });
  const r = runCli(['test', tests]);
  const out = lines(r.stdout);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, /^PASS Suite\.Checks\.Passes /m);
  assert.match(r.stdout, /^PASS Suite\.Checks\.GetsAFreshInstance /m);
  assert.match(r.stdout, /^PASS Suite\.Checks\.GetsAFreshInstanceAgain /m);
  assert.match(r.stdout, /^PASS Suite\.Checks\.StaticPasses /m);
  assert.match(r.stdout, /^FAIL Suite\.Checks\.Fails\n\s+System\.InvalidOperationException: expected failure\n\s+at Suite\.Checks\.Fails/m);
  assert.match(r.stdout, /^FAIL Suite\.Checks\.NullDeref\n\s+System\.NullReferenceException/m);
  assert.match(r.stdout, /^FAIL Suite\.Checks\.NeedsArg: a test takes no parameters/m);
  assert.match(r.stdout, /^FAIL Suite\.Internal\.Hidden: its class is not public/m);
  assert.doesNotMatch(r.stdout, /NotATest/);
  assert.equal(out[out.length - 1], '4 passed, 4 failed');

  const ok = compileCs(dir, 'Ok', 'public class T { [Cilantro.Testing.Test] public static void A() { } }', { target: 'library', refs: [INTEROP_DLL] });
  const r2 = runCli(['test', ok]);
  assert.equal(r2.status, 0, r2.stderr);
  assert.equal(r2.stdout.trim().split('\n').pop(), '1 passed, 0 failed');
  const none = compileCs(dir, 'None', 'public class T { public static void A() { } }', { target: 'library' });
  const r3 = runCli(['test', none]);
  assert.equal(r3.status, 1);
  assert.match(r3.stderr, /no tests found in .*None\.dll \(xunit \[Fact\]\/\[Theory\] or \[Cilantro\.Testing\.Test\]\)/);
});
