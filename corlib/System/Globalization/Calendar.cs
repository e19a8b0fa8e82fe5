// Calendar (the abstract base with .NET's default implementations) and
// GregorianCalendar. Other calendars that are the Gregorian one with a year
// offset live in Calendars.Offset.cs.
namespace System.Globalization
{
    public enum CalendarAlgorithmType { Unknown = 0, SolarCalendar = 1, LunarCalendar = 2, LunisolarCalendar = 3 }
    public enum CalendarWeekRule { FirstDay = 0, FirstFullWeek = 1, FirstFourDayWeek = 2 }
    public enum GregorianCalendarTypes { Localized = 1, USEnglish = 2, MiddleEastFrench = 9, Arabic = 10, TransliteratedEnglish = 11, TransliteratedFrench = 12 }

    [Serializable]
    public abstract class Calendar : ICloneable
    {
        public const int CurrentEra = 0;
        internal const long TicksPerDay = 864000000000L;
        private bool _isReadOnly;
        private int _twoDigitYearMax = -1;

        protected Calendar() { }

        public virtual DateTime MinSupportedDateTime { get { return DateTime.MinValue; } }
        public virtual DateTime MaxSupportedDateTime { get { return DateTime.MaxValue; } }
        public virtual CalendarAlgorithmType AlgorithmType { get { return CalendarAlgorithmType.Unknown; } }
        protected virtual int DaysInYearBeforeMinSupportedYear { get { return 365; } }
        public bool IsReadOnly { get { return _isReadOnly; } }
        public abstract int[] Eras { get; }

        internal virtual int DefaultTwoDigitYearMax { get { return 2049; } }

        public virtual int TwoDigitYearMax
        {
            get { return _twoDigitYearMax < 0 ? DefaultTwoDigitYearMax : _twoDigitYearMax; }
            set { VerifyWritable(); _twoDigitYearMax = value; }
        }

        public virtual object Clone()
        {
            Calendar c = (Calendar)MemberwiseClone();
            c._isReadOnly = false;
            return c;
        }

        public static Calendar ReadOnly(Calendar calendar)
        {
            if (calendar == null) throw new ArgumentNullException("calendar");
            if (calendar._isReadOnly) return calendar;
            Calendar c = (Calendar)calendar.MemberwiseClone();
            c._isReadOnly = true;
            return c;
        }

        internal void SetReadOnly() { _isReadOnly = true; }
        internal void VerifyWritable() { if (_isReadOnly) throw new InvalidOperationException("Instance is read-only."); }

        // The time part of ToDateTime, checked as .NET's calendars check it.
        internal static long TimeOfDayTicks(int hour, int minute, int second, int millisecond)
        {
            if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
                throw new ArgumentOutOfRangeException(null, "Hour, Minute, and Second parameters describe an un-representable DateTime.");
            if (millisecond < 0 || millisecond > 999) throw new ArgumentOutOfRangeException("millisecond", millisecond, "Valid values are between 0 and 999, inclusive.");
            return new TimeSpan(0, hour, minute, second, millisecond).Ticks;
        }

        private DateTime AddUnits(DateTime time, double value, long unitTicks)
        {
            double t = value * unitTicks;
            long ticks = time.Ticks;
            if (double.IsNaN(t) || t > DateTime.MaxValue.Ticks - ticks || t < -ticks)
                throw new ArgumentException("The added or subtracted value results in an un-representable DateTime.", "value");
            long r = ticks + (long)Math.Round(t);
            if (r < MinSupportedDateTime.Ticks || r > MaxSupportedDateTime.Ticks)
                throw new ArgumentException("The result is out of the supported range for this calendar. The result should be between " +
                    MinSupportedDateTime.ToString("G", CultureInfo.InvariantCulture) + " (Gregorian date) and " +
                    MaxSupportedDateTime.ToString("G", CultureInfo.InvariantCulture) + " (Gregorian date), inclusive.");
            return new DateTime(r, time.Kind);
        }

        public virtual DateTime AddMilliseconds(DateTime time, double milliseconds) { return AddUnits(time, milliseconds, 10000L); }
        public virtual DateTime AddSeconds(DateTime time, int seconds) { return AddUnits(time, seconds, 10000000L); }
        public virtual DateTime AddMinutes(DateTime time, int minutes) { return AddUnits(time, minutes, 600000000L); }
        public virtual DateTime AddHours(DateTime time, int hours) { return AddUnits(time, hours, 36000000000L); }
        public virtual DateTime AddDays(DateTime time, int days) { return AddUnits(time, days, TicksPerDay); }
        public virtual DateTime AddWeeks(DateTime time, int weeks) { return AddDays(time, weeks * 7); }
        public abstract DateTime AddMonths(DateTime time, int months);
        public abstract DateTime AddYears(DateTime time, int years);

