#!/usr/bin/env bash
# build-sample.sh — build the SDK sample (samples/hello, net10.0) with
# `dotnet build` when its sources are newer than build/samples/hello/hello.dll.
# Used by `make run` (tools/run-sample.sh) and the run page (tools/build-web.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DLL=build/samples/hello/hello.dll
if [ ! -f "$DLL" ] || [ -n "$(find samples/hello -newer "$DLL" -type f)" ]; then
    mkdir -p build
    echo "dotnet build samples/hello -> $DLL"
    DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 dotnet build -nologo -v q samples/hello > build/samples-build.log 2>&1 \
        || { cat build/samples-build.log >&2; exit 1; }
fi
