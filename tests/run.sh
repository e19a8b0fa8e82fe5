#!/usr/bin/env bash
# Cilantro's test runner: `make test` calls it after the build.
#
#   tests/run.sh              run everything, end with "N passed, N failed"
#   tests/run.sh --update     regenerate expected outputs from .NET 10, the
#                             oracle (runs tools/expected.sh; TESTS= applies)
#
# Environment:
#   TESTS=regex     only tests whose id matches (ids: cs/spine/arith, il/fault,
#                   modern/hello, bench/nbody, malformed/trunc_64, unit/test_md,
#                   js, browser)
#   TARGETS=native|wasm|both|mono|trimmed   (default both; mono runs the C#/IL
#                   tests on Mono against the .NET expected files, as a second
#                   opinion; trimmed runs only the tests of tests/trimmed.list,
#                   trimmed by `cilantro trim`, on both builds)
#   TRIM_ALL=1      every program (not only tests/trimmed.list) runs trimmed too
#                   (with TARGETS=trimmed: only trimmed)
#   GC_STRESS=N     pass `--gc-stress N` to the native CLI (collect every Nth
#                   allocation); GC_STRESS_WASM=1 passes it to the Node CLI too
#   JOBS=N          parallel jobs (default: number of cores)
#   TIMEOUT=secs    per test and target (default 60; hang = failure)
#   VERBOSE=1       print a line per passing test as well
#
# Conventions (see docs/testing.md): tests/cs/<area>/<name>.cs with
# <name>.expected (stdout), optional .stdin (fed to the program), .args, .env (NAME=value lines: the
# program's environment variables), .cliargs (runtime options placed
# before the exe), .tier (the wasm run compiles every method with the tier,
# CILANTRO_TIER=always), .exitcode (number, "nonzero" or "nocrash"), .stderr (one
# extended regex per line; each must match stderr), .expected-by-hand (.NET
# cannot run the test; the file says why). A first-line comment
# `// mcs: <flags>` adds compiler flags. tests/il/<name>.il works the same way,
# and so does tests/modern/<name>/<name>.csproj (built by the .NET SDK), and
# tests/libs/<name>/<name>.csproj (one NuGet package each; test id libs/<name>).
set -u

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT" || exit 2
# Programs run in the locale .NET wrote their expected output in (C: the invariant culture);
# a test that needs another one says so in its .env file.
export LANG=C.UTF-8
unset LC_ALL LC_MESSAGES
OUT=tests/out
TIMEOUT=${TIMEOUT:-60}
TARGETS=${TARGETS:-both}
NATIVE_CLI=${NATIVE_CLI:-build/native/cilantro}

# Bench programs run in the suite at their quick sizes (make bench does the big ones).
declare -A BENCH_QUICK=([hello]="" [binarytrees]=10 [nbody]=1000 [fannkuchredux]=7
                        [spectralnorm]=100 [sha256]=10 [collections]=20000
                        [regex]=5 [dictionary]=20000 [linq]=10000)

wasm_cli() {
    local bin=""
    if [ -f package.json ]; then
        bin=$(node -e 'const p=require("./package.json");const b=p.bin;
            process.stdout.write(typeof b==="string"?b:(b&&(b.cilantro||Object.values(b)[0]))||"")' 2>/dev/null)
    fi
    [ -n "$bin" ] || bin=js/cli.mjs
    echo "$bin"
}

target_list() {
    case "$TARGETS" in
        both) echo "native wasm" ;;
        native|wasm|mono) echo "$TARGETS" ;;
        trimmed) echo "" ;;
        *) echo "native wasm" ;;
    esac
}

# ---------------------------------------------------------------- one job ---

