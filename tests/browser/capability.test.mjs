// capability.test.mjs — the capability rule (docs/interop.md) in a real
// browser: from a DOM element .NET holds, the page's window and an iframe's
// window (another realm's global object) stay out of reach. The walk is
// tests/js/interop/Escape.cs; the Node side is tests/js/capability.test.mjs.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launch, missingPrerequisite, ROOT } from './lib/browser.mjs';

const INTEROP = path.join(ROOT, 'build/interop/Cilantro.Interop.dll');
const skip = missingPrerequisite() ?? (existsSync(INTEROP) ? null : 'build/interop/Cilantro.Interop.dll is not built');
const DLL = 'tests/out/browser/Escape.dll';
let b;

before(async () => {
  if (skip) return;
  mkdirSync(path.join(ROOT, 'tests/out/browser'), { recursive: true });
  execFileSync('mcs', ['-nologo', '-target:library', `-r:${INTEROP}`, `-out:${path.join(ROOT, DLL)}`,
    path.join(ROOT, 'tests/js/interop/Escape.cs')]);
  b = await launch();
});
after(async () => { await b?.close(); });

const REFUSED = /^refused at \d+: (JSException|InvalidCastException): (JS property '[^']+' is not accessible|a JS function handle is opaque|the JS global object is not handed)/;

test('from a DOM element, no window is reachable: neither the page\'s nor an iframe\'s', { skip: skip ?? false }, async () => {
  const page = await b.newPage();
  await page.goto(`${b.url}tests/browser/fixtures/capability.html?dll=${encodeURIComponent(`../../../${DLL}`)}`);
  await page.waitForFunction(() => document.body.dataset.ready === '1', null, { timeout: 10000 });
  const run = (start, steps) => page.evaluate(([s, st]) => window.escape(s, st), [start, steps]);
  // what the host meant to hand out works
  assert.equal(await run('fn:para', ['get textContent']), 'ok text');
  assert.equal(await run('fn:para', ['get ownerDocument', 'get title']), 'ok capability');
  const attempts = [
    ['fn:para', ['get ownerDocument', 'get defaultView', 'set pwned yes']],
    ['fn:para', ['get ownerDocument', 'get defaultView', 'get top']],
    ['fn:frame', ['get contentWindow', 'call eval window.parent.pwned=1']],
    ['fn:frame', ['get contentDocument', 'get defaultView', 'get parent']],
    ['fn:para', ['get constructor', 'get constructor']],
    ['fn:para', ['get __proto__', 'set pwned yes']],
    ['fn:para', ['get addEventListener', 'call call #null']],
    ['fn:frame', ['get contentDocument', 'get body', 'get constructor']],
  ];
  for (const [start, steps] of attempts) {
    const r = await run(start, steps);
    assert.match(r, REFUSED, `${start} ${JSON.stringify(steps)} -> ${r}`);
  }
  assert.equal(await page.evaluate(() => window.pwned ?? null), null);
  assert.equal(await page.evaluate(() => HTMLElement.prototype.pwned ?? null), null);
  assert.deepEqual(page.errors, []);
});
