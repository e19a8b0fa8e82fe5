#!/usr/bin/env node
// serve.mjs — serves the repository on 127.0.0.1 for the demo pages and
// browser tests, so pages under web/ can load ../js/*.mjs,
// ../build/wasm/cilantro.wasm and assemblies; `/` goes to web/. The server
// itself (compression, MIME types) is the package's js/static-server.mjs.
//
//   node tools/serve.mjs [--port N] [--root DIR]      (PORT env also works; 0 = any free port)
//
// Browser tests can import { startServer } and use the URL it resolves to.

import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { acceptedEncodings, mimeType, startServer as startStaticServer } from '../js/static-server.mjs';

export { acceptedEncodings, mimeType };

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Starts the server on the repository (or `root`); resolves to { server, url, close() }. */
export function startServer({ root = REPO_ROOT, port = 8080, host = '127.0.0.1' } = {}) {
  return startStaticServer({ root, port, host, rootRedirect: 'web' });
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
