// System.Net.Http: HttpMethod, HttpRequestMessage, HttpResponseMessage,
// HttpRequestException and the small enums around them (docs/http.md).
using System.Collections.Generic;
using System.IO;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace System.Net.Http
{
    public enum HttpCompletionOption { ResponseContentRead = 0, ResponseHeadersRead = 1 }

    public enum HttpVersionPolicy { RequestVersionOrLower = 0, RequestVersionOrHigher = 1, RequestVersionExact = 2 }

    public enum HttpRequestError
    {
        Unknown = 0, NameResolutionError, ConnectionError, SecureConnectionError, HttpProtocolError,
        ExtendedConnectNotSupported, VersionNegotiationError, UserAuthenticationError, ProxyTunnelError,
        InvalidResponse, ResponseEnded, ConfigurationLimitExceeded,
    }

    public class HttpMethod : IEquatable<HttpMethod>
    {
        private readonly string _method;

        public HttpMethod(string method)
        {
            if (method == null) throw new ArgumentNullException("method");
            if (method.Length == 0) throw new ArgumentException("The value cannot be null or empty.", "method");
            foreach (char c in method)
                if (c <= ' ' || c >= 127 || "()<>@,;:\\\"/[]?={}".IndexOf(c) >= 0)
                    throw new FormatException("The format of the HTTP method is invalid.");
            _method = method;
        }

        public static HttpMethod Get { get; } = new HttpMethod("GET");
        public static HttpMethod Put { get; } = new HttpMethod("PUT");
        public static HttpMethod Post { get; } = new HttpMethod("POST");
        public static HttpMethod Delete { get; } = new HttpMethod("DELETE");
        public static HttpMethod Head { get; } = new HttpMethod("HEAD");
        public static HttpMethod Options { get; } = new HttpMethod("OPTIONS");
        public static HttpMethod Trace { get; } = new HttpMethod("TRACE");
        public static HttpMethod Patch { get; } = new HttpMethod("PATCH");
        public static HttpMethod Connect { get; } = new HttpMethod("CONNECT");
        public static HttpMethod Query { get; } = new HttpMethod("QUERY");

        public string Method { get { return _method; } }

        public static HttpMethod Parse(ReadOnlySpan<char> method)
        {
            string s = method.ToString();
            foreach (HttpMethod m in new[] { Get, Put, Post, Delete, Head, Options, Trace, Patch, Connect, Query })
                if (string.Equals(m._method, s, StringComparison.OrdinalIgnoreCase)) return m;
            return new HttpMethod(s);
        }

        public bool Equals(HttpMethod other)
        {
            if ((object)other == null) return false;
            return ReferenceEquals(_method, other._method) || string.Equals(_method, other._method, StringComparison.OrdinalIgnoreCase);
        }

        public override bool Equals(object obj) { return Equals(obj as HttpMethod); }
        public override int GetHashCode() { return StringComparer.OrdinalIgnoreCase.GetHashCode(_method); }
        public override string ToString() { return _method; }
        public static bool operator ==(HttpMethod left, HttpMethod right) { return (object)left == null ? (object)right == null : left.Equals(right); }
        public static bool operator !=(HttpMethod left, HttpMethod right) { return !(left == right); }
    }

    public class HttpRequestException : Exception
    {
        public HttpRequestException() : base("An error occurred while sending the request.") { }
        public HttpRequestException(string message) : base(message) { }
        public HttpRequestException(string message, Exception inner) : base(message, inner) { }
        public HttpRequestException(string message, Exception inner, HttpStatusCode? statusCode) : base(message, inner) { StatusCode = statusCode; }
        public HttpRequestException(HttpRequestError httpRequestError, string message = null, Exception inner = null, HttpStatusCode? statusCode = null)
            : base(message ?? "An error occurred while sending the request.", inner)
        {
            HttpRequestError = httpRequestError;
            StatusCode = statusCode;
        }
        public HttpStatusCode? StatusCode { get; }
        public HttpRequestError HttpRequestError { get; }
    }

    public sealed class HttpRequestOptions : Dictionary<string, object>
    {
        public bool TryGetValue<TValue>(HttpRequestOptionsKey<TValue> key, out TValue value)
        {
            object o;
            if (TryGetValue(key.Key, out o) && o is TValue v) { value = v; return true; }
            value = default(TValue);
            return false;
        }
        public void Set<TValue>(HttpRequestOptionsKey<TValue> key, TValue value) { this[key.Key] = value; }
    }

    public readonly struct HttpRequestOptionsKey<TValue>
    {
        public HttpRequestOptionsKey(string key) { Key = key; }
        public string Key { get; }
    }

    public class HttpRequestMessage : IDisposable
    {
        private HttpMethod _method;
        private HttpRequestHeaders _headers;
        private HttpRequestOptions _options;
        internal bool _sent;
        private bool _disposed;

        public HttpRequestMessage() : this(HttpMethod.Get, (Uri)null) { }

        public HttpRequestMessage(HttpMethod method, Uri requestUri)
        {
            if (method == null) throw new ArgumentNullException("method");
            _method = method;
            RequestUri = requestUri;
            Version = HttpVersion.Version11;
            VersionPolicy = HttpVersionPolicy.RequestVersionOrLower;
        }

        public HttpRequestMessage(HttpMethod method, string requestUri)
            : this(method, string.IsNullOrEmpty(requestUri) ? null : new Uri(requestUri, UriKind.RelativeOrAbsolute)) { }

        public HttpMethod Method
        {
            get { return _method; }
            set { if (value == null) throw new ArgumentNullException("value"); _method = value; }
        }

        public Uri RequestUri { get; set; }
        public Version Version { get; set; }
        public HttpVersionPolicy VersionPolicy { get; set; }
        public HttpContent Content { get; set; }
        public HttpRequestHeaders Headers { get { return _headers ??= new HttpRequestHeaders(); } }
        internal bool HasHeaders { get { return _headers != null; } }

        [Obsolete("HttpRequestMessage.Properties has been deprecated. Use Options instead.")]
        public IDictionary<string, object> Properties { get { return Options; } }
        public HttpRequestOptions Options { get { return _options ??= new HttpRequestOptions(); } }

        private void CheckNotSent()
        {
            if (_sent) throw new InvalidOperationException("The request message was already sent. Cannot send the same request message multiple times.");
        }

        internal void MarkSent()
        {
            CheckNotSent();
            _sent = true;
        }

        public override string ToString()
        {
            var sb = new StringBuilder();
            sb.Append("Method: ").Append(_method.ToString());
            sb.Append(", RequestUri: '").Append(RequestUri == null ? "<null>" : RequestUri.ToString());
            sb.Append("', Version: ").Append(Version.ToString());
            sb.Append(", Content: ").Append(Content == null ? "<null>" : Content.GetType().ToString());
            sb.Append(", Headers:").Append(Environment.NewLine);
            AppendHeaders(sb, _headers, Content);
            return sb.ToString();
        }

        internal static void AppendHeaders(StringBuilder sb, HttpHeaders headers, HttpContent content)
        {
            sb.Append('{').Append(Environment.NewLine);
            if (headers != null)
                foreach (var h in headers) sb.Append("  ").Append(h.Key).Append(": ").Append(string.Join(", ", h.Value)).Append(Environment.NewLine);
            if (content != null)
                foreach (var h in content.Headers) sb.Append("  ").Append(h.Key).Append(": ").Append(string.Join(", ", h.Value)).Append(Environment.NewLine);
            sb.Append('}');
        }

        protected virtual void Dispose(bool disposing)
        {
            if (disposing && !_disposed)
            {
                _disposed = true;
                if (Content != null) Content.Dispose();
            }
        }

        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }
    }

    public class HttpResponseMessage : IDisposable
    {
        private HttpStatusCode _statusCode;
        private string _reasonPhrase;
        private HttpResponseHeaders _headers;
        private HttpResponseHeaders _trailingHeaders;
        private HttpContent _content;
        private bool _disposed;

        public HttpResponseMessage() : this(HttpStatusCode.OK) { }

        public HttpResponseMessage(HttpStatusCode statusCode)
        {
            if ((int)statusCode < 0 || (int)statusCode > 999) throw new ArgumentOutOfRangeException("statusCode");
            _statusCode = statusCode;
            Version = HttpVersion.Version11;
        }

        public Version Version { get; set; }

        public HttpContent Content
        {
            get { return _content ??= new EmptyContent(); }
            set { _content = value; }
        }

        public HttpStatusCode StatusCode
        {
            get { return _statusCode; }
            set
            {
                if ((int)value < 0 || (int)value > 999) throw new ArgumentOutOfRangeException("value");
                _statusCode = value;
            }
        }

        public string ReasonPhrase
        {
            get { return _reasonPhrase ?? ReasonPhrases.Get((int)_statusCode); }
            set
            {
                if (value != null && (value.IndexOf('\r') >= 0 || value.IndexOf('\n') >= 0))
                    throw new FormatException("The reason phrase must not contain new-line characters.");
                _reasonPhrase = value;
            }
        }

        public HttpResponseHeaders Headers { get { return _headers ??= new HttpResponseHeaders(); } }
        public HttpResponseHeaders TrailingHeaders { get { return _trailingHeaders ??= new HttpResponseHeaders(); } }
        public HttpRequestMessage RequestMessage { get; set; }
        public bool IsSuccessStatusCode { get { return (int)_statusCode >= 200 && (int)_statusCode <= 299; } }

        public HttpResponseMessage EnsureSuccessStatusCode()
        {
            if (!IsSuccessStatusCode)
            {
                string reason = ReasonPhrase;
                throw new HttpRequestException(HttpRequestError.Unknown,
                    string.IsNullOrWhiteSpace(reason)
                        ? "Response status code does not indicate success: " + ((int)_statusCode).ToString() + "."
                        : "Response status code does not indicate success: " + ((int)_statusCode).ToString() + " (" + reason + ").",
                    null, _statusCode);
            }
            return this;
        }

        public override string ToString()
        {
            var sb = new StringBuilder();
            sb.Append("StatusCode: ").Append((int)_statusCode);
            sb.Append(", ReasonPhrase: '").Append(ReasonPhrase ?? "<null>");
            sb.Append("', Version: ").Append(Version.ToString());
            sb.Append(", Content: ").Append(_content == null ? "<null>" : _content.GetType().ToString());
            sb.Append(", Headers:").Append(Environment.NewLine);
            HttpRequestMessage.AppendHeaders(sb, _headers, _content);
            return sb.ToString();
        }

        protected virtual void Dispose(bool disposing)
        {
            if (disposing && !_disposed)
            {
                _disposed = true;
                if (_content != null) _content.Dispose();
            }
        }

        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }
    }

    internal sealed class EmptyContent : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext context) { return Task.CompletedTask; }
        protected internal override bool TryComputeLength(out long length) { length = 0; return true; }
    }

    // what the transport received: the body, already read
    internal sealed class HttpConnectionResponseContent : HttpContent
    {
        private readonly byte[] _bytes;
        internal HttpConnectionResponseContent(byte[] bytes) { _bytes = bytes; SetBuffer(bytes); }
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext context)
        {
            stream.Write(_bytes, 0, _bytes.Length);
            return Task.CompletedTask;
        }
        protected internal override bool TryComputeLength(out long length) { length = _bytes.Length; return true; }
    }

    internal static class ReasonPhrases
    {
        internal static string Get(int code)
        {
            switch (code)
            {
                case 100: return "Continue";
                case 101: return "Switching Protocols";
                case 102: return "Processing";
                case 103: return "Early Hints";
                case 200: return "OK";
                case 201: return "Created";
                case 202: return "Accepted";
                case 203: return "Non-Authoritative Information";
                case 204: return "No Content";
                case 205: return "Reset Content";
                case 206: return "Partial Content";
                case 207: return "Multi-Status";
                case 208: return "Already Reported";
                case 226: return "IM Used";
                case 300: return "Multiple Choices";
                case 301: return "Moved Permanently";
                case 302: return "Found";
                case 303: return "See Other";
                case 304: return "Not Modified";
                case 305: return "Use Proxy";
                case 307: return "Temporary Redirect";
                case 308: return "Permanent Redirect";
                case 400: return "Bad Request";
                case 401: return "Unauthorized";
                case 402: return "Payment Required";
                case 403: return "Forbidden";
                case 404: return "Not Found";
                case 405: return "Method Not Allowed";
                case 406: return "Not Acceptable";
                case 407: return "Proxy Authentication Required";
                case 408: return "Request Timeout";
                case 409: return "Conflict";
                case 410: return "Gone";
                case 411: return "Length Required";
                case 412: return "Precondition Failed";
                case 413: return "Request Entity Too Large";
                case 414: return "Request-Uri Too Long";
                case 415: return "Unsupported Media Type";
                case 416: return "Requested Range Not Satisfiable";
                case 417: return "Expectation Failed";
                case 421: return "Misdirected Request";
                case 422: return "Unprocessable Entity";
                case 423: return "Locked";
                case 424: return "Failed Dependency";
                case 426: return "Upgrade Required";
                case 428: return "Precondition Required";
                case 429: return "Too Many Requests";
                case 431: return "Request Header Fields Too Large";
                case 451: return "Unavailable For Legal Reasons";
                case 500: return "Internal Server Error";
                case 501: return "Not Implemented";
                case 502: return "Bad Gateway";
                case 503: return "Service Unavailable";
                case 504: return "Gateway Timeout";
                case 505: return "Http Version Not Supported";
                case 506: return "Variant Also Negotiates";
                case 507: return "Insufficient Storage";
                case 508: return "Loop Detected";
                case 510: return "Not Extended";
                case 511: return "Network Authentication Required";
                default: return null;
            }
        }
    }
}
