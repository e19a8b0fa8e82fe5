/* icall_http.c — the transport under System.Net.Http (corlib/System/Net/Http/
 * HttpTransport.cs): start a request, park the calling green thread until it
 * completes, read status, headers, final URL and body.
 *
 * In wasm: the import `env.cilantro_js_http` (js/http.mjs) runs `fetch`; the
 * host answers later through the export `cil_http_complete`, which wakes the
 * parked thread (state THREAD_WAITING_HOST, so the scheduler tells the host to
 * wait instead of reporting a deadlock).
 *
 * Natively: plain HTTP/1.1 over non-blocking POSIX sockets for http:// URLs
 * (`Connection: close`; Content-Length, chunked or read-to-close bodies). The
 * native host's run loop calls cil_http_poll() when no green thread can run;
 * https:// fails with a PlatformNotSupportedException.
 *
 * A request's status: >= 100 an HTTP status, 0 pending, or one of the
 * negative codes below (the C# side maps them to exceptions). */
#include "icalls/icalls.h"
#include "host/host.h"
#include "threads/threads.h"
#include "vm.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef __EMSCRIPTEN__
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>
#endif

#define A(i) (args[(i)])

enum { HS_PENDING = 0, HS_NET_ERROR = -1, HS_NOT_SUPPORTED = -2, HS_ABORTED = -3, HS_BAD_URL = -4 };

typedef struct HttpReq {
    int32_t id;
    int32_t status;
    char *reason, *headers, *url, *error;
    char *socket_error;        /* "<SocketError code> <message>": the inner SocketException natively */
    uint8_t *body;
    size_t body_len;
    Thread *waiter;
#ifndef __EMSCRIPTEN__
    int fd;
    int phase;                 /* 0 connecting, 1 sending, 2 receiving */
    bool head;                 /* a HEAD request: the answer has no body whatever its headers say */
    uint8_t *out;
    size_t out_len, out_done;
    uint8_t *in;
    size_t in_len, in_cap;
    char authority[300];       /* host[:port] as given, for messages */
#endif
    struct HttpReq *next;
} HttpReq;

static HttpReq *reqs;
static int32_t next_id = 1;

static HttpReq *find(int32_t id) {
    for (HttpReq *r = reqs; r; r = r->next)
        if (r->id == id) return r;
    return NULL;
}

