// The runtime module in two parts (tools/build-wasm.sh, docs/js.md "The lazy
// part"): cilantro.wasm runs typical programs alone; the first call into
// cilantro.lazy.wasm loads it, in the middle of the run, and the program
// goes on as if the module were whole.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CilantroError, createRuntime } from '../../js/node.mjs';
import { compileCs, HELLO_CS, tempDir } from './lib/helpers.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WASM = path.join(ROOT, 'build/wasm/cilantro.wasm');
const LAZY = path.join(ROOT, 'build/wasm/cilantro.lazy.wasm');
const LAZY_OUTPUT = 'longest chain below 30000 starts at 26623: 307 steps\nArithmetic operation resulted in an overflow.\n';
const split = existsSync(LAZY);
const skip = split ? false : 'the module is built whole (WASM_SPLIT=0)';

let dir;
const exe = {};
before(() => {
  dir = tempDir();
  exe.hello = compileCs(dir, 'Hello', HELLO_CS);
  exe.lazy = compileCs(dir, 'LazyPart', readFileSync(path.join(ROOT, 'tests/js/fixtures/LazyPart.cs'), 'utf8'));
});

async function run(app, options = {}) {
  let stdout = '';
  const rt = await createRuntime({ stdout: (t) => { stdout += t; }, stderr: (t) => { stdout += t; }, ...options });
  const code = await rt.runMain(await rt.loadAssembly(app), []);
  return { rt, code, stdout };
}

test('hello world runs on cilantro.wasm alone (tools/wasm-split/primary.txt is current)', { skip }, async () => {
  const { rt, code, stdout } = await run(exe.hello);
  assert.equal(code, 0);
  assert.equal(stdout, 'Hello, world!\ncafé ✓\n');
  rt.dispose();   // as the CLI does
  assert.equal(rt.lazyPartLoaded, false, 'hello world loaded the lazy part: run node tools/wasm-split/profile.mjs and make wasm');
});

test('a hot loop loads the lazy part (the tier compiler) mid-run and prints what it should', { skip }, async () => {
  const { rt, code, stdout } = await run(exe.lazy);
  assert.equal(stdout, LAZY_OUTPUT);
  assert.equal(code, 0);
  assert.equal(rt.lazyPartLoaded, true);
  // the interpreter alone, for comparison: same output
  const interp = await run(exe.lazy, { tier: false });
  assert.equal(interp.stdout, LAZY_OUTPUT);
});

test('options.wasm as a path: the lazy part is read from beside it', { skip }, async () => {
  const copy = path.join(dir, 'copy');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(copy, { recursive: true });
  copyFileSync(WASM, path.join(copy, 'cilantro.wasm'));
  copyFileSync(LAZY, path.join(copy, 'cilantro.lazy.wasm'));
  const { rt, stdout } = await run(exe.lazy, { wasm: path.join(copy, 'cilantro.wasm') });
  assert.equal(stdout, LAZY_OUTPUT);
  assert.equal(rt.lazyPartLoaded, true);
});

test('options.wasm as bytes takes its lazy part from options.wasmLazy', { skip }, async () => {
  const { stdout } = await run(exe.lazy, { wasm: readFileSync(WASM), wasmLazy: readFileSync(LAZY) });
  assert.equal(stdout, LAZY_OUTPUT);
  // without it, the run stops with an error that says what is missing
  await assert.rejects(run(exe.lazy, { wasm: readFileSync(WASM) }),
    (e) => e instanceof CilantroError && e.code === 'NO_LAZY_PART' && /options\.wasmLazy/.test(e.message));
  // a program that never calls into it does not need it
  const hello = await run(exe.hello, { wasm: readFileSync(WASM) });
  assert.equal(hello.code, 0);
});

test('a lazy part that is missing or broken is a clear error, and the process goes on', { skip }, async () => {
  const alone = path.join(dir, 'alone');
  const { mkdirSync, writeFileSync } = await import('node:fs');
  mkdirSync(alone, { recursive: true });
  copyFileSync(WASM, path.join(alone, 'cilantro.wasm'));
  await assert.rejects(run(exe.lazy, { wasm: path.join(alone, 'cilantro.wasm') }),
    (e) => e instanceof CilantroError && e.message.includes(`cannot open '${path.join(alone, 'cilantro.lazy.wasm')}'`));
  writeFileSync(path.join(alone, 'cilantro.lazy.wasm'), 'not wasm');
  await assert.rejects(run(exe.lazy, { wasm: path.join(alone, 'cilantro.wasm') }),
    (e) => e instanceof CilantroError && e.code === 'BAD_MODULE' && e.message.includes('cilantro.lazy.wasm'));
  // another part's bytes: instantiation fails, named as such
  await assert.rejects(run(exe.lazy, { wasm: readFileSync(WASM), wasmLazy: readFileSync(WASM) }),
    (e) => e instanceof CilantroError && e.code === 'BAD_MODULE');
  const after = await run(exe.lazy);
  assert.equal(after.stdout, LAZY_OUTPUT);
});
