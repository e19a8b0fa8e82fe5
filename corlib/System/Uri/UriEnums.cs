namespace System
{
    public enum UriKind { RelativeOrAbsolute = 0, Absolute = 1, Relative = 2 }

    public enum UriPartial { Scheme = 0, Authority = 1, Path = 2, Query = 3 }

    public enum UriFormat { UriEscaped = 1, Unescaped = 2, SafeUnescaped = 3 }

    public enum UriHostNameType { Unknown = 0, Basic = 1, Dns = 2, IPv4 = 3, IPv6 = 4 }

    [Flags]
    public enum UriComponents
    {
        SerializationInfoString = int.MinValue,
        Scheme = 1,
        UserInfo = 2,
        Host = 4,
        Port = 8,
        SchemeAndServer = 13,
        Path = 16,
        Query = 32,
        PathAndQuery = 48,
        HttpRequestUrl = 61,
        Fragment = 64,
        AbsoluteUri = 127,
        StrongPort = 128,
        HostAndPort = 132,
        StrongAuthority = 134,
        NormalizedHost = 256,
        KeepDelimiter = 1073741824,
    }
}
