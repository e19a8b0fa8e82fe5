// DateTimeOffset.ParseExact/TryParseExact: the DateTime exact parser
// (DateTime.ParseExact.cs) with the offset kept. Without an offset in the
// text the local offset (zero here: local time is UTC) or, with
// AssumeUniversal, UTC is assumed; AdjustToUniversal moves the result to UTC.
using System.Globalization;

namespace System
{
    public partial struct DateTimeOffset
    {
        public static DateTimeOffset ParseExact(string input, string format, IFormatProvider formatProvider)
        {
            return ParseExact(input, format, formatProvider, DateTimeStyles.None);
        }

        public static DateTimeOffset ParseExact(string input, string format, IFormatProvider formatProvider, DateTimeStyles styles)
        {
            DateTimeExact.CheckStyles(styles, true);
            if (input == null) throw new ArgumentNullException("input");
            if (format == null) throw new ArgumentNullException("format");
            DateTimeExact.Result r;
            ParseError e = DateTimeExact.Parse(input, format, DateTimeFormatInfo.GetInstance(formatProvider), styles, true, out r);
            if (e != ParseError.None) throw DateTimeExact.Error(e, input);
            return Make(r, styles);
        }

        public static DateTimeOffset ParseExact(string input, string[] formats, IFormatProvider formatProvider, DateTimeStyles styles)
        {
            DateTimeExact.CheckStyles(styles, true);
            if (input == null) throw new ArgumentNullException("input");
            DateTimeExact.Result r;
            ParseError e = DateTimeExact.ParseMany(input, formats, DateTimeFormatInfo.GetInstance(formatProvider), styles, true, out r);
            if (e != ParseError.None) throw DateTimeExact.Error(e, input);
            return Make(r, styles);
        }

        public static DateTimeOffset ParseExact(ReadOnlySpan<char> input, ReadOnlySpan<char> format, IFormatProvider formatProvider, DateTimeStyles styles = DateTimeStyles.None)
        {
            return ParseExact(input.ToString(), format.ToString(), formatProvider, styles);
        }

        public static DateTimeOffset ParseExact(ReadOnlySpan<char> input, string[] formats, IFormatProvider formatProvider, DateTimeStyles styles = DateTimeStyles.None)
        {
            return ParseExact(input.ToString(), formats, formatProvider, styles);
        }

        public static bool TryParseExact(string input, string format, IFormatProvider formatProvider, DateTimeStyles styles, out DateTimeOffset result)
        {
            DateTimeExact.CheckStyles(styles, true);
            result = MinValue;
            if (input == null || format == null) return false;
            DateTimeExact.Result r;
            if (DateTimeExact.Parse(input, format, DateTimeFormatInfo.GetInstance(formatProvider), styles, true, out r) != ParseError.None) return false;
            result = Make(r, styles);
            return true;
        }

        public static bool TryParseExact(string input, string[] formats, IFormatProvider formatProvider, DateTimeStyles styles, out DateTimeOffset result)
        {
            DateTimeExact.CheckStyles(styles, true);
            result = MinValue;
            if (input == null) return false;
            DateTimeExact.Result r;
            if (DateTimeExact.ParseMany(input, formats, DateTimeFormatInfo.GetInstance(formatProvider), styles, true, out r) != ParseError.None) return false;
            result = Make(r, styles);
            return true;
        }

        public static bool TryParseExact(ReadOnlySpan<char> input, ReadOnlySpan<char> format, IFormatProvider formatProvider, DateTimeStyles styles, out DateTimeOffset result)
        {
            return TryParseExact(input.ToString(), format.ToString(), formatProvider, styles, out result);
        }

        public static bool TryParseExact(ReadOnlySpan<char> input, string[] formats, IFormatProvider formatProvider, DateTimeStyles styles, out DateTimeOffset result)
        {
            return TryParseExact(input.ToString(), formats, formatProvider, styles, out result);
        }

        private static DateTimeOffset Make(DateTimeExact.Result r, DateTimeStyles styles)
        {
            long offset = r.HasOffset ? r.OffsetTicks : 0;   // the local offset is zero
            DateTimeOffset d = new DateTimeOffset(r.ClockTicks, new TimeSpan(offset));
            if ((styles & DateTimeStyles.AdjustToUniversal) != 0) d = new DateTimeOffset(d._utcTicks, TimeSpan.Zero);
            return d;
        }
    }
}
