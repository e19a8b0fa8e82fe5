// static-server.mjs — the static HTTP server behind `cilantro dev` and the
// repository's tools/serve.mjs (demo pages, browser tests). Listens on
// 127.0.0.1 only and never serves outside its root.
//
// Responses are compressed the way a production static host does it (see
// docs/deploy.md): a precompressed sibling (`X.br`, `X.gz`, written by
// tools/precompress.mjs) when the client accepts it, else compressed on the
// fly (brotli quality 5 or gzip, kept in memory until the file changes).
// Files may be kept by the browser but are revalidated on every use
// (`no-cache`): a rebuilt file is always fetched again, an unchanged one costs
// a bodiless 304, and Chromium keeps its compiled code for the page's scripts.
// Every file has a weak ETag (size and mtime), and a request with a matching
// If-None-Match gets 304: that is also how the runtime's module cache in the
// page (js/index.mjs) learns its copy is current.

import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  // .NET assemblies are PE files: the IANA-registered type (docs/deploy.md
  // says why not application/octet-stream or application/x-msdownload).
  '.dll': 'application/vnd.microsoft.portable-executable',
  '.exe': 'application/vnd.microsoft.portable-executable',
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

// Worth compressing: text, and the binaries the runtime loads (wasm and
// assemblies shrink to 30-40%). Images are compressed already.
const COMPRESSIBLE = new Set(['.html', '.htm', '.js', '.mjs', '.css', '.json', '.map', '.wasm', '.dll', '.exe',
  '.pdb', '.txt', '.md', '.cs', '.ts', '.svg']);
const MIN_COMPRESS = 1024;

