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

/**
 * The response for `url`: `{ res, cached }`. `cached` is true when `res` is
 * the Cache Storage copy (the server answered 304), false when it came from
 * the network (and a copy is being stored when it has an ETag).
 */
export async function cachedFetch(url) {
  const cache = await openCache();
  if (!cache) {
    const res = await fetchOr(url);
    if (!res.ok) throw new CilantroError(`cannot fetch ${url}: HTTP ${res.status}`, 'FETCH_FAILED');
    return { res, cached: false };
  }
  let hit = null;
  try {
    hit = (await cache.match(url)) ?? null;
  } catch {
    hit = null;
  }
  const etag = hit?.headers.get('etag');
  // A conditional request of the page's own makes the browser hand the 304 to us.
  const res = await fetchOr(url, etag ? { headers: { 'If-None-Match': etag }, cache: 'no-store' } : undefined);
  if (res.status === 304 && hit) return { res: hit, cached: true };
  if (!res.ok) throw new CilantroError(`cannot fetch ${url}: HTTP ${res.status}`, 'FETCH_FAILED');
  if (res.headers.get('etag')) cache.put(url, res.clone()).catch(() => {});
  return { res, cached: false };
}
