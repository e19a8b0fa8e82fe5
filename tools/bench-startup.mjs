#!/usr/bin/env node
// bench-startup.mjs — how long hello world takes to start, the figures the
// README's "Start-up" table quotes:
//   - the page (web/hello/ in headless Chromium, as tests/browser drives it):
//     navigation start to the program's first output in the DOM, median of
//     <runs>; and web/hello/empty.html, a page that writes the same line from
//     a module script without the runtime: what any page costs here. "cold" is a fresh browser profile per run (nothing cached: no
//     Cache Storage, no compiled-code cache); "warm" is repeated loads in one
//     profile (the dev server sends no-store, so only what the page caches
//     itself survives a reload);
//   - Node: the `cilantro` command as npm installs it (js/bin.cjs: the bundled
//     CLI) and `node js/cli.mjs` (the sources) on hello.exe, against a bare
//     `node -e` printing one line, with hyperfine (-N, median of <runs>, the
//     three interleaved in rounds of 3 so that a burst of load hits all of
//     them), and the ratios.
//
//   node tools/bench-startup.mjs [--runs N] [--page] [--node] [--app path.exe] [--root checkout]
// (needs `make wasm corlib web`; the page part needs Chromium, the Node part hyperfine)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const opt = (name, dflt) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : dflt; };
const runs = Number(opt('--runs', 9));
const app = opt('--app', 'build/web/hello.exe');
// --root DIR: serve and run another checkout (e.g. main, for a before/after)
const root = path.resolve(opt('--root', ROOT));
const only = ['--page', '--node'].filter((f) => argv.includes(f));
const want = (f) => only.length === 0 || only.includes(f);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const ms = (x) => `${x.toFixed(0)} ms`;

// The wait is a plain evaluate, not page.waitForFunction: that one first
// injects Playwright's 330 KB selector engine into the page, 7-8 ms of the
// page's main thread in the middle of its start-up (right after the load
// event), which no visitor's browser spends.
async function pageLoad(b, page, query = '') {
  await page.goto(`${b.url}web/hello/${query}`);
  const { text, outputAt } = await page.evaluate(() => new Promise((resolve, reject) => {
    const done = () => document.body.dataset.exitCode !== undefined;
    const result = () => resolve({ text: document.getElementById('out').textContent, outputAt: Number(document.body.dataset.outputAt) });
    if (done()) return result();
    setTimeout(() => reject(new Error('the page did not finish within 30 s')), 30000);
    new MutationObserver((_, obs) => {
      if (!done()) return;
      obs.disconnect();
      result();
    }).observe(document.body, { attributes: true, attributeFilter: ['data-exit-code'] });
  }));
  if (text !== 'Hello from C#! 6 * 7 = 42\n') throw new Error(`unexpected output ${JSON.stringify(text)}`);
  return outputAt;
}

async function benchPage(query) {
  const { launch } = await import('../tests/browser/lib/browser.mjs');
  const cold = [];
  for (let i = 0; i < runs; i++) {
    const b = await launch({ root });
    try {
      // The server's first response of each file compresses it: warm that up
      // from here, not from the browser, whose HTTP cache must stay empty.
      for (const f of ['build/wasm/cilantro.wasm', 'build/corlib/mscorlib.dll', 'build/web/hello-trimmed/mscorlib.dll']) {
        await fetch(`${b.url}${f}`, { headers: { 'Accept-Encoding': 'br, gzip' } }).then((r) => r.arrayBuffer()).catch(() => {});
      }
      const page = await b.newPage();
      cold.push(await pageLoad(b, page, query));
    } finally {
      await b.close();
    }
  }
  const b = await launch({ root });
  const warm = [];
  try {
    const page = await b.newPage();
    await pageLoad(b, page, query);
    // The compiled-code cache may be written a moment after the first run.
    await new Promise((r) => setTimeout(r, 1500));
    for (let i = 0; i < runs; i++) warm.push(await pageLoad(b, page, query));
  } finally {
    await b.close();
  }
  return { cold: median(cold), warm: median(warm), coldRuns: cold, warmRuns: warm };
}

const NODE_COMMANDS = { bare: "node -e 'console.log(1)'", bin: `js/bin.cjs ${app}`, cli: `node js/cli.mjs ${app}` };

function benchNode() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cilantro-startup-'));
  const json = path.join(dir, 'out.json');
  const times = { bare: [], bin: [], cli: [] };
  const cpu = { bare: [], bin: [], cli: [] };
  try {
    for (let done = 0; done < runs; done += 3) {
      execFileSync('hyperfine', ['-N', '-w', '1', '-r', String(Math.min(3, runs - done)), '--export-json', json,
        ...Object.values(NODE_COMMANDS)], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });   // hyperfine's load warnings: not ours to print
      JSON.parse(readFileSync(json, 'utf8')).results.forEach((x, i) => {
        const key = Object.keys(NODE_COMMANDS)[i];
        times[key].push(...x.times.map((t) => t * 1000));
        cpu[key].push((x.user + x.system) * 1000);   // hyperfine reports their means
      });
    }
    const r = {};
    for (const key of Object.keys(NODE_COMMANDS)) r[key] = { median: median(times[key]), cpu: median(cpu[key]) };
    return r;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const load = os.loadavg()[0].toFixed(2);
console.log(`start-up of ${app} in ${root} (${runs} runs each, load average ${load} on ${os.cpus().length} cores)`);
if (want('--page')) {
  // empty.html: no runtime, the line written by the page itself (the floor)
  for (const [label, query] of [['untrimmed', ''], ['trimmed', '?trimmed'], ['empty', 'empty.html']]) {
    const p = await benchPage(query);
    console.log(`page ${label.padEnd(9)} navigation to first output: cold ${ms(p.cold)}, warm ${ms(p.warm)}`
      + `   (cold ${p.coldRuns.map((t) => t.toFixed(0)).join(' ')}; warm ${p.warmRuns.map((t) => t.toFixed(0)).join(' ')})`);
  }
}
if (want('--node')) {
  const n = benchNode();
  for (const key of Object.keys(NODE_COMMANDS)) {
    const ratio = key === 'bare' ? '' : `   ${(n[key].median / n.bare.median).toFixed(2)}x wall, ${(n[key].cpu / n.bare.cpu).toFixed(2)}x CPU of bare node`;
    console.log(`${NODE_COMMANDS[key].padEnd(36)} median ${ms(n[key].median)} (CPU ${ms(n[key].cpu)})${ratio}`);
  }
}
