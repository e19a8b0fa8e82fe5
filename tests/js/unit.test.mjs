// Parts of the JS package that do not need the wasm build: output decoding,
// size parsing, the exports/types contract, the browser entry's imports, the
// dev server.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { LineSink, parseByteSize, TextSink } from '../../js/core.mjs';
import { ROOT } from './lib/helpers.mjs';

const enc = new TextEncoder();

test('TextSink decodes UTF-8 split across chunks', () => {
  const bytes = enc.encode('a\u00e9\u2713\u{1F600}z');
  // Every split point, including ones inside multi-byte characters.
  for (let cut = 0; cut <= bytes.length; cut++) {
    let text = '';
    const sink = new TextSink((t) => { text += t; });
    sink.write(bytes.subarray(0, cut));
    sink.write(bytes.subarray(cut));
    sink.end();
    assert.equal(text, 'a\u00e9\u2713\u{1F600}z', `cut at ${cut}`);
  }
});

test('TextSink byte-by-byte never emits a broken character', () => {
  const chunks = [];
  const sink = new TextSink((t) => chunks.push(t));
  for (const b of enc.encode('\u00e9\u{1F600}')) sink.write(Uint8Array.of(b));
  sink.end();
  assert.deepEqual(chunks, ['\u00e9', '\u{1F600}']);
});

test('LineSink emits whole lines and the tail at end()', () => {
  const got = [];
  const sink = new LineSink((l) => got.push(l));
  const bytes = enc.encode('one\ntw\u00f6\n\nthree');
  for (const b of bytes) sink.write(Uint8Array.of(b));
  assert.deepEqual(got, ['one', 'tw\u00f6', '']);
  sink.end();
  assert.deepEqual(got, ['one', 'tw\u00f6', '', 'three']);
});

test('parseByteSize', () => {
  assert.equal(parseByteSize(undefined), 0);
  assert.equal(parseByteSize(65536), 65536);
  assert.equal(parseByteSize('65536'), 65536);
  assert.equal(parseByteSize('256k'), 256 * 1024);
  assert.equal(parseByteSize('64m'), 64 * 1024 * 1024);
  assert.equal(parseByteSize('64MB'), 64 * 1024 * 1024);
  assert.equal(parseByteSize('1g'), 1024 ** 3);
  assert.throws(() => parseByteSize('4g'), RangeError);
  assert.throws(() => parseByteSize('12x'), RangeError);
  assert.throws(() => parseByteSize(1.5), RangeError);
  assert.throws(() => parseByteSize(-1), RangeError);
});

test('node and browser entries export the same names, all declared in index.d.ts', async () => {
  const node = await import('../../js/node.mjs');
  const browser = await import('../../js/index.mjs');
  assert.deepEqual(Object.keys(node).sort(), Object.keys(browser).sort());
  const dts = readFileSync(path.join(ROOT, 'js', 'index.d.ts'), 'utf8');
  const declared = [...dts.matchAll(/^export (?:declare )?(?:function|const|class|let) (\w+)/gm)].map((m) => m[1]).sort();
  assert.deepEqual(Object.keys(node).sort(), declared);
});

test('the browser entry never imports node: modules', () => {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]/gm)) {
      assert.ok(!m[1].startsWith('node:') && !['fs', 'path', 'url'].includes(m[1]), `${path.basename(file)} imports ${m[1]}`);
      if (m[1].startsWith('.')) visit(path.resolve(path.dirname(file), m[1]));
    }
    assert.ok(!/\bimport\s*\(\s*['"]node:/.test(src), `${path.basename(file)} imports node: dynamically`);
  };
  for (const entry of ['index.mjs', 'browser/dom.mjs', 'browser/page.mjs']) visit(path.join(ROOT, 'js', entry));
  assert.ok(seen.size >= 4);
});

test('subpath exports cilantro/dom and cilantro/page resolve, with every export declared in their .d.ts', async () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  for (const [sub, names] of [['./dom', ['registerDom', 'domFunctions']], ['./page', ['startApp', 'progressReporter', 'showError', 'OutputPane']]]) {
    const entry = pkg.exports[sub];
    assert.ok(entry, `package.json exports ${sub}`);
    // A self-reference goes through the exports map exactly as a dependent package's import does.
    const mod = await import(`cilantro/${sub.slice(2)}`);
    assert.equal(import.meta.resolve(`cilantro/${sub.slice(2)}`), pathToFileURL(path.join(ROOT, entry.default)).href);
    for (const n of names) assert.ok(n in mod, `cilantro/${sub.slice(2)} exports ${n}`);
    const dts = readFileSync(path.join(ROOT, entry.types), 'utf8');
    const declared = [...dts.matchAll(/^export (?:declare )?(?:function|const|class|let) (\w+)/gm)].map((m) => m[1]).sort();
    assert.deepEqual(Object.keys(mod).sort(), declared, `${entry.types} declares what ${entry.default} exports`);
  }
});

