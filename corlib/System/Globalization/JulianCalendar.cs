// JulianCalendar: every fourth year is a leap year; dates convert through
// the Julian day number (Gregorian 0001-01-01 is Julian 0001-01-03).
namespace System.Globalization
{
    [Serializable]
    public class JulianCalendar : Calendar
    {
        public static readonly int JulianEra = 1;
        private const long JdnOfMinDate = 1721426;   // Julian day number of DateTime.MinValue
        private const int MaxYear = 9999;

        public JulianCalendar() { }

        public override CalendarAlgorithmType AlgorithmType { get { return CalendarAlgorithmType.SolarCalendar; } }
        public override DateTime MinSupportedDateTime { get { return DateTime.MinValue; } }
        public override DateTime MaxSupportedDateTime { get { return DateTime.MaxValue; } }
        public override int[] Eras { get { return new int[] { JulianEra }; } }

        public override int TwoDigitYearMax
        {
            get { return base.TwoDigitYearMax; }
            set
            {
                VerifyWritable();
                if (value < 99 || value > MaxYear) throw new ArgumentOutOfRangeException("year", value, "Valid values are between 99 and " + MaxYear + ", inclusive.");
                base.TwoDigitYearMax = value;
            }
        }

        private static bool Leap(int year) { return year % 4 == 0; }

        private static int DaysIn(int year, int month)
        {
            switch (month)
            {
                case 2: return Leap(year) ? 29 : 28;
                case 4: case 6: case 9: case 11: return 30;
                default: return 31;
            }
        }

        private static void CheckEra(int era)
        {
            if (era != CurrentEra && era != JulianEra) throw new ArgumentOutOfRangeException("era", era, "Era value was not valid.");
        }

        private static void CheckYear(int year, int era)
        {
            CheckEra(era);
            if (year <= 0 || year > MaxYear) throw new ArgumentOutOfRangeException("year", year, "Valid values are between 1 and " + MaxYear + ", inclusive.");
        }

        private static void CheckMonth(int year, int month, int era)
        {
            CheckYear(year, era);
            if (month < 1 || month > 12) throw new ArgumentOutOfRangeException("month", month, "Month must be between one and twelve.");
        }

        private static long ToJdn(int y, int m, int d)
        {
            long a = (14 - m) / 12;
            long yy = y + 4800 - a;
            long mm = m + 12 * a - 3;
            return d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - 32083;
        }

        private static void FromDateTime(DateTime time, out int year, out int month, out int day)
        {
            long c = time.Ticks / TicksPerDay + JdnOfMinDate + 32082;
            long d = (4 * c + 3) / 1461;
            long e = c - 1461 * d / 4;
            long m = (5 * e + 2) / 153;
            day = (int)(e - (153 * m + 2) / 5 + 1);
            month = (int)(m + 3 - 12 * (m / 10));
            year = (int)(d - 4800 + m / 10);
        }

        private static long DateToTicks(int year, int month, int day)
        {
            long days = ToJdn(year, month, day) - JdnOfMinDate;
            if (days < 0 || days * TicksPerDay > DateTime.MaxValue.Ticks)
                throw new ArgumentOutOfRangeException(null, "Year, Month, and Day parameters describe an un-representable DateTime.");
            return days * TicksPerDay;
        }

        public override DateTime AddMonths(DateTime time, int months)
        {
            if (months < -120000 || months > 120000) throw new ArgumentOutOfRangeException("months", months, "Valid values are between -120000 and 120000, inclusive.");
            int y, m, d;
            FromDateTime(time, out y, out m, out d);
            int total = y * 12 + (m - 1) + months;
            int ny = total / 12, nm = total % 12 + 1;
            if (total < 0 || ny < 1 || ny > MaxYear) throw new ArgumentOutOfRangeException("months", months, "The resulting DateTime is out of the range supported by this calendar.");
            int nd = Math.Min(d, DaysIn(ny, nm));
            return new DateTime(DateToTicks(ny, nm, nd) + time.Ticks % TicksPerDay, time.Kind);
        }

        public override DateTime AddYears(DateTime time, int years) { return AddMonths(time, years * 12); }

        public override int GetDayOfMonth(DateTime time) { int y, m, d; FromDateTime(time, out y, out m, out d); return d; }
        public override DayOfWeek GetDayOfWeek(DateTime time) { return time.DayOfWeek; }
        public override int GetDayOfYear(DateTime time)
        {
            int y, m, d;
            FromDateTime(time, out y, out m, out d);
            return (int)(ToJdn(y, m, d) - ToJdn(y, 1, 1)) + 1;
        }
        public override int GetDaysInMonth(int year, int month, int era) { CheckMonth(year, month, era); return DaysIn(year, month); }
        public override int GetDaysInYear(int year, int era) { CheckYear(year, era); return Leap(year) ? 366 : 365; }
        public override int GetEra(DateTime time) { return JulianEra; }
        public override int GetLeapMonth(int year, int era) { CheckYear(year, era); return 0; }
        public override int GetMonth(DateTime time) { int y, m, d; FromDateTime(time, out y, out m, out d); return m; }
        public override int GetMonthsInYear(int year, int era) { CheckYear(year, era); return 12; }
        public override int GetYear(DateTime time) { int y, m, d; FromDateTime(time, out y, out m, out d); return y; }

        public override bool IsLeapDay(int year, int month, int day, int era)
        {
            CheckMonth(year, month, era);
            int dim = DaysIn(year, month);
            if (day < 1 || day > dim) throw new ArgumentOutOfRangeException("day", day, "Valid values are between 1 and " + dim + ", inclusive.");
            return month == 2 && day == 29;
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
