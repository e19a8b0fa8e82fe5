// Utf8Parser for DateTime/DateTimeOffset (G: MM/dd/yyyy HH:mm:ss, the
// DateTimeOffset default G + " +hh:mm", R/l: RFC 1123, O: round trip with
// exactly seven fraction digits) and TimeSpan (c/t/T, G, g), each a fixed
// layout checked field by field as .NET does.
namespace System.Buffers.Text
{
    public static partial class Utf8Parser
    {
        public static bool TryParse(ReadOnlySpan<byte> source, out DateTime value, out int bytesConsumed, char standardFormat = default)
        {
            DateTimeOffset dto;
            switch (standardFormat)
            {
                case 'R':
                case 'l':
                    if (!ParseR(source, standardFormat == 'l', out dto)) return Fail(out value, out bytesConsumed);
                    value = dto.DateTime;
                    bytesConsumed = 29;
                    return true;
                case 'O':
                    if (!ParseO(source, out dto, out bytesConsumed, out DateTimeKind kind)) return Fail(out value, out bytesConsumed);
                    value = kind == DateTimeKind.Local ? dto.LocalDateTime : kind == DateTimeKind.Utc ? dto.UtcDateTime : dto.DateTime;
                    return true;
                case default(char):
                case 'G':
                    if (!ParseG(source, out value)) return Fail(out value, out bytesConsumed);
                    bytesConsumed = 19;
                    return true;
                default:
                    return BadFormat(out value, out bytesConsumed);
            }
        }

        public static bool TryParse(ReadOnlySpan<byte> source, out DateTimeOffset value, out int bytesConsumed, char standardFormat = default)
        {
            switch (standardFormat)
            {
                case 'R':
                case 'l':
                    if (!ParseR(source, standardFormat == 'l', out value)) return Fail(out value, out bytesConsumed);
                    bytesConsumed = 29;
                    return true;
                case 'O':
                    if (!ParseO(source, out value, out bytesConsumed, out _)) return Fail(out value, out bytesConsumed);
                    return true;
                case default(char):
                    if (source.Length < 26 || !ParseG(source, out DateTime local) || source[19] != ' ' || (source[20] != '+' && source[20] != '-')
                        || !TwoDigits(source, 21, out int oh) || source[23] != ':' || !TwoDigits(source, 24, out int om)
                        || !MakeOffset(local, source[20] == '-', oh, om, out value))
                        return Fail(out value, out bytesConsumed);
                    bytesConsumed = 26;
                    return true;
                case 'G':
                    if (!ParseG(source, out DateTime dt) || !AsLocal(dt, out value)) return Fail(out value, out bytesConsumed);
                    bytesConsumed = 19;
                    return true;
                default:
                    return BadFormat(out value, out bytesConsumed);
            }
        }

        private static bool TwoDigits(ReadOnlySpan<byte> s, int at, out int value)
        {
            value = 0;
            if (!IsDigit(s[at]) || !IsDigit(s[at + 1])) return false;
            value = (s[at] - '0') * 10 + (s[at + 1] - '0');
            return true;
        }

        private static bool Digits(ReadOnlySpan<byte> s, int at, int count, out int value)
        {
            value = 0;
            for (int i = 0; i < count; i++)
            {
                if (!IsDigit(s[at + i])) return false;
                value = value * 10 + (s[at + i] - '0');
            }
            return true;
        }

        // MM/dd/yyyy HH:mm:ss, Kind Unspecified.
        private static bool ParseG(ReadOnlySpan<byte> s, out DateTime value)
        {
            value = default;
            if (s.Length < 19) return false;
            if (!TwoDigits(s, 0, out int month) || s[2] != '/' || !TwoDigits(s, 3, out int day) || s[5] != '/'
                || !Digits(s, 6, 4, out int year) || s[10] != ' ' || !TwoDigits(s, 11, out int hour) || s[13] != ':'
                || !TwoDigits(s, 14, out int minute) || s[16] != ':' || !TwoDigits(s, 17, out int second))
                return false;
            return MakeDateTime(year, month, day, hour, minute, second, 0, DateTimeKind.Unspecified, out value);
        }

        private static readonly string[] s_days = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
        private static readonly string[] s_months = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

