// The span members of char, bool, Guid, DateTime and TimeSpan: formatting
// into Span<char>/Span<byte> and parsing from ReadOnlySpan<char>, over the
// types' string-based ToString/Parse.
using System.Globalization;

namespace System
{
    public partial struct Char : ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<char>
    {
        bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        {
            if (destination.Length < 1) { charsWritten = 0; return false; }
            destination[0] = m_value;
            charsWritten = 1;
            return true;
        }
        bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
            SpanFormatting.CopyUtf8(ToString(), utf8Destination, out bytesWritten);
        static char ISpanParsable<char>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(new string(s));
        static bool ISpanParsable<char>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out char result) => TryParse(new string(s), out result);
    }

    public partial struct Boolean : ISpanParsable<bool>
    {
        public bool TryFormat(Span<char> destination, out int charsWritten) => SpanFormatting.Copy(ToString(), destination, out charsWritten);
        public static bool Parse(ReadOnlySpan<char> value) => Parse(new string(value));
        public static bool TryParse(ReadOnlySpan<char> value, out bool result) => TryParse(new string(value), out result);
        static bool IParsable<bool>.Parse(string s, IFormatProvider? provider) => Parse(s);
        static bool IParsable<bool>.TryParse(string? s, IFormatProvider? provider, out bool result) => TryParse(s!, out result);
        static bool ISpanParsable<bool>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(new string(s));
        static bool ISpanParsable<bool>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out bool result) => TryParse(new string(s), out result);
    }

    public partial struct Guid : ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<Guid>
    {
        public Guid(ReadOnlySpan<byte> b) : this(CheckLength(b)) { }
        private static byte[] CheckLength(ReadOnlySpan<byte> b)
        {
            if (b.Length != 16) throw new ArgumentException("Byte array for Guid must be exactly 16 bytes long.", "b");
            return b.ToArray();
        }
        public bool TryWriteBytes(Span<byte> destination)
        {
            if (destination.Length < 16) return false;
            ToByteArray().CopyTo(destination);
            return true;
        }
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default) =>
            SpanFormatting.Copy(ToString(SpanFormatting.Format(format), null), destination, out charsWritten);
        public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format = default) =>
            SpanFormatting.CopyUtf8(ToString(SpanFormatting.Format(format), null), utf8Destination, out bytesWritten);
        bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
            TryFormat(destination, out charsWritten, format);
        bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
            TryFormat(utf8Destination, out bytesWritten, format);
        public static Guid Parse(ReadOnlySpan<char> input) => Parse(new string(input));
        public static bool TryParse(ReadOnlySpan<char> input, out Guid result) => TryParse(new string(input), out result);
        public static Guid Parse(string s, IFormatProvider? provider) => Parse(s);
        public static Guid Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(new string(s));
        public static bool TryParse(string? s, IFormatProvider? provider, out Guid result) => TryParse(s!, out result);
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Guid result) => TryParse(new string(s), out result);
        public static Guid ParseExact(ReadOnlySpan<char> input, ReadOnlySpan<char> format) => ParseExact(new string(input), new string(format));
        public static bool TryParseExact(ReadOnlySpan<char> input, ReadOnlySpan<char> format, out Guid result) =>
            TryParseExact(new string(input), new string(format), out result);
    }

    public partial struct DateTime : ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<DateTime>
    {
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null) =>
            SpanFormatting.Copy(ToString(SpanFormatting.Format(format), provider), destination, out charsWritten);
        public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null) =>
            SpanFormatting.CopyUtf8(ToString(SpanFormatting.Format(format), provider), utf8Destination, out bytesWritten);
        public static DateTime Parse(ReadOnlySpan<char> s, IFormatProvider? provider = null, DateTimeStyles styles = DateTimeStyles.None) =>
            Parse(new string(s), provider, styles);
        public static DateTime Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(new string(s), provider, DateTimeStyles.None);
        public static bool TryParse(ReadOnlySpan<char> s, out DateTime result) => TryParse(new string(s), out result);
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out DateTime result) =>
            TryParse(new string(s), provider, DateTimeStyles.None, out result);
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, DateTimeStyles styles, out DateTime result) =>
            TryParse(new string(s), provider, styles, out result);
        public static bool TryParse(string? s, IFormatProvider? provider, out DateTime result) =>
            TryParse(s!, provider, DateTimeStyles.None, out result);
    }

    public partial struct TimeSpan : ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<TimeSpan>
    {
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? formatProvider = null) =>
            SpanFormatting.Copy(ToString(SpanFormatting.Format(format), formatProvider), destination, out charsWritten);
        public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format = default, IFormatProvider? formatProvider = null) =>
            SpanFormatting.CopyUtf8(ToString(SpanFormatting.Format(format), formatProvider), utf8Destination, out bytesWritten);
        public static TimeSpan Parse(ReadOnlySpan<char> input, IFormatProvider? formatProvider = null) => Parse(new string(input));
        public static TimeSpan Parse(string input, IFormatProvider? formatProvider) => Parse(input);
        public static bool TryParse(ReadOnlySpan<char> s, out TimeSpan result) => TryParse(new string(s), out result);
        public static bool TryParse(ReadOnlySpan<char> input, IFormatProvider? formatProvider, out TimeSpan result) => TryParse(new string(input), out result);
        public static bool TryParse(string? input, IFormatProvider? formatProvider, out TimeSpan result) => TryParse(input!, out result);
    }
}
