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
#    dozen (each is resolved, read and compiled on its own).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ ! -x node_modules/.bin/esbuild ]; then
    echo "build-js: node_modules/.bin/esbuild is missing (npm install)" >&2
    exit 1
fi
status=0
bundle() {   # bundle ENTRY OUT ESBUILD-FLAGS...
    local entry=$1 out=$2; shift 2
    if [ ! -f "$out" ] || [ -n "$(find js -name '*.mjs' ! -name 'cilantro.*.mjs' -newer "$out" -print -quit)" ]; then
        echo "esbuild -> $out"
        node_modules/.bin/esbuild "$entry" --bundle --format=esm --legal-comments=none --log-level=warning \
            --outfile="$out" "$@" || status=1
    fi
}
bundle js/browser/page.mjs js/cilantro.page.mjs --minify --keep-names --target=es2022
bundle js/cli.mjs js/cilantro.cli.mjs --platform=node --target=node18 --minify-whitespace --minify-syntax
exit $status
