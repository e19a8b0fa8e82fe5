#!/usr/bin/env bash
# corlib-start-types.sh — renews the two profiles by which tools/build-corlib.sh
# cuts the corlib's core by type (docs/corlib.md, "The core's own parts"):
#
#   corlib/start-types.txt   what hello world uses, with what an unhandled
#                            exception's report, int.Parse and Thread.Sleep
#                            add (the run page's samples Fails and Counter
#                            and the benchmark fannkuchredux, which reference
#                            nothing else):
#                            these types stay in the core (mscorlib.dll),
#                            which every program loads;
#   corlib/common-types.txt  what typical programs use besides: the part
#                            mscorlib.CoreLib.Common (corlib/core-parts.txt),
#                            which a program loads before it starts when its own
#                            references name one of them. The programs:
#                            tools/wasm-split/Typical.cs (formatting,
#                            collections, LINQ, a caught exception, a GC, a
#                            waited task), the benchmark page's programs and
#                            the run page's samples that need no page
#                            (build/web/bench, build/web/samples).
#
# `cilantro --list-core-types` prints the top-level types of the core and its
# parts that a run created. The runs set LANG as a page in English does
# (js/page.mjs hands the browser's language in LANG). A type missing from the
# lists is never an error, only in a part loaded when first needed.
#
#   tools/corlib-start-types.sh        (needs `make native corlib web` and mcs)
# then `make corlib` cuts by the new lists.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mcs -nologo -nowarn:626 -out:"$work/Typical.exe" tools/wasm-split/Typical.cs
list() {   # list <app> [args]: the core types a run of it created, sorted (Fails.exe fails on purpose)
    { LANG=en_US.UTF-8 build/native/cilantro --list-core-types "$@" 2>&1 > /dev/null || true; } |
        grep -E '^[A-Za-z_<][^ ]*$' | LC_ALL=C sort -u
}
{
    for app in build/web/hello.exe build/web/samples/Fails.exe build/web/bench/fannkuchredux.exe; do
        list "$app"
    done
    list build/web/samples/Counter.exe 2   # two ticks, 200 ms apart
} | LC_ALL=C sort -u > "$work/hello"
for app in "$work/Typical.exe" build/web/bench/*.exe build/web/samples/{Fails,Primes,Threads}.exe; do
    list "$app"
done | LC_ALL=C sort -u > "$work/typical"
{
    echo "# what stays in the core: written by tools/corlib-start-types.sh, do not edit"
    cat "$work/hello"
} > corlib/start-types.txt
{
    echo "# the part mscorlib.CoreLib.Common: written by tools/corlib-start-types.sh, do not edit"
    LC_ALL=C comm -13 "$work/hello" "$work/typical"
} > corlib/common-types.txt
echo "corlib-start-types: $(grep -vc '^#' corlib/start-types.txt) types stay in the core, $(grep -vc '^#' corlib/common-types.txt) go to mscorlib.CoreLib.Common"
