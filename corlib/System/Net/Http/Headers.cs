// System.Net.Http.Headers: the header collections of requests, responses and
// contents (insertion order, case-insensitive names), MediaTypeHeaderValue and
// the few typed values programs use most (docs/http.md).
using System.Collections;
using System.Collections.Generic;
using System.Text;

namespace System.Net.Http.Headers
{
    internal enum HeaderKind { Request, Response, Content }

    public abstract class HttpHeaders : IEnumerable<KeyValuePair<string, IEnumerable<string>>>
    {
        // name as first added, values (string or a typed header value)
        private readonly List<KeyValuePair<string, List<object>>> _entries = new List<KeyValuePair<string, List<object>>>();
        internal readonly HeaderKind _kind;

        internal HttpHeaders(HeaderKind kind) { _kind = kind; }

        internal static readonly string[] s_contentHeaders = {
            "Allow", "Content-Disposition", "Content-Encoding", "Content-Language", "Content-Length",
            "Content-Location", "Content-MD5", "Content-Range", "Content-Type", "Expires", "Last-Modified",
        };
        private static readonly string[] s_responseOnly = {
            "Accept-Ranges", "Age", "ETag", "Location", "Proxy-Authenticate", "Retry-After", "Server", "Vary", "WWW-Authenticate",
        };
        private static readonly string[] s_requestOnly = {
            "Accept", "Accept-Charset", "Accept-Encoding", "Accept-Language", "Authorization", "Cookie", "Expect", "From", "Host",
            "If-Match", "If-Modified-Since", "If-None-Match", "If-Range", "If-Unmodified-Since", "Max-Forwards",
            "Proxy-Authorization", "Range", "Referer", "TE", "User-Agent",
        };
        private static readonly string[] s_known = {
            "Cache-Control", "Connection", "Date", "Keep-Alive", "Pragma", "Trailer", "Transfer-Encoding", "Upgrade", "Via", "Warning",
            "Set-Cookie", "Access-Control-Allow-Origin", "Alt-Svc", "Strict-Transport-Security",
        };

        private static string Known(string[] list, string name)
        {
            foreach (string k in list) if (string.Equals(k, name, StringComparison.OrdinalIgnoreCase)) return k;
            return null;
        }

        // .NET's spelling of a known header's name (fetch hands names over in lower case)
        internal static string CanonicalName(string name)
        {
            return Known(s_contentHeaders, name) ?? Known(s_responseOnly, name) ?? Known(s_requestOnly, name) ?? Known(s_known, name) ?? name;
        }

        internal static bool IsContentHeader(string name) { return Known(s_contentHeaders, name) != null; }

        private bool Misused(string name)
        {
            bool content = Known(s_contentHeaders, name) != null;
            if (_kind == HeaderKind.Content) return Known(s_contentHeaders, name) == null && (Known(s_requestOnly, name) != null || Known(s_responseOnly, name) != null || Known(s_known, name) != null);
            if (content) return true;
            if (_kind == HeaderKind.Request) return Known(s_responseOnly, name) != null;
            return Known(s_requestOnly, name) != null;
        }

        private static void CheckName(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            if (name.Length == 0) throw new ArgumentException("The value cannot be null or empty.", "name");
            foreach (char c in name)
                if (c <= ' ' || c >= 127 || "()<>@,;:\\\"/[]?={}".IndexOf(c) >= 0)
                    throw new FormatException("The header name '" + name + "' has an invalid format.");
        }

        private int IndexOf(string name)
        {
            for (int i = 0; i < _entries.Count; i++)
                if (string.Equals(_entries[i].Key, name, StringComparison.OrdinalIgnoreCase)) return i;
            return -1;
        }

        internal List<object> Slot(string name, bool create)
        {
            int i = IndexOf(name);
            if (i >= 0) return _entries[i].Value;
            if (!create) return null;
            var list = new List<object>();
            _entries.Add(new KeyValuePair<string, List<object>>(CanonicalName(name), list));
            return list;
        }

