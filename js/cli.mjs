#!/usr/bin/env -S node --wasm-tiering-budget=100000000
// cli.mjs — `cilantro App.exe args...`: runs a .NET program on the wasm
// build and exits with Main's return value. Host errors (missing file, not a
// .NET assembly, missing dependency) print one line and exit with 1.

import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CilantroError, createRuntime, ManagedError, parseByteSize, VERSION } from './node.mjs';

// require(), not import, for built-ins: see node.mjs (start-up cost).
const require = createRequire(import.meta.url);
const { existsSync, writeSync } = require('node:fs');

// V8 compiles wasm first with its baseline compiler (Liftoff) and re-compiles
// hot functions with TurboFan. The interpreter loop is one very large
// function whose TurboFan compile costs more than a short program's whole
// run (hello world: ~130 ms instead of ~80 ms). A bigger tiering budget
// keeps short runs on Liftoff; long runs still tier up within milliseconds
// (measured: no slowdown on a 1 s compute loop). Must be set before the
// module is compiled, which happens in createRuntime().
// The shebang line passes it on the command line (the `cilantro` bin, npx);
// `node js/cli.mjs` sets it here, which costs loading node:v8 and, through
// it, node:stream (~10 ms of a hello world's start-up).
const TIERING_BUDGET = '--wasm-tiering-budget=100000000';
if (!process.execArgv.includes(TIERING_BUDGET)) require('node:v8').setFlagsFromString(TIERING_BUDGET);

const HELP = `Usage: cilantro [options] <assembly.exe|dll> [program arguments...]
       cilantro test [options] <Tests.dll>
       cilantro trim <App.dll> -o <outdir> [--roots roots.xml]... [--dependencies deps.xml]
       cilantro types <App.dll>     a .d.ts of its [JSExport] methods (cilantro types --help)
       cilantro new web <dir>       a new C#-in-the-page project (cilantro new --help)
       cilantro dev [dir]           build, serve and reload it (cilantro dev --help)

Runs a .NET program (its entry point) on Cilantro's WebAssembly runtime.
The exit code is the program's (0 for a void Main). Assemblies the program
references are looked up next to it (<name>.dll, <name>.exe), and so is a
corlib (mscorlib.dll) that \`cilantro trim\` wrote there (such an app runs on
the module's small split unless --wasm-split says otherwise).

\`cilantro trim\` writes the app, its libraries and a corlib trimmed to what
they can reach into <outdir> (needs the .NET SDK; see docs/trimming.md).

\`cilantro test\` runs the xunit tests of the assembly ([Fact], [Theory] with
[InlineData]/[MemberData], async tests, IClassFixture<T>, Skip; xunit.assert.dll
and xunit.core.dll beside it) and its [Cilantro.Testing.Test] methods, each on
its own, prints a line per test and "N passed, N failed", and exits with 1 if
any failed. Test options:
  --filter <pattern>    run the tests whose name contains it (* matches anything); repeatable
  --timeout <ms>        fail a test that runs longer (default 60000; [Fact(Timeout=)] wins)
  --tap                 TAP output instead of text
  --junit <file>        also write JUnit XML for CI

Options:
  --heap-limit <size>   managed heap limit: bytes, or a number with k, m or g
  --gc-stats            print garbage-collector statistics to stderr at exit
  --gc-stress <n>       collect before every n-th allocation (debugging)
  --tier <mode>         the wasm tier: on (hot methods, default), off, always
                        (every method at its first call); env CILANTRO_TIER
  --wasm-split <split>  which split of the runtime module: typical (default) or
                        small (a first part with only what hello world runs, the
                        rest loaded when called; the default for a trimmed app)
  --trace               instruction trace to stderr (debug builds of the runtime)
  --version             print the version and exit
  --help                print this help and exit
  --                    end of options: the next argument is the assembly
`;

function fail(message) {
  stdStream(2).write(`cilantro: ${message}\n`);
  process.exitCode = 1;
}

