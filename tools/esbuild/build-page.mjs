// Run by tools/build-js.sh: the page's JS as three minified files in js/.
//  - js/cilantro.page.mjs: js/browser/page.mjs and what it imports, except
//    what core.mjs imports only when a program needs it (`import()`):
//  - js/cilantro.interop.mjs: JS interop (js/interop.mjs, dotnet-interop.mjs,
//    capability.mjs), imported by a page whose program uses it;
//  - js/cilantro.http.mjs: System.Net.Http's transport (js/http.mjs).
// The two chunks take the error classes (js/errors.mjs) from the page's file,
// which exports them: the same classes (`instanceof CilantroError` holds),
// and hello world fetches one file, not a second one of shared code (as
// esbuild's --splitting would make).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const js = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../js');
const common = { bundle: true, format: 'esm', legalComments: 'none', logLevel: 'warning', minify: true, keepNames: true, target: 'es2022' };
const LAZY = { './interop.mjs': './cilantro.interop.mjs', './http.mjs': './cilantro.http.mjs' };

// core.mjs's import('./interop.mjs') and import('./http.mjs') point at the chunks
const chunksExternal = {
  name: 'lazy-chunks',
  setup(build) {
    build.onResolve({ filter: /^\.\/(interop|http)\.mjs$/ }, (args) => {
      if (args.kind !== 'dynamic-import') {
        throw new Error(`${args.importer} imports ${args.path} statically: the page would load it for every program`);
      }
      return { path: LAZY[args.path], external: true };
    });
  },
};
// a chunk's errors.mjs is the page's file
const errorsFromPage = {
  name: 'errors-from-page',
  setup(build) {
    build.onResolve({ filter: /^\.\/errors\.mjs$/ }, () => ({ path: './cilantro.page.mjs', external: true }));
  },
};

await esbuild.build({
  ...common,
  stdin: {
    contents: "export * from './browser/page.mjs';\nexport { CilantroError, ManagedError } from './errors.mjs';\n",
    resolveDir: js,
    sourcefile: 'page-entry.mjs',
  },
  outfile: path.join(js, 'cilantro.page.mjs'),
  plugins: [chunksExternal],
});
for (const [src, out] of Object.entries(LAZY)) {
  await esbuild.build({ ...common, entryPoints: [path.join(js, src)], outfile: path.join(js, out), plugins: [errorsFromPage] });
}
