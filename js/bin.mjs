#!/usr/bin/env -S node --wasm-tiering-budget=100000000
// bin.mjs — the `cilantro` command (package.json "bin"). It runs the CLI
// bundled into one module (js/cilantro.cli.mjs, written by `make`), which
// Node loads faster than js/cli.mjs and the dozen modules it imports; a
// checkout that has not been built runs js/cli.mjs itself. The flag on the
// first line is js/cli.mjs's V8 tiering budget, passed where it costs nothing.

try {
  await import('./cilantro.cli.mjs');
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('cilantro.cli.mjs')) throw e;
  await import('./cli.mjs');
}
