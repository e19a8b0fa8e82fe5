// file-cache.mjs — the page's own copy of the package's big files (the wasm
// module, the corlib) in Cache Storage, so a second visit neither downloads
// nor decompresses them, and Chromium can keep the module's compiled code
// next to the cached response (compileStreaming of a Cache Storage response).
//
// A cached copy is used only when the server says it is current: the request
// carries the copy's ETag in If-None-Match and a 304 answers it (a rebuilt or
// redeployed file has a new ETag and replaces the copy). Responses without
// an ETag are not cached. The cache is named after the package version; the
// caches of other versions are deleted. Where Cache Storage is missing (an
// insecure context, a worker without it, Node) every call is a plain fetch.
//
// No node: imports here (the browser entry, index.mjs, uses it).

import { CilantroError } from './errors.mjs';
import { VERSION } from './version.mjs';

const PREFIX = 'cilantro-files-';
const CACHE_NAME = `${PREFIX}${VERSION}`;
let opened = null;

function openCache() {
  opened ??= (async () => {
    try {
      if (typeof caches === 'undefined' || globalThis.isSecureContext === false) return null;
      const cache = await caches.open(CACHE_NAME);
      caches.keys()
        .then((names) => Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE_NAME).map((n) => caches.delete(n))))
        .catch(() => {});
      return cache;
    } catch {
      return null;   // storage disabled or full: no cache
    }
  })();
  return opened;
}

async function fetchOr(url, init) {
  try {
    return await fetch(url, init);
  } catch (e) {
    throw new CilantroError(`cannot fetch ${url}: ${e.message}`, 'FETCH_FAILED');
  }
}

// The ETag of each kept copy is also noted in localStorage, which answers at
// once: the request to the server need not wait for Cache Storage to open
// (tens of ms on a first visit, when the browser creates it) and to look the
// copy up. Both run side by side; the note is only a hint, checked against
// the copy itself.
const NOTE = 'cilantro-etag:';

/** The noted ETag, null when there is none, undefined where localStorage is missing (workers) or disabled. */
function note(url) {
  try {
    if (!globalThis.localStorage) return undefined;
    return globalThis.localStorage.getItem(NOTE + url.href);
  } catch {
    return undefined;
  }
}

/** Whether the page kept a copy of `url` on an earlier visit (as far as localStorage's note says). */
export function hasCopy(url) {
  return typeof note(url) === 'string';
}

function setNote(url, etag) {
  try {
    if (etag) globalThis.localStorage?.setItem(NOTE + url.href, etag);
    else globalThis.localStorage?.removeItem(NOTE + url.href);
  } catch {
    // no note: the next visit looks in Cache Storage first
  }
}

async function lookUp(url) {
  const cache = await openCache();
  if (!cache) return { cache: null, hit: null };
  try {
    return { cache, hit: (await cache.match(url)) ?? null };
  } catch {
    return { cache, hit: null };
  }
}

const usable = () => typeof caches !== 'undefined' && globalThis.isSecureContext !== false;

/** Stores `copy` (a clone, taken before the response's body is read) when it has an ETag. */
function keep(cache, url, copy) {
  const etag = copy?.headers.get('etag');
  if (!cache || !etag) return;
  cache.put(url, copy).then(() => setNote(url, etag), () => {});
}

const whenIdle = (fn) => (globalThis.requestIdleCallback ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 500));

/**
 * Stores a copy of a file just downloaded, once the page is idle. Not a
 * clone of the response being read: a clone tees its body through a JS
 * stream, and the main thread then feeds every chunk to both readers (and
 * compileStreaming no longer gets the module's bytes straight from the
 * network), tens of ms on the way to the first output. `mode` 'force-cache'
 * after a plain first fetch: the browser's HTTP cache still holds the body,
 * so it is not downloaded again; 'no-store' after a revalidation that the
 * HTTP cache did not see: one more download, off the critical path.
 */
function keepLater(url, etag, mode) {
  whenIdle(async () => {
    try {
      const { cache } = await lookUp(url);
      if (!cache) return;
      const res = await fetch(url, { cache: mode });
      // only the version just used (an older one may sit in the HTTP cache)
      if (res.ok && res.headers.get('etag') === etag) keep(cache, url, res);
    } catch {
      // no copy: the next visit downloads the file again
    }
  });
}

/** Keeps a copy of a file the page fetched some other way (a synchronous request), once the page is idle. */
export function keepCopy(url, etag) {
  if (usable() && etag) keepLater(url, etag, 'force-cache');
}

/**
 * The response for `url`: `{ res, cached }`. `cached` is true when `res` is
 * the Cache Storage copy (the server answered 304), false when it came from
 * the network (and a copy is being stored when it has an ETag).
 *
 * A first visit (no note) sends a plain request at once: it is the one a
 * page's `<link rel="preload" as="fetch">` of the file already made.
 */
export async function cachedFetch(url) {
  const lookup = lookUp(url);
  let noted = note(url);
  // no localStorage: the copy's own ETag, once Cache Storage has found it
  if (noted === undefined) noted = (await lookup).hit?.headers.get('etag') ?? null;
  if (noted === null) {
    const res = await fetchOr(url);
    if (!res.ok) throw new CilantroError(`cannot fetch ${url}: HTTP ${res.status}`, 'FETCH_FAILED');
    if (usable() && res.headers.get('etag')) keepLater(url, res.headers.get('etag'), 'force-cache');
    return { res, cached: false };
  }
  // A conditional request of the page's own makes the browser hand the 304 to us.
  const res = await fetchOr(url, { headers: { 'If-None-Match': noted }, cache: 'no-store' });
  const { cache, hit } = await lookup;
  if (res.status === 304) {
    if (hit && hit.headers.get('etag') === noted) return { res: hit, cached: true };
    // the copy is gone or another one: fetch the file itself
    setNote(url, null);
    const full = await fetchOr(url, { cache: 'no-store' });
    if (!full.ok) throw new CilantroError(`cannot fetch ${url}: HTTP ${full.status}`, 'FETCH_FAILED');
    if (cache) keep(cache, url, full.clone());
    return { res: full, cached: false };
  }
  if (!res.ok) throw new CilantroError(`cannot fetch ${url}: HTTP ${res.status}`, 'FETCH_FAILED');
  if (cache && res.headers.get('etag')) keepLater(url, res.headers.get('etag'), 'no-store');
  return { res, cached: false };
}
