// Types for the `cilantro` package (js/node.mjs in Node, js/index.mjs in
// browsers). Written by hand; keep in step with js/core.mjs.

/** Bytes, a URL (fetched; file: URLs are read from disk in Node), or in Node a file path. */
export type AssemblySource = Uint8Array | ArrayBuffer | ArrayBufferView | URL | string;

export interface RuntimeOptions {
  /** Receives the program's standard output as text chunks (UTF-8 decoded across chunk boundaries).
   *  Default: process.stdout in Node, console.log line by line in browsers. `null` discards. */
  stdout?: ((text: string) => void) | null;
  /** Same for standard error. Default: process.stderr / console.error. */
  stderr?: ((text: string) => void) | null;
  /** Console.ReadLine's source: returns up to maxBytes of UTF-8, or null at the end. Node default: the process's stdin. */
  stdin?: ((maxBytes: number) => Uint8Array | null) | null;
  /** Managed heap limit: bytes, or a string such as "256m" or "1g". 0 or absent: the runtime's default. */
  heapLimit?: number | string;
  /** Debugging: collect before every n-th allocation. */
  gcStress?: number;
  /** The wasm tier (hot methods compiled to WebAssembly at run time): true or 'on' (the default),
   *  false or 'off' (interpreter only), 'always' (every compilable method at its first call). */
  tier?: boolean | 'on' | 'off' | 'always';
  /** Print garbage-collector statistics to stderr when the runtime is disposed. */
  gcStats?: boolean;
  /** Instruction trace to stderr (debug builds of the runtime only). */
  trace?: boolean;
  /** The program's environment variables (Environment.GetEnvironmentVariable). Default: process.env in Node;
   *  in browsers { LANG: "<navigator.languages[0]>.UTF-8" }, which sets CultureInfo.CurrentCulture unless the
   *  app runs in invariant globalization mode. */
  env?: Record<string, string | undefined>;
  /** Time slice per run of the scheduler before yielding to the event loop (ms). Default 20 in Node, 5 in browsers. */
  sliceMs?: number;
  /** Finds a referenced assembly by name (e.g. "MyLib"); return its bytes, a URL or a path, or null if unknown.
   *  Asked before the built-in search, also for the corlib's parts ("System.Linq", ...). */
  resolveAssembly?: (name: string) => AssemblySource | null | undefined | Promise<AssemblySource | null | undefined>;
  /** Where to look for referenced assemblies (<name>.dll, <name>.exe): a URL, or in Node also a directory. */
  baseUrl?: string | URL;
  /** Node only: more directories to search for referenced assemblies. */
  searchPaths?: string[];
  /** Load even when a referenced assembly cannot be found; using it then raises a .NET exception.
   *  Default false: loadAssembly rejects with a CilantroError (code "MISSING_REFERENCE"). */
  allowMissingReferences?: boolean;
  /** Load each assembly's portable PDB (<name>.pdb beside it) so stack traces
   *  show "in File.cs:line N". Always on in Node (a file lookup); in a page it
   *  costs a request per assembly, so default false there. */
  symbols?: boolean;
  /** The runtime module: bytes, URL/path, or an already compiled module. Default: the package's, as `wasmSplit` picks it. */
  wasm?: AssemblySource | WebAssembly.Module;
  /** Which split of the package's runtime module to load when `wasm` is not given: 'typical' (the default:
   *  build/wasm/cilantro.wasm, the functions typical programs run, and its lazy part cilantro.lazy.wasm) or 'small'
   *  (cilantro.small.wasm, only what hello world runs, and cilantro.small.lazy.wasm: for trimmed apps, whose point is
   *  size). Ignored when `wasm` is given; any other value rejects with a RangeError, with `wasm` too. */
  wasmSplit?: 'typical' | 'small';
  /** The runtime module's lazy part (cilantro.lazy.wasm: functions typical programs never call, loaded at the first
   *  call of one; docs/js.md). Default: the file beside `wasm` when that is a path or URL, else the package's (of the
   *  split `wasmSplit` picks). Needed when `wasm` is bytes or a compiled module and the program calls into the lazy part. */
  wasmLazy?: AssemblySource | WebAssembly.Module;
  /** The corlib assembly. Default: the package's build/corlib/mscorlib.dll. Its parts (mscorlib.System.Linq.dll, ...), which
   *  programs load only when their types need them, come from beside it: given as bytes, a needed part must come
   *  from resolveAssembly (else loadAssembly rejects with MISSING_REFERENCE). */
  corlib?: AssemblySource;
  /** Browsers: called as the runtime module and assemblies download. */
  onProgress?: (progress: { loaded: number; total: number; files: number; filesDone: number; url: string }) => void;
  /** Browsers: assembly URLs to fetch at once, while the runtime module compiles. */
  preload?: (string | URL)[];
  /** Browsers: keep the package's wasm module and corlib in Cache Storage, revalidated by ETag (a 304 means no
   *  download, and Chromium reuses the module's compiled code). Default true; false always downloads them. */
  cache?: boolean;
  /** Let .NET reach JS globals: JS.Global, JS.Invoke("console.log", ...) of unregistered global functions, and every
   *  property of every handle (no capability rule, see docs/interop.md). Default false: .NET reaches only registered
   *  functions and the values they hand out, never constructors, prototypes, function internals or a global object. */
  allowGlobals?: boolean;
}

