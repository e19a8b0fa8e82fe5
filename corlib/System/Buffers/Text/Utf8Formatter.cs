// System.Buffers.Text.Utf8Formatter: formats primitives as UTF-8 text with a
// StandardFormat, always with the invariant culture. Integers and floating
// point take every standard format their ToString takes; the other types take
// the symbols .NET documents for them (a bad one throws FormatException). A
// destination that is too small returns false with bytesWritten 0.
using System.Globalization;

namespace System.Buffers.Text
{
    public static class Utf8Formatter
    {
        private static char SymbolOrDefault(StandardFormat format, char symbol) =>
            format.IsDefault ? symbol : format.Symbol;

        internal static bool BadFormat(out int bytesWritten)
        {
            bytesWritten = 0;
            throw new FormatException("Format specifier was invalid.");
        }

        // Copies ASCII text; false (and 0) when it does not fit.
        internal static bool CopyAscii(string text, Span<byte> destination, out int bytesWritten)
        {
            if (text.Length > destination.Length)
            {
                bytesWritten = 0;
                return false;
            }
            for (int i = 0; i < text.Length; i++) destination[i] = (byte)text[i];
            bytesWritten = text.Length;
            return true;
        }

        public static bool TryFormat(bool value, Span<byte> destination, out int bytesWritten, StandardFormat format = default)
        {
            char symbol = SymbolOrDefault(format, 'G');
            if (symbol == 'G') return CopyAscii(value ? "True" : "False", destination, out bytesWritten);
            if (symbol == 'l') return CopyAscii(value ? "true" : "false", destination, out bytesWritten);
            return BadFormat(out bytesWritten);
        }

        public static bool TryFormat(byte value, Span<byte> destination, out int bytesWritten, StandardFormat format = default) =>
            CopyAscii(value.ToString(IntegerFormat(format), CultureInfo.InvariantCulture), destination, out bytesWritten);
        [CLSCompliant(false)]
        public static bool TryFormat(sbyte value, Span<byte> destination, out int bytesWritten, StandardFormat format = default) =>
            CopyAscii(value.ToString(IntegerFormat(format), CultureInfo.InvariantCulture), destination, out bytesWritten);
        [CLSCompliant(false)]
        public static bool TryFormat(ushort value, Span<byte> destination, out int bytesWritten, StandardFormat format = default) =>
            CopyAscii(value.ToString(IntegerFormat(format), CultureInfo.InvariantCulture), destination, out bytesWritten);
        public static bool TryFormat(short value, Span<byte> destination, out int bytesWritten, StandardFormat format = default) =>
            CopyAscii(value.ToString(IntegerFormat(format), CultureInfo.InvariantCulture), destination, out bytesWritten);
        [CLSCompliant(false)]
        public static bool TryFormat(uint value, Span<byte> destination, out int bytesWritten, StandardFormat format = default) =>
            CopyAscii(value.ToString(IntegerFormat(format), CultureInfo.InvariantCulture), destination, out bytesWritten);
        public static bool TryFormat(int value, Span<byte> destination, out int bytesWritten, StandardFormat format = default) =>
            CopyAscii(value.ToString(IntegerFormat(format), CultureInfo.InvariantCulture), destination, out bytesWritten);
        [CLSCompliant(false)]
        public static bool TryFormat(ulong value, Span<byte> destination, out int bytesWritten, StandardFormat format = default) =>
            CopyAscii(value.ToString(IntegerFormat(format), CultureInfo.InvariantCulture), destination, out bytesWritten);
        public static bool TryFormat(long value, Span<byte> destination, out int bytesWritten, StandardFormat format = default) =>
            CopyAscii(value.ToString(IntegerFormat(format), CultureInfo.InvariantCulture), destination, out bytesWritten);
        public static bool TryFormat(double value, Span<byte> destination, out int bytesWritten, StandardFormat format = default) =>
            SpanFormatting.CopyUtf8(value.ToString(format.FormatString(), CultureInfo.InvariantCulture), destination, out bytesWritten);
        public static bool TryFormat(float value, Span<byte> destination, out int bytesWritten, StandardFormat format = default) =>
            SpanFormatting.CopyUtf8(value.ToString(format.FormatString(), CultureInfo.InvariantCulture), destination, out bytesWritten);

        // Integers take G (without a precision: with one it could be exponential), D, N and X.
        private static string? IntegerFormat(StandardFormat format)
        {
            if (format.IsDefault) return null;
            switch (format.Symbol)
            {
                case 'G':
                case 'g':
                    if (format.HasPrecision)
                        throw new NotSupportedException("The 'G' format combined with a precision is not supported.");
                    return "D";
                case 'D': case 'd': case 'N': case 'n': case 'X': case 'x':
                    return format.FormatString();
            }
            throw new FormatException("Format specifier was invalid.");
        }

        public static bool TryFormat(decimal value, Span<byte> destination, out int bytesWritten, StandardFormat format = default) =>
            CopyAscii(value.ToString(format.FormatString(), CultureInfo.InvariantCulture), destination, out bytesWritten);

