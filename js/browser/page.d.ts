// Types for `cilantro/page` (js/browser/page.mjs). Written by hand; keep in step with it.
import type { Runtime, RuntimeOptions } from '../index.js';

/** An element, or a CSS selector for one. */
export type ElementTarget = Element | string | null | undefined;

export interface LoadProgress { loaded: number; total: number; files: number; filesDone: number; url: string }

/** Formats a byte count as "1.2 MB" / "340 KB" / "12 B". */
export function formatBytes(n: number): string;

/** Shows download progress in a <progress> (or as text in any element) and an optional label; returns an onProgress callback. */
export function progressReporter(target: ElementTarget, label?: ElementTarget): (progress: LoadProgress) => void;

/**
 * Console output into an element. Text is batched and written once per
 * animation frame; past `maxLines` lines the pane becomes virtual (only the
 * visible lines are in the DOM), so a program printing 100,000 lines stays fast.
 */
export class OutputPane {
  constructor(target: ElementTarget, options?: { maxDomLines?: number });
  /** Appends text (stderr text is shown with class "stderr"). */
  write(text: string, isError?: boolean): void;
  /** Writes out what is batched now (the pane does it by itself on the next frame). */
  flush(): void;
  /** Removes all output. */
  clear(): void;
  /** Everything written so far, as one string. */
  readonly text: string;
  /** Number of lines written so far (a last line without a newline counts). */
  readonly lineCount: number;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** A one-line description of a loading or running failure. */
export function describeError(e: unknown): string;

/** Shows an error in an element (role=alert) and logs it; `null` clears and hides the element. */
export function showError(target: ElementTarget, e: unknown): void;

export interface StartAppOptions {
  /** URL of the .exe/.dll to run (relative to the page). */
  app: string | URL;
  /** More assembly URLs the app references, fetched in parallel with the runtime. */
  preload?: (string | URL)[];
  /** Arguments for Main. */
  args?: string[];
  /** Element (or selector) receiving Console output; default: the browser console. */
  output?: ElementTarget;
  /** <progress> (or any element) showing bytes loaded / total. */
  progress?: ElementTarget;
  /** Element showing "Loading x of y". */
  progressLabel?: ElementTarget;
  /** Element where a failure is shown. */
  error?: ElementTarget;
  /** Called before Main runs: register JS functions here (e.g. registerDom(rt)). */
  setup?: (rt: Runtime) => void | Promise<void>;
  /** The app folder holds its own corlib (`cilantro trim` output): load mscorlib.dll from beside the app instead of
   *  the package's, and the runtime module's small split (`wasmSplit: 'small'`). */
  trimmed?: boolean;
  /** Extra createRuntime options (they win over what `trimmed` sets). */
  runtime?: RuntimeOptions;
}

/** Loads and starts a .NET app on the page; `exit` is Main's promise (its exit code). Rejects, after showing the error, when loading fails. */
export function startApp(options: StartAppOptions): Promise<{ rt: Runtime; name: string; exit: Promise<number> }>;
