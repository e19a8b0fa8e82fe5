// `cilantro new`: the project a template makes, and the errors for bad input.
// The whole flow (npm install, npm run dev, the page) is
// tests/browser/template.test.mjs.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { VERSION } from '../../js/version.mjs';
import { runCli, tempDir } from './lib/helpers.mjs';

test('cilantro new web makes an SDK project, a page and a package.json', () => {
  const work = tempDir('cilantro-new-');
  const r = runCli(['new', 'web', 'Demo.App'], { cwd: work });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /cd Demo\.App\n\s+npm install\n\s+npm run dev/);
  const dir = path.join(work, 'Demo.App');
  for (const f of ['Demo.App.csproj', 'Program.cs', 'index.html', 'package.json', '.gitignore', 'README.md']) {
    assert.ok(existsSync(path.join(dir, f)), f);
  }
  const csproj = readFileSync(path.join(dir, 'Demo.App.csproj'), 'utf8');
  assert.match(csproj, /<HintPath>node_modules\/cilantro\/build\/interop\/Cilantro\.Interop\.dll<\/HintPath>/);
  assert.match(csproj, /<TargetFramework>net10\.0<\/TargetFramework>/);
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  assert.match(html, /app: 'bin\/Debug\/net10\.0\/Demo\.App\.dll'/);
  assert.doesNotMatch(html + csproj, /__[A-Z_]+__/);
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  assert.equal(pkg.name, 'demo.app');
  assert.equal(pkg.scripts.dev, 'cilantro dev');
  assert.equal(pkg.devDependencies.cilantro, `^${VERSION}`);

  const spec = runCli(['new', 'web', 'other', '--package', 'file:../cilantro.tgz'], { cwd: work });
  assert.equal(spec.status, 0, spec.stderr);
  assert.equal(JSON.parse(readFileSync(path.join(work, 'other', 'package.json'), 'utf8')).devDependencies.cilantro, 'file:../cilantro.tgz');
});

test('cilantro new: clear errors for a bad template, name, folder or arguments', () => {
  const work = tempDir('cilantro-new-');
  mkdirSync(path.join(work, 'taken'));
  writeFileSync(path.join(work, 'taken', 'x.txt'), 'x');
  for (const [args, message] of [
    [['new', 'desktop', 'x'], /unknown template 'desktop' \(templates: web\)/],
    [['new', 'web', '9lives'], /'9lives' cannot name a project/],
    [['new', 'web', 'taken'], /'taken' exists and is not empty/],
    [['new', 'web'], /needs a template and a folder/],
    [['new', 'web', 'a', '--frobnicate'], /unknown option '--frobnicate'/],
  ]) {
    const r = runCli(args, { cwd: work });
    assert.equal(r.status, 1, args.join(' '));
    assert.match(r.stderr, message);
    assert.equal(r.stderr.split('\n').filter(Boolean).length, 1, 'one line');
  }
  const help = runCli(['new', '--help'], { cwd: work });
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Usage: cilantro new <template> <dir>/);
});

test('cilantro dev: clear errors without a project or with a bad port', () => {
  const work = tempDir('cilantro-dev-');
  let r = runCli(['dev', work]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /no \.csproj in .* \(create one with: cilantro new web <dir>\)/);
  r = runCli(['dev', '--port', 'http']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /--port needs a port number, got 'http'/);
  r = runCli(['dev', '--help']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /Usage: cilantro dev/);
});
