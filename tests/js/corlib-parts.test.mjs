// The corlib's parts (corlib/parts.txt: System.Linq, System.Text.RegularExpressions,
// ...): assemblies beside build/corlib/mscorlib.dll that a program loads only when
// its types need them, from the corlib's folder (never the app's), or through
// resolveAssembly; clear errors when they cannot be had.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, test } from 'node:test';
import { CilantroError, ManagedError } from '../../js/node.mjs';
import { captured, compileCs, HELLO_CS, ROOT, runCli, tempDir } from './lib/helpers.mjs';

const CORLIB_DIR = path.join(ROOT, 'build', 'corlib');
const CORLIB = path.join(CORLIB_DIR, 'mscorlib.dll');

const PARTS_CS = `
using System;
using System.Linq;
using System.Text.RegularExpressions;
class Parts {
    static void Main() {
        var words = new[] { "apple", "Banana", "cherry", "date42", "fig7" };
        Console.WriteLine(string.Join(",", words.Where(w => w.Length > 4).Select(w => w.ToUpperInvariant()).OrderBy(w => w)));
        var rx = new Regex(@"^([a-z]+)(\\d+)$");
        foreach (var w in words) { var m = rx.Match(w); if (m.Success) Console.WriteLine(m.Groups[1].Value + "=" + int.Parse(m.Groups[2].Value) * 2); }
        Console.WriteLine(Enumerable.Range(1, 10).Sum());
    }
}
`;
const PARTS_OUT = 'APPLE,BANANA,CHERRY,DATE42\ndate=84\nfig=14\n55\n';

let dir;
// A type of one of the core's own parts (mscorlib.CoreLib.Globalization) named
// only by string: its part loads while the program runs.
const BY_NAME_CS = `
using System;
class ByName {
    static void Main() {
        var t = Type.GetType("System.Globalization.KoreanCalendar", true);
        Console.WriteLine(t.Name + " " + (t.Assembly == typeof(object).Assembly));
    }
}
`;

const exe = {};

before(() => {
  dir = tempDir('cilantro-parts-');
  exe.hello = compileCs(path.join(dir, 'hello'), 'Hello', HELLO_CS);
  exe.parts = compileCs(path.join(dir, 'app'), 'Parts', PARTS_CS);
  exe.byName = compileCs(path.join(dir, 'byname'), 'ByName', BY_NAME_CS);
  // A decoy in the app's folder: a part must never come from there.
  writeFileSync(path.join(dir, 'app', 'mscorlib.System.Linq.dll'), 'not an assembly');
  // A corlib without its library parts (System.Linq, ...) beside it (a broken copy or
  // install): only the core and the parts cut from it (mscorlib.CoreLib.*), which its own code uses.
  mkdirSync(path.join(dir, 'lonely'));
  copyFileSync(CORLIB, path.join(dir, 'lonely', 'mscorlib.dll'));
  for (const f of readdirSync(CORLIB_DIR).filter((f) => f.startsWith('mscorlib.CoreLib.')))
    copyFileSync(path.join(CORLIB_DIR, f), path.join(dir, 'lonely', f));
});


test('a program using LINQ and Regex loads System.Linq and System.Text.RegularExpressions from the corlib\'s folder', async () => {
  const { rt, out } = await captured();
  const name = await rt.loadAssembly(exe.parts);
  assert.equal(name, 'Parts');
  assert.deepEqual(rt.assemblies.slice(0, 2), ['mscorlib', 'Parts']);
  // (and mscorlib.CoreLib.Common, the core's part of what typical programs use: the program names its types)
  assert.deepEqual(rt.assemblies.slice(2).sort(), ['mscorlib.CoreLib.Common', 'mscorlib.System.Linq', 'mscorlib.System.Text.RegularExpressions']);
  assert.equal(await rt.runMain(name), 0);
  rt.dispose();
  assert.equal(out.stdout, PARTS_OUT);
  assert.equal(out.stderr, '');
});

test('hello world loads no part', async () => {
  const { rt, out } = await captured();
  const name = await rt.loadAssembly(exe.hello);
  assert.deepEqual(rt.assemblies, ['mscorlib', 'Hello']);
  assert.equal(await rt.runMain(name), 0);
  rt.dispose();
  assert.equal(out.stdout, 'Hello, world!\ncaf\u00e9 \u2713\n');
});

