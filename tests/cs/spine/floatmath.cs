// Expected output follows modern .NET (Core 3.0+), not Mono 6.8, in two ways:
// negative zero prints as "-0.000" (Mono drops the sign), and fixed-point
// formats print the exact digits of the double ("3076923076.923077") where
// Mono stops at 15 significant digits ("3076923076.923080").
// float32/float64 arithmetic and Math basics, printed with fixed-point formats
// (at most 15 significant digits, where Mono and modern .NET agree).
using System;

static class FloatMath
{
    static double D(double x) { return x; }
    static float F(float x) { return x; }

    static void Main()
    {
        double[] ds = { 0, 1, -1, 0.5, 3.25, -7.75, 1e10, 1e-3, 123456.789 };
        foreach (double a in ds)
            foreach (double b in ds)
            {
                string q = b == 0 ? "div0" : (a / b).ToString("F6");
                Console.WriteLine(a.ToString("F3") + " " + b.ToString("F3") + ": " + (a + b).ToString("F3") + " " + (a - b).ToString("F3")
                    + " " + (a * b).ToString("F3") + " " + q + " rem=" + (b == 0 ? "-" : (a % b).ToString("F4")));
            }
        float[] fs = { 0, 1, -2.5f, 0.25f, 1000f, 3f };
        foreach (float a in fs)
            foreach (float b in fs)
                Console.WriteLine("f " + a.ToString("F2") + " " + b.ToString("F2") + ": " + (a + b).ToString("F2") + " " + (a - b).ToString("F2")
                    + " " + (a * b).ToString("F2") + " " + (b == 0 ? "div0" : (a / b).ToString("F4")));
        Console.WriteLine((D(1) / 0) + " " + (D(-1) / 0) + " " + (D(0) / 0));
        Console.WriteLine((F(1) / 0) + " " + (F(-1) / 0) + " " + (F(0) / 0));
        Console.WriteLine((D(5.5) % 2).ToString("F2") + " " + (D(-5.5) % 2).ToString("F2") + " " + (D(5.5) % -2).ToString("F2"));
        Console.WriteLine(Math.Sqrt(D(2)).ToString("F10") + " " + Math.Sqrt(D(144)) + " " + double.IsNaN(Math.Sqrt(D(-1))));
        Console.WriteLine(Math.Abs(D(-3.5)) + " " + Math.Abs(-7) + " " + Math.Abs(-7L) + " " + Math.Abs(F(-2.5f)));
        Console.WriteLine(Math.Floor(D(2.7)) + " " + Math.Floor(D(-2.7)) + " " + Math.Ceiling(D(2.1)) + " " + Math.Ceiling(D(-2.1)));
        Console.WriteLine(Math.Round(D(2.5)) + " " + Math.Round(D(3.5)) + " " + Math.Round(D(-2.5)) + " " + Math.Round(D(2.4)) + " " + Math.Round(D(2.6)));
        Console.WriteLine(Math.Truncate(D(-2.7)) + " " + Math.Truncate(D(2.7)));
        Console.WriteLine(Math.Pow(D(2), 10) + " " + Math.Pow(D(2), 0.5).ToString("F8") + " " + Math.Pow(D(10), -2).ToString("F4"));
        Console.WriteLine(Math.Sin(D(0.5)).ToString("F10") + " " + Math.Cos(D(0.5)).ToString("F10") + " " + Math.Tan(D(0.5)).ToString("F10"));
        Console.WriteLine(Math.Atan2(D(1), D(2)).ToString("F10") + " " + Math.Exp(D(1)).ToString("F10") + " " + Math.Log(D(10)).ToString("F10"));
        Console.WriteLine(Math.Log10(D(1000)) + " " + Math.PI.ToString("F10") + " " + Math.E.ToString("F10"));
        Console.WriteLine(Math.Max(3, 7) + " " + Math.Min(3, 7) + " " + Math.Max(D(-1.5), D(-2.5)) + " " + Math.Min(-1L, 5L) + " " + Math.Sign(D(-0.1)) + " " + Math.Sign(42));
        double sum = 0;
        for (int i = 1; i <= 1000; i++) sum += 1.0 / i;
        Console.WriteLine("harmonic " + sum.ToString("F10"));
        float fsum = 0;
        for (int i = 0; i < 1000; i++) fsum += 0.1f;
        Console.WriteLine("fsum " + fsum.ToString("F2"));
        double x = 1;
        for (int i = 0; i < 60; i++) x *= 2;
        Console.WriteLine("2^60 " + (long)x);
        Console.WriteLine(D(1e15).ToString("F1") + " " + D(-0.001).ToString("F2") + " " + D(0.125).ToString("F1") + " " + D(1234.5678).ToString("F0"));
        Console.WriteLine(D(7).ToString("F0") + " " + D(7).ToString("F5") + " " + D(-7.5).ToString("F3") + " " + F(1.5f).ToString("F3"));
        Console.WriteLine(D(3.0) + " " + D(-42) + " " + D(0.5) + " " + D(0.25) + " " + D(100.5) + " " + F(2.5f) + " " + D(1e6));
        double y = D(10);
        y += 2.5; y -= 1; y *= 3; y /= 2; Console.WriteLine(y);
        y = -y; Console.WriteLine(y);
        float fy = F(1.5f); fy *= fy; Console.WriteLine(fy);
        int iv = 7; double mixed = iv / 2 + iv / 2.0 + (float)iv / 4; Console.WriteLine(mixed);
    }
}
