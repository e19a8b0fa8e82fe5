using System.Globalization;
using System.Numerics;

static void Try(string label, Func<object> f)
{
    try { Console.WriteLine(label + ": " + f()); }
    catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().Name + ": " + e.Message); }
}

// arithmetic
BigInteger a = BigInteger.Parse("123456789012345678901234567890");
BigInteger b = BigInteger.Parse("-987654321098765432109876543210987654321");
Console.WriteLine(a + b);
Console.WriteLine(a - b);
Console.WriteLine(a * b);
Console.WriteLine(b / a);
Console.WriteLine(b % a);
Console.WriteLine(BigInteger.DivRem(b, a, out var rem) + " r " + rem);
var (q2, r2) = BigInteger.DivRem(BigInteger.Pow(10, 40) + 7, new BigInteger(-3));
Console.WriteLine(q2 + " " + r2);
Console.WriteLine(BigInteger.Pow(2, 200));
Console.WriteLine(BigInteger.Pow(-3, 101));
Console.WriteLine(BigInteger.ModPow(7, BigInteger.Parse("123456789123456789"), BigInteger.Parse("1000000007")));
Console.WriteLine(BigInteger.ModPow(-7, 3, 10) + " " + BigInteger.ModPow(5, 0, 1) + " " + BigInteger.ModPow(5, 0, 7));
Console.WriteLine(BigInteger.GreatestCommonDivisor(BigInteger.Pow(2, 100) * 3 * 5, BigInteger.Pow(2, 80) * 5 * 7) + " " + BigInteger.GreatestCommonDivisor(-12, 0) + " " + BigInteger.GreatestCommonDivisor(0, 0));
Console.WriteLine(BigInteger.Abs(b) + " " + BigInteger.Negate(a) + " " + BigInteger.Max(a, b) + " " + BigInteger.Min(a, b));
BigInteger f = 1;
for (int i = 2; i <= 60; i++) f *= i;
Console.WriteLine("60! = " + f);
Console.WriteLine("60!/58! = " + f / (f / (59 * 60)));
// big division exercising multi-limb quotients
BigInteger big = BigInteger.Pow(3, 500) - 1, div = BigInteger.Pow(7, 100) + 12345;
Console.WriteLine((big / div) + " " + (big % div) + " " + (big / div * div + big % div == big));
Console.WriteLine((BigInteger.Pow(2, 128) - 1) / (BigInteger.Pow(2, 64) + 1));
Console.WriteLine(BigInteger.Parse("340282366920938463463374607431768211455") / BigInteger.Parse("18446744073709551615"));
var x = a; x++; x--; x--;
Console.WriteLine(x + " " + (-x) + " " + (+x));

// properties and comparison
Console.WriteLine($"{a.Sign} {b.Sign} {BigInteger.Zero.Sign} {BigInteger.Zero.IsZero} {BigInteger.One.IsOne} {a.IsEven} {b.IsEven} {BigInteger.Pow(2, 70).IsPowerOfTwo} {(BigInteger.Pow(2, 70) + 1).IsPowerOfTwo} {new BigInteger(-8).IsPowerOfTwo} {BigInteger.MinusOne}");
Console.WriteLine($"{a.CompareTo(b)} {b.CompareTo(a)} {a.CompareTo(a)} {BigInteger.Compare(-5, 3)} {a > b} {a < b} {a == BigInteger.Parse(a.ToString())} {a != b} {new BigInteger(5) == 5L} {5L < new BigInteger(6)} {new BigInteger(5).Equals(5UL)} {a.Equals((object)a)} {a.CompareTo((object)null)}");
Console.WriteLine(a.GetHashCode() == BigInteger.Parse("123456789012345678901234567890").GetHashCode());
Console.WriteLine($"{a.GetBitLength()} {b.GetBitLength()} {new BigInteger(-1).GetBitLength()} {new BigInteger(-128).GetBitLength()} {new BigInteger(255).GetBitLength()} {BigInteger.Zero.GetBitLength()} {a.GetByteCount()} {new BigInteger(255).GetByteCount(true)}");

// bit operations and shifts
BigInteger p = BigInteger.Parse("1234567890123456789012345");
BigInteger n = BigInteger.Parse("-987654321987654321");
Console.WriteLine($"{p & n} {p | n} {p ^ n} {~p} {~n} {n & 0xFFFF} {n | 1} {-1 & p}");
Console.WriteLine($"{p << 70} {p >> 30} {n >> 3} {n >> 100} {n << 5} {p >> -3} {new BigInteger(-1) >> 10} {new BigInteger(-5) >> 1} {p >>> 4}");

