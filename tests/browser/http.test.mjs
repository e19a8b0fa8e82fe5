// http.test.mjs — HttpClient in a page goes through the browser's fetch:
// relative URIs resolve against the page (as Blazor's BaseAddress =
// NavigationManager.BaseUri), statuses, EnsureSuccessStatusCode's message,
// BaseAddress, a POST, a canceled token (tests/browser/fixtures/HttpPage.cs,
// compiled here with mcs against Mono's System.Net.Http).

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launch, missingPrerequisite, ROOT } from './lib/browser.mjs';

const skip = missingPrerequisite();
let b;
const EXE = 'tests/out/browser/HttpPage.exe';

before(async () => {
  if (skip) return;
  mkdirSync(path.join(ROOT, 'tests/out/browser'), { recursive: true });
  execFileSync('mcs', ['-nologo', '-r:System.Net.Http', `-out:${path.join(ROOT, EXE)}`, path.join(ROOT, 'tests/browser/fixtures/HttpPage.cs')]);
  b = await launch();
});
after(async () => { await b?.close(); });

test('HttpClient in a page: GetStringAsync of a relative URI, 404, BaseAddress, POST, cancellation', { skip: skip ?? false }, async () => {
  const page = await b.newPage();
  await page.goto(`${b.url}tests/browser/fixtures/run.html?exe=${encodeURIComponent(`../../../${EXE}`)}`);
  await page.waitForFunction(() => document.body.dataset.exitCode !== undefined, null, { timeout: 15000 });
  assert.equal(await page.textContent('#error'), '');
  assert.equal(await page.textContent('#log'), [
    'text: Hello over fetch from a page',
    'status: 404 False at /tests/browser/fixtures/no-such-file.txt',
    'threw: Response status code does not indicate success: 404 (Not Found).',
    'bytes: 29',
    'post: 405',
    'canceled: TaskCanceledException',
    'done',
    '',
  ].join('\n'));
  assert.equal(await page.evaluate(() => document.body.dataset.exitCode), '0');
  await page.close();
});
