using System;

class Program
{
    static void Show(string s)
    {
        Uri u;
        try { u = new Uri(s); }
        catch (UriFormatException e) { Console.WriteLine($"[{s}] -> {e.GetType().Name}: {e.Message}"); return; }
        Console.WriteLine($"[{s}]");
        Console.WriteLine($"  ToString={u} Abs={u.AbsoluteUri} Orig={u.OriginalString}");
        Console.WriteLine($"  Scheme={u.Scheme} Host={u.Host} Port={u.Port} Default={u.IsDefaultPort} Authority={u.Authority} HostType={u.HostNameType}");
        Console.WriteLine($"  Path={u.AbsolutePath} PQ={u.PathAndQuery} Query={u.Query} Frag={u.Fragment} User={u.UserInfo}");
        Console.WriteLine($"  Segments={string.Join("|", u.Segments)} File={u.IsFile} Loop={u.IsLoopback} Unc={u.IsUnc} Dns={u.DnsSafeHost} Idn={u.IdnHost}");
        Console.WriteLine($"  Left: {u.GetLeftPart(UriPartial.Scheme)} ; {u.GetLeftPart(UriPartial.Authority)} ; {u.GetLeftPart(UriPartial.Path)} ; {u.GetLeftPart(UriPartial.Query)}");
        if (u.IsFile) Console.WriteLine($"  Local={u.LocalPath}");
    }

    static void Resolve(string b, string r)
    {
        try
        {
            var u = new Uri(new Uri(b), r);
            Console.WriteLine($"{b} + {r} = {u.AbsoluteUri}");
        }
        catch (Exception e) { Console.WriteLine($"{b} + {r} -> {e.GetType().Name}: {e.Message}"); }
    }