// bytes
foreach (var v in new BigInteger[] { 0, 1, -1, 127, 128, 255, 256, -128, -129, -256, 65535, long.MinValue, a, b })
    Console.WriteLine(v + " => " + BitConverter.ToString(v.ToByteArray()) + " | " + new BigInteger(v.ToByteArray()) + (v.Sign >= 0 ? " | u " + BitConverter.ToString(v.ToByteArray(true, true)) : ""));
Console.WriteLine(new BigInteger(new byte[] { 0xFF, 0xFF }) + " " + new BigInteger(new byte[] { 0xFF, 0xFF, 0 }) + " " + new BigInteger(new byte[0]) + " " + new BigInteger(new byte[] { 1, 2 }, true, true));

// conversions
foreach (var conv in new Func<object>[] { () => (byte)new BigInteger(-1), () => (int)new BigInteger(-1L << 40), () => (long)(BigInteger.One << 70), () => (uint)new BigInteger(-1), () => (uint)(BigInteger.One << 40), () => (short)new BigInteger(40000), () => (char)new BigInteger(-1), () => (sbyte)new BigInteger(1L << 35), () => (ulong)(BigInteger.One << 64), () => (ulong)(-(BigInteger.One << 64)), () => BigInteger.ModPow(2, -1, 5), () => (float)(BigInteger.One << 200), () => (double)(BigInteger)ulong.MaxValue, () => (double)((BigInteger.One << 53) + 1), () => (double)((BigInteger.One << 70) - 1) })
    Try("conv", conv);
Console.WriteLine($"{(int)new BigInteger(-123)} {(long)BigInteger.Parse("-9223372036854775808")} {(ulong)BigInteger.Parse("18446744073709551615")} {(byte)new BigInteger(200)} {(short)new BigInteger(-300)} {(double)a} {(double)b} {(float)a} {(decimal)(a / 10)} {(double)BigInteger.Pow(10, 308)} {(double)BigInteger.Pow(10, 309)} {(double)(BigInteger.Pow(2, 64) + 1)}");
Console.WriteLine($"{new BigInteger(1e20)} {new BigInteger(-1.5e15)} {new BigInteger(0.999)} {new BigInteger(-2.5)} {new BigInteger(1.7976931348623157E+308).ToString().Length} {new BigInteger(12345.678f)} {new BigInteger(-79228162514264337593543950335m)} {(BigInteger)123.99m} {(BigInteger)(-4.5)}");
Try("int overflow", () => (int)a);
Try("ulong negative", () => (ulong)new BigInteger(-1));
Try("decimal overflow", () => (decimal)BigInteger.Pow(10, 30));
Try("NaN", () => new BigInteger(double.NaN));
Try("infinity", () => (BigInteger)double.PositiveInfinity);
Try("div zero", () => a / 0);
Try("pow negative", () => BigInteger.Pow(2, -1));
Try("modpow zero", () => BigInteger.ModPow(2, 3, 0));
Try("unsigned negative", () => new BigInteger(-1).ToByteArray(true));

// logs
Console.WriteLine($"{BigInteger.Log(a):F10} {BigInteger.Log10(BigInteger.Pow(10, 50)):F10} {BigInteger.Log(BigInteger.Pow(2, 1000), 2):F6} {BigInteger.Log(-1)} {BigInteger.Log(0)} {BigInteger.Log10(1000):F10} {BigInteger.Log(BigInteger.One, 1)}");

// formatting
BigInteger[] fs = { 0, 1, -1, 15, 16, 127, 128, 255, 256, -16, -128, -129, -256, 1234567, -1234567, a, b };
foreach (var v in fs)
    Console.WriteLine($"{v}: X={v:X} x={v:x} X8={v:X8} D12={v:D12} N0={v:N0} N2={v:N2} G={v:G} R={v:R} C={v.ToString("C", CultureInfo.InvariantCulture)} E3={v:E3} F1={v:F1} P0={v:P0} custom={v:#,##0.0;(#);zero} B={(v.GetBitLength() < 40 ? v.ToString("B") : "-")}");
Console.WriteLine(a.ToString(CultureInfo.InvariantCulture) + " " + b.ToString("N0", new NumberFormatInfo { NumberGroupSeparator = "_", NegativeSign = "~" }));

