// Generic math: the System.Numerics interfaces on the primitive types.
using System;
using System.Globalization;
using System.Numerics;

static class Program
{
    static T Sum<T>(T[] xs) where T : INumber<T>
    {
        T acc = T.Zero;
        foreach (T x in xs) acc += x;
        return acc;
    }

    static T Average<T>(T[] xs) where T : INumber<T> => Sum(xs) / T.CreateChecked(xs.Length);

    static T Product<T>(T[] xs) where T : IMultiplicativeIdentity<T, T>, IMultiplyOperators<T, T, T>
    {
        T acc = T.MultiplicativeIdentity;
        foreach (T x in xs) acc *= x;
        return acc;
    }

    static string Describe<T>(T v) where T : INumber<T>
    {
        return "abs=" + T.Abs(v) + " sign=" + T.Sign(v) + " neg=" + T.IsNegative(v) + " zero=" + T.IsZero(v) +
               " even=" + T.IsEvenInteger(v) + " int=" + T.IsInteger(v) + " clamp=" + T.Clamp(v, T.Zero, T.CreateChecked(10));
    }

    static string Range<T>() where T : INumber<T>, IMinMaxValue<T> => typeof(T).Name + " [" + T.MinValue + ", " + T.MaxValue + "]";

    // (T.Parse(s, provider) binds to ISpanParsable's span overload under C# 14: needs Span<T>)
    static T Parse<T>(string s) where T : INumber<T> => T.Parse(s, NumberStyles.Number, CultureInfo.InvariantCulture);
    static bool TryParse<T>(string s, out T v) where T : INumber<T> => T.TryParse(s, NumberStyles.Any, CultureInfo.InvariantCulture, out v);

    static string Bits<T>(T v) where T : IBinaryInteger<T>
    {
        return "pop=" + T.PopCount(v) + " lz=" + T.LeadingZeroCount(v) + " tz=" + T.TrailingZeroCount(v) +
               " rotl=" + T.RotateLeft(v, 3) + " pow2=" + T.IsPow2(v) + " log2=" + T.Log2(v) + " shl=" + (v << 2) +
               " shr=" + (v >> 1) + " ushr=" + (v >>> 1) + " not=" + ~v + " and=" + (v & T.CreateTruncating(0xF0)) +
               " bytes=" + v.GetByteCount() + " shortest=" + v.GetShortestBitLength() + " divrem=" + T.DivRem(v, T.CreateChecked(7));
    }

    static string Convert<TFrom, TTo>(TFrom v) where TFrom : INumberBase<TFrom> where TTo : INumberBase<TTo>
    {
        string c;
        try { c = TTo.CreateChecked(v).ToString()!; } catch (OverflowException) { c = "overflow"; }
        return c + "/" + TTo.CreateSaturating(v) + "/" + TTo.CreateTruncating(v);
    }

    static T Hypot<T>(T a, T b) where T : IRootFunctions<T>, IFloatingPoint<T> => T.Sqrt(a * a + b * b);

    static string Rounding<T>(T v) where T : IFloatingPoint<T> =>
        T.Floor(v) + " " + T.Ceiling(v) + " " + T.Round(v) + " " + T.Truncate(v) + " " + T.Round(v, 1) + " " + T.Round(v, MidpointRounding.AwayFromZero);

    static T Negate<T>(T v) where T : IUnaryNegationOperators<T, T> => -v;
    static bool Less<T>(T a, T b) where T : IComparisonOperators<T, T, bool> => a < b;
    static T Mod<T>(T a, T b) where T : IModulusOperators<T, T, T> => a % b;
    static T Inc<T>(T a) where T : IIncrementOperators<T>, IDecrementOperators<T> { a++; a++; a--; return a; }
    static T NegOne<T>() where T : ISignedNumber<T> => T.NegativeOne;
    static T CheckedAdd<T>(T a, T b) where T : INumber<T> => checked(a + b);
    static T MaxOf<T>(T a, T b) where T : INumber<T> => T.Max(a, b);
    static T MinOf<T>(T a, T b) where T : INumber<T> => T.Min(a, b);

