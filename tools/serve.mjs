#!/usr/bin/env node
// serve.mjs — a small static HTTP server for the demo pages and browser
// tests. Serves the repository root on 127.0.0.1 only, so pages under web/
// can load ../js/*.mjs, ../build/wasm/cilantro.wasm and assemblies.
//
//   node tools/serve.mjs [--port N] [--root DIR]      (PORT env also works; 0 = any free port)
//
// Browser tests can import { startServer } and use the URL it resolves to.

import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.dll': 'application/octet-stream',
  '.exe': 'application/octet-stream',
  '.pdb': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.cs': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
};

export function mimeType(file) {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function send(res, status, text, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(text);
}

function handler(root) {
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed\n', { Allow: 'GET, HEAD' });
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      return send(res, 400, 'bad request\n');
    }
    if (pathname.includes('\0')) return send(res, 400, 'bad request\n');
    // Resolve inside root; anything that climbs out of it does not exist.
    let file = path.join(root, path.normalize(pathname));
    if (file !== root && !file.startsWith(root.endsWith(path.sep) ? root : root + path.sep)) {
      return send(res, 404, 'not found\n');
    }
    let st;
    try {
      st = statSync(file);
      if (st.isDirectory()) {
        if (!pathname.endsWith('/')) return send(res, 301, '', { Location: `${pathname}/` });
        // The bare root goes to the demo page when there is one.
        if (pathname === '/') {
          try {
            if (statSync(path.join(root, 'web', 'index.html')).isFile()) return send(res, 302, '', { Location: '/web/' });
          } catch { /* no demo page: fall through to index.html */ }
        }
        file = path.join(file, 'index.html');
        st = statSync(file);
      }
    } catch {
      return send(res, 404, 'not found\n');
    }
    if (!st.isFile()) return send(res, 404, 'not found\n');
    res.writeHead(200, {
      'Content-Type': mimeType(file),
      'Content-Length': st.size,
      'Cache-Control': 'no-store',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  };
}

/** Starts the server; resolves to { server, url, close() }. */
export function startServer({ root = REPO_ROOT, port = 8080, host = '127.0.0.1' } = {}) {
  const absRoot = path.resolve(root);
  const server = createServer(handler(absRoot));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const { port: actual } = server.address();
      resolve({
        server,
        url: `http://${host}:${actual}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

async function main(argv) {
  let port = process.env.PORT !== undefined ? Number(process.env.PORT) : 8080;
  let root = REPO_ROOT;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--port' && i + 1 < argv.length) port = Number(argv[++i]);
    else if (argv[i] === '--root' && i + 1 < argv.length) root = argv[++i];
    else {
      process.stderr.write(`serve: unknown argument '${argv[i]}'\nusage: node tools/serve.mjs [--port N] [--root DIR]\n`);
      process.exitCode = 2;
      return;
    }
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`serve: bad port '${port}'\n`);
    process.exitCode = 2;
    return;
  }
  try {
    const { url } = await startServer({ root, port });
    process.stdout.write(`Serving ${path.resolve(root)} at ${url} (Ctrl-C to stop)\n`);
  } catch (e) {
    process.stderr.write(`serve: cannot listen on 127.0.0.1:${port}: ${e.message}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main(process.argv.slice(2));
}
