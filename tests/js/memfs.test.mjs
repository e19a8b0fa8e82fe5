// System.IO on the in-memory file system browsers get (js/hostfs.mjs MemoryFs):
// tests/modern/io_files must print what .NET printed on a real disk.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createRuntime } from '../../js/node.mjs';
import { MemoryFs } from '../../js/hostfs.mjs';

const DLL = new URL('../../build/modern/io_files/io_files.dll', import.meta.url).pathname;
const EXPECTED = new URL('../modern/io_files/io_files.expected', import.meta.url).pathname;

test('io_files runs on MemoryFs as .NET runs it on disk', { skip: !existsSync(DLL) && 'build/modern/io_files not built (dotnet build tests/modern/io_files)' }, async () => {
  let out = '';
  const decoder = new TextDecoder();
  const rt = await createRuntime({ fs: new MemoryFs(), stdout: { write(b) { out += decoder.decode(b, { stream: true }); }, end() {} } });
  const name = await rt.loadAssembly(DLL);
  assert.equal(await rt.runMain(name, []), 0);
  assert.equal(out, readFileSync(EXPECTED, 'utf8'));
});

test('MemoryFs keeps files between runs of one backend and reports missing ones', () => {
  const fs = new MemoryFs();
  const h = fs.open('/tmp/a', { write: true, create: true }, 0o666);
  fs.write(h, new TextEncoder().encode('hi'), 0);
  fs.close(h);
  assert.equal(fs.stat('/tmp/a').size, 2);
  assert.deepEqual(fs.readdir('/tmp'), ['a']);
  assert.throws(() => fs.stat('/nope/x'), { code: 'ENOENT' });
  assert.throws(() => fs.rmdir('/tmp'), { code: 'ENOTEMPTY' });
});
