// Comparisons on float/double including NaN, infinities and signed zeros:
// exercises ceq, clt, cgt, clt.un, cgt.un (the !(a < b) forms compile to the .un branches).
using System;

static class FloatCompare
{
    static double D(double x) { return x; }

    static string Cmp(double a, double b)
    {
        return (a == b ? "eq " : "") + (a != b ? "ne " : "") + (a < b ? "lt " : "") + (a <= b ? "le " : "")
             + (a > b ? "gt " : "") + (a >= b ? "ge " : "")
             + (!(a < b) ? "!lt " : "") + (!(a <= b) ? "!le " : "") + (!(a > b) ? "!gt " : "") + (!(a >= b) ? "!ge " : "");
    }

    static string CmpF(float a, float b)
    {
        return (a == b ? "eq " : "") + (a != b ? "ne " : "") + (a < b ? "lt " : "") + (a <= b ? "le " : "")
             + (a > b ? "gt " : "") + (a >= b ? "ge " : "")
             + (!(a < b) ? "!lt " : "") + (!(a <= b) ? "!le " : "") + (!(a > b) ? "!gt " : "") + (!(a >= b) ? "!ge " : "");
    }

    static void Main()
    {
        double[] vals = { 0.0, -0.0, 1.0, -1.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, double.Epsilon };
        string[] names = { "0", "-0", "1", "-1", "NaN", "+inf", "-inf", "max", "eps" };
        for (int i = 0; i < vals.Length; i++)
            for (int j = 0; j < vals.Length; j++)
            {
                Console.WriteLine("d " + names[i] + " ? " + names[j] + ": " + Cmp(vals[i], vals[j]));
                Console.WriteLine("f " + names[i] + " ? " + names[j] + ": " + CmpF((float)vals[i], (float)vals[j]));
            }
        double nan = D(double.NaN);
        Console.WriteLine(nan == nan);
        Console.WriteLine(nan != nan);
        Console.WriteLine(nan.Equals(nan));
        Console.WriteLine(double.IsNaN(nan) + " " + double.IsNaN(D(1)) + " " + double.IsInfinity(D(1) / 0) + " " + double.IsNegativeInfinity(D(-1) / 0));
        Console.WriteLine(double.IsNaN(D(0) / 0) + " " + double.IsNaN(D(double.PositiveInfinity) - double.PositiveInfinity));
        int branches = 0;
        if (nan < 1) branches |= 1;
        if (nan > 1) branches |= 2;
        if (!(nan < 1)) branches |= 4;
        if (!(nan >= 1)) branches |= 8;
        while (nan == nan) { branches |= 16; break; }
        Console.WriteLine("branches " + branches);
        Console.WriteLine(Math.Max(D(1), nan));
        Console.WriteLine(1 / D(-0.0) + " " + 1 / D(0.0));
        Console.WriteLine(D(0.0).Equals(-0.0) + " " + (D(0.0) == -0.0));
        Console.WriteLine(D(1).CompareTo(nan) + " " + nan.CompareTo(D(1)) + " " + nan.CompareTo(nan) + " " + D(2).CompareTo(D(1)));
    }
}
