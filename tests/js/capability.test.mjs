// The capability rule (docs/interop.md): with allowGlobals off, .NET code
// reaches only what the host registered and the values those functions
// return. Each case is an escape attempt walked by tests/js/interop/Escape.cs.
// Needs `make wasm corlib interop`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { before, test } from 'node:test';
import { CilantroError, createRuntime } from '../../js/node.mjs';
import { compileCs, ROOT, tempDir } from './lib/helpers.mjs';

const INTEROP_DLL = path.join(ROOT, 'build', 'interop', 'Cilantro.Interop.dll');
let dll;

before(() => {
  const src = readFileSync(path.join(ROOT, 'tests', 'js', 'interop', 'Escape.cs'), 'utf8');
  dll = compileCs(tempDir(), 'Escape', src, { target: 'library', refs: [INTEROP_DLL] });
});

// What an escape would do: set a global, or pollute Object.prototype.
function untouched() {
  assert.equal(globalThis.pwned, undefined, 'a global was set from .NET');
  assert.equal(Object.prototype.pwned, undefined, 'Object.prototype was polluted from .NET');
}

async function runtime(options = {}) {
  const rt = await createRuntime({ stdout: null, stderr: null, ...options });
  const name = await rt.loadAssembly(dll);
  const run = (arg, start, steps) => rt.invoke(name, 'Interop.Escape', 'Run', [arg, start, steps]);
  return { rt, name, run };
}

