// The runtime module in two parts (tools/build-wasm.sh, docs/js.md "The lazy
// part"): cilantro.wasm runs typical programs alone; the first call into
// cilantro.lazy.wasm loads it, in the middle of the run, and the program
// goes on as if the module were whole. The small split (wasmSplit: 'small',
// for trimmed apps) is the same module cut after hello world:
// cilantro.small.wasm and cilantro.small.lazy.wasm.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CilantroError, createRuntime } from '../../js/node.mjs';
import { compileCs, hasDotnet, HELLO_CS, tempDir } from './lib/helpers.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WASM = path.join(ROOT, 'build/wasm/cilantro.wasm');
const LAZY = path.join(ROOT, 'build/wasm/cilantro.lazy.wasm');
const LAZY_OUTPUT = 'longest chain below 30000 starts at 26623: 307 steps\nArithmetic operation resulted in an overflow.\n';
const split = existsSync(LAZY);
const skip = split ? false : 'the module is built whole (WASM_SPLIT=0)';
const SMALL_WASM = path.join(ROOT, 'build/wasm/cilantro.small.wasm');
const SMALL_LAZY = path.join(ROOT, 'build/wasm/cilantro.small.lazy.wasm');
const skipSmall = existsSync(SMALL_LAZY) ? false : 'the module has no small split (WASM_SPLIT=0)';
const HELLO_EXE = path.join(ROOT, 'build/web/hello.exe');
const TRIM = path.join(ROOT, 'build/trim/cilantro-trim.dll');
const TRIMMED_HELLO = path.join(ROOT, 'build/web/hello-trimmed');   // `make web`: build/web/hello.exe trimmed
// What .NET 10 prints for tests/js/fixtures/LazyData.cs (`dotnet exec --runtimeconfig
// tools/oracle.runtimeconfig.json LazyData.exe`; the test checks it again where dotnet is installed).
const LAZY_DATA_OUTPUT = '29.67413253642086\n2.302585092994046\n-0.8522008497671888\nTrue\nDecimalDigitNumber\n\u00e9cole\nSTRA\u00dfE\n3E-300\n';