/** The encodings the client accepts, best first, among br and gzip (RFC 9110 q-values). */
export function acceptedEncodings(header) {
  const q = new Map();
  for (const part of String(header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    let weight = 1;
    for (const p of params) {
      const m = /^\s*q=([0-9.]+)\s*$/.exec(p);
      if (m) weight = Number(m[1]);
    }
    q.set(name, weight);
  }
  const weight = (e) => q.get(e) ?? (q.has('*') ? q.get('*') : 0);
  return ['br', 'gzip'].filter((e) => weight(e) > 0).sort((a, b) => weight(b) - weight(a));
}

const SUFFIX = { br: '.br', gzip: '.gz' };
const compressedCache = new Map();   // "file\0encoding" -> { mtimeMs, size, bytes }

function compressOnTheFly(file, st, encoding) {
  const key = `${file}\0${encoding}`;
  const hit = compressedCache.get(key);
  if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.bytes;
  const raw = readFileSync(file);
  // Quality 5 costs ~0.2 s for the 1.4 MB corlib and gets within 15% of
  // quality 11 (7 s): tools/precompress.mjs is for the last 15%.
  const bytes = encoding === 'br'
    ? brotliCompressSync(raw, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
    : gzipSync(raw, { level: 6 });
  compressedCache.set(key, { mtimeMs: st.mtimeMs, size: st.size, bytes });
  return bytes;
}

/**
 * What to send for a file: { file, encoding, bytes? } — a precompressed
 * sibling no older than the file, else an on-the-fly compression, else the
 * file itself.
 */
function chooseBody(file, st, acceptEncoding) {
  const encodings = acceptedEncodings(acceptEncoding);
  for (const encoding of encodings) {
    try {
      const sib = statSync(file + SUFFIX[encoding]);
      if (sib.isFile() && sib.mtimeMs >= st.mtimeMs) return { file: file + SUFFIX[encoding], size: sib.size, encoding };
    } catch { /* no precompressed sibling */ }
  }
  if (encodings.length > 0 && st.size >= MIN_COMPRESS && COMPRESSIBLE.has(path.extname(file).toLowerCase())) {
    const bytes = compressOnTheFly(file, st, encodings[0]);
    return { bytes, size: bytes.length, encoding: encodings[0] };
  }
  return { file, size: st.size, encoding: null };
}

// Kept by the browser, revalidated before every use (ETag, 304).
const FILE_CACHING = 'no-cache';

function send(res, status, text, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(text);
}

function handler(root, { rootRedirect, routes, injectHtml }) {
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed\n', { Allow: 'GET, HEAD' });
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      return send(res, 400, 'bad request\n');
    }
    const route = routes?.[pathname];
    if (route) return route(req, res);
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
        // The bare root may go elsewhere (the repository's demo pages) when that exists.
        if (pathname === '/' && rootRedirect) {
          try {
            if (statSync(path.join(root, rootRedirect, 'index.html')).isFile()) return send(res, 302, '', { Location: `/${rootRedirect}/` });
          } catch { /* not there: fall through to index.html */ }
        }
        file = path.join(file, 'index.html');
        st = statSync(file);
      }
    } catch {
      return send(res, 404, 'not found\n');
    }
    if (!st.isFile()) return send(res, 404, 'not found\n');
    if (injectHtml && /\.html?$/i.test(file)) return sendInjected(req, res, file, injectHtml);
    // A weak validator of the file's content (any encoding of it): a page
    // that keeps a copy itself (the runtime's module cache, js/index.mjs)
    // revalidates it with If-None-Match and gets a bodiless 304.
    const etag = `W/"${st.size.toString(36)}-${Math.floor(st.mtimeMs).toString(36)}"`;
    const match = req.headers['if-none-match'];
    if (match && match.split(',').some((t) => t.trim() === etag || t.trim() === '*')) {
      res.writeHead(304, { ETag: etag, 'Cache-Control': FILE_CACHING, Vary: 'Accept-Encoding' });
      return res.end();
    }
    let body;
    try {
      body = chooseBody(file, st, req.headers['accept-encoding']);
    } catch {
      return send(res, 404, 'not found\n');
    }
    res.writeHead(200, {
      'Content-Type': mimeType(file),
      'Content-Length': body.size,
      'Cache-Control': FILE_CACHING,
      ETag: etag,
      Vary: 'Accept-Encoding',
      ...(body.encoding ? { 'Content-Encoding': body.encoding } : {}),
    });
    if (req.method === 'HEAD') return res.end();
    if (body.bytes) return res.end(body.bytes);
    // Bounded to the announced length: a file that grows while it is sent
    // (a rebuild under `cilantro dev`) must not spill bytes into the next
    // response on a kept-alive connection.
    if (body.size === 0) return res.end();
    createReadStream(body.file, { start: 0, end: body.size - 1 })
      .on('error', () => res.destroy())
      .pipe(res);
  };
}

/** An HTML page with `html` added before </body> (the dev command's reload script). */
function sendInjected(req, res, file, html) {
  let page;
  try {
    page = readFileSync(file, 'utf8');
  } catch {
    return send(res, 404, 'not found\n');
  }
  const at = page.lastIndexOf('</body>');
  page = at >= 0 ? page.slice(0, at) + html + page.slice(at) : page + html;
  const bytes = Buffer.from(page);
  res.writeHead(200, { 'Content-Type': mimeType(file), 'Content-Length': bytes.length, 'Cache-Control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

/**
 * Starts the server; resolves to { server, url, close() }.
 *   root          the folder served
 *   rootRedirect  a folder `/` redirects to when it has an index.html
 *   routes        { '/path': (req, res) => void } answered before files
 *   injectHtml    markup added to every HTML page before </body>
 */
export function startServer({ root, port = 8080, host = '127.0.0.1', rootRedirect = null, routes = null, injectHtml = null }) {
  const absRoot = path.resolve(root);
  const server = createServer(handler(absRoot, { rootRedirect, routes, injectHtml }));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const { port: actual } = server.address();
      resolve({
        server,
        url: `http://${host}:${actual}/`,
        close: () => new Promise((done) => {
          server.closeAllConnections?.();
          server.close(() => done());
        }),
      });
    });
  });
}

