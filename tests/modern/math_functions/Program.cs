// Math, MathF and the double/float generic-math functions over a spread of
// arguments, printed round-trip ("R"). The functions whose last digit
// depends on the C library (cbrt, atan, acos, atan2, log10, tan of huge
// arguments: glibc and the wasm build's musl differ) print 12 digits (6 for floats).
static class Program
{
    static void Main()
    {
        double[] xs = { 27, 2, 0.1, 1e-5, 3, 10, 1e22, 1e300, -8, 0.5, 123456.789, Math.PI, 1e10, 7.5, 1e-310 };
        foreach (var x in xs)
        {
            double ax = Math.Abs(x);
            Console.WriteLine($"x={x:R}");
            Console.WriteLine($" cbrt {Math.Cbrt(x):G12} exp {Math.Exp(x / 100):R} log {Math.Log(ax):R} log2 {Math.Log2(ax):R} log10 {Math.Log10(ax):G12}");
            Console.WriteLine($" sin {Math.Sin(x):R} cos {Math.Cos(x):R} tan {Math.Tan(x):G12}");
            Console.WriteLine($" pow {Math.Pow(ax, 1.0 / 3):R} {Math.Pow(1.0001, x):R} {Math.Pow(x, 2):R} atan2 {Math.Atan2(x, 3):G12} hypot {double.Hypot(x, 3):R} {double.Hypot(x, x):R}");
            Console.WriteLine($" scaleb {Math.ScaleB(x, 3):R} {Math.ScaleB(x, -1070):R} fma {Math.FusedMultiplyAdd(x, 0.1, -x / 10):R} round {Math.Round(x / 7, 3):R} {Math.Round(x * 1.005, 2):R} {Math.Round(x / 7, 3, MidpointRounding.AwayFromZero):R}");
            Console.WriteLine($" bitdec {Math.BitDecrement(x):R} bitinc {Math.BitIncrement(x):R} ilogb {Math.ILogB(x)} sinh {Math.Sinh(x / 100):R} asinh {Math.Asinh(x):R} atan {Math.Atan(x):G12} acos {Math.Acos(1 / x):G12}");
            float f = (float)x;
            Console.WriteLine($" f: cbrt {MathF.Cbrt(f):G6} sin {MathF.Sin(f):R} cos {MathF.Cos(f):R} exp {MathF.Exp(f / 100):R} pow {MathF.Pow(MathF.Abs(f), 0.3f):R} log {MathF.Log(MathF.Abs(f)):R} log2 {MathF.Log2(MathF.Abs(f)):R} hypot {float.Hypot(f, 3f):R} fma {MathF.FusedMultiplyAdd(f, 0.1f, -f / 10):R}");
            Console.WriteLine($" f: asinh {MathF.Asinh(f):G6} tanh {MathF.Tanh(f / 10):G6} atan {MathF.Atan(f):G6} sqrt {MathF.Sqrt(MathF.Abs(f)):R} round {MathF.Round(f / 7, 2):R}");
        }
        // hypot without overflow or underflow of the squares
        Console.WriteLine($"{double.Hypot(1e300, 1e300):R} {double.Hypot(1e-300, 1e-300):R} {double.Hypot(3e-320, 4e-320):R} {double.Hypot(double.MaxValue, 1):R} {double.Hypot(0, 0):R} {double.Hypot(double.NaN, 1):R} {double.Hypot(double.NaN, double.PositiveInfinity):R} {double.Hypot(-5, 12):R}");
        // perfect cubes and powers
        foreach (double c in new[] { 8.0, 64, 125, 1000, -27, 1e-9, 0.001 }) Console.Write($"{Math.Cbrt(c):G14} {double.RootN(c, 3):G14} ");
        Console.WriteLine();
        Console.WriteLine($"{Math.Round(2.5)} {Math.Round(-0.5)} {Math.Round(1.23456789e10, 4)} {Math.Round(0.285, 2)} {Math.Round(1.005, 2)} {Math.Round(2.675, 2, MidpointRounding.AwayFromZero)} {Math.Round(12345.6789m, 2)}");
        Console.WriteLine($"{Math.IEEERemainder(10, 3)} {Math.Log(8, 2)} {Math.Log(100, 10)} {Math.Sin(1e15):R} {Math.Cos(1e100):R} {Math.Exp(709.7):R} {Math.Pow(2, 0.5):R} {Math.Pow(-8, 1.0 / 3)}");
        Console.WriteLine($"{Math.CopySign(3.0, -0.0)} {Math.MaxMagnitude(-3.0, 2)} {Math.Clamp(5, 1, 3)}");
    }
}
