#!/usr/bin/env bash
# csc.sh — run Roslyn (the C# compiler inside the .NET SDK) with the given
# arguments. The SDK ships csc as a managed dll: `dotnet <sdk>/Roslyn/bincore/csc.dll`.
set -euo pipefail
sdk_dir=$(dotnet --list-sdks | tail -n1 | sed -E 's/^([^ ]+) \[(.*)\]$/\2\/\1/')
csc="$sdk_dir/Roslyn/bincore/csc.dll"
if [ ! -f "$csc" ]; then
    echo "csc.sh: no Roslyn at $csc (is the .NET SDK installed? 'dotnet --list-sdks')" >&2
    exit 1
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
exec dotnet "$csc" "$@"
