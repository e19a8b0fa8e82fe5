#!/usr/bin/env bash
# size.sh — what the hello page (web/hello/) costs on the wire: brotli-11 of
# every file the page fetches (HTML, CSS, the JS modules it imports, the wasm
# module's first part, the corlib, hello.exe), once with the full corlib and once with the
# corlib `cilantro trim` keeps for hello.exe (and the module's small split,
# cilantro.small.wasm, which startApp's trimmed option picks); then what the corlib's bytes are
# (metadata tables, IL, heaps, resources). The README quotes its figures.
# The corlib a page fetches is the core (mscorlib.dll) and the parts its
# program needs (corlib/parts.txt; docs/corlib.md, "Parts"), taken here as the
# parts `cilantro trim` keeps for it: none for hello. The other parts are
# listed apart, as not fetched by hello, like the wasm module's lazy part.
#
#   tools/size.sh          (needs `make wasm corlib web trim`)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

APP=build/web/hello.exe
TRIMMED=build/size/hello
for f in build/wasm/cilantro.wasm build/wasm/cilantro.small.wasm build/corlib/mscorlib.dll "$APP" build/trim/cilantro-trim.dll; do
    [ -f "$f" ] || { echo "size.sh: $f is missing (make wasm corlib web trim)" >&2; exit 1; }
done
rm -rf "$TRIMMED"
dotnet build/trim/cilantro-trim.dll --corlib build/corlib/mscorlib.dll "$APP" -o "$TRIMMED" > /dev/null

PARTS=()
[ -f build/corlib/parts.txt ] && mapfile -t PARTS < build/corlib/parts.txt
node --input-type=module - "$APP" "$TRIMMED" "${PARTS[@]}" <<'JS'
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const [app, trimmed, ...parts] = process.argv.slice(2);
// the parts hello needs: those `cilantro trim` kept for it
const needed = parts.filter((p) => existsSync(`${trimmed}/${p}.dll`));
const html = 'web/hello/index.html';

// The page's own files and the JS module graph from its inline import: the
// modules imported statically (minified or not), which the page fetches
// before anything runs. A module imported with import('./x.mjs') is fetched
// only when a program needs it (js/core.mjs: JS interop, HttpClient's
// transport): listed apart, with what it imports that the page does not.
const staticImport = /(?:^|[\s;})])(?:import|export)\s*(?:[\w$*{][^'"]*?\bfrom\s*)?['"](\.[^'"]+\.m?js)['"]/g;
const dynamicImport = /\bimport\(\s*['"](\.[^'"]+\.m?js)['"]\s*\)/g;
const lazyJs = new Set();
function moduleGraph(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '');   // (not imports in comments)
    for (const m of src.matchAll(staticImport)) visit(path.normalize(path.join(path.dirname(file), m[1])));
    for (const m of src.matchAll(dynamicImport)) lazyJs.add(path.normalize(path.join(path.dirname(file), m[1])));
  };
  visit(entry);
  return [...seen];
}
const page = readFileSync(html, 'utf8');
const inline = [...page.matchAll(/from '(\.\.\/[^']+\.mjs)'/g)].map((m) => path.normalize(path.join('web/hello', m[1])));
const css = [...page.matchAll(/href="([^"]+\.css)"/g)].map((m) => path.normalize(path.join('web/hello', m[1])));
const js = [...new Set(inline.flatMap(moduleGraph))];

const br = (file) => brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
function measure(label, wasm, corlib) {
  const groups = [['page (HTML, CSS)', [html, ...css]], [`JS (${js.length} modules)`, js],
                  [`wasm (${path.basename(wasm)})`, [wasm]], [corlibLabel, corlib], ['hello.exe', [app]]];
  let rawTotal = 0, brTotal = 0;
  console.log(`${label}`);
  for (const [name, files] of groups) {
    const raw = files.reduce((n, f) => n + readFileSync(f).length, 0);
    const b = files.reduce((n, f) => n + br(f), 0);
    rawTotal += raw; brTotal += b;
    console.log(`  ${name.padEnd(26)} ${raw.toLocaleString('en').padStart(11)} B  brotli-11 ${b.toLocaleString('en').padStart(9)} B`);
  }
  console.log(`  ${'total'.padEnd(26)} ${rawTotal.toLocaleString('en').padStart(11)} B  brotli-11 ${brTotal.toLocaleString('en').padStart(9)} B`);
  return brTotal;
}
const corlibLabel = needed.length ? `corlib (core, ${needed.length} parts)` : 'corlib (core, no parts)';
const full = measure('hello page, full corlib', 'build/wasm/cilantro.wasm', ['build/corlib/mscorlib.dll', ...needed.map((p) => `build/corlib/${p}.dll`)]);
const small = measure('hello page, trimmed (cilantro trim)', 'build/wasm/cilantro.small.wasm', [`${trimmed}/mscorlib.dll`, ...needed.map((p) => `${trimmed}/${p}.dll`)]);
console.log(`hello page brotli-11: ${(full / 1024).toFixed(1)} KiB untrimmed, ${(small / 1024).toFixed(1)} KiB trimmed`);
// The corlib's other parts: fetched only by programs that use them.
const rest = parts.filter((p) => !needed.includes(p)).map((p) => `build/corlib/${p}.dll`);
if (rest.length) {
  const raw = rest.reduce((n, f) => n + readFileSync(f).length, 0), b = rest.reduce((n, f) => n + br(f), 0);
  console.log(`not fetched by hello: the corlib's ${rest.length} other parts ${raw.toLocaleString('en')} B, brotli-11 ${b.toLocaleString('en')} B`);
  for (const f of rest)
    console.log(`  ${path.basename(f).padEnd(40)} ${readFileSync(f).length.toLocaleString('en').padStart(9)} B  brotli-11 ${br(f).toLocaleString('en').padStart(8)} B`);
}
// The JS the page imports only when a program needs it (js/core.mjs); hello never does.
const lazyFiles = [...new Set([...lazyJs].flatMap(moduleGraph))].filter((f) => !js.includes(f));
for (const f of lazyFiles)
  console.log(`not fetched by hello: ${f} ${readFileSync(f).length.toLocaleString('en')} B, brotli-11 ${br(f).toLocaleString('en')} B`);
// The module's lazy parts: fetched by a program only when it calls into one (docs/js.md); hello never does.
for (const lazy of ['build/wasm/cilantro.lazy.wasm', 'build/wasm/cilantro.small.lazy.wasm']) {
  try {
    console.log(`not fetched by hello: ${lazy} ${readFileSync(lazy).length.toLocaleString('en')} B, brotli-11 ${br(lazy).toLocaleString('en')} B`);
  } catch {
    console.log(`no ${lazy}: the module is built whole (WASM_SPLIT=0)`);
  }
}
JS
echo
dotnet build/trim/cilantro-trim.dll --sizes build/corlib/mscorlib.dll | sed '1s/^mscorlib.dll/mscorlib.dll (the core)/'
dotnet build/trim/cilantro-trim.dll --sizes "$TRIMMED/mscorlib.dll" | sed '1s/^mscorlib.dll/mscorlib.dll (the core) trimmed for hello.exe/'
