// Shared helpers for the JS tests: paths, compiling C# test programs with
// plain mcs, running the Node CLI.
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CLI = path.join(ROOT, 'js', 'cli.mjs');

/** A fresh temporary directory, removed at process exit. */
export function tempDir(prefix = 'cilantro-js-') {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Compiles C# source with plain mcs (Mono's reference assemblies, as a user
 * would). `target` is 'exe' or 'library'; `refs` are paths of assemblies.
 * Returns the output path.
 */
export function compileCs(dir, name, source, { target = 'exe', refs = [] } = {}) {
  mkdirSync(dir, { recursive: true });
  const src = path.join(dir, `${name}.cs`);
  const out = path.join(dir, `${name}.${target === 'exe' ? 'exe' : 'dll'}`);
  writeFileSync(src, source);
  const args = ['-nologo', `-target:${target}`, `-out:${out}`, ...refs.map((r) => `-r:${r}`), src];
  const r = spawnSync('mcs', args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`mcs failed for ${name}:\n${r.stdout}${r.stderr}`);
  return out;
}

/** Runs the Node CLI; returns { status, stdout, stderr }. */
export function runCli(args, options = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60000, ...options });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Whether the .NET SDK is on PATH: the tests that build SDK projects skip without it. */
export const hasDotnet = spawnSync('dotnet', ['--version'], { encoding: 'utf8' }).status === 0;

/**
 * Runs a command without blocking the event loop (a server in the test
 * process may have to answer it); resolves to { status, stdout, stderr, error }.
 */
export function runAsync(cmd, args) {
  return new Promise((resolve) => {
    execFile(cmd, args, { encoding: 'utf8', timeout: 60000, cwd: ROOT }, (error, stdout, stderr) => {
      resolve({ status: error ? (error.code ?? 1) : 0, stdout, stderr, error });
    });
  });
}

/** Builds an SDK project (`dotnet build`) into a fresh temporary folder; returns the path of `<name>.dll` there. */
export async function buildSdkProject(project, name) {
  const out = tempDir(`cilantro-${name.toLowerCase()}-`);
  const b = await runAsync('dotnet', ['build', project, '--nologo', '-v:q', '-o', out]);
  if (b.status !== 0) throw new Error(`dotnet build of ${project} failed:\n${b.stdout}\n${b.stderr}`);
  return path.join(out, `${name}.dll`);
}

/** Lines of text without the empty one after the final newline. */
export function lines(text) {
  const all = text.split('\n');
  if (all.length > 0 && all[all.length - 1] === '') all.pop();
  return all;
}

export const HELLO_CS = `
using System;
class Hello {
    static void Main() {
        Console.WriteLine("Hello, world!");
        Console.WriteLine("caf\\u00e9 \\u2713");
    }
}
`;

export const ARGS_CS = `
using System;
class Args {
    static int Main(string[] args) {
        Console.WriteLine("count=" + args.Length);
        for (int i = 0; i < args.Length; i++)
            Console.WriteLine("[" + args[i] + "]");
        return args.Length;
    }
}
`;

export const EXIT_CS = `
class Exit {
    static int Main(string[] args) {
        return int.Parse(args[0]);
    }
}
`;

export const THROW_CS = `
using System;
class Throw {
    static void Fail(string what) { throw new InvalidOperationException("boom: " + what); }
    static void Main() {
        Console.WriteLine("before");
        Fail("unhandled");
        Console.WriteLine("after");
    }
}
`;

export const LIB_CS = `
public class Greeter {
    public static string Greet(string who) { return "Hi, " + who + " (from Lib)"; }
}
`;

export const APP_CS = `
using System;
class App {
    static void Main() { Console.WriteLine(Greeter.Greet("App")); }
}
`;

export const SLEEP_CS = `
using System;
using System.Threading;
class Sleeper {
    static void Main() {
        Console.WriteLine("start");
        for (int i = 0; i < 3; i++) { Thread.Sleep(40); Console.WriteLine("tick " + i); }
        Thread worker = new Thread(() => { Thread.Sleep(30); Console.WriteLine("worker done"); });
        worker.Start();
        worker.Join();
        Console.WriteLine("end");
    }
}
`;

export const BUSY_CS = `
using System;
class Busy {
    static int Step(int a, int b) { return (a * 31 + b) & 0xFFFF; }
    static int Main(string[] args) {
        int n = int.Parse(args[0]);
        int acc = 0;
        for (int i = 0; i < n; i++) acc = Step(acc, i);
        Console.WriteLine("acc=" + acc);
        return 0;
    }
}
`;

export const DEADLOCK_CS = `
using System;
using System.Threading;
class Deadlock {
    static void Main() {
        object o = new object();
        Console.WriteLine("waiting forever");
        lock (o) { Monitor.Wait(o); }
        Console.WriteLine("unreachable");
    }
}
`;

/** A runtime (createRuntime of js/node.mjs) whose output is captured into strings. */
export async function captured(options = {}) {
  const { createRuntime } = await import('../../../js/node.mjs');
  const out = { stdout: '', stderr: '' };
  const rt = await createRuntime({
    stdout: (t) => { out.stdout += t; },
    stderr: (t) => { out.stderr += t; },
    ...options,
  });
  return { rt, out };
}
