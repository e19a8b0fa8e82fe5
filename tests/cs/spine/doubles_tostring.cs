// 2^53 prints as "9007199254740992": .NET Core 3.0+ switches to exponent form
// only when the exponent is at least max(digit count, 17) (9 for float).
// Default double/float ToString(): modern .NET prints the shortest string that
// round-trips (since .NET Core 3.0). Mono 6.8 prints 15 significant digits
// ("0.3" for 0.1 + 0.2). Cilantro follows modern .NET (issue 2 and 5).
using System;

static class DoublesToString
{
    static double D(double x) { return x; }
    static float F(float x) { return x; }

    static void Main()
    {
        Console.WriteLine(D(0.1) + D(0.2));
        Console.WriteLine(D(1) / 3);
        Console.WriteLine(D(2) / 3);
        Console.WriteLine(D(0.1));
        Console.WriteLine(D(1.5));
        Console.WriteLine(D(100));
        Console.WriteLine(D(123.456));
        Console.WriteLine(D(1e14));
        Console.WriteLine(D(1e15));
        Console.WriteLine(D(1e16));
        Console.WriteLine(D(1e17));
        Console.WriteLine(D(123456789012345678));
        Console.WriteLine(D(0.0001));
        Console.WriteLine(D(0.00001));
        Console.WriteLine(D(1.5e-7));
        Console.WriteLine(double.MaxValue);
        Console.WriteLine(double.MinValue);
        Console.WriteLine(double.Epsilon);
        Console.WriteLine(D(-0.0));
        Console.WriteLine(D(0.0));
        Console.WriteLine(double.NaN);
        Console.WriteLine(double.PositiveInfinity);
        Console.WriteLine(double.NegativeInfinity);
        Console.WriteLine(Math.PI);
        Console.WriteLine(Math.E);
        Console.WriteLine(D(1) / 7);
        Console.WriteLine(D(9007199254740993));
        Console.WriteLine(F(0.1f));
        Console.WriteLine(F(1) / 3);
        Console.WriteLine(float.MaxValue);
        Console.WriteLine(F(1e-10f));
        Console.WriteLine(F(1e8f));
        Console.WriteLine(F(1e9f));
        Console.WriteLine((D(0.1) + D(0.2)).ToString());
        Console.WriteLine((D(0.1) + D(0.2)).ToString("R"));
        Console.WriteLine("x=" + (D(1) / 3));
    }
}
