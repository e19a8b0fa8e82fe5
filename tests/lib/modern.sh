# modern.sh — sourced by tests/run.sh and tools/expected.sh: builds every SDK
# project tests/modern/<name>/<name>.csproj and tests/libs/<name>/<name>.csproj
# (programs that use one NuGet package each) with ONE `dotnet build` of a
# generated solution (build/modern/modern.slnx; MSBuild builds the projects in
# parallel) and leaves one status file per project: STATUSDIR/<name>.build,
# first line `ok` or `fail`, then the reason. A failing project never stops the
# others. The build is skipped when nothing under tests/modern or tests/libs changed since the
# last successful one (stamp build/modern/.built). Output: build/modern/<name>/.
# The build may take MODERN_BUILD_TIMEOUT seconds (default 1500: a cold build of
# every project on a loaded 2-core machine takes over 10 minutes).

# Folders holding SDK projects; a project's name is unique across them.
MODERN_ROOTS=(tests/modern tests/libs)

# modern_projects: the project names, one a line (folders that follow the convention).
modern_projects() {
    local d n r
    for r in "${MODERN_ROOTS[@]}"; do
        for d in "$r"/*/; do
            n=$(basename "$d")
            [ -f "$d$n.csproj" ] && echo "$n"
        done
    done
}

# modern_dir NAME: the project's folder (tests/modern/NAME or tests/libs/NAME).
modern_dir() {
    local r
    for r in "${MODERN_ROOTS[@]}"; do
        [ -f "$r/$1/$1.csproj" ] && { echo "$r/$1"; return; }
    done
    echo "tests/modern/$1"
}

# modern_id NAME: the test id, modern/NAME or libs/NAME.
modern_id() {
    local d; d=$(modern_dir "$1")
    echo "$(basename "$(dirname "$d")")/$1"
}

# modern_is_library CSPROJ: true for a class library (no .expected; referenced by tests).
modern_is_library() {
    grep -Eqi '<OutputType>[[:space:]]*Library[[:space:]]*</OutputType>' "$1"
}

# modern_refs NAME: names of the projects NAME references (ProjectReference).
modern_refs() {
    grep -oE '<ProjectReference[^>]*Include="[^"]*"' "$(modern_dir "$1")/$1.csproj" \
        | sed -E 's/.*Include="([^"]*)"/\1/; s|\\|/|g; s|.*/||; s/\.csproj$//'
}

# modern_asm NAME: the project's assembly name (its <AssemblyName>, else NAME);
# the build writes build/modern/NAME/<assembly>.dll.
modern_asm() {
    local a
    a=$(grep -oE '<AssemblyName>[^<]+</AssemblyName>' "$(modern_dir "$1")/$1.csproj" | head -n 1 | sed -E 's/<[^>]+>//g')
    echo "${a:-$1}"
}

# modern_inputs NAME: the project's folder and the sources it compiles from elsewhere
# (<Compile Include="../../bench/x.cs" />), one a line.
modern_inputs() {
    local n=$1 p f
    local d; d=$(modern_dir "$n")
    echo "$d"
    grep -oE '<Compile[^>]*Include="[^"]*"' "$d/$n.csproj" | sed -E 's/.*Include="([^"]*)"/\1/; s|\\|/|g' |
        while IFS= read -r p; do
            for f in $d/$p; do [ -e "$f" ] && echo "$f"; done
        done
}

# modern_newer_source FILE PATH...: prints one build input under PATHs newer than FILE
# (test data such as .expected or .args is not an input).
modern_newer_source() {
    local ref=$1; shift
    find "$@" -type f -newer "$ref" -not -name '*.expected' -not -name '*.expected-by-hand' -not -name '*.args' -not -name '*.env' \
        -not -name '*.exitcode' -not -name '*.stderr' -not -name '*.md' -not -name '*.list' -print -quit
}

# modern_inputs_changed STAMP NAME...: true when some input of the projects is newer than the stamp.
modern_inputs_changed() {
    local stamp=$1 n inputs=("${MODERN_ROOTS[@]}"); shift
    [ -f "$stamp" ] || return 0
    for n in "$@"; do mapfile -t -O "${#inputs[@]}" inputs < <(modern_inputs "$n" | tail -n +2); done
    [ -n "$(modern_newer_source "$stamp" "${inputs[@]}")" ]
}