# record STATUS ID TARGET [REASON [DETAIL]]: one line per (test, target) into
# the job's result file; failure details go into a side file for the summary.
record() {
    local status=$1 id=$2 target=$3 reason=${4:-} detail=${5:-}
    local key=${id//\//__}
    echo "$status $id [$target] $reason" >> "$OUT/results/$key.res"
    if [ "$status" = FAIL ] && [ -n "$detail" ]; then
        printf '%s\n' "$detail" | head -n 14 | sed 's/^/    /' >> "$OUT/results/$key.res"
    fi
}

# shellcheck source=lib/compile.sh
. tests/lib/compile.sh
# shellcheck source=lib/modern.sh
. tests/lib/modern.sh

# run_on TARGET OUTBASE EXE [CLIARGS...] -- [ARGS...]: runs one program,
# leaving OUTBASE.TARGET.actual / .stderr and setting RC.
run_on() {
    local target=$1 base=$2 exe=$3; shift 3
    local cli=() args=()
    while [ $# -gt 0 ] && [ "$1" != -- ]; do cli+=("$1"); shift; done
    [ $# -gt 0 ] && shift
    args=("$@")
    local cmd=()
    case "$target" in
        native)
            cmd=("$NATIVE_CLI")
            [ -n "${GC_STRESS:-}" ] && cmd+=(--gc-stress "$GC_STRESS") ;;
        gcstress)
            cmd=("$NATIVE_CLI" --gc-stress "$STRESS_EVERY") ;;
        wasm)
            cmd=(node "$(wasm_cli)")
            # a test with a .tier file runs every method through the wasm tier (docs/tier.md)
            [ -n "${TIER_ALWAYS:-}" ] && cmd=(env CILANTRO_TIER=always "${cmd[@]}")
            [ -n "${GC_STRESS:-}" ] && [ -n "${GC_STRESS_WASM:-}" ] && cmd+=(--gc-stress "$GC_STRESS") ;;
        # A trimmed output is what a page fetches: it must hold every framework
        # assembly the app needs, so the hosts do not look in the installed .NET.
        trimmed-native)
            cmd=(env CILANTRO_SHARED_FRAMEWORK=none "$NATIVE_CLI") ;;
        trimmed-wasm)
            cmd=(env CILANTRO_SHARED_FRAMEWORK=none node "$(wasm_cli)") ;;
        mono)
            cmd=(mono --debug); cli=() ;;   # runtime options are Cilantro's, not Mono's
    esac
    # <name>.env: variables the program runs with (on every target and on .NET for its expected output)
    [ -n "${TEST_ENV[*]:-}" ] && cmd=(env "${TEST_ENV[@]}" "${cmd[@]}")
    timeout -k 5 "$TIMEOUT" "${cmd[@]}" ${cli[@]+"${cli[@]}"} "$exe" ${args[@]+"${args[@]}"} \
        > "$base.$target.actual" 2> "$base.$target.stderr" < "${STDIN_FILE:-/dev/null}"
    RC=$?
}

# check ID TARGET BASE EXPECTED_FILE EXITSPEC STDERR_FILE: compares the last run.
check() {
    local id=$1 target=$2 base=$3 expected=$4 exitspec=$5 errfile=$6
    local act="$base.$target.actual" err="$base.$target.stderr"
    if [ "$RC" -eq 124 ] || [ "$RC" -eq 137 ]; then
        record FAIL "$id" "$target" "timeout after ${TIMEOUT}s" "$(tail -n 5 "$err")"; return
    fi
    case "$exitspec" in
        nocrash)
            if [ "$RC" -ge 124 ]; then
                record FAIL "$id" "$target" "crashed (exit $RC)" "$(tail -n 8 "$err")"; return
            fi ;;
        nonzero)
            if [ "$RC" -eq 0 ] || [ "$RC" -ge 124 ]; then
                record FAIL "$id" "$target" "exit code $RC, expected a non-zero, non-signal exit" "$(tail -n 8 "$err")"; return
            fi ;;
        *)
            if [ "$RC" -ne "$exitspec" ]; then
                record FAIL "$id" "$target" "exit code $RC, expected $exitspec" "$(tail -n 8 "$err")"; return
            fi ;;
    esac
    if [ -n "$expected" ] && ! cmp -s "$expected" "$act"; then
        record FAIL "$id" "$target" "stdout differs (see $act)" \
            "$(diff -u --label expected --label actual "$expected" "$act" | sed -n '3,14p')"
        return
    fi
    if [ -n "$errfile" ] && [ -f "$errfile" ]; then
        local re
        while IFS= read -r re || [ -n "$re" ]; do
            [ -z "$re" ] && continue
            if ! grep -Eq -- "$re" "$err"; then
                record FAIL "$id" "$target" "stderr does not match /$re/" "$(head -n 8 "$err")"; return
            fi
        done < "$errfile"
    fi
    record PASS "$id" "$target"
}

