// .NET's own browser interop (System.Runtime.InteropServices.JavaScript) in a
// page: tests/jsinterop/JSInteropApp, built by `dotnet build`, with the page
// giving main.js by setModuleImports and calling the exports; ImportAsync
// resolves "./helper.mjs" against the page, as .NET does. The Node side, with
// every check, is tests/js/dotnet-interop.test.mjs.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launch, missingPrerequisite, ROOT } from './lib/browser.mjs';

const hasDotnet = spawnSync('dotnet', ['--version'], { encoding: 'utf8' }).status === 0;
const skip = missingPrerequisite() ?? (hasDotnet ? null : 'no .NET SDK');
const OUT = 'tests/out/browser/jsinterop';
let b;

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>dotnet interop</title><link rel="icon" href="data:,"></head>
<body><script type="module">
import { createRuntime } from '/js/index.mjs';
import { mainImports } from '/tests/jsinterop/main.mjs';
let out = '';
const rt = await createRuntime({ allowGlobals: true, stdout: (t) => { out += t; }, stderr: (t) => { out += t; } });
const name = await rt.loadAssembly('JSInteropApp.dll');
rt.setModuleImports('main.js', mainImports);
const code = await rt.runMain(name);
const E = (await rt.getAssemblyExports(name)).JSInteropApp.Exports;
window.result = { code, out, greet: E.Greet('page'), square: await E.SlowSquare(12), nextDay: E.NextDay(new Date(Date.UTC(2024, 1, 28))).toISOString() };
</script></body></html>`;

before(async () => {
  if (skip) return;
  const out = path.join(ROOT, OUT);
  mkdirSync(out, { recursive: true });
  execFileSync('dotnet', ['build', path.join(ROOT, 'tests/jsinterop/JSInteropApp/JSInteropApp.csproj'), '--nologo', '-v:q', '-o', out]);
  writeFileSync(path.join(out, 'index.html'), PAGE);
  b = await launch();
});
after(async () => { await b?.close(); });

test('a page runs [JSImport]/[JSExport] code: imports, promises, callbacks, ImportAsync relative to the page, sync exports', { skip: skip ?? false, timeout: 120000 }, async () => {
  const page = await b.newPage();
  await page.goto(`${b.url}${OUT}/index.html`);
  await page.waitForFunction(() => window.result !== undefined, null, { timeout: 30000 });
  const r = await page.evaluate(() => window.result);
  assert.equal(r.code, 0, r.out);
  for (const line of ['arch: Wasm', 'global Math.max: 7.5', 'add: 42', 'await JS promise: 42', 'JS awaits a .NET task: "got 7"',
    'callbacks: 42', 'JS throws: JSException: boom', 'ImportAsync: "function"', 'helper shout: "HI!"']) {
    assert.ok(r.out.split('\n').includes(line), `${line}\n${r.out}`);
  }
  assert.equal(r.greet, 'Hello, page!');
  assert.equal(r.square, 144);
  assert.equal(r.nextDay, '2024-02-29T00:00:00.000Z');
  assert.deepEqual(page.errors, []);
});
