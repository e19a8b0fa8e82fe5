// Int128, UInt128 and Half: arithmetic, parsing, formatting, conversions.
using System;
using System.Globalization;
using System.Numerics;

static class Program
{
    static T Fact<T>(int n) where T : IBinaryInteger<T>
    {
        T r = T.One;
        for (int i = 2; i <= n; i++) r *= T.CreateChecked(i);
        return r;
    }

    static void Main()
    {
        Int128 a = Int128.Parse("170141183460469231731687303715884105727");
        Console.WriteLine(a == Int128.MaxValue);
        Console.WriteLine(Int128.MaxValue + " " + Int128.MinValue);
        Console.WriteLine(UInt128.MaxValue + " " + UInt128.MinValue);
        Int128 big = (Int128)long.MaxValue * 1000 + 7;
        Console.WriteLine(big + " " + (big / 1000) + " " + (big % 1000) + " " + (-big) + " " + (-big / 3) + " " + (-big % 3));
        Console.WriteLine((big << 10) + " " + (big >> 3) + " " + (-big >> 3) + " " + (-big >>> 100) + " " + (big & 0xFFFF) + " " + (big | 1) + " " + (big ^ big));
        Console.WriteLine(Fact<Int128>(30) + " " + Fact<UInt128>(34));
        try { Console.WriteLine(checked(Int128.MaxValue + 1)); } catch (OverflowException) { Console.WriteLine("Int128 overflow"); }
        try { Console.WriteLine(Fact<Int128>(40)); } catch (OverflowException) { Console.WriteLine("factorial overflow"); }
        Console.WriteLine(Int128.MaxValue + 1 == Int128.MinValue);
        UInt128 u = new UInt128(1, 0);
        Console.WriteLine(u + " " + (u - 1) + " " + (u * u == 0) + " " + (u / 3) + " " + (u % 7) + " " + UInt128.Parse("340282366920938463463374607431768211455"));
        Console.WriteLine(big.ToString("X") + " " + big.ToString("N0") + " " + ((Int128)(-42)).ToString("D5") + " " + u.ToString("x") + " " + ((Int128)12345).ToString("E2"));
        Console.WriteLine((double)big + " " + (decimal)big + " " + (long)(big >> 20) + " " + (int)big + " " + (Int128)1e30 + " " + (Int128)(-2.5e20) + " " + (UInt128)3.99);
        Console.WriteLine(Int128.TryParse("-99999999999999999999999999", out Int128 p) + " " + p + " " + Int128.TryParse("1e3", out _) + " " + UInt128.TryParse("-1", out _));
        Console.WriteLine(Int128.Abs(-big) == big);
        Console.WriteLine(Int128.Sign(-big) + " " + Int128.IsPow2(Int128.One << 100) + " " + Int128.Log2(Int128.One << 100) + " " + Int128.PopCount(big) + " " + Int128.LeadingZeroCount(big) + " " + Int128.TrailingZeroCount(Int128.One << 77));
        Console.WriteLine(Int128.Max(big, -big) + " " + Int128.Min(big, -big) + " " + Int128.Clamp(big, 0, 100) + " " + Int128.DivRem(big, 10));
        Console.WriteLine(Int128.CreateChecked(3.5) + " " + int.CreateSaturating(big) + " " + long.CreateTruncating(big) + " " + UInt128.CreateChecked(ulong.MaxValue) + " " + double.CreateChecked(big));
        Console.WriteLine(big.CompareTo(-big) + " " + big.Equals(big) + " " + (big.GetHashCode() == big.GetHashCode()));

        Half h = (Half)3.14159;
        Console.WriteLine(h + " " + (float)h + " " + (double)h);
        Console.WriteLine(Half.MaxValue + " " + Half.MinValue + " " + Half.Epsilon + " " + Half.NaN + " " + Half.PositiveInfinity + " " + Half.NegativeInfinity);
        Console.WriteLine((Half)0.1 + " " + (Half)1e-5 + " " + (Half)65519 + " " + (Half)65520 + " " + (Half)(-0.0) + " " + (Half)100000.0);
        Half x = (Half)1.5, y = (Half)2.25;
        Console.WriteLine((x + y) + " " + (x - y) + " " + (x * y) + " " + (y / x) + " " + (-x) + " " + (x < y) + " " + (x == (Half)1.5));
        Console.WriteLine(Half.Parse("2.5") + " " + Half.Parse("-0.001", CultureInfo.InvariantCulture) + " " + Half.IsNaN(Half.NaN) + " " + Half.IsSubnormal(Half.Epsilon) + " " + Half.IsNormal(x));
        Console.WriteLine((int)(Half)12.7 + " " + (Half)1000 + " " + (Half)2049 + " " + (Half)2051);
        Half acc = Half.Zero;
        for (int i = 0; i < 10; i++) acc += (Half)0.1;
        Console.WriteLine(acc + " " + Half.Abs((Half)(-3)) + " " + Half.Max(x, y) + " " + Half.Sign((Half)(-2)) + " " + Half.CreateChecked(7));
        Console.WriteLine(h.ToString("F2") + " " + x.CompareTo(y) + " " + x.Equals((Half)1.5) + " " + BitConverter.DoubleToInt64Bits((double)(Half)0.333));
    }
}