test('package.json: exports, bin, types and files point at real files', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  assert.equal(pkg.name, 'cilantro');
  assert.equal(pkg.type, 'module');
  const entry = pkg.exports['.'];
  for (const f of [entry.node, entry.default, entry.types, pkg.types, pkg.bin.cilantro]) {
    assert.ok(readFileSync(path.join(ROOT, f)).length > 0, f);
  }
  // `env -S` passes the bin's V8 flag (js/bin.cjs)
  assert.match(readFileSync(path.join(ROOT, pkg.bin.cilantro), 'utf8'), /^#!\/usr\/bin\/env (-S )?node\b/);
  // build/corlib/*.dll: the corlib and its parts (mscorlib.System.Linq.dll, ...)
  // both splits of the module (createRuntime's wasmSplit: typical, small)
  for (const f of ['js/', 'build/wasm/cilantro.wasm', 'build/wasm/cilantro.lazy.wasm', 'build/wasm/cilantro.small.wasm',
    'build/wasm/cilantro.small.lazy.wasm', 'build/corlib/*.dll']) assert.ok(pkg.files.includes(f), f);
});

test("the browser entry names every part of the corlib (corlib/parts.txt, corlib/core-parts.txt) with a literal URL bundlers see", () => {
  const names = (file, prefix) => readFileSync(path.join(ROOT, 'corlib', file), 'utf8').split('\n')
    .map((l) => /^([\w.]+):/.exec(l.trim())?.[1]).filter(Boolean).map((p) => prefix + p);
  const parts = [...names('parts.txt', 'mscorlib.'), ...names('core-parts.txt', 'mscorlib.CoreLib.')];
  assert.ok(parts.includes('mscorlib.CoreLib.Globalization'), parts.join(', '));
  assert.ok(parts.includes('mscorlib.System.Linq') && parts.includes('mscorlib.System.Text.RegularExpressions'), parts.join(', '));
  const source = readFileSync(path.join(ROOT, 'js', 'index.mjs'), 'utf8');
  const named = [...source.matchAll(/\['([\w.]+)', new URL\('\.\.\/build\/corlib\/([\w.]+)\.dll', import\.meta\.url\)\]/g)];
  for (const [, name, file] of named) assert.equal(file, name, `index.mjs: ${name} -> ${file}.dll`);
  assert.deepEqual(named.map((m) => m[1]).sort(), [...parts].sort());
});

test('the browser entry names every module file the package ships (both splits) with a literal URL bundlers see', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const shipped = pkg.files.filter((f) => f.startsWith('build/wasm/'));
  assert.deepEqual(shipped.sort(), ['build/wasm/cilantro.lazy.wasm', 'build/wasm/cilantro.small.lazy.wasm', 'build/wasm/cilantro.small.wasm', 'build/wasm/cilantro.wasm']);
  const source = readFileSync(path.join(ROOT, 'js', 'index.mjs'), 'utf8');
  for (const f of shipped) assert.ok(source.includes(`new URL('../${f}', import.meta.url)`), f);
});

test('version.mjs matches package.json', async () => {
  const { VERSION } = await import('../../js/node.mjs');
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  assert.equal(VERSION, pkg.version);
});

test('serve.mjs serves files with the right MIME types and stays inside its root', async () => {
  const { startServer } = await import('../../tools/serve.mjs');
  const srv = await startServer({ root: ROOT, port: 0 });
  try {
    const get = (p) => fetch(new URL(p, srv.url));
    let r = await get('package.json');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type'), /^application\/json/);
    assert.equal(JSON.parse(await r.text()).name, 'cilantro');
    r = await get('js/core.mjs');
    assert.match(r.headers.get('content-type'), /^text\/javascript/);
    await r.arrayBuffer();
    r = await get('no/such/file.txt');
    assert.equal(r.status, 404);
    await r.arrayBuffer();
    r = await get('%2e%2e/%2e%2e/etc/passwd');
    assert.equal(r.status, 404);
    await r.arrayBuffer();
    const { mimeType } = await import('../../tools/serve.mjs');
    assert.equal(mimeType('x/cilantro.wasm'), 'application/wasm');
    assert.equal(mimeType('App.DLL'), 'application/vnd.microsoft.portable-executable');
    assert.equal(mimeType('App.pdb'), 'application/octet-stream');
  } finally {
    await srv.close();
  }
});

