using Humanizer;

// Strings, enums, numbers, collections, quantities, time spans and dates
// (English, the neutral resources in Humanizer.Core).
Console.WriteLine("PascalCaseInputStringIsTurnedIntoSentence".Humanize());
Console.WriteLine("Underscored_input_string_is_turned_into_sentence".Humanize(LetterCasing.Title));
Console.WriteLine("some string".Pascalize() + " " + "SomeTitle".Underscore() + " " + "some_title".Camelize() + " " + "SomeText".Kebaberize());
Console.WriteLine("Long text to truncate here".Truncate(10) + " | " + "Long text to truncate".Truncate(3, Truncator.FixedNumberOfWords));
Console.WriteLine(Color.DarkRed.Humanize() + " / " + Color.Blue.Humanize(LetterCasing.AllCaps) + " / " + "dark red".DehumanizeTo<Color>());
Console.WriteLine("man".Pluralize() + " " + "people".Singularize() + " " + "case".ToQuantity(3) + " " + "case".ToQuantity(1) + " " + "item".ToQuantity(12, ShowQuantityAs.Words));
Console.WriteLine(1.ToOrdinalWords() + " " + 22.Ordinalize() + " " + 103.Ordinalize() + " " + 1234567.ToWords());
Console.WriteLine(3501.ToWords() + " | " + (-15).ToWords() + " | " + 1999.ToRoman() + " " + "MMXXIV".FromRoman());
Console.WriteLine(TimeSpan.FromMilliseconds(1299630020).Humanize(3) + " | " + TimeSpan.FromDays(16).Humanize() + " | " + TimeSpan.FromSeconds(1).Humanize());
var now = new DateTime(2024, 6, 1, 12, 0, 0, DateTimeKind.Utc);
Console.WriteLine(now.AddHours(-30).Humanize(true, now) + " | " + now.AddDays(3).Humanize(true, now) + " | " + now.AddMonths(-14).Humanize(true, now));
Console.WriteLine(new[] { "Ann", "Bob", "Cy" }.Humanize() + " | " + new[] { "x", "y" }.Humanize("or"));
Console.WriteLine(1024L.Bytes().Humanize() + " " + 1.5.Megabytes().ToString("#.##") + " " + Humanizer.Bytes.ByteSize.Parse("2 GB").Megabytes);
Console.WriteLine(2.Millions() + " " + 3.Thousands() + " " + 5.Hundreds());
Console.WriteLine("some title".Titleize() + " | " + "ALL CAPS".Transform(To.LowerCase, To.TitleCase) + " | " + "sentence one. two".Transform(To.SentenceCase));
Console.WriteLine(string.Join(",", Enumerable.Range(0, 5).Select(i => i.ToWords())));

public enum Color
{
    DarkRed,
    [System.ComponentModel.Description("Sky blue")] Blue,
}
