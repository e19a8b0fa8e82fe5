// A small HTTP server for the HttpClient tests (tests/js/http.test.mjs,
// tests/browser/http.test.mjs): text, JSON, an echo of method/headers/body,
// statuses, a chunked body, redirects, slow answers, bytes and charsets.
// `startHttpServer()` listens on 127.0.0.1 on a free port.
import http from 'node:http';

function echo(req, body) {
  const h = (n) => req.headers[n] ?? '-';
  const text = body.length && /octet-stream/.test(h('content-type'))
    ? [...body].join(',')
    : body.toString('utf8');
  return `${req.method} ${req.url} type=${h('content-type')} length=${h('content-length')} ` +
    `custom=${h('x-custom')} multi=${h('x-multi')} note=${h('x-content-note')} body=${text}`;
}

export function handle(req, res, extra) {
  const url = new URL(req.url, 'http://localhost');
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const p = url.pathname;
    if (extra && extra(req, res, url, body)) return;
    if (p === '/text') {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('hello from the server');
    } else if (p === '/json') {
      const s = JSON.stringify({ name: 'cilantro', items: [1, 2, 3], ok: true });
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(s), 'X-Api': 'v1' });
      res.end(s);
    } else if (p === '/echo') {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(echo(req, body));
    } else if (p === '/headers') {
      const h = (n) => req.headers[n] ?? '-';
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end(`accept=${h('accept')} authorization=${h('authorization')} x-default=${h('x-default')} x-handler=${h('x-handler')}`);
    } else if (p === '/auth') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end(`authorization=${req.headers.authorization ?? '-'}`);
    } else if (p.startsWith('/status/')) {
      res.writeHead(Number(p.slice(8)), { 'Content-Type': 'text/plain' });
      res.end('status body');
    } else if (p === '/chunked') {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });   // no length: chunked
      let i = 0;
      const next = () => {
        if (i === 50) { res.end(); return; }
        res.write(`line ${i++} ${'x'.repeat(i * 7)}\n`);
        setTimeout(next, i % 10 === 0 ? 5 : 0);
      };
      next();
    } else if (p === '/redirect') {
      res.writeHead(Number(url.searchParams.get('code') ?? 302), { Location: url.searchParams.get('to') });
      res.end();
    } else if (p === '/slow') {
      const t = setTimeout(() => {
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.end('slow done');
      }, Number(url.searchParams.get('ms') ?? 1000));
      res.on('close', () => clearTimeout(t));
    } else if (p === '/big') {
      // chunked, 64 KiB a write: `mb` MiB of a repeating pattern
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      const piece = Buffer.from(Array.from({ length: 65536 }, (_, i) => i % 251));
      let left = Number(url.searchParams.get('mb') ?? 8) * 16;
      const more = () => { while (left > 0) { left--; if (!res.write(piece)) { res.once('drain', more); return; } } res.end(); };
      more();
    } else if (p === '/bytes') {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      res.end(Buffer.from(Array.from({ length: 256 }, (_, i) => i)));
    } else if (p === '/latin1') {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=iso-8859-1' });
      res.end(Buffer.from('caf\u00e9 na\u00efve', 'latin1'));
    } else if (p === '/bom') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('bom text', 'utf8')]));
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('missing');
    }
  });
}

/** Starts the server; resolves to { url, close, closedUrl } (closedUrl: a port nothing listens on). */
export async function startHttpServer(extra) {
  const server = http.createServer((req, res) => handle(req, res, extra));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  // a port that was free a moment ago and is closed now
  const probe = http.createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const closedUrl = `http://127.0.0.1:${probe.address().port}/`;
  await new Promise((resolve) => probe.close(resolve));
  return {
    url,
    closedUrl,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}

// `node tests/js/lib/http-server.mjs`: serve until killed, printing the URL
if (import.meta.url === `file://${process.argv[1]}`) {
  const s = await startHttpServer();
  console.log(s.url, s.closedUrl);
}