test('a corlib given as bytes: a needed part without resolveAssembly is a clear error naming it', async () => {
  const { rt } = await captured({ corlib: readFileSync(CORLIB) });
  await assert.rejects(rt.loadAssembly(exe.parts), (e) => {
    assert.ok(e instanceof CilantroError, String(e));
    assert.equal(e.code, 'MISSING_REFERENCE');
    assert.match(e.message, /'mscorlib\.(System\.Linq|System\.Text\.RegularExpressions|CoreLib\.Common)'/);
    assert.match(e.message, /needed by Parts/);
    assert.match(e.message, /part of the corlib/);
    assert.match(e.message, /given as bytes/);
    assert.match(e.message, /resolveAssembly/);
    return true;
  });
  rt.dispose();
  // hello needs no part: a corlib as bytes is enough for it
  const { rt: rt2, out } = await captured({ corlib: readFileSync(CORLIB) });
  assert.equal(await rt2.runMain(await rt2.loadAssembly(exe.hello)), 0);
  rt2.dispose();
  assert.equal(out.stdout, 'Hello, world!\ncaf\u00e9 \u2713\n');
});

/** A runtime with the corlib as bytes and a resolveAssembly that answers every part at once, noting what it was asked. */
async function withPartsResolver() {
  const asked = [];
  const { rt, out } = await captured({
    corlib: readFileSync(CORLIB),
    resolveAssembly: (name) => {
      asked.push(name);
      return name.startsWith('mscorlib.') ? readFileSync(path.join(CORLIB_DIR, `${name}.dll`)) : null;
    },
  });
  return { rt, out, asked };
}

test('resolveAssembly can supply the parts (asked first, also with the corlib as bytes)', async () => {
  const { rt, out, asked } = await withPartsResolver();
  const name = await rt.loadAssembly(exe.parts);
  // the program's own references name LINQ, Regex and List<T> (the core's part mscorlib.CoreLib.Common)
  assert.deepEqual([...asked].sort(), ['mscorlib.CoreLib.Common', 'mscorlib.System.Linq', 'mscorlib.System.Text.RegularExpressions']);
  assert.equal(await rt.runMain(name), 0);
  rt.dispose();
  assert.equal(out.stdout, PARTS_OUT);
});

test('a part needed while the program runs comes from a resolveAssembly that answers with bytes at once', async () => {
  const { rt, out, asked } = await withPartsResolver();
  const name = await rt.loadAssembly(exe.byName);
  // before Main only what the program names (System.Reflection.Assembly: mscorlib.CoreLib.Common)
  assert.ok(!asked.includes('mscorlib.CoreLib.Globalization'), asked.join(', '));
  assert.equal(await rt.runMain(name), 0);
  rt.dispose();
  assert.equal(out.stdout, 'KoreanCalendar True\n');
  assert.ok(asked.includes('mscorlib.CoreLib.Globalization'), asked.join(', '));
});

test('a part needed while the program runs, with only an asynchronous resolveAssembly: a .NET exception names it', async () => {
  const { rt, out } = await captured({
    corlib: readFileSync(CORLIB),
    resolveAssembly: async (name) => (name.startsWith('mscorlib.') ? readFileSync(path.join(CORLIB_DIR, `${name}.dll`)) : null),
  });
  const name = await rt.loadAssembly(exe.byName);
  await assert.rejects(rt.runMain(name), (e) => {
    assert.ok(e instanceof ManagedError, String(e));
    // (the first part Type.GetType's own code reaches: it cannot wait for a promise)
    assert.match(e.message, /^System\.(IO\.FileNotFoundException|TypeLoadException): .*'mscorlib\.CoreLib\.\w+'/);
    return true;
  });
  rt.dispose();
  assert.match(out.stderr, /at ByName\.Main\(\)/);
});

