// DateTime.Parse / TryParse over a table of strings .NET accepts and rejects
// (invariant culture): what is accepted, with its kind, and what is refused
// with FormatException. (Inputs whose meaning depends on today's date, like
// "1-2", are left out.)
using System.Globalization;

string[] inputs =
{
    "2024-01-05", "2024-1-5", " 2024-01-05 ", "2024-01-05T10:20", "2024-01-05T10:20:30", "2024-01-05 10:20:30",
    "2024-01-05T10:20:30.5", "2024-01-05T10:20:30.1234567", "2024-01-05T10:20:30Z", "01/05/2024", "1/5/2024 10:20",
    "01/05/2024 10:20:30 PM", "01/05/2024 12:00:00 AM", "2024/01/05", "2024-02-29", "2000-01-01T00:00:00",
    "2024-01-05T23:59:59",
    // rejected by .NET
    "", "   ", "abc", "2024-13-01", "2024-02-30", "2023-02-29", "2024-01-32", "2024-00-10", "2024-01-05T24:00",
    "2024-01-05T10:60", "2024-01-05T10:20:61", "2024-01-05T", "2024-+1-05", "+2024-01-05", "2024-01--05",
    "2024-01-05T-1:20", "2024-01-05T10:+5", "2024-01-05T10:20:30.", "13/45/2024",
    "2024-01-05X", "2024-01-05T10:20junk", "2024-01-05 10:20:30 QM", "10000-01-01", "2024-01-05T10:20:30.12345678x",
    "2024-01-05TT10:20", "99999", "01/05/2024 13:00 PM",
};
foreach (string s in inputs)
{
    bool ok = DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime d);
    string shown = ok ? d.ToString("yyyy-MM-dd HH:mm:ss.fffffff", CultureInfo.InvariantCulture) + " " + d.Kind : "rejected";
    string parse;
    try { parse = DateTime.Parse(s, CultureInfo.InvariantCulture) == d ? "same" : "different"; }
    catch (FormatException) { parse = "FormatException"; }   // .NET words its messages three ways; only the type is compared
    Console.WriteLine($"[{s}] -> {shown} | Parse: {parse}");
}
try { DateTime.Parse(null!); }
catch (ArgumentNullException e) { Console.WriteLine(e.GetType().Name + " " + e.ParamName); }
