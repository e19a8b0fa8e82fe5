// UmAlQuraCalendar: the Saudi Hijri calendar (ar-SA's default calendar),
// whose month lengths are observed rather than computed: they come from
// CultureData.UmAlQuraMonths (tools/gen-cultures.sh dumps them from .NET),
// one 12-bit mask per year, 1318 AH (1900-04-30) to 1500 AH (2077-11-16).
namespace System.Globalization
{
    [Serializable]
    public class UmAlQuraCalendar : Calendar
    {
        public const int UmAlQuraEra = 1;
        private const int MinYear = CultureData.UmAlQuraFirstYear;
        private const int MaxYear = CultureData.UmAlQuraLastYear;
        private static int[] s_yearStart;   // days (since 0001-01-01) of 1/1 of each year, and one past the last

        public UmAlQuraCalendar() { }

        private static int Mask(int year)
        {
            string s = CultureData.UmAlQuraMonths;
            int v = 0;
            for (int k = (year - MinYear) * 3, e = k + 3; k < e; k++)
            {
                char c = s[k];
                v = v * 16 + (c <= '9' ? c - '0' : c - 'A' + 10);
            }
            return v;
        }

        private static int[] Starts()
        {
            int[] r = s_yearStart;
            if (r != null) return r;
            r = new int[MaxYear - MinYear + 2];
            int day = CultureData.UmAlQuraFirstDay;
            for (int y = MinYear; y <= MaxYear + 1; y++)
            {
                r[y - MinYear] = day;
                if (y <= MaxYear) day += DaysInYear(y);
            }
            s_yearStart = r;
            return r;
        }

        private static int DaysIn(int year, int month) { return (Mask(year) >> (month - 1) & 1) != 0 ? 30 : 29; }

        private static int DaysInYear(int year)
        {
            int n = 0;
            for (int m = 1; m <= 12; m++) n += DaysIn(year, m);
            return n;
        }

        public override CalendarAlgorithmType AlgorithmType { get { return CalendarAlgorithmType.LunarCalendar; } }
        public override DateTime MinSupportedDateTime { get { return new DateTime((long)CultureData.UmAlQuraFirstDay * TicksPerDay); } }
        public override DateTime MaxSupportedDateTime { get { return new DateTime((long)Starts()[MaxYear + 1 - MinYear] * TicksPerDay - 1); } }
        protected override int DaysInYearBeforeMinSupportedYear { get { return 355; } }
        internal override int DefaultTwoDigitYearMax { get { return 1451; } }
        public override int[] Eras { get { return new int[] { UmAlQuraEra }; } }

        public override int TwoDigitYearMax
        {
            get { return base.TwoDigitYearMax; }
            set
            {
                VerifyWritable();
                if (value != 99 && (value < MinYear || value > MaxYear))
                    throw new ArgumentOutOfRangeException("value", value, "Valid values are between " + MinYear + " and " + MaxYear + ", inclusive.");
                base.TwoDigitYearMax = value;
            }
        }

        private static void CheckYear(int year, int era)
        {
            if (era != CurrentEra && era != UmAlQuraEra) throw new ArgumentOutOfRangeException("era", era, "Era value was not valid.");
            if (year < MinYear || year > MaxYear) throw new ArgumentOutOfRangeException("year", year, "Valid values are between " + MinYear + " and " + MaxYear + ", inclusive.");
        }

        private static void CheckMonth(int year, int month, int era)
        {
            CheckYear(year, era);
            if (month < 1 || month > 12) throw new ArgumentOutOfRangeException("month", month, "Month must be between one and twelve.");
        }

        private static void CheckDay(int year, int month, int day, int era)
        {
            CheckMonth(year, month, era);
            int dim = DaysIn(year, month);
            if (day < 1 || day > dim) throw new ArgumentOutOfRangeException("day", day, "Day must be between 1 and " + dim + " for month " + month + ".");
        }

