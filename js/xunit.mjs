// xunit.mjs — `cilantro test Tests.dll`: finds and runs the tests of an
// assembly: xunit's [Fact] and [Theory] ([InlineData], [MemberData], async,
// IClassFixture<T>, Skip, Timeout) and Cilantro's own [Cilantro.Testing.Test].
// Each test case runs as an invocation on the wasm runtime; one that runs
// past its timeout (or breaks the runtime) fails, and the rest go on in a
// fresh runtime. Reports as text or TAP, and as JUnit XML for CI.

import { writeFileSync } from 'node:fs';
import { CilantroError } from './errors.mjs';

const HOST_ASM = 'Cilantro.Interop';
const HOST_TYPE = 'Cilantro.Testing.XunitHost';
export const DEFAULT_TIMEOUT_MS = 60000;

/** Display form of an [InlineData] value, close to xunit's. */
function show(v) {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'bigint') return String(v);
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  return String(v);
}

/** `*` matches any run of characters; a pattern without `*` matches as a substring. */
export function nameMatches(name, pattern) {
  if (!pattern.includes('*')) return name.includes(pattern);
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(name);
}

/** The cases to run: one per [Fact], per [InlineData] row, per [MemberData] row, per own [Test]. */
async function collectCases(rt, asm) {
  const cases = [];
  for (const t of rt.listTests(asm)) {
    cases.push({ name: `${t.type}.${t.method}`, type: t.type, method: t.method, own: true, problem: t.problem, skip: null, timeout: 0 });
  }
  const xunit = rt.listXunitTests(asm);
  if (xunit.length > 0) await rt.loadInterop();
  for (const t of xunit) {
    const base = t.displayName ?? `${t.type}.${t.method}`;
    const common = { type: t.type, method: t.method, own: false, skip: t.skip, timeout: t.timeout, fixtures: t.fixtures, problem: t.problem };
    if (t.kind === 'fact' || t.problem) {
      cases.push({ ...common, name: base, args: [], member: null, row: 0 });
      continue;
    }
    for (const row of t.rows) cases.push({ ...common, name: `${base}(${row.map(show).join(', ')})`, args: row, member: null, row: 0 });
    for (const member of t.members) {
      let labels;
      try {
        labels = await rt.invoke(HOST_ASM, HOST_TYPE, 'MemberDataLabels', [asm, t.type, member]);
      } catch (e) {
        cases.push({ ...common, name: `${base}[MemberData ${member}]`, problem: e.message, args: [], member, row: 0 });
        continue;
      }
      labels.forEach((label, row) => cases.push({ ...common, name: `${base}${label}`, args: null, member, row }));
    }
  }
  return cases;
}

function withTimeout(promise, ms) {
  let timer;
  const expired = new Promise((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`timed out after ${ms} ms`), { timedOut: true })), ms);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

/** Failure text of a rejected test: the .NET exception's ToString, or the host's message. */
function failureOf(e) {
  return { type: e.type ?? (e.timedOut ? 'Timeout' : e.code ?? e.name ?? 'Error'), message: e.message, detail: e.managedStack ?? e.message };
}

/**
 * Runs the tests of `file`. options: { runtime (createRuntime options),
 * filters: string[], timeoutMs, tap, junit (file), out (text sink) }.
 * Resolves to { passed, failed, skipped, results }.
 */
