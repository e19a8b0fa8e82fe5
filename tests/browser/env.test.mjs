// env.test.mjs — a page's program gets LANG from the browser's language (as .NET's wasm
// runtime sets it) and the browser's answers for the machine and user names.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launch, missingPrerequisite, ROOT } from './lib/browser.mjs';

const skip = missingPrerequisite();
let b;
const EXE = 'tests/out/browser/EnvPage.exe';

before(async () => {
  if (skip) return;
  mkdirSync(path.join(ROOT, 'tests/out/browser'), { recursive: true });
  execFileSync('mcs', ['-nologo', `-out:${path.join(ROOT, EXE)}`, path.join(ROOT, 'tests/browser/fixtures/EnvPage.cs')]);
  b = await launch();
});
after(async () => { await b?.close(); });

test('a page hands the program LANG=<browser language>.UTF-8 and nothing else', { skip: skip ?? false }, async () => {
  const page = await b.newPage();
  await page.goto(`${b.url}tests/browser/fixtures/run.html?exe=${encodeURIComponent(`../../../${EXE}`)}`);
  await page.waitForFunction(() => document.body.dataset.exitCode !== undefined, null, { timeout: 10000 });
  const language = await page.evaluate(() => navigator.languages[0] ?? navigator.language);
  assert.ok(language, 'the browser reports a language');
  assert.equal(await page.textContent('#log'),
    `LANG=${language}.UTF-8\ncount=1\nculture=[]\nmachine=localhost user=Browser os=Browser\n`);
  assert.deepEqual(page.errors, []);
});
