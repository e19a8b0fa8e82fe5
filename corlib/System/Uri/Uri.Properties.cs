using System.Text;

namespace System
{
    public partial class Uri
    {
        public string OriginalString => _original;
        public bool IsAbsoluteUri => _absolute;
        public bool UserEscaped => false;

        public string Scheme { get { RequireAbsolute(); return _scheme; } }
        public string Host { get { RequireAbsolute(); return _host; } }
        public int Port { get { RequireAbsolute(); return _port; } }
        public bool IsDefaultPort { get { RequireAbsolute(); return _port == -1 || _port == DefaultPort(_scheme); } }
        public UriHostNameType HostNameType { get { RequireAbsolute(); return _hostType; } }
        public string UserInfo { get { RequireAbsolute(); return _userInfo; } }
        public string AbsolutePath { get { RequireAbsolute(); return _path; } }
        public string Query { get { RequireAbsolute(); return _query; } }
        public string Fragment { get { RequireAbsolute(); return _fragment; } }
        public string PathAndQuery { get { RequireAbsolute(); return _path + _query; } }
        public bool IsFile { get { RequireAbsolute(); return _scheme == "file"; } }
        public bool IsUnc { get { RequireAbsolute(); return _scheme == "file" && _host.Length > 0; } }

        public string Authority
        {
            get
            {
                RequireAbsolute();
                return _host + (_port != DefaultPort(_scheme) && _port >= 0 ? ":" + _port.ToString() : "");
            }
        }

        public string DnsSafeHost
        {
            get
            {
                RequireAbsolute();
                if (_hostType == UriHostNameType.IPv6) return _host.Substring(1, _host.Length - 2);
                return _host;
            }
        }

        public string IdnHost
        {
            get
            {
                string h = DnsSafeHost;
                foreach (char c in h)
                    if (c > 0x7f) return new System.Globalization.IdnMapping().GetAscii(h);
                return h;
            }
        }

        public bool IsLoopback
        {
            get
            {
                RequireAbsolute();
                if (_scheme == "file" && _host.Length == 0) return true;
                if (_host == "localhost" || _host == "loopback") return true;
                if (_hostType == UriHostNameType.IPv4) return _host.StartsWith("127.", StringComparison.Ordinal);
                if (_hostType == UriHostNameType.IPv6) return _host == "[::1]" || _host == "[0:0:0:0:0:0:0:1]";
                return false;
            }
        }

        public string[] Segments
        {
            get
            {
                RequireAbsolute();
                var list = new System.Collections.Generic.List<string>();
                int start = 0;
                for (int i = 0; i < _path.Length; i++)
                    if (_path[i] == '/') { list.Add(_path.Substring(start, i + 1 - start)); start = i + 1; }
                if (start < _path.Length) list.Add(_path.Substring(start));
                return list.ToArray();
            }
        }

        public string LocalPath
        {
            get
            {
                RequireAbsolute();
                if (_scheme != "file") return UnescapeSafe(_path);
                string p = UnescapeDataString(_path);
                if (_host.Length > 0) return "\\\\" + _host + p.Replace('/', '\\');
                if (p.Length >= 3 && p[0] == '/' && IsAsciiLetter(p[1]) && p[2] == ':') return p.Substring(1).Replace('/', '\\');
                return p;
            }
        }

        public string AbsoluteUri { get { RequireAbsolute(); return Build(UriComponents.AbsoluteUri, UriFormat.UriEscaped); } }

        public override string ToString()
        {
            if (!_absolute) return _original;
            return Build(UriComponents.AbsoluteUri, UriFormat.SafeUnescaped);
        }