export async function runTestAssembly(createRuntime, file, options = {}) {
  const out = options.out ?? ((s) => process.stdout.write(s));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let rt = null;
  let asm = null;
  let fixturesUsed = false;
  let needsHost = false;   // xunit tests run through Cilantro.Interop's XunitHost
  const fresh = async () => {
    rt?.dispose();
    rt = await createRuntime(options.runtime ?? {});
    asm = await rt.loadAssembly(file);
    if (needsHost) await rt.loadInterop();
    fixturesUsed = false;
  };
  await fresh();
  const results = [];
  try {
    let cases = await collectCases(rt, asm);
    needsHost = cases.some((c) => !c.own);
    if (cases.length === 0) throw new CilantroError(`no tests found in ${file} (xunit [Fact]/[Theory] or [Cilantro.Testing.Test])`, 'NO_TESTS');
    const filters = options.filters ?? [];
    if (filters.length) cases = cases.filter((c) => filters.some((f) => nameMatches(c.name, f)));
    if (cases.length === 0) throw new CilantroError(`no test matches ${filters.map((f) => `'${f}'`).join(' or ')}`, 'NO_TESTS');
    if (options.tap) out(`TAP version 13\n1..${cases.length}\n`);
    for (const [i, c] of cases.entries()) {
      const r = { name: c.name, type: c.type, method: c.method, status: 'pass', ms: 0, failure: null, skip: null };
      if (c.skip !== null && c.skip !== undefined) {
        r.status = 'skip';
        r.skip = c.skip;
      } else if (c.problem) {
        r.status = 'fail';
        r.failure = { type: 'InvalidTest', message: c.problem, detail: c.problem };
      } else {
        const start = performance.now();
        const limit = c.timeout > 0 ? c.timeout : timeoutMs;
        try {
          const run = c.own ? rt.runTest(asm, c.type, c.method)
            : rt.invoke(HOST_ASM, HOST_TYPE, 'Run', [asm, c.type, c.method, c.args ?? [], c.member, c.row, c.fixtures ?? []]);
          if (!c.own && c.fixtures?.length) fixturesUsed = true;
          await withTimeout(run, limit);
        } catch (e) {
          r.status = 'fail';
          r.failure = failureOf(e);
          // A runaway or broken runtime does not take the remaining tests with it.
          if (e.timedOut || (e instanceof CilantroError && ['RUNTIME_TRAP', 'RUNTIME_ABORT', 'DEADLOCK', 'PROGRAM_ENDED'].includes(e.code))) await fresh();
        }
        r.ms = performance.now() - start;
      }
      results.push(r);
      out(options.tap ? tapLine(i + 1, r) : textLine(r));
    }
    if (fixturesUsed) await rt.invoke(HOST_ASM, HOST_TYPE, 'DisposeFixtures', []).catch(() => {});
  } finally {
    rt.dispose();
  }
  const count = (s) => results.filter((r) => r.status === s).length;
  const summary = { passed: count('pass'), failed: count('fail'), skipped: count('skip'), results };
  const skippedNote = summary.skipped ? `, ${summary.skipped} skipped` : '';
  out(`${options.tap ? '# ' : ''}${summary.passed} passed, ${summary.failed} failed${skippedNote}\n`);
  if (options.junit) writeFileSync(options.junit, junitXml(file, results));
  return summary;
}

function indent(text, by) {
  return text.split('\n').map((l) => `${by}${l}`).join('\n');
}

function textLine(r) {
  if (r.status === 'pass') return `PASS ${r.name} (${r.ms.toFixed(1)} ms)\n`;
  if (r.status === 'skip') return `SKIP ${r.name}: ${r.skip}\n`;
  if (r.failure.type === 'InvalidTest') return `FAIL ${r.name}: ${r.failure.message}\n`;
  return `FAIL ${r.name}\n${indent(r.failure.detail, '    ')}\n`;
}

function tapLine(n, r) {
  if (r.status === 'pass') return `ok ${n} - ${r.name}\n`;
  if (r.status === 'skip') return `ok ${n} - ${r.name} # SKIP ${r.skip}\n`;
  return `not ok ${n} - ${r.name}\n  ---\n  type: ${JSON.stringify(r.failure.type)}\n  message: ${JSON.stringify(r.failure.message)}\n  ...\n`;
}

const xml = (s) => String(s).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' }[c]))
  // characters XML 1.0 cannot hold
  .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

/** JUnit XML (the schema CI systems read: testsuites > testsuite > testcase). */
export function junitXml(file, results) {
  const name = String(file).split(/[\\/]/).pop();
  const secs = (ms) => (ms / 1000).toFixed(3);
  const total = results.reduce((s, r) => s + r.ms, 0);
  const failures = results.filter((r) => r.status === 'fail').length;
  const skipped = results.filter((r) => r.status === 'skip').length;
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites tests="${results.length}" failures="${failures}" skipped="${skipped}" time="${secs(total)}">`,
    `  <testsuite name="${xml(name)}" tests="${results.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${secs(total)}">`];
  for (const r of results) {
    const head = `    <testcase classname="${xml(r.type)}" name="${xml(r.name)}" time="${secs(r.ms)}"`;
    if (r.status === 'pass') lines.push(`${head}/>`);
    else if (r.status === 'skip') lines.push(`${head}>`, `      <skipped message="${xml(r.skip)}"/>`, '    </testcase>');
    else lines.push(`${head}>`, `      <failure type="${xml(r.failure.type)}" message="${xml(r.failure.message)}">${xml(r.failure.detail)}</failure>`, '    </testcase>');
  }
  lines.push('  </testsuite>', '</testsuites>', '');
  return lines.join('\n');
}