        // "Tue, 03 Jan 2017 08:08:05 GMT"; with lower, the words' first letters are lower case ("tue", "jan", "gmt").
        private static bool ParseR(ReadOnlySpan<byte> s, bool lower, out DateTimeOffset value)
        {
            value = default;
            if (s.Length < 29) return false;
            int dow = -1;
            for (int i = 0; i < 7; i++) if (Word(s, 0, s_days[i], lower)) dow = i;
            int month = 0;
            for (int i = 0; i < 12; i++) if (Word(s, 8, s_months[i], lower)) month = i + 1;
            if (dow < 0 || month == 0 || s[3] != ',' || s[4] != ' ' || !TwoDigits(s, 5, out int day) || s[7] != ' ' || s[11] != ' '
                || !Digits(s, 12, 4, out int year) || s[16] != ' ' || !TwoDigits(s, 17, out int hour) || s[19] != ':'
                || !TwoDigits(s, 20, out int minute) || s[22] != ':' || !TwoDigits(s, 23, out int second) || s[25] != ' '
                || !Word(s, 26, "GMT", lower))
                return false;
            if (!MakeDateTime(year, month, day, hour, minute, second, 0, DateTimeKind.Unspecified, out DateTime dt)
                || !MakeOffset(dt, false, 0, 0, out value))
                return false;
            return (int)value.DayOfWeek == dow;
        }

        private static bool Word(ReadOnlySpan<byte> s, int at, string word, bool lower)
        {
            int first = lower ? word[0] | 0x20 : word[0];
            if (s[at] != first) return false;
            for (int i = 1; i < word.Length; i++)
            {
                int expected = word[i];
                if (word == "GMT" && lower) expected |= 0x20;
                if (s[at + i] != expected) return false;
            }
            return true;
        }

        // yyyy-MM-ddTHH:mm:ss.fffffff then 'Z' (Utc), +hh:mm/-hh:mm (Local) or nothing (Unspecified, read as local time).
        private static bool ParseO(ReadOnlySpan<byte> s, out DateTimeOffset value, out int bytesConsumed, out DateTimeKind kind)
        {
            value = default;
            bytesConsumed = 0;
            kind = default;
            if (s.Length < 27) return false;
            if (!Digits(s, 0, 4, out int year) || s[4] != '-' || !TwoDigits(s, 5, out int month) || s[7] != '-'
                || !TwoDigits(s, 8, out int day) || s[10] != 'T' || !TwoDigits(s, 11, out int hour) || s[13] != ':'
                || !TwoDigits(s, 14, out int minute) || s[16] != ':' || !TwoDigits(s, 17, out int second) || s[19] != '.'
                || !Digits(s, 20, 7, out int fraction))
                return false;
            byte next = s.Length > 27 ? s[27] : (byte)0;
            if (next == 'Z')
            {
                if (!MakeDateTime(year, month, day, hour, minute, second, fraction, DateTimeKind.Unspecified, out DateTime u)
                    || !MakeOffset(u, false, 0, 0, out value))
                    return false;
                bytesConsumed = 28;
                kind = DateTimeKind.Utc;
                return true;
            }
            if (next == '+' || next == '-')
            {
                if (s.Length < 33 || !TwoDigits(s, 28, out int oh) || s[30] != ':' || !TwoDigits(s, 31, out int om)
                    || !MakeDateTime(year, month, day, hour, minute, second, fraction, DateTimeKind.Unspecified, out DateTime o)
                    || !MakeOffset(o, next == '-', oh, om, out value))
                    return false;
                bytesConsumed = 33;
                kind = DateTimeKind.Local;
                return true;
            }
            if (!MakeDateTime(year, month, day, hour, minute, second, fraction, DateTimeKind.Local, out DateTime l) || !AsLocal(l, out value))
                return false;
            bytesConsumed = 27;
            kind = DateTimeKind.Unspecified;
            return true;
        }