        private void Split(DateTime time, out int year, out int month, out int day, out int dayOfYear)
        {
            if (time < MinSupportedDateTime || time > MaxSupportedDateTime)
                throw new ArgumentOutOfRangeException("time", time.Ticks, "Specified time is not supported in this calendar. It should be between "
                    + MinSupportedDateTime.ToString("MM/dd/yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " (Gregorian date) and "
                    + MaxSupportedDateTime.ToString("MM/dd/yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " (Gregorian date), inclusive.");
            int[] starts = Starts();
            int n = (int)(time.Ticks / TicksPerDay);
            int y = MinYear + (n - starts[0]) / 355;
            while (y > MinYear && starts[y - MinYear] > n) y--;
            while (starts[y + 1 - MinYear] <= n) y++;
            int doy = n - starts[y - MinYear];
            int m = 1, rest = doy;
            while (rest >= DaysIn(y, m)) { rest -= DaysIn(y, m); m++; }
            year = y; month = m; day = rest + 1; dayOfYear = doy + 1;
        }

        private static long DateToTicks(int year, int month, int day)
        {
            long days = Starts()[year - MinYear] + day - 1;
            for (int m = 1; m < month; m++) days += DaysIn(year, m);
            return days * TicksPerDay;
        }

        public override DateTime AddMonths(DateTime time, int months)
        {
            if (months < -120000 || months > 120000) throw new ArgumentOutOfRangeException("months", months, "Valid values are between -120000 and 120000, inclusive.");
            int y, m, d, doy;
            Split(time, out y, out m, out d, out doy);
            int total = y * 12 + (m - 1) + months;
            int ny = total / 12, nm = total % 12 + 1;
            if (ny < MinYear || ny > MaxYear) throw new ArgumentOutOfRangeException("months", months, "The resulting DateTime is out of the range supported by this calendar.");
            int nd = Math.Min(d, DaysIn(ny, nm));
            return new DateTime(DateToTicks(ny, nm, nd) + time.Ticks % TicksPerDay, time.Kind);
        }

        public override DateTime AddYears(DateTime time, int years) { return AddMonths(time, years * 12); }
        public override int GetDayOfMonth(DateTime time) { int y, m, d, doy; Split(time, out y, out m, out d, out doy); return d; }
        public override DayOfWeek GetDayOfWeek(DateTime time) { return time.DayOfWeek; }
        public override int GetDayOfYear(DateTime time) { int y, m, d, doy; Split(time, out y, out m, out d, out doy); return doy; }
        public override int GetDaysInMonth(int year, int month, int era) { CheckMonth(year, month, era); return DaysIn(year, month); }
        public override int GetDaysInYear(int year, int era) { CheckYear(year, era); return DaysInYear(year); }
        public override int GetEra(DateTime time) { int y, m, d, doy; Split(time, out y, out m, out d, out doy); return UmAlQuraEra; }
        public override int GetLeapMonth(int year, int era) { CheckYear(year, era); return 0; }
        public override int GetMonth(DateTime time) { int y, m, d, doy; Split(time, out y, out m, out d, out doy); return m; }
        public override int GetMonthsInYear(int year, int era) { CheckYear(year, era); return 12; }
        public override int GetYear(DateTime time) { int y, m, d, doy; Split(time, out y, out m, out d, out doy); return y; }
        public override bool IsLeapDay(int year, int month, int day, int era) { CheckDay(year, month, day, era); return false; }
        public override bool IsLeapMonth(int year, int month, int era) { CheckMonth(year, month, era); return false; }
        public override bool IsLeapYear(int year, int era) { CheckYear(year, era); return DaysInYear(year) == 355; }

        public override DateTime ToDateTime(int year, int month, int day, int hour, int minute, int second, int millisecond, int era)
        {
            CheckDay(year, month, day, era);
            return new DateTime(DateToTicks(year, month, day) + TimeOfDayTicks(hour, minute, second, millisecond));
        }

        public override int ToFourDigitYear(int year)
        {
            if (year < 0) throw new ArgumentOutOfRangeException("year", year, "Non-negative number required.");
            if (year < 100) return base.ToFourDigitYear(year);
            if (year < MinYear || year > MaxYear) throw new ArgumentOutOfRangeException("year", year, "Valid values are between " + MinYear + " and " + MaxYear + ", inclusive.");
            return year;
        }
    }
}