        internal void SetTyped(string name, object value)
        {
            int i = IndexOf(name);
            if (value == null) { if (i >= 0) _entries.RemoveAt(i); return; }
            List<object> list = Slot(name, true);
            list.Clear();
            list.Add(value);
        }

        internal object GetTyped(string name) { List<object> l = Slot(name, false); return l != null && l.Count > 0 ? l[0] : null; }

        internal void ReplaceFirst(string name, object value)
        {
            List<object> l = Slot(name, false);
            if (l != null && l.Count > 0) l[0] = value;
        }

        private void CheckMisused(string name)
        {
            CheckName(name);
            if (Misused(name))
                throw new InvalidOperationException("Misused header name, '" + name + "'. Make sure request headers are used with HttpRequestMessage, response headers with HttpResponseMessage, and content headers with HttpContent objects.");
        }

        public void Add(string name, string value)
        {
            CheckMisused(name);
            if (value != null && (value.IndexOf('\r') >= 0 || value.IndexOf('\n') >= 0))
                throw new FormatException("New-line characters are not allowed in header values.");
            Slot(name, true).Add(value ?? string.Empty);
        }

        public void Add(string name, IEnumerable<string> values)
        {
            if (values == null) throw new ArgumentNullException("values");
            CheckMisused(name);
            List<object> l = Slot(name, true);
            foreach (string v in values) l.Add(v ?? string.Empty);
        }

        public bool TryAddWithoutValidation(string name, string value)
        {
            if (name == null || name.Length == 0) return false;
            try { CheckName(name); } catch (FormatException) { return false; }
            if (Misused(name)) return false;
            Slot(name, true).Add(value ?? string.Empty);
            return true;
        }

        public bool TryAddWithoutValidation(string name, IEnumerable<string> values)
        {
            if (values == null) throw new ArgumentNullException("values");
            if (name == null || name.Length == 0) return false;
            try { CheckName(name); } catch (FormatException) { return false; }
            if (Misused(name)) return false;
            List<object> l = Slot(name, true);
            foreach (string v in values) l.Add(v ?? string.Empty);
            return true;
        }

        // response headers from the transport: no validation, names as .NET spells the known ones
        internal void AddParsed(string name, string value) { Slot(name, true).Add(value); }

        public bool Contains(string name)
        {
            CheckName(name);
            return IndexOf(name) >= 0;
        }

        public bool Remove(string name)
        {
            CheckMisused(name);
            int i = IndexOf(name);
            if (i < 0) return false;
            _entries.RemoveAt(i);
            return true;
        }

        public void Clear() { _entries.Clear(); }

        public IEnumerable<string> GetValues(string name)
        {
            CheckName(name);
            IEnumerable<string> values;
            if (!TryGetValues(name, out values)) throw new InvalidOperationException("The given header was not found.");
            return values;
        }

        public bool TryGetValues(string name, out IEnumerable<string> values)
        {
            values = null;
            if (name == null || name.Length == 0) return false;
            int i = IndexOf(name);
            if (i < 0) return false;
            values = Strings(_entries[i].Value);
            return true;
        }

        private static string[] Strings(List<object> list)
        {
            var a = new string[list.Count];
            for (int i = 0; i < a.Length; i++) a[i] = list[i] != null ? list[i].ToString() : string.Empty;
            return a;
        }

        public HttpHeadersNonValidated NonValidated { get { return new HttpHeadersNonValidated(this); } }

        internal IEnumerable<KeyValuePair<string, List<object>>> Raw { get { return _entries; } }

        public IEnumerator<KeyValuePair<string, IEnumerable<string>>> GetEnumerator()
        {
            foreach (var e in _entries.ToArray())
                yield return new KeyValuePair<string, IEnumerable<string>>(e.Key, Strings(e.Value));
        }

        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

        public override string ToString()
        {
            var sb = new StringBuilder();
            foreach (var e in this)
            {
                sb.Append(e.Key).Append(": ");
                sb.Append(string.Join(string.Equals(e.Key, "User-Agent", StringComparison.OrdinalIgnoreCase) || string.Equals(e.Key, "Server", StringComparison.OrdinalIgnoreCase) ? " " : ", ", e.Value));
                sb.Append(Environment.NewLine);
            }
            return sb.ToString();
        }
    }

