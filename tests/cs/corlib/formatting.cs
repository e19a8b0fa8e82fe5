// Number formatting table (issue 5): integers with standard formats (D X N C P E F G and precisions),
// custom formats, and doubles with formats whose digits Mono and modern .NET agree on (<= 15 digits).
using System;
using System.Globalization;

static class Program
{
    static void Main()
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        long[] ints = { 0, 1, -1, 7, 42, -42, 255, 1000, 12345, -98765, 1234567, int.MaxValue, int.MinValue, long.MaxValue, long.MinValue };
        string[] ifmts = { "D", "D8", "X", "x8", "N0", "N2", "F0", "F2", "E2", "G", "C0", "P0", "0000", "#,##0", "0.00", "#", "0;(0);zero", "00-00", "'#'0" };
        foreach (long v in ints)
        {
            string line = v.ToString();
            foreach (string f in ifmts)
            {
                if ((f.StartsWith("X") || f.StartsWith("x")) && v < 0) { line += " | " + f + ":" + ((int)v).ToString(f); continue; }
                line += " | " + f + ":" + v.ToString(f);
            }
            Console.WriteLine(line);
        }
        double[] ds = { 0, 1, -1, 0.5, 1.5, 2.5, -2.5, 0.125, 3.14159265, 1234.5678, 0.001234, 1e6, 1e-3, 123456789.125, 0.1, 99.125 };
        string[] dfmts = { "F0", "F1", "F2", "F4", "N2", "E3", "e1", "P2", "0.0", "0.###", "#,##0.00", "000.000", "0.00E+00", "G5", "C2" };
        foreach (double v in ds)
        {
            string line = v.ToString("F6");
            foreach (string f in dfmts) line += " | " + f + ":" + v.ToString(f);
            Console.WriteLine(line);
        }
        Console.WriteLine(((byte)200).ToString("X2") + " " + ((short)-2).ToString("X") + " " + ((sbyte)-1).ToString("x") + " " + 3000000000u.ToString("N0") + " " + ulong.MaxValue.ToString("X"));
        Console.WriteLine(double.NaN.ToString("F2") + " " + double.PositiveInfinity.ToString("F2") + " " + double.NegativeInfinity.ToString("N1"));
        Console.WriteLine(int.Parse("1,234", NumberStyles.AllowThousands) + " " + int.Parse("ff", NumberStyles.HexNumber) + " " + double.Parse("1.5e3") + " " + double.Parse("-0.25") + " " + long.Parse("  -99 "));
        double d; Console.WriteLine(double.TryParse("abc", out d) + " " + double.TryParse("3.5", out d) + " " + d);
        Console.WriteLine(decimal.Parse("123.4500") + " " + (1.1m + 2.2m) + " " + (10m / 4) + " " + decimal.MaxValue + " " + (-7.5m).ToString("F3") + " " + Math.Round(2.345m, 2) + " " + (1m / 3));
    }
}
