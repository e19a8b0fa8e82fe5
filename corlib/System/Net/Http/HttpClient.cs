// System.Net.Http: HttpMessageInvoker, HttpClient, HttpMessageHandler,
// DelegatingHandler, HttpClientHandler (the default handler) and the
// transport's internal calls (runtime/icalls/icall_http.c): fetch in wasm
// hosts, HTTP/1.1 over sockets natively. See docs/http.md.
using System.Collections.Generic;
using System.IO;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace System.Net.Http
{
    public abstract class HttpMessageHandler : IDisposable
    {
        protected HttpMessageHandler() { }

        protected internal virtual HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            throw new NotSupportedException("The synchronous method is not supported by '" + GetType().ToString() + "'. If you're using a custom 'HttpContent' and have not overridden the 'SerializeToStream' method, you should do so.");
        }

        protected internal abstract Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken);

        protected virtual void Dispose(bool disposing) { }

        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        internal Task<HttpResponseMessage> InvokeSendAsync(HttpRequestMessage request, CancellationToken cancellationToken) { return SendAsync(request, cancellationToken); }
        internal HttpResponseMessage InvokeSend(HttpRequestMessage request, CancellationToken cancellationToken) { return Send(request, cancellationToken); }
    }

    public abstract class DelegatingHandler : HttpMessageHandler
    {
        private HttpMessageHandler _innerHandler;
        private bool _started;

        protected DelegatingHandler() { }
        protected DelegatingHandler(HttpMessageHandler innerHandler) { InnerHandler = innerHandler; }

        public HttpMessageHandler InnerHandler
        {
            get { return _innerHandler; }
            set
            {
                if (value == null) throw new ArgumentNullException("value");
                if (_started) throw new InvalidOperationException("This instance has already started one or more requests. Properties can only be modified before sending the first request.");
                _innerHandler = value;
            }
        }

        private HttpMessageHandler Inner()
        {
            if (_innerHandler == null) throw new InvalidOperationException("The inner handler has not been assigned.");
            _started = true;
            return _innerHandler;
        }

        protected internal override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request == null) throw new ArgumentNullException("request");
            return Inner().InvokeSendAsync(request, cancellationToken);
        }

        protected internal override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request == null) throw new ArgumentNullException("request");
            return Inner().InvokeSend(request, cancellationToken);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && _innerHandler != null) _innerHandler.Dispose();
            base.Dispose(disposing);
        }
    }

    public enum ClientCertificateOption { Manual = 0, Automatic = 1 }

    public class HttpClientHandler : HttpMessageHandler
    {
        private bool _allowAutoRedirect = true;
        private int _maxRedirects = 50;

        public HttpClientHandler() { }

        public bool AllowAutoRedirect { get { return _allowAutoRedirect; } set { _allowAutoRedirect = value; } }

        public int MaxAutomaticRedirections
        {
            get { return _maxRedirects; }
            set
            {
                if (value <= 0) throw new ArgumentOutOfRangeException("value", value, "The specified value must be greater than 0.");
                _maxRedirects = value;
            }
        }

        public DecompressionMethods AutomaticDecompression { get; set; }
        public bool SupportsAutomaticDecompression { get { return true; } }
        public bool SupportsProxy { get { return false; } }
        public bool SupportsRedirectConfiguration { get { return true; } }
        public bool UseCookies { get; set; } = true;
        public bool UseProxy { get; set; } = true;
        public bool UseDefaultCredentials { get; set; }
        public bool PreAuthenticate { get; set; }
        public bool CheckCertificateRevocationList { get; set; }
        public ClientCertificateOption ClientCertificateOptions { get; set; } = ClientCertificateOption.Manual;
        public long MaxRequestContentBufferSize { get; set; } = int.MaxValue;
        public int MaxResponseHeadersLength { get; set; } = 64;
        public int MaxConnectionsPerServer { get; set; } = int.MaxValue;
        public IDictionary<string, object> Properties { get; } = new Dictionary<string, object>();

        protected internal override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            return SendAsync(request, cancellationToken).GetAwaiter().GetResult();
        }

        protected internal override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request == null) throw new ArgumentNullException("request", "A request message must be provided. It cannot be null.");
            if (request.RequestUri == null || !request.RequestUri.IsAbsoluteUri)
                throw new InvalidOperationException("An invalid request URI was provided. Either the request URI must be an absolute URI or BaseAddress must be set.");
            if (cancellationToken.IsCancellationRequested) return await Task.FromCanceled<HttpResponseMessage>(cancellationToken).ConfigureAwait(false);
            string scheme = request.RequestUri.Scheme;
            if (scheme != "http" && scheme != "https")
                throw new NotSupportedException("The '" + scheme + "' scheme is not supported.");

            HttpResponseMessage response = await HttpTransport.SendOnce(request, cancellationToken).ConfigureAwait(false);
            int redirects = 0;
            while (_allowAutoRedirect && IsRedirect(response.StatusCode) && response.Headers.Location != null && redirects < _maxRedirects)
            {
                Uri location = response.Headers.Location;
                if (!location.IsAbsoluteUri) location = new Uri(request.RequestUri, location);
                if (location.Scheme != "http" && location.Scheme != "https") break;   // .NET does not follow to other schemes
                if (request.RequestUri.Scheme == "https" && location.Scheme == "http") break;
                redirects++;
                response.Dispose();
                int code = (int)response.StatusCode;
                if ((code == 303 && request.Method != HttpMethod.Head) || ((code == 300 || code == 301 || code == 302) && request.Method == HttpMethod.Post))
                {
                    request.Method = HttpMethod.Get;
                    request.Content = null;
                }
                if (request.HasHeaders) request.Headers.Authorization = null;
                request.RequestUri = location;
                response = await HttpTransport.SendOnce(request, cancellationToken).ConfigureAwait(false);
            }
            return response;
        }

        private static bool IsRedirect(HttpStatusCode code)
        {
            int c = (int)code;
            return c == 300 || c == 301 || c == 302 || c == 303 || c == 307 || c == 308;
        }
    }

    // the one request in flight: the runtime's transport (fetch, or a socket natively)
    internal static class HttpTransport
    {
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int Start(string method, string url, string headers, byte[] body);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern bool Wait(int id);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int GetStatus(int id);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string GetText(int id, int which);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern byte[] GetBody(int id);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern void Abort(int id);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern void Release(int id);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string PageBase();

        private const int NetError = -1, NotSupported = -2, Aborted = -3, BadUrl = -4;

        internal static async Task<HttpResponseMessage> SendOnce(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            byte[] body = null;
            var headers = new StringBuilder();
            if (request.HasHeaders) AppendHeaders(headers, request.Headers);
            if (request.Content != null)
            {
                body = await request.Content.BufferedAsync(cancellationToken).ConfigureAwait(false);
                AppendHeaders(headers, request.Content.Headers);
            }
            int id = Start(request.Method.Method, request.RequestUri.AbsoluteUri, headers.ToString(), body);
            var tcs = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
            CancellationTokenRegistration reg = default(CancellationTokenRegistration);
            if (cancellationToken.CanBeCanceled) reg = cancellationToken.Register(() => Abort(id));
            var waiter = new Thread(() =>
            {
                while (!Wait(id)) { }
                tcs.TrySetResult(GetStatus(id));
            });
            waiter.IsBackground = true;
            waiter.Start();
            int status;
            try
            {
                status = await tcs.Task.ConfigureAwait(false);
            }
            finally
            {
                reg.Dispose();
            }
            try
            {
                if (status < 0)
                {
                    string message = GetText(id, 3) ?? "An error occurred while sending the request.";
                    if (status == Aborted || cancellationToken.IsCancellationRequested)
                        throw new TaskCanceledException("The operation was canceled.", null, cancellationToken);
                    if (status == NotSupported) throw new PlatformNotSupportedException(message);
                    if (status == BadUrl) throw new HttpRequestException(HttpRequestError.Unknown, message);
                    Exception inner = null;
                    string socketError = GetText(id, 4);
                    if (socketError != null)
                    {
                        int space = socketError.IndexOf(' ');
                        inner = new System.Net.Sockets.SocketException(int.Parse(socketError.Substring(0, space)), socketError.Substring(space + 1));
                    }
                    throw new HttpRequestException(
                        socketError != null && socketError.StartsWith("11001 ") ? HttpRequestError.NameResolutionError : HttpRequestError.ConnectionError,
                        message, inner);
                }
                var response = new HttpResponseMessage((HttpStatusCode)status);
                response.ReasonPhrase = GetText(id, 0);
                response.RequestMessage = request;
                string finalUrl = GetText(id, 2);
                if (!string.IsNullOrEmpty(finalUrl) && finalUrl != request.RequestUri.AbsoluteUri)
                {
                    Uri u;
                    if (Uri.TryCreate(finalUrl, UriKind.Absolute, out u)) request.RequestUri = u;
                }
                var content = new HttpConnectionResponseContent(GetBody(id));
                string lines = GetText(id, 1) ?? string.Empty;
                foreach (string line in lines.Split('\n'))
                {
                    int colon = line.IndexOf(':');
                    if (colon <= 0) continue;
                    string name = line.Substring(0, colon).Trim();
                    string value = line.Substring(colon + 1).Trim();
                    if (HttpHeaders.IsContentHeader(name)) content.Headers.AddParsed(name, value);
                    else response.Headers.AddParsed(name, value);
                }
                response.Content = content;
                return response;
            }
            finally
            {
                Release(id);
            }
        }

        private static void AppendHeaders(StringBuilder sb, HttpHeaders headers)
        {
            foreach (var h in headers)
            {
                if (string.Equals(h.Key, "Content-Length", StringComparison.OrdinalIgnoreCase) || string.Equals(h.Key, "Host", StringComparison.OrdinalIgnoreCase)) continue;
                string sep = string.Equals(h.Key, "User-Agent", StringComparison.OrdinalIgnoreCase) ? " " : ", ";
                sb.Append(h.Key).Append(": ").Append(string.Join(sep, h.Value)).Append("\r\n");
            }
        }
    }

    public class HttpMessageInvoker : IDisposable
    {
        private readonly HttpMessageHandler _handler;
        private readonly bool _disposeHandler;
        private bool _disposed;

        public HttpMessageInvoker(HttpMessageHandler handler) : this(handler, true) { }

        public HttpMessageInvoker(HttpMessageHandler handler, bool disposeHandler)
        {
            if (handler == null) throw new ArgumentNullException("handler");
            _handler = handler;
            _disposeHandler = disposeHandler;
        }

        internal HttpMessageHandler Handler { get { return _handler; } }

        internal void CheckDisposed()
        {
            if (_disposed) throw new ObjectDisposedException(GetType().ToString());
        }

        public virtual HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request == null) throw new ArgumentNullException("request");
            CheckDisposed();
            return _handler.InvokeSend(request, cancellationToken);
        }

        public virtual Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request == null) throw new ArgumentNullException("request");
            CheckDisposed();
            return _handler.InvokeSendAsync(request, cancellationToken);
        }

        protected virtual void Dispose(bool disposing)
        {
            if (disposing && !_disposed)
            {
                _disposed = true;
                if (_disposeHandler) _handler.Dispose();
            }
        }

        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }
    }

    public class HttpClient : HttpMessageInvoker
    {
        private static readonly TimeSpan s_defaultTimeout = TimeSpan.FromSeconds(100);
        private static readonly TimeSpan s_maxTimeout = TimeSpan.FromMilliseconds(int.MaxValue);
        private static IWebProxy s_defaultProxy;

        private HttpRequestHeaders _defaultRequestHeaders;
        private Uri _baseAddress;
        private TimeSpan _timeout = s_defaultTimeout;
        private long _maxResponseContentBufferSize = int.MaxValue;
        private Version _defaultRequestVersion = HttpVersion.Version11;
        private HttpVersionPolicy _defaultVersionPolicy = HttpVersionPolicy.RequestVersionOrLower;
        private CancellationTokenSource _pendingRequestsCts = new CancellationTokenSource();
        private volatile bool _operationStarted;

        public HttpClient() : this(new HttpClientHandler()) { }
        public HttpClient(HttpMessageHandler handler) : this(handler, true) { }
        public HttpClient(HttpMessageHandler handler, bool disposeHandler) : base(handler, disposeHandler) { }

        public static IWebProxy DefaultProxy
        {
            get { return s_defaultProxy; }
            set { if (value == null) throw new ArgumentNullException("value"); s_defaultProxy = value; }
        }

        public HttpRequestHeaders DefaultRequestHeaders { get { return _defaultRequestHeaders ??= new HttpRequestHeaders(); } }

        public Version DefaultRequestVersion
        {
            get { return _defaultRequestVersion; }
            set { CheckNotStarted(); _defaultRequestVersion = value ?? throw new ArgumentNullException("value"); }
        }

        public HttpVersionPolicy DefaultVersionPolicy
        {
            get { return _defaultVersionPolicy; }
            set { CheckNotStarted(); _defaultVersionPolicy = value; }
        }

        public Uri BaseAddress
        {
            get { return _baseAddress; }
            set
            {
                if (value != null && !value.IsAbsoluteUri) throw new ArgumentException("The base address must be an absolute URI.", "value");
                CheckNotStarted();
                _baseAddress = value;
            }
        }

        public TimeSpan Timeout
        {
            get { return _timeout; }
            set
            {
                if (value != System.Threading.Timeout.InfiniteTimeSpan && (value <= TimeSpan.Zero || value > s_maxTimeout))
                    throw new ArgumentOutOfRangeException("value", value, "Specified argument was out of the range of valid values.");
                CheckNotStarted();
                _timeout = value;
            }
        }

        public long MaxResponseContentBufferSize
        {
            get { return _maxResponseContentBufferSize; }
            set
            {
                if (value <= 0) throw new ArgumentOutOfRangeException("value", value, "The specified value must be greater than 0.");
                CheckNotStarted();
                _maxResponseContentBufferSize = value;
            }
        }

        private void CheckNotStarted()
        {
            if (_operationStarted) throw new InvalidOperationException("This instance has already started one or more requests. Properties can only be modified before sending the first request.");
            CheckDisposed();
        }

        private Uri CreateUri(string uri) { return string.IsNullOrEmpty(uri) ? null : new Uri(uri, UriKind.RelativeOrAbsolute); }

        private HttpRequestMessage CreateRequest(HttpMethod method, Uri uri)
        {
            var r = new HttpRequestMessage(method, uri);
            r.Version = _defaultRequestVersion;
            r.VersionPolicy = _defaultVersionPolicy;
            return r;
        }

        // ---- GET helpers ----

        public Task<string> GetStringAsync(string requestUri) { return GetStringAsync(CreateUri(requestUri)); }
        public Task<string> GetStringAsync(Uri requestUri) { return GetStringAsync(requestUri, CancellationToken.None); }
        public Task<string> GetStringAsync(string requestUri, CancellationToken cancellationToken) { return GetStringAsync(CreateUri(requestUri), cancellationToken); }

        public async Task<string> GetStringAsync(Uri requestUri, CancellationToken cancellationToken)
        {
            using (HttpResponseMessage response = await GetAsync(requestUri, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false))
            {
                response.EnsureSuccessStatusCode();
                return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        public Task<byte[]> GetByteArrayAsync(string requestUri) { return GetByteArrayAsync(CreateUri(requestUri)); }
        public Task<byte[]> GetByteArrayAsync(Uri requestUri) { return GetByteArrayAsync(requestUri, CancellationToken.None); }
        public Task<byte[]> GetByteArrayAsync(string requestUri, CancellationToken cancellationToken) { return GetByteArrayAsync(CreateUri(requestUri), cancellationToken); }

        public async Task<byte[]> GetByteArrayAsync(Uri requestUri, CancellationToken cancellationToken)
        {
            using (HttpResponseMessage response = await GetAsync(requestUri, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false))
            {
                response.EnsureSuccessStatusCode();
                return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        public Task<Stream> GetStreamAsync(string requestUri) { return GetStreamAsync(CreateUri(requestUri)); }
        public Task<Stream> GetStreamAsync(Uri requestUri) { return GetStreamAsync(requestUri, CancellationToken.None); }
        public Task<Stream> GetStreamAsync(string requestUri, CancellationToken cancellationToken) { return GetStreamAsync(CreateUri(requestUri), cancellationToken); }

        public async Task<Stream> GetStreamAsync(Uri requestUri, CancellationToken cancellationToken)
        {
            HttpResponseMessage response = await GetAsync(requestUri, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        }

        public Task<HttpResponseMessage> GetAsync(string requestUri) { return GetAsync(CreateUri(requestUri)); }
        public Task<HttpResponseMessage> GetAsync(Uri requestUri) { return GetAsync(requestUri, HttpCompletionOption.ResponseContentRead); }
        public Task<HttpResponseMessage> GetAsync(string requestUri, HttpCompletionOption completionOption) { return GetAsync(CreateUri(requestUri), completionOption); }
        public Task<HttpResponseMessage> GetAsync(Uri requestUri, HttpCompletionOption completionOption) { return GetAsync(requestUri, completionOption, CancellationToken.None); }
        public Task<HttpResponseMessage> GetAsync(string requestUri, CancellationToken cancellationToken) { return GetAsync(CreateUri(requestUri), cancellationToken); }
        public Task<HttpResponseMessage> GetAsync(Uri requestUri, CancellationToken cancellationToken) { return GetAsync(requestUri, HttpCompletionOption.ResponseContentRead, cancellationToken); }
        public Task<HttpResponseMessage> GetAsync(string requestUri, HttpCompletionOption completionOption, CancellationToken cancellationToken) { return GetAsync(CreateUri(requestUri), completionOption, cancellationToken); }

        public Task<HttpResponseMessage> GetAsync(Uri requestUri, HttpCompletionOption completionOption, CancellationToken cancellationToken)
        {
            return SendAsync(CreateRequest(HttpMethod.Get, requestUri), completionOption, cancellationToken);
        }

        // ---- POST / PUT / PATCH / DELETE ----

        public Task<HttpResponseMessage> PostAsync(string requestUri, HttpContent content) { return PostAsync(CreateUri(requestUri), content); }
        public Task<HttpResponseMessage> PostAsync(Uri requestUri, HttpContent content) { return PostAsync(requestUri, content, CancellationToken.None); }
        public Task<HttpResponseMessage> PostAsync(string requestUri, HttpContent content, CancellationToken cancellationToken) { return PostAsync(CreateUri(requestUri), content, cancellationToken); }
        public Task<HttpResponseMessage> PostAsync(Uri requestUri, HttpContent content, CancellationToken cancellationToken)
        {
            HttpRequestMessage r = CreateRequest(HttpMethod.Post, requestUri);
            r.Content = content;
            return SendAsync(r, cancellationToken);
        }

        public Task<HttpResponseMessage> PutAsync(string requestUri, HttpContent content) { return PutAsync(CreateUri(requestUri), content); }
        public Task<HttpResponseMessage> PutAsync(Uri requestUri, HttpContent content) { return PutAsync(requestUri, content, CancellationToken.None); }
        public Task<HttpResponseMessage> PutAsync(string requestUri, HttpContent content, CancellationToken cancellationToken) { return PutAsync(CreateUri(requestUri), content, cancellationToken); }
        public Task<HttpResponseMessage> PutAsync(Uri requestUri, HttpContent content, CancellationToken cancellationToken)
        {
            HttpRequestMessage r = CreateRequest(HttpMethod.Put, requestUri);
            r.Content = content;
            return SendAsync(r, cancellationToken);
        }

        public Task<HttpResponseMessage> PatchAsync(string requestUri, HttpContent content) { return PatchAsync(CreateUri(requestUri), content); }
        public Task<HttpResponseMessage> PatchAsync(Uri requestUri, HttpContent content) { return PatchAsync(requestUri, content, CancellationToken.None); }
        public Task<HttpResponseMessage> PatchAsync(string requestUri, HttpContent content, CancellationToken cancellationToken) { return PatchAsync(CreateUri(requestUri), content, cancellationToken); }
        public Task<HttpResponseMessage> PatchAsync(Uri requestUri, HttpContent content, CancellationToken cancellationToken)
        {
            HttpRequestMessage r = CreateRequest(HttpMethod.Patch, requestUri);
            r.Content = content;
            return SendAsync(r, cancellationToken);
        }

        public Task<HttpResponseMessage> DeleteAsync(string requestUri) { return DeleteAsync(CreateUri(requestUri)); }
        public Task<HttpResponseMessage> DeleteAsync(Uri requestUri) { return DeleteAsync(requestUri, CancellationToken.None); }
        public Task<HttpResponseMessage> DeleteAsync(string requestUri, CancellationToken cancellationToken) { return DeleteAsync(CreateUri(requestUri), cancellationToken); }
        public Task<HttpResponseMessage> DeleteAsync(Uri requestUri, CancellationToken cancellationToken)
        {
            return SendAsync(CreateRequest(HttpMethod.Delete, requestUri), cancellationToken);
        }

        // ---- Send ----

        public HttpResponseMessage Send(HttpRequestMessage request) { return Send(request, HttpCompletionOption.ResponseContentRead, CancellationToken.None); }
        public HttpResponseMessage Send(HttpRequestMessage request, HttpCompletionOption completionOption) { return Send(request, completionOption, CancellationToken.None); }
        public override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) { return Send(request, HttpCompletionOption.ResponseContentRead, cancellationToken); }

        public HttpResponseMessage Send(HttpRequestMessage request, HttpCompletionOption completionOption, CancellationToken cancellationToken)
        {
            return SendAsync(request, completionOption, cancellationToken).GetAwaiter().GetResult();
        }

        public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) { return SendAsync(request, HttpCompletionOption.ResponseContentRead, CancellationToken.None); }
        public override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) { return SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken); }
        public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, HttpCompletionOption completionOption) { return SendAsync(request, completionOption, CancellationToken.None); }

        public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, HttpCompletionOption completionOption, CancellationToken cancellationToken)
        {
            if (request == null) throw new ArgumentNullException("request");
            CheckDisposed();
            PrepareRequest(request);
            return SendCore(request, cancellationToken);
        }

        private void PrepareRequest(HttpRequestMessage request)
        {
            request.MarkSent();
            Uri uri = request.RequestUri;
            if (uri == null)
            {
                if (_baseAddress == null) throw new InvalidOperationException("An invalid request URI was provided. Either the request URI must be an absolute URI or BaseAddress must be set.");
                uri = _baseAddress;
            }
            else if (!uri.IsAbsoluteUri || (uri.Scheme == "file" && uri.OriginalString.StartsWith("/")))
            {
                Uri baseUri = _baseAddress;
                if (baseUri == null)
                {
                    // in a page, relative URIs resolve against the page, as with Blazor's NavigationManager.BaseUri
                    string page = HttpTransport.PageBase();
                    if (page != null) baseUri = new Uri(page);
                }
                if (baseUri == null) throw new InvalidOperationException("An invalid request URI was provided. Either the request URI must be an absolute URI or BaseAddress must be set.");
                uri = new Uri(baseUri, uri.OriginalString);
            }
            request.RequestUri = uri;
            if (_defaultRequestHeaders != null)
                foreach (var h in _defaultRequestHeaders)
                    if (!request.Headers.Contains(h.Key)) request.Headers.TryAddWithoutValidation(h.Key, h.Value);
            _operationStarted = true;
        }

        private async Task<HttpResponseMessage> SendCore(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            CancellationTokenSource cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _pendingRequestsCts.Token);
            bool timed = _timeout != System.Threading.Timeout.InfiniteTimeSpan;
            if (timed) cts.CancelAfter(_timeout);
            CancellationTokenSource pending = _pendingRequestsCts;
            try
            {
                HttpResponseMessage response = await Handler.InvokeSendAsync(request, cts.Token).ConfigureAwait(false);
                if (response == null) throw new InvalidOperationException("Handler did not return a response message.");
                if (response.Content != null && response.Content.ComputedLength() > _maxResponseContentBufferSize)
                    throw new HttpRequestException("Cannot write more bytes to the buffer than the configured maximum buffer size: " + _maxResponseContentBufferSize.ToString() + ".");
                return response;
            }
            catch (OperationCanceledException e)
            {
                if (timed && cts.IsCancellationRequested && !cancellationToken.IsCancellationRequested && !pending.IsCancellationRequested)
                    throw new TaskCanceledException(
                        "The request was canceled due to the configured HttpClient.Timeout of " + _timeout.TotalSeconds.ToString() + " seconds elapsing.",
                        new TimeoutException(e.Message, e), e.CancellationToken);
                // as .NET: the handler's cancellation, wrapped once more
                throw new TaskCanceledException(e.Message, e, e.CancellationToken);
            }
            finally
            {
                cts.Dispose();
            }
        }

        public void CancelPendingRequests()
        {
            CheckDisposed();
            CancellationTokenSource old = Interlocked.Exchange(ref _pendingRequestsCts, new CancellationTokenSource());
            old.Cancel();
            old.Dispose();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _pendingRequestsCts.Cancel();
            base.Dispose(disposing);
        }
    }
}

namespace System.Net
{
    public interface IWebProxy
    {
        ICredentials Credentials { get; set; }
        Uri GetProxy(Uri destination);
        bool IsBypassed(Uri host);
    }

    public interface ICredentials
    {
        NetworkCredential GetCredential(Uri uri, string authType);
    }

    public class NetworkCredential : ICredentials
    {
        public NetworkCredential() { }
        public NetworkCredential(string userName, string password) { UserName = userName; Password = password; }
        public NetworkCredential(string userName, string password, string domain) { UserName = userName; Password = password; Domain = domain; }
        public string UserName { get; set; } = string.Empty;
        public string Password { get; set; } = string.Empty;
        public string Domain { get; set; } = string.Empty;
        public NetworkCredential GetCredential(Uri uri, string authenticationType) { return this; }
    }
}
