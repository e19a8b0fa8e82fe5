// [JSImport("name")] on static extern methods: bound by the runtime to the
// registered JS function, arguments and results converted by their declared
// types, types that cannot cross refused when the method is bound. Needs
// `make wasm corlib interop`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { createRuntime } from '../../js/node.mjs';
import { compileCs, ROOT, tempDir } from './lib/helpers.mjs';

const INTEROP_DLL = path.join(ROOT, 'build', 'interop', 'Cilantro.Interop.dll');
let dll;

before(() => {
  const src = readFileSync(path.join(ROOT, 'tests', 'js', 'interop', 'JSImports.cs'), 'utf8');
  dll = compileCs(tempDir(), 'JSImports', src, { target: 'library', refs: [INTEROP_DLL] });
});

async function runtime() {
  const rt = await createRuntime({ stdout: null, stderr: null });
  const logged = [];
  rt.registerModule('math', {
    add: (a, b) => a + b,
    scale: (x, f) => x * f,
    big: (x) => x * 2n,
  });
  rt.registerModule('text', {
    join: (parts, sep) => parts.join(sep),
    shout: (s) => `${s.toUpperCase()}!`,
  });
  rt.registerModule('misc', {
    log: (...args) => { logged.push(args); },
    bytes: (b) => new Uint8Array([...b, 9, 8]).subarray(2),
    obj: (name) => ({ name }),
    name: (o) => o.name,
    fails: () => { throw new Error('boom in JS'); },
    wrongType: () => 'not a number',
    fraction: () => 2.5,
  });
  const name = await rt.loadAssembly(dll);
  const call = (method, ...args) => rt.invoke(name, 'Imports.Api', method, args);
  return { rt, call, logged };
}

test('a [JSImport] method calls the registered function with typed arguments and result', async () => {
  const { rt, call, logged } = await runtime();
  assert.equal(await call('CallAdd', 2, 40), 42);
  assert.equal(await call('CallScale', 3), 4.5);
  assert.equal(await call('CallBig'), 2n ** 41n);
  assert.equal(await call('CallJoin'), 'a-b-c');
  assert.equal(await call('Loop', 200), 'X199!');
  assert.equal(await call('CallLog'), undefined);
  assert.deepEqual(logged, [['hello', 2, true]]);
  assert.equal(await call('CallBytes'), 308);
  assert.equal(await call('CallObject'), 'thing');
  assert.equal(await call('ViaDelegate', 5, 6), 11, 'through a delegate too');
  assert.equal(rt.interopStats().handles, 0);
  rt.dispose();
});

test('[JSImport] failures are .NET exceptions: JS errors, results that do not fit, unregistered names, bad types', async () => {
  const { rt, call } = await runtime();
  assert.equal(await call('Caught', 'fails'), 'Cilantro.Interop.JSException: boom in JS');
  assert.match(await call('Caught', 'wrong'), /^System\.InvalidCastException: .*result of JS function 'misc\.wrongType'.*string/);
  assert.match(await call('Caught', 'fraction'), /^System\.InvalidCastException: .*'misc\.fraction'.*not an integer/);
  assert.match(await call('Caught', 'missing'), /^Cilantro\.Interop\.JSException: JS function 'misc\.missing' is not registered/);
  assert.match(await call('Caught', 'badReturn'),
    /^System\.NotSupportedException: \[JSImport\("text\.shout"\)\] Imports\.Api\.BadReturn: the return type System\.Text\.StringBuilder cannot come from JS/);
  assert.match(await call('Caught', 'badParam'),
    /^System\.NotSupportedException: \[JSImport\("text\.shout"\)\] Imports\.Api\.BadParam: parameter 1 of type System\.Text\.StringBuilder cannot be passed to JS/);
  // The JS sum 2^31 does not fit the declared int: an error, not a wrapped number.
  await assert.rejects(call('CallAdd', 2147483647, 1), (e) => e.name === 'ManagedError' && /InvalidCastException/.test(e.message) && /out of range/.test(e.message));
  assert.equal(await call('CallAdd', 1, 1), 2, 'the runtime is still fine');
  rt.dispose();
});
