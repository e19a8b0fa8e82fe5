// corlib-parts.test.mjs — in a page, the corlib's parts (corlib/parts.txt:
// mscorlib.System.Linq.dll, ...) are fetched from beside the corlib only by programs
// whose types need them, through the page's file cache like the corlib;
// resolveAssembly can supply them; a corlib given as bytes or a part that is
// not there gives a clear error.

import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { compileCs } from '../js/lib/helpers.mjs';
import { launch, missingPrerequisite, ROOT, visit } from './lib/browser.mjs';

const skip = missingPrerequisite() ?? false;
const OUT = path.join(ROOT, 'tests/out/browser/parts');
const EXE = 'tests/out/browser/parts/Parts.exe';
const LINQ = '/build/corlib/mscorlib.System.Linq.dll';
const REGEX = '/build/corlib/mscorlib.System.Text.RegularExpressions.dll';
const COMMON = '/build/corlib/mscorlib.CoreLib.Common.dll';   // the core's part of what typical programs use
const PARTS_OUT = '3,2,1\nx-y-z\n';
const BY_NAME = 'tests/out/browser/parts/ByName.exe';
let b;

before(async () => {
  if (skip) return;
  compileCs(OUT, 'Parts', `using System; using System.Linq; using System.Text.RegularExpressions;
class Parts { static void Main() {
    Console.WriteLine(string.Join(",", new[] { 1, 3, 2 }.OrderByDescending(x => x)));
    Console.WriteLine(Regex.Replace("x1y22z", @"\\d+", "-")); } }`);
  // a type of one of the core's own parts named only by string: loaded while the program runs
  compileCs(OUT, 'ByName', `using System;
class ByName { static void Main() {
    var t = Type.GetType("System.Globalization.KoreanCalendar", true);
    Console.WriteLine(t.Name + " " + (t.Assembly == typeof(object).Assembly)); } }`);
  // a corlib without its library parts (System.Linq, ...) beside it: the core and its own parts only
  mkdirSync(path.join(OUT, 'lonely'), { recursive: true });
  copyFileSync(path.join(ROOT, 'build/corlib/mscorlib.dll'), path.join(OUT, 'lonely/mscorlib.dll'));
  for (const f of readdirSync(path.join(ROOT, 'build/corlib')).filter((f) => f.startsWith('mscorlib.CoreLib.')))
    copyFileSync(path.join(ROOT, 'build/corlib', f), path.join(OUT, 'lonely', f));
  b = await launch();
});
after(async () => { await b?.close(); });


/** The run fixture's URL for an exe under tests/out. */
const runUrl = (exe) => `${b.url}tests/browser/fixtures/run.html?exe=${encodeURIComponent(`../../../${exe}`)}`;

/** Runs `exe` in the run fixture; checks it printed `expected` and exited 0; the paths the page requested. */
async function runExpecting(page, exe, expected) {
  const requested = await visit(page, runUrl(exe));
  assert.equal(await page.textContent('#log'), expected);
  assert.equal(await page.evaluate(() => document.body.dataset.exitCode), '0');
  return requested;
}

const isPart = (p) => /^\/build\/corlib\/(?!mscorlib\.dll$)[^/]+\.dll$/.test(p);

test('the hello page fetches no part of the corlib', { skip }, async () => {
  const page = await b.newPage();
  const requested = await visit(page, `${b.url}web/hello/`);
  assert.equal(await page.textContent('#out'), 'Hello from C#! 6 * 7 = 42\n');
  assert.ok(requested.includes('/build/corlib/mscorlib.dll'), requested.join(' '));
  assert.deepEqual(requested.filter(isPart), []);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a page running a LINQ and Regex program fetches mscorlib.System.Linq.dll and mscorlib.System.Text.RegularExpressions.dll, kept by the page like the corlib', { skip }, async () => {
  const page = await b.newPage();
  const first = await runExpecting(page, EXE, PARTS_OUT);
  assert.deepEqual([...new Set(first.filter(isPart))].sort(), [COMMON, LINQ, REGEX]);
  // the page keeps copies once idle (js/file-cache.mjs notes their ETags) ...
  const href = new URL(LINQ, b.url).href;
  await page.waitForFunction((h) => localStorage.getItem(`cilantro-etag:${h}`) !== null, href, { timeout: 10000 });
  // ... and a later visit revalidates them: a bodiless 304
  const responses = [];
  page.on('response', (r) => { if (new URL(r.url()).pathname === LINQ) responses.push(r.status()); });
  await visit(page, runUrl(EXE));
  assert.equal(await page.textContent('#log'), PARTS_OUT);
  assert.ok(responses.includes(304), `mscorlib.System.Linq.dll responses on the second visit: ${responses.join(', ')}`);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a part of the core that only the running program reaches comes by a synchronous request, and the page carries on', { skip }, async () => {
  const page = await b.newPage();
  const requested = await runExpecting(page, BY_NAME, 'KoreanCalendar True\n');
  assert.ok(requested.includes('/build/corlib/mscorlib.CoreLib.Globalization.dll'), requested.filter(isPart).join(' '));
  assert.deepEqual(page.errors, []);
  await page.close();
});

