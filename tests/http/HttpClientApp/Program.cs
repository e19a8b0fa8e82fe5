// HttpClient as a .NET program uses it, against tests/js/lib/http-server.mjs.
// Usage: HttpClientApp <server base URL> <URL of a closed port>
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

class CountingHandler : DelegatingHandler
{
    public int Calls;
    public CountingHandler(HttpMessageHandler inner) : base(inner) { }
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Calls++;
        request.Headers.Add("X-Handler", "counting");
        var response = await base.SendAsync(request, cancellationToken);
        response.Headers.Add("X-Seen-By", "counting");
        return response;
    }
}

static class Program
{
    static string Baseurl;

    static async Task Section(string name, Func<Task> body)
    {
        Console.WriteLine("== " + name);
        try { await body(); }
        catch (Exception e) { Console.WriteLine("  threw " + e.GetType().FullName + ": " + e.Message); }
    }

    static void Show(Exception e)
    {
        Console.WriteLine("  " + e.GetType().FullName + ": " + e.Message);
        if (e is HttpRequestException h) Console.WriteLine("  StatusCode=" + (h.StatusCode?.ToString() ?? "null") + " (" + (int?)h.StatusCode + ")");
        if (e.InnerException != null) Console.WriteLine("  inner " + e.InnerException.GetType().FullName + ": " + e.InnerException.Message);
    }

    static string Path(Uri u) => u.PathAndQuery;