/** What crosses between JS and .NET (see docs/interop.md): numbers (bigint for long/ulong), strings, booleans,
 *  null/undefined, arrays of these, Uint8Array (byte[]), and other objects/functions as JSObject handles. */
export type InteropValue = number | bigint | string | boolean | null | undefined | Uint8Array | InteropValue[] | object;

export interface InteropStats {
  /** JS objects currently held by .NET (JSObject handles). */
  handles: number;
  /** invoke() / test calls not finished yet. */
  pendingInvocations: number;
  /** Size of the wasm memory. */
  memoryBytes: number;
}

export interface TestCase {
  /** Full name of the class, e.g. "MyTests.MathTests". */
  type: string;
  method: string;
  /** Why the method cannot run as a test (not public, takes parameters...), or null. */
  problem: string | null;
}

export interface ExportedMethod {
  /** Full name of the class, e.g. "MyNs.Calc" (nested classes: "MyNs.Outer+Inner"). */
  type: string;
  method: string;
  /** Parameter names with their TypeScript types. */
  params: { name: string; ts: string }[];
  /** The TypeScript type of the result (Promise<T> for Task<T>). */
  returns: string;
  /** Why JS cannot call it (not static, overloaded, a type that cannot cross...), or null. */
  problem: string | null;
}

export interface XunitTest {
  type: string;
  method: string;
  kind: 'fact' | 'theory';
  /** [Fact(Skip = "...")]: why it is skipped, or null. */
  skip: string | null;
  displayName: string | null;
  /** [Fact(Timeout = ms)], 0 when not set. */
  timeout: number;
  /** [InlineData] rows. */
  rows: InteropValue[][];
  /** [MemberData] source names. */
  members: string[];
  /** IClassFixture<T> type names. */
  fixtures: string[];
  /** Why it cannot run, or null. */
  problem: string | null;
}

