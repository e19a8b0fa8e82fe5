// page.mjs — helpers for web pages that run a .NET app: a progress bar fed
// by the runtime's download progress, console output into an element, and a
// clear error box when a fetch fails or an assembly is bad (the page stays
// usable: nothing here throws past startApp's promise).
//
//   import { startApp } from '../../js/browser/page.mjs';
//   const app = await startApp({ app: 'App.exe', output: '#out', progress: '#bar', error: '#err' });
//
// Browser only; uses the package's browser entry.

import { createRuntime } from '../index.mjs';
import { OutputPane } from './output-pane.mjs';

export { OutputPane };

function element(target) {
  if (target === undefined || target === null) return null;
  if (typeof target === 'string') return document.querySelector(target);
  return target;
}

/** Formats a byte count as "1.2 MB" / "340 KB" / "12 B". */
export function formatBytes(n) {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} B`;
}

/**
 * Shows a progress report ({ loaded, total }) in a <progress> element, or in
 * any element (as text). Returns an onProgress callback for createRuntime.
 */
export function progressReporter(target, label) {
  const el = element(target);
  const text = element(label);
  return (p) => {
    if (el) {
      if (el instanceof HTMLProgressElement) {
        el.max = Math.max(1, p.total);
        el.value = p.loaded;
      } else {
        el.textContent = `${formatBytes(p.loaded)} / ${formatBytes(p.total)}`;
      }
      el.dataset.loaded = String(p.loaded);
      el.dataset.total = String(p.total);
    }
    if (text) text.textContent = `Loading ${formatBytes(p.loaded)} of ${formatBytes(p.total)}`;
  };
}

/** A one-line description of a loading or running failure. */
export function describeError(e) {
  if (e === null || e === undefined) return 'unknown error';
  const code = e.code ? ` [${e.code}]` : '';
  if (e.name === 'CilantroError') {
    const what = {
      FETCH_FAILED: 'Could not download a file',
      BAD_IMAGE: 'Not a valid .NET assembly',
      MISSING_REFERENCE: 'A referenced assembly is missing',
      START_FAILED: 'The program cannot start',
      DEADLOCK: 'The program deadlocked',
      RUNTIME_TRAP: 'The runtime crashed',
      RUNTIME_ABORT: 'The runtime stopped',
      DISPOSED: 'The program was stopped',
    }[e.code];
    return `${what ? `${what}: ` : ''}${e.message}${code}`;
  }
  if (e.name === 'ManagedError') return `Unhandled exception: ${e.message}`;
  if (e instanceof WebAssembly.CompileError) return `The runtime module failed to compile: ${e.message}`;
  return `${e.name || 'Error'}: ${e.message ?? String(e)}`;
}

/** Shows an error in an element (role=alert) and logs it; null clears the element. */
export function showError(target, e) {
  const el = element(target);
  if (e === null) {
    if (el) {
      el.textContent = '';
      el.hidden = true;
    }
    return;
  }
  const text = describeError(e);
  console.error(text);
  if (el) {
    el.textContent = text;
    el.hidden = false;
    el.setAttribute('role', 'alert');
  }
}

/**
 * Loads and starts a .NET app on the page.
 *   app        URL of the .exe (relative to the page)
 *   preload    more assembly URLs the app references, fetched in parallel
 *   args       arguments for Main
 *   output     element (or selector) receiving Console output; default: the browser console
 *   progress   <progress> (or any element) showing bytes loaded / total
 *   error      element where a failure is shown
 *   setup(rt)  called before Main runs (register JS functions here)
 *   trimmed    the app folder holds its own corlib (`cilantro trim` output):
 *              load mscorlib.dll from beside the app instead of the package's,
 *              and the runtime module's small split (wasmSplit: 'small')
 *   runtime    extra createRuntime options (they win over what `trimmed` sets)
 * Resolves to { rt, name, exit } where `exit` is Main's promise (exit code);
 * rejects (after showing the error) when loading fails.
 */
export async function startApp(opts) {
  const errorEl = opts.error;
  showError(errorEl, null);
  const pane = opts.output ? new OutputPane(opts.output) : null;
  const onProgress = opts.progress || opts.progressLabel ? progressReporter(opts.progress, opts.progressLabel) : undefined;
  let rt = null;
  try {
    const preload = [opts.app, ...(opts.preload ?? [])];
    const corlib = opts.trimmed ? new URL('mscorlib.dll', new URL(opts.app, document.baseURI)).href : undefined;
    // A referenced assembly the page preloads is taken from there by name,
    // without probing other places first.
    const byName = new Map(preload.map((u) => [String(u).replace(/^.*\//, '').replace(/\.(dll|exe)$/i, '').toLowerCase(), u]));
    rt = await createRuntime({
      ...(pane ? { stdout: pane.stdout, stderr: pane.stderr } : {}),
      onProgress,
      preload: corlib ? [corlib, ...preload] : preload,
      resolveAssembly: (name) => byName.get(name.toLowerCase()) ?? null,
      ...(corlib ? { corlib, wasmSplit: 'small' } : {}),
      ...(opts.runtime ?? {}),
    });
    if (opts.setup) await opts.setup(rt);
    const name = await rt.loadAssembly(opts.app);
    // Output is written to the DOM once a frame: all of it is there when `exit` settles.
    const exit = rt.runMain(name, opts.args ?? []).finally(() => pane?.flush());
    exit.then((code) => {
      if (code !== 0) showError(errorEl, new Error(`the program exited with code ${code}`));
    }, (e) => showError(errorEl, e));
    return { rt, name, exit };
  } catch (e) {
    showError(errorEl, e);
    if (rt) rt.dispose();
    throw e;
  }
}
