#!/usr/bin/env bash
# gen-cultures.sh — regenerates corlib/System/Globalization/CultureData.Generated.cs,
# the culture data (number and date formats, names, regions) the corlib
# carries for a fixed list of cultures, from the installed .NET with ICU
# (tools/gen-cultures/Program.cs lists the cultures and the fields).
# The output depends on the ICU the machine's .NET uses, so it is not part of
# tools/gen-corlib.sh --check; rerun this by hand and commit the result.
#
#   tools/gen-cultures.sh
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$ROOT/build/gen-cultures
dotnet build "$ROOT/tools/gen-cultures/gen-cultures.csproj" -c Release -o "$OUT" \
    -p:BaseIntermediateOutputPath="$OUT/obj/" --nologo -v q > "$OUT.log" 2>&1 || { cat "$OUT.log"; exit 1; }
dotnet "$OUT/gen-cultures.dll" "$ROOT/corlib/System/Globalization/CultureData.Generated.cs"
