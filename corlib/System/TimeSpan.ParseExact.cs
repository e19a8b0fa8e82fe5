// TimeSpan.ParseExact/TryParseExact: the standard formats "c" (also "t",
// "T": [-][d.]hh:mm[:ss[.fffffff]] or [-]d), "g" (the same, days also as
// "d:") and "G" ([-]d:hh:mm:ss.fffffff, every part required), and custom
// formats (d..dddddddd h hh m mm s ss f..fffffff F..FFFFFFF, quoted literals,
// '\' escapes, '%'); TimeSpanStyles.AssumeNegative negates a custom match.
// Numbers out of range throw OverflowException as .NET does.
using System.Globalization;

namespace System
{
    public partial struct TimeSpan
    {
        private enum ExactError { None, Bad, Overflow, BadFormat, BadSpecifier, NoFormats }

        public static TimeSpan ParseExact(string input, string format, IFormatProvider formatProvider)
        {
            return ParseExact(input, format, formatProvider, TimeSpanStyles.None);
        }

        public static TimeSpan ParseExact(string input, string format, IFormatProvider formatProvider, TimeSpanStyles styles)
        {
            CheckStyles(styles);
            if (input == null) throw new ArgumentNullException("input");
            if (format == null) throw new ArgumentNullException("format");
            TimeSpan r;
            ExactError e = Exact(input, format, styles, out r);
            if (e != ExactError.None) throw ExactException(e, input, format);
            return r;
        }

        public static TimeSpan ParseExact(string input, string[] formats, IFormatProvider formatProvider)
        {
            return ParseExact(input, formats, formatProvider, TimeSpanStyles.None);
        }

        public static TimeSpan ParseExact(string input, string[] formats, IFormatProvider formatProvider, TimeSpanStyles styles)
        {
            CheckStyles(styles);
            if (input == null) throw new ArgumentNullException("input");
            TimeSpan r;
            ExactError e = ExactMany(input, formats, styles, out r);
            if (e != ExactError.None) throw ExactException(e, input, "");
            return r;
        }

        public static TimeSpan ParseExact(ReadOnlySpan<char> input, ReadOnlySpan<char> format, IFormatProvider formatProvider, TimeSpanStyles styles = TimeSpanStyles.None)
        {
            return ParseExact(input.ToString(), format.ToString(), formatProvider, styles);
        }

        public static TimeSpan ParseExact(ReadOnlySpan<char> input, string[] formats, IFormatProvider formatProvider, TimeSpanStyles styles = TimeSpanStyles.None)
        {
            return ParseExact(input.ToString(), formats, formatProvider, styles);
        }

        public static bool TryParseExact(string input, string format, IFormatProvider formatProvider, out TimeSpan result)
        {
            return TryParseExact(input, format, formatProvider, TimeSpanStyles.None, out result);
        }

        public static bool TryParseExact(string input, string format, IFormatProvider formatProvider, TimeSpanStyles styles, out TimeSpan result)
        {
            CheckStyles(styles);
            result = Zero;
            if (input == null || format == null) return false;
            return Exact(input, format, styles, out result) == ExactError.None;
        }

        public static bool TryParseExact(string input, string[] formats, IFormatProvider formatProvider, out TimeSpan result)
        {
            return TryParseExact(input, formats, formatProvider, TimeSpanStyles.None, out result);
        }

        public static bool TryParseExact(string input, string[] formats, IFormatProvider formatProvider, TimeSpanStyles styles, out TimeSpan result)
        {
            CheckStyles(styles);
            result = Zero;
            if (input == null || formats == null) return false;
            return ExactMany(input, formats, styles, out result) == ExactError.None;
        }

        public static bool TryParseExact(ReadOnlySpan<char> input, ReadOnlySpan<char> format, IFormatProvider formatProvider, out TimeSpan result)
        {
            return TryParseExact(input.ToString(), format.ToString(), formatProvider, TimeSpanStyles.None, out result);
        }

        public static bool TryParseExact(ReadOnlySpan<char> input, ReadOnlySpan<char> format, IFormatProvider formatProvider, TimeSpanStyles styles, out TimeSpan result)
        {
            return TryParseExact(input.ToString(), format.ToString(), formatProvider, styles, out result);
        }

        public static bool TryParseExact(ReadOnlySpan<char> input, string[] formats, IFormatProvider formatProvider, out TimeSpan result)
        {
            return TryParseExact(input.ToString(), formats, formatProvider, TimeSpanStyles.None, out result);
        }

        public static bool TryParseExact(ReadOnlySpan<char> input, string[] formats, IFormatProvider formatProvider, TimeSpanStyles styles, out TimeSpan result)
        {
            return TryParseExact(input.ToString(), formats, formatProvider, styles, out result);
        }