        private static bool AsLocal(DateTime dt, out DateTimeOffset value)
        {
            try
            {
                value = new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Local));
                return true;
            }
            catch (ArgumentOutOfRangeException)
            {
                value = default;
                return false;
            }
        }

        private static bool MakeOffset(DateTime dt, bool negative, int hours, int minutes, out DateTimeOffset value)
        {
            value = default;
            if (hours > 14 || minutes > 59 || (hours == 14 && minutes != 0)) return false;
            long ticks = (hours * 60L + minutes) * TimeSpan.TicksPerMinute;
            try
            {
                value = new DateTimeOffset(dt.Ticks, new TimeSpan(negative ? -ticks : ticks));
                return true;
            }
            catch (ArgumentOutOfRangeException)
            {
                return false;
            }
        }

        // Range-checked fields (hour 24 is out of range, as on .NET 10).
        private static bool MakeDateTime(int year, int month, int day, int hour, int minute, int second, int fraction, DateTimeKind kind, out DateTime value)
        {
            value = default;
            if (year == 0 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
            if (hour > 23 || minute > 59 || second > 59) return false;
            long ticks = new DateTime(year, month, day).Ticks + (hour * 3600L + minute * 60 + second) * TimeSpan.TicksPerSecond + fraction;
            value = new DateTime(ticks, kind);
            return true;
        }

        // ---- TimeSpan ----

        public static bool TryParse(ReadOnlySpan<byte> source, out TimeSpan value, out int bytesConsumed, char standardFormat = default)
        {
            bool dayWithPeriod;
            switch (standardFormat)
            {
                case default(char): case 'c': case 't': case 'T': dayWithPeriod = true; break;
                case 'G': case 'g': dayWithPeriod = false; break;
                default: return BadFormat(out value, out bytesConsumed);
            }
            if (!SplitTimeSpan(source, dayWithPeriod, out uint[] v, out uint seps, out bool negative, out bytesConsumed))
                return Fail(out value, out bytesConsumed);
            bool ok;
            value = default;
            if (standardFormat == 'G')
            {
                ok = seps == 0x01010102 && MakeTimeSpan(negative, v[0], v[1], v[2], v[3], v[4], out value);
            }
            else
            {
                switch (seps)
                {
                    case 0x00000000: ok = MakeTimeSpan(negative, v[0], 0, 0, 0, 0, out value); break;
                    case 0x01000000: ok = MakeTimeSpan(negative, 0, v[0], v[1], 0, 0, out value); break;
                    case 0x01010000: ok = MakeTimeSpan(negative, 0, v[0], v[1], v[2], 0, out value); break;
                    case 0x01010200: ok = MakeTimeSpan(negative, 0, v[0], v[1], v[2], v[3], out value); break;
                    case 0x02010000: ok = dayWithPeriod && MakeTimeSpan(negative, v[0], v[1], v[2], 0, 0, out value); break;
                    case 0x02010100: ok = dayWithPeriod && MakeTimeSpan(negative, v[0], v[1], v[2], v[3], 0, out value); break;
                    case 0x02010102: ok = dayWithPeriod && MakeTimeSpan(negative, v[0], v[1], v[2], v[3], v[4], out value); break;
                    case 0x01010100: ok = !dayWithPeriod && MakeTimeSpan(negative, v[0], v[1], v[2], v[3], 0, out value); break;
                    case 0x01010102: ok = !dayWithPeriod && MakeTimeSpan(negative, v[0], v[1], v[2], v[3], v[4], out value); break;
                    default: ok = false; break;
                }
            }
            if (!ok) return Fail(out value, out bytesConsumed);
            return true;
        }

        // Leading blanks, an optional '-', then up to five numbers; each separator
        // is recorded as 1 (':') or 2 ('.') in one byte of seps, first in the top byte.
        private static bool SplitTimeSpan(ReadOnlySpan<byte> s, bool dayWithPeriod, out uint[] values, out uint seps, out bool negative, out int consumed)
        {
            values = new uint[5];
            seps = 0;
            negative = false;
            consumed = 0;
            int i = 0;
            while (i < s.Length && (s[i] == ' ' || s[i] == '\t')) i++;
            if (i == s.Length) return false;
            if (s[i] == '-')
            {
                negative = true;
                i++;
                if (i == s.Length) return false;
            }
            if (!TryParse(s.Slice(i), out values[0], out int n)) return false;
            i += n;
            for (int k = 1; k < 5; k++)
            {
                if (i == s.Length || (s[i] != ':' && s[i] != '.'))
                {
                    consumed = i;
                    return true;
                }
                byte sep = s[i++];
                bool ok;
                if (sep == ':' || (k == 1 && dayWithPeriod)) ok = TryParse(s.Slice(i), out values[k], out n);
                else ok = Fraction(s.Slice(i), out values[k], out n);
                if (!ok) return false;
                i += n;
                seps |= (uint)(sep == ':' ? 1 : 2) << (8 * (4 - k));
            }
            if (i < s.Length && (s[i] == ':' || s[i] == '.')) return false;
            consumed = i;
            return true;
        }

        // 1 to 7 digits, scaled to ticks; an eighth digit fails.
        private static bool Fraction(ReadOnlySpan<byte> s, out uint value, out int consumed)
        {
            value = 0;
            consumed = 0;
            int count = 0;
            while (count < s.Length && IsDigit(s[count]))
            {
                if (++count > 7) return false;
                value = value * 10 + (uint)(s[count - 1] - '0');
            }
            if (count == 0) return false;
            for (int k = count; k < 7; k++) value *= 10;
            consumed = count;
            return true;
        }

        private static bool MakeTimeSpan(bool negative, uint days, uint hours, uint minutes, uint seconds, uint fraction, out TimeSpan value)
        {
            value = default;
            if (hours > 23 || minutes > 59 || seconds > 59) return false;
            long ms = ((long)days * 86400 + hours * 3600L + minutes * 60L + seconds) * 1000;
            if (ms > long.MaxValue / TimeSpan.TicksPerMillisecond) return false;
            long ticks = ms * TimeSpan.TicksPerMillisecond;
            if (negative)
            {
                if (-ticks < long.MinValue + fraction) return false;
                value = new TimeSpan(-ticks - fraction);
            }
            else
            {
                if (ticks > long.MaxValue - fraction) return false;
                value = new TimeSpan(ticks + fraction);
            }
            return true;
        }
    }
}