test('a corlib given as a path or file: URL: its parts come from beside it', async () => {
  for (const corlib of [CORLIB, pathToFileURL(CORLIB), pathToFileURL(CORLIB).href]) {
    const { rt, out } = await captured({ corlib });
    assert.equal(await rt.runMain(await rt.loadAssembly(exe.parts)), 0);
    rt.dispose();
    assert.equal(out.stdout, PARTS_OUT, String(corlib));
  }
});

test('a missing part file is a clear error naming the file; the process carries on', async () => {
  const lonely = path.join(dir, 'lonely', 'mscorlib.dll');
  const { rt } = await captured({ corlib: lonely });
  await assert.rejects(rt.loadAssembly(exe.parts), (e) => {
    assert.ok(e instanceof CilantroError, String(e));
    assert.equal(e.code, 'MISSING_REFERENCE');
    assert.match(e.message, /'mscorlib\.System\.(Linq|Text\.RegularExpressions)' \(needed by Parts\), a part of the corlib/);
    const file = path.join(dir, 'lonely', 'mscorlib.System.Linq.dll');
    const file2 = path.join(dir, 'lonely', 'mscorlib.System.Text.RegularExpressions.dll');
    assert.ok(e.message.includes(`'${file}'`) || e.message.includes(`'${file2}'`), e.message);
    assert.match(e.message, /no such file/);
    return true;
  });
  rt.dispose();
  // the same corlib still runs what needs no part
  const { rt: rt2, out } = await captured({ corlib: lonely });
  assert.equal(await rt2.runMain(await rt2.loadAssembly(exe.hello)), 0);
  rt2.dispose();
  assert.equal(out.stdout, 'Hello, world!\ncaf\u00e9 \u2713\n');
});

test('allowMissingReferences: a missing part loads, and using it raises a .NET exception', async () => {
  const { rt, out } = await captured({ corlib: path.join(dir, 'lonely', 'mscorlib.dll'), allowMissingReferences: true });
  const name = await rt.loadAssembly(exe.parts);
  assert.deepEqual(rt.assemblies, ['mscorlib', 'Parts', 'mscorlib.CoreLib.Common']);
  await assert.rejects(rt.runMain(name), (e) => {
    assert.ok(e instanceof ManagedError, String(e));
    assert.match(e.message, /System\.Linq/);
    return true;
  });
  rt.dispose();
  assert.match(out.stderr, /System\.Linq/);
});

test('the CLI runs a program that needs parts; one whose corlib lacks them fails with one line', () => {
  const r = runCli([exe.parts]);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, PARTS_OUT);
  assert.equal(r.status, 0);
  // a folder with its own corlib (as `cilantro trim` writes one) but no parts beside it
  const app = path.join(dir, 'lonely', 'Parts.exe');
  copyFileSync(exe.parts, app);
  const bad = runCli([app]);
  assert.equal(bad.status, 1);
  assert.equal(bad.stdout, '');
  assert.match(bad.stderr, /^cilantro: cannot load assembly 'mscorlib\.System\.\S+' \(needed by Parts\), a part of the corlib: cannot open '[^']*lonely[\\/]mscorlib\.System\.\S+\.dll': no such file/);
  assert.equal(bad.stderr.trim().split('\n').length, 1, bad.stderr);
});

test('the parts a program needs are all asked for at once, then loaded in turn', async () => {
  // resolveAssembly answers after a delay: both parts are asked for before
  // either answer arrives (a page fetches them in parallel).
  const events = [];
  const { rt, out } = await captured({
    resolveAssembly: async (name) => {
      if (!name.startsWith('mscorlib.System.')) return null;
      events.push(`ask ${name}`);
      await new Promise((r) => setTimeout(r, 30));
      events.push(`answer ${name}`);
      return readFileSync(path.join(CORLIB_DIR, `${name}.dll`));
    },
  });
  const name = await rt.loadAssembly(exe.parts);
  assert.deepEqual(events.slice(0, 2).map((e) => e.split(' ')[0]), ['ask', 'ask'], events.join('; '));
  assert.deepEqual(events.filter((e) => e.startsWith('ask')).map((e) => e.slice(4)).sort(),
    ['mscorlib.System.Linq', 'mscorlib.System.Text.RegularExpressions']);
  assert.equal(await rt.runMain(name), 0);
  rt.dispose();
  assert.equal(out.stdout, PARTS_OUT);
});
