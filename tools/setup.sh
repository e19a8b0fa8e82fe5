#!/usr/bin/env bash
# setup.sh — install what Cilantro needs on a Debian 12 machine.
#
# Idempotent and quick when everything is present: each tool is probed with
# `command -v` (or a file test) first, and apt is touched only when something
# is missing (one `apt-get update`, one `apt-get install`). Works without a
# terminal (CI), as root or through sudo. Then `npm install` runs when
# node_modules is missing or package.json / package-lock.json changed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

missing=()
need_cmd() {  # need_cmd <command> <debian package>
    command -v "$1" >/dev/null 2>&1 || missing+=("$2")
}
need_file() { # need_file <path> <debian package>
    [ -e "$1" ] || missing+=("$2")
}

need_cmd emcc emscripten
need_file /usr/share/nodejs/acorn node-acorn       # emcc's JS optimizer needs it
need_cmd wasm-opt binaryen
need_cmd wasm-split binaryen                       # splits the module (tools/build-wasm.sh)
need_cmd llvm-objdump-14 llvm-14                   # the objects' relocations (tools/wasm-split/move-data.mjs)
need_cmd mcs mono-mcs
need_cmd mono mono-runtime
need_file /usr/lib/mono/4.5/mscorlib.dll libmono-corlib4.5-cil   # what plain `mcs` compiles against
need_cmd ilasm mono-devel
need_cmd monodis mono-utils
need_cmd chromium chromium
need_cmd hyperfine hyperfine
need_cmd node nodejs
need_cmd npm npm
need_cmd clang-14 clang-14                          # the libFuzzer target (make fuzz)
need_file /usr/lib/llvm-14/lib/clang/14.0.6/lib/linux/libclang_rt.fuzzer-x86_64.a libclang-rt-14-dev

# The .NET SDK is not in Debian's archive; the project's machines come with it.
# Roslyn (inside it) compiles the corlib, and `dotnet` is the tests' oracle.
if ! command -v dotnet >/dev/null 2>&1; then
    echo "setup: the .NET SDK ('dotnet') is not on PATH; install .NET 10 SDK (https://dot.net) and retry" >&2
    exit 1
fi

if [ "${#missing[@]}" -gt 0 ]; then
    # Sort and drop duplicates so the message and the install line stay short.
    mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
    echo "setup: installing ${missing[*]}" >&2
    SUDO=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            SUDO=(sudo -n)
        else
            echo "setup: not root and no sudo; install as root: apt-get install ${missing[*]}" >&2
            exit 1
        fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${SUDO[@]}" apt-get update -q </dev/null
    "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
fi

# npm: reinstall when package.json or the lock file changed since the last
# install (a checksum kept inside node_modules, so a fresh clone always installs).
# The repository's own packages, and the Vite test project's (tests/vite: vite
# itself, kept out of the package's devDependencies).
npm_install_in() {  # npm_install_in <dir>
    local dir=$1 stamp sum
    [ -f "$dir/package.json" ] || return 0
    stamp="$dir/node_modules/.cilantro-setup-stamp"
    sum="$(cat "$dir/package.json" "$dir/package-lock.json" 2>/dev/null | sha256sum | cut -d' ' -f1)"
    if [ ! -d "$dir/node_modules" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$sum" ]; then
        echo "setup: npm install ($dir)" >&2
        (cd "$dir" && npm install --no-audit --no-fund --loglevel=error </dev/null)
        # npm may have rewritten the lock file: stamp what is there now.
        sum="$(cat "$dir/package.json" "$dir/package-lock.json" 2>/dev/null | sha256sum | cut -d' ' -f1)"
        echo "$sum" >"$stamp"
    fi
}
npm_install_in .
npm_install_in tests/vite
