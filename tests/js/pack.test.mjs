// `npm pack`, install the tarball into an empty project, and use it there:
// the import, the bin, and that the tarball holds exactly what should ship.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { compileCs, HELLO_CS, ROOT, tempDir } from './lib/helpers.mjs';

function npm(args, cwd) {
  const r = spawnSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd, encoding: 'utf8', timeout: 180000, stdio: ['ignore', 'pipe', 'pipe'],
  });
  assert.equal(r.status, 0, `npm ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

test('npm pack tarball installs into an empty project and runs hello', { timeout: 300000 }, (t) => {
  const work = tempDir('cilantro-pack-');
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', work], ROOT));
  const tarball = path.join(work, packed[0].filename);
  const files = packed[0].files.map((f) => f.path).sort();

  // What ships: the JS, the types, the wasm and the corlib (and the interop
  // assembly once it exists) — nothing from tests, tools, runtime sources.
  for (const f of ['js/bin.cjs', 'js/cilantro.cli.cjs', 'js/cilantro.page.mjs', 'js/cilantro.interop.mjs', 'js/cilantro.http.mjs', 'js/cli.mjs', 'js/core.mjs', 'js/index.mjs', 'js/node.mjs', 'js/index.d.ts', 'build/wasm/cilantro.wasm', 'build/wasm/cilantro.lazy.wasm', 'build/wasm/cilantro.small.wasm', 'build/wasm/cilantro.small.lazy.wasm', 'build/corlib/mscorlib.dll', 'build/corlib/whole/mscorlib.dll', 'build/interop/Cilantro.Interop.dll', 'package.json']) {
    assert.ok(files.includes(f), `tarball lacks ${f}`);
  }
  // the corlib's parts (corlib/parts.txt, as `make corlib` lists them beside it), and no other assembly there
  const parts = readFileSync(path.join(ROOT, 'build', 'corlib', 'parts.txt'), 'utf8').split('\n').filter(Boolean);
  assert.ok(parts.includes('mscorlib.System.Linq'), `build/corlib/parts.txt lists the parts (${parts.join(', ')})`);
  for (const p of parts) assert.ok(files.includes(`build/corlib/${p}.dll`), `tarball lacks the corlib's part build/corlib/${p}.dll`);
  for (const f of files) {
    assert.match(f, /^(js\/|templates\/web\/|build\/(wasm\/cilantro(\.small)?(\.lazy)?\.wasm|corlib\/(whole\/)?[\w.]+\.dll|interop\/Cilantro\.Interop\.dll)$|package\.json$|README\.md$|LICENSE)/, `unexpected file in tarball: ${f}`);
    // (whole/mscorlib.dll: the core before the build cut its own parts from it, which `cilantro trim` trims)
    const corlibFile = /^build\/corlib\/(?:whole\/)?(.*)\.dll$/.exec(f);
    if (corlibFile) assert.ok(corlibFile[1] === 'mscorlib' || parts.includes(corlibFile[1]), `${f} in the tarball is neither the corlib nor one of its parts`);
  }
  const size = statSync(tarball).size;
  t.diagnostic(`tarball ${packed[0].filename}: ${size} bytes, ${files.length} files`);

  const app = path.join(work, 'app');
  spawnSync('mkdir', ['-p', app]);
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  npm(['install', '--offline', tarball], app);
  assert.ok(existsSync(path.join(app, 'node_modules', 'cilantro', 'build', 'wasm', 'cilantro.wasm')));
  assert.ok(existsSync(path.join(app, 'node_modules', 'cilantro', 'build', 'wasm', 'cilantro.lazy.wasm')));
  assert.ok(existsSync(path.join(app, 'node_modules', 'cilantro', 'build', 'wasm', 'cilantro.small.wasm')));
  assert.ok(existsSync(path.join(app, 'node_modules', 'cilantro', 'build', 'wasm', 'cilantro.small.lazy.wasm')));

  const hello = compileCs(app, 'Hello', HELLO_CS);
  writeFileSync(path.join(app, 'main.mjs'), `
import { createRuntime } from 'cilantro';
let out = '';
const rt = await createRuntime({ stdout: (t) => { out += t; } });
const name = await rt.loadAssembly(${JSON.stringify(hello)});
const code = await rt.runMain(name, []);
rt.dispose();
process.stdout.write(JSON.stringify({ name, code, out }));
`);
  const r = spawnSync(process.execPath, ['main.mjs'], { cwd: app, encoding: 'utf8', timeout: 60000 });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), { name: 'Hello', code: 0, out: 'Hello, world!\ncaf\u00e9 \u2713\n' });

  // Interop from the installed package: a library built against the shipped
  // Cilantro.Interop.dll calls back into a registered JS function.
  const interopDll = path.join(app, 'node_modules', 'cilantro', 'build', 'interop', 'Cilantro.Interop.dll');
  const lib = compileCs(app, 'Shout', `public static class Shout {
    public static string Run(string s) { return Cilantro.Interop.JS.Invoke<string>("upper", s) + "!"; } }`, { target: 'library', refs: [interopDll] });
  writeFileSync(path.join(app, 'interop.mjs'), `
import { createRuntime } from 'cilantro';
const rt = await createRuntime();
rt.registerFunction('upper', (s) => s.toUpperCase());
const name = await rt.loadAssembly(${JSON.stringify(lib)});
process.stdout.write(await rt.invoke(name, 'Shout', 'Run', ['hi']));
rt.dispose();
`);
  const ri = spawnSync(process.execPath, ['interop.mjs'], { cwd: app, encoding: 'utf8', timeout: 60000 });
  assert.equal(ri.status, 0, ri.stderr);
  assert.equal(ri.stdout, 'HI!');

  // the module's small split (wasmSplit: 'small', for trimmed apps) from the installed package
  writeFileSync(path.join(app, 'small.mjs'), `
import { createRuntime } from 'cilantro';
let out = '';
const rt = await createRuntime({ stdout: (t) => { out += t; }, wasmSplit: 'small' });
const code = await rt.runMain(await rt.loadAssembly(${JSON.stringify(hello)}), []);
rt.dispose();
process.stdout.write(JSON.stringify({ code, out }));
`);
  const rs = spawnSync(process.execPath, ['small.mjs'], { cwd: app, encoding: 'utf8', timeout: 60000 });
  assert.equal(rs.status, 0, rs.stderr);
  assert.deepEqual(JSON.parse(rs.stdout), { code: 0, out: 'Hello, world!\ncaf\u00e9 \u2713\n' });

  const bin = spawnSync(path.join(app, 'node_modules', '.bin', 'cilantro'), [hello], { cwd: app, encoding: 'utf8', timeout: 60000 });
  assert.equal(bin.stderr, '');
  assert.equal(bin.stdout, 'Hello, world!\ncaf\u00e9 \u2713\n');
  assert.equal(bin.status, 0);

  // A program that needs parts of the corlib (System.Linq, System.Text.RegularExpressions,
  // and the core's part of what typical programs use: IEnumerable<T>, Func<T, TResult>)
  // gets them from the installed package, through the API and the bin.
  const linq = compileCs(app, 'Parts', `using System; using System.Linq; using System.Text.RegularExpressions;
class Parts { static void Main() {
    Console.WriteLine(string.Join(",", new[] { 3, 1, 2 }.OrderBy(x => x).Select(x => x * 10)));
    Console.WriteLine(Regex.Replace("a1b22", @"\\d+", "#")); } }`);
  writeFileSync(path.join(app, 'parts.mjs'), `
import { createRuntime } from 'cilantro';
let out = '';
const rt = await createRuntime({ stdout: (t) => { out += t; } });
const name = await rt.loadAssembly(${JSON.stringify(linq)});
await rt.runMain(name, []);
process.stdout.write(JSON.stringify({ out, assemblies: rt.assemblies.sort() }));
rt.dispose();
`);
  const rp = spawnSync(process.execPath, ['parts.mjs'], { cwd: app, encoding: 'utf8', timeout: 60000 });
  assert.equal(rp.status, 0, rp.stderr);
  assert.deepEqual(JSON.parse(rp.stdout), { out: '10,20,30\na#b#\n', assemblies: ['Parts', 'mscorlib', 'mscorlib.CoreLib.Common', 'mscorlib.System.Linq', 'mscorlib.System.Text.RegularExpressions'] });
  const binParts = spawnSync(path.join(app, 'node_modules', '.bin', 'cilantro'), [linq], { cwd: app, encoding: 'utf8', timeout: 60000 });
  assert.equal(binParts.stderr, '');
  assert.equal(binParts.stdout, '10,20,30\na#b#\n');
  assert.equal(binParts.status, 0);
});
