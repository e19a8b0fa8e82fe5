using System.Text;

namespace System
{
    // System.Uri: an absolute URI is parsed once into escaped, normalized
    // parts (scheme and host lower-cased, dot segments removed and '\' read
    // as '/' for the hierarchical schemes); a relative URI keeps only its
    // original string. Escaping helpers live in Uri.Escaping.cs.
    public partial class Uri : IEquatable<Uri>
    {
        public static readonly string UriSchemeFile = "file";
        public static readonly string UriSchemeFtp = "ftp";
        public static readonly string UriSchemeSftp = "sftp";
        public static readonly string UriSchemeFtps = "ftps";
        public static readonly string UriSchemeGopher = "gopher";
        public static readonly string UriSchemeHttp = "http";
        public static readonly string UriSchemeHttps = "https";
        public static readonly string UriSchemeWs = "ws";
        public static readonly string UriSchemeWss = "wss";
        public static readonly string UriSchemeMailto = "mailto";
        public static readonly string UriSchemeNews = "news";
        public static readonly string UriSchemeNntp = "nntp";
        public static readonly string UriSchemeSsh = "ssh";
        public static readonly string UriSchemeTelnet = "telnet";
        public static readonly string UriSchemeNetTcp = "net.tcp";
        public static readonly string UriSchemeNetPipe = "net.pipe";
        public static readonly string SchemeDelimiter = "://";

        readonly string _original;
        bool _absolute;
        string _scheme = "";
        string _userInfo = "";     // escaped, without '@'
        bool _hasAuthority;        // "scheme://" (or mailto's user@host)
        string _host = "";         // lower-cased; IPv6 keeps its brackets
        int _port = -1;            // explicit port, or the scheme's default
        string _path = "";         // escaped
        string _query = "";        // escaped, with '?'
        string _fragment = "";     // escaped, with '#'
        UriHostNameType _hostType;
        bool _implicitFile;

        const string MsgEmpty = "Invalid URI: The URI is empty.";
        const string MsgFormat = "Invalid URI: The format of the URI could not be determined.";
        const string MsgHost = "Invalid URI: The hostname could not be parsed.";
        const string MsgPort = "Invalid URI: Invalid port specified.";
        const string MsgDos = "Invalid URI: A Dos path must be rooted, for example, 'c:\\\\'.";
        const string MsgRelativeOfAbsolute = "A relative URI cannot be created because the 'uriString' parameter represents an absolute URI.";
        const string MsgRelativeOp = "This operation is not supported for a relative URI.";

        public Uri(string uriString) : this(uriString, UriKind.Absolute) { }

        [Obsolete("This constructor has been deprecated; the dontEscape parameter is always false. Use Uri(string) instead.")]
        public Uri(string uriString, bool dontEscape) : this(uriString, UriKind.Absolute) { }

        public Uri(string uriString, UriKind uriKind)
        {
            if (uriString == null) throw new ArgumentNullException(nameof(uriString));
            _original = uriString;
            string err = Init(uriString, uriKind);
            if (err != null) throw new UriFormatException(err);
        }

        public Uri(Uri baseUri, string? relativeUri)
        {
            if (baseUri == null) throw new ArgumentNullException(nameof(baseUri));
            if (!baseUri._absolute) throw new ArgumentOutOfRangeException(nameof(baseUri));
            string err = ResolveInto(baseUri, relativeUri ?? "", out _original);
            if (err != null) throw new UriFormatException(err);
        }

        [Obsolete("This constructor has been deprecated; the dontEscape parameter is always false. Use Uri(Uri, string) instead.")]
        public Uri(Uri baseUri, string? relativeUri, bool dontEscape) : this(baseUri, relativeUri) { }

        public Uri(Uri baseUri, Uri relativeUri)
        {
            if (baseUri == null) throw new ArgumentNullException(nameof(baseUri));
            if (relativeUri == null) throw new ArgumentNullException(nameof(relativeUri));
            if (!baseUri._absolute) throw new ArgumentOutOfRangeException(nameof(baseUri));
            string err;
            if (relativeUri._absolute) { _original = relativeUri._original; err = Init(relativeUri._original, UriKind.Absolute); }
            else err = ResolveInto(baseUri, relativeUri._original, out _original);
            if (err != null) throw new UriFormatException(err);
        }

