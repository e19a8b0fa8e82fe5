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

// The corlib's parts (corlib/parts.txt): the output holds the trimmed core and only the parts
// the app reaches, and the core's [CorlibPart] index names only those, with the types kept.
const NATIVE = path.join(ROOT, 'build', 'native', 'cilantro');
const PARTS = existsSync(path.join(ROOT, 'build', 'corlib', 'parts.txt'))
  ? readFileSync(path.join(ROOT, 'build', 'corlib', 'parts.txt'), 'utf8').split('\n').filter(Boolean) : [];
const partsIn = (out) => PARTS.filter((p) => existsSync(path.join(out, `${p}.dll`)));
const utf8 = (s) => Buffer.from(s, 'utf8');

test('a trimmed app gets the corlib parts it reaches and no other, and the index names only them', { skip: skip || (!PARTS.length && 'the corlib has no parts') }, () => {
  const exe = compileCs(path.join(dir, 'regex'), 'Rx', `
using System;
using System.Text.RegularExpressions;
class Rx {
  static void Main() {
    Console.WriteLine(Regex.Replace("a1b22c333", "[0-9]+", m => "<" + m.Value.Length + ">"));
  }
}`);
  const out = path.join(dir, 'regex-out');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'mscorlib.System.Net.Http.dll'), 'stale');   // from an earlier trim: must go
  const core = trim(exe, out);
  const kept = partsIn(out);
  assert.ok(kept.includes('mscorlib.System.Text.RegularExpressions'), kept.join(' '));
  assert.ok(!kept.includes('mscorlib.System.Net.Http') && !kept.includes('mscorlib.System.Linq.Expressions'), kept.join(' '));
  assert.ok(core.includes(utf8('System.Text.RegularExpressions.Regex')), 'the index lists Regex');
  assert.ok(!core.includes(utf8('System.Net.Http.HttpClient')), 'the index lists a part that is not there');
  assert.ok(!core.includes(utf8('System.Text.RegularExpressions.GeneratedRegexAttribute')), 'the index lists a type ILLink removed');
  if (existsSync(NATIVE)) {
    const r = spawnSync(NATIVE, [path.join(out, 'Rx.exe')], { encoding: 'utf8', env: { ...process.env, CILANTRO_SHARED_FRAMEWORK: 'none' } });
    assert.equal(r.stdout, 'a<1>b<2>c<3>\n', r.stderr);
  }
});

test('hello trimmed has no part and no index', { skip }, () => {
  const exe = compileCs(path.join(dir, 'hello'), 'Hello', 'class Hello { static void Main() { System.Console.WriteLine("hi"); } }');
  const out = path.join(dir, 'hello-out');
  const core = trim(exe, out);
  assert.deepEqual(partsIn(out), []);
  assert.ok(!core.includes(utf8('CorlibPartAttribute')));
  assert.ok(!core.includes(utf8('InternalsVisibleToAttribute')));
});
