#!/usr/bin/env bash
# check-binder.sh — every exception type the C runtime throws by name
# ("System.FormatException" passed to vm_throw_new, interp_set_pending, ...)
# must be listed in runtime/types/corlib_binder.def: the binder checks it at
# start-up and the trimmer keeps it. Run by `make test` as unit/test_binder.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
def=runtime/types/corlib_binder.def
listed=$(sed -nE 's/^CORLIB_TYPE(_ALL|_NEW)?\([a-z0-9_]+, "([^"]*)", "([^"]*)"\).*/\2.\3/p' "$def" | sed 's/^\.//' | sort -u)
used=$(grep -rhoE '"System(\.[A-Za-z]+)*\.[A-Za-z]*Exception"' runtime --include='*.c' --include='*.h' --include='*.inc' |
       tr -d '"' | sort -u)
missing=$(comm -13 <(echo "$listed") <(echo "$used"))
if [ -n "$missing" ]; then
    echo "thrown by name in runtime/ but not listed in $def:"
    echo "$missing" | sed 's/^/  /'
    exit 1
fi
echo "binder: $(echo "$used" | wc -l) exception names thrown by the runtime, all listed"