let dir;
const exe = {};
before(() => {
  dir = tempDir();
  exe.hello = compileCs(dir, 'Hello', HELLO_CS);
  exe.lazy = compileCs(dir, 'LazyPart', readFileSync(path.join(ROOT, 'tests/js/fixtures/LazyPart.cs'), 'utf8'));
  exe.data = compileCs(dir, 'LazyData', readFileSync(path.join(ROOT, 'tests/js/fixtures/LazyData.cs'), 'utf8'));
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

test('the small split: hello world runs on cilantro.small.wasm alone, trimmed or not (tools/wasm-split/primary-small.txt is current)', { skip: skipSmall }, async () => {
  // the hello page's program as `cilantro trim` wrote it, with its own corlib (what the split is
  // for), and the same program with the package's corlib
  for (const [app, options] of [[path.join(TRIMMED_HELLO, 'hello.exe'), { corlib: path.join(TRIMMED_HELLO, 'mscorlib.dll') }],
    [path.join(ROOT, 'build/web/hello.exe'), {}]]) {
    const { rt, code, stdout } = await run(app, { wasmSplit: 'small', ...options });
    assert.equal(stdout, 'Hello from C#! 6 * 7 = 42\n');
    assert.equal(code, 0);
    rt.dispose();
    assert.equal(rt.lazyPartLoaded, false, `${app} loaded the small split's lazy part: run node tools/wasm-split/profile.mjs and make wasm`);
  }
});

test('the small split: libm and the Unicode tables come with its lazy part, and print what .NET prints', { skip: skipSmall }, async (t) => {
  // The lazy part carries these functions' read-only tables too, written into
  // memory as it is instantiated. Trimmed, as the split is meant for (its hello
  // world loads no lazy part: above), and with the package's corlib.
  const runs = [['package corlib', exe.data, {}]];
  if (!hasDotnet || !existsSync(TRIM)) t.diagnostic('not trimmed: needs dotnet and build/trim/cilantro-trim.dll (make trim)');
  else {
    const out = path.join(dir, 'lazy-data-trimmed');
    const r = spawnSync('dotnet', [TRIM, '--corlib', path.join(ROOT, 'build/corlib/mscorlib.dll'), exe.data, '-o', out], { encoding: 'utf8', timeout: 120000 });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    runs.push(['trimmed', path.join(out, 'LazyData.exe'), { corlib: path.join(out, 'mscorlib.dll') }]);
  }
  for (const [what, app, options] of runs) {
    for (const tier of [true, false]) {
      const { rt, code, stdout } = await run(app, { wasmSplit: 'small', tier, ...options });
      assert.equal(stdout, LAZY_DATA_OUTPUT, `${what}, tier ${tier}`);
      assert.equal(code, 0);
      assert.equal(rt.lazyPartLoaded, true, `${what}, tier ${tier}: the program did not load the lazy part`);
      rt.dispose();
    }
  }
  assert.equal((await run(exe.data)).stdout, LAZY_DATA_OUTPUT, 'the typical split');
});

test('LazyData.cs: the expected output is what .NET prints', { skip: !hasDotnet && 'dotnet is not installed' }, () => {
  const r = spawnSync('dotnet', ['exec', '--runtimeconfig', path.join(ROOT, 'tools/oracle.runtimeconfig.json'), exe.data], { encoding: 'utf8', timeout: 60000 });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, LAZY_DATA_OUTPUT);
});

test('a wasmSplit other than typical or small is a RangeError naming the option, with options.wasm too', async () => {
  for (const wasmSplit of ['bogus', 'Small', '', null, 1]) {
    await assert.rejects(createRuntime({ wasmSplit }), (e) => e instanceof RangeError && /wasmSplit/.test(e.message) && /'typical' or 'small'/.test(e.message), String(wasmSplit));
    await assert.rejects(createRuntime({ wasmSplit, wasm: WASM }), RangeError);
  }
});

test("wasmSplit picks the package's own files, each split's compiled once and apart", { skip: skipSmall }, async () => {
  // a copy of the package whose small split is not there
  const pkg = path.join(dir, 'pkg');
  cpSync(path.join(ROOT, 'js'), path.join(pkg, 'js'), { recursive: true });
  mkdirSync(path.join(pkg, 'build/wasm'), { recursive: true });
  symlinkSync(path.join(ROOT, 'build/corlib'), path.join(pkg, 'build/corlib'));
  copyFileSync(WASM, path.join(pkg, 'build/wasm/cilantro.wasm'));
  copyFileSync(LAZY, path.join(pkg, 'build/wasm/cilantro.lazy.wasm'));
  const copy = await import(pathToFileURL(path.join(pkg, 'js/node.mjs')).href);
  const runCopy = async (app, options) => {
    let stdout = '';
    const rt = await copy.createRuntime({ stdout: (t) => { stdout += t; }, ...options });
    await rt.runMain(await rt.loadAssembly(app), []);
    return stdout;
  };
  const hello = (options) => runCopy(HELLO_EXE, options);
  const small = path.join(pkg, 'build/wasm/cilantro.small.wasm');
  assert.equal(await hello({}), 'Hello from C#! 6 * 7 = 42\n');
  assert.equal(await hello({ wasmSplit: 'typical' }), 'Hello from C#! 6 * 7 = 42\n');
  await assert.rejects(hello({ wasmSplit: 'small' }), (e) => e instanceof copy.CilantroError && e.message.includes(`cannot open '${small}'`));
  // with options.wasm, wasmSplit is moot
  assert.equal(await hello({ wasmSplit: 'small', wasm: WASM }), 'Hello from C#! 6 * 7 = 42\n');
  // the small split's lazy part is its own, not the typical one
  copyFileSync(SMALL_WASM, small);
  await assert.rejects(runCopy(exe.data, { wasmSplit: 'small' }),
    (e) => e instanceof copy.CilantroError && e.message.includes(`cannot open '${path.join(pkg, 'build/wasm/cilantro.small.lazy.wasm')}'`));
});
