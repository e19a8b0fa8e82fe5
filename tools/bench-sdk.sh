#!/usr/bin/env bash
# bench-sdk.sh — the benchmark programs built two ways, timed on the same
# runner: by mcs (what `make bench` times) and by the .NET SDK (Roslyn,
# net10.0, Release: tests/modern/sdkbench_*). Prints a Markdown table of
# median seconds and the SDK/mcs ratio per runner (target: at most 1.10).
#
# Environment: RUNNERS="native wasm" (subset), RUNS=N (default 5), BENCH=regex.
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT" || exit 2
OUT=build/bench-sdk
mkdir -p "$OUT"
RUNS=${RUNS:-5}
RUNNERS=${RUNNERS:-native wasm}
FILTER=${BENCH:-}
command -v hyperfine > /dev/null || { echo "hyperfine is not installed (tools/setup.sh installs it)"; exit 2; }

# name | args (sizes that run a few seconds on the wasm build)
ENTRIES="binarytrees|14
nbody|200000
fannkuchredux|9
spectralnorm|400
sha256|500
collections|200000"

runner_cmd() { case "$1" in native) echo "build/native/cilantro" ;; wasm) echo "node js/cli.mjs" ;; esac; }

echo "| program | runner | mcs (s) | SDK (s) | SDK / mcs |"
echo "|---|---|---|---|---|"
while IFS='|' read -r name args; do
    [ -z "$FILTER" ] || [[ $name =~ $FILTER ]] || continue
    mcs_exe="$OUT/$name.exe"
    mcs -optimize+ -nowarn:219,414,162,168 "-out:$mcs_exe" "tests/bench/$name.cs" > "$OUT/$name.compile.log" 2>&1 \
        || { echo "compile error: tests/bench/$name.cs" >&2; continue; }
    sdk_dll="build/modern/sdkbench_$name/sdkbench_$name.dll"
    [ -f "$sdk_dll" ] || dotnet build -v q -nologo "tests/modern/sdkbench_$name" > "$OUT/$name.sdk.log" 2>&1 \
        || { echo "dotnet build failed: tests/modern/sdkbench_$name" >&2; continue; }
    for r in $RUNNERS; do
        cmd=$(runner_cmd "$r")
        # shellcheck disable=SC2086
        if ! cmp -s <($cmd "$mcs_exe" $args) <($cmd "$sdk_dll" $args); then
            echo "| $name | $r | FAIL: outputs differ | | |"; continue
        fi
        hyperfine -N --style basic --runs "$RUNS" --warmup 1 --export-json "$OUT/$name.$r.json" \
            -n mcs "$cmd $mcs_exe $args" -n sdk "$cmd $sdk_dll $args" > "$OUT/$name.$r.log" 2>&1 \
            || { echo "| $name | $r | hyperfine failed | | |"; continue; }
        node -e '
            const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).results;
            const m = r.find((x) => x.command === "mcs").median, s = r.find((x) => x.command === "sdk").median;
            console.log(`| ${process.argv[2]} | ${process.argv[3]} | ${m.toFixed(3)} | ${s.toFixed(3)} | ${(s / m).toFixed(2)} |`);' \
            "$OUT/$name.$r.json" "$name" "$r"
    done
done <<< "$ENTRIES"
