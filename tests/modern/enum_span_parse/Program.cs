// Enum.Parse/TryParse over ReadOnlySpan<char>: names, numbers, flags lists,
// case, white space, slices of a longer text, failures and their exceptions.
string text = "xx Red, Blue yy";
ReadOnlySpan<char> slice = text.AsSpan(3, 9);
Console.WriteLine(Enum.Parse<Colors>(slice));
Console.WriteLine(Enum.Parse(typeof(Colors), slice));
Console.WriteLine(Enum.Parse<Colors>("green".AsSpan(), true));
Console.WriteLine(Enum.Parse(typeof(Colors), " 4 ".AsSpan(), false));
foreach (var s in new[] { "Red", "red", "  Green ", "7", "-1", "Red|Blue", "Red,Purple", "", "  ", "99", "0x1", "Blue, Green" })
{
    bool ok = Enum.TryParse<Colors>(s.AsSpan(), out var c);
    bool okCi = Enum.TryParse<Colors>(s.AsSpan(), true, out var cCi);
    bool okObj = Enum.TryParse(typeof(Colors), s.AsSpan(), out object? o);
    bool okObjCi = Enum.TryParse(typeof(Colors), s.AsSpan(), true, out object? oCi);
    Console.WriteLine($"'{s}': {ok} {c} | {okCi} {cCi} | {okObj} {o ?? "null"} | {okObjCi} {oCi ?? "null"}");
}
foreach (var s in new[] { "Tuesday", "tuesday", "8" })
    Console.WriteLine($"{s}: {Enum.TryParse<DayOfWeek>(s.AsSpan(), out var d)} {d}");
Console.WriteLine(Enum.TryParse<Small>("300".AsSpan(), out var sm) + " " + sm);
Console.WriteLine(Enum.TryParse<Small>("200".AsSpan(), out sm) + " " + sm);
Try(() => Enum.Parse<Colors>("Purple".AsSpan()));
Try(() => Enum.Parse<Colors>("".AsSpan()));
Try(() => Enum.Parse(typeof(int), "1".AsSpan()));
Try(() => Enum.Parse(typeof(Colors), "purple".AsSpan(), true));
Try(() => Enum.Parse<Small>("300".AsSpan()));
Try(() => Enum.Parse<Colors>("-3000000000".AsSpan()));
Try(() => Enum.Parse<Small>("99999999999999999999999".AsSpan()));
Try(() => Enum.Parse<Colors>(" ".AsSpan()));

static void Try(Func<object> f)
{
    try { Console.WriteLine(f()); }
    catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
}

[Flags] enum Colors { None = 0, Red = 1, Green = 2, Blue = 4 }
enum Small : byte { A = 1, B = 200 }
