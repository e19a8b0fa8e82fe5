#!/usr/bin/env -S node --wasm-tiering-budget=100000000
// bin.cjs — the `cilantro` command (package.json "bin"). It runs the CLI
// bundled into one CommonJS file (js/cilantro.cli.cjs, written by `make`):
// Node loads it without starting its ES module loader (whose own modules,
// fs/promises and readline cost hello world ~5 ms of its start) and without
// resolving the dozen modules js/cli.mjs imports. A checkout that has not
// been built runs js/cli.mjs itself. The flag on the first line is
// js/cli.mjs's V8 tiering budget, passed where it costs nothing.
'use strict';

let bundle = null;
try {
  bundle = require.resolve('./cilantro.cli.cjs');
} catch {
  // not built: the sources
}
if (bundle) require(bundle);
else import('./cli.mjs');
