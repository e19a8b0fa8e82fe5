using System.Globalization;

// System.Globalization.ISOWeek: ISO 8601 week numbers, week-numbering years
// and their first and last days, the conversions back, and the errors.
static class Program
{
    static void Try(string label, Func<object> f)
    {
        try { Console.WriteLine(label + ": " + f()); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().Name + ": " + e.Message); }
    }

    static void Main()
    {
        for (int y = 1998; y <= 2034; y++)
            Console.WriteLine($"{y}: {ISOWeek.GetWeeksInYear(y)} weeks, {ISOWeek.GetYearStart(y):yyyy-MM-dd ddd} .. {ISOWeek.GetYearEnd(y):yyyy-MM-dd ddd}");
        foreach (int y in new[] { 1, 2, 100, 400, 1600, 1900, 2000, 2100, 9998 })
            Console.WriteLine($"{y}: {ISOWeek.GetWeeksInYear(y)} weeks, start {ISOWeek.GetYearStart(y):yyyy-MM-dd}");

        // the days around New Year, where week and calendar year part
        foreach (int y in new[] { 2004, 2008, 2009, 2010, 2015, 2020, 2021, 2026, 2027 })
        {
            var line = new System.Text.StringBuilder(y + ":");
            for (var d = new DateTime(y - 1, 12, 27); d <= new DateTime(y, 1, 5); d = d.AddDays(1))
                line.Append($" {d:MM-dd}={ISOWeek.GetYear(d)}W{ISOWeek.GetWeekOfYear(d):00}-{(int)d.DayOfWeek}");
            Console.WriteLine(line);
        }

        // every day of 1900..2100 goes back to itself, and weeks count up by one
        int bad = 0, days = 0, weeks53 = 0;
        int lastWeek = ISOWeek.GetWeekOfYear(new DateTime(1899, 12, 31));
        for (var d = new DateTime(1900, 1, 1); d.Year <= 2100; d = d.AddDays(1), days++)
        {
            int wy = ISOWeek.GetYear(d), w = ISOWeek.GetWeekOfYear(d);
            if (ISOWeek.ToDateTime(wy, w, d.DayOfWeek) != d) bad++;
            if (d.DayOfWeek == DayOfWeek.Monday && w != lastWeek + 1 && w != 1) bad++;
            if (w == 53 && d.DayOfWeek == DayOfWeek.Monday) weeks53++;
            lastWeek = w;
        }
        Console.WriteLine($"{days} days, {weeks53} weeks 53, {bad} wrong");

        var date = new DateOnly(2024, 12, 30);
        Console.WriteLine($"DateOnly {date}: {ISOWeek.GetYear(date)}W{ISOWeek.GetWeekOfYear(date)} {ISOWeek.ToDateOnly(2025, 1, DayOfWeek.Monday)} {ISOWeek.ToDateOnly(2026, 53, DayOfWeek.Sunday)}");
        Console.WriteLine(ISOWeek.ToDateTime(2025, 10, DayOfWeek.Wednesday).Kind);

        Try("min", () => ISOWeek.GetYear(DateTime.MinValue) + "W" + ISOWeek.GetWeekOfYear(DateTime.MinValue));
        Try("max", () => ISOWeek.GetYear(DateTime.MaxValue) + "W" + ISOWeek.GetWeekOfYear(DateTime.MaxValue));
        Try("year 0", () => ISOWeek.GetWeeksInYear(0));
        Try("year 10000", () => ISOWeek.GetWeeksInYear(10000));
        Try("week 0", () => ISOWeek.ToDateTime(2020, 0, DayOfWeek.Monday));
        Try("week 54", () => ISOWeek.ToDateTime(2020, 54, DayOfWeek.Monday));
        Try("week 53 of a 52-week year", () => ISOWeek.ToDateTime(2021, 53, DayOfWeek.Monday));
        Try("day 7", () => ISOWeek.ToDateTime(2020, 53, (DayOfWeek)7));
        Try("day 8", () => ISOWeek.ToDateTime(2020, 53, (DayOfWeek)8));
        Try("day -1", () => ISOWeek.ToDateTime(2020, 1, (DayOfWeek)(-1)));
        Try("first day", () => ISOWeek.ToDateTime(1, 1, DayOfWeek.Monday));
        Try("past the end", () => ISOWeek.ToDateTime(9999, 52, DayOfWeek.Sunday));
        Try("end of 9999", () => ISOWeek.GetYearEnd(9999));
        Try("year 0 start", () => ISOWeek.GetYearStart(0));
    }
}
