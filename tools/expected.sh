#!/usr/bin/env bash
# expected.sh — write the tests' expected outputs from real .NET 10, the oracle.
#
#   tools/expected.sh            every C#, IL, tests/modern and tests/libs program
#   TESTS=regex tools/expected.sh    only test ids matching (cs/spine/arith_int,
#                                    il/fault_filter, modern/hello)
#   tests/run.sh --update        the same (the runner calls this script)
#
# C# tests are compiled by mcs against Mono's mscorlib (tests/lib/compile.sh)
# and IL tests by ilasm, exactly as the runner does; the same exe then runs on
# .NET 10 with `dotnet exec --runtimeconfig tools/oracle.runtimeconfig.json`
# (the shared framework carries the mscorlib/System facades such exes bind to;
# invariant globalization). tests/modern programs are built by the SDK
# (tests/lib/modern.sh) and run with `dotnet <name>.dll`.
#
# Writes <name>.expected (stdout) and <name>.exitcode (removed when the exit
# code is 0). .NET on Linux ends a program with an unhandled exception by
# abort() (status 134); that is recorded as `nonzero`, which the runner reads
# as "a failure exit, not a crash". An existing `nonzero` is kept. Hand-written
# .stderr regexes are checked against .NET's stderr and reported if they miss.
# Tests with a <name>.expected-by-hand file (which says why .NET cannot decide
# them) are left alone. Cilantro's output is never used.
set -u
# a test id given as an argument would be ignored and every expected file rewritten
# (--one JOB is how the script runs each job in parallel: xargs, below)
if [ $# -gt 0 ] && [ "$1" != --one ]; then
    echo "expected.sh: takes no arguments; to pick tests, set TESTS: TESTS='$1' tools/expected.sh" >&2
    exit 2
fi
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT" || exit 2
# the same locale as tests/run.sh gives the programs (a test's .env may set another)
export LANG=C.UTF-8
unset LC_ALL LC_MESSAGES
# shellcheck source=../tests/lib/compile.sh
. tests/lib/compile.sh
# shellcheck source=../tests/lib/modern.sh
. tests/lib/modern.sh
OUT=tests/out
RUNTIMECONFIG=tools/oracle.runtimeconfig.json
TIMEOUT=${TIMEOUT:-60}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_DbgEnableMiniDump=0

# record STEM RC STDOUT STDERR ID: turn one .NET run into the expected files.
record() {
    local stem=$1 rc=$2 out=$3 err=$4 id=$5
    if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
        echo "TIMEOUT $id: .NET did not finish in ${TIMEOUT}s; nothing written"; return
    fi
    cp "$out" "$stem.expected"
    local old=""
    [ -f "$stem.exitcode" ] && old=$(tr -d ' \n' < "$stem.exitcode")
    if [ "$rc" -eq 0 ]; then
        rm -f "$stem.exitcode"
    elif [ "$rc" -eq 134 ] && grep -q '^Unhandled exception\. ' "$err"; then
        echo nonzero > "$stem.exitcode"
    elif [ "$old" != nonzero ]; then
        echo "$rc" > "$stem.exitcode"
    fi
    if [ -f "$stem.stderr" ]; then
        local re
        while IFS= read -r re || [ -n "$re" ]; do
            [ -z "$re" ] && continue
            grep -Eq -- "$re" "$err" || echo "note: $id: .NET's stderr does not match /$re/ from $stem.stderr"
        done < "$stem.stderr"
    fi
    echo "wrote $id (exit $rc)"
}

# one "KIND|ID|SRC": compile (cs, il) or take the SDK build (modern), run on .NET.
one() {
    local kind id src
    IFS='|' read -r kind id src <<< "$1"
    local stem="${src%.*}" base="$OUT/$id" args=() cmd=()
    mkdir -p "$(dirname "$base")"
    if [ -f "$stem.expected-by-hand" ]; then echo "kept $id (by hand: $(head -n 1 "$stem.expected-by-hand"))"; return; fi
    case "$kind" in
        cs|il)
            if ! compile "$src" "$base.exe" "$kind"; then echo "COMPILE ERROR $id"; cat "$base.exe.compile.log"; return; fi
            cmd=(dotnet exec --runtimeconfig "$RUNTIMECONFIG" "$base.exe") ;;
        modern)
            local name; name=$(basename "$stem")
            if [ "$(head -n 1 "$OUT/modern/$name.build")" != ok ]; then
                echo "BUILD ERROR $id"; sed -n '2,12p' "$OUT/modern/$name.build"; return
            fi
            cmd=(dotnet "build/modern/$name/$(modern_asm "$name").dll") ;;
    esac
    [ -f "$stem.args" ] && read -r -a args < "$stem.args"
    local test_env=()
    [ -f "$stem.env" ] && mapfile -t test_env < <(grep -E '^[A-Za-z_][A-Za-z0-9_]*=' "$stem.env")
    [ ${#test_env[@]} -gt 0 ] && cmd=(env "${test_env[@]}" "${cmd[@]}")
    local input=/dev/null   # standard input as the runner gives it: <name>.stdin if there is one
    [ -f "$stem.stdin" ] && input="$stem.stdin"
    (ulimit -c 0; timeout -k 5 "$TIMEOUT" "${cmd[@]}" ${args[@]+"${args[@]}"} \
        > "$base.dotnet.actual" 2> "$base.dotnet.stderr" < "$input") 2> /dev/null   # no "Aborted" noise
    record "$stem" $? "$base.dotnet.actual" "$base.dotnet.stderr" "$id"
}

if [ "${1:-}" = --one ]; then one "$2"; exit 0; fi

command -v dotnet > /dev/null || { echo "dotnet (the .NET 10 SDK) is not installed: cannot write expected outputs"; exit 2; }
FILTER=${TESTS:-}
want() { [ -z "$FILTER" ] || [[ $1 =~ $FILTER ]]; }
jobs=()
while IFS= read -r f; do
    id=${f#tests/}; id=${id%.*}
    want "$id" && jobs+=("${id%%/*}|$id|$f")
done < <(find tests/cs -name '*.cs'; find tests/il -name '*.il' | sort)
if [ -z "$FILTER" ] || [[ modern/ =~ $FILTER ]] || [[ libs/ =~ $FILTER ]] || [[ $FILTER == *modern* ]] || [[ $FILTER == *libs* ]]; then
    modern_build "$OUT/modern"
    for st in "$OUT"/modern/*.build; do
        [ -f "$st" ] || continue
        name=$(basename "$st" .build)
        dir=$(modern_dir "$name")
        # Only programs are tests, not the class libraries they reference.
        modern_is_library "$dir/$name.csproj" && continue
        want "$(modern_id "$name")" && jobs+=("modern|$(modern_id "$name")|$dir/$name.csproj")
    done
fi
[ ${#jobs[@]} -gt 0 ] || { echo "no tests match"; exit 0; }
printf '%s\n' "${jobs[@]}" | xargs -P "${JOBS:-$(nproc 2>/dev/null || echo 2)}" -d '\n' -n 1 bash "$0" --one
