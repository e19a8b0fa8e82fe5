# compile.sh — sourced by tests/run.sh and tools/expected.sh: how a C#/IL/bench
# test source becomes an exe (Mono's mcs against Mono's mscorlib, as users do;
# ilasm for IL). Cached: nothing is done when EXE is newer than SRC.

# compile SRC EXE KIND (KIND: cs | il | bench): returns non-zero with the
# compiler output in EXE.compile.log.
compile() {
    local src=$1 exe=$2 kind=$3
    mkdir -p "$(dirname "$exe")"
    if [ -f "$exe" ] && [ ! "$src" -nt "$exe" ]; then return 0; fi
    local log="$exe.compile.log" flags=()
    case "$kind" in
        il)
            ilasm /quiet /exe "/output:$exe" "$src" > "$log" 2>&1 || { rm -f "$exe"; return 1; } ;;
        bench)
            mcs -optimize+ -nowarn:219,414,162,168 "-out:$exe" "$src" > "$log" 2>&1 || { rm -f "$exe"; return 1; } ;;
        *)
            local first
            first=$(head -n 1 "$src")
            if [[ $first =~ ^//\ mcs:\ (.*)$ ]]; then read -r -a flags <<< "${BASH_REMATCH[1]}"; fi
            mcs -nowarn:219,414,162,168,649,169,67,1717,652,108,114,429,1720 ${flags[@]+"${flags[@]}"} \
                "-out:$exe" "$src" > "$log" 2>&1 || { rm -f "$exe"; return 1; } ;;
    esac
    return 0
}