static char *dup_n(const char *s, size_t n) {
    char *p = malloc(n + 1);
    if (!p) return NULL;
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

static void finish(HttpReq *r, int32_t status, const char *error) {
    if (r->status != HS_PENDING) return;
    r->status = status;
    if (error && !r->error) r->error = dup_n(error, strlen(error));
#ifndef __EMSCRIPTEN__
    if (r->fd >= 0) { close(r->fd); r->fd = -1; }
#endif
    if (r->waiter) { sched_wake(r->waiter); r->waiter = NULL; }
}

static void free_req(HttpReq *r) {
    free(r->reason); free(r->headers); free(r->url); free(r->error); free(r->body); free(r->socket_error);
#ifndef __EMSCRIPTEN__
    if (r->fd >= 0) close(r->fd);
    free(r->out); free(r->in);
#endif
    free(r);
}

#ifdef __EMSCRIPTEN__
extern int cilantro_js_http(int op, int id, const char *a, int alen, const char *b, int blen,
                            const char *c, int clen, const uint8_t *d, int dlen)
    __attribute__((import_module("env"), import_name("cilantro_js_http")));
enum { JH_START = 1, JH_ABORT = 2, JH_BASE = 3 };

static void start_transport(HttpReq *r, const char *method, size_t mlen, const char *url, size_t ulen,
                            const char *headers, size_t hlen, const uint8_t *body, size_t blen) {
    cilantro_js_http(JH_START, r->id, method, (int)mlen, url, (int)ulen, headers, (int)hlen, body, (int)blen);
}

static void abort_transport(HttpReq *r) { cilantro_js_http(JH_ABORT, r->id, NULL, 0, NULL, 0, NULL, 0, NULL, 0); }

/* info: reason "\n" final URL "\n" header lines ("name: value\r\n"...), or the error message */
int cil_http_complete(int id, int status, const char *info, int info_len, uint8_t *body, int body_len) {
    HttpReq *r = find(id);
    if (!r || r->status != HS_PENDING) { free(body); return 0; }
    if (status < 0) {
        /* the message, then optionally "\n<SocketError code> <socket message>" */
        char *msg = dup_n(info ? info : "", info ? (size_t)info_len : 0);
        char *nl = msg ? strchr(msg, '\n') : NULL;
        if (nl) { *nl = 0; r->socket_error = dup_n(nl + 1, strlen(nl + 1)); }
        finish(r, status, msg);
        free(msg);
        free(body);
        return 1;
    }
    const char *end = info + info_len, *nl1 = memchr(info, '\n', (size_t)info_len);
    const char *nl2 = nl1 ? memchr(nl1 + 1, '\n', (size_t)(end - nl1 - 1)) : NULL;
    if (!nl1 || !nl2) { free(body); finish(r, HS_NET_ERROR, "malformed response from the host"); return 1; }
    r->reason = dup_n(info, (size_t)(nl1 - info));
    r->url = dup_n(nl1 + 1, (size_t)(nl2 - nl1 - 1));
    r->headers = dup_n(nl2 + 1, (size_t)(end - nl2 - 1));
    r->body = body;
    r->body_len = body_len > 0 ? (size_t)body_len : 0;
    finish(r, status, NULL);
    return 1;
}

int cil_http_poll(int timeout_ms) { (void)timeout_ms; return 0; }

#else

int cil_http_complete(int id, int status, const char *info, int info_len, uint8_t *body, int body_len) {
    (void)id; (void)status; (void)info; (void)info_len; (void)body_len;
    free(body);
    return 0;
}

static void abort_transport(HttpReq *r) { (void)r; }

/* .NET's SocketError for an errno (the codes System.Net.Sockets uses on every OS) */
static int socket_error_code(int e) {
    switch (e) {
    case ECONNREFUSED: return 10061;
    case ETIMEDOUT: return 10060;
    case ECONNRESET: return 10054;
    case ENETUNREACH: return 10051;
    case EHOSTUNREACH: return 10065;
    case ECONNABORTED: return 10053;
    case EADDRNOTAVAIL: return 10049;
    case EPIPE: return 32;
    default: return -1;
    }
}

/* a socket-level failure: .NET's message "<strerror> (host:port)" with a SocketException inside */
static void socket_fail(HttpReq *r, int code, const char *text) {
    char msg[600];
    snprintf(msg, sizeof msg, "%s (%s)", text, r->authority);
    r->socket_error = malloc(strlen(text) + 16);
    if (r->socket_error) sprintf(r->socket_error, "%d %s", code, text);
    finish(r, HS_NET_ERROR, msg);
}

static void start_transport(HttpReq *r, const char *method, size_t mlen, const char *url, size_t ulen,
                            const char *headers, size_t hlen, const uint8_t *body, size_t blen) {
    (void)ulen;
    r->fd = -1;
    r->url = dup_n(url, strlen(url));
    if (strncasecmp(url, "https://", 8) == 0) {
        finish(r, HS_NOT_SUPPORTED, "The native Cilantro host speaks plain HTTP only: https:// URLs need the wasm build (Node or a browser), whose requests go through fetch.");
        return;
    }
    if (strncasecmp(url, "http://", 7) != 0) { finish(r, HS_NOT_SUPPORTED, "Only 'http' and 'https' schemes are allowed."); return; }
    const char *p = url + 7, *slash = strpbrk(p, "/?#");
    size_t alen = slash ? (size_t)(slash - p) : strlen(p);
    if (alen == 0 || alen >= sizeof r->authority) { finish(r, HS_BAD_URL, "Invalid URI: The hostname could not be parsed."); return; }
    memcpy(r->authority, p, alen);
    r->authority[alen] = 0;
    const char *at = strrchr(r->authority, '@');
    const char *hostpart = at ? at + 1 : r->authority;
    char host[256], port[16] = "80";
    const char *colon = NULL;
    if (hostpart[0] == '[') {
        const char *rb = strchr(hostpart, ']');
        if (!rb) { finish(r, HS_BAD_URL, "Invalid URI: The hostname could not be parsed."); return; }
        snprintf(host, sizeof host, "%.*s", (int)(rb - hostpart - 1), hostpart + 1);
        if (rb[1] == ':') colon = rb + 1;
    } else {
        colon = strchr(hostpart, ':');
        snprintf(host, sizeof host, "%.*s", (int)(colon ? (size_t)(colon - hostpart) : strlen(hostpart)), hostpart);
    }
    if (colon && colon[1]) snprintf(port, sizeof port, "%s", colon + 1);
    char path[8192];
    const char *rest = slash ? slash : "/";
    size_t plen = strcspn(rest, "#");
    if (rest[0] == '?') snprintf(path, sizeof path, "/%.*s", (int)plen, rest);
    else snprintf(path, sizeof path, "%.*s", (int)plen, rest);

    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    int gai = getaddrinfo(host, port, &hints, &res);
    if (gai != 0 || !res) {
        socket_fail(r, 11001, gai == EAI_NONAME ? "Name or service not known" : gai_strerror(gai));
        return;
    }
    int fd = socket(res->ai_family, SOCK_STREAM, 0);
    if (fd < 0) { freeaddrinfo(res); finish(r, HS_NET_ERROR, strerror(errno)); return; }
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    fcntl(fd, F_SETFD, FD_CLOEXEC);
    int c = connect(fd, res->ai_addr, res->ai_addrlen);
    freeaddrinfo(res);
    r->fd = fd;
    if (c < 0 && errno != EINPROGRESS) {
        socket_fail(r, socket_error_code(errno), strerror(errno));
        return;
    }
    /* the request: method, path, Host, the caller's headers, Content-Length, Connection: close */
    size_t cap = mlen + strlen(path) + alen + hlen + blen + 128;
    r->out = malloc(cap);
    if (!r->out) { finish(r, HS_NET_ERROR, "out of memory"); return; }
    int n = snprintf((char *)r->out, cap, "%.*s %s HTTP/1.1\r\nHost: %s\r\n", (int)mlen, method, path, hostpart);
    memcpy(r->out + n, headers, hlen);
    n += (int)hlen;
    bool has_body = blen > 0 || (mlen == 4 && memcmp(method, "POST", 4) == 0) || (mlen == 3 && memcmp(method, "PUT", 3) == 0) ||
                    (mlen == 5 && memcmp(method, "PATCH", 5) == 0);
    if (has_body) n += snprintf((char *)r->out + n, cap - (size_t)n, "Content-Length: %zu\r\n", blen);
    n += snprintf((char *)r->out + n, cap - (size_t)n, "Connection: close\r\n\r\n");
    memcpy(r->out + n, body, blen);
    r->out_len = (size_t)n + blen;
    r->phase = 0;
    r->head = mlen == 4 && memcmp(method, "HEAD", 4) == 0;
}

static const char *find_crlfcrlf(const uint8_t *b, size_t n) {
    for (size_t i = 0; i + 3 < n; i++)
        if (b[i] == '\r' && b[i + 1] == '\n' && b[i + 2] == '\r' && b[i + 3] == '\n') return (const char *)b + i;
    return NULL;
}

/* the value of header `name` in the header block [h, end), or NULL */
static const char *header_value(const char *h, const char *end, const char *name, size_t *vlen) {
    size_t nl = strlen(name);
    while (h < end) {
        const char *eol = memchr(h, '\n', (size_t)(end - h));
        if (!eol) eol = end;
        if ((size_t)(eol - h) > nl && strncasecmp(h, name, nl) == 0 && h[nl] == ':') {
            const char *v = h + nl + 1;
            while (v < eol && (*v == ' ' || *v == '\t')) v++;
            const char *ve = eol;
            while (ve > v && (ve[-1] == '\r' || ve[-1] == ' ')) ve--;
            *vlen = (size_t)(ve - v);
            return v;
        }
        h = eol + 1;
    }
    return NULL;
}

/* Decodes a chunked body; 1 complete (out filled), 0 more data needed, -1 malformed. */
static int dechunk(const uint8_t *b, size_t n, uint8_t **out, size_t *out_len) {
    uint8_t *o = malloc(n + 1);
    size_t ol = 0, i = 0;
    if (!o) return -1;
    for (;;) {
        size_t start = i;
        while (i + 1 < n && !(b[i] == '\r' && b[i + 1] == '\n')) i++;
        if (i + 1 >= n) { free(o); return 0; }
        char line[32];
        size_t ll = i - start < sizeof line - 1 ? i - start : sizeof line - 1;
        memcpy(line, b + start, ll);
        line[ll] = 0;
        char *endp;
        unsigned long size = strtoul(line, &endp, 16);
        if (endp == line) { free(o); return -1; }
        i += 2;
        if (size == 0) {
            /* trailers, then an empty line */
            for (;;) {
                size_t s2 = i;
                while (i + 1 < n && !(b[i] == '\r' && b[i + 1] == '\n')) i++;
                if (i + 1 >= n) { free(o); return 0; }
                bool empty = i == s2;
                i += 2;
                if (empty) break;
            }
            *out = o;
            *out_len = ol;
            return 1;
        }
        if (n - i < size + 2) { free(o); return 0; }
        memcpy(o + ol, b + i, size);
        ol += size;
        i += size + 2;
    }
}

/* Whether the response in r->in is complete (eof: the server closed); fills the result if so. */
static bool try_complete(HttpReq *r, bool eof) {
    const char *hend = find_crlfcrlf(r->in, r->in_len);
    if (!hend) {
        if (eof) finish(r, HS_NET_ERROR, "The response ended prematurely. (ResponseEnded)");
        return eof;
    }
    const char *s = (const char *)r->in;
    const char *eol = memchr(s, '\n', (size_t)(hend - s) + 2);
    /* status line: HTTP/1.x NNN reason */
    if (strncmp(s, "HTTP/1.", 7) != 0 || !eol) { finish(r, HS_NET_ERROR, "The server returned an invalid or unrecognized response."); return true; }
    const char *sp = memchr(s, ' ', (size_t)(eol - s));
    int status = sp ? atoi(sp + 1) : 0;
    if (status < 100 || status > 999) { finish(r, HS_NET_ERROR, "The server returned an invalid or unrecognized response."); return true; }
    size_t body_at = (size_t)(hend - s) + 4;
    if (status >= 100 && status < 200) {
        /* an interim response (100 Continue): drop it and read on */
        memmove(r->in, r->in + body_at, r->in_len - body_at);
        r->in_len -= body_at;
        return try_complete(r, eof);
    }
    const char *reason = sp + 4 <= eol ? sp + 4 : eol;
    while (reason < eol && *reason == ' ') reason++;
    const char *reason_end = eol;
    while (reason_end > reason && (reason_end[-1] == '\r' || reason_end[-1] == ' ')) reason_end--;
    const char *hs = eol + 1, *he = hend + 2;
    size_t vlen;
    const char *te = header_value(hs, he, "Transfer-Encoding", &vlen);
    const char *cl = header_value(hs, he, "Content-Length", &vlen);
    const uint8_t *b = r->in + body_at;
    size_t n = r->in_len - body_at;
    uint8_t *body = NULL;
    size_t blen = 0;
    if (status == 204 || status == 304 || r->head) {
        blen = 0;
    } else if (te && vlen >= 7 && strncasecmp(te + vlen - 7, "chunked", 7) == 0) {
        /* the last chunk and the trailers end with an empty line: decode only then */
        if (!eof && (n < 5 || memcmp(b + n - 4, "\r\n\r\n", 4) != 0)) return false;
        int d = dechunk(b, n, &body, &blen);
        if (d < 0) { finish(r, HS_NET_ERROR, "Received an invalid chunk terminator: ''."); return true; }
        if (d == 0) {
            if (eof) finish(r, HS_NET_ERROR, "The response ended prematurely. (ResponseEnded)");
            return eof;
        }
    } else if (cl) {
        size_t want = (size_t)strtoull(cl, NULL, 10);
        if (n < want) {
            if (eof) finish(r, HS_NET_ERROR, "The response ended prematurely while waiting for the next frame from the server. (ResponseEnded)");
            return eof;
        }
        blen = want;
    } else {
        if (!eof) return false;
        blen = n;
    }
    if (!body) {
        body = malloc(blen + 1);
        if (!body) { finish(r, HS_NET_ERROR, "out of memory"); return true; }
        memcpy(body, b, blen);
    }
    r->reason = dup_n(reason, (size_t)(reason_end - reason));
    r->headers = dup_n(hs, (size_t)(he - hs));
    r->body = body;
    r->body_len = blen;
    finish(r, status, NULL);
    return true;
}

static void step(HttpReq *r, short revents) {
    if (r->phase == 0) {
        int e = 0;
        socklen_t el = sizeof e;
        getsockopt(r->fd, SOL_SOCKET, SO_ERROR, &e, &el);
        if (e) {
            socket_fail(r, socket_error_code(e), strerror(e));
            return;
        }
        if (!(revents & POLLOUT)) return;
        r->phase = 1;
    }
    if (r->phase == 1) {
        while (r->out_done < r->out_len) {
            ssize_t w = send(r->fd, r->out + r->out_done, r->out_len - r->out_done, MSG_NOSIGNAL);
            if (w < 0) {
                if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) return;
                char msg[600];
                snprintf(msg, sizeof msg, "Error while copying content to a stream. (%s)", strerror(errno));
                finish(r, HS_NET_ERROR, msg);
                return;
            }
            r->out_done += (size_t)w;
        }
        r->phase = 2;
        return;
    }
    for (;;) {
        if (r->in_cap - r->in_len < 16384) {
            size_t cap = r->in_cap ? r->in_cap * 2 : 65536;
            uint8_t *in = realloc(r->in, cap);
            if (!in) { finish(r, HS_NET_ERROR, "out of memory"); return; }
            r->in = in;
            r->in_cap = cap;
        }
        ssize_t got = recv(r->fd, r->in + r->in_len, r->in_cap - r->in_len, 0);
        if (got < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) { try_complete(r, false); return; }
            char msg[600];
            snprintf(msg, sizeof msg, "%s (%s)", strerror(errno), r->authority);
            finish(r, HS_NET_ERROR, msg);
            return;
        }
        if (got == 0) { try_complete(r, true); return; }
        r->in_len += (size_t)got;
    }
}