function parseArgs(argv) {
  // CILANTRO_TIER=off|on|always: the default of --tier (docs/tier.md)
  const opts = { heapLimit: 0, gcStats: false, gcStress: 0, trace: false, tier: process.env.CILANTRO_TIER || 'on',
    tierDebug: !!process.env.CILANTRO_TIER_DEBUG };
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') { i++; break; }
    if (!a.startsWith('-') || a === '-') break;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length) throw new CilantroError(`${flag} needs a value`, 'USAGE');
      return argv[++i];
    };
    switch (flag) {
      case '--help': case '-h': return { help: true };
      case '--version': case '-v': return { version: true };
      case '--gc-stats': opts.gcStats = true; break;
      case '--trace': opts.trace = true; break;
      case '--heap-limit':
        try {
          opts.heapLimit = parseByteSize(value());
        } catch (e) {
          throw new CilantroError(e.message, 'USAGE');
        }
        break;
      case '--tier': {
        const v = value();
        if (!['off', 'on', 'always'].includes(v)) throw new CilantroError(`--tier needs off, on or always, got '${v}'`, 'USAGE');
        opts.tier = v;
        break;
      }
      case '--wasm-split': {
        const v = value();
        if (!['typical', 'small'].includes(v)) throw new CilantroError(`--wasm-split needs typical or small, got '${v}'`, 'USAGE');
        opts.wasmSplit = v;
        break;
      }
      case '--gc-stress': {
        const v = value();
        if (!/^\d+$/.test(v)) throw new CilantroError(`--gc-stress needs a whole number, got '${v}'`, 'USAGE');
        opts.gcStress = Number(v);
        break;
      }
      default:
        throw new CilantroError(`unknown option '${a}' (see cilantro --help)`, 'USAGE');
    }
  }
  if (i >= argv.length) throw new CilantroError('no assembly given (see cilantro --help)', 'USAGE');
  return { opts, file: argv[i], args: argv.slice(i + 1) };
}

// `cilantro App.exe | head`: a closed pipe ends the output, not with a stack trace.
const exitOnClosedPipe = () => process.exit(process.exitCode ?? 0);
const guarded = new Set();
/** process.stdout or process.stderr, created only when used (see fdSink). */
function stdStream(fd) {
  const stream = fd === 1 ? process.stdout : process.stderr;
  if (!guarded.has(fd)) {
    guarded.add(fd);
    stream.on('error', (e) => {
      if (e.code !== 'EPIPE') throw e;
      exitOnClosedPipe();
    });
  }
  return stream;
}

/**
 * The program's output, written straight to the file descriptor. Creating
 * process.stdout loads Node's stream modules, a few ms of a short program's
 * start-up. A descriptor someone made non-blocking (EAGAIN) hands the rest of
 * the output to the stream, which queues it in order.
 */
function fdSink(fd) {
  let stream = null;
  return {
    write(bytes) {
      if (stream) { stream.write(bytes); return; }
      let done = 0;
      try {
        while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
      } catch (e) {
        if (e.code === 'EPIPE') exitOnClosedPipe();
        if (e.code !== 'EAGAIN') throw e;
        stream = stdStream(fd);
        stream.write(bytes.subarray(done));
      }
    },
    end() {},
  };
}

/** `cilantro test` options that are not runtime options; the rest goes to parseArgs. */
function takeTestOptions(argv) {
  const test = { filters: [], timeoutMs: undefined, tap: false, junit: null };
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length) throw new CilantroError(`${flag} needs a value`, 'USAGE');
      return argv[++i];
    };
    if (flag === '--filter') test.filters.push(value());
    else if (flag === '--timeout') {
      const v = value();
      if (!/^\d+$/.test(v) || Number(v) === 0) throw new CilantroError(`--timeout needs a whole number of milliseconds, got '${v}'`, 'USAGE');
      test.timeoutMs = Number(v);
    } else if (flag === '--tap') test.tap = true;
    else if (flag === '--junit') test.junit = value();
    else if (a === '--') { rest.push(...argv.slice(i)); break; }
    else rest.push(a);
  }
  return { test, rest };
}

