// The installed .NET shared framework as the Node host searches it
// (js/shared-framework.mjs; docs/libraries.md, "Framework assemblies the
// corlib lacks"), and the CLI on an SDK-built program that needs .NET 10's
// own System.Text.Json.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { findInSharedFramework, sharedFrameworkDir } from '../../js/shared-framework.mjs';
import { ROOT, runCli, tempDir } from './lib/helpers.mjs';

// a fake dotnet root with several runtimes; versions above any real install
function fakeRoot() {
  const root = tempDir();
  for (const v of ['8.0.99', '10.0.98', '10.0.99', '10.0.99-rc.1', '99.0.0-preview.1', 'not-a-version']) {
    const dir = path.join(root, 'shared', 'Microsoft.NETCore.App', v);
    mkdirSync(dir, { recursive: true });
    if (v !== 'not-a-version') writeFileSync(path.join(dir, 'System.Private.CoreLib.dll'), '');
    writeFileSync(path.join(dir, 'System.Text.Json.dll'), v);
  }
  // a folder without System.Private.CoreLib.dll is not a runtime
  mkdirSync(path.join(root, 'shared', 'Microsoft.NETCore.App', '10.0.200'), { recursive: true });
  return root;
}

test('the newest runtime of the reference major version, else the newest of all', () => {
  const root = fakeRoot();
  const env = { DOTNET_ROOT: root };
  const base = path.join(root, 'shared', 'Microsoft.NETCore.App');
  assert.equal(sharedFrameworkDir(10, env), path.join(base, '10.0.99'));   // 10.0.99-rc.1 is its preview: older
  assert.equal(sharedFrameworkDir(8, env), path.join(base, '8.0.99'));
  assert.equal(sharedFrameworkDir(42, env), path.join(base, '99.0.0-preview.1'));
  assert.equal(findInSharedFramework('System.Text.Json', 10, env), path.join(base, '10.0.99', 'System.Text.Json.dll'));
  assert.equal(findInSharedFramework('System.Nothing', 10, env), null);
});

test('CILANTRO_SHARED_FRAMEWORK names the folder, or turns the search off', () => {
  const root = fakeRoot();
  const fixed = path.join(root, 'shared', 'Microsoft.NETCore.App', '8.0.99');
  assert.equal(sharedFrameworkDir(10, { DOTNET_ROOT: root, CILANTRO_SHARED_FRAMEWORK: fixed }), fixed);
  assert.equal(sharedFrameworkDir(10, { DOTNET_ROOT: root, CILANTRO_SHARED_FRAMEWORK: 'none' }), null);
  assert.equal(findInSharedFramework('System.Text.Json', 10, { CILANTRO_SHARED_FRAMEWORK: 'none' }), null);
});

const JSON_APP = path.join(ROOT, 'build', 'modern', 'fw_json', 'fw_json.dll');
const HAS_DOTNET10 = sharedFrameworkDir(10, process.env)?.includes(`${path.sep}10.`) ?? false;

test('an SDK-built app gets System.Text.Json from the installed .NET; without it the error says what to do',
  { skip: (!existsSync(JSON_APP) && 'build/modern/fw_json not built (dotnet build tests/modern/fw_json)') || (!HAS_DOTNET10 && 'no .NET 10 runtime installed') },
  () => {
    const ok = runCli([JSON_APP], { timeout: 180000 });
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(ok.stdout, readExpected());
    const off = runCli([JSON_APP], { timeout: 180000, env: { ...process.env, CILANTRO_SHARED_FRAMEWORK: 'none' } });
    assert.notEqual(off.status, 0);
    assert.match(off.stderr, /Could not load type 'System\.Text\.Json\.JsonSerializer' from assembly 'System\.Text\.Json, Version=10\.0\.0\.0/);
    assert.match(off.stderr, /install the \.NET 10 runtime or set DOTNET_ROOT/);
  });

function readExpected() {
  return readFileSync(path.join(ROOT, 'tests', 'modern', 'fw_json', 'fw_json.expected'), 'utf8');
}
