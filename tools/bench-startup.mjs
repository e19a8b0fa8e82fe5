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
//   - Node: `node js/cli.mjs hello.exe` against a bare `node -e` printing one
//     line, with hyperfine (-N, median of <runs>), and the ratio of the two.
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

async function pageLoad(b, page, query = '') {
  await page.goto(`${b.url}web/hello/${query}`);
  await page.waitForFunction(() => document.body.dataset.exitCode !== undefined, null, { timeout: 30000 });
  const text = await page.textContent('#out');
  if (text !== 'Hello from C#! 6 * 7 = 42\n') throw new Error(`unexpected output ${JSON.stringify(text)}`);
  return Number(await page.evaluate(() => document.body.dataset.outputAt));
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

function benchNode() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cilantro-startup-'));
  const json = path.join(dir, 'out.json');
  try {
    execFileSync('hyperfine', ['-N', '-w', '3', '-r', String(runs), '--export-json', json,
      "node -e 'console.log(1)'", `node js/cli.mjs ${app}`], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    const r = JSON.parse(readFileSync(json, 'utf8')).results;
    const [bare, cli] = r.map((x) => ({ median: x.median * 1000, user: x.user * 1000, system: x.system * 1000 }));   // user, system: means
    return { bare, cli, ratio: cli.median / bare.median };
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
  console.log(`node -e 'console.log(1)'          median ${ms(n.bare.median)} (user ${ms(n.bare.user)}, sys ${ms(n.bare.system)})`);
  console.log(`node js/cli.mjs ${app.padEnd(18)} median ${ms(n.cli.median)} (user ${ms(n.cli.user)}, sys ${ms(n.cli.system)})`);
  // CPU time (user + system, mean) says more than wall time on a loaded machine
  const cpu = (x) => x.user + x.system;
  console.log(`ratio cli / bare node: ${n.ratio.toFixed(2)}x wall (median), ${(cpu(n.cli) / cpu(n.bare)).toFixed(2)}x CPU time`);
}