async function runTests(parsed, testOptions) {
  const { runTestAssembly } = await import('./xunit.mjs');
  const summary = await runTestAssembly(createRuntime, parsed.file, { runtime: parsed.opts, ...testOptions });
  process.exitCode = summary.failed > 0 ? 1 : 0;
}

/** `cilantro new` and `cilantro dev` (their modules load only when used). */
async function projectCommand(command, argv) {
  try {
    if (command === 'new') {
      (await import('./new.mjs')).runNew(argv);
      return;
    }
    const dev = await (await import('./dev.mjs')).runDev(argv);
    if (!dev) return;
    const stop = () => dev.stop().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (e) {
    if (e instanceof CilantroError) return fail(e.message);
    throw e;
  }
}

// `cilantro trim`: the trimmer is a .NET tool (build/trim, `make trim`).
// node:child_process loads only here: a plain run does not pay for it.
async function trim(argv) {
  const { spawnSync } = await import('node:child_process');
  const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
  const tool = path.join(root, 'build', 'trim', 'cilantro-trim.dll');
  if (!existsSync(tool)) return fail(`cannot open '${tool}': build it with 'make trim'`);
  const r = spawnSync('dotnet', [tool, '--corlib', path.join(root, 'build', 'corlib', 'mscorlib.dll'), ...argv], { stdio: 'inherit' });
  if (r.error) return fail(`cannot run dotnet: ${r.error.message}`);
  process.exitCode = r.status ?? 1;
}

async function main() {
  let parsed;
  const argv = process.argv.slice(2);
  if (argv[0] === 'trim') return await trim(argv.slice(1));
  if (argv[0] === 'new' || argv[0] === 'dev') return projectCommand(argv[0], argv.slice(1));
  if (argv[0] === 'types') {
    try {
      return await (await import('./types.mjs')).runTypes(argv.slice(1), createRuntime);
    } catch (e) {
      if (e instanceof CilantroError) return fail(e.message);
      throw e;
    }
  }
  const testMode = argv[0] === 'test';
  let testOptions = null;
  try {
    if (testMode) {
      const split = takeTestOptions(argv.slice(1));
      testOptions = split.test;
      parsed = parseArgs(split.rest);
    } else {
      parsed = parseArgs(argv);
    }
  } catch (e) {
    return fail(e.message);
  }
  if (parsed.help) {
    stdStream(1).write(HELP);
    return;
  }
  if (parsed.version) {
    stdStream(1).write(`cilantro ${VERSION}\n`);
    return;
  }
  // a trimmed app carries its own corlib, and its point is size: the module's small split
  const besideApp = path.join(path.dirname(parsed.file), 'mscorlib.dll');
  if (parsed.opts.corlib === undefined && existsSync(besideApp)) {
    parsed.opts.corlib = besideApp;
    parsed.opts.wasmSplit ??= 'small';
  }
  if (testMode) {
    try {
      await runTests(parsed, testOptions);
    } catch (e) {
      if (e instanceof CilantroError) return fail(e.message);
      throw e;
    }
    return;
  }
  let rt = null;
  try {
    rt = await createRuntime({ ...parsed.opts, stdout: fdSink(1), stderr: fdSink(2) });
    const name = await rt.loadAssembly(parsed.file);
    const code = await rt.runMain(name, parsed.args);
    rt.dispose();
    // Exit codes are 8 bits on POSIX; Node maps a negative int the same way.
    process.exitCode = code & 0xff;
  } catch (e) {
    rt?.dispose();
    // The runtime has printed the unhandled exception to stderr already.
    if (e instanceof ManagedError) { process.exitCode = (e.exitCode ?? 1) & 0xff || 1; return; }
    if (e instanceof CilantroError) return fail(e.message);
    throw e;
  }
}

main();