export interface Runtime {
  /** Loads an assembly and, through the resolver/search locations, the assemblies it references.
   *  Resolves to the assembly's name. `fileName` is used in error messages. */
  loadAssembly(source: AssemblySource, fileName?: string): Promise<string>;
  /** Runs the entry point of a loaded assembly with the given arguments; resolves to its exit code
   *  (0 for a void Main). An unhandled exception is printed to stderr by the runtime and rejects with a ManagedError. */
  runMain(assemblyName: string, args?: string[]): Promise<number>;
  /** Calls a public static method, e.g. invoke('MyLib', 'MyNs.Calc', 'Add', [1, 2]). Overloads are chosen by
   *  argument count and types. Resolves to the marshalled result (a returned Task is awaited); rejects with a
   *  CilantroError (MISSING_METHOD, BAD_ARGUMENT) or with a ManagedError for a .NET exception. */
  invoke(assemblyName: string, typeName: string, methodName: string, args?: InteropValue[]): Promise<any>;
  /** Makes fn callable from .NET: JS.Invoke(name, args...). A returned Promise is awaited by JS.InvokeAsync. */
  registerFunction(name: string, fn: (...args: any[]) => any): void;
  /** Registers each function of `module` under "prefix.key" (or "key" when prefix is ""). */
  registerModule(prefix: string, module: Record<string, unknown>): void;
  /** Counters for leak checks. */
  interopStats(): InteropStats;
  /** The [Cilantro.Interop.JSExport] methods of a loaded assembly, with TypeScript signatures. */
  listExports(assemblyName: string): ExportedMethod[];
  /** The callable [JSExport] methods as a tree by namespace and class: rt.exports('App').MyNs.Calc.Add(1, 2).
   *  `cilantro types App.dll` writes its type as a .d.ts (cast the result to it). */
  exports(assemblyName: string): Record<string, any>;
  /** .NET's setModuleImports: the functions [JSImport("name", moduleName)] methods
   *  (System.Runtime.InteropServices.JavaScript) call. */
  setModuleImports(moduleName: string, imports: Record<string, unknown>): void;
  /** .NET's getAssemblyExports: the [System.Runtime.InteropServices.JavaScript.JSExport] methods of a loaded
   *  assembly by namespace and class. A call returns its result directly when the method finishes without
   *  waiting, else a Promise of it (docs/interop.md). */
  getAssemblyExports(assemblyName: string): Promise<Record<string, any>>;
  /** The [Cilantro.Testing.Test] methods of a loaded assembly. */
  listTests(assemblyName: string): TestCase[];
  /** The xunit [Fact]/[Theory] methods of a loaded assembly, with their data (what `cilantro test` runs). */
  listXunitTests(assemblyName: string): XunitTest[];
  /** Loads Cilantro.Interop.dll from the package if it is not loaded yet. */
  loadInterop(): Promise<void>;
  /**
   * Imports the runtime's JS interop and HTTP modules now. A page imports
   * each when a loaded assembly shows the program needs it (the corlib's
   * System.Runtime.InteropServices.JavaScript or System.Net.Http part,
   * Cilantro.Interop), or when an API needs it; call this before running a
   * program that reaches them another way (a type named by string).
   */
  loadModules(): Promise<void>;
  /** Runs one test (instance tests on a new instance of their class); rejects with its exception. */
  runTest(assemblyName: string, typeName: string, methodName: string): Promise<void>;
  /** Names of the loaded assemblies, the corlib first. */
  readonly assemblies: string[];
  /** Whether the runtime module's lazy part has been loaded (the program called one of its functions). */
  readonly lazyPartLoaded: boolean;
  /** Shuts the runtime down (prints GC statistics when gcStats is set). The runtime cannot be used afterwards. */
  dispose(): void;
}

/** Creates a runtime (a new instance of the wasm module) with the corlib loaded. */
export function createRuntime(options?: RuntimeOptions): Promise<Runtime>;

/** A host-side failure: unreadable or malformed assembly, missing dependency, runtime trap... */
export class CilantroError extends Error {
  constructor(message: string, code?: string);
  /** e.g. "ENOENT", "BAD_IMAGE", "MISSING_REFERENCE", "FETCH_FAILED", "START_FAILED", "DEADLOCK", "PROGRAM_ENDED", "RUNTIME_TRAP". */
  code: string | undefined;
}

/** A .NET exception that reached JS (from invoke or runMain). */
export class ManagedError extends Error {
  /** The .NET exception type, e.g. "System.InvalidOperationException". */
  type: string;
  /** The exception's ToString(): type, message and managed stack trace (also in .stack). */
  managedStack: string;
  /** runMain only: the program's exit code. */
  exitCode?: number;
}

/** Parses a byte size: a number of bytes or a string like "65536", "256k", "64m", "1g". */
export function parseByteSize(value: number | string | undefined | null): number;

/** The package version. */
export const VERSION: string;
