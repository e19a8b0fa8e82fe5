// output-pane.test.mjs — OutputPane (js/browser/output-pane.mjs) in Chromium:
// output is batched into the DOM once a frame, stderr is marked, and past
// maxDomLines the pane turns virtual (only the lines in view are elements)
// while scrolling still shows every line. The speed is measured by
// tools/output-bench.mjs, not here.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, missingPrerequisite } from './lib/browser.mjs';

const skip = missingPrerequisite();
let b;
let page;

before(async () => {
  if (skip) return;
  b = await launch();
  page = await b.newPage();
  await page.goto(`${b.url}tests/browser/fixtures/output-pane.html`);
  await page.waitForFunction(() => document.body.dataset.ready === '1');
});
after(async () => { await b?.close(); });

test('small outputs: text and stderr spans, written on the next frame', { skip: skip ?? false }, async () => {
  const r = await page.evaluate(async () => {
    const el = document.getElementById('out');
    pane.clear();
    pane.write('one\ntw');
    pane.write('o\n');
    pane.write('oops\n', true);
    pane.write('three\n');
    const before = el.textContent;
    await nextFrame();
    return { before, after: el.textContent, err: [...el.querySelectorAll('.stderr')].map((s) => s.textContent), text: pane.text, lines: pane.lineCount };
  });
  assert.equal(r.before, '', 'nothing is written synchronously');
  assert.equal(r.after, 'one\ntwo\noops\nthree\n');
  assert.deepEqual(r.err, ['oops\n']);
  assert.equal(r.text, 'one\ntwo\noops\nthree\n');
  assert.equal(r.lines, 4);
  assert.deepEqual(page.errors, []);
});

test('large outputs turn virtual: few elements, every line reachable by scrolling', { skip: skip ?? false }, async () => {
  const r = await page.evaluate(async () => {
    const el = document.getElementById('out');
    pane.clear();
    for (let i = 0; i < 20000; i += 100) {
      let chunk = '';
      for (let j = i; j < i + 100; j++) chunk += `line ${j}\n`;
      pane.write(chunk);
      if (i === 10000) pane.write('an error line\n', true);
    }
    pane.write('no newline');
    await nextFrame();
    const rows = () => [...el.querySelectorAll(':scope > div > div > div')].map((d) => d.textContent);
    const atEnd = rows();
    const elements = el.getElementsByTagName('*').length;
    el.scrollTop = 0;
    await nextFrame();
    const atTop = rows();
    // The error line sits after line 10099.
    const lh = el.scrollHeight / pane.lineCount;
    el.scrollTop = 10100 * lh;
    await nextFrame();
    const middle = [...el.querySelectorAll(':scope > div > div > div')].map((d) => ({ text: d.textContent, err: d.className === 'stderr' }));
    return { virtual: el.dataset.virtual, atEnd, atTop, elements, middle, lines: pane.lineCount, textEnd: pane.text.slice(-30) };
  });
  assert.equal(r.virtual, 'true');
  assert.equal(r.lines, 20002);
  assert.ok(r.elements < 300, `${r.elements} elements in the pane`);
  assert.equal(r.atEnd.at(-1), 'no newline', 'the view follows the end');
  assert.equal(r.atEnd.at(-2), 'line 19999');
  assert.equal(r.atTop[0], 'line 0');
  assert.ok(r.middle.some((d) => d.text === 'an error line' && d.err), 'the stderr line is marked');
  assert.ok(r.middle.some((d) => d.text === 'line 10099' && !d.err));
  assert.ok(r.textEnd.endsWith('line 19999\nno newline'));
  assert.deepEqual(page.errors, []);
});

test('clear() leaves virtual mode; a scrolled-up view is not pulled down by new output', { skip: skip ?? false }, async () => {
  const r = await page.evaluate(async () => {
    const el = document.getElementById('out');
    pane.clear();
    const cleared = { virtual: el.dataset.virtual ?? null, text: el.textContent };
    let chunk = '';
    for (let j = 0; j < 1000; j++) chunk += `row ${j}\n`;
    pane.write(chunk);
    await nextFrame();
    el.scrollTop = 0;
    await nextFrame();
    pane.write('more\n');
    await nextFrame();
    return { cleared, top: el.scrollTop, first: el.querySelector(':scope > div > div > div')?.textContent };
  });
  assert.deepEqual(r.cleared, { virtual: null, text: '' });
  assert.equal(r.top, 0);
  assert.equal(r.first, 'row 0');
});
