#!/usr/bin/env node
// bench-node.mjs — one timed run of a benchmark program inside Node, on
// Cilantro's wasm build or on .NET 10's wasm runtime (build/bench/dotnet10,
// tools/peer-framework.mjs), with load and run timed separately:
//   node tools/bench-node.mjs cilantro|cilantro-notier|dotnet10 <exe> <expected file> [args...]
// Prints one JSON line: { load, run, cpu, ok } (milliseconds; ok = exit code 0
// and output equal to the expected file). load is createRuntime + loading the
// program (Cilantro) or create() (.NET); run is runMain; cpu is the process's
// CPU time during runMain (all threads: V8's compiler threads too), which a
// loaded machine distorts less than wall time; mainCpu is the main thread's
// alone (Linux), without the engine's background compilation; Cilantro also reports
// createRuntimeCpu, the CPU time of createRuntime alone. faults = the minor
// page faults during runMain (first touches of fresh memory, which cost
// several microseconds each on a virtual machine). CILANTRO_WASM=<file>
// runs another build of the module instead of build/wasm/cilantro.wasm
// (with its lazy part from beside it, when it has one).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const [runner, exe, expectedFile, ...args] = process.argv.slice(2);
const expected = readFileSync(expectedFile, 'utf8');
let load, run, cpu, loadCpu, faults, mainCpu, code, output;
/* CPU ms of the calling (main) thread alone, from Linux's schedstat; NaN elsewhere */
function threadCpuMs() {
  try { return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6; } catch { return NaN; }
}

if (runner === 'dotnet10') {
  const { createPeer } = await import('../web/bench/peer.mjs');
  const fw = path.join(ROOT, 'build/bench/dotnet10/dotnet.js');
  const t0 = performance.now();
  const peer = await createPeer({
    importDotnet: () => import(pathToFileURL(fw).href),
    program: { name: path.basename(exe), bytes: new Uint8Array(readFileSync(exe)) },
  });
  const t1 = performance.now();
  const c1 = process.cpuUsage(), f1 = process.resourceUsage().minorPageFault, m1 = threadCpuMs();
  code = await peer.run(args);
  const c2 = process.cpuUsage(c1);
  faults = process.resourceUsage().minorPageFault - f1;
  mainCpu = threadCpuMs() - m1;
  const t2 = performance.now();
  cpu = (c2.user + c2.system) / 1000;
  load = t1 - t0; run = t2 - t1; output = peer.output();
} else if (runner === 'cilantro' || runner === 'cilantro-notier') {
  const { createRuntime } = await import('../js/node.mjs');
  const out = [];
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const rt = await createRuntime({
    stdout: (t) => out.push(t), stderr: (t) => out.push(t),
    ...(runner === 'cilantro-notier' ? { tier: false } : {}),
    // CILANTRO_WASM=<file>: another build of the module (a before/after comparison)
    // (given as a path: its lazy part, x.lazy.wasm, is read from beside it)
    ...(process.env.CILANTRO_WASM ? { wasm: path.resolve(process.env.CILANTRO_WASM) } : {}),
  });
  loadCpu = process.cpuUsage(c0);
  loadCpu = (loadCpu.user + loadCpu.system) / 1000;   /* createRuntime alone */
  const name = await rt.loadAssembly(exe);
  const t1 = performance.now();
  const c1 = process.cpuUsage(), f1 = process.resourceUsage().minorPageFault, m1 = threadCpuMs();
  code = await rt.runMain(name, args);
  const c2 = process.cpuUsage(c1);
  faults = process.resourceUsage().minorPageFault - f1;
  mainCpu = threadCpuMs() - m1;
  const t2 = performance.now();
  cpu = (c2.user + c2.system) / 1000;
  rt.dispose();
  load = t1 - t0; run = t2 - t1; output = out.join('');
} else {
  console.error(`bench-node: unknown runner ${runner}`);
  process.exit(2);
}
const ok = code === 0 && output === expected;
if (!ok) console.error(`bench-node: ${runner} ${path.basename(exe)}: exit ${code}, output ${output === expected ? 'ok' : 'differs'}:\n${output.slice(0, 300)}`);
console.log(JSON.stringify({ load, run, cpu, mainCpu, faults, ok, ...(loadCpu !== undefined ? { createRuntimeCpu: loadCpu } : {}) }));
process.exit(ok ? 0 : 1);