        Uri(bool _, string original) { _original = original; }

        public static bool TryCreate(string? uriString, UriKind uriKind, out Uri? result)
        {
            result = null;
            if (uriString == null) return false;
            var u = new Uri(true, uriString);
            if (u.Init(uriString, uriKind) != null) return false;
            result = u;
            return true;
        }

        public static bool TryCreate(Uri? baseUri, string? relativeUri, out Uri? result)
        {
            result = null;
            if (baseUri == null || relativeUri == null) return false;
            if (!baseUri._absolute) return false;
            var u = new Uri(true, "");
            if (u.ResolveInto(baseUri, relativeUri, out string orig) != null) return false;
            u = CloneWithOriginal(u, orig);
            result = u;
            return true;
        }

        public static bool TryCreate(Uri? baseUri, Uri? relativeUri, out Uri? result)
        {
            result = null;
            if (baseUri == null || relativeUri == null) return false;
            if (relativeUri._absolute) { result = relativeUri; return true; }
            return TryCreate(baseUri, relativeUri._original, out result);
        }

        static Uri CloneWithOriginal(Uri u, string original)
        {
            var c = new Uri(true, original);
            c.CopyFrom(u);
            return c;
        }

        void CopyFrom(Uri u)
        {
            _absolute = u._absolute; _scheme = u._scheme; _userInfo = u._userInfo; _hasAuthority = u._hasAuthority;
            _host = u._host; _port = u._port; _path = u._path; _query = u._query; _fragment = u._fragment;
            _hostType = u._hostType; _implicitFile = u._implicitFile;
        }

        // ---- parsing ----

        string? Init(string s, UriKind kind)
        {
            if (kind != UriKind.Absolute && kind != UriKind.Relative && kind != UriKind.RelativeOrAbsolute)
                throw new ArgumentException("The value '" + ((int)kind).ToString() + "' passed for the UriKind parameter is invalid.", "uriKind");
            string t = s.Trim();
            if (kind == UriKind.Relative)
            {
                if (t.Length > 0 && ParseAbsolute(t, false) == null) return MsgRelativeOfAbsolute;
                _absolute = false;
                return null;
            }
            if (t.Length == 0)
            {
                if (kind == UriKind.RelativeOrAbsolute) { _absolute = false; return null; }
                return MsgEmpty;
            }
            string err = ParseAbsolute(t, kind == UriKind.Absolute);
            if (err == null) { _absolute = true; return null; }
            if (kind == UriKind.RelativeOrAbsolute && (object)err == (object)MsgFormat) { ResetParts(); _absolute = false; return null; }
            return err;
        }

        void ResetParts()
        {
            _scheme = ""; _userInfo = ""; _hasAuthority = false; _host = ""; _port = -1;
            _path = ""; _query = ""; _fragment = ""; _hostType = UriHostNameType.Unknown; _implicitFile = false;
        }

