// template.test.mjs — what a new user does, from an empty folder, with the
// packed package standing in for the registry's:
//   1. npx cilantro new web my-app     2. cd my-app
//   3. npm install                      4. npm run dev
// then the page runs the SDK-built C#, a click is handled by C#, and an edit
// of Program.cs is rebuilt and reloaded by the dev command.

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { tempDir } from '../js/lib/helpers.mjs';
import { launch, missingPrerequisite, ROOT } from './lib/browser.mjs';

const hasDotnet = spawnSync('dotnet', ['--version'], { encoding: 'utf8' }).status === 0;
const skip = missingPrerequisite() ?? (hasDotnet ? null : 'no .NET SDK (dotnet) on PATH');

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 180000, stdio: ['ignore', 'pipe', 'pipe'] });
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

let b;
let dev = null;
let devOutput = '';

after(async () => {
  // The dev command runs in its own process group (npm -> sh -> node): end that group.
  if (dev && dev.exitCode === null) {
    try { process.kill(-dev.pid, 'SIGTERM'); } catch { /* gone already */ }
  }
  await b?.close();
});

/** Resolves to the URL once the dev command serves. */
function startDev(app) {
  dev = spawn('npm', ['run', 'dev'], { cwd: app, env: { ...process.env, PORT: '0' }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm run dev did not serve within 150 s:\n${devOutput}`)), 150000);
    const onData = (d) => {
      devOutput += d;
      const m = /serving .* at (http:\/\/\S+)/.exec(devOutput);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    };
    dev.stdout.on('data', onData);
    dev.stderr.on('data', onData);
    dev.on('exit', (code) => { clearTimeout(timer); reject(new Error(`npm run dev exited with ${code}:\n${devOutput}`)); });
  });
}

before(async () => {
  if (skip) return;
  b = await launch();
});

test('from an empty folder to C# handling a click, in 4 commands; edits rebuild and reload', { skip: skip ?? false, timeout: 400000 }, async () => {
  const work = tempDir('cilantro-template-');
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work, '--loglevel=error'], ROOT));
  const tarball = path.join(work, packed[0].filename);
  const fresh = path.join(work, 'fresh');
  spawnSync('mkdir', ['-p', fresh]);

  // 1. npx cilantro new web my-app (npx runs the package's bin from the tarball)
  run('npx', ['--yes', `--package=${tarball}`, '--', 'cilantro', 'new', 'web', 'my-app', `--package=${tarball}`], fresh);
  // 2. cd my-app
  const app = path.join(fresh, 'my-app');
  // 3. npm install
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error'], app);
  // 4. npm run dev
  const url = await startDev(app);

  const page = await b.newPage();
  page.setDefaultTimeout(20000);
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById('out').textContent.includes('Hello from C#!'));
  await page.click('#counter');
  await page.waitForFunction(() => document.getElementById('count').textContent === 'Clicked 1 time');
  await page.click('#counter');
  await page.waitForFunction(() => document.getElementById('count').textContent === 'Clicked 2 times');

  // An edit: the dev command rebuilds, the page reloads and runs the new build.
  // It uses LINQ (ImplicitUsings): the page then fetches the corlib's part
  // mscorlib.System.Linq.dll from the installed package, through the dev server.
  const parts = [];
  page.on('response', (r) => { if (/\/build\/corlib\/mscorlib\.System\.[\w.]+\.dll$/.test(new URL(r.url()).pathname)) parts.push(`${r.status()} ${new URL(r.url()).pathname}`); });
  const program = path.join(app, 'Program.cs');
  writeFileSync(program, readFileSync(program, 'utf8').replace('$"Clicked {count}', '$"Pressed {Enumerable.Repeat(1, count).Sum()}'));
  await page.waitForFunction(() => document.getElementById('count').textContent === 'Not clicked yet'
    && document.getElementById('out').textContent.includes('Hello from C#!'), null, { timeout: 120000 });
  await page.click('#counter');
  await page.waitForFunction(() => document.getElementById('count').textContent === 'Pressed 1 time');
  assert.ok(parts.some((p) => /^(200|304) \/node_modules\/cilantro\/build\/corlib\/mscorlib\.System\.Linq\.dll$/.test(p)), `part responses: ${parts.join(', ')}`);
  assert.match(devOutput, /rebuilt in/);
  assert.deepEqual(page.errors, []);
});
