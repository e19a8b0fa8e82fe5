// HijriCalendar: the tabular (arithmetic) Islamic calendar: 30-year cycles
// with leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29 (month 12 gets a
// 30th day), months alternating 30 and 29 days. Day 1/1/1 AH is Gregorian
// 0622-07-18, moved by HijriAdjustment days.
namespace System.Globalization
{
    [Serializable]
    public class HijriCalendar : Calendar
    {
        public static readonly int HijriEra = 1;
        private const int MaxYear = 9666;
        private static readonly long EpochDays = new DateTime(622, 7, 18).Ticks / TicksPerDay;
        private int _adjustment;

        public HijriCalendar() { }

        public override CalendarAlgorithmType AlgorithmType { get { return CalendarAlgorithmType.LunarCalendar; } }
        public override DateTime MinSupportedDateTime { get { return new DateTime(622, 7, 18); } }
        public override DateTime MaxSupportedDateTime { get { return DateTime.MaxValue; } }
        protected override int DaysInYearBeforeMinSupportedYear { get { return 354; } }
        public override int[] Eras { get { return new int[] { HijriEra }; } }

        public int HijriAdjustment
        {
            get { return _adjustment; }
            set
            {
                if (value < -2 || value > 2) throw new ArgumentOutOfRangeException("value", value, "Argument must be between -2 and 2.");
                VerifyWritable();
                _adjustment = value;
            }
        }

        public override int TwoDigitYearMax
        {
            get { return base.TwoDigitYearMax; }
            set
            {
                VerifyWritable();
                if (value < 99 || value > MaxYear) throw new ArgumentOutOfRangeException("value", value, "Valid values are between 99 and " + MaxYear + ", inclusive.");
                base.TwoDigitYearMax = value;
            }
        }

        private static bool Leap(int year) { return (14 + 11 * year) % 30 < 11; }
        private static long DaysBeforeYear(int year) { return 354L * (year - 1) + (11L * year + 3) / 30; }
        private static int MonthStart(int month) { return (59 * (month - 1) + 1) / 2; } // days of the year before month
        private static int DaysIn(int year, int month) { return month == 12 ? (Leap(year) ? 30 : 29) : (month % 2 == 1 ? 30 : 29); }

        private static void CheckEra(int era)
        {
            if (era != CurrentEra && era != HijriEra) throw new ArgumentOutOfRangeException("era", era, "Era value was not valid.");
        }

        private static void CheckYear(int year, int era)
        {
            CheckEra(era);
            if (year < 1 || year > MaxYear) throw new ArgumentOutOfRangeException("year", "Valid values are between 1 and " + MaxYear + ", inclusive.");
        }

        private static void CheckMonth(int year, int month, int era)
        {
            CheckYear(year, era);
            if (month < 1 || month > 12) throw new ArgumentOutOfRangeException("month", month, "Month must be between one and twelve.");
        }

        private void CheckRange(DateTime time)
        {
            if (time.Ticks < MinSupportedDateTime.Ticks)
                throw new ArgumentOutOfRangeException("time", time.Ticks, "Specified time is not supported in this calendar. It should be between 07/18/0622 00:00:00 (Gregorian date) and 12/31/9999 23:59:59 (Gregorian date), inclusive.");
        }

        private void Split(DateTime time, out int year, out int month, out int day, out int dayOfYear)
        {
            CheckRange(time);
            long n = time.Ticks / TicksPerDay - EpochDays + _adjustment;   // days since 1/1/1 AH
            int y = (int)((30 * n + 10646) / 10631);
            if (y < 1) y = 1;
            while (DaysBeforeYear(y + 1) <= n) y++;
            while (y > 1 && DaysBeforeYear(y) > n) y--;
            int doy = (int)(n - DaysBeforeYear(y));
            int m = 1;
            while (m < 12 && MonthStart(m + 1) <= doy) m++;
            year = y; month = m; day = doy - MonthStart(m) + 1; dayOfYear = doy + 1;
        }

