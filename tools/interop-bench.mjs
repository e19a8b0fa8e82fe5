#!/usr/bin/env node
// interop-bench.mjs — micro-benchmarks of the JS <-> .NET bridge on the wasm
// build (not a test: prints medians). Needs `make wasm corlib interop` and mcs.
//   node tools/interop-bench.mjs [--runs N]
// 1. createRuntime() + corlib ready (a fresh instance; the module is compiled once per process)
// 2. JS -> .NET: `await rt.invoke(asm, 'Bench', 'Add', [i, 1])`
// 3. .NET -> JS: JS.Invoke<int>("add", i, 1) in a managed loop (time per call, minus the empty loop)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRuntime } from '../js/node.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

const dir = mkdtempSync(path.join(os.tmpdir(), 'cilantro-bench-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const src = path.join(dir, 'Bench.cs');
writeFileSync(src, `
public static class Bench {
    public static int Add(int a, int b) { return a + b; }
    public static int CallJs(int n) {
        int acc = 0;
        for (int i = 0; i < n; i++) acc += Cilantro.Interop.JS.Invoke<int>("add", i, 1);
        return acc;
    }
    public static int Loop(int n) {
        int acc = 0;
        for (int i = 0; i < n; i++) acc += Add(i, 1);
        return acc;
    }
}`);
const dll = path.join(dir, 'Bench.dll');
const interop = path.join(ROOT, 'build', 'interop', 'Cilantro.Interop.dll');
const mcs = spawnSync('mcs', ['-nologo', '-optimize+', '-target:library', `-r:${interop}`, `-out:${dll}`, src], { encoding: 'utf8' });
if (mcs.status !== 0) throw new Error(mcs.stdout + mcs.stderr);

// 1. start-up: cold (a new process: compile + instantiate + corlib) and warm
const cold = [];
for (let i = 0; i < Math.min(RUNS, 7); i++) {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', `
    import { createRuntime } from ${JSON.stringify(path.join(ROOT, 'js', 'node.mjs'))};
    const t0 = performance.now(); const rt = await createRuntime(); process.stdout.write(String(performance.now() - t0)); rt.dispose();`], { encoding: 'utf8' });
  cold.push(Number(r.stdout));
}
await (await createRuntime()).dispose();   // compiles the module once
const startup = [];
for (let i = 0; i < RUNS * 2; i++) {
  const t0 = performance.now();
  const rt = await createRuntime();
  startup.push(performance.now() - t0);
  rt.dispose();
}

const rt = await createRuntime();
const asm = await rt.loadAssembly(dll);
rt.registerFunction('add', (a, b) => a + b);

// 2. JS -> .NET, sequential awaited calls
const N = 20000;
for (let i = 0; i < N; i++) await rt.invoke(asm, 'Bench', 'Add', [i, 1]);   // warm-up (tier-up)
const invokeUs = [];
for (let r = 0; r < RUNS; r++) {
  const t0 = performance.now();
  for (let i = 0; i < N; i++) await rt.invoke(asm, 'Bench', 'Add', [i, 1]);
  invokeUs.push(((performance.now() - t0) * 1000) / N);
}

// 3. .NET -> JS
const M = 100000;
await rt.invoke(asm, 'Bench', 'CallJs', [M]);
await rt.invoke(asm, 'Bench', 'Loop', [M]);
const callUs = [];
for (let r = 0; r < RUNS; r++) {
  let t0 = performance.now();
  await rt.invoke(asm, 'Bench', 'CallJs', [M]);
  const withCalls = performance.now() - t0;
  t0 = performance.now();
  await rt.invoke(asm, 'Bench', 'Loop', [M]);
  const loop = performance.now() - t0;
  callUs.push(((withCalls - loop) * 1000) / M);
}
rt.dispose();

const row = (what, v, unit, target) => console.log(`${what.padEnd(44)} ${v.toFixed(2).padStart(8)} ${unit}   (target < ${target} ${unit})`);
console.log(`interop micro-benchmarks, medians of ${RUNS} runs (node ${process.version})`);
row('createRuntime() + corlib, first in a process', median(cold), 'ms', 60);
row('createRuntime() + corlib, module compiled', median(startup), 'ms', 60);
row('JS -> .NET await rt.invoke(Add(int,int))', median(invokeUs), 'us', 5);
row('.NET -> JS JS.Invoke<int>("add", i, 1)', median(callUs), 'us', 5);
