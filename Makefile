# Cilantro — one entry point. `make run` and `make test` set up a fresh
# Debian machine first (tools/setup.sh, idempotent), then build and run.

SHELL := /bin/bash
export NODE_PATH := /usr/share/nodejs

CC ?= cc
EMCC ?= emcc
MCS ?= mcs
# Roslyn from the .NET SDK compiles the corlib and the interop assembly (C# 14:
# ref structs, ref fields, static abstract interface members). tools/csc.sh
# finds the SDK's csc.dll.
CSC ?= bash tools/csc.sh

RUNTIME_SRC := $(shell find runtime -name '*.c' | sort)
NATIVE_SRC := $(RUNTIME_SRC)
WASM_SRC := $(filter-out runtime/host/main_native.c runtime/icalls/icall_check.c,$(RUNTIME_SRC))
RUNTIME_HDR := $(shell find runtime -name '*.h' -o -name '*.inc' -o -name '*.def')

CFLAGS_COMMON := -std=c11 -Iruntime -D_GNU_SOURCE -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers
NATIVE_CFLAGS ?= -O2 -g
NATIVE_OBJ := $(patsubst runtime/%.c,build/native/obj/%.o,$(NATIVE_SRC))

CORLIB_SRC := $(shell find corlib/System corlib/Internal -name '*.cs' 2>/dev/null | sort)
# generators beside the files they write (tools/gen-corlib.sh runs them all)
CORLIB_GEN := $(shell find corlib -name '*.py' 2>/dev/null | sort)
CORLIB := build/corlib/mscorlib.dll

.PHONY: all native wasm corlib interop setup run test bench serve clean
all: native corlib wasm interop

setup:
	@bash tools/setup.sh

# ---- native runtime ----
native: build/native/cilantro
build/native/obj/%.o: runtime/%.c $(RUNTIME_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) $(NATIVE_CFLAGS) -c $< -o $@
build/native/cilantro: $(NATIVE_OBJ)
	$(CC) $(NATIVE_CFLAGS) -o $@ $(NATIVE_OBJ) -lm

