// tools/api-coverage: the tool builds and runs, counts a member only when its
// name, kind, signature and visibility match (checked on a tiny corlib,
// fixtures/api-coverage/mini-corlib.cs), and reads the real corlib.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { ROOT, tempDir } from './lib/helpers.mjs';

const TOOL = path.join(ROOT, 'build', 'api-coverage', 'bin', 'ApiCoverage.dll');
const CORLIB = path.join(ROOT, 'build', 'corlib', 'mscorlib.dll');
const FIXTURE = path.join(ROOT, 'tests', 'js', 'fixtures', 'api-coverage', 'mini-corlib.cs');

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

const coverage = (...args) => run('dotnet', [TOOL, ...args]);

/**
 * The member lines listed under a type in `--missing` output (trimmed, without
 * the "corlib has" notes), or null when the type is not listed at all.
 */
function missingOf(output, typeName) {
  const lines = output.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${typeName} (`));
  if (start < 0) return null;
  const members = [];
  for (const l of lines.slice(start + 1)) {
    if (!l.startsWith('    ')) break;
    if (!l.startsWith('        ')) members.push(l.trim().replace(/\s+/g, ' '));
  }
  return { header: lines[start], members };
}

let mini;
before(() => {
  run('make', ['-s', 'api-coverage']);
  const dir = tempDir('api-coverage-');
  mini = path.join(dir, 'mini.dll');
  run('bash', ['tools/csc.sh', '-nostdlib', '-noconfig', '-target:library', '-nologo', '-nowarn:8021', `-out:${mini}`, FIXTURE]);
});

test('api-coverage counts exact matches only (mini corlib)', () => {
  const out = coverage('--corlib', mini, '--missing', 'System');
  const string = missingOf(out, 'System.String');
  assert.ok(string.header.includes('1 of 131 members present'), string.header);
  assert.ok(!string.members.includes('method static System.String Concat(System.String, System.String)'), 'exact match counts');
  assert.ok(string.members.includes('method static System.String Concat(System.String, System.String, System.String)'), 'wrong return type');
  assert.ok(string.members.includes('method static System.String Concat(System.Object)'), 'internal member');
  assert.ok(string.members.includes('getter System.Int32 get_Length()'), 'method where a getter is expected');
  assert.match(out, /corlib has: method +System\.Int32 get_Length\(\)/);

  const int32 = missingOf(out, 'System.Int32');
  assert.ok(!int32.members.includes('method static System.Int32 Parse(System.String)'));
  assert.ok(int32.members.includes('method static System.Boolean TryParse(System.String, out System.Int32&)'), 'ref is not out');

  assert.ok(!missingOf(out, 'System.Array').members.includes('method static !!0[] Empty<1>()'), 'generic method');
  assert.ok(!missingOf(out, 'System.Nullable`1').members.includes('method !0 GetValueOrDefault()'), 'generic type parameter');
  assert.ok(!missingOf(out, 'System.Attribute').members.includes('constructor protected System.Void .ctor()'), 'protected member');
  assert.ok(!missingOf(out, 'System.Environment+SpecialFolder').members
    .includes('field static System.Environment+SpecialFolder Desktop'), 'nested enum field');
  assert.match(missingOf(out, 'System.Guid').header, /struct, but a class in the corlib/);
  assert.match(missingOf(out, 'System.Buffer').header, /missing type/);

  const argument = missingOf(out, 'System.ArgumentException').members;
  assert.ok(!argument.includes('getter System.String get_Message()'), 'inherited instance member');
  assert.ok(!argument.includes('constructor System.Void .ctor(System.String, System.String)'));
  assert.ok(argument.includes('constructor System.Void .ctor(System.String)'), 'constructors are not inherited');
  const strict = missingOf(coverage('--corlib', mini, '--missing', 'System', '--declared-only'), 'System.ArgumentException');
  assert.ok(strict.members.includes('getter System.String get_Message()'), '--declared-only');
});

test('api-coverage puts a generic base class\'s arguments into inherited members', () => {
  const out = coverage('--corlib', mini, '--missing', 'System.Collections.Generic');
  const list = missingOf(out, 'System.Collections.Generic.List`1').members;
  assert.ok(!list.includes('getter System.Int32 get_Count()'));
  assert.ok(!list.includes('method System.Boolean Contains(!0)'));
  const queue = missingOf(out, 'System.Collections.Generic.Queue`1').members;
  assert.ok(!queue.includes('getter System.Int32 get_Count()'));
  assert.ok(queue.includes('method System.Boolean Contains(!0)'), 'Contains(String) is not Contains(T)');
});

test('api-coverage measures the real corlib', { skip: !existsSync(CORLIB) && 'no build/corlib/mscorlib.dll' }, () => {
  const table = coverage();
  for (const row of ['== netstandard2.0:', '== net10.0:', 'FOCUS GROUP', 'ALL NAMESPACES'])
    assert.ok(table.includes(row), row);

  const system = coverage('--missing', 'System');
  const string = missingOf(system, 'System.String');
  assert.ok(string === null || !string.members.includes('method static System.String Concat(System.String, System.String)'));
  // A browser runtime starts no processes: if the corlib ever gets this, pick another.
  const diag = coverage('--missing', 'System.Diagnostics');
  assert.ok(missingOf(diag, 'System.Diagnostics.Process').members
    .includes('method static System.Diagnostics.Process Start(System.String)'));

  // The corlib's parts count as the corlib: Regex is in mscorlib.System.Text.RegularExpressions.dll beside the core.
  const regex = missingOf(coverage('--missing', 'System.Text.RegularExpressions'), 'System.Text.RegularExpressions.Regex');
  assert.ok(regex === null || !regex.header.includes('missing type'), regex?.header);

  const md = coverage('--markdown');
  assert.match(md, /^\| namespaces \|/);
  assert.match(md, /\*\*focus group\*\*/);
});
