// System.Net.Http end to end: tests/http/HttpClientApp (an SDK program using
// HttpClient as .NET developers do) against the local server in
// lib/http-server.mjs. Real .NET 10 runs it first; its output is the expected
// output for Cilantro's wasm build (Node CLI: requests go through fetch) and
// native build (HTTP/1.1 over sockets). Every child runs asynchronously, so
// this process's event loop keeps serving. Needs `make native wasm corlib`.
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, CLI, compileCs, tempDir, buildSdkProject, hasDotnet, runAsync as run } from './lib/helpers.mjs';
import { createRuntime, ManagedError } from '../../js/node.mjs';
import { startHttpServer } from './lib/http-server.mjs';

const PROJECT = path.join(ROOT, 'tests', 'http', 'HttpClientApp', 'HttpClientApp.csproj');
const NATIVE = path.join(ROOT, 'build', 'native', 'cilantro');
let server, dll, expected;

before(async () => {
  if (!hasDotnet) return;
  dll = await buildSdkProject(PROJECT, 'HttpClientApp');
  server = await startHttpServer();
  const r = await run('dotnet', [dll, server.url, server.closedUrl]);
  assert.equal(r.status, 0, r.stderr);
  expected = r.stdout;
});

after(async () => { await server?.close(); });

const opts = { skip: hasDotnet ? false : 'no .NET SDK', timeout: 120000 };

test('real .NET covers every section of the program (the oracle is sane)', opts, () => {
  for (const section of ['GetStringAsync', 'GetAsync json', 'PostAsync StringContent', 'PUT, PATCH, DELETE', 'HEAD and OPTIONS', '404', 'chunked',
    'redirects', 'bytes and streams', 'charsets', 'default headers and a handler', 'timeout', 'cancellation', 'unreachable',
    'busy while waiting', 'request rules', 'headers API']) {
    assert.match(expected, new RegExp(`^== ${section.replace(/[.*+?()[\]]/g, '\\$&')}$`, 'm'));
  }
  assert.doesNotMatch(expected, /^ {2}threw /m);
  assert.match(expected, /Response status code does not indicate success: 404 \(Not Found\)\./);
  assert.match(expected, /TaskCanceledException: The request was canceled due to the configured HttpClient\.Timeout of 0\.5 seconds elapsing\./);
});

test('wasm (Node CLI, fetch): the same output as .NET', opts, async () => {
  const r = await run(process.execPath, [CLI, dll, server.url, server.closedUrl]);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, expected);
  assert.equal(r.status, 0);
});

test('native (HTTP/1.1 over sockets): the same output as .NET', { ...opts, skip: opts.skip || (existsSync(NATIVE) ? false : 'no native build') }, async () => {
  const r = await run(NATIVE, [dll, server.url, server.closedUrl]);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, expected);
  assert.equal(r.status, 0);
});

test('native: https:// is a PlatformNotSupportedException naming the wasm build; wasm tries it (fetch) and fails to connect', { ...opts, skip: opts.skip || (existsSync(NATIVE) ? false : 'no native build') }, async () => {
  const https = server.closedUrl.replace('http:', 'https:');
  const n = await run(NATIVE, [dll, server.url, https]);
  assert.match(n.stdout, /== unreachable\n {2}threw System\.PlatformNotSupportedException: The native Cilantro host speaks plain HTTP only: https:\/\/ URLs need the wasm build/);
  const w = await run(process.execPath, [CLI, dll, server.url, https]);
  assert.match(w.stdout, /== unreachable\n {2}System\.Net\.Http\.HttpRequestException error=ConnectionError status=null/);
});

const LIBRARY = `
using System.Net.Http;
using System.Threading.Tasks;
public static class Fetcher
{
    public static async Task<string> Get(string url) { using (var c = new HttpClient()) return await c.GetStringAsync(url); }
    public static async Task<int> Status(string url) { using (var c = new HttpClient()) using (var r = await c.GetAsync(url)) return (int)r.StatusCode; }
    public static async Task<string> Post(string url, string body)
    {
        using (var c = new HttpClient())
        using (var r = await c.PostAsync(url, new StringContent(body)))
            return await r.Content.ReadAsStringAsync();
    }
}`;

test('library mode: rt.invoke of async methods using HttpClient (no Main), several at once', async () => {
  const dir = tempDir('cilantro-http-lib-');
  const dllPath = compileCs(dir, 'Fetcher', LIBRARY, { target: 'library', refs: ['System.Net.Http.dll'] });
  const s = await startHttpServer();
  const rt = await createRuntime({ stdout: () => {}, stderr: () => {} });
  try {
    // awaiting a returned Task goes through Cilantro.Interop (docs/interop.md)
    await rt.loadAssembly(path.join(ROOT, 'build', 'interop', 'Cilantro.Interop.dll'));
    const name = await rt.loadAssembly(dllPath);
    const [text, status, echoed] = await Promise.all([
      rt.invoke(name, 'Fetcher', 'Get', [`${s.url}/text`]),
      rt.invoke(name, 'Fetcher', 'Status', [`${s.url}/missing`]),
      rt.invoke(name, 'Fetcher', 'Post', [`${s.url}/echo`, 'from JS']),
    ]);
    assert.equal(text, 'hello from the server');
    assert.equal(status, 404);
    assert.match(echoed, /^POST \/echo type=text\/plain; charset=utf-8 length=7 .* body=from JS$/);
    await assert.rejects(rt.invoke(name, 'Fetcher', 'Get', [`${s.url}/missing`]),
      (e) => e instanceof ManagedError && /HttpRequestException: Response status code does not indicate success: 404 \(Not Found\)\./.test(e.message));
    await assert.rejects(rt.invoke(name, 'Fetcher', 'Get', ['relative']),
      (e) => e instanceof ManagedError && /InvalidOperationException: An invalid request URI was provided/.test(e.message));
  } finally {
    rt.dispose();
    await s.close();
  }
});

test('a Node script that used HttpClient through rt.invoke exits without dispose (the 100 s Timeout timer does not hold it)', async () => {
  const dir = tempDir('cilantro-http-exit-');
  const dllPath = compileCs(dir, 'Fetcher', LIBRARY, { target: 'library', refs: ['System.Net.Http.dll'] });
  const script = path.join(dir, 'run.mjs');
  writeFileSync(script, `
import { createRuntime } from ${JSON.stringify(path.join(ROOT, 'js', 'node.mjs'))};
const rt = await createRuntime();
await rt.loadAssembly(${JSON.stringify(path.join(ROOT, 'build', 'interop', 'Cilantro.Interop.dll'))});
const n = await rt.loadAssembly(${JSON.stringify(dllPath)});
console.log(await rt.invoke(n, 'Fetcher', 'Get', [process.argv[2]]));
`);
  const s = await startHttpServer();
  try {
    const started = Date.now();
    const r = await run(process.execPath, [script, `${s.url}/text`]);
    assert.equal(r.stdout, 'hello from the server\n', r.stderr);
    assert.equal(r.status, 0);
    assert.ok(Date.now() - started < 30000, `took ${Date.now() - started} ms`);
  } finally {
    await s.close();
  }
});