/* Advances the pending native requests, waiting up to timeout_ms (-1: until
 * one of them moves). Returns 1 when there were requests to wait for. */
int cil_http_poll(int timeout_ms) {
    struct pollfd fds[64];
    HttpReq *owners[64];
    int n = 0;
    for (HttpReq *r = reqs; r && n < 64; r = r->next)
        if (r->status == HS_PENDING && r->fd >= 0) {
            fds[n].fd = r->fd;
            fds[n].events = r->phase == 2 ? POLLIN : POLLOUT;
            fds[n].revents = 0;
            owners[n++] = r;
        }
    if (n == 0) return 0;
    int k = poll(fds, (nfds_t)n, timeout_ms);
    if (k <= 0) return 1;
    for (int i = 0; i < n; i++)
        if (fds[i].revents) step(owners[i], fds[i].revents);
    return 1;
}
#endif

/* ---- internal calls: System.Net.Http.HttpTransport ---- */

static char *str_arg(Slot s, size_t *len) {
    if (!s.o) { *len = 0; return dup_n("", 0); }
    return vm_string_to_utf8((String *)s.o, len);
}

static void http_start(Thread *t, Slot *args, Slot *ret) {
    size_t mlen, ulen, hlen;
    char *method = str_arg(A(0), &mlen), *url = str_arg(A(1), &ulen), *headers = str_arg(A(2), &hlen);
    Array *body = (Array *)A(3).o;
    HttpReq *r = calloc(1, sizeof *r);
    if (!method || !url || !headers || !r) {
        free(method); free(url); free(headers); free(r);
        vm_throw_new(t, "System.OutOfMemoryException", NULL);
        return;
    }
    r->id = next_id++;
    r->next = reqs;
    reqs = r;
    start_transport(r, method, mlen, url, ulen, headers, hlen, body ? VM_ARRAY_DATA(body) : (const uint8_t *)"",
                    body ? (size_t)body->length : 0);
    free(method); free(url); free(headers);
    ret->i4 = r->id;
}

