// Types for `cilantro/dom` (js/browser/dom.mjs). Written by hand; keep in step with it.
import type { Runtime } from '../index.js';

/** The functions Cilantro.Dom calls, by name without the "dom." prefix. */
export const domFunctions: Readonly<Record<string, (...args: any[]) => any>>;

/** Registers the "dom.*" functions Cilantro.Dom needs on a runtime (call before runMain). Returns the runtime. */
export function registerDom<R extends Runtime>(rt: R): R;
