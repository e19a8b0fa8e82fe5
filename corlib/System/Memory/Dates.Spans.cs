// The span members of DateOnly, TimeOnly (.NET 6-8) and Version (.NET Core 2.1
// / 8): formatting into chars or UTF-8 and parsing spans, each a thin layer
// over the string-based ToString/Parse of the type (same formats, same errors).
using System.Globalization;

namespace System
{
    public readonly partial struct DateOnly : ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<DateOnly>
    {
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null) =>
            SpanFormatting.Copy(ToString(SpanFormatting.Format(format), provider), destination, out charsWritten);
        public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null) =>
            SpanFormatting.CopyUtf8(ToString(SpanFormatting.Format(format), provider), utf8Destination, out bytesWritten);
        public static DateOnly Parse(ReadOnlySpan<char> s, IFormatProvider? provider = null, DateTimeStyles style = DateTimeStyles.None) =>
            Parse(new string(s), provider, style);
        public static DateOnly Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(new string(s), provider, DateTimeStyles.None);
        public static bool TryParse(ReadOnlySpan<char> s, out DateOnly result) => TryParse(new string(s), null, DateTimeStyles.None, out result);
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out DateOnly result) =>
            TryParse(new string(s), provider, DateTimeStyles.None, out result);
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, DateTimeStyles style, out DateOnly result) =>
            TryParse(new string(s), provider, style, out result);
        public static DateOnly ParseExact(ReadOnlySpan<char> s, ReadOnlySpan<char> format, IFormatProvider? provider = null, DateTimeStyles style = DateTimeStyles.None) =>
            ParseExact(new string(s), new string(format), provider, style);
        public static DateOnly ParseExact(ReadOnlySpan<char> s, string[] formats) => ParseExact(new string(s), formats, null, DateTimeStyles.None);
        public static DateOnly ParseExact(ReadOnlySpan<char> s, string[] formats, IFormatProvider? provider, DateTimeStyles style = DateTimeStyles.None) =>
            ParseExact(new string(s), formats, provider, style);
        public static bool TryParseExact(ReadOnlySpan<char> s, ReadOnlySpan<char> format, out DateOnly result) =>
            TryParseExact(new string(s), new string(format), null, DateTimeStyles.None, out result);
        public static bool TryParseExact(ReadOnlySpan<char> s, ReadOnlySpan<char> format, IFormatProvider? provider, DateTimeStyles style, out DateOnly result) =>
            TryParseExact(new string(s), new string(format), provider, style, out result);
        public static bool TryParseExact(ReadOnlySpan<char> s, string[] formats, out DateOnly result) =>
            TryParseExact(new string(s), formats, null, DateTimeStyles.None, out result);
        public static bool TryParseExact(ReadOnlySpan<char> s, string[] formats, IFormatProvider? provider, DateTimeStyles style, out DateOnly result) =>
            TryParseExact(new string(s), formats, provider, style, out result);
    }

    public readonly partial struct TimeOnly : ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<TimeOnly>
    {
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null) =>
            SpanFormatting.Copy(ToString(SpanFormatting.Format(format), provider), destination, out charsWritten);
        public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null) =>
            SpanFormatting.CopyUtf8(ToString(SpanFormatting.Format(format), provider), utf8Destination, out bytesWritten);
        public static TimeOnly Parse(ReadOnlySpan<char> s, IFormatProvider? provider = null, DateTimeStyles style = DateTimeStyles.None) =>
            Parse(new string(s), provider, style);
        public static TimeOnly Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(new string(s), provider, DateTimeStyles.None);
        public static bool TryParse(ReadOnlySpan<char> s, out TimeOnly result) => TryParse(new string(s), null, DateTimeStyles.None, out result);
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out TimeOnly result) =>
            TryParse(new string(s), provider, DateTimeStyles.None, out result);
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, DateTimeStyles style, out TimeOnly result) =>
            TryParse(new string(s), provider, style, out result);
        public static TimeOnly ParseExact(ReadOnlySpan<char> s, ReadOnlySpan<char> format, IFormatProvider? provider = null, DateTimeStyles style = DateTimeStyles.None) =>
            ParseExact(new string(s), new string(format), provider, style);
        public static TimeOnly ParseExact(ReadOnlySpan<char> s, string[] formats) => ParseExact(new string(s), formats, null, DateTimeStyles.None);
        public static TimeOnly ParseExact(ReadOnlySpan<char> s, string[] formats, IFormatProvider? provider, DateTimeStyles style = DateTimeStyles.None) =>
            ParseExact(new string(s), formats, provider, style);
        public static bool TryParseExact(ReadOnlySpan<char> s, ReadOnlySpan<char> format, out TimeOnly result) =>
            TryParseExact(new string(s), new string(format), null, DateTimeStyles.None, out result);
        public static bool TryParseExact(ReadOnlySpan<char> s, ReadOnlySpan<char> format, IFormatProvider? provider, DateTimeStyles style, out TimeOnly result) =>
            TryParseExact(new string(s), new string(format), provider, style, out result);
        public static bool TryParseExact(ReadOnlySpan<char> s, string[] formats, out TimeOnly result) =>
            TryParseExact(new string(s), formats, null, DateTimeStyles.None, out result);
        public static bool TryParseExact(ReadOnlySpan<char> s, string[] formats, IFormatProvider? provider, DateTimeStyles style, out TimeOnly result) =>
            TryParseExact(new string(s), formats, provider, style, out result);
    }

    public sealed partial class Version : ISpanFormattable, IUtf8SpanFormattable
    {
        // A field count the version does not have throws ArgumentException, as ToString(int) does.
        public bool TryFormat(Span<char> destination, out int charsWritten) => SpanFormatting.Copy(ToString(), destination, out charsWritten);
        public bool TryFormat(Span<char> destination, int fieldCount, out int charsWritten) =>
            SpanFormatting.Copy(ToString(fieldCount), destination, out charsWritten);
        public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten) => SpanFormatting.CopyUtf8(ToString(), utf8Destination, out bytesWritten);
        public bool TryFormat(Span<byte> utf8Destination, int fieldCount, out int bytesWritten) =>
            SpanFormatting.CopyUtf8(ToString(fieldCount), utf8Destination, out bytesWritten);
        bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
            TryFormat(destination, out charsWritten);
        bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
            TryFormat(utf8Destination, out bytesWritten);
        string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => ToString();
        public static Version Parse(ReadOnlySpan<char> input) => Parse(new string(input));
        public static bool TryParse(ReadOnlySpan<char> input, out Version? result) => TryParse(new string(input), out result);
    }
}