    public readonly struct HttpHeadersNonValidated : IEnumerable<KeyValuePair<string, HeaderStringValues>>
    {
        private readonly HttpHeaders _headers;
        internal HttpHeadersNonValidated(HttpHeaders headers) { _headers = headers; }
        public int Count { get { int n = 0; if (_headers != null) foreach (var _ in _headers.Raw) n++; return n; } }
        public bool Contains(string headerName) { IEnumerable<string> v; return _headers != null && _headers.TryGetValues(headerName, out v); }
        public HeaderStringValues this[string headerName]
        {
            get { HeaderStringValues v; if (TryGetValues(headerName, out v)) return v; throw new KeyNotFoundException("The given key '" + headerName + "' was not present in the dictionary."); }
        }
        public bool TryGetValues(string headerName, out HeaderStringValues values)
        {
            IEnumerable<string> v;
            if (_headers != null && _headers.TryGetValues(headerName, out v)) { values = new HeaderStringValues((string[])v); return true; }
            values = default(HeaderStringValues);
            return false;
        }
        public IEnumerator<KeyValuePair<string, HeaderStringValues>> GetEnumerator()
        {
            var list = new List<KeyValuePair<string, HeaderStringValues>>();
            if (_headers != null)
                foreach (var e in _headers) list.Add(new KeyValuePair<string, HeaderStringValues>(e.Key, new HeaderStringValues((string[])e.Value)));
            return list.GetEnumerator();
        }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
    }