    static void Main()
    {
        string[] inputs = {
            "http://www.Example.COM/a/b/../c/./d.html?x=1&y=2#frag",
            "HTTPS://example.com:443/",
            "https://example.com:8443/path",
            "http://user:pass@host.com:8080/p?q#f",
            "ftp://ftp.example.org/pub/file.txt",
            "ws://socket.example/chat",
            "wss://socket.example:9000",
            "http://example.com",
            "http://example.com/a b/c%20d",
            "http://example.com/%7Euser/caf\u00e9",
            "http://127.0.0.1:5000/api",
            "http://localhost/x",
            "http://[::1]:8080/v6",
            "http://192.168.1.10/",
            "file:///home/user/doc.txt",
            "file://server/share/f.txt",
            "mailto:someone@example.com",
            "urn:isbn:0451450523",
            "http://example.com/a/./b/../../c",
            "http://example.com/path/with%2Fslash?a=%20b",
            "http://example.com/q?x=a b#f g",
            "news:comp.lang.csharp",
            "",
            "not a uri",
            "http://",
            "http://host:99999/",
            "http://host:abc/",
            "relative/path",
            "/abs/unix/path",
            "custom-scheme+x.y://Host.Name/P",
        };
        foreach (var s in inputs) Show(s);

        string b1 = "http://a/b/c/d;p?q";
        string[] refs = { "g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y" };
        foreach (var r in refs) Resolve(b1, r);
        Resolve("http://example.com/dir/page.html", "other.html?z=1");
        Resolve("https://example.com/a/b/", "c d");
        Resolve("http://example.com", "path");

        // kinds
        foreach (var (s, k) in new (string, UriKind)[] { ("http://x/", UriKind.Absolute), ("rel/x", UriKind.Relative), ("http://x/", UriKind.Relative), ("rel", UriKind.Absolute), ("rel?q#f", UriKind.RelativeOrAbsolute), ("http://x/", UriKind.RelativeOrAbsolute) })
        {
            bool ok = Uri.TryCreate(s, k, out var u);
            Console.WriteLine($"TryCreate({s}, {k}) = {ok} {(u == null ? "null" : u.IsAbsoluteUri + " " + u.OriginalString + " " + u)}");
            try { var v = new Uri(s, k); Console.WriteLine($"  ctor ok abs={v.IsAbsoluteUri}"); }
            catch (UriFormatException e) { Console.WriteLine($"  ctor: {e.Message}"); }
        }
        Uri.TryCreate(new Uri("http://h/a/b"), "c", out var tc1);
        Console.WriteLine($"TryCreate base: {tc1}");
        Uri.TryCreate(new Uri("http://h/a/b"), new Uri("../c", UriKind.Relative), out var tc2);
        Console.WriteLine($"TryCreate base uri: {tc2}");
        var rel = new Uri("a/b?c", UriKind.Relative);
        try { Console.WriteLine(rel.Host); } catch (InvalidOperationException e) { Console.WriteLine("rel.Host: " + e.Message); }
        Console.WriteLine($"rel: {rel} {rel.IsAbsoluteUri} {rel.OriginalString}");

        // equality
        var e1 = new Uri("http://Example.com/a#x");
        var e2 = new Uri("HTTP://example.COM:80/a#y");
        var e3 = new Uri("http://example.com/A");
        Console.WriteLine($"eq: {e1 == e2} {e1.Equals(e2)} {e1 == e3} {e1.GetHashCode() == e2.GetHashCode()} {e1.Equals((object)"http://example.com/a")} {e1 != e3}");
        Console.WriteLine($"compare: {Uri.Compare(e1, e3, UriComponents.Path, UriFormat.SafeUnescaped, StringComparison.Ordinal) < 0} {Uri.Compare(e1, e2, UriComponents.HttpRequestUrl, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase)}");

        // relative
        var bu = new Uri("http://h/a/b/c.html");
        foreach (var t in new[] { "http://h/a/b/d.html", "http://h/a/x/y.html", "http://h/a/b/c.html", "http://h/q.html?z", "http://other/a", "https://h/a/b/d.html", "http://h/a/b/sub/e.html#f" })
            Console.WriteLine($"MakeRelative {t} = {bu.MakeRelativeUri(new Uri(t))}");
        Console.WriteLine($"IsBaseOf: {new Uri("http://h/a/").IsBaseOf(new Uri("http://h/a/b"))} {new Uri("http://h/a/").IsBaseOf(new Uri("http://h/b"))} {new Uri("http://h/a/x").IsBaseOf(new Uri("http://h/a/y/z"))}");

        // components
        var cu = new Uri("http://user@www.example.com:8080/p%20q/r?s=t%20u#v%20w");
        foreach (var c in new[] { UriComponents.Scheme, UriComponents.Host, UriComponents.Port, UriComponents.StrongPort, UriComponents.Path, UriComponents.Query, UriComponents.Fragment, UriComponents.PathAndQuery, UriComponents.HttpRequestUrl, UriComponents.SchemeAndServer, UriComponents.AbsoluteUri, UriComponents.UserInfo, UriComponents.HostAndPort, UriComponents.StrongAuthority, UriComponents.SerializationInfoString })
            foreach (var f in new[] { UriFormat.UriEscaped, UriFormat.Unescaped, UriFormat.SafeUnescaped })
                Console.WriteLine($"{c}/{f}: [{cu.GetComponents(c, f)}]");

        // static helpers
        foreach (var s in new[] { "hello world", "a+b=c&d", "caf\u00e9/\u00fc?#", "~-._!*'()", "100%", "" })
            Console.WriteLine($"Escape [{s}] data=[{Uri.EscapeDataString(s)}]");
        foreach (var s in new[] { "hello%20world", "%41%42%43", "bad%zzx", "%C3%A9t%C3%A9", "50%", "a+b" })
            Console.WriteLine($"Unescape [{s}] = [{Uri.UnescapeDataString(s)}]");
        foreach (var s in new[] { "http://x.com/a b?c=d e", "http://x.com/%20", "{}|^" })
#pragma warning disable SYSLIB0013
            Console.WriteLine($"EscapeUriString [{s}] = [{Uri.EscapeUriString(s)}]");
#pragma warning restore SYSLIB0013
        foreach (var s in new[] { "http://www.contoso.com/path???/file name", "http://www.contoso.com/", "c:\\directory\\filename", "http://host/a%20b", "rel/x", "http://a b/", "http://x.com/#frag" })
            Console.WriteLine($"WellFormed [{s}] abs={Uri.IsWellFormedUriString(s, UriKind.Absolute)} any={Uri.IsWellFormedUriString(s, UriKind.RelativeOrAbsolute)}");
        foreach (var s in new[] { "www.example.com", "192.168.0.1", "::1", "fe80::1", "bad host", "", "a_b.com", "x" })
            Console.WriteLine($"CheckHostName [{s}] = {Uri.CheckHostName(s)}");
        foreach (var s in new[] { "http", "h2o+x-y.z", "1http", "", "ht tp" })
            Console.WriteLine($"CheckSchemeName [{s}] = {Uri.CheckSchemeName(s)}");
        Console.WriteLine($"HexEscape: {Uri.HexEscape(' ')} {Uri.HexEscape('~')} {Uri.IsHexDigit('f')} {Uri.IsHexDigit('g')} {Uri.IsHexEncoding("%4a", 0)} {Uri.IsHexEncoding("%4", 0)}");
        int idx = 0; char hc = Uri.HexUnescape("%41x", ref idx); Console.WriteLine($"HexUnescape: {hc} {idx}");
        idx = 0; hc = Uri.HexUnescape("x%41", ref idx); Console.WriteLine($"HexUnescape: {hc} {idx}");
        Console.WriteLine($"Schemes: {Uri.UriSchemeHttp} {Uri.UriSchemeHttps} {Uri.UriSchemeFile} {Uri.UriSchemeMailto} {Uri.SchemeDelimiter}");

        // builder
        var ub = new UriBuilder("http://example.com/path");
        ub.Port = 8080; ub.Query = "a=1"; ub.Fragment = "top"; ub.UserName = "me"; ub.Password = "pw";
        Console.WriteLine($"Builder: {ub.Uri} | {ub} | {ub.Scheme} {ub.Host} {ub.Port} {ub.Path} {ub.Query} {ub.Fragment}");
        var ub2 = new UriBuilder("https", "Host.example", 443, "x/y", "?q=2");
        Console.WriteLine($"Builder2: {ub2.Uri} | {ub2}");
        var ub3 = new UriBuilder(); Console.WriteLine($"Builder3: {ub3.Uri} | {ub3}");
        var ub4 = new UriBuilder("example.org"); Console.WriteLine($"Builder4: {ub4.Uri} {ub4.Port}");
        var ub5 = new UriBuilder(new Uri("http://h:81/p?q#f")) { Scheme = "https", Port = -1 };
        Console.WriteLine($"Builder5: {ub5.Uri}");
    }
}