# modern_build STATUSDIR: build if needed, then write STATUSDIR/<name>.build for every project.
modern_build() {
    local status=$1 dir=build/modern
    local sln=$dir/modern.slnx log=$dir/build.log stamp=$dir/.built
    mkdir -p "$status" "$dir"
    rm -f "$status"/*.build
    local names n
    mapfile -t names < <(modern_projects)
    [ ${#names[@]} -gt 0 ] || return 0

    { echo '<Solution>'
      for n in "${names[@]}"; do echo "  <Project Path=\"../../$(modern_dir "$n")/$n.csproj\" />"; done
      echo '</Solution>'; } > "$sln.new"
    if cmp -s "$sln.new" "$sln"; then rm -f "$sln.new"; else mv "$sln.new" "$sln"; rm -f "$stamp"; fi
    for n in "${names[@]}"; do [ -f "$dir/$n/$(modern_asm "$n").dll" ] || rm -f "$stamp"; done

    local rc=0
    if modern_inputs_changed "$stamp" "${names[@]}"; then
        DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 \
            timeout -k 5 "${MODERN_BUILD_TIMEOUT:-1500}" dotnet build "$sln" -nologo -v:q -nodeReuse:false > "$log" 2>&1
        rc=$?
        if [ "$rc" -eq 0 ]; then touch "$stamp"; else rm -f "$stamp"; fi
    fi

    # A project is good when the build succeeded, or (after a failed build) when
    # no error names it and its dll is newer than its own sources.
    declare -A bad=()
    for n in "${names[@]}"; do
        local dll errs inputs
        dll="$dir/$n/$(modern_asm "$n").dll"
        mapfile -t inputs < <(modern_inputs "$n")
        errs=$(grep -E ': error [A-Z]*[0-9]+' "$log" 2>/dev/null | grep -F "$(modern_dir "$n")/$n.csproj]" | sort -u)
        if [ ! -f "$dll" ]; then
            bad[$n]="no $dll after the build${errs:+$'\n'$errs}"
        elif [ "$rc" -ne 0 ] && { [ -n "$errs" ] || [ -n "$(modern_newer_source "$dll" "${inputs[@]}" tests/modern/Directory.Build.props tests/libs/Directory.Build.props)" ]; }; then
            bad[$n]="build failed${errs:+$'\n'$errs}"
        fi
    done
    if [ "$rc" -ne 0 ] && [ ${#bad[@]} -eq 0 ]; then
        for n in "${names[@]}"; do bad[$n]="dotnet build failed (exit $rc)"$'\n'"$(tail -n 5 "$log")"; done
    fi
    # A program whose referenced project failed has failed too.
    local changed=1 r
    while [ "$changed" = 1 ]; do
        changed=0
        for n in "${names[@]}"; do
            [ -n "${bad[$n]:-}" ] && continue
            for r in $(modern_refs "$n"); do
                if [ -n "${bad[$r]:-}" ]; then bad[$n]="referenced project $r failed to build"; changed=1; break; fi
            done
        done
    done
    for n in "${names[@]}"; do
        if [ -n "${bad[$n]:-}" ]; then printf 'fail\n%s\n' "${bad[$n]}"; else echo ok; fi > "$status/$n.build"
    done
}

# libs_skip_reason ID: why test ID is skipped, or nothing. A libs/NAME listed in
# tests/libs/needs-expressions.list fails only because System.Linq.Expressions'
# Compile() is missing; the runner reports it as skipped with that reason.
libs_skip_reason() {
    local list=tests/libs/needs-expressions.list
    case "$1" in libs/*) ;; *) return 0 ;; esac
    [ -f "$list" ] || return 0
    if sed 's/#.*//; s/[[:space:]]*$//' "$list" | grep -qxF "${1#libs/}"; then
        echo "needs System.Linq.Expressions Compile() ($list)"
    fi
}