        private long DateToTicks(int year, int month, int day)
        {
            long days = EpochDays + DaysBeforeYear(year) + MonthStart(month) + day - 1 - _adjustment;
            if (days < 0 || days * TicksPerDay > DateTime.MaxValue.Ticks)
                throw new ArgumentOutOfRangeException(null, "Year, Month, and Day parameters describe an un-representable DateTime.");
            return days * TicksPerDay;
        }

        public override DateTime AddMonths(DateTime time, int months)
        {
            if (months < -120000 || months > 120000) throw new ArgumentOutOfRangeException("months", months, "Valid values are between -120000 and 120000, inclusive.");
            int y, m, d, doy;
            Split(time, out y, out m, out d, out doy);
            int total = (y - 1) * 12 + (m - 1) + months;
            if (total < 0) throw new ArgumentOutOfRangeException("months", months, "The resulting DateTime is out of the range supported by this calendar.");
            int ny = total / 12 + 1, nm = total % 12 + 1;
            if (ny > MaxYear) throw new ArgumentOutOfRangeException("months", months, "The resulting DateTime is out of the range supported by this calendar.");
            int nd = Math.Min(d, DaysIn(ny, nm));
            return new DateTime(DateToTicks(ny, nm, nd) + time.Ticks % TicksPerDay, time.Kind);
        }

        public override DateTime AddYears(DateTime time, int years) { return AddMonths(time, years * 12); }
        public override int GetDayOfMonth(DateTime time) { int y, m, d, doy; Split(time, out y, out m, out d, out doy); return d; }
        public override DayOfWeek GetDayOfWeek(DateTime time) { return time.DayOfWeek; }
        public override int GetDayOfYear(DateTime time) { int y, m, d, doy; Split(time, out y, out m, out d, out doy); return doy; }
        public override int GetDaysInMonth(int year, int month, int era) { CheckMonth(year, month, era); return DaysIn(year, month); }
        public override int GetDaysInYear(int year, int era) { CheckYear(year, era); return Leap(year) ? 355 : 354; }
        public override int GetEra(DateTime time) { CheckRange(time); return HijriEra; }
        public override int GetLeapMonth(int year, int era) { CheckYear(year, era); return 0; }
        public override int GetMonth(DateTime time) { int y, m, d, doy; Split(time, out y, out m, out d, out doy); return m; }
        public override int GetMonthsInYear(int year, int era) { CheckYear(year, era); return 12; }
        public override int GetYear(DateTime time) { int y, m, d, doy; Split(time, out y, out m, out d, out doy); return y; }

        public override bool IsLeapDay(int year, int month, int day, int era)
        {
            CheckMonth(year, month, era);
            int dim = DaysIn(year, month);
            if (day < 1 || day > dim) throw new ArgumentOutOfRangeException("day", day, "Valid values are between 1 and " + dim + ", inclusive.");
            return Leap(year) && month == 12 && day == 30;
        }

        public override bool IsLeapMonth(int year, int month, int era) { CheckMonth(year, month, era); return false; }
        public override bool IsLeapYear(int year, int era) { CheckYear(year, era); return Leap(year); }

        public override DateTime ToDateTime(int year, int month, int day, int hour, int minute, int second, int millisecond, int era)
        {
            CheckMonth(year, month, era);
            int dim = DaysIn(year, month);
            if (day < 1 || day > dim) throw new ArgumentOutOfRangeException("day", day, "Valid values are between 1 and " + dim + ", inclusive.");
            return new DateTime(DateToTicks(year, month, day) + TimeOfDayTicks(hour, minute, second, millisecond));
        }

        public override int ToFourDigitYear(int year)
        {
            if (year < 0) throw new ArgumentOutOfRangeException("year", year, "Non-negative number required.");
            if (year > MaxYear) throw new ArgumentOutOfRangeException("year", year, "Valid values are between 1 and " + MaxYear + ", inclusive.");
            return base.ToFourDigitYear(year);
        }
    }
}
