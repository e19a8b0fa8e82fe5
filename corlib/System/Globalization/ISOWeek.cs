// ISO 8601 week dates: weeks start on Monday and week 1 is the one holding
// the year's first Thursday (so January 4th), which gives a year 52 or 53
// weeks and moves the first and last days across calendar years.
namespace System.Globalization
{
    public static class ISOWeek
    {
        // Monday = 1 ... Sunday = 7
        private static int IsoDay(DateTime date) { return ((int)date.DayOfWeek + 6) % 7 + 1; }

        // The week number the date falls in if counted from its own calendar
        // year: 0 means the last week of the year before, 53 may be week 1 of
        // the next.
        private static int RawWeek(DateTime date) { return (date.DayOfYear - IsoDay(date) + 10) / 7; }

        public static int GetWeekOfYear(DateTime date)
        {
            int week = RawWeek(date);
            if (week < 1) return GetWeeksInYear(date.Year - 1);
            return week > GetWeeksInYear(date.Year) ? 1 : week;
        }

        public static int GetWeekOfYear(DateOnly date) { return GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)); }

        public static int GetYear(DateTime date)
        {
            int week = RawWeek(date);
            if (week < 1) return date.Year - 1;
            return week > GetWeeksInYear(date.Year) ? date.Year + 1 : date.Year;
        }

        public static int GetYear(DateOnly date) { return GetYear(date.ToDateTime(TimeOnly.MinValue)); }

        public static DateTime GetYearStart(int year) { return ToDateTime(year, 1, DayOfWeek.Monday); }
        public static DateTime GetYearEnd(int year) { return ToDateTime(year, GetWeeksInYear(year), DayOfWeek.Sunday); }

        // A year has 53 weeks when it starts on a Thursday, or is a leap year
        // starting on a Wednesday: its December 31st is a Thursday, or the
        // year before's is a Wednesday.
        public static int GetWeeksInYear(int year)
        {
            CheckYear(year);
            return Dec31(year) == 4 || Dec31(year - 1) == 3 ? 53 : 52;
        }

        // The weekday of December 31st of a proleptic Gregorian year (0 = Sunday).
        private static int Dec31(int year) { return (year + year / 4 - year / 100 + year / 400) % 7; }

        public static DateTime ToDateTime(int year, int week, DayOfWeek dayOfWeek)
        {
            CheckYear(year);
            if (week < 1 || week > 53) throw new ArgumentOutOfRangeException("week", "The week parameter must be in the range 1 through 53.");
            // .NET takes 7 as Sunday too
            if ((uint)dayOfWeek > 7) throw new ArgumentOutOfRangeException("dayOfWeek", "The DayOfWeek enumeration must be in the range 0 through 6.");
            DateTime jan4 = new DateTime(year, 1, 4);
            int day = dayOfWeek == DayOfWeek.Sunday ? 7 : (int)dayOfWeek;
            // Monday of week 1 is jan4 - (IsoDay(jan4) - 1) days
            return jan4.AddDays((week - 1) * 7 + day - IsoDay(jan4));
        }

        public static DateOnly ToDateOnly(int year, int week, DayOfWeek dayOfWeek) { return DateOnly.FromDateTime(ToDateTime(year, week, dayOfWeek)); }

        private static void CheckYear(int year)
        {
            if (year < 1 || year > 9999) throw new ArgumentOutOfRangeException("year", "Year must be between 1 and 9999.");
        }
    }
}
