#!/usr/bin/env bash
# run-sample.sh — what `make run` does after building: build the sample C#
# program with the .NET SDK (`dotnet build`, net10.0, as any user would) and
# run it on the wasm build through the Node CLI.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

EXE=build/samples/hello/hello.dll
bash tools/build-sample.sh

echo "\$ node js/cli.mjs $EXE Cilantro 42"
status=0
node js/cli.mjs "$EXE" Cilantro 42 || status=$?
echo "(exit code $status)"
echo
# The demo pages: served on 127.0.0.1. In a terminal the server keeps running
# (Ctrl-C stops it); otherwise (CI, scripts) it starts, proves it serves the
# demo page and its runtime, and stops.
if [ -t 1 ] && [ -z "${CI:-}" ]; then
    echo "Demo pages (C# in the browser): serving until Ctrl-C"
    exec node tools/serve.mjs --port "${PORT:-8080}"
fi
node --input-type=module -e '
import { startServer } from "./tools/serve.mjs";
const { server, url } = await startServer({ port: 0 });
let failed = false;
for (const p of ["web/", "web/todo/", "build/wasm/cilantro.wasm", "build/corlib/mscorlib.dll", "build/corlib/mscorlib.System.Linq.dll"]) {
  const r = await fetch(new URL(p, url));
  console.log(`GET /${p} -> ${r.status} (${(await r.arrayBuffer()).byteLength} bytes)`);
  if (!r.ok) failed = true;
}
console.log(`Demo pages work; "make serve" keeps them up at ${url}web/`);
server.close();
process.exit(failed ? 1 : 0);
' || status=1
exit "$status"
