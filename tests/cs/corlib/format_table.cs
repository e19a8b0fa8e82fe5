// Expected output is modern .NET's (hand-checked against Mono's; differs only where .NET Core 3.0+
// differs: negative values that round to zero keep their sign ("-0.00"), and double.ToString()
// round-trips ("1.7976931348623157E+308" where Mono prints 15 digits).
// Format table: integers, decimals and short doubles through standard and custom formats.
using System;
using System.Globalization;
static class FormatTable {
  static void Main() {
    CultureInfo inv = CultureInfo.InvariantCulture;
    long[] ints = { 0, 1, -1, 7, 42, -42, 255, 1000, -1000, 12345, 65535, 1234567, -9876543, int.MaxValue, int.MinValue, long.MaxValue, long.MinValue };
    string[] ifmts = { "", "D", "D5", "X", "x8", "N0", "N2", "F1", "E2", "G", "C", "P0", "0", "000000", "#,##0", "0.00", "#", "0;(0);zero", "##-##", "0'#'" };
    foreach (var f in ifmts) { Console.Write("[" + f + "]"); foreach (var v in ints) { string s; try { s = v.ToString(f, inv); } catch (FormatException) { s = "FE"; } Console.Write(" " + s); } Console.WriteLine(); }
    uint[] uints = { 0, 1, 4000000000, uint.MaxValue }; foreach (var u in uints) Console.Write(u.ToString("X") + " " + u.ToString("N0", inv) + " "); Console.WriteLine();
    byte[] bytes = { 0, 15, 255 }; foreach (var b in bytes) Console.Write(b.ToString("x2") + b.ToString("D3") + " "); Console.WriteLine();
    decimal[] decs = { 0m, 1m, -1m, 0.5m, 1.25m, -2.675m, 123.456m, 1000000.1m, 0.001m, 79228162514264337593543950335m, -79228162514264337593543950335m, 1.10m };
    string[] dfmts = { "", "F", "F0", "F3", "N", "N1", "E", "E3", "G", "C", "P", "0.0", "#,##0.00", "0.###" };
    foreach (var f in dfmts) { Console.Write("[" + f + "]"); foreach (var v in decs) Console.Write(" " + v.ToString(f, inv)); Console.WriteLine(); }
    double[] dbls = { 0, 1, -1, 0.5, 1.5, 2.5, -2.5, 0.125, 3.14159, 1234.5678, -0.001234, 100, 1e10, 123456.789, 0.1 };
    string[] ffmts = { "F", "F0", "F2", "F4", "N", "N0", "N3", "E", "E2", "e4", "P", "P2", "0.00", "#,##0.0", "0.###", "00.0", "#.##", "0.0E+0", "0.00e-00", "0%" };
    foreach (var f in ffmts) { Console.Write("[" + f + "]"); foreach (var v in dbls) Console.Write(" " + v.ToString(f, inv)); Console.WriteLine(); }
    string[] parse = { "0", "42", "-17", "+5", "  12  ", "1,234", "0x1F", "1e3", "12.5", "", "abc", "2147483647", "2147483648", "-2147483648" };
    foreach (var p in parse) { int r; bool ok = int.TryParse(p, out r); Console.Write(p + "=>" + (ok ? r.ToString() : "fail") + " "); } Console.WriteLine();
    foreach (var p in parse) { int r; bool ok = int.TryParse(p, NumberStyles.Any, inv, out r); Console.Write(p + "=>" + (ok ? r.ToString() : "fail") + " "); } Console.WriteLine();
    foreach (var p in new[] { "1.5", "-0.25", "1e3", "1,234.5", "abc", "  3.25  ", "1.7976931348623157E+308", "NaN", "-Infinity" }) { double r; bool ok = double.TryParse(p, NumberStyles.Any, inv, out r); Console.Write(p + "=>" + (ok ? r.ToString(inv) : "fail") + " "); } Console.WriteLine();
    foreach (var p in new[] { "1.5", "-0.25", "1234.5678", "79228162514264337593543950335", "1e3" }) { decimal r; bool ok = decimal.TryParse(p, NumberStyles.Any, inv, out r); Console.Write(p + "=>" + (ok ? r.ToString(inv) : "fail") + " "); } Console.WriteLine();
    Console.WriteLine(string.Format(inv, "{0:D3}|{1,8:F2}|{2,-6}|{3:X}|{{x}}|{4:N1}", 5, 3.14159, "ab", 255, 1234.56));
    // negative zero: floats keep the sign where something is printed, decimals never show it
    Console.WriteLine((-0.001m).ToString("F2", inv) + "|" + (-0.001m).ToString("0.00", inv) + "|" + (-0.0).ToString("0.00", inv) + "|" + (-0.001).ToString("#.##", inv) + "|" +
        (-0.001).ToString("0.00;(0.00)", inv) + "|" + (-0.001).ToString("0.00;(0.00);zero", inv) + "|" + (-0.001f).ToString("0.0", inv) + "|" + (-0.0).ToString("F2", inv));
  }
}
