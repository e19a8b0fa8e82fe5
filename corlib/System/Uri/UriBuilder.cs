using System.Text;

namespace System
{
    public class UriBuilder
    {
        string _scheme = "http";
        string _userName = "";
        string _password = "";
        string _host = "localhost";
        int _port = -1;
        string _path = "/";
        string _query = "";
        string _fragment = "";
        Uri? _uri;

        public UriBuilder() { Init(new Uri("http://localhost/")); }

        public UriBuilder(string uri)
        {
            if (uri == null) throw new ArgumentNullException(nameof(uri));
            if (!Uri.TryCreate(uri, UriKind.Absolute, out Uri u)) u = new Uri(Uri.UriSchemeHttp + Uri.SchemeDelimiter + uri);
            Init(u);
        }

        public UriBuilder(Uri uri)
        {
            if (uri == null) throw new ArgumentNullException(nameof(uri));
            Init(uri);
        }

        public UriBuilder(string? schemeName, string? hostName)
        {
            Scheme = schemeName;
            Host = hostName;
        }

        public UriBuilder(string? scheme, string? host, int portNumber) : this(scheme, host) { Port = portNumber; }

        public UriBuilder(string? scheme, string? host, int port, string? pathValue) : this(scheme, host, port) { Path = pathValue; }

        public UriBuilder(string? scheme, string? host, int port, string? path, string? extraValue) : this(scheme, host, port, path)
        {
            if (string.IsNullOrEmpty(extraValue)) return;
            if (extraValue[0] == '#') { Fragment = extraValue.Substring(1); return; }
            if (extraValue[0] != '?') throw new ArgumentException("Extra portion of URI not valid.", nameof(extraValue));
            int hash = extraValue.IndexOf('#');
            if (hash < 0) Query = extraValue.Substring(1);
            else { Query = extraValue.Substring(1, hash - 1); Fragment = extraValue.Substring(hash + 1); }
        }

        void Init(Uri u)
        {
            _scheme = u.Scheme;
            _host = u.Host;
            _port = u.Port;
            _path = u.AbsolutePath;
            _query = u.Query;
            _fragment = u.Fragment;
            string ui = u.UserInfo;
            int colon = ui.IndexOf(':');
            if (colon >= 0) { _userName = ui.Substring(0, colon); _password = ui.Substring(colon + 1); }
            else _userName = ui;
            _uri = u;
        }

        public string Scheme
        {
            get => _scheme;
            set
            {
                value ??= "";
                int colon = value.IndexOf(':');
                if (colon >= 0) value = value.Substring(0, colon);
                if (value.Length != 0)
                {
                    if (!Uri.CheckSchemeName(value)) throw new ArgumentException("Invalid URI: The URI scheme is not valid.", nameof(value));
                    value = value.ToLowerInvariant();
                }
                _scheme = value; _uri = null;
            }
        }

        public string UserName { get => _userName; set { _userName = value ?? ""; _uri = null; } }
        public string Password { get => _password; set { _password = value ?? ""; _uri = null; } }

        public string Host
        {
            get => _host;
            set
            {
                value ??= "";
                if (value.IndexOf(':') >= 0 && value.Length > 0 && value[0] != '[') value = "[" + value + "]";
                _host = value.ToLowerInvariant(); _uri = null;
            }
        }

        public int Port
        {
            get => _port;
            set
            {
                if (value < -1 || value > 0xFFFF) throw new ArgumentOutOfRangeException(nameof(value));
                _port = value; _uri = null;
            }
        }

        public string Path
        {
            get => _path;
            set
            {
                value = string.IsNullOrEmpty(value) ? "/" : value;
#pragma warning disable SYSLIB0013
                _path = Uri.EscapeUriString(value.Replace('\\', '/'));
#pragma warning restore SYSLIB0013
                _uri = null;
            }
        }

        public string Query
        {
            get => _query;
            set
            {
                value ??= "";
                if (value.Length > 0 && value[0] != '?') value = "?" + value;
                _query = value; _uri = null;
            }
        }

        public string Fragment
        {
            get => _fragment;
            set
            {
                value ??= "";
                if (value.Length > 0 && value[0] != '#') value = "#" + value;
                _fragment = value; _uri = null;
            }
        }

        public Uri Uri => _uri ??= new Uri(ToString());

        public override string ToString()
        {
            var sb = new StringBuilder();
            sb.Append(_scheme);
            bool slashes = _scheme != "mailto" && _scheme != "news" && _scheme != "urn";
            sb.Append(slashes ? "://" : ":");
            if (_userName.Length > 0)
            {
                sb.Append(_userName);
                if (_password.Length > 0) sb.Append(':').Append(_password);
                sb.Append('@');
            }
            sb.Append(_host);
            if (_host.Length > 0 && _port != -1) sb.Append(':').Append(_port.ToString());
            if (_host.Length > 0 && _path.Length > 0 && _path[0] != '/') sb.Append('/');
            sb.Append(_path).Append(_query).Append(_fragment);
            return sb.ToString();
        }

        public override bool Equals(object? rparam) => rparam != null && Uri.Equals(rparam.ToString());

        public override int GetHashCode() => Uri.GetHashCode();
    }
}
