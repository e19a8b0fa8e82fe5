#!/usr/bin/env node
// precompress.mjs — writes X.br (brotli quality 11) and X.gz (gzip level 9)
// beside every compressible file of a folder, for static hosts that serve
// precompressed siblings (tools/serve.mjs does; see docs/deploy.md).
// Up-to-date siblings are kept, so a second run is quick.
//
//   node tools/precompress.mjs DIR...

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants as zc, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(html?|m?js|css|json|map|wasm|dll|exe|pdb|txt|svg)$/i;
const MIN_SIZE = 1024;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (entry.isFile()) yield full;
  }
}

function fresh(target, source) {
  try {
    return statSync(target).mtimeMs >= statSync(source).mtimeMs;
  } catch {
    return false;
  }
}

/** Precompresses the files under dir; returns [{ file, raw, br, gz }] for the files written. */
export function precompress(dir) {
  const written = [];
  for (const file of files(dir)) {
    if (!COMPRESSIBLE.test(file)) continue;
    const raw = readFileSync(file);
    if (raw.length < MIN_SIZE) continue;
    if (fresh(`${file}.br`, file) && fresh(`${file}.gz`, file)) continue;
    const br = brotliCompressSync(raw, { params: { [zc.BROTLI_PARAM_QUALITY]: 11, [zc.BROTLI_PARAM_SIZE_HINT]: raw.length } });
    const gz = gzipSync(raw, { level: 9 });
    writeFileSync(`${file}.br`, br);
    writeFileSync(`${file}.gz`, gz);
    written.push({ file, raw: raw.length, br: br.length, gz: gz.length });
  }
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0) {
    process.stderr.write('usage: node tools/precompress.mjs DIR...\n');
    process.exitCode = 2;
  }
  for (const dir of dirs) {
    for (const w of precompress(dir)) {
      process.stdout.write(`${w.file}: ${w.raw} -> br ${w.br}, gzip ${w.gz}\n`);
    }
  }
}
