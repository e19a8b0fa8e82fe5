// The Node CLI (js/cli.mjs) on real programs compiled with plain mcs.
import assert from 'node:assert/strict';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { before, test } from 'node:test';
import {
  APP_CS, ARGS_CS, compileCs, DEADLOCK_CS, EXIT_CS, HELLO_CS, LIB_CS, lines, ROOT, runCli, tempDir, THROW_CS,
} from './lib/helpers.mjs';

let dir;
const exe = {};

before(() => {
  dir = tempDir();
  exe.hello = compileCs(dir, 'Hello', HELLO_CS);
  exe.args = compileCs(dir, 'Args', ARGS_CS);
  exe.exit = compileCs(dir, 'Exit', EXIT_CS);
  exe.throw = compileCs(dir, 'Throw', THROW_CS);
  exe.deadlock = compileCs(dir, 'Deadlock', DEADLOCK_CS);
  exe.many = compileCs(dir, 'Many', `class Many { static void Main() {
    for (int i = 0; i < 200000; i++) System.Console.WriteLine("line " + i); } }`);
  const libDir = path.join(dir, 'withlib');
  const lib = compileCs(libDir, 'Lib', LIB_CS, { target: 'library' });
  exe.app = compileCs(libDir, 'App', APP_CS, { refs: [lib] });
  // The same app without its library next to it.
  const lonely = path.join(dir, 'nolib');
  compileCs(lonely, 'Lib', LIB_CS, { target: 'library' });
  exe.appNoLib = compileCs(lonely, 'App', APP_CS, { refs: [path.join(lonely, 'Lib.dll')] });
  rmSync(path.join(lonely, 'Lib.dll'));
});

/** Asserts a host error: exit code 1, nothing on stdout, exactly one line on stderr. */
function assertOneLineError(r, pattern) {
  assert.equal(r.status, 1, `exit code (stderr: ${r.stderr})`);
  assert.equal(r.stdout, '');
  const errLines = lines(r.stderr);
  assert.equal(errLines.length, 1, `expected one line, got:\n${r.stderr}`);
  assert.match(errLines[0], /^cilantro: /);
  assert.match(errLines[0], pattern);
}

test('hello world prints what Mono prints and exits 0', () => {
  const r = runCli([exe.hello]);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, 'Hello, world!\ncaf\u00e9 \u2713\n');
  assert.equal(r.status, 0);
});

test('the exit code is the return value of Main', () => {
  for (const code of [0, 3, 42, 255]) {
    const r = runCli([exe.exit, String(code)]);
    assert.equal(r.status, code, `Main returned ${code}; stderr: ${r.stderr}`);
  }
});

test('arguments reach Main unchanged', () => {
  const args = ['one', 'two words', '', 'caf\u00e9', '--not-an-option', '-x'];
  const r = runCli([exe.args, ...args]);
  assert.equal(r.stderr, '');
  assert.deepEqual(lines(r.stdout), [`count=${args.length}`, ...args.map((a) => `[${a}]`)]);
  assert.equal(r.status, args.length);
});

test('options before the assembly are the runtime\'s, after it the program\'s', () => {
  const r = runCli(['--heap-limit', '64m', '--', exe.args, '--heap-limit', '1']);
  assert.deepEqual(lines(r.stdout), ['count=2', '[--heap-limit]', '[1]']);
  assert.equal(r.status, 2);
});

test('a referenced library next to the program is loaded', () => {
  const r = runCli([exe.app]);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, 'Hi, App (from Lib)\n');
  assert.equal(r.status, 0);
});

test('a missing file is one clear error line', () => {
  const missing = path.join(dir, 'DoesNotExist.exe');
  assertOneLineError(runCli([missing]), /DoesNotExist\.exe.*no such file/);
});

test('a file that is not a .NET assembly is one clear error line', () => {
  const text = path.join(dir, 'notes.txt');
  writeFileSync(text, 'This is not a PE file at all.\n');
  assertOneLineError(runCli([text]), /notes\.txt/);
});

test('a truncated assembly is one clear error line', () => {
  const cut = path.join(dir, 'Cut.exe');
  writeFileSync(cut, readFileSync(exe.hello).subarray(0, 200));
  assertOneLineError(runCli([cut]), /Cut\.exe/);
});

test('a missing dependency is one clear error line naming it', () => {
  assertOneLineError(runCli([exe.appNoLib]), /'Lib'/);
});

test('an unhandled exception is reported by the runtime and the exit code is non-zero', () => {
  const r = runCli([exe.throw]);
  assert.equal(r.stdout, 'before\n');
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /InvalidOperationException/);
  assert.match(r.stderr, /boom: unhandled/);
});

test('--version prints the package version', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const r = runCli(['--version']);
  assert.equal(r.stdout, `cilantro ${pkg.version}\n`);
  assert.equal(r.status, 0);
});

test('--help explains usage and the options', () => {
  const r = runCli(['--help']);
  assert.equal(r.status, 0);
  for (const word of ['Usage:', '--heap-limit', '--gc-stats', '--wasm-split', '--version']) assert.ok(r.stdout.includes(word), word);
});