        private static void CheckStyles(TimeSpanStyles styles)
        {
            if ((styles & ~TimeSpanStyles.AssumeNegative) != 0)
                throw new ArgumentException("An undefined TimeSpanStyles value is being used.", "styles");
        }

        private static Exception ExactException(ExactError e, string input, string format)
        {
            if (e == ExactError.BadSpecifier) return new FormatException("Format specifier '" + format + "' was invalid.");
            if (e == ExactError.NoFormats) return new FormatException("No format specifiers were provided.");
            if (e == ExactError.Overflow)
                return new OverflowException("The TimeSpan string '" + input + "' could not be parsed because at least one of the numeric components is out of range or contains too many digits.");
            if (e == ExactError.BadFormat) return new FormatException("Input string was not in a correct format.");
            return new FormatException("String '" + input + "' was not recognized as a valid TimeSpan.");
        }

        private static ExactError ExactMany(string input, string[] formats, TimeSpanStyles styles, out TimeSpan result)
        {
            result = Zero;
            if (formats == null) throw new ArgumentNullException("formats");
            if (formats.Length == 0) return ExactError.NoFormats;
            for (int i = 0; i < formats.Length; i++)
            {
                if (formats[i] == null || formats[i].Length == 0) return ExactError.BadSpecifier;
                if (Exact(input, formats[i], styles, out result) == ExactError.None) return ExactError.None;
            }
            return ExactError.Bad;
        }

        private static ExactError Exact(string s, string format, TimeSpanStyles styles, out TimeSpan result)
        {
            result = Zero;
            if (format.Length == 0) return ExactError.BadSpecifier;
            if (format.Length == 1)
            {
                switch (format[0])
                {
                    case 'c': case 't': case 'T': return Standard(s, false, false, out result);
                    case 'g': return Standard(s, true, false, out result);
                    case 'G': return Standard(s, true, true, out result);
                    default: return ExactError.BadSpecifier;
                }
            }
            return Custom(s, format, styles, out result);
        }

        // [ws][-]{ d | [d.]h:m[:s[.f]] | (g, G) d:h:m:s[.f] }[ws]
        private static ExactError Standard(string s, bool general, bool full, out TimeSpan result)
        {
            result = Zero;
            int p = 0, end = s.Length;
            while (p < end && char.IsWhiteSpace(s[p])) p++;
            while (end > p && char.IsWhiteSpace(s[end - 1])) end--;
            bool neg = false;
            if (p < end && s[p] == '-') { neg = true; p++; }
            long[] nums = new long[5];
            char[] seps = new char[5];
            int count = 0, fracDigits = 0;
            while (true)
            {
                if (count == 5) return ExactError.Bad;
                int start = p;
                long v = 0;
                while (p < end && s[p] >= '0' && s[p] <= '9')
                {
                    v = v * 10 + (s[p++] - '0');
                    if (v > int.MaxValue * 10L) return ExactError.Overflow;
                }
                if (p == start) return ExactError.Bad;
                nums[count] = v;
                if (count > 0 && seps[count - 1] == '.' && IsLastFraction(seps, count)) fracDigits = p - start;
                count++;
                if (p == end) break;
                seps[count - 1] = s[p++];
                if (seps[count - 1] != ':' && seps[count - 1] != '.') return ExactError.Bad;
            }
            long days = 0, h = 0, m = 0, sec = 0, frac = 0;
            string shape = new string(seps, 0, count - 1);
            int k = 0;
            bool fracSeen = false;
            switch (shape)
            {
                case "": if (full) return ExactError.Bad; days = nums[0]; break;
                case ":": if (full) return ExactError.Bad; h = nums[0]; m = nums[1]; break;
                case "::": if (full) return ExactError.Bad; h = nums[0]; m = nums[1]; sec = nums[2]; break;
                case ".:": if (full) return ExactError.Bad; days = nums[0]; h = nums[1]; m = nums[2]; break;
                case ".::": if (full) return ExactError.Bad; days = nums[0]; h = nums[1]; m = nums[2]; sec = nums[3]; break;
                case "::.": if (full) return ExactError.Bad; h = nums[0]; m = nums[1]; sec = nums[2]; k = 3; fracSeen = true; break;
                case ".::.": if (full) return ExactError.Bad; days = nums[0]; h = nums[1]; m = nums[2]; sec = nums[3]; k = 4; fracSeen = true; break;
                case ":::": if (!general || full) return ExactError.Bad; days = nums[0]; h = nums[1]; m = nums[2]; sec = nums[3]; break;
                case ":::.": if (!general) return ExactError.Bad; days = nums[0]; h = nums[1]; m = nums[2]; sec = nums[3]; k = 4; fracSeen = true; break;
                default: return ExactError.Bad;
            }
            if (fracSeen)
            {
                if (fracDigits > 7) return ExactError.Bad;
                frac = nums[k];
                for (int i = fracDigits; i < 7; i++) frac *= 10;
            }
            if (days > 10675199 || h > 23 || m > 59 || sec > 59) return ExactError.Overflow;
            long ticks = days * TicksPerDay + h * TicksPerHour + m * TicksPerMinute + sec * TicksPerSecond + frac;
            if (ticks < 0 || ticks > MaxValue._ticks) return ExactError.Overflow;
            result = new TimeSpan(neg ? -ticks : ticks);
            return ExactError.None;
        }

