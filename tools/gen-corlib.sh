#!/usr/bin/env bash
# gen-corlib.sh — runs the corlib's generators (the .py files beside the
# .cs files they write), so the build never compiles a stale generated file.
#
#   tools/gen-corlib.sh            regenerate in corlib/ (the Makefile does this
#                                  before compiling the corlib)
#   tools/gen-corlib.sh --check    regenerate into a copy and fail, listing the
#                                  files, if any checked-in file differs from
#                                  its generator's output (unit test test_corlib_generated)
#
# Each generator is run the way its header says: "stdout" ones print one .cs
# file, "files" ones write their .cs files into the current directory.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# generator (relative to corlib/) | how | output for "stdout"
GENERATORS="System/Integers.py|files|
System/Floating.py|files|
System/Tuple.py|files|
System/Convert.Generated.py|stdout|Convert.Generated.cs
System/Number.Spans.py|stdout|Number.Spans.cs
System/Buffers/Binary/BinaryPrimitives.py|stdout|BinaryPrimitives.cs
System/Linq/Enumerable.Numeric.py|stdout|Enumerable.Numeric.cs
System/Linq/ParallelEnumerable.py|files|
System/Linq/Queryable.py|files|
System/Memory/MemoryExtensions.Search.py|stdout|MemoryExtensions.Search.cs
System/Runtime/Intrinsics/Vectors.py|files|
System/Text/UnicodeNormalization.py|stdout|UnicodeNormalization.Data.cs"

run_all() {   # run_all CORLIB_DIR
    local dir=$1 gen how out
    while IFS='|' read -r gen how out; do
        [ -n "$gen" ] || continue
        local folder; folder="$dir/$(dirname "$gen")"
        local script; script=$(basename "$gen")
        if [ "$how" = stdout ]; then
            # write through a temporary file: a failing generator leaves the old output
            (cd "$folder" && python3 "$script" > "$out.tmp" && mv "$out.tmp" "$out")
        else
            (cd "$folder" && python3 "$script" > /dev/null)
        fi
    done <<< "$GENERATORS"
}

# every generator in corlib/ must be listed above
for g in $(cd "$ROOT/corlib" && find . -name '*.py' | sed 's|^\./||' | sort); do
    grep -q "^$g|" <<< "$GENERATORS" || { echo "gen-corlib.sh: $g is not in the generator list" >&2; exit 1; }
done

if [ "${1:-}" = --check ]; then
    tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
    cp -r "$ROOT/corlib" "$tmp/corlib"
    run_all "$tmp/corlib"
    if ! diff -r -q "$ROOT/corlib" "$tmp/corlib" > "$tmp/diff.txt"; then
        echo "generated corlib files differ from their generators' output (run tools/gen-corlib.sh):"
        cat "$tmp/diff.txt"
        exit 1
    fi
    echo "corlib: every generated file matches its generator"
else
    run_all "$ROOT/corlib"
fi
