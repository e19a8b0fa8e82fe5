using System.Numerics;

// Generic math over IFloatingPointIeee754<T> and IBinaryFloatingPointIeee754<T>
// (exponential, logarithmic, trigonometric and hyperbolic functions, the
// IEEE members, bitwise operators) for double and float. Functions whose last
// digit depends on the C library or on .NET's own sinpi/tanpi kernels print
// 12 digits (6 for float); whole and half turns of SinPi/CosPi/TanPi are exact
// (TanPi of quarter turns is 1 ulp from .NET's).
static class Program
{
    static string R<T>(T v) where T : IFloatingPointIeee754<T> => v.ToString("R", null);
    static string G<T>(T v) where T : IFloatingPointIeee754<T> => v.ToString(typeof(T) == typeof(float) ? "G6" : "G12", null);

    static string Exact<T>(T x) where T : IFloatingPointIeee754<T> => string.Join(" ", new[] {
        T.Exp(x), T.ExpM1(x), T.Exp2(x), T.Exp2M1(x), T.Exp10(x), T.Exp10M1(x), T.Log(T.Abs(x)), T.LogP1(T.Abs(x)), T.Log2(T.Abs(x)), T.Log2P1(T.Abs(x)),
        T.Sqrt(T.Abs(x)), T.Pow(T.Abs(x), T.CreateChecked(0.75)), T.DegreesToRadians(x), T.RadiansToDegrees(x),
        T.Lerp(x, T.CreateChecked(10), T.CreateChecked(0.3)), T.BitIncrement(x), T.BitDecrement(x), T.ScaleB(x, 5), T.Ieee754Remainder(x, T.CreateChecked(0.7)),
        T.FusedMultiplyAdd(x, x, T.One), T.Hypot(x, T.CreateChecked(3)), T.Abs(x), T.CopySign(T.One, x) }.Select(R));

    static string Loose<T>(T x) where T : IFloatingPointIeee754<T> => string.Join(" ", new[] {
        T.Sin(x), T.Cos(x), T.Sinh(x / T.CreateChecked(4)), T.Log(T.Abs(x), T.CreateChecked(3)), T.Log10(T.Abs(x)), T.Log10P1(T.Abs(x)), T.Tan(x), T.Atan(x), T.AtanPi(x), T.Atan2(x, T.One), T.Atan2Pi(x, T.One),
        T.AcosPi(x / T.CreateChecked(20)), T.AsinPi(x / T.CreateChecked(20)), T.SinPi(x), T.CosPi(x), T.TanPi(x), T.Cbrt(x), T.Atanh(x / T.CreateChecked(20)) }.Select(G));

    static string Turns<T>(T x) where T : IFloatingPointIeee754<T>
    {
        var (s, c) = T.SinCosPi(x);
        return $"{R(T.SinPi(x))} {R(T.CosPi(x))} {G(T.TanPi(x))} {R(s)} {R(c)}";
    }

    static T Mix<T>(T a, T b) where T : IBinaryFloatingPointIeee754<T> => (a & b) | (a ^ b) & ~T.Zero;
    static T Norm<T>(T x, T y) where T : IRootFunctions<T>, IFloatingPointIeee754<T> => T.Sqrt(x * x + y * y) + T.Sin(T.Zero) + T.Exp(T.Zero) - T.One;

    static void Main()
    {
        Console.WriteLine($"{Norm(3.0, 4.0)} {Norm(3f, 4f)} {Mix(1.5, 2.25)} {Mix(1.5f, 3f)} {double.IsPow2(8.0)} {float.Log2(1024f)}");
        Console.WriteLine($"{R(double.NegativeZero)} {double.Epsilon} {float.Epsilon} {double.ILogB(1000.0)} {float.ILogB(0.1f)} {double.ReciprocalEstimate(4.0)}");
        foreach (double x in new[] { 0.0, -0.0, 0.5, 1, 1.5, -2, 0.25, 0.75, -0.3, 3.7, 1e-3, 10.5, 123.456, -7.1 })
        {
            Console.WriteLine($"{x:R}: {Exact(x)}");
            Console.WriteLine($"  {Loose(x)}");
            Console.WriteLine($"  f: {Exact((float)x)}");
            Console.WriteLine($"  f: {Loose((float)x)}");
        }
        for (int k = -12; k <= 12; k++)
            Console.WriteLine($"turns {k / 4.0}: {Turns(k / 4.0)} | {Turns(k / 4f)}");
        Console.WriteLine($"{double.SinPi(double.PositiveInfinity)} {double.CosPi(double.NaN)} {double.TanPi(1e300)} {double.SinPi(1e300)} {double.CosPi(1e300)} {float.SinPi(float.NegativeInfinity)}");
    }
}
