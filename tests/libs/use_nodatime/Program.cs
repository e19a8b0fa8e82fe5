using NodaTime;
using NodaTime.Calendars;
using NodaTime.Text;

// Instants, local dates and times, periods, durations, the ISO and other
// calendars, fixed-offset zones, and the pattern API.
var instant = Instant.FromUtc(2024, 2, 29, 13, 45, 30);
Console.WriteLine(instant + " ticks " + instant.ToUnixTimeTicks());
var date = new LocalDate(2024, 1, 31);
Console.WriteLine(date.PlusMonths(1) + " " + date.DayOfWeek + " " + date.PlusDays(366) + " leap " + CalendarSystem.Iso.IsLeapYear(2024));
var ldt = new LocalDateTime(2023, 12, 31, 23, 59, 59).PlusSeconds(2);
Console.WriteLine(ldt + " " + ldt.Date.DayOfYear);
var period = Period.Between(new LocalDate(1990, 5, 17), new LocalDate(2024, 3, 1));
Console.WriteLine(period + " -> " + period.Years + "y " + period.Months + "m " + period.Days + "d");
Console.WriteLine(Period.Between(new LocalDateTime(2024, 1, 1, 8, 0), new LocalDateTime(2024, 1, 3, 7, 30), PeriodUnits.Hours | PeriodUnits.Minutes));
var d = Duration.FromHours(26) + Duration.FromMinutes(90);
Console.WriteLine(d + " total minutes " + d.TotalMinutes + " days " + d.Days);
var offset = Offset.FromHoursAndMinutes(5, 30);
var zone = DateTimeZone.ForOffset(offset);
var zoned = instant.InZone(zone);
Console.WriteLine(zoned + " | " + zoned.LocalDateTime + " | " + zoned.Offset);
Console.WriteLine(DateTimeZone.Utc.Id + " " + zone.Id);
var pattern = LocalDatePattern.CreateWithInvariantCulture("dd MMM uuuu");
Console.WriteLine(pattern.Format(date) + " <- " + pattern.Parse("05 Nov 2021").Value);
var bad = pattern.Parse("31 Feb 2021");
Console.WriteLine(bad.Success + " " + bad.Exception.Message);
Console.WriteLine(InstantPattern.General.Parse("2020-01-02T03:04:05Z").Value.ToUnixTimeSeconds());
Console.WriteLine(LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss.fff").Format(new LocalTime(7, 8, 9, 10)));
var julian = date.WithCalendar(CalendarSystem.Julian);
Console.WriteLine(julian + " " + julian.Calendar.Id);
var hebrew = new LocalDate(2024, 4, 23).WithCalendar(CalendarSystem.HebrewCivil);
Console.WriteLine(hebrew.Year + "/" + hebrew.Month + "/" + hebrew.Day);
var weekRules = WeekYearRules.Iso;
Console.WriteLine("ISO week " + weekRules.GetWeekOfWeekYear(new LocalDate(2021, 1, 3)) + " of " + weekRules.GetWeekYear(new LocalDate(2021, 1, 3)));
var interval = new Interval(instant, instant + Duration.FromDays(2));
Console.WriteLine(interval.Duration + " contains " + interval.Contains(instant + Duration.FromHours(1)));
Console.WriteLine(new AnnualDate(2, 29).InYear(2023) + " " + new YearMonth(2024, 2).ToDateInterval().Length);
Console.WriteLine(DateAdjusters.EndOfMonth(date) + " " + date.With(DateAdjusters.Next(IsoDayOfWeek.Friday)));
try { new LocalDate(2023, 2, 29); }
catch (ArgumentOutOfRangeException e) { Console.WriteLine("ArgumentOutOfRangeException " + e.ParamName); }
