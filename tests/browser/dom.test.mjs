// dom.test.mjs — Cilantro.Dom calls beyond the todo demo, from a C# fixture
// (tests/browser/fixtures/DomApi.cs, compiled here with mcs).

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launch, missingPrerequisite, ROOT } from './lib/browser.mjs';

const INTEROP = path.join(ROOT, 'build/interop/Cilantro.Interop.dll');
const skip = missingPrerequisite() ?? (existsSync(INTEROP) ? null : 'build/interop/Cilantro.Interop.dll is not built');
let b;
const EXE = 'tests/out/browser/DomApi.exe';

before(async () => {
  if (skip) return;
  mkdirSync(path.join(ROOT, 'tests/out/browser'), { recursive: true });
  execFileSync('mcs', ['-nologo', `-r:${INTEROP}`, `-out:${path.join(ROOT, EXE)}`, path.join(ROOT, 'tests/browser/fixtures/DomApi.cs')]);
  b = await launch();
});
after(async () => { await b?.close(); });

test('Cilantro.Dom: styles, queries, events, timers, location, console', { skip: skip ?? false }, async () => {
  const page = await b.newPage();
  await page.goto(`${b.url}tests/browser/fixtures/dom.html?exe=${encodeURIComponent(`../../../${EXE}`)}`);
  await page.waitForFunction(() => document.body.dataset.exitCode !== undefined, null, { timeout: 10000 });
  assert.equal(await page.textContent('#error'), '');
  assert.equal(await page.textContent('#count'), '3');
  assert.equal(await page.getAttribute('#styled', 'data-checked'), 'rgb(255, 0, 0)');
  assert.equal(await page.$eval('#styled', (e) => getComputedStyle(e).backgroundColor), 'rgb(0, 0, 255)');
  assert.equal(await page.textContent('#made'), 'classes: b contains b: True');
  assert.equal(await page.textContent('#where'), '/tests/browser/fixtures/dom.html');
  assert.equal(await page.textContent('#log'), 'stdout from C#\n');
  assert.ok(page.logs.includes('log: console from C#'), page.logs.join('\n'));

  // Mouse data: a click 10,20 px into the box at (100, 200).
  await page.mouse.click(110, 220);
  await page.waitForFunction(() => document.getElementById('clicked').textContent !== '', null, { timeout: 5000 });
  assert.equal(await page.textContent('#clicked'), 'click target 110,220');

  // preventDefault: true cancels the navigation synchronously.
  await page.click('#link');
  await page.waitForFunction(() => document.getElementById('link-state').textContent !== '', null, { timeout: 5000 });
  assert.equal(await page.textContent('#link-state'), 'handled, prevented=True');
  assert.equal(new URL(page.url()).hash, '');

  // A listener that removes itself runs once.
  await page.click('#once');
  await page.waitForFunction(() => document.getElementById('once-removed').textContent !== '', null, { timeout: 5000 });
  await page.click('#once');
  await page.waitForTimeout(100);
  assert.equal(await page.textContent('#once-count'), '1');
  assert.equal(await page.textContent('#once-removed'), 'True');

  // Timers: one-shot fired, cleared one never, interval stopped after 3; none left pending.
  await page.waitForFunction(() => document.getElementById('pending').textContent !== '', null, { timeout: 5000 });
  assert.equal(await page.textContent('#timeout'), 'fired');
  assert.equal(await page.textContent('#cancelled'), '');
  assert.equal(await page.textContent('#ticks'), '3');
  assert.equal(await page.textContent('#pending'), '0');
  assert.deepEqual(page.errors, []);
  await page.close();
});