/** Runs the program through the package's API in a blank page with `options` (evaluated there); returns what happened. */
async function runInPage(page, options) {
  await page.goto(`${b.url}tests/browser/fixtures/blank.html`);
  return page.evaluate(async ({ exe, options }) => {
    const { createRuntime, CilantroError } = await import('/js/index.mjs');
    const asked = [];
    const opts = {};
    if (options.corlibBytes) opts.corlib = new Uint8Array(await (await fetch('/build/corlib/mscorlib.dll')).arrayBuffer());
    if (options.corlibUrl) opts.corlib = options.corlibUrl;
    if (options.resolve) {
      opts.resolveAssembly = (name) => {
        asked.push(name);
        return name.startsWith('mscorlib.') ? `/build/corlib/${name}.dll` : null;
      };
    }
    let out = '';
    const rt = await createRuntime({ ...opts, stdout: (t) => { out += t; }, stderr: (t) => { out += t; } });
    try {
      const name = await rt.loadAssembly(`/${exe}`);
      const code = await rt.runMain(name);
      return { code, out, asked, assemblies: rt.assemblies };
    } catch (e) {
      return { error: e.message, code: e.code, cilantro: e instanceof CilantroError, asked };
    } finally {
      rt.dispose();
    }
  }, { exe: EXE, options });
}

test('a corlib given as bytes: a needed part is a clear error without resolveAssembly, and resolveAssembly can supply it', { skip }, async () => {
  const page = await b.newPage();
  const bad = await runInPage(page, { corlibBytes: true });
  assert.equal(bad.cilantro, true, JSON.stringify(bad));
  assert.equal(bad.code, 'MISSING_REFERENCE');
  assert.match(bad.error, /'mscorlib\.(System\.Linq|System\.Text\.RegularExpressions|CoreLib\.Common)' \(needed by Parts\): it is a part of the corlib, which was given as bytes/);
  assert.match(bad.error, /resolveAssembly/);
  const good = await runInPage(page, { corlibBytes: true, resolve: true });
  assert.equal(good.out, PARTS_OUT, JSON.stringify(good));
  assert.equal(good.code, 0);
  assert.deepEqual([...good.asked].sort(), ['mscorlib.CoreLib.Common', 'mscorlib.System.Linq', 'mscorlib.System.Text.RegularExpressions']);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a corlib given as a URL: its parts come from beside it; a missing one is a clear error naming the URL, and the page carries on', { skip }, async () => {
  const page = await b.newPage();
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  const good = await runInPage(page, { corlibUrl: '/build/corlib/mscorlib.dll' });
  assert.equal(good.out, PARTS_OUT, JSON.stringify(good));
  const lonely = await runInPage(page, { corlibUrl: '/tests/out/browser/parts/lonely/mscorlib.dll' });
  assert.equal(lonely.cilantro, true, JSON.stringify(lonely));
  assert.equal(lonely.code, 'MISSING_REFERENCE');
  assert.match(lonely.error, /'mscorlib\.System\.(Linq|Text\.RegularExpressions)' \(needed by Parts\), a part of the corlib: cannot fetch http:\/\/[^ ]*\/tests\/out\/browser\/parts\/lonely\/mscorlib\.System\.\S+\.dll: HTTP 404/);
  assert.ok(requested.some((p) => /\/lonely\/mscorlib\.System\.[\w.]+\.dll$/.test(p)), requested.join(' '));
  // the page still runs programs
  const again = await runInPage(page, {});
  assert.equal(again.out, PARTS_OUT, JSON.stringify(again));
  assert.deepEqual(page.errors, []);
  await page.close();
});
