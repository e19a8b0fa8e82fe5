// LC_MESSAGES (fr_CA) wins over LANG (de_DE); LC_NUMERIC plays no part (env_locale_order.env).
using System.Globalization;

var c = CultureInfo.CurrentCulture;
Console.WriteLine($"[{c.Name}] [{CultureInfo.CurrentUICulture.Name}] {c.TextInfo.ListSeparator}");
Console.WriteLine($"{1234567.891:N2} | {12.5m:C} | {new DateTime(2024, 3, 5, 14, 7, 9):d} | {0.25:P0}");
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
Console.WriteLine($"after setting invariant: [{CultureInfo.CurrentCulture.Name}] ui still [{CultureInfo.CurrentUICulture.Name}] {1234567.891:N2}");