        public abstract int GetDayOfMonth(DateTime time);
        public abstract DayOfWeek GetDayOfWeek(DateTime time);
        public abstract int GetDayOfYear(DateTime time);
        public virtual int GetDaysInMonth(int year, int month) { return GetDaysInMonth(year, month, CurrentEra); }
        public abstract int GetDaysInMonth(int year, int month, int era);
        public virtual int GetDaysInYear(int year) { return GetDaysInYear(year, CurrentEra); }
        public abstract int GetDaysInYear(int year, int era);
        public abstract int GetEra(DateTime time);
        public virtual int GetHour(DateTime time) { return time.Hour; }
        public virtual double GetMilliseconds(DateTime time) { return time.Millisecond; }
        public virtual int GetMinute(DateTime time) { return time.Minute; }
        public abstract int GetMonth(DateTime time);
        public virtual int GetMonthsInYear(int year) { return GetMonthsInYear(year, CurrentEra); }
        public abstract int GetMonthsInYear(int year, int era);
        public virtual int GetSecond(DateTime time) { return time.Second; }
        public abstract int GetYear(DateTime time);
        public virtual int GetLeapMonth(int year) { return GetLeapMonth(year, CurrentEra); }
        public virtual int GetLeapMonth(int year, int era)
        {
            if (!IsLeapYear(year, era)) return 0;
            int n = GetMonthsInYear(year, era);
            for (int m = 1; m <= n; m++) if (IsLeapMonth(year, m, era)) return m;
            return 0;
        }
        public virtual bool IsLeapDay(int year, int month, int day) { return IsLeapDay(year, month, day, CurrentEra); }
        public abstract bool IsLeapDay(int year, int month, int day, int era);
        public virtual bool IsLeapMonth(int year, int month) { return IsLeapMonth(year, month, CurrentEra); }
        public abstract bool IsLeapMonth(int year, int month, int era);
        public virtual bool IsLeapYear(int year) { return IsLeapYear(year, CurrentEra); }
        public abstract bool IsLeapYear(int year, int era);

        public virtual DateTime ToDateTime(int year, int month, int day, int hour, int minute, int second, int millisecond)
        {
            return ToDateTime(year, month, day, hour, minute, second, millisecond, CurrentEra);
        }
        public abstract DateTime ToDateTime(int year, int month, int day, int hour, int minute, int second, int millisecond, int era);

        public virtual int ToFourDigitYear(int year)
        {
            if (year < 0) throw new ArgumentOutOfRangeException("year", "Non-negative number required.");
            if (year < 100)
            {
                int max = TwoDigitYearMax;
                return (max / 100 - (year > max % 100 ? 1 : 0)) * 100 + year;
            }
            return year;
        }

        // Week numbering as .NET defines it for each rule (ISO 8601 is
        // FirstFourDayWeek with Monday).
        public virtual int GetWeekOfYear(DateTime time, CalendarWeekRule rule, DayOfWeek firstDayOfWeek)
        {
            if ((int)firstDayOfWeek < 0 || (int)firstDayOfWeek > 6)
                throw new ArgumentOutOfRangeException("firstDayOfWeek", "Valid values are between " + (int)DayOfWeek.Sunday + " and " + (int)DayOfWeek.Saturday + ", inclusive.");
            int doy = GetDayOfYear(time) - 1;
            int dow = (int)GetDayOfWeek(time);
            switch (rule)
            {
                case CalendarWeekRule.FirstDay:
                {
                    int jan1 = dow - doy % 7;
                    int offset = ((jan1 - (int)firstDayOfWeek) % 7 + 14) % 7;
                    return (doy + offset) / 7 + 1;
                }
                case CalendarWeekRule.FirstFullWeek: return WeekWithMinDays(time, doy, dow, (int)firstDayOfWeek, 7);
                case CalendarWeekRule.FirstFourDayWeek: return WeekWithMinDays(time, doy, dow, (int)firstDayOfWeek, 4);
            }
            throw new ArgumentOutOfRangeException("rule", "Valid values are between " + (int)CalendarWeekRule.FirstDay + " and " + (int)CalendarWeekRule.FirstFourDayWeek + ", inclusive.");
        }

        private int WeekWithMinDays(DateTime time, int doy, int dow, int firstDay, int minDays)
        {
            int year = GetYear(time);
            int prevDays = 365;
            if (year > 1) { try { prevDays = GetDaysInYear(year - 1); } catch (ArgumentOutOfRangeException) { } }
            int jan1Dow = ((dow - doy) % 7 + 7) % 7;
            int w = WeekNumber(doy, jan1Dow, firstDay, minDays);
            if (w > 0) return w;
            // before the first week: the last week of the previous year
            int prevJan1Dow = ((jan1Dow - prevDays) % 7 + 7) % 7;
            return WeekNumber(doy + prevDays, prevJan1Dow, firstDay, minDays);
        }

        // 1-based week of 0-based day `doy` given the weekday of day 0; 0 when
        // the day falls before the year's first week.
        private static int WeekNumber(int doy, int jan1Dow, int firstDay, int minDays)
        {
            int lead = (jan1Dow - firstDay + 7) % 7;
            int firstWeekStart = lead == 0 ? 0 : (7 - lead >= minDays ? -lead : 7 - lead);
            int dow = (jan1Dow + doy) % 7;
            int weekStart = doy - (dow - firstDay + 7) % 7;
            if (weekStart < firstWeekStart) return 0;
            return (weekStart - firstWeekStart) / 7 + 1;
        }
    }