# job "KIND|ID|SRC": compile once, run on every target.
job() {
    local kind id src
    IFS='|' read -r kind id src <<< "$1"
    local base="$OUT/$id" exe="$OUT/$id.exe" stem="${src%.*}"
    mkdir -p "$(dirname "$base")"
    rm -f "$OUT/results/${id//\//__}.res"
    local targets; targets=$(target_list)
    # the named GC-stress subset (tests/gcstress.list) runs once more, natively under --gc-stress N
    STRESS_EVERY=$(awk -v id="$id" '$1 == id { print $2 }' tests/gcstress.list 2>/dev/null)
    if [ -n "$STRESS_EVERY" ] && [ -z "${GC_STRESS:-}" ] && [[ " $targets " == *" native "* ]]; then targets="$targets gcstress"; fi
    # the trimmed subset (tests/trimmed.list; every program with TRIM_ALL=1) runs once more from `cilantro trim`'s output
    local trim_targets=""
    if { grep -qxF "$id" tests/trimmed.list 2>/dev/null || { [ -n "${TRIM_ALL:-}" ] && [ "$kind" != malformed ]; }; } && [ -z "${GC_STRESS:-}" ]; then
        case "$TARGETS" in
            native|wasm) trim_targets="trimmed-$TARGETS" ;;
            both|trimmed) trim_targets="trimmed-native trimmed-wasm" ;;
        esac
        targets="$targets $trim_targets"
    fi
    local args=() cli=() expected="" exitspec=0 errfile=""
    local STDIN_FILE=/dev/null TIER_ALWAYS="" TEST_ENV=()
    [ -f "$stem.stdin" ] && STDIN_FILE="$stem.stdin"
    [ -f "$stem.env" ] && mapfile -t TEST_ENV < <(grep -E '^[A-Za-z_][A-Za-z0-9_]*=' "$stem.env")
    [ -f "$stem.tier" ] && TIER_ALWAYS=1

    case "$kind" in
        cs|il|modern)
            [ -f "$stem.args" ] && read -r -a args < "$stem.args"
            [ -f "$stem.cliargs" ] && read -r -a cli < "$stem.cliargs"
            expected="$stem.expected"
            [ -f "$stem.exitcode" ] && exitspec=$(tr -d ' \n' < "$stem.exitcode")
            [ -f "$stem.stderr" ] && errfile="$stem.stderr"
            if [ ! -f "$expected" ]; then
                for t in $targets; do record FAIL "$id" "$t" "no $expected (run tests/run.sh --update)"; done
                return
            fi ;;
        bench)
            local name; name=$(basename "$stem"); local size=${BENCH_QUICK[$name]:-}
            [ -n "$size" ] && args=("$size")
            expected="tests/bench/expected/$name${size:+.$size}.txt"
            if [ "$name" = calls ]; then args=(200000 all); expected=tests/bench/expected/calls.all.200000.txt; fi ;;
        malformed)
            # SRC is "file;mode;file-regex;problem-regex" from the generator's manifest
            local mfile mode re1 re2
            IFS=';' read -r mfile mode re1 re2 <<< "$src"
            exe=$mfile; exitspec=$mode; errfile="$base.stderr-re"
            printf '%s\n' "$re1" "$re2" > "$errfile"
            [ -z "$re1$re2" ] && errfile="" ;;
    esac

    if [ "$kind" = modern ]; then
        # Built by the one `dotnet build` the collect phase started in the background.
        local name; name=$(basename "$stem")
        local why_skip; why_skip=$(libs_skip_reason "$id")
        if [ -n "$why_skip" ]; then
            for t in $targets; do record SKIP "$id" "$t" "$why_skip"; done
            return
        fi
        exe="build/modern/$name/$(modern_asm "$name").dll"
        local waited=0
        # The build has its own time limit (MODERN_BUILD_TIMEOUT); wait a little longer than that.
        local wait_max=$(( (${MODERN_BUILD_TIMEOUT:-1500} + 60) * 2 ))
        while [ ! -f "$OUT/modern/.done" ] && [ "$waited" -lt "$wait_max" ]; do sleep 0.5; waited=$((waited + 1)); done
        if [ "$(head -n 1 "$OUT/modern/$name.build" 2>/dev/null)" != ok ]; then
            local why; why=$(sed -n '2,9p' "$OUT/modern/$name.build" 2>/dev/null)
            for t in $targets; do record FAIL "$id" "$t" "dotnet build failed (see build/modern/build.log)" "$why"; done
            return
        fi
    elif [ "$kind" != malformed ] && ! compile "$src" "$exe" "$kind"; then
        for t in $targets; do record FAIL "$id" "$t" "compile error" "$(head -n 8 "$exe.compile.log")"; done
        return
    fi

    if [ -n "$trim_targets" ]; then
        local tdir="$OUT/trimmed/$id"
        rm -rf "$tdir"; mkdir -p "$(dirname "$tdir")"
        if [ ! -f build/trim/cilantro-trim.dll ]; then
            for t in $trim_targets; do record FAIL "$id" "$t" "build/trim/cilantro-trim.dll is missing (make trim)"; done
            targets=${targets% $trim_targets}
        elif ! dotnet build/trim/cilantro-trim.dll --corlib build/corlib/mscorlib.dll "$exe" -o "$tdir" > "$tdir.trim.log" 2>&1; then
            for t in $trim_targets; do record FAIL "$id" "$t" "cilantro trim failed" "$(tail -n 8 "$tdir.trim.log")"; done
            targets=${targets% $trim_targets}
        fi
    fi

    for t in $targets; do
        if [ "$kind" = malformed ] && [ "$t" != mono ] && [ "$(cat "$OUT/malformed/sane.$t" 2>/dev/null)" != ok ]; then
            # A "no crash" verdict means nothing if the runtime cannot even run the good file.
            record FAIL "$id" "$t" "the $t runtime cannot run the good hello.exe, so malformed inputs prove nothing"; continue
        fi
        if [ "$t" = mono ] && { [ "$kind" = malformed ] || [ "$kind" = modern ] || [ -f "$stem.expected-by-hand" ]; }; then continue; fi
        if { [ "$t" = native ] || [ "$t" = gcstress ] || [ "$t" = trimmed-native ]; } && [ ! -x "$NATIVE_CLI" ]; then
            record FAIL "$id" "$t" "$NATIVE_CLI is missing (build failed?)"; continue
        fi
        if [ "$t" = wasm ] || [ "$t" = trimmed-wasm ]; then
            local w; w=$(wasm_cli)
            if [ ! -f "$w" ]; then record FAIL "$id" wasm "Node CLI $w is missing"; continue; fi
        fi
        local run_exe=$exe
        [[ $t == trimmed-* ]] && run_exe="$OUT/trimmed/$id/$(basename "$exe")"
        run_on "$t" "$base" "$run_exe" ${cli[@]+"${cli[@]}"} -- ${args[@]+"${args[@]}"}
        if [ "$t" = mono ]; then
            # Mono words its own errors; compare stdout and exit code only.
            check "$id" "$t" "$base" "$expected" "$exitspec" ""
        else
            check "$id" "$t" "$base" "$expected" "$exitspec" "$errfile"
        fi
    done
}

