// todo.test.mjs — the todo demo (web/todo, C# over Cilantro.Dom) driven as a
// user would: type, press Enter, click, double-click, filter, reload.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launch, missingPrerequisite } from './lib/browser.mjs';

const skip = missingPrerequisite();

describe('todo app', { skip: skip ?? false }, () => {
  let b;
  let page;
  before(async () => {
    b = await launch();
    page = await b.newPage();
  });
  after(async () => { await b?.close(); });

  const items = () => page.$$eval('#list li', (lis) => lis.map((li) => `${li.classList.contains('done') ? 'x' : ' '} ${li.querySelector('.text')?.textContent}`));
  // Managed handlers run on green threads just after the event: wait for the DOM to settle.
  const expectItems = async (expected) => {
    await page.waitForFunction((want) => {
      const got = [...document.querySelectorAll('#list li')].map((li) => `${li.classList.contains('done') ? 'x' : ' '} ${li.querySelector('.text')?.textContent}`);
      return JSON.stringify(got) === JSON.stringify(want);
    }, expected, { timeout: 5000 }).catch(() => {});
    assert.deepEqual(await items(), expected);
  };
  const expectCount = async (text) => {
    await page.waitForFunction((t) => document.getElementById('count').textContent === t, text, { timeout: 5000 }).catch(() => {});
    assert.equal(await page.textContent('#count'), text);
  };

  test('loads and shows an empty list', async () => {
    await page.goto(`${b.url}web/todo/`);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForSelector('#app:not([hidden])', { timeout: 10000 });
    assert.equal(await page.isVisible('#loading'), false);
    await expectItems([]);
    await expectCount('0 items left');
    assert.equal(await page.title(), 'Todo');
  });

  test('add with Enter and with the button; empty input adds nothing', async () => {
    await page.fill('#new-todo', 'buy milk');
    await page.press('#new-todo', 'Enter');
    await expectItems(['  buy milk']);
    assert.equal(await page.inputValue('#new-todo'), '');
    await page.fill('#new-todo', 'write tests');
    await page.click('#add');
    await page.fill('#new-todo', '   ');
    await page.click('#add');
    await page.type('#new-todo', 'ship it');
    await page.press('#new-todo', 'Enter');
    await expectItems(['  buy milk', '  write tests', '  ship it']);
    await expectCount('3 items left');
    assert.equal(await page.title(), '(3) Todo');
  });

  test('toggle, filter all/active/done, clear done', async () => {
    await page.click('#list li:nth-child(2) .toggle');
    await expectItems(['  buy milk', 'x write tests', '  ship it']);
    await expectCount('2 items left');
    assert.equal(await page.isVisible('#clear-done'), true);

    await page.click('#filter-active');
    await expectItems(['  buy milk', '  ship it']);
    assert.equal(await page.getAttribute('#filter-active', 'class'), 'selected');
    assert.match(page.url(), /#active$/);
    await page.click('#filter-done');
    await expectItems(['x write tests']);
    // Toggling under a filter moves the item out of view.
    await page.click('#list li:nth-child(1) .toggle');
    await expectItems([]);
    await page.click('#filter-all');
    await expectItems(['  buy milk', '  write tests', '  ship it']);
    assert.equal(await page.getAttribute('#filter-done', 'class'), '');

    await page.click('#list li:nth-child(3) .toggle');
    await expectItems(['  buy milk', '  write tests', 'x ship it']);
    await page.click('#clear-done');
    await expectItems(['  buy milk', '  write tests']);
    await page.waitForSelector('#clear-done', { state: 'hidden', timeout: 5000 });
  });

  test('remove and edit', async () => {
    await page.click('#list li:nth-child(1) .remove');
    await expectItems(['  write tests']);
    await page.dblclick('#list li:nth-child(1) .text');
    await page.waitForSelector('#list li .edit', { timeout: 5000 });
    await page.fill('#list li .edit', 'write more tests');
    await page.press('#list li .edit', 'Enter');
    await expectItems(['  write more tests']);
    await expectCount('1 item left');
  });

  test('the list survives a reload (localStorage), the filter the URL hash', async () => {
    await page.fill('#new-todo', 'second');
    await page.press('#new-todo', 'Enter');
    await page.click('#list li:nth-child(2) .toggle');
    await expectItems(['  write more tests', 'x second']);
    await page.click('#filter-done');
    await expectItems(['x second']);
    await page.reload();
    await page.waitForSelector('#app:not([hidden])', { timeout: 10000 });
    await expectItems(['x second']);
    await page.click('#filter-all');
    await expectItems(['  write more tests', 'x second']);
    assert.deepEqual(page.errors, []);
  });

  test('listeners are released when rows are redrawn (no handle growth)', async () => {
    // 40 redraws of a 2-row list: each row's 3 listeners are removed before
    // the next render, so the managed listener table stays at the fixed set.
    // The interop's JS handle table (private; read here only to catch leaks).
    const handles = async () => page.evaluate(() => window.todoRuntime?._interop?.handles?.size ?? null);
    const before = await handles();
    for (let i = 0; i < 20; i++) {
      await page.click('#list li:nth-child(1) .toggle');
      await expectItems(['x write more tests', 'x second']);
      await page.click('#list li:nth-child(1) .toggle');
      await expectItems(['  write more tests', 'x second']);
    }
    await expectItems(['  write more tests', 'x second']);
    const afterCount = await handles();
    console.log(`todo: JS handle table ${before} -> ${afterCount} entries after 40 redraws`);
    assert.notEqual(before, null, 'the runtime exposes no handle table to check');
    assert.ok(afterCount <= before + 2, `JS handles ${before} -> ${afterCount}`);
    assert.deepEqual(page.errors, []);
  });
});
