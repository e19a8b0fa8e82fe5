// trim.test.mjs — `cilantro trim` fixes the app's globalization mode as the .NET SDK does:
// an app in invariant mode (no runtimeconfig.json, or System.Globalization.Invariant true)
// loses the culture data; one without it keeps them and picks its culture from LANG.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { compileCs, hasDotnet, ROOT, runCli, tempDir } from './lib/helpers.mjs';

const TRIM = path.join(ROOT, 'build', 'trim', 'cilantro-trim.dll');
const CORLIB = path.join(ROOT, 'build', 'corlib', 'mscorlib.dll');
const skip = !hasDotnet ? 'dotnet is not installed' : !existsSync(TRIM) ? 'build/trim/cilantro-trim.dll is not built (make trim)' : false;

const CULTURE_CS = `
using System;
using System.Globalization;
class Culture {
  static void Main() {
    Console.WriteLine("[" + CultureInfo.CurrentCulture.Name + "] " + (1234.5).ToString("N1") + " " + string.Compare("a", "B"));
  }
}`;

let dir;
before(() => { if (!skip) dir = tempDir(); });

function trim(app, out) {
  const r = spawnSync('dotnet', [TRIM, '--corlib', CORLIB, app, '-o', out], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  return readFileSync(path.join(out, 'mscorlib.dll'));
}

// German for Tuesday, in the culture data's string literals (UTF-16 in #US).
const hasGermanData = (corlib) => corlib.includes(Buffer.from('Dienstag', 'utf16le'));

test('an invariant app is trimmed without the culture data, and stays invariant under LANG', { skip }, () => {
  const exe = compileCs(path.join(dir, 'invariant'), 'Culture', CULTURE_CS);
  const out = path.join(dir, 'invariant-out');
  assert.equal(hasGermanData(trim(exe, out)), false);
  const r = runCli([path.join(out, 'Culture.exe')], { env: { ...process.env, LANG: 'de_DE.UTF-8', CILANTRO_SHARED_FRAMEWORK: 'none' } });
  assert.equal(r.stdout, '[] 1,234.5 31\n');   // ordinal, as .NET in invariant mode
});

test('an app that is not invariant keeps the culture data and takes its culture from LANG', { skip }, () => {
  const appDir = path.join(dir, 'icu');
  const exe = compileCs(appDir, 'Culture', CULTURE_CS);
  writeFileSync(path.join(appDir, 'Culture.runtimeconfig.json'),
    JSON.stringify({ runtimeOptions: { configProperties: { 'System.Globalization.Invariant': false } } }));
  const out = path.join(dir, 'icu-out');
  assert.equal(hasGermanData(trim(exe, out)), true);
  const r = runCli([path.join(out, 'Culture.exe')], { env: { ...process.env, LANG: 'de_DE.UTF-8', CILANTRO_SHARED_FRAMEWORK: 'none' } });
  assert.equal(r.stdout, '[de-DE] 1.234,5 -1\n');
});