        static int SchemeLength(string s)
        {
            if (s.Length == 0 || !IsAsciiLetter(s[0])) return -1;
            for (int i = 1; i < s.Length; i++)
            {
                char c = s[i];
                if (c == ':') return i;
                if (!(IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) return -1;
            }
            return -1;
        }

        static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        internal static int DefaultPort(string scheme)
        {
            switch (scheme)
            {
                case "http": case "ws": return 80;
                case "https": case "wss": return 443;
                case "ftp": return 21;
                case "gopher": return 70;
                case "nntp": case "news": return 119;
                case "mailto": return 25;
                case "telnet": return 23;
                case "ldap": return 389;
                case "net.tcp": return 808;
                case "ssh": case "sftp": return 22;
                case "ftps": return 990;
                default: return -1;
            }
        }

        static bool IsHierarchical(string scheme)
        {
            switch (scheme)
            {
                case "http": case "https": case "ws": case "wss": case "ftp": case "file":
                case "gopher": case "nntp": case "telnet": case "ldap": case "net.tcp": case "net.pipe":
                case "ftps": case "sftp": case "ssh":
                    return true;
                default: return false;
            }
        }

        static bool NeedsHost(string scheme) => scheme != "file" && IsHierarchical(scheme);

        // Parses t (trimmed) as an absolute URI into this instance; returns null or the error message.
        string? ParseAbsolute(string t, bool implicitFileAllowed)
        {
            ResetParts();
            // implicit file paths: "c:\x", "c:/x", "\\server\share", and (Unix) "/x"
            if (t.Length >= 2 && IsAsciiLetter(t[0]) && t[1] == ':' && (t.Length == 2 || t[2] == '\\' || t[2] == '/'))
            {
                if (t.Length == 2) return MsgDos;
                _implicitFile = true;
                return ParseFileRest("/" + t.Replace('\\', '/'));
            }
            if (t.Length >= 2 && t[0] == '\\' && t[1] == '\\')
            {
                _implicitFile = true;
                return ParseParts("file", "//" + t.Substring(2).Replace('\\', '/'));
            }
            if (t[0] == '/' && !(t.Length > 1 && (t[1] == '/' || t[1] == '\\')))
            {
                if (!implicitFileAllowed) return MsgFormat;
                _implicitFile = true;
                return ParseFileRest(t);
            }
            int colon = SchemeLength(t);
            if (colon < 0) return MsgFormat;
            if (colon == 1) return MsgDos;
            return ParseParts(t.Substring(0, colon).ToLowerInvariant(), t.Substring(colon + 1));
        }

        string ParseFileRest(string path)
        {
            _scheme = "file";
            _hasAuthority = true;
            _hostType = UriHostNameType.Basic;
            int hash = path.IndexOf('#');
            if (hash >= 0 && !_implicitFile) { _fragment = EscapePart(path.Substring(hash), false); path = path.Substring(0, hash); }
            _path = NormalizePath(EscapePart(path, true), true);
            return null;
        }

        string? ParseParts(string scheme, string rest)
        {
            _scheme = scheme;
            bool hier = IsHierarchical(scheme);
            if (hier) rest = SlashesBeforeQuery(rest);
            int pos = 0;
            if (rest.StartsWith("//", StringComparison.Ordinal) || (scheme == "file" && rest.StartsWith("/", StringComparison.Ordinal)))
            {
                if (!rest.StartsWith("//", StringComparison.Ordinal)) return ParseFileRest(rest);
                _hasAuthority = true;
                pos = 2;
                int end = pos;
                while (end < rest.Length && rest[end] != '/' && rest[end] != '?' && rest[end] != '#') end++;
                string err = ParseAuthority(rest.Substring(pos, end - pos));
                if (err != null) return err;
                pos = end;
            }
            else if (scheme == "mailto")
            {
                int end = 0;
                while (end < rest.Length && rest[end] != '?' && rest[end] != '#') end++;
                string auth = rest.Substring(0, end);
                if (auth.IndexOf('@') >= 0)
                {
                    string err = ParseAuthority(auth);
                    if (err != null) return err;
                    pos = end;
                }
            }
            else if (NeedsHost(scheme)) return MsgHost;

            int q = rest.IndexOf('?', pos), h = rest.IndexOf('#', pos);
            if (h >= 0 && q > h) q = -1;
            int pathEnd = q >= 0 ? q : h >= 0 ? h : rest.Length;
            string path = rest.Substring(pos, pathEnd - pos);
            if (q >= 0) _query = EscapePart(rest.Substring(q, (h >= 0 ? h : rest.Length) - q), false);
            if (h >= 0) _fragment = EscapePart(rest.Substring(h), false);
            path = EscapePart(path, false);
            if (hier || (_hasAuthority && scheme != "mailto"))
            {
                if (hier) path = NormalizePath(path, true);
                else if (path.Length == 0 && scheme != "mailto") path = "/";
            }
            _path = path;
            if (_hasAuthority && _hostType == UriHostNameType.Unknown && scheme == "file") _hostType = UriHostNameType.Basic;
            if (!_hasAuthority && _host.Length == 0) _port = -1;
            return null;
        }

        // Hierarchical schemes read '\' as '/' in the part before '?' and '#'.
        static string SlashesBeforeQuery(string rest)
        {
            int stop = rest.IndexOfAny(new[] { '?', '#' });
            if (stop < 0) stop = rest.Length;
            if (rest.IndexOf('\\', 0, stop) < 0) return rest;
            return rest.Substring(0, stop).Replace('\\', '/') + rest.Substring(stop);
        }

        string? ParseAuthority(string auth)
        {
            int at = auth.LastIndexOf('@');
            if (at >= 0) { _userInfo = EscapePart(auth.Substring(0, at), false); auth = auth.Substring(at + 1); }
            string host = auth, port = null;
            if (auth.StartsWith("[", StringComparison.Ordinal))
            {
                int close = auth.IndexOf(']');
                if (close < 0) return MsgHost;
                host = auth.Substring(0, close + 1);
                string after = auth.Substring(close + 1);
                if (after.Length > 0)
                {
                    if (after[0] != ':') return MsgHost;
                    port = after.Substring(1);
                }
                if (!IsIPv6(host.Substring(1, host.Length - 2))) return MsgHost;
                _host = host.ToLowerInvariant();
                _hostType = UriHostNameType.IPv6;
            }
            else
            {
                int c = auth.LastIndexOf(':');
                if (c >= 0) { host = auth.Substring(0, c); port = auth.Substring(c + 1); }
                _host = host.ToLowerInvariant();
                if (IsIPv4(host)) _hostType = UriHostNameType.IPv4;
                else if (IsDnsName(host)) _hostType = UriHostNameType.Dns;
                else if (host.Length == 0)
                {
                    if (NeedsHost(_scheme)) return MsgHost;
                    _hostType = _scheme == "file" ? UriHostNameType.Basic : UriHostNameType.Unknown;
                }
                else
                {
                    if (IsHierarchical(_scheme)) return MsgHost;
                    foreach (char ch in host) if (ch <= ' ' || ch == '<' || ch == '>' || ch == '"' || ch == '%') return MsgHost;
                    _hostType = UriHostNameType.Basic;
                }
            }
            _port = DefaultPort(_scheme);
            if (port != null && port.Length > 0)
            {
                int p = 0;
                foreach (char ch in port)
                {
                    if (ch < '0' || ch > '9') return MsgPort;
                    p = p * 10 + (ch - '0');
                    if (p > 65535) return MsgPort;
                }
                _port = p;
            }
            return null;
        }

        internal static bool IsIPv4(string h)
        {
            string[] parts = h.Split('.');
            if (parts.Length != 4) return false;
            foreach (string p in parts)
            {
                if (p.Length == 0 || p.Length > 3) return false;
                int v = 0;
                foreach (char c in p) { if (c < '0' || c > '9') return false; v = v * 10 + (c - '0'); }
                if (v > 255) return false;
            }
            return true;
        }

        internal static bool IsIPv6(string h)
        {
            int pct = h.IndexOf('%');
            if (pct >= 0) h = h.Substring(0, pct);
            if (h.Length < 2) return false;
            int groups = 0; bool compressed = false;
            string[] parts = h.Split(':');
            if (parts.Length < 3 || parts.Length > 9) return false;
            for (int i = 0; i < parts.Length; i++)
            {
                string p = parts[i];
                if (p.Length == 0)
                {
                    bool edge = (i == 0 && parts.Length > 1 && parts[1].Length == 0) || (i == parts.Length - 1 && parts[i - 1].Length == 0);
                    if (edge) continue;
                    if (compressed) return false;
                    compressed = true;
                    continue;
                }
                if (i == parts.Length - 1 && p.IndexOf('.') >= 0) { if (!IsIPv4(p)) return false; groups += 2; continue; }
                if (p.Length > 4) return false;
                foreach (char c in p) if (!IsHexDigit(c)) return false;
                groups++;
            }
            return compressed ? groups < 8 : groups == 8;
        }

        internal static bool IsDnsName(string h)
        {
            if (h.Length == 0 || h.Length > 255) return false;
            if (h[h.Length - 1] == '.') h = h.Substring(0, h.Length - 1);
            if (h.Length == 0) return false;
            foreach (string label in h.Split('.'))
            {
                if (label.Length == 0 || label.Length > 63) return false;
                foreach (char c in label)
                    if (!(char.IsLetterOrDigit(c) || c == '-' || c == '_')) return false;
            }
            return true;
        }

        // RFC 3986 5.2.4 remove_dot_segments, on an escaped path; ensures a leading '/'.
        static string NormalizePath(string path, bool rooted)
        {
            if (rooted && (path.Length == 0 || path[0] != '/')) path = "/" + path;
            if (path.IndexOf('.') < 0) return path;
            var segs = new System.Collections.Generic.List<string>();
            string[] parts = path.Split('/');
            for (int i = 1; i < parts.Length; i++)
            {
                string p = parts[i];
                bool last = i == parts.Length - 1;
                if (p == "." || p.Equals("%2e", StringComparison.OrdinalIgnoreCase)) { if (last) segs.Add(""); continue; }
                if (p == ".." || p.Equals("%2e%2e", StringComparison.OrdinalIgnoreCase) || p.Equals(".%2e", StringComparison.OrdinalIgnoreCase) || p.Equals("%2e.", StringComparison.OrdinalIgnoreCase))
                {
                    if (segs.Count > 0) segs.RemoveAt(segs.Count - 1);
                    if (last) segs.Add("");
                    continue;
                }
                segs.Add(p);
            }
            return "/" + string.Join("/", segs);
        }

        // ---- reference resolution (RFC 3986 5.2.2) ----

        string? ResolveInto(Uri b, string rel, out string original)
        {
            string t = rel.Trim();
            original = t;
            int colon = SchemeLength(t);
            if (colon > 1 || (t.Length >= 2 && t[0] == '\\' && t[1] == '\\') || (colon == 1))
            {
                string err = Init(t, UriKind.Absolute);
                if (err == null) { original = t; return null; }
                if (colon >= 1 || err != MsgFormat) return err;
            }
            if (IsHierarchical(b._scheme)) t = SlashesBeforeQuery(t);
            string target;
            string prefix = b._scheme + ":" + (b._hasAuthority && b._scheme != "mailto" ? "//" : "");
            string auth = b._hasAuthority && b._scheme != "mailto" ? b.AuthorityWithUser() : "";
            if (t.StartsWith("//", StringComparison.Ordinal)) target = b._scheme + ":" + t;
            else
            {
                int q = t.IndexOf('?'), h = t.IndexOf('#');
                if (h >= 0 && q > h) q = -1;
                int pe = q >= 0 ? q : h >= 0 ? h : t.Length;
                string rpath = t.Substring(0, pe);
                string rquery = q >= 0 ? t.Substring(q, (h >= 0 ? h : t.Length) - q) : null;
                string rfrag = h >= 0 ? t.Substring(h) : "";
                string path, query;
                if (rpath.Length == 0)
                {
                    path = b._path;
                    query = rquery ?? b._query;
                }
                else
                {
                    if (rpath[0] == '/') path = rpath;
                    else
                    {
                        int slash = b._path.LastIndexOf('/');
                        path = (slash >= 0 ? b._path.Substring(0, slash + 1) : (b._hasAuthority ? "/" : "")) + rpath;
                    }
                    path = NormalizeDots(path);
                    query = rquery ?? "";
                }
                target = prefix + auth + path + query + rfrag;
            }
            string e2 = ParseAbsolute(target, false);
            if (e2 == null) _absolute = true;
            original = target;
            return e2;
        }

        static string NormalizeDots(string path)
        {
            if (path.Length > 0 && path[0] == '/') return NormalizePath(path, true);
            return path;
        }

        string AuthorityWithUser()
        {
            string a = _userInfo.Length > 0 ? _userInfo + "@" : "";
            return a + _host + (_port != DefaultPort(_scheme) && _port >= 0 ? ":" + _port.ToString() : "");
        }

        void RequireAbsolute()
        {
            if (!_absolute) throw new InvalidOperationException(MsgRelativeOp);
        }
    }
}