        private static bool IsLastFraction(char[] seps, int count)
        {
            // a '.' after two ':' (h:m:s.f) introduces the fraction
            int colons = 0;
            for (int i = 0; i < count - 1; i++) if (seps[i] == ':') colons++;
            return colons >= 2;
        }

        private static ExactError Custom(string s, string format, TimeSpanStyles styles, out TimeSpan result)
        {
            result = Zero;
            long days = 0, h = 0, m = 0, sec = 0, frac = 0;
            bool seenD = false, seenH = false, seenM = false, seenS = false, seenF = false;
            int p = 0;
            for (int i = 0; i < format.Length; )
            {
                char c = format[i];
                int n = 1;
                while (i + n < format.Length && format[i + n] == c) n++;
                int v;
                switch (c)
                {
                    case 'd':
                        if (n > 8 || seenD) return ExactError.BadFormat;
                        {
                            int start = p;
                            long dv = 0;
                            while (p < s.Length && p - start < 8 && s[p] >= '0' && s[p] <= '9') dv = dv * 10 + (s[p++] - '0');
                            if (p - start < n) return ExactError.BadFormat;
                            days = dv;
                        }
                        seenD = true; i += n; continue;
                    case 'h':
                        if (n > 2 || seenH) return ExactError.BadFormat;
                        if (!TwoDigits(s, ref p, n, out v)) return ExactError.BadFormat;
                        h = v; seenH = true; i += n; continue;
                    case 'm':
                        if (n > 2 || seenM) return ExactError.BadFormat;
                        if (!TwoDigits(s, ref p, n, out v)) return ExactError.BadFormat;
                        m = v; seenM = true; i += n; continue;
                    case 's':
                        if (n > 2 || seenS) return ExactError.BadFormat;
                        if (!TwoDigits(s, ref p, n, out v)) return ExactError.BadFormat;
                        sec = v; seenS = true; i += n; continue;
                    case 'f': case 'F':
                    {
                        if (n > 7 || seenF) return ExactError.BadFormat;
                        int start = p;
                        long f = 0;
                        while (p < s.Length && p - start < n && s[p] >= '0' && s[p] <= '9') f = f * 10 + (s[p++] - '0');
                        if (c == 'f' && p - start != n) return ExactError.BadFormat;
                        for (int k = p - start; k < 7; k++) f *= 10;
                        frac = f; seenF = true; i += n; continue;
                    }
                    case '\'': case '"':
                    {
                        int j = i + 1;
                        while (j < format.Length && format[j] != c)
                        {
                            if (p >= s.Length || s[p] != format[j]) return ExactError.BadFormat;
                            p++; j++;
                        }
                        if (j >= format.Length) return ExactError.BadFormat;
                        i = j + 1; continue;
                    }
                    case '\\':
                        if (i + 1 >= format.Length) return ExactError.BadFormat;
                        if (p >= s.Length || s[p] != format[i + 1]) return ExactError.BadFormat;
                        p++; i += 2; continue;
                    case '%':
                        if (i + 1 >= format.Length || format[i + 1] == '%') return ExactError.BadFormat;
                        i++; continue;
                    default:
                        return ExactError.BadFormat;
                }
            }
            if (p != s.Length) return ExactError.Bad;
            if (h > 23 || m > 59 || sec > 59) return ExactError.Overflow;
            decimal total = (decimal)days * TicksPerDay + h * TicksPerHour + m * TicksPerMinute + sec * TicksPerSecond + frac;
            if (total > long.MaxValue) return ExactError.Overflow;
            long ticks = (long)total;
            result = new TimeSpan((styles & TimeSpanStyles.AssumeNegative) != 0 ? -ticks : ticks);
            return ExactError.None;
        }

        private static bool TwoDigits(string s, ref int p, int n, out int value)
        {
            value = 0;
            int start = p;
            while (p < s.Length && p - start < 2 && s[p] >= '0' && s[p] <= '9') value = value * 10 + (s[p++] - '0');
            return p - start >= n;
        }
    }
}
