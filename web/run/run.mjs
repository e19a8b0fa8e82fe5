// run.mjs — the "run a .NET program" page: a sample or the user's own files
// run on a fresh runtime each time; output streams into the page while the
// program runs (flushed after every time slice); Stop disposes the runtime,
// which ends the run at its next slice.

import { createRuntime } from '../../js/index.mjs';
import { OutputPane, progressReporter, showError } from '../../js/browser/page.mjs';

const $ = (id) => document.getElementById(id);
const pane = new OutputPane($('out'));
const status = (text) => { $('status').textContent = text; };

// What will run: { label, main: { name, bytes | url }, libs: Map(lowercase name -> bytes) }
let chosen = null;
let current = null;   // { rt, stopped } while a program runs

function choose(selection) {
  chosen = selection;
  $('run').disabled = chosen === null || current !== null;
  if (chosen) status(`Ready: ${chosen.label}`);
}

$('sample').addEventListener('change', () => {
  const opt = $('sample').selectedOptions[0];
  if (!opt.value) return choose(null);
  $('file').value = '';
  $('args').value = opt.dataset.args ?? '';
  // data-url: a sample built elsewhere (the SDK-built one lives in build/samples)
  const url = opt.dataset.url ?? `../../build/web/samples/${opt.value}.exe`;
  choose({ label: url.split('/').pop(), main: { url }, libs: new Map() });
});

async function takeFiles(fileList) {
  const files = [...fileList].filter((f) => /\.(exe|dll)$/i.test(f.name));
  if (files.length === 0) {
    showError($('error'), new Error('choose a .exe or .dll file'));
    return;
  }
  showError($('error'), null);
  $('sample').value = '';
  const read = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  // The program is the .exe if there is one, else the first file.
  const main = read.find((f) => /\.exe$/i.test(f.name)) ?? read[0];
  const libs = new Map(read.filter((f) => f !== main).map((f) => [f.name.replace(/\.(exe|dll)$/i, '').toLowerCase(), f.bytes]));
  choose({ label: main.name + (libs.size ? ` (+${libs.size} more)` : ''), main, libs });
}

$('file').addEventListener('change', () => takeFiles($('file').files));
const drop = $('drop');
drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  takeFiles(e.dataTransfer.files);
});

function finish(text) {
  pane.flush();   // the pane writes once a frame: show the last output with the status
  current = null;
  $('stop').disabled = true;
  $('run').disabled = chosen === null;
  status(text);
  document.body.dataset.state = 'idle';
}

$('run').addEventListener('click', async () => {
  if (!chosen || current) return;
  const job = chosen;
  const args = $('args').value.trim().split(/\s+/).filter((a) => a.length > 0);
  pane.clear();
  showError($('error'), null);
  $('run').disabled = true;
  $('stop').disabled = false;
  document.body.dataset.state = 'running';
  const run = { rt: null, stopped: false };
  current = run;
  const started = performance.now();
  status(`Loading ${job.label}…`);
  $('loading').hidden = false;
  try {
    run.rt = await createRuntime({
      stdout: pane.stdout,
      stderr: pane.stderr,
      onProgress: progressReporter($('bar'), $('bar-label')),
      preload: job.main.url ? [job.main.url] : [],
      // The user's other files first; then the normal search (the page's
      // directory, the interop assembly).
      resolveAssembly: (name) => job.libs.get(name.toLowerCase()) ?? null,
    });
    if (run.stopped) throw Object.assign(new Error('stopped'), { code: 'DISPOSED', name: 'CilantroError' });
    const name = await run.rt.loadAssembly(job.main.url ?? job.main.bytes, job.main.name);
    $('loading').hidden = true;
    status(`Running ${job.label}…`);
    const code = await run.rt.runMain(name, args);
    const ms = Math.round(performance.now() - started);
    run.rt.dispose();
    if (current === run) finish(`${job.label} exited with code ${code} after ${ms} ms.`);
    if (code !== 0) $('out').dataset.exitCode = String(code);
  } catch (e) {
    $('loading').hidden = true;
    run.rt?.dispose();
    // A stopped run ends with DISPOSED; its status was set by Stop.
    if (run.stopped) return;
    showError($('error'), e);
    // The runtime printed the managed stack trace to stderr already.
    if (current === run) finish(e.name === 'ManagedError' ? `${job.label} ended with an unhandled exception.` : `${job.label} failed.`);
  }
});

$('stop').addEventListener('click', () => {
  const run = current;
  if (!run) return;
  run.stopped = true;
  // The runtime runs in slices; once disposed, the next slice is never run.
  run.rt?.dispose();
  pane.write('\n[stopped]\n', true);
  finish('Stopped.');
});

document.body.dataset.state = 'idle';
