#!/usr/bin/env bash
# build-js.sh — the JS bundled by esbuild (npm devDependency) into one file
# each, beside js/index.mjs so that `new URL('../build/...', import.meta.url)`
# still points at the build; the sources stay what bundlers and apps import.
# Run by `make web` (part of `make all`) and by tests/run.sh before the wasm
# target; rebuilds only when a source is newer.
#  - js/cilantro.page.mjs: js/browser/page.mjs and everything it imports,
#    minified. The demo pages import it: one request instead of twelve (over
#    HTTP/1.1's six connections a page fetched the module graph in rounds),
#    17 KB brotli instead of 36 KB.
#  - js/cilantro.cli.mjs: the `cilantro` command (js/cli.mjs), which the
#    package's bin (js/bin.mjs) runs: Node loads one module instead of a
#    dozen (each is resolved, read and compiled on its own). The commands
#    other than running a program (test, new, dev, types) are chunks of their
#    own (js/cilantro.cli-*.mjs) loaded when used: in one file, the built-ins
#    they import (node:http, node:zlib, node:child_process) would load at
#    every start (measured: +20-30 ms of CPU for hello world).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ ! -x node_modules/.bin/esbuild ]; then
    echo "build-js: node_modules/.bin/esbuild is missing (npm install)" >&2
    exit 1
fi
status=0
stale() { [ ! -f "$1" ] || [ -n "$(find js -name '*.mjs' ! -name 'cilantro.*' -newer "$1" -print -quit)" ]; }
common=(--bundle --format=esm --legal-comments=none --log-level=warning)
if stale js/cilantro.page.mjs; then
    echo "esbuild -> js/cilantro.page.mjs"
    node_modules/.bin/esbuild js/browser/page.mjs "${common[@]}" --minify --keep-names --target=es2022 \
        --outfile=js/cilantro.page.mjs || status=1
fi
if stale js/cilantro.cli.mjs; then
    echo "esbuild -> js/cilantro.cli.mjs (+ js/cilantro.cli-*.mjs)"
    rm -f js/cilantro.cli.mjs js/cilantro.cli-*.mjs
    # the chunks sit in js/ too: new.mjs finds ../templates/ from import.meta.url
    node_modules/.bin/esbuild js/cli.mjs "${common[@]}" --splitting --platform=node --target=node18 \
        --minify-whitespace --minify-syntax --outdir=js --entry-names=cilantro.cli \
        --chunk-names='cilantro.cli-[name]-[hash]' --out-extension:.js=.mjs || status=1
fi
exit $status