    public readonly struct HeaderStringValues : IReadOnlyCollection<string>
    {
        private readonly string[] _values;
        internal HeaderStringValues(string[] values) { _values = values ?? new string[0]; }
        public int Count { get { return _values != null ? _values.Length : 0; } }
        public IEnumerator<string> GetEnumerator() { return ((IEnumerable<string>)(_values ?? new string[0])).GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
        public override string ToString() { return _values == null ? string.Empty : string.Join(", ", _values); }
    }

    public sealed class HttpRequestHeaders : HttpHeaders
    {
        internal HttpRequestHeaders() : base(HeaderKind.Request) { }

        public HttpHeaderValueCollection<MediaTypeWithQualityHeaderValue> Accept
        {
            get { return new HttpHeaderValueCollection<MediaTypeWithQualityHeaderValue>(this, "Accept", s => MediaTypeWithQualityHeaderValue.Parse(s)); }
        }

        public HttpHeaderValueCollection<ProductInfoHeaderValue> UserAgent
        {
            get { return new HttpHeaderValueCollection<ProductInfoHeaderValue>(this, "User-Agent", s => ProductInfoHeaderValue.Parse(s)); }
        }

        public AuthenticationHeaderValue Authorization
        {
            get { object v = GetTyped("Authorization"); if (v is string s) { var a = AuthenticationHeaderValue.Parse(s); ReplaceFirst("Authorization", a); return a; } return (AuthenticationHeaderValue)v; }
            set { SetTyped("Authorization", value); }
        }

        public string Host
        {
            get { object v = GetTyped("Host"); return v != null ? v.ToString() : null; }
            set { SetTyped("Host", value); }
        }

        public Uri Referrer
        {
            get { object v = GetTyped("Referer"); return v == null ? null : v as Uri ?? new Uri(v.ToString(), UriKind.RelativeOrAbsolute); }
            set { SetTyped("Referer", value); }
        }

        public bool? ConnectionClose
        {
            get { IEnumerable<string> v; if (!TryGetValues("Connection", out v)) return null; foreach (string s in v) if (string.Equals(s, "close", StringComparison.OrdinalIgnoreCase)) return true; return false; }
            set { SetTyped("Connection", value == true ? "close" : null); }
        }
    }

    public sealed class HttpResponseHeaders : HttpHeaders
    {
        internal HttpResponseHeaders() : base(HeaderKind.Response) { }

        public Uri Location
        {
            get { object v = GetTyped("Location"); return v == null ? null : v as Uri ?? new Uri(v.ToString(), UriKind.RelativeOrAbsolute); }
            set { SetTyped("Location", value); }
        }

        public DateTimeOffset? Date
        {
            get { object v = GetTyped("Date"); DateTimeOffset d; return v != null && DateTimeOffset.TryParse(v.ToString(), out d) ? d : (DateTimeOffset?)null; }
            set { SetTyped("Date", value.HasValue ? value.Value.ToUniversalTime().ToString("r") : null); }
        }

        public bool? TransferEncodingChunked
        {
            get { IEnumerable<string> v; if (!TryGetValues("Transfer-Encoding", out v)) return null; foreach (string s in v) if (s.IndexOf("chunked", StringComparison.OrdinalIgnoreCase) >= 0) return true; return false; }
            set { SetTyped("Transfer-Encoding", value == true ? "chunked" : null); }
        }

        public HttpHeaderValueCollection<ProductInfoHeaderValue> Server
        {
            get { return new HttpHeaderValueCollection<ProductInfoHeaderValue>(this, "Server", s => ProductInfoHeaderValue.Parse(s)); }
        }
    }

    public sealed class HttpContentHeaders : HttpHeaders
    {
        private readonly HttpContent _content;
        internal HttpContentHeaders(HttpContent content) : base(HeaderKind.Content) { _content = content; }

        public MediaTypeHeaderValue ContentType
        {
            get
            {
                object v = GetTyped("Content-Type");
                if (v is string s)
                {
                    MediaTypeHeaderValue m;
                    if (!MediaTypeHeaderValue.TryParse(s, out m)) return null;
                    ReplaceFirst("Content-Type", m);
                    return m;
                }
                return (MediaTypeHeaderValue)v;
            }
            set { SetTyped("Content-Type", value); }
        }

        public long? ContentLength
        {
            get
            {
                object v = GetTyped("Content-Length");
                long n;
                if (v != null && long.TryParse(v.ToString(), out n)) return n;
                if (v == null && _content != null)
                {
                    long? computed = _content.ComputedLength();
                    if (computed.HasValue) SetTyped("Content-Length", computed.Value.ToString());
                    return computed;
                }
                return null;
            }
            set
            {
                if (value.HasValue && value.Value < 0) throw new ArgumentOutOfRangeException("value");
                SetTyped("Content-Length", value.HasValue ? value.Value.ToString() : null);
            }
        }

        public ICollection<string> ContentEncoding
        {
            get { IEnumerable<string> v; return TryGetValues("Content-Encoding", out v) ? new List<string>(v) : new List<string>(); }
        }

        public Uri ContentLocation
        {
            get { object v = GetTyped("Content-Location"); return v == null ? null : v as Uri ?? new Uri(v.ToString(), UriKind.RelativeOrAbsolute); }
            set { SetTyped("Content-Location", value); }
        }
    }

    // a typed view of one header's values (Accept, User-Agent, Server)
    public sealed class HttpHeaderValueCollection<T> : ICollection<T> where T : class
    {
        private readonly HttpHeaders _headers;
        private readonly string _name;
        private readonly Func<string, T> _parse;

        internal HttpHeaderValueCollection(HttpHeaders headers, string name, Func<string, T> parse)
        {
            _headers = headers; _name = name; _parse = parse;
        }

        private List<T> Items()
        {
            var list = new List<T>();
            List<object> raw = _headers.Slot(_name, false);
            if (raw == null) return list;
            for (int i = 0; i < raw.Count; i++)
            {
                if (raw[i] is T t) { list.Add(t); continue; }
                foreach (string part in SplitList(raw[i].ToString())) list.Add(_parse(part));
            }
            return list;
        }

        private static IEnumerable<string> SplitList(string s)
        {
            var parts = new List<string>();
            int start = 0; bool quoted = false;
            for (int i = 0; i <= s.Length; i++)
            {
                if (i < s.Length && s[i] == '"') quoted = !quoted;
                if (i == s.Length || (s[i] == ',' && !quoted))
                {
                    string p = s.Substring(start, i - start).Trim();
                    if (p.Length > 0) parts.Add(p);
                    start = i + 1;
                }
            }
            return parts;
        }

        public int Count { get { return Items().Count; } }
        public bool IsReadOnly { get { return false; } }
        public void Add(T item) { if (item == null) throw new ArgumentNullException("item"); _headers.Slot(_name, true).Add(item); }
        public void ParseAdd(string input) { _headers.Slot(_name, true).Add(_parse(input)); }
        public bool TryParseAdd(string input) { try { ParseAdd(input); return true; } catch (FormatException) { return false; } }
        public void Clear() { List<object> l = _headers.Slot(_name, false); if (l != null) l.Clear(); }
        public bool Contains(T item) { foreach (T t in Items()) if (t.Equals(item)) return true; return false; }
        public void CopyTo(T[] array, int arrayIndex) { Items().CopyTo(array, arrayIndex); }
        public bool Remove(T item)
        {
            List<T> items = Items();
            if (!items.Remove(item)) return false;
            List<object> l = _headers.Slot(_name, true);
            l.Clear();
            foreach (T t in items) l.Add(t);
            return true;
        }
        public IEnumerator<T> GetEnumerator() { return Items().GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
        public override string ToString() { return string.Join(", ", Items()); }
    }

    public class NameValueHeaderValue : ICloneable
    {
        private readonly string _name;
        private string _value;
        public NameValueHeaderValue(string name) : this(name, null) { }
        public NameValueHeaderValue(string name, string value)
        {
            if (string.IsNullOrEmpty(name)) throw new ArgumentException("The value cannot be null or empty.", "name");
            _name = name; _value = value;
        }
        protected NameValueHeaderValue(NameValueHeaderValue source) { _name = source._name; _value = source._value; }
        public string Name { get { return _name; } }
        public string Value { get { return _value; } set { _value = value; } }
        public override string ToString() { return string.IsNullOrEmpty(_value) ? _name : _name + "=" + _value; }
        public override bool Equals(object obj)
        {
            var o = obj as NameValueHeaderValue;
            return o != null && string.Equals(_name, o._name, StringComparison.OrdinalIgnoreCase) && string.Equals(_value ?? "", o._value ?? "", StringComparison.OrdinalIgnoreCase);
        }
        public override int GetHashCode() { return StringComparer.OrdinalIgnoreCase.GetHashCode(_name); }
        object ICloneable.Clone() { return new NameValueHeaderValue(this); }
    }

    public class MediaTypeHeaderValue : ICloneable
    {
        private string _mediaType;
        private readonly List<NameValueHeaderValue> _parameters = new List<NameValueHeaderValue>();

        public MediaTypeHeaderValue(string mediaType) : this(mediaType, null) { }

        public MediaTypeHeaderValue(string mediaType, string mediaTypeCharSet)
        {
            MediaType = mediaType;
            if (mediaTypeCharSet != null) CharSet = mediaTypeCharSet;
        }

        protected MediaTypeHeaderValue(MediaTypeHeaderValue source)
        {
            _mediaType = source._mediaType;
            foreach (var p in source._parameters) _parameters.Add(new NameValueHeaderValue(p.Name, p.Value));
        }

        public string MediaType
        {
            get { return _mediaType; }
            set
            {
                if (string.IsNullOrEmpty(value)) throw new ArgumentException("The value cannot be null or empty.", "mediaType");
                int slash = value.IndexOf('/');
                if (slash <= 0 || slash == value.Length - 1 || value.IndexOf(' ') >= 0 || value.IndexOf(';') >= 0)
                    throw new FormatException("The format of value '" + value + "' is invalid.");
                _mediaType = value;
            }
        }

        public ICollection<NameValueHeaderValue> Parameters { get { return _parameters; } }

        public string CharSet
        {
            get
            {
                foreach (var p in _parameters)
                    if (string.Equals(p.Name, "charset", StringComparison.OrdinalIgnoreCase)) return p.Value;
                return null;
            }
            set
            {
                for (int i = 0; i < _parameters.Count; i++)
                    if (string.Equals(_parameters[i].Name, "charset", StringComparison.OrdinalIgnoreCase))
                    {
                        if (string.IsNullOrEmpty(value)) _parameters.RemoveAt(i); else _parameters[i].Value = value;
                        return;
                    }
                if (!string.IsNullOrEmpty(value)) _parameters.Add(new NameValueHeaderValue("charset", value));
            }
        }

        public override string ToString()
        {
            var sb = new StringBuilder(_mediaType);
            foreach (var p in _parameters) sb.Append("; ").Append(p.ToString());
            return sb.ToString();
        }

        public override bool Equals(object obj)
        {
            var o = obj as MediaTypeHeaderValue;
            if (o == null || !string.Equals(_mediaType, o._mediaType, StringComparison.OrdinalIgnoreCase) || _parameters.Count != o._parameters.Count) return false;
            foreach (var p in _parameters) if (!o._parameters.Contains(p)) return false;
            return true;
        }

        public override int GetHashCode() { return StringComparer.OrdinalIgnoreCase.GetHashCode(_mediaType); }

        object ICloneable.Clone() { return new MediaTypeHeaderValue(this); }

        public static MediaTypeHeaderValue Parse(string input)
        {
            MediaTypeHeaderValue v;
            if (!TryParse(input, out v)) throw new FormatException("The format of value '" + input + "' is invalid.");
            return v;
        }

        public static bool TryParse(string input, out MediaTypeHeaderValue parsedValue)
        {
            parsedValue = null;
            var m = new MediaTypeHeaderValue();
            if (!m.Fill(input)) return false;
            parsedValue = m;
            return true;
        }

        internal MediaTypeHeaderValue() { }

        internal bool Fill(string input)
        {
            if (string.IsNullOrWhiteSpace(input)) return false;
            string[] parts = input.Split(';');
            string type = parts[0].Trim();
            int slash = type.IndexOf('/');
            if (slash <= 0 || slash == type.Length - 1 || type.IndexOf(' ') >= 0) return false;
            _mediaType = type;
            for (int i = 1; i < parts.Length; i++)
            {
                string p = parts[i].Trim();
                if (p.Length == 0) continue;
                int eq = p.IndexOf('=');
                if (eq < 0) _parameters.Add(new NameValueHeaderValue(p));
                else _parameters.Add(new NameValueHeaderValue(p.Substring(0, eq).Trim(), p.Substring(eq + 1).Trim()));
            }
            return true;
        }
    }

    public sealed class MediaTypeWithQualityHeaderValue : MediaTypeHeaderValue, ICloneable
    {
        public MediaTypeWithQualityHeaderValue(string mediaType) : base(mediaType) { }
        public MediaTypeWithQualityHeaderValue(string mediaType, double quality) : base(mediaType) { Quality = quality; }
        private MediaTypeWithQualityHeaderValue() { }

        public double? Quality
        {
            get
            {
                foreach (var p in Parameters)
                    if (string.Equals(p.Name, "q", StringComparison.OrdinalIgnoreCase))
                    {
                        double q;
                        return double.TryParse(p.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out q) ? q : (double?)null;
                    }
                return null;
            }
            set
            {
                if (value.HasValue && (value.Value < 0 || value.Value > 1)) throw new ArgumentOutOfRangeException("value");
                NameValueHeaderValue found = null;
                foreach (var p in Parameters) if (string.Equals(p.Name, "q", StringComparison.OrdinalIgnoreCase)) found = p;
                if (found != null) Parameters.Remove(found);
                if (value.HasValue) Parameters.Add(new NameValueHeaderValue("q", value.Value.ToString("0.0##", System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        object ICloneable.Clone() { var m = new MediaTypeWithQualityHeaderValue(); m.Fill(ToString()); return m; }

        public static new MediaTypeWithQualityHeaderValue Parse(string input)
        {
            MediaTypeWithQualityHeaderValue v;
            if (!TryParse(input, out v)) throw new FormatException("The format of value '" + input + "' is invalid.");
            return v;
        }

        public static bool TryParse(string input, out MediaTypeWithQualityHeaderValue parsedValue)
        {
            parsedValue = null;
            var m = new MediaTypeWithQualityHeaderValue();
            if (!m.Fill(input)) return false;
            parsedValue = m;
            return true;
        }
    }

    public class AuthenticationHeaderValue : ICloneable
    {
        public AuthenticationHeaderValue(string scheme) : this(scheme, null) { }
        public AuthenticationHeaderValue(string scheme, string parameter)
        {
            if (string.IsNullOrEmpty(scheme)) throw new ArgumentException("The value cannot be null or empty.", "scheme");
            Scheme = scheme; Parameter = parameter;
        }
        public string Scheme { get; }
        public string Parameter { get; }
        public override string ToString() { return string.IsNullOrEmpty(Parameter) ? Scheme : Scheme + " " + Parameter; }
        public override bool Equals(object obj)
        {
            var o = obj as AuthenticationHeaderValue;
            return o != null && string.Equals(Scheme, o.Scheme, StringComparison.OrdinalIgnoreCase) && string.Equals(Parameter, o.Parameter, StringComparison.Ordinal);
        }
        public override int GetHashCode() { return StringComparer.OrdinalIgnoreCase.GetHashCode(Scheme); }
        object ICloneable.Clone() { return new AuthenticationHeaderValue(Scheme, Parameter); }
        public static AuthenticationHeaderValue Parse(string input)
        {
            if (string.IsNullOrWhiteSpace(input)) throw new FormatException("The format of value '" + input + "' is invalid.");
            input = input.Trim();
            int sp = input.IndexOf(' ');
            return sp < 0 ? new AuthenticationHeaderValue(input) : new AuthenticationHeaderValue(input.Substring(0, sp), input.Substring(sp + 1).Trim());
        }
    }

    public class ProductHeaderValue : ICloneable
    {
        public ProductHeaderValue(string name) : this(name, null) { }
        public ProductHeaderValue(string name, string version)
        {
            if (string.IsNullOrEmpty(name)) throw new ArgumentException("The value cannot be null or empty.", "name");
            Name = name; Version = version;
        }
        public string Name { get; }
        public string Version { get; }
        public override string ToString() { return string.IsNullOrEmpty(Version) ? Name : Name + "/" + Version; }
        public override bool Equals(object obj) { var o = obj as ProductHeaderValue; return o != null && ToString() == o.ToString(); }
        public override int GetHashCode() { return ToString().GetHashCode(); }
        object ICloneable.Clone() { return new ProductHeaderValue(Name, Version); }
    }

    public class ProductInfoHeaderValue : ICloneable
    {
        public ProductInfoHeaderValue(string productName, string productVersion) : this(new ProductHeaderValue(productName, productVersion)) { }
        public ProductInfoHeaderValue(ProductHeaderValue product) { if (product == null) throw new ArgumentNullException("product"); Product = product; }
        public ProductInfoHeaderValue(string comment) { Comment = comment; }
        public ProductHeaderValue Product { get; }
        public string Comment { get; }
        public override string ToString() { return Product != null ? Product.ToString() : Comment; }
        public override bool Equals(object obj) { var o = obj as ProductInfoHeaderValue; return o != null && ToString() == o.ToString(); }
        public override int GetHashCode() { return ToString().GetHashCode(); }
        object ICloneable.Clone() { return Product != null ? new ProductInfoHeaderValue(Product) : new ProductInfoHeaderValue(Comment); }
        public static ProductInfoHeaderValue Parse(string input)
        {
            if (string.IsNullOrWhiteSpace(input)) throw new FormatException("The format of value '" + input + "' is invalid.");
            input = input.Trim();
            if (input.StartsWith("(")) return new ProductInfoHeaderValue(input);
            int slash = input.IndexOf('/');
            return slash < 0 ? new ProductInfoHeaderValue(new ProductHeaderValue(input)) : new ProductInfoHeaderValue(input.Substring(0, slash), input.Substring(slash + 1));
        }
    }
}