        public static bool TryFormat(Guid value, Span<byte> destination, out int bytesWritten, StandardFormat format = default)
        {
            char symbol = SymbolOrDefault(format, 'D');
            if (symbol != 'D' && symbol != 'B' && symbol != 'P' && symbol != 'N') return BadFormat(out bytesWritten);
            return CopyAscii(value.ToString(symbol.ToString()), destination, out bytesWritten);
        }

        // G: MM/dd/yyyy HH:mm:ss; R: RFC 1123; l: RFC 1123 in lower case; O: round trip.
        public static bool TryFormat(DateTime value, Span<byte> destination, out int bytesWritten, StandardFormat format = default)
        {
            char symbol = SymbolOrDefault(format, 'G');
            string text;
            switch (symbol)
            {
                case 'G': text = value.ToString("MM'/'dd'/'yyyy HH':'mm':'ss", CultureInfo.InvariantCulture); break;
                case 'R': text = value.ToString("R", CultureInfo.InvariantCulture); break;
                case 'l': text = value.ToString("R", CultureInfo.InvariantCulture).ToLowerInvariant(); break;
                case 'O': text = value.ToString("O", CultureInfo.InvariantCulture); break;
                default: return BadFormat(out bytesWritten);
            }
            return CopyAscii(text, destination, out bytesWritten);
        }

        // The default format is G followed by the offset; an explicit G has no offset.
        public static bool TryFormat(DateTimeOffset value, Span<byte> destination, out int bytesWritten, StandardFormat format = default)
        {
            string text;
            if (format.IsDefault)
            {
                text = value.DateTime.ToString("MM'/'dd'/'yyyy HH':'mm':'ss", CultureInfo.InvariantCulture) + " " + OffsetText(value.Offset);
                return CopyAscii(text, destination, out bytesWritten);
            }
            switch (format.Symbol)
            {
                case 'G': text = value.DateTime.ToString("MM'/'dd'/'yyyy HH':'mm':'ss", CultureInfo.InvariantCulture); break;
                case 'R': text = value.UtcDateTime.ToString("R", CultureInfo.InvariantCulture); break;
                case 'l': text = value.UtcDateTime.ToString("R", CultureInfo.InvariantCulture).ToLowerInvariant(); break;
                case 'O': text = value.ToString("O", CultureInfo.InvariantCulture); break;
                default: return BadFormat(out bytesWritten);
            }
            return CopyAscii(text, destination, out bytesWritten);
        }

        private static string OffsetText(TimeSpan offset)
        {
            long minutes = offset.Ticks / TimeSpan.TicksPerMinute;
            char sign = minutes < 0 ? '-' : '+';
            if (minutes < 0) minutes = -minutes;
            return sign + (minutes / 60).ToString("00", CultureInfo.InvariantCulture) + ":" + (minutes % 60).ToString("00", CultureInfo.InvariantCulture);
        }

        // c/t/T (default): [-][d.]hh:mm:ss[.fffffff]; G: [-]d:hh:mm:ss.fffffff;
        // g: [-][d:]h:mm:ss[.f...] with the fraction's trailing zeros cut.
        public static bool TryFormat(TimeSpan value, Span<byte> destination, out int bytesWritten, StandardFormat format = default)
        {
            char symbol = SymbolOrDefault(format, 'c');
            if (symbol == 't' || symbol == 'T') symbol = 'c';
            else if (symbol != 'c' && symbol != 'G' && symbol != 'g') return BadFormat(out bytesWritten);

            long ticks = value.Ticks;
            ulong magnitude = ticks < 0 ? (ulong)(-(ticks + 1)) + 1 : (ulong)ticks;
            uint fraction = (uint)(magnitude % TimeSpan.TicksPerSecond);
            ulong totalSeconds = magnitude / TimeSpan.TicksPerSecond;
            uint seconds = (uint)(totalSeconds % 60);
            ulong totalMinutes = totalSeconds / 60;
            uint minutes = (uint)(totalMinutes % 60);
            ulong totalHours = totalMinutes / 60;
            uint hours = (uint)(totalHours % 24);
            ulong days = totalHours / 24;

            var sb = new System.Text.StringBuilder(32);
            if (ticks < 0) sb.Append('-');
            if (days != 0)
            {
                sb.Append(days.ToString(CultureInfo.InvariantCulture));
                sb.Append(symbol == 'c' ? '.' : ':');
            }
            else if (symbol == 'G')
            {
                sb.Append("0:");
            }
            if (symbol == 'g' && hours < 10) sb.Append((char)('0' + hours));
            else AppendTwo(sb, hours);
            sb.Append(':');
            AppendTwo(sb, minutes);
            sb.Append(':');
            AppendTwo(sb, seconds);
            if (symbol == 'G' || fraction != 0)
            {
                string digits = fraction.ToString("0000000", CultureInfo.InvariantCulture);
                if (symbol == 'g') digits = digits.TrimEnd('0');
                sb.Append('.');
                sb.Append(digits);
            }
            return CopyAscii(sb.ToString(), destination, out bytesWritten);
        }

        private static void AppendTwo(System.Text.StringBuilder sb, uint value)
        {
            sb.Append((char)('0' + value / 10));
            sb.Append((char)('0' + value % 10));
        }
    }
}
