using System.Numerics;
using System.Text;

static class Program
{
    // Gibbons' unbounded spigot for the digits of pi.
    static string PiDigits(int count)
    {
        BigInteger q = 1, r = 0, t = 1, k = 1, n = 3, l = 3;
        var sb = new StringBuilder();
        while (sb.Length < count)
        {
            if (4 * q + r - t < n * t)
            {
                sb.Append((char)('0' + (int)n));
                BigInteger nr = 10 * (r - n * t);
                n = 10 * (3 * q + r) / t - 10 * n;
                q *= 10;
                r = nr;
            }
            else
            {
                BigInteger nr = (2 * q + r) * l;
                BigInteger nn = (q * (7 * k) + 2 + r * l) / (t * l);
                q *= k;
                t *= l;
                l += 2;
                k += 1;
                n = nn;
                r = nr;
            }
        }
        return sb.ToString();
    }

    static int DigitSum(BigInteger v)
    {
        int s = 0;
        foreach (char c in BigInteger.Abs(v).ToString()) s += c - '0';
        return s;
    }

    static BigInteger Factorial(int n)
    {
        BigInteger f = BigInteger.One;
        for (int i = 2; i <= n; i++) f *= i;
        return f;
    }

    static BigInteger Fib(int n)
    {
        // fast doubling
        BigInteger a = 0, b = 1;
        for (int bit = 31; bit >= 0; bit--)
        {
            BigInteger d = a * (2 * b - a);
            BigInteger e = a * a + b * b;
            a = d; b = e;
            if (((n >> bit) & 1) != 0) { BigInteger c = a + b; a = b; b = c; }
        }
        return a;
    }

    static BigInteger ISqrt(BigInteger n)
    {
        if (n < 2) return n;
        BigInteger x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
        while (true)
        {
            BigInteger y = (x + n / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }

    static string Abbrev(BigInteger v)
    {
        string s = v.ToString();
        return s.Length <= 40 ? s : s[..20] + "..." + s[^20..] + $" ({s.Length} digits)";
    }

    static void Main()
    {
        string pi = PiDigits(300);
        for (int i = 0; i < pi.Length; i += 60) Console.WriteLine(pi.Substring(i, Math.Min(60, pi.Length - i)));
        Console.WriteLine("pi digit sum (300): " + pi.Sum(c => c - '0'));

        foreach (int n in new[] { 25, 100, 500, 1000 })
        {
            BigInteger f = Factorial(n);
            int zeros = 0;
            for (BigInteger x = f; x % 10 == 0; x /= 10) zeros++;
            Console.WriteLine($"{n}! = {Abbrev(f)}, digit sum {DigitSum(f)}, trailing zeros {zeros}, bits {f.GetBitLength()}");
        }

        foreach (int n in new[] { 10, 100, 1000, 5000 })
        {
            BigInteger fib = Fib(n);
            Console.WriteLine($"F({n}) = {Abbrev(fib)}, digit sum {DigitSum(fib)}, mod 1000000007 = {fib % 1000000007}");
        }
        Console.WriteLine("F(300) / F(299) ~ " + ((double)Fib(300) / (double)Fib(299)).ToString("R"));

        BigInteger two1000 = BigInteger.Pow(2, 1000);
        Console.WriteLine("2^1000 digit sum " + DigitSum(two1000) + ", log10 " + BigInteger.Log10(two1000).ToString("F6"));
        BigInteger root = ISqrt(BigInteger.Pow(10, 100) * 2);
        Console.WriteLine("sqrt(2) * 10^50 = " + root);
        Console.WriteLine("modpow 3^(10^20) mod 1e9+7 = " + BigInteger.ModPow(3, BigInteger.Pow(10, 20), 1000000007));
        BigInteger g = BigInteger.GreatestCommonDivisor(Factorial(50), Fib(120));
        Console.WriteLine("gcd(50!, F(120)) = " + g);
        BigInteger neg = -Factorial(30);
        BigInteger quo = BigInteger.DivRem(neg, 1234567891, out BigInteger rem);
        Console.WriteLine($"-30! divrem 1234567891 = {quo} rem {rem}, sign {neg.Sign}");
        Console.WriteLine("hex of 2^70-1: " + (BigInteger.Pow(2, 70) - 1).ToString("X") + ", parse back ok: " +
                          (BigInteger.Parse("0" + (BigInteger.Pow(2, 70) - 1).ToString("X"), System.Globalization.NumberStyles.HexNumber) == BigInteger.Pow(2, 70) - 1));
        byte[] bytes = Factorial(20).ToByteArray();
        Console.WriteLine("20! bytes: " + Convert.ToHexString(bytes) + " -> " + new BigInteger(bytes));
    }
}