// parsing
Console.WriteLine(BigInteger.Parse("  -000123  ") + " " + BigInteger.Parse("+42") + " " + BigInteger.Parse("1,234,567", NumberStyles.AllowThousands) + " " + BigInteger.Parse("(55)", NumberStyles.AllowParentheses) + " " + BigInteger.Parse("12e3", NumberStyles.AllowExponent) + " " + BigInteger.Parse("7.000", NumberStyles.AllowDecimalPoint));
Console.WriteLine(BigInteger.Parse("FF", NumberStyles.HexNumber) + " " + BigInteger.Parse("0FF", NumberStyles.HexNumber) + " " + BigInteger.Parse("80", NumberStyles.AllowHexSpecifier) + " " + BigInteger.Parse("7fffffffffffffffffffffff", NumberStyles.HexNumber) + " " + BigInteger.Parse("F0000000000000000000", NumberStyles.HexNumber) + " " + BigInteger.Parse(" 1A ", NumberStyles.HexNumber));
Console.WriteLine(BigInteger.TryParse("12345678901234567890123", out var tp) + " " + tp + " " + BigInteger.TryParse("12x", out tp) + " " + tp + " " + BigInteger.TryParse(null, out tp) + " " + BigInteger.TryParse("-5", NumberStyles.None, null, out tp) + " " + BigInteger.TryParse("1.5", NumberStyles.Float, CultureInfo.InvariantCulture, out tp));
Try("parse bad", () => BigInteger.Parse("abc"));
Try("parse null", () => BigInteger.Parse(null!));
Try("parse style", () => BigInteger.Parse("1", NumberStyles.HexNumber | NumberStyles.AllowDecimalPoint));
foreach (var v in fs)
{
    var back = BigInteger.Parse(v.ToString("X"), NumberStyles.HexNumber);
    if (back != v) Console.WriteLine("hex round trip failed for " + v);
}
Console.WriteLine("hex round trips checked");

// Complex
var c1 = new Complex(1, 2);
var c2 = new Complex(3.5, -1.26);
Console.WriteLine(c1 + " " + c2 + " " + Complex.Zero + " " + Complex.One + " " + Complex.ImaginaryOne + " " + Complex.NaN + " " + Complex.Infinity);
Console.WriteLine((c1 + c2) + " " + (c1 - c2) + " " + (c1 * c2) + " " + (c1 / c2).ToString("F10") + " " + (-c1) + " " + (c1 * 2) + " " + (2 + c1) + " " + (c1 / 2) + " " + (1 / c1).ToString("F10"));
Console.WriteLine($"{c1.Real} {c1.Imaginary} {c1.Magnitude:F12} {c1.Phase:F12} {Complex.Abs(new Complex(3, 4))} {Complex.Conjugate(c1)} {Complex.Reciprocal(c1):F10} {Complex.Reciprocal(Complex.Zero)}");
Console.WriteLine(Complex.FromPolarCoordinates(2, Math.PI / 2).ToString("F10") + " " + Complex.Sqrt(new Complex(-4, 0)) + " " + Complex.Sqrt(new Complex(3, 4)).ToString("F10") + " " + Complex.Sqrt(new Complex(-3, -4)).ToString("F10"));
foreach (var (name, fn) in new (string, Func<Complex, Complex>)[] { ("Exp", Complex.Exp), ("Log", Complex.Log), ("Log10", Complex.Log10), ("Sin", Complex.Sin), ("Cos", Complex.Cos), ("Tan", Complex.Tan), ("Sinh", Complex.Sinh), ("Cosh", Complex.Cosh), ("Tanh", Complex.Tanh), ("Asin", Complex.Asin), ("Acos", Complex.Acos), ("Atan", Complex.Atan), ("Sqrt", Complex.Sqrt) })
    Console.WriteLine(name + " " + fn(c1).ToString("F8") + " " + fn(new Complex(0.3, -0.2)).ToString("F8"));
Console.WriteLine(Complex.Pow(c1, 2).ToString("F8") + " " + Complex.Pow(c1, c2).ToString("F8") + " " + Complex.Pow(Complex.Zero, 0) + " " + Complex.Pow(Complex.Zero, 3) + " " + Complex.Log(c1, 2).ToString("F8"));
Complex ci = 5; Complex cd = 2.5; Complex cb = (Complex)new BigInteger(7); Complex cm = (Complex)1.5m;
Console.WriteLine(ci + " " + cd + " " + cb + " " + cm + " " + (c1 == new Complex(1, 2)) + " " + (c1 != c2) + " " + c1.Equals(new Complex(1, 2)) + " " + c1.Equals((object)c2) + " " + (c1.GetHashCode() == new Complex(1, 2).GetHashCode()));
Console.WriteLine(c2.ToString("F1") + " " + c2.ToString(CultureInfo.InvariantCulture) + " " + c2.ToString("E2", CultureInfo.InvariantCulture) + " " + Complex.IsNaN(Complex.NaN) + " " + Complex.IsInfinity(Complex.Infinity) + " " + Complex.IsFinite(c1));
Console.WriteLine(Complex.Add(c1, c2) + " " + Complex.Subtract(c1, 1.0) + " " + Complex.Multiply(2.0, c1) + " " + Complex.Divide(c1, c1) + " " + Complex.Negate(c1));