        public string GetLeftPart(UriPartial part)
        {
            RequireAbsolute();
            bool auth = _hasAuthority && _scheme != "mailto";
            switch (part)
            {
                case UriPartial.Scheme: return _scheme + (auth ? "://" : ":");
                case UriPartial.Authority:
                    return auth ? _scheme + "://" + AuthorityWithUser() : "";
                case UriPartial.Path: return Build(UriComponents.Scheme | UriComponents.UserInfo | UriComponents.Host | UriComponents.Port | UriComponents.Path, UriFormat.UriEscaped);
                case UriPartial.Query: return Build(UriComponents.HttpRequestUrl | UriComponents.UserInfo, UriFormat.UriEscaped);
                default: throw new ArgumentException("The part parameter must be one of the UriPartial values.", nameof(part));
            }
        }

        public string GetComponents(UriComponents components, UriFormat format)
        {
            if (format < UriFormat.UriEscaped || format > UriFormat.SafeUnescaped) throw new ArgumentOutOfRangeException(nameof(format));
            if (!_absolute)
            {
                if (components == UriComponents.SerializationInfoString) return _original;
                throw new InvalidOperationException(MsgRelativeOp);
            }
            if (components == UriComponents.SerializationInfoString) components = UriComponents.AbsoluteUri;
            return Build(components, format);
        }

        string Fmt(string s, UriFormat f) => f == UriFormat.UriEscaped ? s : f == UriFormat.Unescaped ? UnescapeDataString(s) : UnescapeSafe(s);

        string Build(UriComponents c, UriFormat f)
        {
            bool keep = (c & UriComponents.KeepDelimiter) != 0;
            c &= ~(UriComponents.KeepDelimiter | UriComponents.NormalizedHost);
            var sb = new StringBuilder();
            bool auth = _hasAuthority && _scheme != "mailto";
            bool hostPart = (c & UriComponents.Host) != 0;
            if ((c & UriComponents.Scheme) != 0)
            {
                sb.Append(_scheme);
                if (c != UriComponents.Scheme || keep) sb.Append(auth ? "://" : ":");
            }
            if ((c & UriComponents.UserInfo) != 0 && _userInfo.Length > 0)
            {
                sb.Append(Fmt(_userInfo, f));
                if (hostPart || keep) sb.Append('@');
            }
            if (hostPart) sb.Append(_host);
            bool strong = (c & UriComponents.StrongPort) != 0;
            if (strong || (c & UriComponents.Port) != 0)
            {
                bool show = _port >= 0 && (strong || _port != DefaultPort(_scheme));
                if (show)
                {
                    if (hostPart || keep) sb.Append(':');
                    sb.Append(_port.ToString());
                }
            }
            if ((c & UriComponents.Path) != 0)
            {
                string p = _path;
                if (c == UriComponents.Path && !keep && p.StartsWith("/", StringComparison.Ordinal)) p = p.Substring(1);
                sb.Append(Fmt(p, f));
            }
            if ((c & UriComponents.Query) != 0 && _query.Length > 0)
                sb.Append(Fmt(c == UriComponents.Query && !keep ? _query.Substring(1) : _query, f));
            if ((c & UriComponents.Fragment) != 0 && _fragment.Length > 0)
                sb.Append(Fmt(c == UriComponents.Fragment && !keep ? _fragment.Substring(1) : _fragment, f));
            return sb.ToString();
        }

        // ---- equality and comparison ----

        string EqualityKey() => _absolute ? Build(UriComponents.HttpRequestUrl | UriComponents.UserInfo, UriFormat.SafeUnescaped) : _original;

        public override bool Equals(object? comparand)
        {
            if (comparand == null) return false;
            if (ReferenceEquals(this, comparand)) return true;
            Uri other = comparand as Uri;
            if (other == null)
            {
                if (!(comparand is string s) || !TryCreate(s, UriKind.RelativeOrAbsolute, out other)) return false;
            }
            if (_absolute != other._absolute) return false;
            if (!_absolute) return _original == other._original;
            return string.Equals(EqualityKey(), other.EqualityKey(), StringComparison.Ordinal);
        }

        public bool Equals(Uri? other) => Equals((object?)other);