/** A raw GET (fetch would decode the body and hide Content-Encoding). */
function rawGet(url, headers) {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

test('serve.mjs sends an ETag and answers a matching If-None-Match with a bodiless 304', async () => {
  const { startServer } = await import('../../tools/serve.mjs');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cilantro-serve-'));
  writeFileSync(path.join(dir, 'App.dll'), 'x'.repeat(5000));
  const srv = await startServer({ root: dir, port: 0 });
  try {
    const url = new URL('App.dll', srv.url);
    const first = await rawGet(url, { 'accept-encoding': 'br' });
    const etag = first.headers.etag;
    assert.match(etag, /^W\/"[0-9a-z]+-[0-9a-z]+"$/);
    assert.equal((await rawGet(url, {})).headers.etag, etag, 'one validator for every encoding of the file');
    let r = await rawGet(url, { 'if-none-match': etag, 'accept-encoding': 'br' });
    assert.equal(r.status, 304);
    assert.equal(r.body.length, 0);
    assert.equal(r.headers.etag, etag);
    r = await rawGet(url, { 'if-none-match': `W/"other", ${etag}` });
    assert.equal(r.status, 304, 'a list of validators matches when one does');
    r = await rawGet(url, { 'if-none-match': 'W/"other"' });
    assert.equal(r.status, 200);
    assert.equal(r.body.length, 5000);
    // a changed file has a new validator: the old one gets the new content
    const later = new Date(Date.now() + 5000);
    writeFileSync(path.join(dir, 'App.dll'), 'y'.repeat(6000));
    utimesSync(path.join(dir, 'App.dll'), later, later);
    r = await rawGet(url, { 'if-none-match': etag });
    assert.equal(r.status, 200);
    assert.notEqual(r.headers.etag, etag);
    assert.equal(r.body.toString(), 'y'.repeat(6000));
  } finally {
    await srv.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('serve.mjs compresses: brotli or gzip as accepted, precompressed siblings first', async () => {
  const { startServer, acceptedEncodings } = await import('../../tools/serve.mjs');
  assert.deepEqual(acceptedEncodings('gzip, deflate, br'), ['br', 'gzip']);
  assert.deepEqual(acceptedEncodings('br;q=0.5, gzip'), ['gzip', 'br']);
  assert.deepEqual(acceptedEncodings('gzip;q=0, identity'), []);
  assert.deepEqual(acceptedEncodings('*'), ['br', 'gzip']);
  assert.deepEqual(acceptedEncodings(undefined), []);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cilantro-serve-'));
  const text = 'Console.WriteLine("hello");\n'.repeat(400);
  writeFileSync(path.join(dir, 'App.dll'), text);
  writeFileSync(path.join(dir, 'small.js'), 'export {};\n');
  const srv = await startServer({ root: dir, port: 0 });
  try {
    const url = (p) => new URL(p, srv.url);
    let r = await rawGet(url('App.dll'), { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(r.status, 200);
    assert.equal(r.headers['content-encoding'], 'br');
    assert.equal(r.headers['content-type'], 'application/vnd.microsoft.portable-executable');
    assert.match(r.headers.vary, /Accept-Encoding/);
    assert.equal(Number(r.headers['content-length']), r.body.length);
    assert.ok(r.body.length < text.length / 10, `compressed to ${r.body.length} of ${text.length}`);
    assert.equal(brotliDecompressSync(r.body).toString(), text);
    r = await rawGet(url('App.dll'), { 'accept-encoding': 'gzip' });
    assert.equal(r.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(r.body).toString(), text);
    r = await rawGet(url('App.dll'), {});
    assert.equal(r.headers['content-encoding'], undefined);
    assert.equal(r.body.toString(), text);
    r = await rawGet(url('small.js'), { 'accept-encoding': 'br' });
    assert.equal(r.headers['content-encoding'], undefined, 'tiny files go out as they are');
    // A precompressed sibling wins over compressing on the fly...
    const { precompress } = await import('../../tools/precompress.mjs');
    assert.equal(precompress(dir).length, 1);
    assert.equal(precompress(dir).length, 0, 'up-to-date siblings are kept');
    writeFileSync(path.join(dir, 'App.dll.br'), brotliCompressSync(Buffer.from('from the sibling')));
    r = await rawGet(url('App.dll'), { 'accept-encoding': 'br' });
    assert.equal(brotliDecompressSync(r.body).toString(), 'from the sibling');
    // ...unless it is older than the file.
    const past = new Date(Date.now() - 60000);
    utimesSync(path.join(dir, 'App.dll.br'), past, past);
    r = await rawGet(url('App.dll'), { 'accept-encoding': 'br' });
    assert.equal(brotliDecompressSync(r.body).toString(), text);
  } finally {
    await srv.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
