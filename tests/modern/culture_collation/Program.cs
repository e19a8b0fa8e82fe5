// Culture-aware string comparison with globalization on (no InvariantGlobalization):
// sorting mixed case, accents, punctuation and other scripts as .NET with ICU does;
// String.Normalize; AppContext reads the runtimeconfig.json (docs/corlib.md).
using System.Text;
using System.Globalization;
var words = new List<string> { "banana", "Apple", "apple", "Banana", "cherry", "_under", "-dash", "zeta", "Zeta", "résumé", "resume", "Resume", "naïve", "naive", "co-op", "coop", "10", "9", "a1", "A1", "a", "A", "b", "B", "straße", "strasse", "Æther", "aether", "über", "uber", "Uber", "!bang", "~tilde", "$cash", "#hash", "@at", "space bar", "spacebar", "Ørsted", "orsted", "éclair", "eclair", "Éclair", "x\u0000y", "xy", "αβγ", "Αβγ", "яблоко", "Яблоко", "東京", "data_2", "data-2", "data2", "Data2" };
Console.WriteLine(string.Join(" | ", words.OrderBy(w => w)));
Console.WriteLine(string.Join(" | ", words.OrderBy(w => w, StringComparer.OrdinalIgnoreCase)));
Console.WriteLine(string.Join(" | ", words.OrderBy(w => w, StringComparer.CurrentCultureIgnoreCase)));
var arr = words.ToArray(); Array.Sort(arr); Console.WriteLine(string.Join(" | ", arr));
string[][] pairs = { new[]{"a","B"}, new[]{"a","A"}, new[]{"A","a"}, new[]{"resume","résumé"}, new[]{"x\u0000y","xy"}, new[]{"e\u0301","\u00e9"}, new[]{"strasse","straße"}, new[]{"abc","ABD"}, new[]{"",""}, new[]{"a",""}, new[]{"co-op","coop"}, new[]{"Hello World","hello world"} };
foreach (var p in pairs) Console.WriteLine($"{p[0]} vs {p[1]}: {Math.Sign(string.Compare(p[0], p[1]))} ic={Math.Sign(string.Compare(p[0], p[1], true))} inv={Math.Sign(string.Compare(p[0], p[1], StringComparison.InvariantCulture))} nonspace={Math.Sign(CultureInfo.InvariantCulture.CompareInfo.Compare(p[0], p[1], CompareOptions.IgnoreNonSpace))} sym={Math.Sign(CultureInfo.InvariantCulture.CompareInfo.Compare(p[0], p[1], CompareOptions.IgnoreSymbols))} eq={string.Equals(p[0], p[1], StringComparison.CurrentCulture)}");
Console.WriteLine(AppContext.GetData("System.Globalization.Invariant") ?? "null");
Console.WriteLine(AppContext.BaseDirectory == Path.GetDirectoryName(typeof(Program).Assembly.Location) + "/");
var sd = new SortedDictionary<string,int>(); foreach (var w in new[]{"b","B","a","A","_","1"}) sd[w]=1; Console.WriteLine(string.Join(",", sd.Keys));

foreach (var s in new[] { "e\u0301", "\u00e9", "A\u030A", "\u212B", "\uAC00", "\u1100\u1161\u11A8", "q\u0307\u0323", "\u1E0B\u0323", "ﬁ", "café" })
{
    string hex(string x) => string.Join(" ", x.Select(ch => ((int)ch).ToString("X4")));
    Console.WriteLine($"{hex(s)}: C={hex(s.Normalize())} D={hex(s.Normalize(NormalizationForm.FormD))} isC={s.IsNormalized()} isD={s.IsNormalized(NormalizationForm.FormD)}");
}
static string Slug(string s) => new string(s.Normalize(NormalizationForm.FormD).Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray()).ToLowerInvariant();
Console.WriteLine(Slug("Crème Brûlée à São Paulo"));
var dict = new Dictionary<string, int>(StringComparer.CurrentCulture) { ["caf\u00e9"] = 1 };
Console.WriteLine(dict.TryGetValue("cafe\u0301", out var v) ? $"found {v}" : "missing");
var ic = new HashSet<string>(StringComparer.InvariantCultureIgnoreCase) { "Straße", "ÉCOLE" };
Console.WriteLine($"{ic.Contains("straße")} {ic.Contains("école")} {ic.Contains("strasse")}");
Console.WriteLine(string.Join(",", new[] { "b", "a", "C", "á" }.OrderBy(x => x, StringComparer.InvariantCulture)));
Console.WriteLine("Hello".StartsWith("he", StringComparison.CurrentCultureIgnoreCase) + " " + "abc".CompareTo("ABC") + " " + "abc".CompareTo("abd"));