test('usage errors are one line', () => {
  assertOneLineError(runCli([]), /no assembly given/);
  assertOneLineError(runCli(['--frobnicate', exe.hello]), /unknown option '--frobnicate'/);
  assertOneLineError(runCli(['--heap-limit', 'lots', exe.hello]), /heap limit/);
  assertOneLineError(runCli(['--heap-limit']), /needs a value/);
});

test('--gc-stats and --heap-limit run the program normally', () => {
  const r = runCli(['--gc-stats', '--heap-limit=32m', exe.hello]);
  assert.equal(r.stdout, 'Hello, world!\ncaf\u00e9 \u2713\n');
  assert.equal(r.status, 0);
  assert.notEqual(r.stderr, '', 'GC statistics go to stderr');
});

test('--wasm-split picks the split of the runtime module; anything but typical or small is one error line', () => {
  for (const args of [['--wasm-split', 'small'], ['--wasm-split=small'], ['--wasm-split', 'typical']]) {
    const r = runCli([...args, exe.hello]);
    assert.deepEqual({ status: r.status, stdout: r.stdout, stderr: r.stderr }, { status: 0, stdout: 'Hello, world!\ncaf\u00e9 \u2713\n', stderr: '' }, args.join(' '));
  }
  assertOneLineError(runCli(['--wasm-split', 'bogus', exe.hello]), /--wasm-split needs typical or small, got 'bogus'/);
  assertOneLineError(runCli(['--wasm-split']), /--wasm-split needs a value/);
});

test('a trimmed app (its corlib beside it) runs on the small split unless --wasm-split says otherwise', () => {
  // a copy of the package without the small split: the error names the file the CLI chose
  const pkg = path.join(dir, 'pkg-typical-only');
  cpSync(path.join(ROOT, 'js'), path.join(pkg, 'js'), { recursive: true });
  mkdirSync(path.join(pkg, 'build', 'wasm'), { recursive: true });
  symlinkSync(path.join(ROOT, 'build', 'corlib'), path.join(pkg, 'build', 'corlib'));
  for (const f of ['cilantro.wasm', 'cilantro.lazy.wasm']) {
    if (existsSync(path.join(ROOT, 'build', 'wasm', f))) copyFileSync(path.join(ROOT, 'build', 'wasm', f), path.join(pkg, 'build', 'wasm', f));
  }
  const cli = path.join(pkg, 'js', 'cli.mjs');
  const trimmed = path.join(ROOT, 'build', 'web', 'hello-trimmed', 'hello.exe');
  const run = (args) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 60000 });
  assertOneLineError(run([trimmed]), new RegExp(`cannot open '${path.join(pkg, 'build', 'wasm', 'cilantro.small.wasm')}'`));
  const typical = run(['--wasm-split', 'typical', trimmed]);
  assert.deepEqual({ status: typical.status, stdout: typical.stdout, stderr: typical.stderr }, { status: 0, stdout: 'Hello from C#! 6 * 7 = 42\n', stderr: '' });
  // an app without a corlib beside it stays on the typical split
  const untrimmed = run([exe.hello]);
  assert.equal(untrimmed.stdout, 'Hello, world!\ncaf\u00e9 \u2713\n', untrimmed.stderr);
});

test('the CLI also works on a copy of the program elsewhere (no hidden paths)', () => {
  const other = path.join(tempDir(), 'Hello.exe');
  copyFileSync(exe.hello, other);
  const r = runCli([other], { cwd: path.dirname(other) });
  assert.equal(r.stdout, 'Hello, world!\ncaf\u00e9 \u2713\n');
  assert.equal(r.status, 0);
});

test('a program whose threads all wait forever ends with an error instead of hanging', () => {
  const r = runCli([exe.deadlock], { timeout: 20000 });
  assert.equal(r.stdout, 'waiting forever\n');
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /deadlock/i);
});

const BUNDLE = path.join(ROOT, 'js', 'cilantro.cli.cjs');
test('the package bin, and the bundled CLI it runs (make builds it), behave as js/cli.mjs', { skip: !existsSync(BUNDLE) && 'js/cilantro.cli.cjs is not built' }, () => {
  // the subcommands (new, test, types) are modules the bundle loads when first used
  const cases = [[exe.args, 'a b', 'c'], [exe.throw], [path.join(dir, 'missing.exe')], ['--version'], ['--bogus'],
    ['--wasm-split', 'small', exe.args, 'x'], ['--wasm-split', 'bogus', exe.args],
    ['new'], ['test', path.join(dir, 'missing.dll')], ['types']];
  for (const args of cases) {
    const want = runCli(args);
    for (const cmd of [[path.join(ROOT, 'js', 'bin.cjs')], [process.execPath, BUNDLE]]) {
      const r = spawnSync(cmd[0], [...cmd.slice(1), ...args], { encoding: 'utf8', timeout: 60000 });
      assert.deepEqual({ status: r.status, stdout: r.stdout, stderr: r.stderr }, want, `${cmd.join(' ')} ${args.join(' ')}`);
    }
  }
});

test('output into a pipe closed early (| head) ends the program quietly', () => {
  const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${path.join(ROOT, 'js', 'cli.mjs')}" "${exe.many}" | head -n 2`],
    { encoding: 'utf8', timeout: 60000 });
  assert.equal(r.stdout, 'line 0\nline 1\n');
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
});
