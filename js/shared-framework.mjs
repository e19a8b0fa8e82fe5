// shared-framework.mjs — the installed .NET shared framework
// (<root>/shared/Microsoft.NETCore.App/<version>/), where the Node CLI finds
// framework assemblies the corlib lacks types of (System.Text.Json,
// System.Private.Xml, ...) when they are not beside the app, and where
// `cilantro trim` copies them from into a page's folder. The native host does
// the same search (runtime/host/main_native.c); docs/libraries.md describes it.
//
// Roots, in order: CILANTRO_SHARED_FRAMEWORK (the version folder itself;
// "none" turns the search off), DOTNET_ROOT, /usr/share/dotnet,
// /usr/lib/dotnet, /usr/local/share/dotnet, ~/.dotnet. Version: the newest
// whose major is the one the app references the assembly with, else the newest.

import { createRequire } from 'node:module';
import path from 'node:path';

// require(), not import, for built-ins: see node.mjs (start-up cost).
const require = createRequire(import.meta.url);
const { existsSync, readdirSync } = require('node:fs');
// node:os (its binding) only when a search needs the home folder
const homedir = () => require('node:os').homedir();

function parseVersion(text) {
  const m = /^(\d+)\.(\d+)\.(\d+)(?:\.(\d+))?(-.*)?$/.exec(text);
  if (!m) return null;
  // a preview (10.0.0-rc.1) sorts before its release
  return [Number(m[1]), Number(m[2]), Number(m[3]), m[5] ? -1 : Number(m[4] ?? 0)];
}

function compareVersions(a, b) {
  for (let k = 0; k < 4; k++) if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
  return 0;
}

/** The Microsoft.NETCore.App version folder to look in, or null. */
export function sharedFrameworkDir(major, env = process.env) {
  const fixed = env.CILANTRO_SHARED_FRAMEWORK;
  if (fixed) return fixed === 'none' ? null : fixed;
  const roots = [env.DOTNET_ROOT, '/usr/share/dotnet', '/usr/lib/dotnet', '/usr/local/share/dotnet',
    path.join(homedir(), '.dotnet')];
  let best = null;
  let bestAny = null;
  for (const root of roots) {
    if (!root) continue;
    const base = path.join(root, 'shared', 'Microsoft.NETCore.App');
    let names;
    try {
      names = readdirSync(base);
    } catch {
      continue;
    }
    for (const name of names) {
      const v = parseVersion(name);
      const dir = path.join(base, name);
      if (!v || !existsSync(path.join(dir, 'System.Private.CoreLib.dll'))) continue;
      if (v[0] === major && (!best || compareVersions(v, best.v) > 0)) best = { v, dir };
      if (!bestAny || compareVersions(v, bestAny.v) > 0) bestAny = { v, dir };
    }
  }
  return (best ?? bestAny)?.dir ?? null;
}

/** The path of <name>.dll in the shared framework for that major version, or null. */
export function findInSharedFramework(name, major, env = process.env) {
  const dir = sharedFrameworkDir(major, env);
  if (!dir) return null;
  const file = path.join(dir, name + '.dll');
  return existsSync(file) ? file : null;
}
