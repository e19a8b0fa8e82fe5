// dev.mjs — `cilantro dev`: builds the .NET project in a folder with
// `dotnet build`, serves the folder (js/static-server.mjs), and on every
// change rebuilds (C# and project files) and reloads the open pages (any
// file). Pages learn about reloads from server-sent events on
// /__cilantro/events, through a script added to every HTML page served.

import { spawn } from 'node:child_process';
import { readdirSync, watch } from 'node:fs';
import path from 'node:path';
import { CilantroError } from './errors.mjs';
import { startServer } from './static-server.mjs';

export const DEV_HELP = `Usage: cilantro dev [--port N] [dir]

Builds the .NET project in <dir> (default: the current folder) with
\`dotnet build\`, serves <dir> on http://127.0.0.1:<port>/ (default 5173; 0 picks
a free one), and watches it: a changed .cs/.csproj/.props/.targets file
rebuilds and reloads the page, any other changed file reloads it. A failed
build is shown in the terminal and on the page. Ctrl-C stops.
`;

const EVENTS_PATH = '/__cilantro/events';
const REBUILD = /\.(cs|csproj|props|targets|fs|fsproj|vb|vbproj|resx)$/i;
const IGNORED = /(^|[\\/])(bin|obj|node_modules|\.git)([\\/]|$)/;
const DEBOUNCE_MS = 150;

const RELOAD_SCRIPT = `<script type="module">
// Added by cilantro dev: reload when the app is rebuilt, show a failed build.
const events = new EventSource('${EVENTS_PATH}');
events.addEventListener('reload', () => location.reload());
events.addEventListener('build-failed', (e) => {
  let box = document.getElementById('cilantro-dev-error');
  if (!box) {
    box = document.createElement('pre');
    box.id = 'cilantro-dev-error';
    box.setAttribute('role', 'alert');
    box.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;margin:0;padding:1em;background:#fff0f0;color:#900;border-top:3px solid #c00;z-index:2147483647;white-space:pre-wrap';
    document.body.append(box);
  }
  box.textContent = 'Build failed:\\n' + JSON.parse(e.data);
});
</script>
`;

function parseDevArgs(argv) {
  const opts = { port: process.env.PORT !== undefined ? Number(process.env.PORT) : 5173, dir: '.' };
  let dirSeen = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') return { help: true };
    if (a === '--port' || a.startsWith('--port=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      opts.port = Number(v);
      if (v === undefined || !Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) {
        throw new CilantroError(`--port needs a port number, got '${v}'`, 'USAGE');
      }
    } else if (a.startsWith('-')) {
      throw new CilantroError(`unknown option '${a}' (see cilantro dev --help)`, 'USAGE');
    } else if (!dirSeen) {
      opts.dir = a;
      dirSeen = true;
    } else {
      throw new CilantroError(`unexpected argument '${a}' (see cilantro dev --help)`, 'USAGE');
    }
  }
  return opts;
}

function findProject(dir) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch (e) {
    throw new CilantroError(`cannot read '${dir}': ${e.message}`, e.code ?? 'EIO');
  }
  const projects = entries.filter((f) => /\.(cs|fs|vb)proj$/i.test(f));
  if (projects.length === 0) throw new CilantroError(`no .csproj in ${path.resolve(dir)} (create one with: cilantro new web <dir>)`, 'USAGE');
  if (projects.length > 1) throw new CilantroError(`more than one project in ${path.resolve(dir)}: ${projects.join(', ')}`, 'USAGE');
  return path.join(dir, projects[0]);
}

/** Runs `dotnet build`; resolves to { ok, output }. */
function dotnetBuild(project, log) {
  return new Promise((resolve) => {
    let output = '';
    let child;
    try {
      child = spawn('dotnet', ['build', project, '--nologo', '-v:q', '-clp:NoSummary'], { stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      resolve({ ok: false, output: `cannot run dotnet: ${e.message}` });
      return;
    }
    child.stdout.on('data', (d) => { output += d; });
    child.stderr.on('data', (d) => { output += d; });
    child.on('error', (e) => resolve({ ok: false, output: `cannot run dotnet (is the .NET SDK installed?): ${e.message}` }));
    child.on('close', (code) => {
      if (code !== 0) log(output.trim());
      resolve({ ok: code === 0, output: output.trim() });
    });
  });
}

/** The `cilantro dev` command; resolves to { url, stop() } once serving. */
export async function runDev(argv, { log = (line) => process.stdout.write(`${line}\n`) } = {}) {
  const opts = parseDevArgs(argv);
  if (opts.help) {
    process.stdout.write(DEV_HELP);
    return null;
  }
  const dir = path.resolve(opts.dir);
  const project = findProject(dir);
  const clients = new Set();
  const broadcast = (event, data = '') => {
    for (const res of clients) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  const events = (req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': cilantro dev\n\n');
    clients.add(res);
    req.on('close', () => clients.delete(res));
  };

  log(`cilantro dev: building ${path.basename(project)}`);
  let started = performance.now();
  let result = await dotnetBuild(project, log);
  log(result.ok ? `cilantro dev: built in ${((performance.now() - started) / 1000).toFixed(1)} s` : 'cilantro dev: the build failed; fix it and save');

  let server;
  try {
    server = await startServer({ root: dir, port: opts.port, routes: { [EVENTS_PATH]: events }, injectHtml: RELOAD_SCRIPT });
  } catch (e) {
    throw new CilantroError(`cannot listen on 127.0.0.1:${opts.port}: ${e.message}`, 'USAGE');
  }
  log(`cilantro dev: serving ${dir} at ${server.url} (Ctrl-C to stop)`);

  // One build at a time; changes during a build start one more after it.
  let building = false;
  let again = false;
  let timer = null;
  let needBuild = false;
  const rebuild = async () => {
    if (building) { again = true; return; }
    building = true;
    do {
      again = false;
      started = performance.now();
      log('cilantro dev: rebuilding');
      result = await dotnetBuild(project, log);
      if (result.ok) {
        log(`cilantro dev: rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s; reloading`);
        broadcast('reload');
      } else {
        log('cilantro dev: the build failed');
        broadcast('build-failed', result.output);
      }
    } while (again);
    building = false;
  };
  const changed = (file) => {
    if (!file || IGNORED.test(file)) return;
    needBuild ||= REBUILD.test(file);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const build = needBuild;
      needBuild = false;
      if (build) rebuild();
      else broadcast('reload');
    }, DEBOUNCE_MS);
  };
  const watcher = watch(dir, { recursive: true }, (_event, file) => changed(file ? String(file) : null));

  const stop = async () => {
    watcher.close();
    clearTimeout(timer);
    for (const res of clients) res.end();
    clients.clear();
    await server.close();
  };
  return { url: server.url, stop };
}
