// Injected by tools/build-js.sh into the CommonJS bundle of the CLI
// (js/cilantro.cli.cjs): `import.meta.url` of the bundled modules becomes
// the bundle's own file URL, which sits in js/ beside them.
export const import_meta_url = require('node:url').pathToFileURL(__filename).href;