    [Serializable]
    public class GregorianCalendar : Calendar
    {
        public const int ADEra = 1;
        private GregorianCalendarTypes _type;

        public GregorianCalendar() : this(GregorianCalendarTypes.Localized) { }
        public GregorianCalendar(GregorianCalendarTypes type)
        {
            CheckType(type);
            _type = type;
        }

        private static void CheckType(GregorianCalendarTypes type)
        {
            if (type < GregorianCalendarTypes.Localized || type > GregorianCalendarTypes.TransliteratedFrench || (type > GregorianCalendarTypes.USEnglish && type < GregorianCalendarTypes.MiddleEastFrench))
                throw new ArgumentOutOfRangeException("type", "Valid values are between " + (int)GregorianCalendarTypes.Localized + " and " + (int)GregorianCalendarTypes.TransliteratedFrench + ", inclusive.");
        }

        public virtual GregorianCalendarTypes CalendarType
        {
            get { return _type; }
            set { VerifyWritable(); CheckType(value); _type = value; }
        }

        public override CalendarAlgorithmType AlgorithmType { get { return CalendarAlgorithmType.SolarCalendar; } }
        public override DateTime MinSupportedDateTime { get { return DateTime.MinValue; } }
        public override DateTime MaxSupportedDateTime { get { return DateTime.MaxValue; } }
        public override int[] Eras { get { return new int[] { ADEra }; } }
        public override int TwoDigitYearMax { get { return base.TwoDigitYearMax; } set { VerifyWritable(); if (value < 99 || value > 9999) throw new ArgumentOutOfRangeException("year", "Valid values are between 99 and 9999, inclusive."); base.TwoDigitYearMax = value; } }

        internal static void CheckEra(int era)
        {
            if (era != CurrentEra && era != ADEra) throw new ArgumentOutOfRangeException("era", era, "Era value was not valid.");
        }

        internal static void CheckYear(int year)
        {
            if (year < 1 || year > 9999) throw new ArgumentOutOfRangeException("year", year, "Valid values are between 1 and 9999, inclusive.");
        }

        internal static void CheckMonth(int month)
        {
            if (month < 1 || month > 12) throw new ArgumentOutOfRangeException("month", month, "Month must be between one and twelve.");
        }

        public override DateTime AddMonths(DateTime time, int months)
        {
            if (months < -120000 || months > 120000) throw new ArgumentOutOfRangeException("months", "Valid values are between -120000 and 120000, inclusive.");
            return time.AddMonths(months);
        }

        public override DateTime AddYears(DateTime time, int years) { return AddMonths(time, years * 12); }
        public override int GetDayOfMonth(DateTime time) { return time.Day; }
        public override DayOfWeek GetDayOfWeek(DateTime time) { return time.DayOfWeek; }
        public override int GetDayOfYear(DateTime time) { return time.DayOfYear; }

        public override int GetDaysInMonth(int year, int month, int era)
        {
            CheckEra(era); CheckYear(year); CheckMonth(month);
            return DateTime.DaysInMonth(year, month);
        }

        public override int GetDaysInYear(int year, int era)
        {
            CheckEra(era); CheckYear(year);
            return DateTime.IsLeapYear(year) ? 366 : 365;
        }

        public override int GetEra(DateTime time) { return ADEra; }
        public override int GetMonth(DateTime time) { return time.Month; }
        public override int GetMonthsInYear(int year, int era) { CheckEra(era); CheckYear(year); return 12; }
        public override int GetYear(DateTime time) { return time.Year; }
        public override int GetLeapMonth(int year, int era) { CheckEra(era); CheckYear(year); return 0; }

        public override bool IsLeapDay(int year, int month, int day, int era)
        {
            CheckEra(era); CheckYear(year); CheckMonth(month);
            if (day < 1 || day > DateTime.DaysInMonth(year, month))
                throw new ArgumentOutOfRangeException("day", "Valid values are between 1 and " + DateTime.DaysInMonth(year, month) + ", inclusive.");
            return DateTime.IsLeapYear(year) && month == 2 && day == 29;
        }

        public override bool IsLeapMonth(int year, int month, int era) { CheckEra(era); CheckYear(year); CheckMonth(month); return false; }
        public override bool IsLeapYear(int year, int era) { CheckEra(era); CheckYear(year); return DateTime.IsLeapYear(year); }

        public override DateTime ToDateTime(int year, int month, int day, int hour, int minute, int second, int millisecond, int era)
        {
            CheckEra(era);
            return new DateTime(year, month, day, hour, minute, second, millisecond);
        }

        public override int ToFourDigitYear(int year)
        {
            if (year > 9999) throw new ArgumentOutOfRangeException("year", year, "Valid values are between 1 and 9999, inclusive.");
            return base.ToFourDigitYear(year);
        }
    }
}