/* true when the request is finished; else parks the caller until it is (then the C# loop calls again) */
static void http_wait(Thread *t, Slot *args, Slot *ret) {
    HttpReq *r = find(A(0).i4);
    if (!r || r->status != HS_PENDING) { ret->i4 = 1; return; }
    r->waiter = t;
    sched_block(t, THREAD_WAITING_HOST, BLOCK_AFTER);
    ret->i4 = 0;
}

static void http_status(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    HttpReq *r = find(A(0).i4);
    ret->i4 = r ? r->status : HS_ABORTED;
}

static void http_text(Thread *t, Slot *args, Slot *ret) {
    HttpReq *r = find(A(0).i4);
    const char *s = NULL;
    if (r) switch (A(1).i4) {
        case 0: s = r->reason; break;
        case 1: s = r->headers; break;
        case 2: s = r->url; break;
        case 4: s = r->socket_error; break;
        default: s = r->error; break;
    }
    ret->o = s ? (Object *)vm_string_from_utf8(t, s, strlen(s)) : NULL;
}

static void http_body(Thread *t, Slot *args, Slot *ret) {
    HttpReq *r = find(A(0).i4);
    size_t n = r ? r->body_len : 0;
    Array *a = vm_array_new(t, vm_types.byte, (int32_t)n);
    if (!a) return;
    if (n) memcpy(VM_ARRAY_DATA(a), r->body, n);
    ret->o = (Object *)a;
}