# ---- gc unit test (owner: GC engineer): the collector alone, fake types ----
# GC_TEST_STRESS=N build/native/test_gc runs every test heap in stress mode.
build/native/test_gc: tests/c/test_gc.c $(wildcard runtime/gc/*.c) $(wildcard runtime/gc/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) $(NATIVE_CFLAGS) -o $@ tests/c/test_gc.c $(wildcard runtime/gc/*.c)

# ---- op table unit test: runtime/interp/ops.def is self-consistent ----
build/native/test_ops: tests/c/test_ops.c runtime/interp/ops.c runtime/interp/ops.h runtime/interp/ops.def
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) $(NATIVE_CFLAGS) -o $@ tests/c/test_ops.c runtime/interp/ops.c

# ---- include rules (tools/check-includes.py): no include cycle between
# runtime folders, private headers private. The unit test runs the check. ----
build/native/test_includes: tools/check-includes.py
	@mkdir -p $(dir $@)
	printf '%s\n' '#!/usr/bin/env bash' '# include rules between runtime folders (Makefile: include rules)' \
	  'cd "$(CURDIR)" && exec python3 tools/check-includes.py' > $@
	chmod +x $@

# ---- generated corlib files: each matches its generator's output ----
build/native/test_corlib_generated: tools/gen-corlib.sh
	@mkdir -p $(dir $@)
	printf '%s\n' '#!/usr/bin/env bash' '# generated corlib files are up to date (Makefile: generated corlib files)' \
	  'cd "$(CURDIR)" && exec bash tools/gen-corlib.sh --check' > $@
	chmod +x $@

# ---- checked build: every NEXT(n) in the loop is compared with its op's
# ops.def row (CILANTRO_CHECK_OPS). make checked && NATIVE_CLI=build/checked/cilantro TARGETS=native tests/run.sh
CHECKED_FLAGS := -O1 -g -DCILANTRO_CHECK_OPS
CHECKED_OBJ := $(patsubst runtime/%.c,build/checked/obj/%.o,$(NATIVE_SRC))
.PHONY: checked
checked: build/checked/cilantro
build/checked/obj/%.o: runtime/%.c $(RUNTIME_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) $(CHECKED_FLAGS) -c $< -o $@
build/checked/cilantro: $(CHECKED_OBJ)
	$(CC) $(CHECKED_FLAGS) -o $@ $(CHECKED_OBJ) -lm

# ---- random IL programs (tools/ilgen, docs/testing.md): well-formed ones must
# print the same on native, wasm, the wasm tier and .NET; ill-formed ones must
# throw InvalidProgramException. unit/test_ilgen runs 30 fixed seeds; `make ilgen
# N=1000 START=1000` runs more. ----
N ?= 200
START ?= 1000
.PHONY: ilgen
ilgen: native wasm corlib
	python3 tools/ilgen/ilgen.py run --start $(START) --count $(N)
build/native/test_ilgen: tools/ilgen/ilgen.py
	@mkdir -p $(dir $@)
	printf '%s\n' '#!/usr/bin/env bash' '# 30 random IL programs from fixed seeds (Makefile: random IL programs)' \
	  'cd "$(CURDIR)" && exec python3 tools/ilgen/ilgen.py run --start 1 --count 30 --timeout 60' > $@
	chmod +x $@

# ---- corlib binder check: the exception names the runtime throws by string are
# all in runtime/types/corlib_binder.def (tools/check-binder.sh; unit/test_binder) ----
build/native/test_binder: tools/check-binder.sh
	@mkdir -p $(dir $@)
	@printf '#!/bin/sh\nexec bash "%s/tools/check-binder.sh"\n' "$(CURDIR)" > $@ && chmod +x $@

# ---- internal-call tables: every [InternalCall] method of the corlib and of
# Cilantro.Interop has its C function, and every table entry its method
# (`cilantro --check-icalls`, runtime/icalls/icall_check.c; unit/test_icall_table) ----
build/native/test_icall_table: build/native/cilantro $(CORLIB) build/interop/Cilantro.Interop.dll
	@mkdir -p $(dir $@)
	@printf '#!/bin/sh\ncd "%s" && exec build/native/cilantro --check-icalls $(INTEROP_DLL)\n' "$(CURDIR)" > $@ && chmod +x $@

# ---- corlib (C#, compiled by Roslyn against nothing but itself): the core
# mscorlib.dll and its parts (corlib/parts.txt; tools/build-corlib.sh) ----
corlib: $(CORLIB)
# The whole core before the split (tools/build-corlib.sh, step 3): what C# compiles against.
CORLIB_REF := build/corlib/whole/mscorlib.dll
$(CORLIB): $(CORLIB_SRC) $(CORLIB_GEN) corlib/parts.txt corlib/core-parts.txt corlib/start-types.txt tools/csc.sh \
           tools/gen-corlib.sh tools/build-corlib.sh tools/corlib-parts-index.mjs build/trim/cilantro-trim.dll
	@mkdir -p $(dir $@)
	@bash tools/gen-corlib.sh
	@CSC="$(CSC)" bash tools/build-corlib.sh $(dir $@)

# ---- interop assembly (owner: interop): Cilantro.Interop.dll, the C# side of
# JS <-> .NET interop (namespace Cilantro.Interop) and Cilantro.Testing.Test ----
INTEROP_SRC := $(shell find interop -name '*.cs' 2>/dev/null | sort)
INTEROP_DLL := build/interop/Cilantro.Interop.dll
interop: $(INTEROP_DLL)
$(INTEROP_DLL): $(INTEROP_SRC) $(CORLIB)
	@mkdir -p $(dir $@)
	@echo "csc -> $@"
	@$(CSC) -nostdlib -noconfig -r:$(CORLIB_REF) -target:library -optimize+ -deterministic -nologo -out:$@ $(INTEROP_SRC)

# ---- wasm runtime (see tools/build-wasm.sh) ----
wasm: build/wasm/cilantro.wasm
build/wasm/cilantro.wasm: $(WASM_SRC) $(RUNTIME_HDR) tools/build-wasm.sh tools/wasm-imports.js tools/wasm-split/primary.txt \
                          $(wildcard tools/wasm-split/primary-small.txt) tools/wasm-split/move-data.mjs
	@bash tools/build-wasm.sh

# ---- user-facing entry points ----
run: setup all
	@bash tools/run-sample.sh

test: setup all
	@bash tests/run.sh

bench: setup all
	@bash tools/bench.sh

serve: setup all
	@node tools/serve.mjs

clean:
	rm -rf build tests/out

# ---- mddump: metadata dumper + metadata reader unit test (owner: metadata) ----
# build/native/mddump          the assembly dumper (tools/mddump.c)
# build/native/test_md         tests/c/test_md.c, built with ASan/UBSan
# make test-md                 compiles tests/c/md/*.cs with mcs and runs test_md
MD_SRC := $(sort $(wildcard runtime/metadata/*.c))
MD_HDR := $(wildcard runtime/metadata/*.h)
MD_SAMPLES := $(patsubst tests/c/md/%.cs,build/native/md/%.exe,$(wildcard tests/c/md/*.cs))
MD_SAN := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
.PHONY: mddump test-md
mddump: build/native/mddump
build/native/mddump: tools/mddump.c $(MD_SRC) $(MD_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) $(NATIVE_CFLAGS) -o $@ tools/mddump.c $(MD_SRC)
build/native/md/%.exe: tests/c/md/%.cs
	@mkdir -p $(dir $@)
	$(MCS) -unsafe -nowarn:67,169,414,649 -out:$@ $<
# the samples come along with the binary, so `make build/native/test_md` (what tests/run.sh does) is enough
build/native/test_md: tests/c/test_md.c $(MD_SRC) $(MD_HDR) | $(MD_SAMPLES)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) -O1 -g $(MD_SAN) -o $@ tests/c/test_md.c $(MD_SRC)
test-md: build/native/test_md $(MD_SAMPLES)
	build/native/test_md build/native/md

# ---- icalls unit test ----
# make test-icalls             tests/c/test_icalls.c: the pure-C number helpers
#                              (runtime/icalls/icall_number_digits.c), ASan/UBSan
.PHONY: test-icalls
build/native/test_icalls: tests/c/test_icalls.c runtime/icalls/icall_number_digits.c runtime/icalls/icall_number.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) -O1 -g $(MD_SAN) -o $@ tests/c/test_icalls.c runtime/icalls/icall_number_digits.c -lm
test-icalls: build/native/test_icalls
	build/native/test_icalls

# ---- fuzzing (tools/fuzz/, docs/testing.md): libFuzzer over the metadata
# reader and the translator, built with Debian's clang-14 (libclang-rt-14-dev).
# make fuzz                    FUZZ_TIME seconds (default 300) from the seeds
#                              the build writes (build/fuzz/seeds), corpus kept
#                              in build/fuzz/corpus; crashes land in build/fuzz/
# build/native/test_fuzz_smoke the few-second run tests/run.sh counts as a test
FUZZ_CC ?= clang-14
FUZZ_TIME ?= 300
FUZZ_SAN := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
FUZZ_OBJ := $(patsubst runtime/%.c,build/fuzz/obj/%.o,$(WASM_SRC))
FUZZ_SEED_EXES := build/fuzz/FuzzHost.exe $(MD_SAMPLES)
FUZZ_ENV := CILANTRO_FUZZ_CORLIB=$(CORLIB) CILANTRO_FUZZ_HOST=build/fuzz/FuzzHost.exe
.PHONY: fuzz fuzz-seeds
build/fuzz/obj/%.o: runtime/%.c $(RUNTIME_HDR)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(CFLAGS_COMMON) $(FUZZ_SAN) -fsanitize=fuzzer-no-link -c $< -o $@
build/fuzz/cilantro-fuzz: tools/fuzz/fuzz.c $(FUZZ_OBJ)
	$(FUZZ_CC) $(CFLAGS_COMMON) $(FUZZ_SAN) -fsanitize=fuzzer -o $@ tools/fuzz/fuzz.c $(FUZZ_OBJ) -lm
build/fuzz/FuzzHost.exe: tools/fuzz/FuzzHost.cs
	@mkdir -p $(dir $@)
	$(MCS) -unsafe -nowarn:649 -out:$@ $<
build/fuzz/seeds-tool: tools/fuzz/seeds.c $(MD_SRC) $(MD_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) -O1 -g -o $@ tools/fuzz/seeds.c $(MD_SRC)
build/fuzz/seeds/.done: build/fuzz/seeds-tool $(FUZZ_SEED_EXES)
	rm -rf build/fuzz/seeds && mkdir -p build/fuzz/seeds
	build/fuzz/seeds-tool build/fuzz/seeds $(FUZZ_SEED_EXES)
	touch $@
fuzz-seeds: build/fuzz/seeds/.done
fuzz: build/fuzz/cilantro-fuzz build/fuzz/seeds/.done $(CORLIB)
	mkdir -p build/fuzz/corpus
	$(FUZZ_ENV) build/fuzz/cilantro-fuzz -max_total_time=$(FUZZ_TIME) -print_final_stats=1 \
	  -artifact_prefix=build/fuzz/ build/fuzz/corpus build/fuzz/seeds
build/native/test_fuzz_smoke: build/fuzz/cilantro-fuzz build/fuzz/seeds/.done $(CORLIB)
	@mkdir -p $(dir $@)
	printf '%s\n' '#!/usr/bin/env bash' '# the fuzzer for a few seconds over the seeds (Makefile: fuzzing)' \
	  'set -e; cd "$(CURDIR)"; d=$$(mktemp -d); trap "rm -rf $$d" EXIT' \
	  '$(FUZZ_ENV) build/fuzz/cilantro-fuzz -max_total_time=5 -artifact_prefix=$$d/ $$d build/fuzz/seeds' > $@
	chmod +x $@

# ---- sanitizer build (AddressSanitizer + UBSan), for GC-stress runs ----
# make asan && NATIVE_CLI=build/asan/cilantro GC_STRESS=7 TARGETS=native tests/run.sh
ASAN_FLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -DCILANTRO_CHECK_OPS
ASAN_OBJ := $(patsubst runtime/%.c,build/asan/obj/%.o,$(NATIVE_SRC))
.PHONY: asan
asan: build/asan/cilantro
build/asan/obj/%.o: runtime/%.c $(RUNTIME_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) $(ASAN_FLAGS) -c $< -o $@
build/asan/cilantro: $(ASAN_OBJ)
	$(CC) $(ASAN_FLAGS) -o $@ $(ASAN_OBJ) -lm

# ---- GC stress: the C# and IL suites on the sanitizer build, collecting
# before every Nth allocation (the proof that no root is missing). Slow. ----
STRESS_N ?= 7
.PHONY: test-stress
# gc/graphs keeps 200 K objects live over 1.3 M allocations: it gets a sparser stress.
test-stress: setup asan corlib
	NATIVE_CLI=build/asan/cilantro GC_STRESS=$(STRESS_N) TARGETS=native TIMEOUT=600 \
	  TESTS='cs/(spine|objects|corlib|threading)|il/|cs/gc/(alloc_loop|conditional|events|finalizers|gchandle|oom|resurrection|structs|weak)' bash tests/run.sh
	NATIVE_CLI=build/asan/cilantro GC_STRESS=499 TARGETS=native TIMEOUT=600 TESTS='cs/gc/graphs' bash tests/run.sh

# ---- trimmer (tools/trim, docs/trimming.md): `npx cilantro trim App.dll -o dist/`
# and `make trimmed APP=path/App.dll OUT=dist`. Its first build restores Mono.Cecil
# and Microsoft.NET.ILLink.Tasks (whose illink.dll it runs). ----
TRIM_SRC := $(wildcard tools/trim/*.cs tools/trim/*.csproj) runtime/types/corlib_binder.def runtime/types/framework_names.inc
TRIM_TOOL := build/trim/cilantro-trim.dll
.PHONY: trim trimmed
all: trim
trim: $(TRIM_TOOL)
$(TRIM_TOOL): $(TRIM_SRC)
	@echo "dotnet build -> $@" >&2
	@mkdir -p build/trim
	@dotnet build tools/trim/trim.csproj -c Release -o build/trim -nologo -v:q > build/trim/build.log 2>&1 \
	  || { cat build/trim/build.log; exit 1; }
	@touch $@
trimmed: $(TRIM_TOOL) $(CORLIB)
	@test -n "$(APP)" -a -n "$(OUT)" || { echo "usage: make trimmed APP=path/App.dll OUT=dist" >&2; exit 2; }
	@dotnet $(TRIM_TOOL) --corlib $(CORLIB) $(APP) -o $(OUT)

# ---- web demos (owner: browser; tools/build-web.sh): the demo pages' C#
# programs, the run page's samples and the benchmark page's programs -> build/web/ ----
.PHONY: web
all: web
web: interop trim
	@bash tools/build-web.sh

# ---- API coverage (tools/api-coverage, see docs/corlib.md): which public API of
# netstandard 2.0 and of the net10.0 reference assemblies the corlib provides with
# the same signature. The tool's first build restores NETStandard.Library 2.0.3.
# make coverage                                   the per-namespace tables
# make coverage COVERAGE_ARGS='--missing System.IO'   what System.IO lacks
# make coverage COVERAGE_ARGS=--markdown          the README table ----
API_COVERAGE_SRC := $(wildcard tools/api-coverage/*.cs tools/api-coverage/*.csproj tools/api-coverage/*.props)
API_COVERAGE := build/api-coverage/bin/ApiCoverage.dll
COVERAGE_ARGS ?=
.PHONY: coverage api-coverage
api-coverage: $(API_COVERAGE)
$(API_COVERAGE): $(API_COVERAGE_SRC)
	@echo "dotnet build -> $@" >&2
	@mkdir -p build/api-coverage
	@dotnet build tools/api-coverage/ApiCoverage.csproj -nologo -v:q > build/api-coverage/build.log 2>&1 \
	  || { cat build/api-coverage/build.log; exit 1; }
	@touch $@
coverage: $(CORLIB) $(API_COVERAGE)
	@dotnet $(API_COVERAGE) $(COVERAGE_ARGS)