// A refused read, write or call is a JSException; a refused result an InvalidCastException (like any result that does not marshal).
const REFUSED = /^refused at \d+: (JSException: (JS property '[^']+' is not accessible from \.NET|a JS function handle is opaque)|(JSException|InvalidCastException): the JS global object is not handed)/;

// Objects a host might hand out, with traps an attacker would look for.
function hostObjects() {
  return {
    plain: { name: 'thing', self() { return this; }, get global() { return globalThis; }, nested: { inner: globalThis } },
    instance: new (class Widget { hello() { return 'hi'; } })(),
    error: new Error('boom'),
    promise: Promise.resolve(globalThis),
  };
}

test('escape attempts from a handle are refused: constructors, prototypes, getters, functions', async () => {
  const { rt, run } = await runtime();
  const o = hostObjects();
  const attempts = [
    // the path: callback -> constructor -> Function('return globalThis')
    [null, 'cb', ['get constructor', 'call call @1 return~globalThis', 'call call #null', 'set pwned yes']],
    [null, 'cb', ['call bind #null']],
    [null, 'cb', ['call call #null']],
    [null, 'cb', ['call apply #null']],
    [null, 'cb', ['call toString']],
    [null, 'cb', ['get name']],
    [null, 'cb', ['get __proto__']],
    [o.plain, 'arg', ['get constructor', 'get constructor', 'call call @2 return~globalThis']],
    [o.plain, 'arg', ['get constructor', 'get constructor']],
    [o.plain, 'arg', ['get __proto__', 'set pwned yes']],
    [o.plain, 'arg', ['set __proto__ #null']],
    [o.plain, 'arg', ['call __lookupGetter__ __proto__']],
    [o.plain, 'arg', ['call __defineGetter__ name #cb']],
    [o.plain, 'arg', ['call __defineSetter__ name #cb']],
    [o.plain, 'arg', ['call __lookupSetter__ __proto__']],
    [o.plain, 'arg', ['get global', 'set pwned yes']],
    [o.plain, 'arg', ['get nested', 'get inner', 'set pwned yes']],
    [o.plain, 'arg', ['get self', 'call call #null']],          // a method as a value is opaque
    [o.plain, 'arg', ['get toString', 'call call #null']],
    [o.plain, 'arg', ['get hasOwnProperty', 'get constructor']],
    [o.plain, 'arg', ['call self', 'get constructor']],
    [o.plain, 'arg', ['call valueOf', 'get constructor']],
    [o.instance, 'arg', ['get constructor', 'get prototype', 'set pwned yes']],
    [o.instance, 'arg', ['get hello', 'call bind @0']],
    [o.error, 'arg', ['get constructor', 'call captureStackTrace @0']],
    [o.promise, 'arg', ['get constructor', 'call resolve']],
    [o.promise, 'arg', ['get then', 'call call @0 #cb']],
    [null, 'fn:getGlobal', ['set pwned yes']],
    [null, 'fn:getOtherRealm', ['call eval globalThis']],
    [null, 'fn:getProxyOfFunction', ['call call #null']],
    [null, 'fn:getObject', ['get prototype']],
  ];
  for (const [arg, start, steps] of attempts) {
    rt.registerFunction('getGlobal', () => globalThis);
    rt.registerFunction('getOtherRealm', () => vm.runInContext('globalThis', vm.createContext({})));
    rt.registerFunction('getProxyOfFunction', () => new Proxy(function f() {}, {}));
    rt.registerFunction('getObject', () => ({ prototype: 'data' }));
    const r = await run(arg, start, steps);
    assert.match(r, REFUSED, `${start} ${JSON.stringify(steps)} -> ${r}`);
  }
  untouched();
  rt.dispose();
});

test('what the host hands out stays usable: data, methods, getters, toString, promises', async () => {
  const { rt, run } = await runtime();
  const o = hostObjects();
  assert.equal(await run(o.plain, 'arg', ['get name']), 'ok thing');
  assert.equal(await run(o.plain, 'arg', ['call self', 'get name']), 'ok thing');
  assert.equal(await run(o.plain, 'arg', ['call toString']), 'ok [object Object]');
  assert.equal(await run(o.plain, 'arg', ['call hasOwnProperty name']), 'ok True');
  assert.equal(await run(o.plain, 'arg', ['get Reflect']), 'ok null');    // no such property, no global lookup
  assert.equal(await run(o.instance, 'arg', ['call hello']), 'ok hi');
  assert.equal(await run(o.error, 'arg', ['get message']), 'ok boom');
  assert.equal(await run(o.plain, 'arg', ['get toString']), 'ok object');  // a function: held, not used
  assert.equal(await run(o.plain, 'arg', ['set extra 5']), 'ok null');
  assert.equal(o.plain.extra, '5');
  untouched();
  rt.dispose();
});

test('values on the way in: globals are refused from results, arguments, callbacks and promises', async () => {
  const { rt, name, run } = await runtime();
  // a registered function's result
  rt.registerFunction('getGlobal', () => globalThis);
  assert.match(await run(null, 'fn:getGlobal', []), /^refused at 0: InvalidCastException: .*global object is not handed/);
  // a symbol result is not marshalled either
  rt.registerFunction('getSymbol', () => Symbol('s'));
  assert.match(await run(null, 'fn:getSymbol', []), /^refused at 0: InvalidCastException: .*symbol/);
  // an invocation argument
  await assert.rejects(rt.invoke(name, 'Interop.Escape', 'Run', [globalThis, 'arg', []]),
    (e) => e instanceof CilantroError && e.code === 'BAD_ARGUMENT' && /global object/.test(e.message));
  // a callback's argument: the host calls it with the global object, .NET sees null
  let kept = null;
  rt.registerFunction('keep', (f) => { kept = f; });
  rt.registerFunction('getHolder', () => ({ keep: (f) => { kept = f; } }));
  assert.equal(await run(null, 'fn:getHolder', ['call keep #cb']), 'ok null');
  kept(globalThis);
  kept(vm.runInContext('globalThis', vm.createContext({})));
  await new Promise((r) => setTimeout(r, 20));
  assert.equal(await rt.invoke(name, 'Interop.Escape', 'Received', []), '2:null');
  kept({ fine: 1 });
  await new Promise((r) => setTimeout(r, 20));
  assert.equal(await rt.invoke(name, 'Interop.Escape', 'Received', []), '3:object');
  assert.match(await run(null, 'received', ['get constructor']), REFUSED);
  // promise then: a promise of the global object delivers null to the callback
  rt.registerFunction('promiseOfGlobal', () => ({ p: Promise.resolve(globalThis) }));
  assert.equal(await run(null, 'fn:promiseOfGlobal', ['get p', 'call then #cb']), 'ok object');
  await new Promise((r) => setTimeout(r, 20));
  assert.equal(await rt.invoke(name, 'Interop.Escape', 'Received', []), '4:null');
  untouched();
  rt.dispose();
});

test('allowGlobals: true keeps the open behaviour (everything reachable)', async () => {
  const { rt, run } = await runtime({ allowGlobals: true });
  // the escape works here, by design
  assert.equal(await run(null, 'cb', ['get constructor', 'call call @1 return~globalThis', 'call call #null', 'set pwned yes']), 'ok null');
  assert.equal(globalThis.pwned, 'yes');
  delete globalThis.pwned;
  assert.equal(await run(null, 'global', ['get Math', 'call max 1 5']), 'ok 5');
  assert.equal(await run({}, 'arg', ['get __proto__', 'call hasOwnProperty toString']), 'ok True');
  rt.dispose();
});
