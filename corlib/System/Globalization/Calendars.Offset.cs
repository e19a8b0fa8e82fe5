// Calendars that are the Gregorian calendar with another year numbering and
// one era (each class carries the same body, as public calendars cannot
// share a non-public base): TaiwanCalendar (Minguo, year 1 = 1912), KoreanCalendar (Dangi,
// year 2334 = AD 1), ThaiBuddhistCalendar (year 544 = AD 1).
namespace System.Globalization
{
    [Serializable]
    public class TaiwanCalendar : Calendar
    {
        // Minguo years are short already: ToFourDigitYear returns them unchanged
        internal override int DefaultTwoDigitYearMax { get { return 99; } }

        private const int _offset = -1911;  // calendar year - Gregorian year
        private static readonly DateTime _min = new DateTime(1912, 1, 1);

        public TaiwanCalendar() { }

        private int MinYear { get { return _min.Year + _offset; } }
        private int MaxYear { get { return 9999 + _offset; } }

        public override CalendarAlgorithmType AlgorithmType { get { return CalendarAlgorithmType.SolarCalendar; } }
        public override DateTime MinSupportedDateTime { get { return _min; } }
        public override DateTime MaxSupportedDateTime { get { return DateTime.MaxValue; } }
        public override int[] Eras { get { return new int[] { 1 }; } }

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

        private static void CheckEra(int era)
        {
            if (era != CurrentEra && era != 1) throw new ArgumentOutOfRangeException("era", era, "Era value was not valid.");
        }

        private int ToGregorianYear(int year, int era)
        {
            CheckEra(era);
            if (year < MinYear || year > MaxYear)
                throw new ArgumentOutOfRangeException("year", year, "Valid values are between " + MinYear + " and " + MaxYear + ", inclusive.");
            return year - _offset;
        }