        public override int GetHashCode() => EqualityKey().GetHashCode();

        public static bool operator ==(Uri? uri1, Uri? uri2)
        {
            if (ReferenceEquals(uri1, uri2)) return true;
            if (uri1 is null || uri2 is null) return false;
            return uri1.Equals(uri2);
        }

        public static bool operator !=(Uri? uri1, Uri? uri2) => !(uri1 == uri2);

        public static int Compare(Uri? uri1, Uri? uri2, UriComponents partsToCompare, UriFormat compareFormat, StringComparison comparisonType)
        {
            if (uri1 == null) return uri2 == null ? 0 : -1;
            if (uri2 == null) return 1;
            if (!uri1._absolute || !uri2._absolute)
            {
                if (uri1._absolute) return 1;
                if (uri2._absolute) return -1;
                return string.Compare(uri1._original, uri2._original, comparisonType);
            }
            return string.Compare(uri1.GetComponents(partsToCompare, compareFormat), uri2.GetComponents(partsToCompare, compareFormat), comparisonType);
        }

        bool SameServer(Uri u) => _scheme == u._scheme && _host == u._host && _port == u._port && _userInfo == u._userInfo;

        public Uri MakeRelativeUri(Uri uri)
        {
            if (uri == null) throw new ArgumentNullException(nameof(uri));
            RequireAbsolute();
            if (!uri._absolute) return uri;
            if (!SameServer(uri)) return uri;
            string bp = _path, tp = uri._path;
            int common = 0, lastSlash = -1;
            while (common < bp.Length && common < tp.Length && bp[common] == tp[common])
            {
                if (bp[common] == '/') lastSlash = common;
                common++;
            }
            string rel;
            if (common == bp.Length && common == tp.Length) rel = "";
            else
            {
                var sb = new StringBuilder();
                for (int i = lastSlash + 1; i < bp.Length; i++) if (bp[i] == '/') sb.Append("../");
                sb.Append(tp, lastSlash + 1, tp.Length - lastSlash - 1);
                rel = sb.ToString();
                int firstSlash = rel.IndexOf('/');
                int colon = rel.IndexOf(':');
                if (colon >= 0 && (firstSlash < 0 || colon < firstSlash)) rel = "./" + rel;
            }
            return new Uri(rel + uri._query + uri._fragment, UriKind.Relative);
        }

        [Obsolete("Uri.MakeRelative has been deprecated. Use MakeRelativeUri(Uri uri) instead.")]
        public string MakeRelative(Uri toUri) => MakeRelativeUri(toUri).ToString();

        public bool IsBaseOf(Uri uri)
        {
            if (uri == null) throw new ArgumentNullException(nameof(uri));
            if (!_absolute) return false;
            if (!uri._absolute) uri = new Uri(this, uri);
            if (!SameServer(uri)) return false;
            int slash = _path.LastIndexOf('/');
            string basePath = slash >= 0 ? _path.Substring(0, slash + 1) : _path;
            return uri._path.StartsWith(basePath, _scheme == "file" ? StringComparison.Ordinal : StringComparison.Ordinal);
        }

        public bool IsWellFormedOriginalString()
        {
            if (!_absolute) return IsWellFormedText(_original);
            if (_implicitFile) return false;
            return IsWellFormedText(_original) && _original.IndexOf('\\') < 0;
        }

        public static bool IsWellFormedUriString(string? uriString, UriKind uriKind)
        {
            if (uriString == null || !TryCreate(uriString, uriKind, out Uri u)) return false;
            return u.IsWellFormedOriginalString();
        }

        static bool IsWellFormedText(string s)
        {
            int hashes = 0;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '^' || c == '`' || c == '{' || c == '|' || c == '}' || c == 0x7f) return false;
                if (c == '#' && ++hashes > 1) return false;
                if (c == '%' && !IsHexEncoding(s, i)) return false;
            }
            return true;
        }
    }
}
