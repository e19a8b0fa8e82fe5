// pages.test.mjs — the demo pages in headless Chromium: hello world (timing
// and bytes), run-a-program (streaming output, Stop, corrupt DLL, a 5-second
// busy loop while animation frames and JS timers keep firing), benchmarks.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliCompressSync, constants as zc } from 'node:zlib';
import { launch, missingPrerequisite, ROOT } from './lib/browser.mjs';

const skip = missingPrerequisite();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const report = (line) => console.log(line);

describe('demo pages', { skip: skip ?? false }, () => {
  let b;
  before(async () => { b = await launch(); });
  after(async () => { await b?.close(); });

  test('hello: C# output reaches the page; load time and bytes', async () => {
    const page = await b.newPage();
    const fetched = new Set();
    page.on('request', (r) => fetched.add(new URL(r.url()).pathname));
    // What the dev server actually sent for the last load (compressed bodies).
    let wire = new Map();
    page.on('response', async (r) => {
      const h = await r.allHeaders();
      wire.set(new URL(r.url()).pathname, { bytes: Number(h['content-length'] ?? 0), encoding: h['content-encoding'] ?? 'identity', status: r.status() });
    });
    const times = [];
    let firstWire = null;
    for (let i = 0; i < 8; i++) {
      if (i === 1) firstWire = wire;
      wire = new Map();
      await page.goto(`${b.url}web/hello/`);
      await page.waitForFunction(() => document.body.dataset.exitCode !== undefined, null, { timeout: 10000 });
      assert.equal(await page.textContent('#out'), 'Hello from C#! 6 * 7 = 42\n');
      assert.equal(await page.evaluate(() => document.body.dataset.exitCode), '0');
      const at = Number(await page.evaluate(() => document.body.dataset.outputAt));
      if (i > 0) times.push(at);   // the first load also warms the server's file cache
    }
    // The progress bar saw every byte.
    const bar = await page.evaluate(() => ({ ...document.getElementById('bar').dataset }));
    assert.ok(Number(bar.total) > 100000 && bar.loaded === bar.total, JSON.stringify(bar));
    let raw = 0;
    let br = 0;
    for (const p of fetched) {
      const bytes = readFileSync(path.join(ROOT, decodeURIComponent(p).replace(/\/$/, '/index.html')));
      raw += bytes.length;
      br += brotliCompressSync(bytes, { params: { [zc.BROTLI_PARAM_QUALITY]: 11, [zc.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length;
    }
    report(`hello page: navigation to output median ${median(times).toFixed(0)} ms (runs: ${times.map((t) => t.toFixed(0)).join(', ')})`);
    report(`hello page: ${fetched.size} files, ${raw} bytes, ${br} bytes brotli-11 (${[...fetched].join(' ')})`);
    const sent = [...wire.values()].reduce((n, w) => n + w.bytes, 0);
    report(`hello page: the dev server sent ${sent} bytes (${[...wire].map(([p, w]) => `${p.split('/').pop() || 'index.html'} ${w.encoding}`).join(', ')})`);
    for (const name of ['cilantro.wasm', 'mscorlib.dll', 'hello.exe']) {
      const w = [...firstWire].find(([p]) => p.endsWith(`/${name}`));
      assert.ok(w && w[1].encoding === 'br', `${name} goes out brotli-compressed (${JSON.stringify(w)})`);
    }
    // Later loads revalidate the copies the runtime keeps in Cache Storage
    // (js/file-cache.mjs): a bodiless 304, no download.
    for (const name of ['cilantro.wasm', 'mscorlib.dll']) {
      const w = [...wire].find(([p]) => p.endsWith(`/${name}`));
      assert.ok(w && w[1].status === 304 && w[1].bytes === 0, `${name} comes from the page's cache (${JSON.stringify(w)})`);
    }
    assert.ok(sent < raw / 2, `the dev server compresses: ${sent} of ${raw} bytes`);
    // Budget: the untrimmed corlib doubled with the .NET 10 API work (about 350 KB
    // of the total brotli-compressed); the trimmer (issue 16) is what brings
    // a page back down. Raised from 400 KB to 600 KB, then to 680 KB when the
    // NuGet-library work (ComponentModel converters, System.Xml shapes,
    // Utf8Formatter/Parser, Ascii, ExecutionContext) added about 40 KB, and to
    // 720 KB when what System.Text.Json needs (Unicode.Utf8, span formatting),
    // System.Threading.Channels, DataAnnotations, System.Timers and the rest of
    // System.IO added about 45 KB (700,748 B in all; tools/size.sh), and to
    // 740 KB when the cryptography classes, Unicode normalization data, the
    // collation, the whole-BMP character tables in the module and the tier's
    // inline call path added about 32 KB (732,207 B), and to 760 KB when
    // System.Net.Http (HttpClient, contents, headers; docs/http.md) added about
    // 20 KB to the corlib (550,227 -> 570,456 B alone; the page 759,164 B), and to
    // 800 KB when .NET's System.Runtime.InteropServices.JavaScript (JSImport/JSExport
    // code from the SDK's generator; docs/interop.md) added about 13 KB to the corlib
    // (580,924 -> 594,119 B alone, brotli-11; the page was about 774 KB before it),
    // and back to 760 KB when the page took its JS as one minified file
    // (js/cilantro.page.mjs: 36 -> 17 KB; the page 788,853 -> 770,500 B), and to
    // 780 KB when the culture data of 77 cultures (CultureData.Generated.cs, about
    // 10 KB) and the code that reads them, UmAlQuraCalendar and culture-aware
    // parsing added about 13 KB to the untrimmed corlib (594,389 -> 607,827 B alone;
    // the page 784,841 B; trimmed apps that never name a culture do not carry the data),
    // and to 800 KB when the floating-point generic math interfaces on double and
    // float (IFloatingPointIeee754 with the exponential, logarithmic, trigonometric
    // and hyperbolic ones), ISOWeek, DependentHandle, SearchValues<string> and
    // version-7 GUIDs added about 7 KB (616,160 -> 623,526 B alone), and the process's
    // environment, OperatingSystem, StackTrace/StackFrame and AppDomain about 4 KB
    // (hello's trimmed page shrank meanwhile: the trimmer fixes the globalization mode),
    // and back to 780 KB when hello fetched only the module's first part (768,315 B).
    assert.ok(br < 780 * 1024, `hello page transfers ${br} bytes brotli-compressed`);
    assert.ok(median(times) < 2000, `hello page median ${median(times)} ms`);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('hello ?trimmed: the corlib comes from beside the app (cilantro trim)', async () => {
    const page = await b.newPage();
    const fetched = new Set();
    page.on('request', (r) => fetched.add(new URL(r.url()).pathname));
    await page.goto(`${b.url}web/hello/?trimmed`);
    await page.waitForFunction(() => document.body.dataset.exitCode !== undefined, null, { timeout: 10000 });
    assert.equal(await page.textContent('#out'), 'Hello from C#! 6 * 7 = 42\n');
    assert.equal(await page.evaluate(() => document.body.dataset.exitCode), '0');
    assert.ok(fetched.has('/build/web/hello-trimmed/mscorlib.dll'), [...fetched].join(' '));
    assert.ok(!fetched.has('/build/corlib/mscorlib.dll'), 'the untrimmed corlib was fetched too');
    // the module's small split (startApp's trimmed option: wasmSplit 'small'), its first part only
    const modules = [...fetched].filter((p) => p.endsWith('.wasm'));
    assert.deepEqual(modules, ['/build/wasm/cilantro.small.wasm'], `modules fetched: ${modules.join(' ')}`);
    let br = 0;
    for (const p of fetched) {
      const bytes = readFileSync(path.join(ROOT, decodeURIComponent(p).replace(/\/$/, '/index.html')));
      br += brotliCompressSync(bytes, { params: { [zc.BROTLI_PARAM_QUALITY]: 11, [zc.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length;
    }
    report(`hello page trimmed: ${fetched.size} files, ${br} bytes brotli-11`);
    // The budget was 200 KB, raised to 232 KB as the module and hello's
    // trimmed corlib grew, and lowered to 224 KB when the page's JS became one
    // minified file, to 190 KB when hello fetched only the module's first part
    // (cilantro.wasm: 161.8 -> 119.7 KB; docs/js.md "The lazy part"), and to
    // 170 KB when the trimmer stopped keeping what only some apps use (hello's
    // corlib 44.2 -> 15.3 KB, docs/trimming.md; the page 158,186 B), and to
    // 118 KB when the page took the module's small split (startApp's trimmed
    // option: cilantro.small.wasm, only what hello runs, 76.5 KB where
    // cilantro.wasm is 105.8 KB; the page 109,735 B).
    assert.ok(br < 118 * 1024, `trimmed hello page transfers ${br} bytes brotli-compressed`);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('run page: output streams while the program runs, exit code shown', async () => {
    const page = await b.newPage();
    await page.goto(`${b.url}web/run/`);
    await page.selectOption('#sample', 'Counter');
    await page.fill('#args', '6');
    await page.click('#run');
    // Streaming: the first lines are on the page while the program still runs.
    await page.waitForFunction(() => document.getElementById('out').textContent.includes('tick 2'), null, { timeout: 10000 });
    assert.equal(await page.evaluate(() => document.body.dataset.state), 'running');
    await page.waitForFunction(() => document.body.dataset.state === 'idle', null, { timeout: 10000 });
    assert.equal(await page.textContent('#out'), [1, 2, 3, 4, 5, 6].map((i) => `tick ${i}\n`).join(''));
    assert.match(await page.textContent('#status'), /Counter\.exe exited with code 0/);

    // An unhandled exception: the runtime's report, exit code 1.
    await page.selectOption('#sample', 'Fails');
    await page.click('#run');
    await page.waitForFunction(() => document.body.dataset.state === 'idle', null, { timeout: 10000 });
    const out = await page.textContent('#out');
    assert.match(out, /about to fail/);
    assert.match(out, /Unhandled exception\. System\.InvalidOperationException: something went wrong/);
    assert.match(out, /at Fails\.Main\(\)/);
    assert.match(await page.textContent('#status'), /Fails\.exe ended with an unhandled exception/);
    assert.match(await page.textContent('#error'), /^Unhandled exception: (System\.InvalidOperationException: )?something went wrong/);

    // Threads on the page's one JS thread.
    await page.selectOption('#sample', 'Threads');
    await page.click('#run');
    await page.waitForFunction(() => document.body.dataset.state === 'idle', null, { timeout: 10000 });
    assert.equal(await page.textContent('#out'), 'consumed 1000 items, sum 500500\n');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('run page: an SDK-built program (net10.0) prints what .NET prints', async () => {
    // tests/browser/fixtures/hello-sdk.expected is `dotnet build/samples/hello/hello.dll Cilantro 42`
    const expected = readFileSync(path.join(ROOT, 'tests/browser/fixtures/hello-sdk.expected'), 'utf8');
    const page = await b.newPage();
    await page.goto(`${b.url}web/run/`);
    await page.selectOption('#sample', 'hello');
    assert.equal(await page.inputValue('#args'), 'Cilantro 42');
    await page.click('#run');
    await page.waitForFunction(() => document.body.dataset.state === 'idle', null, { timeout: 20000 });
    assert.equal(await page.textContent('#out'), expected);
    assert.match(await page.textContent('#status'), /hello\.dll exited with code 0/);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('run page: Stop ends a running program', async () => {
    const page = await b.newPage();
    await page.goto(`${b.url}web/run/`);
    await page.selectOption('#sample', 'Counter');
    await page.fill('#args', '1000');
    await page.click('#run');
    await page.waitForFunction(() => document.getElementById('out').textContent.includes('tick 3'), null, { timeout: 10000 });
    await page.click('#stop');
    assert.equal(await page.textContent('#status'), 'Stopped.');
    const atStop = (await page.textContent('#out')).match(/tick/g).length;
    await page.waitForTimeout(700);   // 3 more ticks if it were still running
    assert.equal((await page.textContent('#out')).match(/tick/g).length, atStop);
    assert.equal(await page.isEnabled('#run'), true);
    // Stop during a busy computation too.
    await page.selectOption('#sample', 'Busy');
    await page.fill('#args', '30');
    await page.click('#run');
    await page.waitForFunction(() => document.getElementById('out').textContent.includes('second 1'), null, { timeout: 10000 });
    await page.click('#stop');
    await page.waitForTimeout(1500);
    assert.doesNotMatch(await page.textContent('#out'), /second 3|done/);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('run page: a corrupt DLL shows an error and the page keeps working', async () => {
    const page = await b.newPage();
    await page.goto(`${b.url}web/run/`);
    const hello = readFileSync(path.join(ROOT, 'build/web/hello.exe'));
    const corrupt = Buffer.from(hello);
    corrupt.fill(0xAB, 0x80, 0x200);   // PE and CLI headers overwritten
    await page.setInputFiles('#file', { name: 'corrupt.dll', mimeType: 'application/octet-stream', buffer: corrupt });
    await page.click('#run');
    await page.waitForFunction(() => document.body.dataset.state === 'idle', null, { timeout: 10000 });
    assert.equal(await page.isVisible('#error'), true);
    assert.match(await page.textContent('#error'), /Not a valid \.NET assembly: .*corrupt\.dll/);
    assert.match(await page.textContent('#status'), /corrupt\.dll failed/);
    // Not an assembly at all.
    await page.setInputFiles('#file', { name: 'notes.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('just some text\n') });
    await page.click('#run');
    await page.waitForFunction(() => document.body.dataset.state === 'idle', null, { timeout: 10000 });
    assert.match(await page.textContent('#error'), /Not a valid \.NET assembly: .*notes\.exe/);
    // The page still works: the real file runs.
    await page.setInputFiles('#file', { name: 'hello.exe', mimeType: 'application/octet-stream', buffer: hello });
    await page.click('#run');
    await page.waitForFunction(() => document.body.dataset.state === 'idle', null, { timeout: 10000 });
    assert.equal(await page.textContent('#out'), 'Hello from C#! 6 * 7 = 42\n');
    assert.equal(await page.isVisible('#error'), false);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('a 5-second managed busy loop: animation frames and JS timers keep firing', async () => {
    const page = await b.newPage();
    await page.goto(`${b.url}web/run/`);
    await page.selectOption('#sample', 'Busy');
    await page.fill('#args', '5');
    await page.evaluate(() => {
      // Counters the test reads back: rAF callbacks, a 10 ms setInterval, and
      // the lateness of a 10 ms setTimeout chain (event-loop lag).
      const m = (window.measure = { frames: [], ticks: [], lags: [], on: true });
      const frame = (t) => { if (!m.on) return; m.frames.push(performance.now()); requestAnimationFrame(frame); };
      requestAnimationFrame(frame);
      m.interval = setInterval(() => m.ticks.push(performance.now()), 10);
      let due = performance.now() + 10;
      const lag = () => {
        if (!m.on) return;
        const now = performance.now();
        m.lags.push(now - due);
        due = now + 10;
        setTimeout(lag, 10);
      };
      setTimeout(lag, 10);
    });
    await page.click('#run');
    const start = await page.evaluate(() => performance.now());
    await page.waitForFunction(() => document.body.dataset.state === 'idle', null, { timeout: 30000 });
    const m = await page.evaluate(() => {
      window.measure.on = false;
      clearInterval(window.measure.interval);
      return window.measure;
    });
    const out = await page.textContent('#out');
    assert.match(out, /second 4: \d+ iterations\n(second 5: \d+ iterations\n)?done: \d+ iterations/);
    const end = m.ticks[m.ticks.length - 1];
    // Per whole second of the run: how many frames and interval ticks.
    const perSecond = (xs) => {
      const counts = [];
      for (let s = start; s + 1000 <= start + 5000 && s + 1000 <= end; s += 1000) counts.push(xs.filter((t) => t >= s && t < s + 1000).length);
      return counts;
    };
    const frames = perSecond(m.frames);
    const ticks = perSecond(m.ticks);
    const lags = m.lags.filter((_, i) => i > 0);
    report(`busy loop 5 s: rAF per second ${frames.join(', ')}; 10 ms setInterval per second ${ticks.join(', ')}`);
    report(`busy loop 5 s: event-loop lag (10 ms setTimeout chain, ${lags.length} samples) p50 ${percentile(lags, 50).toFixed(1)} ms, p95 ${percentile(lags, 95).toFixed(1)} ms, max ${Math.max(...lags).toFixed(1)} ms`);
    assert.ok(frames.length >= 4, `measured ${frames.length} whole seconds`);
    assert.ok(Math.min(...frames) >= 20, `animation frames per second: ${frames}`);
    assert.ok(Math.min(...ticks) >= 20, `setInterval ticks per second: ${ticks}`);
    assert.ok(percentile(lags, 95) <= 50, `event-loop lag p95 ${percentile(lags, 95)} ms`);
    await page.close();
  });

  test('benchmark page: every program runs and matches Mono', async () => {
    const page = await b.newPage();
    await page.goto(`${b.url}web/bench/`);
    await page.click('#run');
    await page.waitForFunction(() => document.body.dataset.state === 'done', null, { timeout: 120000 });
    const results = await page.evaluate(() => window.benchResults);
    report(`bench page (quick sizes): ${results.map((r) => `${r.name} ${r.run?.toFixed(0)} ms`).join(', ')}`);
    assert.equal(results.length, 7);
    for (const r of results) assert.equal(r.ok, true, `${r.name}: ${r.error ?? `exit ${r.code}`}`);
    assert.equal(await page.locator('#results tbody tr[data-ok=true]').count(), 7);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});