        private DateTime CheckRange(DateTime time)
        {
            if (time < _min) throw new ArgumentOutOfRangeException("time", "Specified time is not supported in this calendar. It should be between " + _min.ToString("MM/dd/yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " (Gregorian date) and 12/31/9999 23:59:59 (Gregorian date), inclusive.");
            return time;
        }

        public override DateTime AddMonths(DateTime time, int months)
        {
            if (months < -120000 || months > 120000) throw new ArgumentOutOfRangeException("months", months, "Valid values are between -120000 and 120000, inclusive.");
            return CheckRange(time.AddMonths(months));
        }
        public override DateTime AddYears(DateTime time, int years) { return AddMonths(time, years * 12); }
        public override int GetDayOfMonth(DateTime time) { return CheckRange(time).Day; }
        public override DayOfWeek GetDayOfWeek(DateTime time) { return CheckRange(time).DayOfWeek; }
        public override int GetDayOfYear(DateTime time) { return CheckRange(time).DayOfYear; }
        public override int GetDaysInMonth(int year, int month, int era)
        {
            int y = ToGregorianYear(year, era);
            if (month < 1 || month > 12) throw new ArgumentOutOfRangeException("month", month, "Month must be between one and twelve.");
            return DateTime.DaysInMonth(y, month);
        }
        public override int GetDaysInYear(int year, int era) { return DateTime.IsLeapYear(ToGregorianYear(year, era)) ? 366 : 365; }
        public override int GetEra(DateTime time) { CheckRange(time); return 1; }
        public override int GetLeapMonth(int year, int era) { ToGregorianYear(year, era); return 0; }
        public override int GetMonth(DateTime time) { return CheckRange(time).Month; }
        public override int GetMonthsInYear(int year, int era) { ToGregorianYear(year, era); return 12; }
        public override int GetWeekOfYear(DateTime time, CalendarWeekRule rule, DayOfWeek firstDayOfWeek)
        {
            return new GregorianCalendar().GetWeekOfYear(CheckRange(time), rule, firstDayOfWeek);
        }
        public override int GetYear(DateTime time) { return CheckRange(time).Year + _offset; }
        public override bool IsLeapDay(int year, int month, int day, int era)
        {
            int dim = GetDaysInMonth(year, month, era);
            if (day < 1 || day > dim) throw new ArgumentOutOfRangeException("day", day, "Valid values are between 1 and " + dim + ", inclusive.");
            return month == 2 && day == 29;
        }
        public override bool IsLeapMonth(int year, int month, int era)
        {
            ToGregorianYear(year, era);
            if (month < 1 || month > 12) throw new ArgumentOutOfRangeException("month", month, "Month must be between one and twelve.");
            return false;
        }
        public override bool IsLeapYear(int year, int era) { return DateTime.IsLeapYear(ToGregorianYear(year, era)); }
        public override DateTime ToDateTime(int year, int month, int day, int hour, int minute, int second, int millisecond, int era)
        {
            return new DateTime(ToGregorianYear(year, era), month, day, hour, minute, second, millisecond);
        }
        public override int ToFourDigitYear(int year)
        {
            if (year <= 0) throw new ArgumentOutOfRangeException("year", year, "Positive number required.");
            if (year > MaxYear) throw new ArgumentOutOfRangeException("year", year, "Valid values are between 1 and " + MaxYear + ", inclusive.");
            return year;
        }
        }

    [Serializable]
    public class KoreanCalendar : Calendar
    {
        public const int KoreanEra = 1;
        internal override int DefaultTwoDigitYearMax { get { return 4362; } }

        private const int _offset = 2333;  // calendar year - Gregorian year
        private static readonly DateTime _min = DateTime.MinValue;

        public KoreanCalendar() { }

        private int MinYear { get { return _min.Year + _offset; } }
        private int MaxYear { get { return 9999 + _offset; } }

        public override CalendarAlgorithmType AlgorithmType { get { return CalendarAlgorithmType.SolarCalendar; } }
        public override DateTime MinSupportedDateTime { get { return _min; } }
        public override DateTime MaxSupportedDateTime { get { return DateTime.MaxValue; } }
        public override int[] Eras { get { return new int[] { 1 }; } }

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

        private static void CheckEra(int era)
        {
            if (era != CurrentEra && era != 1) throw new ArgumentOutOfRangeException("era", era, "Era value was not valid.");
        }

        private int ToGregorianYear(int year, int era)
        {
            CheckEra(era);
            if (year < MinYear || year > MaxYear)
                throw new ArgumentOutOfRangeException("year", year, "Valid values are between " + MinYear + " and " + MaxYear + ", inclusive.");
            return year - _offset;
        }

        private DateTime CheckRange(DateTime time)
        {
            if (time < _min) throw new ArgumentOutOfRangeException("time", "Specified time is not supported in this calendar. It should be between " + _min.ToString("MM/dd/yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " (Gregorian date) and 12/31/9999 23:59:59 (Gregorian date), inclusive.");
            return time;
        }

        public override DateTime AddMonths(DateTime time, int months)
        {
            if (months < -120000 || months > 120000) throw new ArgumentOutOfRangeException("months", months, "Valid values are between -120000 and 120000, inclusive.");
            return CheckRange(time.AddMonths(months));
        }
        public override DateTime AddYears(DateTime time, int years) { return AddMonths(time, years * 12); }
        public override int GetDayOfMonth(DateTime time) { return CheckRange(time).Day; }
        public override DayOfWeek GetDayOfWeek(DateTime time) { return CheckRange(time).DayOfWeek; }
        public override int GetDayOfYear(DateTime time) { return CheckRange(time).DayOfYear; }
        public override int GetDaysInMonth(int year, int month, int era)
        {
            int y = ToGregorianYear(year, era);
            if (month < 1 || month > 12) throw new ArgumentOutOfRangeException("month", month, "Month must be between one and twelve.");
            return DateTime.DaysInMonth(y, month);
        }
        public override int GetDaysInYear(int year, int era) { return DateTime.IsLeapYear(ToGregorianYear(year, era)) ? 366 : 365; }
        public override int GetEra(DateTime time) { CheckRange(time); return 1; }
        public override int GetLeapMonth(int year, int era) { ToGregorianYear(year, era); return 0; }
        public override int GetMonth(DateTime time) { return CheckRange(time).Month; }
        public override int GetMonthsInYear(int year, int era) { ToGregorianYear(year, era); return 12; }
        public override int GetWeekOfYear(DateTime time, CalendarWeekRule rule, DayOfWeek firstDayOfWeek)
        {
            return new GregorianCalendar().GetWeekOfYear(CheckRange(time), rule, firstDayOfWeek);
        }
        public override int GetYear(DateTime time) { return CheckRange(time).Year + _offset; }
        public override bool IsLeapDay(int year, int month, int day, int era)
        {
            int dim = GetDaysInMonth(year, month, era);
            if (day < 1 || day > dim) throw new ArgumentOutOfRangeException("day", day, "Valid values are between 1 and " + dim + ", inclusive.");
            return month == 2 && day == 29;
        }
        public override bool IsLeapMonth(int year, int month, int era)
        {
            ToGregorianYear(year, era);
            if (month < 1 || month > 12) throw new ArgumentOutOfRangeException("month", month, "Month must be between one and twelve.");
            return false;
        }
        public override bool IsLeapYear(int year, int era) { return DateTime.IsLeapYear(ToGregorianYear(year, era)); }
        public override DateTime ToDateTime(int year, int month, int day, int hour, int minute, int second, int millisecond, int era)
        {
            return new DateTime(ToGregorianYear(year, era), month, day, hour, minute, second, millisecond);
        }
        public override int ToFourDigitYear(int year)
        {
            if (year <= 0) throw new ArgumentOutOfRangeException("year", year, "Positive number required.");
            if (year > MaxYear) throw new ArgumentOutOfRangeException("year", year, "Valid values are between 1 and " + MaxYear + ", inclusive.");
            return base.ToFourDigitYear(year);
        }
        }

    [Serializable]
    public class ThaiBuddhistCalendar : Calendar
    {
        public const int ThaiBuddhistEra = 1;
        internal override int DefaultTwoDigitYearMax { get { return 2572; } }

        private const int _offset = 543;  // calendar year - Gregorian year
        private static readonly DateTime _min = DateTime.MinValue;

        public ThaiBuddhistCalendar() { }

        private int MinYear { get { return _min.Year + _offset; } }
        private int MaxYear { get { return 9999 + _offset; } }

        public override CalendarAlgorithmType AlgorithmType { get { return CalendarAlgorithmType.SolarCalendar; } }
        public override DateTime MinSupportedDateTime { get { return _min; } }
        public override DateTime MaxSupportedDateTime { get { return DateTime.MaxValue; } }
        public override int[] Eras { get { return new int[] { 1 }; } }

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

        private static void CheckEra(int era)
        {
            if (era != CurrentEra && era != 1) throw new ArgumentOutOfRangeException("era", era, "Era value was not valid.");
        }

        private int ToGregorianYear(int year, int era)
        {
            CheckEra(era);
            if (year < MinYear || year > MaxYear)
                throw new ArgumentOutOfRangeException("year", year, "Valid values are between " + MinYear + " and " + MaxYear + ", inclusive.");
            return year - _offset;
        }

        private DateTime CheckRange(DateTime time)
        {
            if (time < _min) throw new ArgumentOutOfRangeException("time", "Specified time is not supported in this calendar. It should be between " + _min.ToString("MM/dd/yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " (Gregorian date) and 12/31/9999 23:59:59 (Gregorian date), inclusive.");
            return time;
        }

        public override DateTime AddMonths(DateTime time, int months)
        {
            if (months < -120000 || months > 120000) throw new ArgumentOutOfRangeException("months", months, "Valid values are between -120000 and 120000, inclusive.");
            return CheckRange(time.AddMonths(months));
        }
        public override DateTime AddYears(DateTime time, int years) { return AddMonths(time, years * 12); }
        public override int GetDayOfMonth(DateTime time) { return CheckRange(time).Day; }
        public override DayOfWeek GetDayOfWeek(DateTime time) { return CheckRange(time).DayOfWeek; }
        public override int GetDayOfYear(DateTime time) { return CheckRange(time).DayOfYear; }
        public override int GetDaysInMonth(int year, int month, int era)
        {
            int y = ToGregorianYear(year, era);
            if (month < 1 || month > 12) throw new ArgumentOutOfRangeException("month", month, "Month must be between one and twelve.");
            return DateTime.DaysInMonth(y, month);
        }
        public override int GetDaysInYear(int year, int era) { return DateTime.IsLeapYear(ToGregorianYear(year, era)) ? 366 : 365; }
        public override int GetEra(DateTime time) { CheckRange(time); return 1; }
        public override int GetLeapMonth(int year, int era) { ToGregorianYear(year, era); return 0; }
        public override int GetMonth(DateTime time) { return CheckRange(time).Month; }
        public override int GetMonthsInYear(int year, int era) { ToGregorianYear(year, era); return 12; }
        public override int GetWeekOfYear(DateTime time, CalendarWeekRule rule, DayOfWeek firstDayOfWeek)
        {
            return new GregorianCalendar().GetWeekOfYear(CheckRange(time), rule, firstDayOfWeek);
        }
        public override int GetYear(DateTime time) { return CheckRange(time).Year + _offset; }
        public override bool IsLeapDay(int year, int month, int day, int era)
        {
            int dim = GetDaysInMonth(year, month, era);
            if (day < 1 || day > dim) throw new ArgumentOutOfRangeException("day", day, "Valid values are between 1 and " + dim + ", inclusive.");
            return month == 2 && day == 29;
        }
        public override bool IsLeapMonth(int year, int month, int era)
        {
            ToGregorianYear(year, era);
            if (month < 1 || month > 12) throw new ArgumentOutOfRangeException("month", month, "Month must be between one and twelve.");
            return false;
        }
        public override bool IsLeapYear(int year, int era) { return DateTime.IsLeapYear(ToGregorianYear(year, era)); }
        public override DateTime ToDateTime(int year, int month, int day, int hour, int minute, int second, int millisecond, int era)
        {
            return new DateTime(ToGregorianYear(year, era), month, day, hour, minute, second, millisecond);
        }
        public override int ToFourDigitYear(int year)
        {
            if (year <= 0) throw new ArgumentOutOfRangeException("year", year, "Positive number required.");
            if (year > MaxYear) throw new ArgumentOutOfRangeException("year", year, "Valid values are between 1 and " + MaxYear + ", inclusive.");
            return base.ToFourDigitYear(year);
        }
        }
}
