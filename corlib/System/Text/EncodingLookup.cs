// Encoding.GetEncoding by code page or name (the encodings .NET has without a
// provider, under .NET's names and aliases), EncodingInfo, and EncodingProvider.
using System.Collections.Generic;

namespace System.Text
{
    public abstract partial class Encoding
    {
        private static readonly List<EncodingProvider> s_providers = new List<EncodingProvider>();

        private const string ProviderHint = " For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method.";
        private const string Utf7Disabled = "Support for UTF-7 is disabled. See https://aka.ms/dotnet-warnings/SYSLIB0001 for more information.";

        public static void RegisterProvider(EncodingProvider provider)
        {
            if (provider == null) throw new ArgumentNullException("provider");
            lock (s_providers) { if (!s_providers.Contains(provider)) s_providers.Add(provider); }
        }

        static Encoding Builtin(int codepage)
        {
            switch (codepage)
            {
                case 0: return Default;
                case 1200: return Unicode;
                case 1201: return BigEndianUnicode;
                case 12000: return UTF32;
                case 12001: return new UTF32Encoding(true, true);
                case 20127: return ASCII;
                case 28591: return Latin1;
                case 65001: return UTF8;
                case 65000: throw new NotSupportedException(Utf7Disabled);
            }
            return null;
        }

        public static Encoding GetEncoding(int codepage)
        {
            foreach (EncodingProvider p in Providers())
            {
                Encoding e = p.GetEncoding(codepage);
                if (e != null) return e;
            }
            if (codepage < 0 || codepage > 65535) throw new ArgumentOutOfRangeException("codepage", "Valid values are between 0 and 65535, inclusive.");
            Encoding b = Builtin(codepage);
            if (b != null) return b;
            throw new NotSupportedException("No data is available for encoding " + codepage + "." + ProviderHint);
        }

        public static Encoding GetEncoding(int codepage, EncoderFallback encoderFallback, DecoderFallback decoderFallback)
        {
            foreach (EncodingProvider p in Providers())
            {
                Encoding e = p.GetEncoding(codepage, encoderFallback, decoderFallback);
                if (e != null) return e;
            }
            Encoding c = (Encoding)GetEncoding(codepage).Clone();
            c.EncoderFallback = encoderFallback;
            c.DecoderFallback = decoderFallback;
            return c;
        }

        public static Encoding GetEncoding(string name)
        {
            foreach (EncodingProvider p in Providers())
            {
                Encoding e = p.GetEncoding(name);
                if (e != null) return e;
            }
            return GetEncoding(CodePageOf(name));
        }

        public static Encoding GetEncoding(string name, EncoderFallback encoderFallback, DecoderFallback decoderFallback)
        {
            foreach (EncodingProvider p in Providers())
            {
                Encoding e = p.GetEncoding(name, encoderFallback, decoderFallback);
                if (e != null) return e;
            }
            return GetEncoding(CodePageOf(name), encoderFallback, decoderFallback);
        }

        static EncodingProvider[] Providers() { lock (s_providers) return s_providers.ToArray(); }

        static int CodePageOf(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            switch (name.ToLowerInvariant())
            {
                case "utf-8": case "unicode-1-1-utf-8": case "unicode-2-0-utf-8": case "x-unicode-1-1-utf-8": case "x-unicode-2-0-utf-8":
                    return 65001;
                case "utf-16": case "utf-16le": case "unicode": case "ucs-2": case "iso-10646-ucs-2":
                    return 1200;
                case "utf-16be": case "unicodefffe":
                    return 1201;
                case "utf-32": case "utf-32le":
                    return 12000;
                case "utf-32be":
                    return 12001;
                case "us-ascii": case "ascii": case "us": case "ansi_x3.4-1968": case "ansi_x3.4-1986": case "cp367": case "csascii":
                case "ibm367": case "iso-ir-6": case "iso646-us": case "iso_646.irv:1991":
                    return 20127;
                case "iso-8859-1": case "latin1": case "l1": case "iso8859-1": case "iso_8859-1": case "iso_8859-1:1987": case "iso-ir-100":
                case "ibm819": case "cp819": case "csisolatin1":
                    return 28591;
                case "utf-7": case "csunicode11utf7": case "unicode-1-1-utf-7": case "unicode-2-0-utf-7": case "x-unicode-1-1-utf-7": case "x-unicode-2-0-utf-7":
                    return 65000;
            }
            throw new ArgumentException("'" + name + "' is not a supported encoding name." + ProviderHint, "name");
        }

        public static EncodingInfo[] GetEncodings()
        {
            var list = new List<EncodingInfo>
            {
                new EncodingInfo(null, 1200, "utf-16", "Unicode"),
                new EncodingInfo(null, 1201, "utf-16BE", "Unicode (Big-Endian)"),
                new EncodingInfo(null, 12000, "utf-32", "Unicode (UTF-32)"),
                new EncodingInfo(null, 12001, "utf-32BE", "Unicode (UTF-32 Big-Endian)"),
                new EncodingInfo(null, 20127, "us-ascii", "US-ASCII"),
                new EncodingInfo(null, 28591, "iso-8859-1", "Western European (ISO)"),
                new EncodingInfo(null, 65001, "utf-8", "Unicode (UTF-8)"),
            };
            foreach (EncodingProvider p in Providers())
                foreach (EncodingInfo info in p.GetEncodings())
                    if (!list.Exists(x => x.CodePage == info.CodePage)) list.Add(info);
            return list.ToArray();
        }
    }

    public sealed class EncodingInfo
    {
        private readonly EncodingProvider _provider;

        public EncodingInfo(EncodingProvider provider, int codePage, string name, string displayName)
        {
            if (name == null) throw new ArgumentNullException("name");
            if (displayName == null) throw new ArgumentNullException("displayName");
            _provider = provider;
            CodePage = codePage;
            Name = name;
            DisplayName = displayName;
        }

        public int CodePage { get; }
        public string Name { get; }
        public string DisplayName { get; }

        public Encoding GetEncoding() { return (_provider != null ? _provider.GetEncoding(CodePage) : null) ?? Encoding.GetEncoding(CodePage); }
        public override bool Equals(object value) { var o = value as EncodingInfo; return o != null && o.CodePage == CodePage; }
        public override int GetHashCode() { return CodePage; }
    }

    public abstract class EncodingProvider
    {
        public EncodingProvider() { }
        public abstract Encoding GetEncoding(string name);
        public abstract Encoding GetEncoding(int codepage);

        public virtual Encoding GetEncoding(string name, EncoderFallback encoderFallback, DecoderFallback decoderFallback)
        {
            Encoding e = GetEncoding(name);
            if (e == null) return null;
            e = (Encoding)e.Clone();
            e.EncoderFallback = encoderFallback;
            e.DecoderFallback = decoderFallback;
            return e;
        }

        public virtual Encoding GetEncoding(int codepage, EncoderFallback encoderFallback, DecoderFallback decoderFallback)
        {
            Encoding e = GetEncoding(codepage);
            if (e == null) return null;
            e = (Encoding)e.Clone();
            e.EncoderFallback = encoderFallback;
            e.DecoderFallback = decoderFallback;
            return e;
        }

        public virtual IEnumerable<EncodingInfo> GetEncodings() { return new EncodingInfo[0]; }
    }
}
