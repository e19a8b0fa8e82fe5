#!/usr/bin/env bash
# build-js.sh — the JS bundled by esbuild (npm devDependency) into one file
# each, beside js/index.mjs so that `new URL('../build/...', import.meta.url)`
# still points at the build; the sources stay what bundlers and apps import.
# Run by `make web` (part of `make all`) and by tests/run.sh before the wasm
# target; rebuilds only when a source is newer.
#  - js/cilantro.page.mjs: js/browser/page.mjs and everything it imports,
#    minified, but for the two modules core.mjs imports only when a program
#    needs them (tools/esbuild/build-page.mjs): js/cilantro.interop.mjs (JS
#    interop) and js/cilantro.http.mjs (HttpClient's transport), which take
#    the error classes from it. The hello page imports it: one request
#    instead of twelve (over HTTP/1.1's six connections a page fetched the
#    module graph in rounds), 15 KB brotli instead of 36 KB (20 KB with the
#    two chunks in it).
#  - js/cilantro.cli.cjs: the `cilantro` command (js/cli.mjs), which the
#    package's bin (js/bin.cjs) runs, as one CommonJS file: Node loads one
#    file instead of a dozen modules (each is resolved, read and compiled on
#    its own), and never starts its ES module loader (~5 ms of hello world's
#    start: the loader's modules, fs/promises, readline). `import.meta.url`
#    becomes the bundle's own URL (tools/esbuild/import-meta-url.js), which
#    sits in js/ like the sources. The commands other than running a program
#    (test, new, dev, types) are imported dynamically, so esbuild wraps them
#    to run when first used: the built-ins they import (node:http,
#    node:zlib, node:child_process) would cost every start +20-30 ms of CPU
#    (measured for hello world).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ ! -x node_modules/.bin/esbuild ]; then
    echo "build-js: node_modules/.bin/esbuild is missing (npm install)" >&2
    exit 1
fi
status=0
stale() { [ ! -f "$1" ] || [ -n "$(find js tools/esbuild tools/build-js.sh \( -name '*.mjs' -o -name '*.js' -o -name '*.sh' \) ! -name 'cilantro.*' -newer "$1" -print -quit)" ]; }
common=(--bundle --format=esm --legal-comments=none --log-level=warning)
if stale js/cilantro.page.mjs || stale js/cilantro.interop.mjs || stale js/cilantro.http.mjs; then
    echo "esbuild -> js/cilantro.page.mjs, js/cilantro.interop.mjs, js/cilantro.http.mjs"
    node tools/esbuild/build-page.mjs || status=1
fi
if stale js/cilantro.cli.cjs; then
    echo "esbuild -> js/cilantro.cli.cjs"
    node_modules/.bin/esbuild js/cli.mjs "${common[@]/--format=esm/--format=cjs}" --platform=node --target=node18 \
        --minify-whitespace --minify-syntax --inject:tools/esbuild/import-meta-url.js \
        --define:import.meta.url=import_meta_url --outfile=js/cilantro.cli.cjs || status=1
fi
exit $status
