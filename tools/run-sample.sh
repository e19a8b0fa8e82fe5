#!/usr/bin/env bash
# run-sample.sh — what `make run` does after building: compile the sample C#
# program with plain mcs (Mono's reference mscorlib, like any user would) and
# run it on the wasm build through the Node CLI.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

SRC=samples/hello/Program.cs
EXE=build/samples/hello.exe
mkdir -p build/samples
if [ ! -f "$EXE" ] || [ "$SRC" -nt "$EXE" ]; then
    mcs -nologo -out:"$EXE" "$SRC"
fi

echo "\$ node js/cli.mjs $EXE Cilantro 42"
status=0
node js/cli.mjs "$EXE" Cilantro 42 || status=$?
echo "(exit code $status)"
echo
if [ -f web/index.html ]; then
    echo "Demo page: run 'make serve' and open the address it prints."
else
    echo "Next: 'make test' runs the test suite; 'make serve' serves the repository on 127.0.0.1."
fi
exit "$status"
