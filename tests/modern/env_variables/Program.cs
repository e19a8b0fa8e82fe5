// Environment variables as a program sees them (set by env_variables.env), the
// managed copy SetEnvironmentVariable changes, %VAR% expansion, and the culture
// LANG selects (de_DE.UTF-8 -> de-DE).
using System.Collections;
using System.Globalization;

var culture = CultureInfo.CurrentCulture;
Console.WriteLine($"culture [{culture.Name}] ui [{CultureInfo.CurrentUICulture.Name}] read-only {culture.IsReadOnly}");
Console.WriteLine($"same object for UI: {ReferenceEquals(culture, CultureInfo.CurrentUICulture)}, cached one: {ReferenceEquals(culture, CultureInfo.GetCultureInfo("de-DE"))}");
Console.WriteLine($"{1234567.891:N2} | {3.5m:C} | {new DateTime(2024, 3, 5, 14, 7, 9)} | {new DateTime(2024, 3, 5):D}");
Console.WriteLine($"double.Parse(\"3,25\") = {double.Parse("3,25")}; \"i\".ToUpper() = {"i".ToUpper()}");
Console.WriteLine(string.Compare("a", "B") < 0 ? "culture-aware compare" : "ordinal compare");

Show("CIL_TEST_GREETING");
Show("CIL_TEST_EMPTY");
Show("CIL_TEST_NUMBER");
Show("CIL_TEST_UNSET");
Console.WriteLine("LANG = " + Environment.GetEnvironmentVariable("LANG"));

var all = Environment.GetEnvironmentVariables();
Console.WriteLine($"{all.GetType().Name}: {all.Count > 3}, has CIL_TEST_NUMBER {all.Contains("CIL_TEST_NUMBER")}");
Console.WriteLine(string.Join("; ", Ours(all)));

Environment.SetEnvironmentVariable("CIL_TEST_NEW", "fresh");
Environment.SetEnvironmentVariable("CIL_TEST_NUMBER", "43");
Environment.SetEnvironmentVariable("CIL_TEST_GREETING", null);
Environment.SetEnvironmentVariable("CIL_TEST_BLANK", "");
Console.WriteLine("after set: " + string.Join("; ", Ours(Environment.GetEnvironmentVariables())));
Show("CIL_TEST_GREETING");
Show("CIL_TEST_BLANK");
Console.WriteLine("old table unchanged: " + all["CIL_TEST_NUMBER"]);

Console.WriteLine(Environment.ExpandEnvironmentVariables("n=%CIL_TEST_NUMBER%, new=%CIL_TEST_NEW%%CIL_TEST_NEW%, %nope%, 100%, %% and %CIL_TEST_NUMBER"));
Console.WriteLine(Environment.ExpandEnvironmentVariables("no percent signs"));
Console.WriteLine(Environment.GetEnvironmentVariable("CIL_TEST_NUMBER", EnvironmentVariableTarget.Machine) ?? "(null for Machine)");
Console.WriteLine(Environment.GetEnvironmentVariables(EnvironmentVariableTarget.User).Count);

foreach (var name in new[] { "A=B", "", "\0x", null })
{
    try { Environment.SetEnvironmentVariable(name!, "v"); Console.WriteLine("set " + name); }
    catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
}
try { Environment.GetEnvironmentVariable(null!); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
try { Environment.ExpandEnvironmentVariables(null!); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
try { Environment.GetEnvironmentVariables((EnvironmentVariableTarget)7); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message.Split('\n')[0]); }

static void Show(string name) => Console.WriteLine($"{name} = {(Environment.GetEnvironmentVariable(name) is string v ? "[" + v + "]" : "(null)")}");

static List<string> Ours(IDictionary table)
{
    var list = new List<string>();
    foreach (DictionaryEntry e in table)
        if (((string)e.Key).StartsWith("CIL_TEST_", StringComparison.Ordinal)) list.Add(e.Key + "=" + e.Value);
    list.Sort(StringComparer.Ordinal);
    return list;
}
