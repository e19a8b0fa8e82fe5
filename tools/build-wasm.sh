#!/usr/bin/env bash
# build-wasm.sh — build the runtime as one standalone WebAssembly module.
#
# Output: build/wasm/cilantro.wasm, and no JS glue: the module is linked with
# -sSTANDALONE_WASM and instantiated by our own loader (js/core.mjs), which
# supplies the few WASI imports libc needs plus `env.cilantro_js_write`.
# See docs/js.md for why.
#
# The module is split in two (Binaryen's wasm-split; docs/js.md, "The lazy
# part"), twice:
#   cilantro.wasm        the functions listed in tools/wasm-split/primary.txt
#                        (what typical programs run, from a profile);
#   cilantro.lazy.wasm   the rest (the tier's compiler, rarely used internal
#                        calls, ...), which the host loads the first time one
#                        of them is called;
#   cilantro.small.wasm, cilantro.small.lazy.wasm: the same, split by
#                        primary-small.txt (what hello world runs), for
#                        trimmed apps (the JS option wasmSplit: 'small').
# Each lazy part also takes the read-only data only its functions read
# (tools/wasm-split/move-data.mjs, from the linker's map, build/wasm/link.map).
# cilantro.full.wasm is the whole module with function names, unsplit
# (tools/wasm-split/profile.mjs profiles it; stack traces of traps are
# readable with it). WASM_SPLIT=0 builds cilantro.wasm whole (and
# cilantro.small.wasm as a copy of it).
#
# Incremental: one object per C file under build/wasm/obj, rebuilt only when
# the source or a header it includes (tracked through emcc -MMD) is newer.
# Compiles run in parallel.
#
# Environment: EMCC, WASM_OPT, WASM_SPLIT (default 1), LLVM_OBJDUMP, WASM_CFLAGS (default
# -O3), WASM_COLD_CFLAGS (default -Os, for the files is_cold lists),
# WASM_OPT_LEVEL (default -O3), JOBS.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"

EMCC="${EMCC:-emcc}"
WASM_OPT="${WASM_OPT:-wasm-opt}"
WASM_SPLIT_BIN="${WASM_SPLIT_BIN:-wasm-split}"
WASM_SPLIT="${WASM_SPLIT:-1}"
# move-data.mjs reads the objects' relocations with it (llvm-14 comes with emscripten)
LLVM_OBJDUMP="${LLVM_OBJDUMP:-$(command -v llvm-objdump || command -v llvm-objdump-14 || echo llvm-objdump)}"
export LLVM_OBJDUMP
SPLIT_LIST=tools/wasm-split/primary.txt
SMALL_SPLIT_LIST=tools/wasm-split/primary-small.txt
WASM_CFLAGS="${WASM_CFLAGS:--O3}"
WASM_OPT_LEVEL="${WASM_OPT_LEVEL:--O3}"
JOBS="${JOBS:-$(nproc 2>/dev/null || echo 2)}"
OUT=build/wasm
OBJ=$OUT/obj

CFLAGS=(-std=c11 -Iruntime -D_GNU_SOURCE -Wall -Wextra -Wno-unused-parameter
        -Wno-missing-field-initializers $WASM_CFLAGS)
