// Unsigned magnitude arithmetic for BigInteger: little-endian uint[] limbs,
// normalized (no high zero limbs; zero is null). Schoolbook multiplication and
// Knuth's algorithm D for division; two's-complement helpers for bit ops.
namespace System.Numerics
{
    internal static class BigMag
    {
        internal static uint[] Normalize(uint[] a)
        {
            if (a == null) return null;
            int n = a.Length;
            while (n > 0 && a[n - 1] == 0) n--;
            if (n == 0) return null;
            if (n == a.Length) return a;
            uint[] r = new uint[n];
            Array.Copy(a, r, n);
            return r;
        }

        internal static int Length(uint[] a) { return a == null ? 0 : a.Length; }

        internal static uint[] FromUInt64(ulong v)
        {
            if (v == 0) return null;
            if (v <= uint.MaxValue) return new uint[] { (uint)v };
            return new uint[] { (uint)v, (uint)(v >> 32) };
        }

        internal static int Compare(uint[] a, uint[] b)
        {
            int la = Length(a), lb = Length(b);
            if (la != lb) return la < lb ? -1 : 1;
            for (int i = la - 1; i >= 0; i--)
                if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
            return 0;
        }

        internal static uint[] Add(uint[] a, uint[] b)
        {
            if (Length(a) < Length(b)) { uint[] t = a; a = b; b = t; }
            int la = Length(a), lb = Length(b);
            if (la == 0) return null;
            uint[] r = new uint[la + 1];
            ulong carry = 0;
            for (int i = 0; i < la; i++)
            {
                ulong s = (ulong)a[i] + (i < lb ? b[i] : 0u) + carry;
                r[i] = (uint)s;
                carry = s >> 32;
            }
            r[la] = (uint)carry;
            return Normalize(r);
        }

        // a - b, requires a >= b
        internal static uint[] Subtract(uint[] a, uint[] b)
        {
            int la = Length(a), lb = Length(b);
            uint[] r = new uint[la];
            long borrow = 0;
            for (int i = 0; i < la; i++)
            {
                long d = (long)a[i] - (i < lb ? b[i] : 0u) - borrow;
                if (d < 0) { d += 1L << 32; borrow = 1; } else borrow = 0;
                r[i] = (uint)d;
            }
            return Normalize(r);
        }

        internal static uint[] Multiply(uint[] a, uint[] b)
        {
            int la = Length(a), lb = Length(b);
            if (la == 0 || lb == 0) return null;
            uint[] r = new uint[la + lb];
            for (int i = 0; i < la; i++)
            {
                ulong carry = 0;
                ulong ai = a[i];
                if (ai == 0) continue;
                for (int j = 0; j < lb; j++)
                {
                    ulong t = ai * b[j] + r[i + j] + carry;
                    r[i + j] = (uint)t;
                    carry = t >> 32;
                }
                r[i + lb] = (uint)carry;
            }
            return Normalize(r);
        }

        // a / d and a % d for a one-limb divisor
        internal static uint[] DivRemSmall(uint[] a, uint d, out uint rem)
        {
            int la = Length(a);
            uint[] q = new uint[la];
            ulong r = 0;
            for (int i = la - 1; i >= 0; i--)
            {
                ulong cur = (r << 32) | a[i];
                q[i] = (uint)(cur / d);
                r = cur % d;
            }
            rem = (uint)r;
            return Normalize(q);
        }

        private static int LeadingZeros(uint x)
        {
            if (x == 0) return 32;
            int n = 0;
            if ((x & 0xFFFF0000) == 0) { n += 16; x <<= 16; }
            if ((x & 0xFF000000) == 0) { n += 8; x <<= 8; }
            if ((x & 0xF0000000) == 0) { n += 4; x <<= 4; }
            if ((x & 0xC0000000) == 0) { n += 2; x <<= 2; }
            if ((x & 0x80000000) == 0) n += 1;
            return n;
        }

        internal static long BitLength(uint[] a)
        {
            int la = Length(a);
            if (la == 0) return 0;
            return (long)la * 32 - LeadingZeros(a[la - 1]);
        }