    static async Task<int> Main(string[] args)
    {
        Baseurl = args[0].TrimEnd('/');
        string closed = args[1];
        using var client = new HttpClient();

        await Section("GetStringAsync", async () =>
        {
            Console.WriteLine("  " + await client.GetStringAsync(Baseurl + "/text"));
        });

        await Section("GetAsync json", async () =>
        {
            using var r = await client.GetAsync(Baseurl + "/json");
            Console.WriteLine($"  {(int)r.StatusCode} {r.StatusCode} '{r.ReasonPhrase}' success={r.IsSuccessStatusCode} version={r.Version}");
            var ct = r.Content.Headers.ContentType;
            Console.WriteLine($"  media={ct.MediaType} charset={ct.CharSet} length={r.Content.Headers.ContentLength}");
            Console.WriteLine("  " + await r.Content.ReadAsStringAsync());
            Console.WriteLine("  x-api=" + string.Join("|", r.Headers.GetValues("X-Api")));
            Console.WriteLine("  request " + r.RequestMessage.Method + " " + Path(r.RequestMessage.RequestUri));
        });

        await Section("PostAsync StringContent", async () =>
        {
            var content = new StringContent("héllo wörld", Encoding.UTF8, "text/plain");
            content.Headers.Add("X-Content-Note", "note");
            Console.WriteLine("  content-type " + content.Headers.ContentType);
            var req = new HttpRequestMessage(HttpMethod.Post, Baseurl + "/echo") { Content = content };
            req.Headers.Add("X-Custom", "abc");
            req.Headers.TryAddWithoutValidation("X-Multi", new[] { "a", "b" });
            using var r = await client.SendAsync(req);
            Console.WriteLine($"  {(int)r.StatusCode} " + await r.Content.ReadAsStringAsync());
        });

        await Section("PostAsync JSON text and form", async () =>
        {
            using var r1 = await client.PostAsync(Baseurl + "/echo", new StringContent("{\"a\":1}", Encoding.UTF8, "application/json"));
            Console.WriteLine("  " + await r1.Content.ReadAsStringAsync());
            var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "Ada Lovelace", ["q"] = "a&b=c/é" });
            using var r2 = await client.PostAsync(Baseurl + "/echo", form);
            Console.WriteLine("  " + await r2.Content.ReadAsStringAsync());
        });

        await Section("PUT, PATCH, DELETE", async () =>
        {
            var bytes = new ByteArrayContent(new byte[] { 1, 2, 3, 250 });
            bytes.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            using var r1 = await client.PutAsync(Baseurl + "/echo", bytes);
            Console.WriteLine("  " + await r1.Content.ReadAsStringAsync());
            using var r2 = await client.PatchAsync(Baseurl + "/echo", new ReadOnlyMemoryContent(Encoding.ASCII.GetBytes("patch-body")));
            Console.WriteLine("  " + await r2.Content.ReadAsStringAsync());
            using var r3 = await client.DeleteAsync(Baseurl + "/echo?id=7");
            Console.WriteLine("  " + await r3.Content.ReadAsStringAsync());
            using var r4 = await client.PostAsync(Baseurl + "/echo", new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("from a stream"))));
            Console.WriteLine("  " + await r4.Content.ReadAsStringAsync());
        });

        await Section("HEAD and OPTIONS", async () =>
        {
            using var r = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, Baseurl + "/json"));
            Console.WriteLine($"  HEAD {(int)r.StatusCode} length={r.Content.Headers.ContentLength} type={r.Content.Headers.ContentType} body={(await r.Content.ReadAsByteArrayAsync()).Length}");
            using var r2 = await client.SendAsync(new HttpRequestMessage(HttpMethod.Options, Baseurl + "/echo"));
            Console.WriteLine("  " + await r2.Content.ReadAsStringAsync());
            using var r3 = await client.GetAsync(Baseurl + "/status/204");
            Console.WriteLine($"  204 body={(await r3.Content.ReadAsByteArrayAsync()).Length} reason={r3.ReasonPhrase}");
        });

        await Section("404", async () =>
        {
            using var r = await client.GetAsync(Baseurl + "/missing");
            Console.WriteLine($"  {(int)r.StatusCode} {r.StatusCode} '{r.ReasonPhrase}' success={r.IsSuccessStatusCode} body={await r.Content.ReadAsStringAsync()}");
            try { r.EnsureSuccessStatusCode(); Console.WriteLine("  no exception"); }
            catch (HttpRequestException e) { Show(e); }
            try { await client.GetStringAsync(Baseurl + "/missing"); Console.WriteLine("  no exception"); }
            catch (HttpRequestException e) { Show(e); }
            using var r500 = await client.GetAsync(Baseurl + "/status/503");
            try { r500.EnsureSuccessStatusCode(); }
            catch (HttpRequestException e) { Show(e); }
        });

        await Section("chunked", async () =>
        {
            using var r = await client.GetAsync(Baseurl + "/chunked");
            string s = await r.Content.ReadAsStringAsync();
            Console.WriteLine($"  {(int)r.StatusCode} length={s.Length} lines={s.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length}");
            Console.WriteLine("  first=" + s.Split('\n')[0] + " last=" + s.TrimEnd('\n').Split('\n')[^1]);
        });

        await Section("redirects", async () =>
        {
            using var r = await client.GetAsync(Baseurl + "/redirect?to=/text");
            Console.WriteLine($"  {(int)r.StatusCode} final={Path(r.RequestMessage.RequestUri)} body={await r.Content.ReadAsStringAsync()}");
            using var r2 = await client.GetAsync(Baseurl + "/redirect?to=/redirect%3Fto%3D/json&code=301");
            Console.WriteLine($"  {(int)r2.StatusCode} final={Path(r2.RequestMessage.RequestUri)}");
            using var r3 = await client.PostAsync(Baseurl + "/redirect?to=/echo&code=303", new StringContent("dropped"));
            Console.WriteLine($"  303 -> {await r3.Content.ReadAsStringAsync()}");
            using var r4 = await client.PostAsync(Baseurl + "/redirect?to=/echo&code=307", new StringContent("kept"));
            Console.WriteLine($"  307 -> {await r4.Content.ReadAsStringAsync()}");
            using var manual = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
            using var r5 = await manual.GetAsync(Baseurl + "/redirect?to=/text&code=302");
            Console.WriteLine($"  not followed: {(int)r5.StatusCode} location={r5.Headers.Location} final={Path(r5.RequestMessage.RequestUri)}");
            var limited = new HttpClientHandler { MaxAutomaticRedirections = 1 };
            using var r6 = await new HttpClient(limited).GetAsync(Baseurl + "/redirect?to=/redirect%3Fto%3D/json");
            Console.WriteLine($"  limit 1: {(int)r6.StatusCode} final={Path(r6.RequestMessage.RequestUri)}");
            var auth = new HttpRequestMessage(HttpMethod.Get, Baseurl + "/redirect?to=/auth");
            auth.Headers.Authorization = new AuthenticationHeaderValue("Basic", "c2VjcmV0");
            using var r7 = await client.SendAsync(auth);
            var auth2 = new HttpRequestMessage(HttpMethod.Get, Baseurl + "/auth");
            auth2.Headers.Authorization = new AuthenticationHeaderValue("Basic", "c2VjcmV0");
            using var r8 = await client.SendAsync(auth2);
            Console.WriteLine($"  auth without redirect: {await r8.Content.ReadAsStringAsync()}");
            Console.WriteLine($"  auth after redirect: {await r7.Content.ReadAsStringAsync()}");
        });

        await Section("bytes and streams", async () =>
        {
            byte[] b = await client.GetByteArrayAsync(Baseurl + "/bytes");
            Console.WriteLine($"  bytes={b.Length} sum={b.Sum(x => (int)x)} b[255]={b[255]}");
            using var stream = await client.GetStreamAsync(Baseurl + "/text");
            using var reader = new StreamReader(stream);
            Console.WriteLine("  stream: " + await reader.ReadToEndAsync());
            using var r = await client.GetAsync(Baseurl + "/json", HttpCompletionOption.ResponseHeadersRead);
            using var s2 = await r.Content.ReadAsStreamAsync();
            var buf = new byte[4];
            int n = await s2.ReadAsync(buf, 0, 4);
            Console.WriteLine($"  headers-read: {(int)r.StatusCode} first {n} bytes '{Encoding.ASCII.GetString(buf, 0, n)}'");
        });

        await Section("charsets", async () =>
        {
            using var r = await client.GetAsync(Baseurl + "/latin1");
            Console.WriteLine($"  charset={r.Content.Headers.ContentType.CharSet} text={await r.Content.ReadAsStringAsync()}");
            using var r2 = await client.GetAsync(Baseurl + "/bom");
            string s = await r2.Content.ReadAsStringAsync();
            Console.WriteLine($"  bom: length={s.Length} text={s}");
        });

        await Section("default headers and a handler", async () =>
        {
            var counting = new CountingHandler(new HttpClientHandler());
            using var c = new HttpClient(counting) { BaseAddress = new Uri(Baseurl + "/") };
            c.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "t0ken");
            c.DefaultRequestHeaders.Add("X-Default", "yes");
            Console.WriteLine("  default headers: " + string.Join("; ", c.DefaultRequestHeaders.Select(h => h.Key + "=" + string.Join(",", h.Value))));
            using var r = await c.GetAsync("headers");
            Console.WriteLine("  " + await r.Content.ReadAsStringAsync());
            Console.WriteLine($"  calls={counting.Calls} seen-by={string.Join(",", r.Headers.GetValues("X-Seen-By"))}");
            try { c.Timeout = TimeSpan.FromSeconds(5); }
            catch (InvalidOperationException e) { Show(e); }
        });

        await Section("timeout", async () =>
        {
            using var c = new HttpClient { Timeout = TimeSpan.FromMilliseconds(500) };
            Console.WriteLine("  timeout=" + c.Timeout);
            try { await c.GetStringAsync(Baseurl + "/slow?ms=5000"); Console.WriteLine("  no exception"); }
            catch (TaskCanceledException e) { Show(e); }
            using var r = await c.GetAsync(Baseurl + "/slow?ms=10");
            Console.WriteLine("  a fast one still works: " + await r.Content.ReadAsStringAsync());
        });

        await Section("cancellation", async () =>
        {
            using var cts = new CancellationTokenSource();
            cts.CancelAfter(200);
            try { await client.GetAsync(Baseurl + "/slow?ms=5000", cts.Token); Console.WriteLine("  no exception"); }
            catch (OperationCanceledException e) { Console.WriteLine("  " + e.GetType().FullName + ": " + e.Message + " token-canceled=" + cts.IsCancellationRequested + " inner=" + e.InnerException?.GetType().FullName); }
            using var pre = new CancellationTokenSource();
            pre.Cancel();
            try { await client.GetAsync(Baseurl + "/text", pre.Token); Console.WriteLine("  no exception"); }
            catch (OperationCanceledException e) { Console.WriteLine("  pre-canceled: " + e.GetType().FullName + ": " + e.Message + " inner=" + e.InnerException?.GetType().FullName); }
        });

        await Section("unreachable", async () =>
        {
            try { await client.GetStringAsync(closed); Console.WriteLine("  no exception"); }
            catch (HttpRequestException e)
            {
                Console.WriteLine("  " + e.GetType().FullName + " error=" + e.HttpRequestError + " status=" + (e.StatusCode?.ToString() ?? "null"));
                Console.WriteLine("  message=" + e.Message.Replace(new Uri(closed).Port.ToString(), "PORT"));
                if (e.InnerException is System.Net.Sockets.SocketException se)
                    Console.WriteLine("  inner " + se.GetType().FullName + ": " + se.Message + " code=" + se.SocketErrorCode);
            }
        });

        await Section("busy while waiting", async () =>
        {
            // the request completes while this thread computes without awaiting
            Task<string> t = client.GetStringAsync(Baseurl + "/slow?ms=50");
            long spins = 0;
            var sw = System.Diagnostics.Stopwatch.StartNew();
            while (!t.IsCompleted && sw.ElapsedMilliseconds < 20000) spins++;
            Console.WriteLine("  completed=" + t.IsCompleted + " spun=" + (spins > 0) + " result=" + await t);
        });

        await Section("request rules", async () =>
        {
            using var c = new HttpClient();
            try { await c.GetAsync("relative/path"); }
            catch (InvalidOperationException e) { Show(e); }
            var req = new HttpRequestMessage(HttpMethod.Get, Baseurl + "/text");
            using (var r = await client.SendAsync(req)) Console.WriteLine("  first send: " + (int)r.StatusCode);
            try { await client.SendAsync(req); }
            catch (InvalidOperationException e) { Show(e); }
            try { c.Timeout = TimeSpan.Zero; }
            catch (ArgumentOutOfRangeException e) { Console.WriteLine("  " + e.GetType().FullName + " param=" + e.ParamName); }
            Console.WriteLine("  default timeout=" + new HttpClient().Timeout + " max buffer=" + c.MaxResponseContentBufferSize);
        });

        await Section("headers API", () =>
        {
            var req = new HttpRequestMessage(HttpMethod.Post, "http://example.invalid/x");
            Console.WriteLine("  add Content-Type to request headers: " + req.Headers.TryAddWithoutValidation("Content-Type", "text/plain"));
            try { req.Headers.Add("Content-Type", "text/plain"); }
            catch (InvalidOperationException e) { Show(e); }
            try { req.Headers.GetValues("X-Nope"); }
            catch (InvalidOperationException e) { Show(e); }
            req.Headers.Add("x-lower", "1");
            req.Headers.Add("X-LOWER", "2");
            Console.WriteLine("  x-lower: " + string.Join(",", req.Headers.GetValues("X-Lower")) + " contains=" + req.Headers.Contains("X-LOWER"));
            var sc = new StringContent("abc");
            Console.WriteLine("  StringContent: " + sc.Headers.ContentType + " length=" + sc.Headers.ContentLength);
            foreach (var h in sc.Headers) Console.WriteLine("    " + h.Key + ": " + string.Join(",", h.Value));
            var m = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");
            Console.WriteLine($"  parsed {m.MediaType} {m.CharSet} -> {m}");
            Console.WriteLine("  methods: " + (HttpMethod.Get == new HttpMethod("get")) + " " + HttpMethod.Patch + " " + new HttpMethod("PURGE").Method);
            Console.WriteLine("  status: " + (int)HttpStatusCode.NotFound + " " + HttpStatusCode.TooManyRequests + " " + (HttpStatusCode)418);
            var resp = new HttpResponseMessage(HttpStatusCode.Created);
            Console.WriteLine("  new response: " + resp.ReasonPhrase + " " + resp.IsSuccessStatusCode + " content=" + (resp.Content != null));
            try { new HttpResponseMessage((HttpStatusCode)418).EnsureSuccessStatusCode(); }
            catch (HttpRequestException e) { Show(e); }
            return Task.CompletedTask;
        });

        return 0;
    }
}