if [ "${1:-}" = --job ]; then
    job_start=$(date +%s%N)
    job "$2"
    # One line per job (milliseconds, test id) so the summary can name the slowest.
    job_id=${2#*|}
    echo "$(( ($(date +%s%N) - job_start) / 1000000 )) ${job_id%%|*}" >> "$OUT/job-times.txt"
    exit 0
fi

# ------------------------------------------------------------- collect ---

if [ "${1:-}" = --update ]; then exec bash tools/expected.sh; fi
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
FILTER=${TESTS:-}
mkdir -p "$OUT/results"
rm -f "$OUT"/results/*.res

want() { [ -z "$FILTER" ] || [[ $1 =~ $FILTER ]]; }

# The wasm target runs the package's bin, which runs the CLI bundled from js/
# (tools/build-js.sh): rebuild it if a source is newer, or a stale bundle is tested.
if [[ " $(target_list) " == *" wasm "* ]] || [ "$TARGETS" = trimmed ]; then
    bash tools/build-js.sh >&2 || echo "run.sh: tools/build-js.sh failed; the wasm target may run a stale CLI bundle" >&2
fi

jobs=()
while IFS= read -r f; do
    id=${f#tests/}; id=${id%.cs}
    want "$id" && jobs+=("cs|$id|$f")
done < <(find tests/cs -name '*.cs' 2>/dev/null | sort)
while IFS= read -r f; do
    id=${f#tests/}; id=${id%.il}
    want "$id" && jobs+=("il|$id|$f")
done < <(find tests/il -name '*.il' 2>/dev/null | sort)

# SDK-built programs: one `dotnet build` for all of them runs in the background
# while the other tests run; their jobs (queued last) wait for it.
modern_jobs=()
if [ "$TARGETS" != mono ]; then
    while IFS= read -r name; do
        dir=$(modern_dir "$name")
        modern_is_library "$dir/$name.csproj" && continue
        want "$(modern_id "$name")" && modern_jobs+=("modern|$(modern_id "$name")|$dir/$name.csproj")
    done < <(modern_projects)
fi
if [ ${#modern_jobs[@]} -gt 0 ]; then
    mkdir -p "$OUT/modern"; rm -f "$OUT/modern/.done"
    ( modern_build "$OUT/modern"; touch "$OUT/modern/.done" ) &
    modern_pid=$!
fi

for f in tests/bench/*.cs; do
    [ -f "$f" ] || continue
    id="bench/$(basename "${f%.cs}")"
    want "$id" && jobs+=("bench|$id|$f")
done

# Malformed assemblies are generated fresh from a good hello.exe each run.
if [ -f tests/malformed/gen.mjs ] && [ "$TARGETS" != mono ] && [ "$TARGETS" != trimmed ] && { [ -z "$FILTER" ] || [[ malformed/ =~ $FILTER ]] || [[ $FILTER == *malformed* ]]; }; then
    if node tests/malformed/gen.mjs "$OUT/malformed" > "$OUT/malformed.log" 2>&1; then
        for t in $(target_list); do
            rm -f "$OUT/malformed/sane.$t"
            [ "$t" = native ] && [ ! -x "$NATIVE_CLI" ] && continue
            run_on "$t" "$OUT/malformed/hello" "$OUT/malformed/hello.exe" --
            [ "$RC" -eq 0 ] && [ "$(cat "$OUT/malformed/hello.$t.actual")" = "Hello 00" ] && echo ok > "$OUT/malformed/sane.$t"
        done
        while IFS=$'\t' read -r name mode re1 re2; do
            id="malformed/${name%.exe}"
            want "$id" && jobs+=("malformed|$id|$OUT/malformed/$name;$mode;$re1;$re2")
        done < "$OUT/malformed/manifest.tsv"
    else
        echo "FAIL malformed generator: $(tail -n 3 "$OUT/malformed.log")"
        echo "FAIL malformed/gen [all] generator failed" > "$OUT/results/malformed__gen.res"
    fi
fi

# ----------------------------------------------------------------- run ---

start=$(date +%s)
rm -f "$OUT/job-times.txt"
jobs+=(${modern_jobs[@]+"${modern_jobs[@]}"})
if [ ${#jobs[@]} -gt 0 ]; then
    printf '%s\n' "${jobs[@]}" | xargs -P "$JOBS" -d '\n' -n 1 bash "$0" --job
fi

[ -n "${modern_pid:-}" ] && wait "$modern_pid"
programs_done=$(date +%s)
pass=0; fail=0; skip=0
extra_pass=0; extra_fail=0

# C unit tests: every build/native/test_* target the Makefile knows, one test each.
if [ "$TARGETS" != mono ] && [ "$TARGETS" != wasm ] && [ "$TARGETS" != trimmed ]; then
    for t in $( { grep -oE 'build/native/test_[A-Za-z0-9_]+' Makefile 2>/dev/null;
                  ls build/native/test_* 2>/dev/null; } | sed 's|.*/||' | grep -v '\.' | sort -u); do
        want "unit/$t" || continue
        log="$OUT/unit_$t.log"
        if make -s "build/native/$t" > "$log" 2>&1 && timeout -k 5 "$((TIMEOUT * 3))" "build/native/$t" >> "$log" 2>&1; then
            extra_pass=$((extra_pass + 1)); [ -n "${VERBOSE:-}" ] && echo "PASS unit/$t"
        else
            extra_fail=$((extra_fail + 1)); echo "FAIL unit/$t (see $log)"; tail -n 8 "$log" | sed 's/^/    /'
        fi
    done
fi

# JS and browser tests (node:test); their own pass/fail counts join ours.
node_suite() {
    local name=$1 dir=$2
    [ -d "$dir" ] || return 0
    want "$name" || return 0
    local files; files=$(find "$dir" -maxdepth 2 \( -name '*.test.mjs' -o -name '*.test.js' -o -name 'test-*.mjs' -o -name '*.mjs' \) -not -path '*/node_modules/*' -not -path '*/fixtures/*' -not -path '*/lib/*' | sort)
    [ -n "$files" ] || return 0
    local log="$OUT/$name.tap"
    # shellcheck disable=SC2086
    timeout -k 5 600 node --test --test-reporter=tap $files > "$log" 2>&1
    local rc=$?
    local p f
    p=$(grep -E '^# pass [0-9]+' "$log" | tail -n 1 | awk '{print $3}')
    f=$(grep -E '^# fail [0-9]+' "$log" | tail -n 1 | awk '{print $3}')
    p=${p:-0}; f=${f:-0}
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
    extra_pass=$((extra_pass + p)); extra_fail=$((extra_fail + f))
    if [ "$f" -gt 0 ]; then
        echo "FAIL $name: $f failed (see $log)"
        grep -E '^\s*not ok' "$log" | head -n 10 | sed 's/^/    /'
    fi
}
node_start=$(date +%s)
if [ "$TARGETS" != mono ] && [ "$TARGETS" != native ] && [ "$TARGETS" != trimmed ]; then
    node_suite js tests/js
    node_suite browser tests/browser
fi
node_done=$(date +%s)

for r in "$OUT"/results/*.res; do
    [ -f "$r" ] || continue
    while IFS= read -r line; do
        case "$line" in
            PASS\ *) pass=$((pass + 1)); [ -n "${VERBOSE:-}" ] && echo "$line" ;;
            SKIP\ *) skip=$((skip + 1)); echo "$line" ;;
            FAIL\ *) fail=$((fail + 1)); echo "$line" ;;
            *) echo "$line" ;;
        esac
    done < "$r"
done

pass=$((pass + extra_pass)); fail=$((fail + extra_fail))
if [ -s "$OUT/job-times.txt" ]; then
    echo "slowest program jobs (ms, all targets): $(sort -rn "$OUT/job-times.txt" | head -n 6 | awk '{printf "%s%s %s", (NR > 1 ? ", " : ""), $2, $1}')"
fi
echo "time: programs $((programs_done - start))s, C unit tests $((node_start - programs_done))s, JS and browser $((node_done - node_start))s"
echo "($(( $(date +%s) - start ))s${GC_STRESS:+, gc-stress $GC_STRESS}, targets: $(target_list))"
# the closing line is exactly "N passed, N failed" (CI reads it); skips are counted on the line before
if [ "$skip" -gt 0 ]; then echo "$skip skipped (see SKIP lines above)"; fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
