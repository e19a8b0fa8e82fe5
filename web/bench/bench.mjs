// bench.mjs — runs tests/bench programs (built to build/web/bench/) and shows
// load and run times, on Cilantro (with and without its wasm tier) and on .NET
// 10's own wasm runtime (build/bench/dotnet10, written by
// tools/peer-framework.mjs; see peer.mjs); each output is compared with the
// expected output. tools/bench-page.mjs drives window.benchRun headlessly.

import { createRuntime } from '../../js/index.mjs';
import { describeError, showError } from '../../js/browser/page.mjs';
import { createPeer } from './peer.mjs';

const $ = (id) => document.getElementById(id);

// name -> [quick size, full size]; '' = no argument. Sizes with an expected file.
const PROGRAMS = {
  hello: ['', ''],
  binarytrees: ['10', '16'],
  nbody: ['1000', '500000'],
  fannkuchredux: ['7', '10'],
  spectralnorm: ['100', '1000'],
  sha256: ['10', '2000'],
  collections: ['20000', '400000'],
};

async function text(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`cannot fetch ${url}: HTTP ${res.status}`);
  return res.text();
}

async function bytes(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`cannot fetch ${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

// runner: 'cilantro' (tier on, the default), 'cilantro-notier' or 'dotnet10'.
async function runOne(runner, name, size) {
  const args = size ? [size] : [];
  const expected = await text(`../../tests/bench/expected/${name}${size ? `.${size}` : ''}.txt`);
  const url = `../../build/web/bench/${name}.exe`;
  if (runner === 'dotnet10') {
    const t0 = performance.now();
    const peer = await createPeer({
      importDotnet: () => import('../../build/bench/dotnet10/dotnet.js'),
      program: { name: `${name}.exe`, bytes: await bytes(url) },
    });
    const t1 = performance.now();
    const code = await peer.run(args);
    const t2 = performance.now();
    return { load: t1 - t0, run: t2 - t1, ok: code === 0 && peer.output() === expected, code };
  }
  const out = [];
  const t0 = performance.now();
  const rt = await createRuntime({
    stdout: (t) => out.push(t), stderr: (t) => out.push(t),
    ...(runner === 'cilantro-notier' ? { tier: false } : {}),
  });
  try {
    const asm = await rt.loadAssembly(url);
    const t1 = performance.now();
    const code = await rt.runMain(asm, args);
    const t2 = performance.now();
    return { load: t1 - t0, run: t2 - t1, ok: code === 0 && out.join('') === expected, code };
  } finally {
    rt.dispose();
  }
}
window.benchRun = runOne;
window.benchPrograms = PROGRAMS;

function row(cells) {
  const tr = document.createElement('tr');
  for (const [text, cls] of cells) {
    const td = document.createElement('td');
    td.textContent = text;
    if (cls) td.className = cls;
    tr.append(td);
  }
  return tr;
}

$('run').addEventListener('click', async () => {
  const full = $('sizes').value === 'full';
  const body = $('results').tBodies[0];
  body.textContent = '';
  showError($('error'), null);
  $('run').disabled = true;
  document.body.dataset.state = 'running';
  const results = [];
  for (const [name, sizes] of Object.entries(PROGRAMS)) {
    const size = sizes[full ? 1 : 0];
    $('status').textContent = `running ${name} ${size}…`;
    try {
      const r = await runOne($('runner').value, name, size);
      results.push({ name, size, ...r });
      const tr = row([[name], [size || '-'], [r.load.toFixed(0), 'num'], [r.run.toFixed(0), 'num'],
        [r.ok ? 'ok' : `differs (exit ${r.code})`, r.ok ? 'ok' : 'bad']]);
      tr.dataset.program = name;
      tr.dataset.ok = String(r.ok);
      body.append(tr);
    } catch (e) {
      results.push({ name, size, error: describeError(e) });
      const tr = row([[name], [size || '-'], ['-'], ['-'], [describeError(e), 'bad']]);
      tr.dataset.program = name;
      tr.dataset.ok = 'false';
      body.append(tr);
    }
  }
  $('status').textContent = 'done';
  $('run').disabled = false;
  window.benchResults = results;
  document.body.dataset.state = 'done';
});

// A visible sign that the page keeps animating while benchmarks run.
let frames = 0;
const tick = () => { frames++; $('spinner').textContent = String(frames); requestAnimationFrame(tick); };
requestAnimationFrame(tick);