    static T PopCountOf<T>(T v) where T : IBinaryInteger<T> => T.PopCount(v);
    static T RotlOf<T>(T v, int n) where T : IBinaryInteger<T> => T.RotateLeft(v, n);
    static int IntOf<T>(T v) where T : INumberBase<T> => int.CreateChecked(v);

    static string TryLog2(int v)
    {
        try { return int.Log2(v).ToString(); } catch (ArgumentOutOfRangeException e) { return e.Message; }
    }

    static void Main()
    {
        Console.WriteLine(Sum(new[] { 1, 2, 3, 4 }));
        Console.WriteLine(Sum(new[] { 1.5, 2.25 }));
        Console.WriteLine(Sum(new[] { 1.5f, 2.5f }));
        Console.WriteLine(Sum(new[] { 1.1m, 2.2m }));
        Console.WriteLine(Sum(new long[] { long.MaxValue / 2, 5 }));
        Console.WriteLine(Sum(new byte[] { 200, 100 }));
        Console.WriteLine(Sum(new ushort[] { 1, 2 }) + " " + Sum(new sbyte[] { -1, -2 }) + " " + Sum(new uint[] { 3, 4 }) + " " + Sum(new ulong[] { 5, 6 }) + " " + Sum(new short[] { 7, 8 }));
        Console.WriteLine(Average(new[] { 1, 2, 3, 4 }) + " " + Average(new[] { 1.0, 2.0, 4.0 }) + " " + Average(new[] { 10m, 20m, 25m }));
        Console.WriteLine(Product(new[] { 2, 3, 7 }) + " " + Product(new[] { 0.5, 8.0 }));
        Console.WriteLine(Describe(-7));
        Console.WriteLine(Describe(12L));
        Console.WriteLine(Describe(-2.5));
        Console.WriteLine(Describe(4.0f));
        Console.WriteLine(Describe(-3.75m));
        Console.WriteLine(Describe((byte)200));
        Console.WriteLine(Range<int>() + "; " + Range<sbyte>() + "; " + Range<ushort>() + "; " + Range<ulong>() + "; " + Range<double>() + "; " + Range<decimal>());
        Console.WriteLine(Parse<int>("-123") + " " + Parse<double>("3.25") + " " + Parse<decimal>("1.50") + " " + Parse<byte>("255") + " " + Parse<float>("0.1"));
        int pi; bool ok = TryParse("  42 ", out pi);
        byte pb; bool ok2 = TryParse("300", out pb);
        Console.WriteLine(ok + " " + pi + " " + ok2 + " " + pb);
        Console.WriteLine(Bits(100));
        Console.WriteLine(Bits((byte)0x90));
        Console.WriteLine(Bits(8L << 40));
        Console.WriteLine(Bits((ushort)1));
        Console.WriteLine(Bits((sbyte)100));
        Console.WriteLine(TryLog2(-8));
        Console.WriteLine(Convert<int, byte>(300));
        Console.WriteLine(Convert<int, sbyte>(-300));
        Console.WriteLine(Convert<double, int>(1e10));
        Console.WriteLine(Convert<double, int>(-3.99));
        Console.WriteLine(Convert<double, uint>(-1));
        Console.WriteLine(Convert<long, double>(1L << 53));
        Console.WriteLine(Convert<decimal, long>(12345.678m));
        Console.WriteLine(Convert<ulong, long>(ulong.MaxValue));
        Console.WriteLine(Convert<int, decimal>(-5));
        Console.WriteLine(Convert<double, decimal>(1.5));
        Console.WriteLine(Convert<float, double>(0.5f));
        Console.WriteLine(Convert<short, ulong>(-1));
        Console.WriteLine(Hypot(3.0, 4.0) + " " + Hypot(5f, 12f));
        Console.WriteLine(Rounding(2.5) + " | " + Rounding(-2.45f) + " | " + Rounding(7.25m));
        Console.WriteLine(Negate(5) + " " + Negate(2.5) + " " + Negate(3m) + " " + Negate((sbyte)-5));
        Console.WriteLine(Less(1, 2) + " " + Less(2.0, 1.0) + " " + Less(1m, 1m));
        Console.WriteLine(Mod(17, 5) + " " + Mod(-17, 5) + " " + Mod(5.5, 2.0) + " " + Mod(7m, 2.5m));
        Console.WriteLine(Inc(1) + " " + Inc(1.5) + " " + Inc((byte)254) + " " + Inc(9m));
        Console.WriteLine(NegOne<int>() + " " + NegOne<double>() + " " + NegOne<decimal>() + " " + NegOne<short>());
        try { Console.WriteLine(CheckedAdd(int.MaxValue, 1)); } catch (OverflowException) { Console.WriteLine("checked overflow"); }
        try { Console.WriteLine(CheckedAdd((byte)250, (byte)10)); } catch (OverflowException) { Console.WriteLine("checked byte overflow"); }
        Console.WriteLine(CheckedAdd(1.5, 2.0));
        Console.WriteLine(MaxOf(3, 9) + " " + MinOf(3, 9) + " " + MaxOf(-0.0, 0.0) + " " + MinOf(double.NaN, 1.0) + " " + MaxOf(2m, 1m));
        Console.WriteLine(int.Max(4, 2) + " " + int.Clamp(15, 0, 10) + " " + int.Abs(-3) + " " + int.IsPow2(64) + " " + int.Log2(1000) + " " + int.PopCount(255) + " " + int.CreateChecked(3.9) + " " + long.CreateSaturating(1e30) + " " + int.CopySign(5, -1));
        Console.WriteLine(double.Pi + " " + double.E + " " + double.Tau + " " + float.Pi + " " + double.Cbrt(64) + " " + double.IsInteger(3.0) + " " + double.Sqrt(2));
        Console.WriteLine(byte.RotateLeft(0x81, 1) + " " + uint.LeadingZeroCount(1) + " " + ulong.TrailingZeroCount(8) + " " + short.Sign(-5) + " " + sbyte.Abs(-128 + 1));
        try { Console.WriteLine(int.Abs(int.MinValue)); } catch (OverflowException e) { Console.WriteLine(e.GetType().Name); }
        try { Console.WriteLine(int.Clamp(1, 5, 2)); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }
        // nint/nuint (results that do not depend on the pointer size) and char
        Console.WriteLine(Sum(new nint[] { 1, 2, -7 }) + " " + Sum(new nuint[] { 3, 4 }) + " " + Describe((nint)(-12)) + " " + Parse<nint>("-77"));
        Console.WriteLine(nint.PopCount(255) + " " + nint.IsPow2(64) + " " + nint.Log2(1000) + " " + Convert<double, nint>(-3.5) + " " + Mod((nint)17, (nint)5) + " " + NegOne<nint>() + " " + Inc((nuint)9));
        Console.WriteLine(Sum(new[] { 'A', (char)1 }) + " " + IntOf(PopCountOf('A')) + " " + IntOf(RotlOf('A', 9)) + " " + Convert<int, char>(66) + " " + Convert<int, char>(70000).Length + " " + Less('a', 'b') + " " + Range<char>().Length);
        var (q, r) = int.DivRem(17, 5);
        Console.WriteLine(q + " " + r);
        Console.WriteLine(BitOperations.PopCount(0xFFUL) + " " + BitOperations.Log2(1024u) + " " + BitOperations.LeadingZeroCount(1u) + " " + BitOperations.RotateRight(1u, 1) + " " + BitOperations.IsPow2(12));
    }
}