static void http_abort(Thread *t, Slot *args, Slot *ret) {
    (void)t; (void)ret;
    HttpReq *r = find(A(0).i4);
    if (!r || r->status != HS_PENDING) return;
    abort_transport(r);
    finish(r, HS_ABORTED, "The operation was canceled.");
}

static void http_release(Thread *t, Slot *args, Slot *ret) {
    (void)t; (void)ret;
    for (HttpReq **pp = &reqs; *pp; pp = &(*pp)->next)
        if ((*pp)->id == A(0).i4) {
            HttpReq *r = *pp;
            *pp = r->next;
            if (r->status == HS_PENDING) abort_transport(r);
            free_req(r);
            return;
        }
}

/* the page's base URI in a browser (relative request URIs resolve against it), else null */
static void http_page_base(Thread *t, Slot *args, Slot *ret) {
    (void)args;
    ret->o = NULL;
#ifdef __EMSCRIPTEN__
    char buf[4096];
    int n = cilantro_js_http(JH_BASE, 0, buf, (int)sizeof buf, NULL, 0, NULL, 0, NULL, 0);
    if (n > 0 && n <= (int)sizeof buf) ret->o = (Object *)vm_string_from_utf8(t, buf, (size_t)n);
#else
    (void)t;
#endif
}

const IcallEntry icall_http_entries[] = {
    {"System.Net.Http.HttpTransport::Start(System.String,System.String,System.String,System.Byte[])", http_start},
    {"System.Net.Http.HttpTransport::Wait(System.Int32)", http_wait},
    {"System.Net.Http.HttpTransport::GetStatus(System.Int32)", http_status},
    {"System.Net.Http.HttpTransport::GetText(System.Int32,System.Int32)", http_text},
    {"System.Net.Http.HttpTransport::GetBody(System.Int32)", http_body},
    {"System.Net.Http.HttpTransport::Abort(System.Int32)", http_abort},
    {"System.Net.Http.HttpTransport::Release(System.Int32)", http_release},
    {"System.Net.Http.HttpTransport::PageBase()", http_page_base},
    {NULL, NULL},
};
