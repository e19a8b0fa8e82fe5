// The transport under System.Net.Http in wasm hosts: the runtime's import
// `env.cilantro_js_http` (runtime/icalls/icall_http.c) starts a `fetch`, and
// its outcome goes back through the export `cil_http_complete`, which wakes
// the green thread waiting for it. No `node:` imports: the same code runs in
// Node (its global fetch) and in pages. See docs/http.md.

const JH_START = 1, JH_ABORT = 2, JH_BASE = 3;
// negative statuses shared with icall_http.c and HttpTransport.cs
const HS_NET_ERROR = -1, HS_BAD_URL = -4;

// Node's error codes -> .NET's SocketError and Linux's message for it
const SOCKET_ERRORS = {
  ECONNREFUSED: [10061, 'Connection refused'],
  ECONNRESET: [10054, 'Connection reset by peer'],
  ETIMEDOUT: [10060, 'Connection timed out'],
  EHOSTUNREACH: [10065, 'No route to host'],
  ENETUNREACH: [10051, 'Network is unreachable'],
  ENOTFOUND: [11001, 'Name or service not known'],
};

const utf8 = new TextDecoder();
const encoder = new TextEncoder();

/** The page's base URI in a browser, or null (Node: request URIs must be absolute). */
function pageBase() {
  if (!globalThis.document && !globalThis.WorkerGlobalScope) return null;
  return globalThis.document?.baseURI ?? globalThis.location?.href ?? null;
}

export class HttpBridge {
  constructor(rt) {
    this.rt = rt;
    this.pending = new Map();   // request id -> AbortController
  }

  /** env.cilantro_js_http */
  call(op, id, a, alen, b, blen, c, clen, d, dlen) {
    const rt = this.rt;
    if (op === JH_BASE) {
      const base = pageBase();
      if (!base) return -1;
      const bytes = encoder.encode(base);
      if (bytes.length > alen) return -1;
      rt._mem().set(bytes, a);
      return bytes.length;
    }
    if (op === JH_ABORT) {
      const ctl = this.pending.get(id);
      if (ctl) {
        this.pending.delete(id);
        ctl.abort();
        rt._endHostWork();
      }
      return 0;
    }
    if (op !== JH_START) return -1;
    const mem = rt._mem();
    const method = utf8.decode(mem.subarray(a, a + alen));
    const url = utf8.decode(mem.subarray(b, b + blen));
    const headerText = utf8.decode(mem.subarray(c, c + clen));
    const body = dlen > 0 ? mem.slice(d, d + dlen) : null;
    const ctl = new AbortController();
    this.pending.set(id, ctl);
    rt._beginHostWork();
    this._fetch(id, method, url, headerText, body, ctl).catch((e) => {
      this._complete(id, HS_NET_ERROR, String(e?.message ?? e), null);
    });
    return 0;
  }

  async _fetch(id, method, url, headerText, body, ctl) {
    let target;
    try {
      target = pageBase() ? new URL(url, pageBase()) : new URL(url);
    } catch {
      this._complete(id, HS_BAD_URL, `Invalid URI: ${url}`, null);
      return;
    }
    const headers = new Headers();
    for (const line of headerText.split('\r\n')) {
      const i = line.indexOf(':');
      if (i <= 0) continue;
      try {
        headers.append(line.slice(0, i).trim(), line.slice(i + 1).trim());
      } catch {
        // a header fetch forbids (Host, Connection, ...) or cannot carry: dropped, as in Blazor
      }
    }
    // Outside browsers fetch hands 3xx answers over as they are ('manual'), and
    // HttpClientHandler follows them by .NET's rules (AllowAutoRedirect, method
    // changes, Authorization dropped), as natively. A page only gets an opaque
    // answer for 'manual', so there the browser follows.
    const init = { method, headers, signal: ctl.signal, redirect: pageBase() ? 'follow' : 'manual' };
    // a Blob, not the bytes: fetch must be able to send the body again on a 307/308 redirect
    if (body && method !== 'GET' && method !== 'HEAD') init.body = new Blob([body]);
    else if (/^(POST|PUT|PATCH)$/.test(method)) init.body = new Uint8Array(0);
    let res, bytes;
    try {
      res = await fetch(target, init);
      bytes = new Uint8Array(await res.arrayBuffer());
    } catch (e) {
      if (ctl.signal.aborted) return;   // Abort already completed it in the runtime
      const code = e?.cause?.code;
      const socket = SOCKET_ERRORS[code];
      if (socket) {
        // Node names the socket error: .NET's message and inner SocketException, as natively
        const port = target.port || (target.protocol === 'https:' ? '443' : '80');
        this._complete(id, HS_NET_ERROR, `${socket[1]} (${target.hostname}:${port})\n${socket[0]} ${socket[1]}`, null);
        return;
      }
      const cause = code || e?.cause?.message;
      this._complete(id, HS_NET_ERROR, cause ? `${e.message} (${cause})` : String(e?.message ?? e), null);
      return;
    }
    let lines = '';
    res.headers.forEach((value, name) => { lines += `${name}: ${value}\r\n`; });
    this._complete(id, res.status, `${res.statusText}\n${res.url || target.href}\n${lines}`, bytes);
  }

  _complete(id, status, info, body) {
    if (!this.pending.has(id)) return;
    this.pending.delete(id);
    const rt = this.rt;
    rt._whenIdle(() => {
      rt._endHostWork();
      if (rt._broken || rt._disposed) return;
      const infoBytes = encoder.encode(info);
      const ip = rt._x.malloc(infoBytes.length + 1);
      const bp = rt._x.malloc((body?.length ?? 0) + 1);
      const mem = rt._mem();
      mem.set(infoBytes, ip);
      if (body) mem.set(body, bp);
      try {
        rt._call('cil_http_complete', id, status, ip, infoBytes.length, bp, body?.length ?? 0);
      } finally {
        if (!rt._broken) rt._x.free(ip);
      }
    });
  }

  /** The runtime went away: stop what is in flight. */
  abortAll() {
    for (const ctl of this.pending.values()) ctl.abort();
    this.pending.clear();
  }
}
