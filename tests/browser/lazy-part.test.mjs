// lazy-part.test.mjs — in a page, the runtime module's lazy part
// (cilantro.lazy.wasm, docs/js.md) is fetched only by a program that calls
// into it: synchronously, in the middle of the run; the page keeps a copy,
// and a later visit compiles it from there while the program starts. The
// module's small split (wasmSplit: 'small', what startApp's trimmed option
// picks) works the same with cilantro.small.wasm and cilantro.small.lazy.wasm.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launch, missingPrerequisite, ROOT, visit } from './lib/browser.mjs';

const skip = missingPrerequisite() ?? (existsSync(path.join(ROOT, 'build/wasm/cilantro.lazy.wasm')) ? false : 'the module is built whole (WASM_SPLIT=0)');
let b;
const EXE = 'tests/out/browser/LazyPart.exe';
const DATA_EXE = 'tests/out/browser/LazyData.exe';
const LAZY = '/build/wasm/cilantro.lazy.wasm';
const SMALL = '/build/wasm/cilantro.small.wasm';
const SMALL_LAZY = '/build/wasm/cilantro.small.lazy.wasm';
// what .NET prints for tests/js/fixtures/LazyData.cs (tests/js/lazy-part.test.mjs checks it against dotnet)
const DATA_OUTPUT = '29.67413253642086\n2.302585092994046\n-0.8522008497671888\nTrue\nDecimalDigitNumber\n\u00e9cole\nSTRA\u00dfE\n3E-300\n';
const skipSmall = skip || (existsSync(path.join(ROOT, 'build/wasm/cilantro.small.lazy.wasm')) ? false : 'the module has no small split (WASM_SPLIT=0)');
const OUTPUT = 'longest chain below 30000 starts at 26623: 307 steps\nArithmetic operation resulted in an overflow.\n';

before(async () => {
  if (skip) return;
  mkdirSync(path.join(ROOT, 'tests/out/browser'), { recursive: true });
  execFileSync('mcs', ['-nologo', `-out:${path.join(ROOT, EXE)}`, path.join(ROOT, 'tests/js/fixtures/LazyPart.cs')]);
  execFileSync('mcs', ['-nologo', `-out:${path.join(ROOT, DATA_EXE)}`, path.join(ROOT, 'tests/js/fixtures/LazyData.cs')]);
  b = await launch();
});
after(async () => { await b?.close(); });