        // Knuth, TAOCP vol. 2, 4.3.1, algorithm D. b != 0.
        internal static void DivRem(uint[] a, uint[] b, out uint[] quotient, out uint[] remainder)
        {
            int lb = Length(b);
            if (Compare(a, b) < 0) { quotient = null; remainder = a; return; }
            if (lb == 1)
            {
                uint r1;
                quotient = DivRemSmall(a, b[0], out r1);
                remainder = r1 == 0 ? null : new uint[] { r1 };
                return;
            }
            int la = Length(a);
            int s = LeadingZeros(b[lb - 1]);
            uint[] v = ShiftLeftRaw(b, s, lb);
            uint[] u = ShiftLeftRaw(a, s, la + 1);
            uint[] q = new uint[la - lb + 1];
            ulong vTop = v[lb - 1], vNext = v[lb - 2];
            for (int j = la - lb; j >= 0; j--)
            {
                ulong num = ((ulong)u[j + lb] << 32) | u[j + lb - 1];
                ulong qhat = num / vTop;
                ulong rhat = num % vTop;
                while (qhat > uint.MaxValue || qhat * vNext > ((rhat << 32) | u[j + lb - 2]))
                {
                    qhat--;
                    rhat += vTop;
                    if (rhat > uint.MaxValue) break;
                }
                // multiply and subtract
                long borrow = 0;
                ulong carry = 0;
                for (int i = 0; i < lb; i++)
                {
                    ulong p = qhat * v[i] + carry;
                    carry = p >> 32;
                    long t = (long)u[i + j] - (long)(uint)p - borrow;
                    if (t < 0) { t += 1L << 32; borrow = 1; } else borrow = 0;
                    u[i + j] = (uint)t;
                }
                long top = (long)u[j + lb] - (long)carry - borrow;
                if (top < 0)
                {
                    // qhat was one too large: add back
                    u[j + lb] = (uint)(top + (1L << 32));
                    qhat--;
                    ulong c = 0;
                    for (int i = 0; i < lb; i++)
                    {
                        ulong sum = (ulong)u[i + j] + v[i] + c;
                        u[i + j] = (uint)sum;
                        c = sum >> 32;
                    }
                    u[j + lb] = (uint)(u[j + lb] + c);
                }
                else u[j + lb] = (uint)top;
                q[j] = (uint)qhat;
            }
            quotient = Normalize(q);
            remainder = Normalize(ShiftRight(Normalize(u), s));
        }

        private static uint[] ShiftLeftRaw(uint[] a, int bits, int resultLength)
        {
            uint[] r = new uint[resultLength];
            int la = Length(a);
            if (bits == 0) { Array.Copy(a, r, la); return r; }
            uint carry = 0;
            for (int i = 0; i < la; i++)
            {
                r[i] = (a[i] << bits) | carry;
                carry = a[i] >> (32 - bits);
            }
            if (la < resultLength) r[la] = carry;
            return r;
        }

        internal static uint[] ShiftLeft(uint[] a, long shift)
        {
            if (a == null || shift == 0) return a;
            int limbs = (int)(shift / 32), bits = (int)(shift % 32);
            int la = a.Length;
            uint[] r = new uint[la + limbs + 1];
            for (int i = 0; i < la; i++)
            {
                r[i + limbs] |= a[i] << bits;
                if (bits != 0) r[i + limbs + 1] = a[i] >> (32 - bits);
            }
            return Normalize(r);
        }

        internal static uint[] ShiftRight(uint[] a, long shift)
        {
            if (a == null || shift == 0) return a;
            long limbsL = shift / 32;
            if (limbsL >= a.Length) return null;
            int limbs = (int)limbsL, bits = (int)(shift % 32);
            int n = a.Length - limbs;
            uint[] r = new uint[n];
            for (int i = 0; i < n; i++)
            {
                uint lo = a[i + limbs] >> bits;
                uint hi = bits != 0 && i + limbs + 1 < a.Length ? a[i + limbs + 1] << (32 - bits) : 0u;
                r[i] = lo | hi;
            }
            return Normalize(r);
        }

        // two's complement of sign*mag in exactly len limbs
        internal static uint[] ToTwos(int sign, uint[] mag, int len)
        {
            uint[] r = new uint[len];
            int lm = Length(mag);
            for (int i = 0; i < lm && i < len; i++) r[i] = mag[i];
            if (sign < 0)
            {
                ulong carry = 1;
                for (int i = 0; i < len; i++)
                {
                    ulong t = (ulong)(uint)~r[i] + carry;
                    r[i] = (uint)t;
                    carry = t >> 32;
                }
            }
            return r;
        }

        // value of a two's complement limb array: sign and magnitude
        internal static uint[] FromTwos(uint[] t, out int sign)
        {
            int n = t.Length;
            if (n > 0 && (t[n - 1] & 0x80000000) != 0)
            {
                uint[] m = new uint[n];
                ulong carry = 1;
                for (int i = 0; i < n; i++)
                {
                    ulong x = (ulong)(uint)~t[i] + carry;
                    m[i] = (uint)x;
                    carry = x >> 32;
                }
                sign = -1;
                return Normalize(m);
            }
            uint[] r = Normalize((uint[])t.Clone());
            sign = r == null ? 0 : 1;
            return r;
        }
    }
}
