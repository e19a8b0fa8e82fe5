// `cilantro test` on real xunit tests: tests/xunit/XunitSample (an SDK
// project referencing xunit.assert and xunit.extensibility.core from NuGet),
// built here with `dotnet build`, run on the wasm build. Facts, theories
// with [InlineData] and [MemberData], async tests, IClassFixture, Skip,
// Timeout, --filter, TAP and JUnit XML. Needs `make wasm corlib interop`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { ROOT, runCli, tempDir } from './lib/helpers.mjs';

const PROJECT = path.join(ROOT, 'tests', 'xunit', 'XunitSample', 'XunitSample.csproj');
const hasDotnet = spawnSync('dotnet', ['--version'], { encoding: 'utf8' }).status === 0;
let dll;
let out;

before(() => {
  if (!hasDotnet) return;
  out = tempDir('cilantro-xunit-');
  const r = spawnSync('dotnet', ['build', PROJECT, '--nologo', '-v:q', '-o', out], { encoding: 'utf8', timeout: 300000 });
  assert.equal(r.status, 0, `dotnet build failed:\n${r.stdout}\n${r.stderr}`);
  dll = path.join(out, 'XunitSample.dll');
});

const opts = { skip: hasDotnet ? false : 'no .NET SDK', timeout: 300000 };

test('every kind of xunit test runs and reports', opts, () => {
  const r = runCli(['test', dll], { timeout: 180000 });
  assert.equal(r.status, 1, r.stderr);
  const lines = r.stdout;
  for (const name of ['Adds', 'FixtureIsShared', 'Sums(1, 2, 3)', 'Sums(2147483647, 0, 2147483647)', 'Contains("abc", "b", True)',
    'Contains(null, "a", False)', 'Mixed(2.5, 2)', 'Squared(2, 4)', 'Squared(3, 9)', 'AwaitsAsync', 'ThrowsAsExpected', 'Collections']) {
    assert.match(lines, new RegExp(`^PASS Sample\\.CalculatorTests\\.${name.replace(/[().]/g, '\\$&')} \\(`, 'm'), name);
  }
  assert.match(lines, /^PASS Sample\.StaticTests\.StaticFact /m);
  assert.match(lines, /^FAIL Sample\.CalculatorTests\.FailsOnPurpose\n\s+Xunit\.Sdk\.TrueException: arithmetic still works/m);
  assert.match(lines, /^FAIL Sample\.CalculatorTests\.Sums\(-4, 4, 1\)\n\s+Xunit\.Sdk\.TrueException: -4 \+ 4 is not 1/m);
  assert.match(lines, /^FAIL Sample\.CalculatorTests\.Squared\(4, 15\)\n\s+Xunit\.Sdk\.TrueException: 4 squared is not 15/m);
  assert.match(lines, /^FAIL Sample\.CalculatorTests\.FailsAfterAwait\n\s+System\.InvalidOperationException: async failure\n\s+at Sample\.CalculatorTests\.FailsAfterAwait\(\) in .*CalculatorTests\.cs:line \d+/m);
  assert.match(lines, /^FAIL Sample\.CalculatorTests\.TooSlow\n\s+timed out after 300 ms/m);
  assert.match(lines, /^SKIP Sample\.CalculatorTests\.Skipped: not today$/m);
  assert.doesNotMatch(lines, /never runs/);
  assert.equal(lines.trim().split('\n').pop(), '14 passed, 5 failed, 1 skipped');
});

test('--filter picks tests by name (substring or * pattern); --timeout bounds every test', opts, () => {
  let r = runCli(['test', '--filter', 'Sums', dll]);
  assert.equal(r.stdout.trim().split('\n').pop(), '2 passed, 1 failed');
  r = runCli(['test', '--filter', '*Squared(4*', '--filter', 'StaticFact', dll]);
  assert.equal(r.stdout.trim().split('\n').pop(), '1 passed, 1 failed');
  r = runCli(['test', '--filter', 'AwaitsAsync', '--timeout', '1', dll]);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /^FAIL Sample\.CalculatorTests\.AwaitsAsync\n\s+timed out after 1 ms/m);
  r = runCli(['test', '--filter', 'NoSuchTest', dll]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^cilantro: no test matches 'NoSuchTest'/);
  r = runCli(['test', '--timeout', 'soon', dll]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /--timeout needs a whole number of milliseconds, got 'soon'/);
});

test('TAP on stdout, JUnit XML to a file', opts, () => {
  const junit = path.join(out, 'results.xml');
  const r = runCli(['test', '--tap', '--junit', junit, '--filter', 'Sums', '--filter', 'Skipped', dll]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, [
    'TAP version 13', '1..4',
    'ok 1 - Sample.CalculatorTests.Skipped # SKIP not today',
    'ok 2 - Sample.CalculatorTests.Sums(1, 2, 3)',
    'not ok 3 - Sample.CalculatorTests.Sums(-4, 4, 1)', '  ---', '  type: "Xunit.Sdk.TrueException"',
    '  message: "Xunit.Sdk.TrueException: -4 + 4 is not 1"', '  ...',
    'ok 4 - Sample.CalculatorTests.Sums(2147483647, 0, 2147483647)',
    '# 2 passed, 1 failed, 1 skipped', ''].join('\n'));
  const xml = readFileSync(junit, 'utf8');
  assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites tests="4" failures="1" skipped="1" time="[\d.]+">/);
  assert.match(xml, /<testsuite name="XunitSample\.dll" tests="4" failures="1" errors="0" skipped="1"/);
  assert.match(xml, /<testcase classname="Sample\.CalculatorTests" name="Sample\.CalculatorTests\.Skipped" time="0\.000">\n\s+<skipped message="not today"\/>/);
  assert.match(xml, /<testcase classname="Sample\.CalculatorTests" name="Sample\.CalculatorTests\.Sums\(-4, 4, 1\)" time="[\d.]+">\n\s+<failure type="Xunit\.Sdk\.TrueException" message="Xunit\.Sdk\.TrueException: -4 \+ 4 is not 1">/);
  assert.match(xml, /<testcase classname="Sample\.CalculatorTests" name="Sample\.CalculatorTests\.Sums\(1, 2, 3\)" time="[\d.]+"\/>/);
});
