// A Vite project that uses the packed `cilantro` package (tests/vite/): `vite
// build`, the dist/ folder served by a plain static server, the page run in
// Chromium, a DOM click handled by C#. Checks that the bundle carries every
// file the runtime needs (wasm, corlib, its parts, Cilantro.Interop.dll) and
// that the page requests nothing that is not there (no probing 404s).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { compileCs, tempDir } from '../js/lib/helpers.mjs';
import { launch, missingPrerequisite, ROOT } from './lib/browser.mjs';

const VITE_DIR = path.join(ROOT, 'tests', 'vite');
const VITE_BIN = path.join(VITE_DIR, 'node_modules', 'vite', 'bin', 'vite.js');
const skip = missingPrerequisite();

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 180000, stdio: ['ignore', 'pipe', 'pipe'] });
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

describe('a Vite production build of a page using the package', { skip: skip ?? false }, () => {
  let dist;
  let b;
  before(() => {
    assert.ok(existsSync(VITE_BIN), `vite is not installed in ${VITE_DIR} (tools/setup.sh installs it)`);
    const work = tempDir('cilantro-vite-');
    const project = path.join(work, 'project');
    const pkgDir = path.join(project, 'node_modules', 'cilantro');
    mkdirSync(pkgDir, { recursive: true });
    // The package exactly as npm would install it, from `npm pack`.
    const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work, '--loglevel=error'], ROOT));
    run('tar', ['xzf', path.join(work, packed[0].filename), '-C', pkgDir, '--strip-components=1'], work);
    symlinkSync(path.join(VITE_DIR, 'node_modules', 'vite'), path.join(project, 'node_modules', 'vite'), 'dir');
    for (const f of ['index.html', 'main.js', 'package.json']) cpSync(path.join(VITE_DIR, f), path.join(project, f));
    compileCs(path.join(work, 'cs'), 'App', readFileSync(path.join(VITE_DIR, 'App.cs'), 'utf8'),
      { refs: [path.join(pkgDir, 'build', 'interop', 'Cilantro.Interop.dll')] });
    mkdirSync(path.join(project, 'public', 'app'), { recursive: true });
    cpSync(path.join(work, 'cs', 'App.exe'), path.join(project, 'public', 'app', 'App.exe'));
    run(process.execPath, [VITE_BIN, 'build', '--logLevel', 'warn'], project);
    dist = path.join(project, 'dist');
  });
  after(async () => { await b?.close(); });

  test('the bundle holds the runtime module, the corlib, its parts and Cilantro.Interop.dll', () => {
    const assets = readdirSync(path.join(dist, 'assets'));
    for (const re of [/^cilantro-.*\.wasm$/, /^mscorlib-.*\.dll$/, /^Cilantro\.Interop-.*\.dll$/, /\.js$/]) {
      assert.ok(assets.some((f) => re.test(f)), `dist/assets has ${re} (${assets.join(', ')})`);
    }
    // every part of the corlib (build/corlib/parts.txt): a program may need any of them
    const parts = readFileSync(path.join(ROOT, 'build', 'corlib', 'parts.txt'), 'utf8').split('\n').filter(Boolean);
    for (const part of parts) {
      assert.ok(assets.some((f) => f.startsWith(`${part}-`) && f.endsWith('.dll')), `dist/assets has ${part}.dll (${assets.join(', ')})`);
    }
  });

  test('served from dist/, the page runs and C# handles clicks; nothing is requested that is not there', async () => {
    b = await launch({ root: dist });
    const page = await b.newPage();
    const failed = [];
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
    page.on("requestfailed", (r) => failed.push(`failed ${r.url()} ${r.failure()?.errorText}`));
    await page.goto(b.url);
    await page.waitForFunction(() => document.getElementById('out').textContent.includes('ready')
      || document.body.dataset.failed !== undefined, null, { timeout: 15000 });
    assert.equal(await page.evaluate(() => document.body.dataset.failed), undefined, await page.textContent('#error'));
    await page.fill('#name', 'Vite user');
    await page.click('#greet');
    await page.waitForFunction(() => document.getElementById('greeting').textContent !== '');
    assert.equal(await page.textContent('#greeting'), 'Hello, Vite user! (click 1)');
    await page.click('#greet');
    await page.waitForFunction(() => document.getElementById('out').textContent.includes('clicked 2'));
    assert.equal(await page.textContent('#greeting'), 'Hello, Vite user! (click 2)');
    assert.equal(await page.textContent('#out'), 'ready\nclicked 1\nclicked 2\n');
    // App.cs uses LINQ: the corlib's part mscorlib.System.Linq came from the bundle, and no other part
    // (a second request of it is the page keeping its copy once idle: js/file-cache.mjs)
    const parts = [...new Set(requested.filter((p) => /\/assets\/mscorlib\.System\.[\w.]+-[^/]*\.dll$/.test(p)))];
    assert.equal(parts.length, 1, `parts requested: ${parts.join(' ')}`);
    assert.match(parts[0], /\/assets\/mscorlib\.System\.Linq-[^/]*\.dll$/);
    assert.deepEqual(failed, []);
    assert.deepEqual(page.errors, []);
    assert.deepEqual(page.logs.filter((l) => l.startsWith('error')), []);
  });
});
