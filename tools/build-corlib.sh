#!/usr/bin/env bash
# build-corlib.sh — compile the corlib with Roslyn, as a core and parts
# (corlib/parts.txt; docs/corlib.md, "Parts").
#
#   tools/build-corlib.sh [out-dir]        (default build/corlib; the Makefile runs it)
#
# 1. The core alone (everything parts.txt does not take) -> obj/mscorlib.dll.
#    It names the parts as friends (InternalsVisibleTo), so they may use its
#    internals, as the code did when it was one assembly.
# 2. Each part, in the file's order, against the core and the parts above it
#    -> <out>/mscorlib.<Part>.dll, an assembly named mscorlib.<Part>: not the
#    .NET name itself, so that a real assembly of that name (System.ObjectModel
#    from an installed .NET, for types the corlib lacks; docs/libraries.md)
#    can still be loaded beside it.
# 3. The core again, now with its index of the parts (a [CorlibPart] per
#    part, listing its public types; tools/corlib-parts-index.mjs)
#    -> <out>/mscorlib.dll. A program's reference to [System.Runtime]System.Uri
#    finds the core, whose index names the part: that is how the runtime
#    knows which parts a program needs (types/corlib_parts.c) without a list
#    of its own. The parts do not change: they were compiled against the same
#    core, less the index. -> <out>/whole/mscorlib.dll, the core whole, against
#    which Cilantro.Interop compiles and which `cilantro trim` trims.
# 4. The whole core cut in two by type (cilantro-trim --split-core,
#    tools/trim/CoreSplit.cs): what corlib/start-types.txt lists (what hello
#    world and a typical program use) and what the runtime binds stay in
#    <out>/mscorlib.dll; every other type goes to one of the core's own parts,
#    <out>/mscorlib.CoreLib.<Group>.dll (groups: corlib/core-parts.txt),
#    loaded when a program first uses one of its types.
# Roslyn compiles the corlib against nothing but itself (-nostdlib).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="${1:-build/corlib}"
OUT="${OUT%/}"
OBJ="$OUT/obj"
CSC="${CSC:-bash tools/csc.sh}"
FLAGS=(-nostdlib -noconfig -target:library -unsafe -optimize+ -deterministic -langversion:latest -nologo
       -nowarn:8632,169,414,649,1635,0626,0436,8981,0282,0108,0114,0659,0661,0660,1717,0067,0168,0219,0162,8321,0809,0618,0612,0252,0652,1718,8021,3021,8500)
mkdir -p "$OUT" "$OBJ" "$OUT/whole"

mapfile -t ALL < <(find corlib/System -name '*.cs' | LC_ALL=C sort)
declare -A OWNER=()        # source file -> part
PARTS=()
while IFS= read -r line; do
    line="${line%%#*}"
    [[ "$line" =~ ^[[:space:]]*$ ]] && continue
    part="${line%%:*}"
    part="${part//[[:space:]]/}"
    PARTS+=("$part")
    for pat in ${line#*:}; do
        n=0
        for f in "${ALL[@]}"; do
            rel="${f#corlib/}"
            [[ "$rel" == "$pat"* ]] || continue
            [[ "$pat" == *.cs && "$rel" != "$pat" ]] && continue
            [ -n "${OWNER[$f]:-}" ] && { echo "build-corlib: $rel is in both ${OWNER[$f]} and $part" >&2; exit 1; }
            OWNER[$f]=$part
            n=$((n + 1))
        done
        [ "$n" -gt 0 ] || { echo "build-corlib: corlib/parts.txt: '$pat' ($part) matches no file" >&2; exit 1; }
    done
done < corlib/parts.txt

CORE=()
for f in "${ALL[@]}"; do [ -z "${OWNER[$f]:-}" ] && CORE+=("$f"); done

friends() {   # friends <name>...: an InternalsVisibleTo for each
    local n
    for n in "$@"; do printf '[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("%s")]\n' "$n"; done
}

NAMES=("${PARTS[@]/#/mscorlib.}")
friends "${NAMES[@]}" > "$OBJ/CoreFriends.cs"
echo "csc -> $OBJ/mscorlib.dll (the core, pass 1)"
$CSC "${FLAGS[@]}" -out:"$OBJ/mscorlib.dll" "${CORE[@]}" "$OBJ/CoreFriends.cs"

refs=(-r:"$OBJ/mscorlib.dll")
for i in "${!PARTS[@]}"; do
    part=${PARTS[$i]}
    srcs=()
    for f in "${ALL[@]}"; do [ "${OWNER[$f]:-}" = "$part" ] && srcs+=("$f"); done
    friends "${NAMES[@]:$((i + 1))}" > "$OBJ/$part.Friends.cs"
    echo "csc -> $OUT/mscorlib.$part.dll"
    $CSC "${FLAGS[@]}" "${refs[@]}" -out:"$OUT/mscorlib.$part.dll" "${srcs[@]}" "$OBJ/$part.Friends.cs"
    refs+=(-r:"$OUT/mscorlib.$part.dll")
done

part_files=()
for name in "${NAMES[@]}"; do part_files+=("$OUT/$name.dll"); done
node tools/corlib-parts-index.mjs "${part_files[@]}" > "$OBJ/CorePartsIndex.cs"
echo "csc -> $OUT/whole/mscorlib.dll (the core, with the parts' index)"
$CSC "${FLAGS[@]}" -out:"$OUT/whole/mscorlib.dll" "${CORE[@]}" "$OBJ/CoreFriends.cs" "$OBJ/CorePartsIndex.cs"

SPLIT="${SPLIT_TOOL:-build/trim/cilantro-trim.dll}"
[ -f "$SPLIT" ] || { echo "build-corlib: $SPLIT is missing (make trim)" >&2; exit 1; }
rm -f "$OUT"/mscorlib.CoreLib.*.dll
echo "split-core -> $OUT/mscorlib.dll and $OUT/mscorlib.CoreLib.*.dll"
dotnet "$SPLIT" --split-core "$OUT/whole/mscorlib.dll" --start corlib/start-types.txt --groups corlib/core-parts.txt -o "$OUT"
# The parts' assembly names, in order (for tools; the runtime reads the index).
{ printf '%s\n' "${NAMES[@]}"; cat "$OUT/core-parts.txt"; } > "$OUT/parts.txt"
rm "$OUT/core-parts.txt"
