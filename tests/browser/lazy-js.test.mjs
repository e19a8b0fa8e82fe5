// lazy-js.test.mjs — the page's bundle (js/cilantro.page.mjs) leaves JS
// interop and HttpClient's transport to chunks of their own
// (js/cilantro.interop.mjs, js/cilantro.http.mjs; tools/esbuild/build-page.mjs),
// which a page imports only when its program needs them (js/core.mjs,
// _needModules): hello world fetches neither; a program using JS interop or
// HttpClient gets its chunk before Main runs; an API that needs interop on a
// program that does not use it (rt.invoke) imports it when called.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launch, missingPrerequisite, ROOT } from './lib/browser.mjs';

const skip = missingPrerequisite() ?? false;
let b;
const INTEROP = path.join(ROOT, 'build/interop/Cilantro.Interop.dll');
const GREET = 'tests/out/browser/JsGreet.exe';
const HTTP = 'tests/out/browser/HttpPageBundle.exe';
const CHUNKS = ['/js/cilantro.interop.mjs', '/js/cilantro.http.mjs'];
// the sources the bundle holds: a page of the bundle never fetches them
const SOURCES = ['/js/interop.mjs', '/js/dotnet-interop.mjs', '/js/capability.mjs', '/js/http.mjs', '/js/core.mjs', '/js/errors.mjs'];

before(async () => {
  if (skip) return;
  mkdirSync(path.join(ROOT, 'tests/out/browser'), { recursive: true });
  execFileSync('mcs', ['-nologo', `-r:${INTEROP}`, `-out:${path.join(ROOT, GREET)}`, path.join(ROOT, 'tests/browser/fixtures/JsGreet.cs')]);
  execFileSync('mcs', ['-nologo', '-r:System.Net.Http', `-out:${path.join(ROOT, HTTP)}`, path.join(ROOT, 'tests/browser/fixtures/HttpPage.cs')]);
  b = await launch();
});
after(async () => { await b?.close(); });

/** Loads url and waits for the program's exit; returns the JS paths the page requested. */
async function visit(page, url) {
  const requested = [];
  const listener = (r) => { const p = new URL(r.url()).pathname; if (p.endsWith('.mjs')) requested.push(p); };
  page.on('request', listener);
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.exitCode !== undefined, null, { timeout: 20000 });
  page.off('request', listener);
  return requested;
}

const bundlePage = (exe, extra = '') => `${b.url}tests/browser/fixtures/bundle.html?exe=${encodeURIComponent(`../../../${exe}`)}${extra}`;

test('hello world fetches the page bundle alone: neither the interop nor the http chunk', { skip }, async () => {
  const page = await b.newPage();
  const requested = await visit(page, `${b.url}web/hello/`);
  assert.equal(await page.textContent('#out'), 'Hello from C#! 6 * 7 = 42\n');
  assert.deepEqual([...new Set(requested)], ['/js/cilantro.page.mjs']);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a program using JS interop gets the interop chunk before Main runs (and not the http one)', { skip }, async () => {
  const page = await b.newPage();
  const requested = await visit(page, bundlePage(GREET, `&register&preload=${encodeURIComponent('../../../build/interop/Cilantro.Interop.dll')}`));
  assert.equal(await page.textContent('#error'), '');
  assert.equal(await page.textContent('#log'), 'hello, interop\n');
  assert.equal(await page.evaluate(() => document.body.dataset.exitCode), '0');
  assert.ok(requested.includes(CHUNKS[0]), requested.join(' '));
  assert.ok(!requested.includes(CHUNKS[1]), requested.join(' '));
  for (const s of SOURCES) assert.ok(!requested.includes(s), `fetched ${s}: ${requested.join(' ')}`);
  // the chunk's errors are the bundle's own classes
  assert.equal(await page.evaluate(async () => {
    const m = await import('/js/cilantro.page.mjs');
    try { await window.rt.invoke('JsGreet', 'JsGreet', 'NoSuchMethod'); return 'no error'; } catch (e) { return `${e instanceof m.CilantroError} ${e.code}`; }
  }), 'true MISSING_METHOD');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the assemblies alone say a program uses JS interop: the chunk is there when Main calls JS (no function registered)', { skip }, async () => {
  const page = await b.newPage();
  const requested = await visit(page, bundlePage(GREET, `&preload=${encodeURIComponent('../../../build/interop/Cilantro.Interop.dll')}`));
  assert.ok(requested.includes(CHUNKS[0]), requested.join(' '));
  // the interop module answered (a .NET exception), not the runtime's "module not loaded"
  assert.match(await page.textContent('#error'), /Unhandled exception: .*greet.*not registered/);
  assert.doesNotMatch(await page.textContent('#error'), /MODULE_NOT_LOADED/);
  assert.deepEqual(page.errors.filter((e) => !/greet/.test(e)), []);
  await page.close();
});

test('a program using HttpClient gets the http chunk before Main runs (and not the interop one)', { skip }, async () => {
  const page = await b.newPage();
  const requested = await visit(page, bundlePage(HTTP));
  assert.equal(await page.textContent('#error'), '');
  assert.match(await page.textContent('#log'), /^text: Hello over fetch from a page\n[^]*\ndone\n$/);
  assert.equal(await page.evaluate(() => document.body.dataset.exitCode), '0');
  assert.ok(requested.includes(CHUNKS[1]), requested.join(' '));
  assert.ok(!requested.includes(CHUNKS[0]), requested.join(' '));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('rt.invoke on a program that does not use JS interop imports the interop chunk when called', { skip }, async () => {
  const page = await b.newPage();
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(bundlePage('build/web/hello.exe'));
  await page.waitForFunction(() => document.body.dataset.exitCode !== undefined, null, { timeout: 20000 });
  assert.ok(!requested.includes(CHUNKS[0]), requested.join(' '));
  assert.deepEqual(await page.evaluate(() => window.rt.interopStats().handles), 0);
  // hello.exe has no public static method to call: the error comes from the interop module
  const code = await page.evaluate(() => window.rt.invoke('hello', 'Hello', 'NoSuchMethod').then(() => 'no error', (e) => e.code));
  assert.equal(code, 'MISSING_METHOD');
  assert.ok(requested.includes(CHUNKS[0]), requested.join(' '));
  assert.deepEqual(page.errors, []);
  await page.close();
});
