// Console.ReadLine on the wasm build reads the Node process's stdin.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileCs, lines, runCli, tempDir } from './lib/helpers.mjs';

const ECHO_CS = `
using System;
class Echo {
  static int Main() {
    string line; int n = 0;
    while ((line = Console.ReadLine()) != null) { n++; Console.WriteLine("> " + line.ToUpper()); }
    Console.WriteLine("lines " + n);
    return n;
  }
}`;

test('Console.ReadLine reads stdin line by line until the end', () => {
  const exe = compileCs(tempDir(), 'Echo', ECHO_CS);
  const r = runCli([exe], { input: 'abc\r\ndéf\nlast without newline' });
  assert.deepEqual(lines(r.stdout), ['> ABC', '> DÉF', '> LAST WITHOUT NEWLINE', 'lines 3']);
  assert.equal(r.status, 3);
});

test('Console.ReadLine returns null at once on an empty stdin', () => {
  const exe = compileCs(tempDir(), 'Echo', ECHO_CS);
  const r = runCli([exe], { input: '' });
  assert.deepEqual(lines(r.stdout), ['lines 0']);
  assert.equal(r.status, 0);
});
