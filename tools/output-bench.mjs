#!/usr/bin/env node
// output-bench.mjs — how fast console output reaches a page: a C# program
// prints N lines (default 100,000) into an OutputPane (js/browser/output-pane.mjs)
// in headless Chromium; the same program under the Node CLI for comparison.
// A benchmark, not a test: it prints the times (median of --runs).
//
//   node tools/output-bench.mjs [--lines N] [--runs R]
//
// Needs `make wasm corlib`, mcs, /usr/bin/chromium (or $CHROMIUM) and playwright-core.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './serve.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = path.join(ROOT, 'build', 'output-bench');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

const LINES_CS = `using System;
class Lines {
    static void Main(string[] args) {
        int n = int.Parse(args[0]);
        for (int i = 0; i < n; i++) Console.WriteLine("line " + i + ": the quick brown fox jumps over the lazy dog");
    }
}
`;

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>output bench</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="../../web/style.css"></head>
<body><pre class="output" id="out"></pre>
<script type="module">
import { createRuntime } from '../../js/index.mjs';
import { OutputPane } from '../../js/browser/page.mjs';
window.runLines = async (n) => {
  const pane = new OutputPane('#out');
  const rt = await createRuntime({ stdout: pane.stdout, stderr: pane.stderr });
  const name = await rt.loadAssembly('Lines.exe');
  const start = performance.now();
  const code = await rt.runMain(name, [String(n)]);
  pane.flush();
  // Let the frame with the last lines be laid out and painted.
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const ms = performance.now() - start;
  rt.dispose();
  const lines = pane.lineCount;
  const last = pane.text.slice(-60);
  const virtual = document.getElementById('out').dataset.virtual === 'true';
  pane.clear();
  return { code, ms, lines, last, virtual };
};
document.body.dataset.ready = 'true';
</script></body></html>
`;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main() {
  let lines = 100000;
  let runs = 3;
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lines') lines = Number(argv[++i]);
    else if (argv[i] === '--runs') runs = Number(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]} (usage: --lines N --runs R)`);
  }
  mkdirSync(OUT, { recursive: true });
  writeFileSync(path.join(OUT, 'Lines.cs'), LINES_CS);
  writeFileSync(path.join(OUT, 'index.html'), PAGE);
  const mcs = spawnSync('mcs', ['-nologo', '-optimize+', `-out:${path.join(OUT, 'Lines.exe')}`, path.join(OUT, 'Lines.cs')], { encoding: 'utf8' });
  if (mcs.status !== 0) throw new Error(`mcs failed:\n${mcs.stdout}${mcs.stderr}`);

  const nodeTimes = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [path.join(ROOT, 'js', 'cli.mjs'), path.join(OUT, 'Lines.exe'), String(lines)], { stdio: ['ignore', 'ignore', 'inherit'] });
    nodeTimes.push(performance.now() - t);
    if (r.status !== 0) throw new Error('the Node CLI failed');
  }

  const { chromium } = await import('playwright-core');
  const server = await startServer({ root: ROOT, port: 0 });
  const profile = mkdtempSync(path.join(os.tmpdir(), 'cilantro-output-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  const pageTimes = [];
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}build/output-bench/`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    for (let i = 0; i < runs + 1; i++) {
      const r = await page.evaluate((n) => window.runLines(n), lines);
      const expectedLast = `line ${lines - 1}: the quick brown fox jumps over the lazy dog\n`;
      if (r.code !== 0 || r.lines !== lines || !r.last.endsWith(expectedLast)) throw new Error(`wrong output: ${JSON.stringify(r)}`);
      if (i > 0) pageTimes.push(r.ms);   // the first run warms up the module and the JIT
      process.stdout.write(`page run ${i}: ${r.ms.toFixed(0)} ms${i === 0 ? ' (warm-up)' : ''}, virtual pane: ${r.virtual}\n`);
    }
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  process.stdout.write(`${lines} lines: page (Chromium, OutputPane, Main start to painted) median ${median(pageTimes).toFixed(0)} ms `
    + `[${pageTimes.map((t) => t.toFixed(0)).join(', ')}]; Node CLI (whole process, stdout to /dev/null) median ${median(nodeTimes).toFixed(0)} ms `
    + `[${nodeTimes.map((t) => t.toFixed(0)).join(', ')}]\n`);
}

await main();