test('hello world never fetches the lazy part', { skip }, async () => {
  const page = await b.newPage();
  const requested = await visit(page, `${b.url}web/hello/`);
  assert.equal(await page.textContent('#out'), 'Hello from C#! 6 * 7 = 42\n');
  assert.ok(requested.includes('/build/wasm/cilantro.wasm'), requested.join(' '));
  assert.ok(!requested.includes(LAZY), `hello fetched ${LAZY}`);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a method turning hot gets the tier compiler without blocking the page: the lazy part comes by fetch, not a synchronous request', { skip }, async () => {
  const page = await b.newPage();
  const types = [];
  page.on('request', (r) => { if (new URL(r.url()).pathname === LAZY) types.push(r.resourceType()); });
  await visit(page, `${b.url}tests/browser/fixtures/run.html?exe=${encodeURIComponent(`../../../${EXE}`)}&arg=hot-only`);
  assert.equal(await page.textContent('#log'), OUTPUT.split('\n')[0] + '\n');
  // (a second fetch is the page keeping its copy once idle, from the HTTP cache)
  assert.ok(types.length >= 1 && types.every((t) => t === 'fetch'), `requests for the lazy part: ${types.join(', ')}`);
  await page.waitForFunction(() => performance.getEntriesByName('cilantro:lazy-part-loaded').length === 1, null, { timeout: 10000 });
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a program that calls into the lazy part gets it mid-run, and a later visit has it from the page', { skip }, async () => {
  const page = await b.newPage();
  const url = `${b.url}tests/browser/fixtures/run.html?exe=${encodeURIComponent(`../../../${EXE}`)}`;
  const first = await visit(page, url);
  assert.equal(await page.textContent('#log'), OUTPUT);
  assert.equal(await page.evaluate(() => document.body.dataset.exitCode), '0');
  assert.ok(first.includes(LAZY), `the lazy part was not fetched: ${first.join(' ')}`);
  assert.ok(await page.evaluate(() => performance.getEntriesByName('cilantro:lazy-part-loaded').length === 1));
  // the page keeps a copy once it is idle (js/file-cache.mjs notes its ETag)
  const href = new URL(LAZY, b.url).href;
  await page.waitForFunction((h) => localStorage.getItem(`cilantro-etag:${h}`) !== null, href, { timeout: 10000 });
  const responses = [];
  page.on('response', (r) => { if (new URL(r.url()).pathname === LAZY) responses.push(r.status()); });
  await visit(page, url);
  assert.equal(await page.textContent('#log'), OUTPUT);
  // the copy is revalidated (a bodiless 304) and compiled while the program starts
  assert.ok(responses.includes(304), `lazy part responses on the second visit: ${responses.join(', ')}`);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the trimmed hello page fetches the small split\'s first part only', { skip: skipSmall }, async () => {
  const page = await b.newPage();
  const requested = await visit(page, `${b.url}web/hello/?trimmed`);
  assert.equal(await page.textContent('#out'), 'Hello from C#! 6 * 7 = 42\n');
  assert.equal(await page.evaluate(() => document.body.dataset.exitCode), '0');
  const modules = requested.filter((p) => p.endsWith('.wasm'));
  // (the page's preload and the runtime's fetch are one request; Chromium may list both)
  assert.ok(modules.length >= 1 && modules.every((p) => p === SMALL), `modules fetched: ${modules.join(' ')}`);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the small split\'s lazy part comes when called, the page keeps it, and a later visit has it from there', { skip: skipSmall }, async () => {
  const page = await b.newPage();
  const url = `${b.url}tests/browser/fixtures/run.html?split=small&exe=${encodeURIComponent(`../../../${DATA_EXE}`)}`;
  const first = await visit(page, url);
  assert.equal(await page.textContent('#log'), DATA_OUTPUT);
  assert.equal(await page.evaluate(() => document.body.dataset.exitCode), '0');
  assert.ok(first.includes(SMALL) && first.includes(SMALL_LAZY), `modules fetched: ${first.filter((p) => p.endsWith('.wasm')).join(' ')}`);
  assert.ok(!first.includes('/build/wasm/cilantro.wasm') && !first.includes(LAZY), `the typical split was fetched: ${first.join(' ')}`);
  const href = new URL(SMALL_LAZY, b.url).href;
  await page.waitForFunction((h) => localStorage.getItem(`cilantro-etag:${h}`) !== null, href, { timeout: 10000 });
  const responses = [];
  page.on('response', (r) => {
    if (new URL(r.url()).pathname === SMALL_LAZY) responses.push(`${r.request().resourceType()} ${r.status()}`);
  });
  await visit(page, url);
  assert.equal(await page.textContent('#log'), DATA_OUTPUT);
  // the copy is revalidated (a bodiless 304) and compiled while the program starts (a program
  // that calls into the part before that is done still makes the synchronous request)
  assert.ok(responses.includes('fetch 304'), `small lazy part responses on the second visit: ${responses.join(', ')}`);
  // a bad split is the page's error, not a hang
  await page.goto(`${b.url}tests/browser/fixtures/run.html?split=bogus&exe=${encodeURIComponent(`../../../${DATA_EXE}`)}`);
  await page.waitForFunction(() => !document.getElementById('error').hidden, null, { timeout: 10000 });
  assert.match(await page.textContent('#error'), /RangeError: bad wasmSplit option 'bogus' \(expected 'typical' or 'small'\)/);
  await page.close();
});