# Files no loop of a running program spends its time in (opening images and
# decoding metadata, the host API, JS interop's marshalling, reflection,
# files, HTTP, the verifier and disassembler) are compiled for size: 3.1 KB
# brotli off the module's first part, 1.2 KB off the lazy part, with no
# difference hyperfine could resolve in hello's start (71.7 vs 71.7 ms) or in
# a System.Text.Json program (257 vs 255 ms). The interpreter, translator,
# tier, GC, threads, types and the hot internal calls stay at WASM_CFLAGS.
WASM_COLD_CFLAGS="${WASM_COLD_CFLAGS:--Os}"
is_cold() {
    case "$1" in
        runtime/metadata/*|runtime/host/*|runtime/interop/*|runtime/icalls/icall_reflection.c|\
        runtime/icalls/icall_attributes.c|runtime/icalls/icall_file.c|runtime/icalls/icall_http.c|\
        runtime/icalls/icall_env.c|runtime/icalls/icall_platform.c|runtime/icalls/icall_diagnostics.c|\
        runtime/icalls/icall_check.c|runtime/icalls/icall_interop.c|runtime/interp/disasm.c|\
        runtime/interp/translate_verify.c|runtime/interp/frame_info.c) return 0 ;;
    esac
    return 1
}

mapfile -t SRCS < <(find runtime -name '*.c' ! -path runtime/host/main_native.c | sort)
if [ "${#SRCS[@]}" -eq 0 ]; then
    echo "build-wasm: no C sources under runtime/" >&2
    exit 1
fi

# Exports: every cil_* function declared in host.h, plus malloc/free so JS
# can hand bytes and strings to the runtime.
mapfile -t API < <(grep -oE '\bcil_[a-z0-9_]+[[:space:]]*\(' runtime/host/host.h |
                   sed -E 's/[[:space:]]*\($//' | sort -u)
EXPORTS="$(printf '_%s,' "${API[@]}" malloc free)"
EXPORTS="${EXPORTS%,}"

# Flags are part of every object's identity: a change rebuilds everything.
mkdir -p "$OBJ"
# (Read all of --version: `| head -1` would break emcc's pipe under pipefail.)
emcc_version="$("$EMCC" --version)"
flags_id="${emcc_version%%$'\n'*} ${CFLAGS[*]} cold=$WASM_COLD_CFLAGS:$(declare -f is_cold | md5sum | cut -c1-8)"
if [ "$(cat "$OBJ/.flags" 2>/dev/null)" != "$flags_id" ]; then
    find "$OBJ" -name '*.o' -delete
    printf '%s' "$flags_id" >"$OBJ/.flags"
fi

# stale <obj> <depfile>: true when the object must be rebuilt.
stale() {
    local obj=$1 dep=$2 f
    [ -f "$obj" ] && [ -f "$dep" ] || return 0
    # The depfile is "obj: src hdr hdr \" lines; every word after the colon is an input.
    for f in $(sed -e 's/^[^:]*://' -e 's/\\$//' "$dep"); do
        [ "$f" -nt "$obj" ] && return 0
        [ -e "$f" ] || return 0
    done
    return 1
}

OBJS=()
todo=()
for src in "${SRCS[@]}"; do
    rel="${src#runtime/}"
    obj="$OBJ/${rel%.c}.o"
    OBJS+=("$obj")
    if stale "$obj" "${obj%.o}.d"; then
        todo+=("$src")
    fi
done

compile() {
    local src=$1 rel="${1#runtime/}"
    local obj="$OBJ/${rel%.c}.o"
    mkdir -p "$(dirname "$obj")"
    echo "  emcc $src" >&2
    local extra=()
    if is_cold "$src"; then extra=($WASM_COLD_CFLAGS); fi
    "$EMCC" "${CFLAGS[@]}" "${extra[@]}" -MMD -MP -MF "${obj%.o}.d" -c "$src" -o "$obj"
}

fail=0
running=0
for src in "${todo[@]}"; do
    compile "$src" &
    running=$((running + 1))
    if [ "$running" -ge "$JOBS" ]; then
        wait -n || fail=1
        running=$((running - 1))
    fi
done
while [ "$running" -gt 0 ]; do
    wait -n || fail=1
    running=$((running - 1))
done
if [ "$fail" -ne 0 ]; then
    echo "build-wasm: compilation failed" >&2
    exit 1
fi

target=$OUT/cilantro.wasm
relink=0
[ -f "$target" ] && [ -f "$OUT/cilantro.small.wasm" ] || relink=1
link_id="$WASM_OPT_LEVEL split=$WASM_SPLIT"
[ "$(cat "$OUT/.link" 2>/dev/null)" = "$link_id" ] || relink=1
if [ "$relink" -eq 0 ]; then
    for f in "${OBJS[@]}" tools/build-wasm.sh tools/wasm-imports.js runtime/host/host.h tools/wasm-split/move-data.mjs $SPLIT_LIST $SMALL_SPLIT_LIST; do
        if [ "$f" -nt "$target" ]; then relink=1; break; fi
    done
fi
if [ "$relink" -eq 0 ]; then
    # make may have asked because of a header nothing includes: keep it quiet.
    touch "$target"
    echo "build-wasm: $target is up to date" >&2
    exit 0
fi

echo "  link $target" >&2
# -O2 at link keeps emcc's own wasm-opt pass short; our explicit wasm-opt
# pass below does the heavy optimization once. Both inline a function with
# one caller only when it is small (-ocimfs): unlimited, they merged whole
# call chains (image loading, the tier compiler) into functions of 14-18 KB
# of wasm, and V8 tiers a function up whole: compiling those with TurboFan
# in the background took 0.2-0.3 s of CPU each while the program ran.
# --profiling-funcs keeps function names (the split names them); the
# outputs are stripped.
OCIMFS=--one-caller-inline-max-function-size=200
FEATURES=(--enable-mutable-globals --enable-sign-ext)
# --print-map: the linker's map (on stdout) says where each data symbol
# lies, for move-data.mjs. (emcc drops -Wl,--Map=file as unsupported.)
"$EMCC" "${OBJS[@]}" -o "$OUT/cilantro.unopt.wasm" -O2 -sBINARYEN_EXTRA_PASSES=$OCIMFS \
    -sSTANDALONE_WASM --no-entry --profiling-funcs \
    -sEXPORTED_FUNCTIONS="$EXPORTS" \
    -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=16MB -sMAXIMUM_MEMORY=4GB \
    -sTOTAL_STACK=1MB -sALLOW_TABLE_GROWTH=1 \
    --js-library tools/wasm-imports.js -Wl,--print-map >"$OUT/link.map"
echo "  wasm-opt $WASM_OPT_LEVEL" >&2
"$WASM_OPT" "$WASM_OPT_LEVEL" $OCIMFS --debuginfo "$OUT/cilantro.unopt.wasm" -o "$OUT/cilantro.full.wasm"
rm -f "$OUT/cilantro.unopt.wasm" "$OUT"/cilantro.lazy.wasm "$OUT"/cilantro.small*.wasm

# split_module <list> <first part> <lazy part>: splits cilantro.full.wasm by the
# list of functions to keep, moves the data only the lazy part reads to it,
# and strips both.
split_module() {
    local list=$1 first=$2 lazy=$3
    echo "  wasm-split (keep $list)" >&2
    # Names in the list that this build lacks (a function renamed or
    # inlined away) only draw a warning; new functions go to the lazy part.
    "$WASM_SPLIT_BIN" "${FEATURES[@]}" "$OUT/cilantro.full.wasm" --keep-funcs=@"$list" \
        --import-namespace=primary --placeholder-namespace=placeholder --export-prefix=% \
        -o1 "$OUT/primary.tmp.wasm" -o2 "$OUT/lazy.tmp.wasm" 2> "$OUT/split.log" || { cat "$OUT/split.log" >&2; exit 1; }
    node tools/wasm-split/move-data.mjs "$OUT/link.map" "$list" "$OUT/primary.tmp.wasm" "$OUT/lazy.tmp.wasm"
    "$WASM_OPT" "${FEATURES[@]}" --strip-debug --strip-producers "$OUT/primary.tmp.wasm" -o "$first"
    "$WASM_OPT" "${FEATURES[@]}" --strip-debug --strip-producers "$OUT/lazy.tmp.wasm" -o "$lazy"
    rm -f "$OUT/primary.tmp.wasm" "$OUT/lazy.tmp.wasm"
    local missing
    missing=$(grep -c 'does not exist' "$OUT/split.log" || true)
    [ "$missing" = 0 ] || echo "build-wasm: $missing names in $list are not in this build (tools/wasm-split/profile.mjs renews the list)" >&2
}

if [ "$WASM_SPLIT" != 0 ] && [ -f "$SPLIT_LIST" ]; then
    split_module "$SPLIT_LIST" "$target.tmp" "$OUT/cilantro.lazy.wasm"
    if [ -f "$SMALL_SPLIT_LIST" ]; then
        split_module "$SMALL_SPLIT_LIST" "$OUT/cilantro.small.wasm" "$OUT/cilantro.small.lazy.wasm"
    fi
else
    "$WASM_OPT" "${FEATURES[@]}" --strip-debug --strip-producers "$OUT/cilantro.full.wasm" -o "$target.tmp"
fi
[ -f "$OUT/cilantro.small.wasm" ] || cp "$target.tmp" "$OUT/cilantro.small.wasm"
mv "$target.tmp" "$target"
printf '%s' "$link_id" >"$OUT/.link"
lazy=""
[ -f "$OUT/cilantro.lazy.wasm" ] && lazy=", $OUT/cilantro.lazy.wasm ($(wc -c <"$OUT/cilantro.lazy.wasm") bytes), $OUT/cilantro.small.wasm ($(wc -c <"$OUT/cilantro.small.wasm") bytes)"
echo "build-wasm: $target ($(wc -c <"$target") bytes)$lazy" >&2
