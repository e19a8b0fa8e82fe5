// System.Numerics.BigInteger: sign + magnitude (BigMag limbs). Arithmetic,
// comparison, conversions and bit operations with .NET's semantics (bit ops
// and shifts act on the infinite two's-complement form). Parsing and
// formatting are in BigInteger.Text.cs.
// The generic-math interfaces (INumber<BigInteger>...) are not implemented
// yet: they come with the corlib's generic math.
using System.Globalization;

namespace System.Numerics
{
    [Serializable]
    public readonly partial struct BigInteger : IFormattable, IComparable, IComparable<BigInteger>, IEquatable<BigInteger>
    {
        private readonly int _sign;      // -1, 0, 1
        private readonly uint[] _mag;    // normalized magnitude, null for zero

        private BigInteger(int sign, uint[] mag)
        {
            mag = BigMag.Normalize(mag);
            _sign = mag == null ? 0 : (sign < 0 ? -1 : 1);
            _mag = mag;
        }

        public BigInteger(int value) : this(value < 0 ? -1 : 1, BigMag.FromUInt64(value < 0 ? (ulong)(-(long)value) : (ulong)value)) { }
        [CLSCompliant(false)] public BigInteger(uint value) : this(1, BigMag.FromUInt64(value)) { }
        public BigInteger(long value) : this(value < 0 ? -1 : 1, BigMag.FromUInt64(value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value)) { }
        [CLSCompliant(false)] public BigInteger(ulong value) : this(1, BigMag.FromUInt64(value)) { }
        public BigInteger(float value) : this((double)value) { }

        public BigInteger(double value)
        {
            if (double.IsNaN(value)) throw new OverflowException("The value is not a number.");
            if (double.IsInfinity(value)) throw new OverflowException("BigInteger cannot represent infinity.");
            long bits = BitConverter.DoubleToInt64Bits(value);
            int exp = (int)((bits >> 52) & 0x7FF);
            ulong man = (ulong)bits & 0xFFFFFFFFFFFFFUL;
            uint[] mag;
            if (exp == 0) mag = null; // zero or subnormal: |value| < 1
            else
            {
                man |= 1UL << 52;
                int shift = exp - 1075;
                if (shift >= 0) mag = BigMag.ShiftLeft(BigMag.FromUInt64(man), shift);
                else mag = shift <= -64 ? null : BigMag.FromUInt64(man >> -shift);
            }
            mag = BigMag.Normalize(mag);
            _sign = mag == null ? 0 : (value < 0 ? -1 : 1);
            _mag = mag;
        }

        public BigInteger(decimal value)
        {
            int[] b = decimal.GetBits(decimal.Truncate(value));
            uint[] mag = BigMag.Normalize(new uint[] { (uint)b[0], (uint)b[1], (uint)b[2] });
            _sign = mag == null ? 0 : (b[3] < 0 ? -1 : 1);
            _mag = mag;
        }

        [CLSCompliant(false)]
        public BigInteger(byte[] value) : this(value == null ? throw new ArgumentNullException("value") : new ReadOnlySpan<byte>(value), false, false) { }

        public BigInteger(ReadOnlySpan<byte> value, bool isUnsigned = false, bool isBigEndian = false)
        {
            int n = value.Length;
            uint[] t = new uint[(n + 3) / 4 + 1];
            for (int i = 0; i < n; i++)
            {
                byte by = isBigEndian ? value[n - 1 - i] : value[i];
                t[i / 4] |= (uint)by << (8 * (i % 4));
            }
            bool negative = !isUnsigned && n > 0 && ((isBigEndian ? value[0] : value[n - 1]) & 0x80) != 0;
            if (negative)
            {
                // sign-extend the top bytes
                for (int i = n; i < t.Length * 4; i++) t[i / 4] |= 0xFFu << (8 * (i % 4));
            }
            int sign;
            uint[] mag = BigMag.FromTwos(t, out sign);
            _sign = sign;
            _mag = mag;
        }

        public static BigInteger Zero { get { return default(BigInteger); } }
        public static BigInteger One { get { return new BigInteger(1); } }
        public static BigInteger MinusOne { get { return new BigInteger(-1); } }

        public int Sign { get { return _sign; } }
        public bool IsZero { get { return _sign == 0; } }
        public bool IsOne { get { return _sign == 1 && _mag.Length == 1 && _mag[0] == 1; } }
        public bool IsEven { get { return _sign == 0 || (_mag[0] & 1) == 0; } }

        public bool IsPowerOfTwo
        {
            get
            {
                if (_sign != 1) return false;
                int n = _mag.Length;
                uint top = _mag[n - 1];
                if ((top & (top - 1)) != 0) return false;
                for (int i = 0; i < n - 1; i++) if (_mag[i] != 0) return false;
                return true;
            }
        }

        public long GetBitLength()
        {
            if (_sign >= 0) return BigMag.BitLength(_mag);
            // bits of the shortest two's complement, without the sign bit
            uint[] m1 = BigMag.Subtract(_mag, new uint[] { 1 });
            return BigMag.BitLength(m1);
        }

        // ---- arithmetic ----
        public static BigInteger operator +(BigInteger left, BigInteger right)
        {
            if (left._sign == 0) return right;
            if (right._sign == 0) return left;
            if (left._sign == right._sign) return new BigInteger(left._sign, BigMag.Add(left._mag, right._mag));
            int c = BigMag.Compare(left._mag, right._mag);
            if (c == 0) return Zero;
            return c > 0 ? new BigInteger(left._sign, BigMag.Subtract(left._mag, right._mag))
                         : new BigInteger(right._sign, BigMag.Subtract(right._mag, left._mag));
        }

        public static BigInteger operator -(BigInteger left, BigInteger right) { return left + (-right); }
        public static BigInteger operator -(BigInteger value) { return new BigInteger(-value._sign, value._mag); }
        public static BigInteger operator +(BigInteger value) { return value; }
        public static BigInteger operator ++(BigInteger value) { return value + One; }
        public static BigInteger operator --(BigInteger value) { return value - One; }

        public static BigInteger operator *(BigInteger left, BigInteger right)
        {
            if (left._sign == 0 || right._sign == 0) return Zero;
            return new BigInteger(left._sign * right._sign, BigMag.Multiply(left._mag, right._mag));
        }

        public static BigInteger operator /(BigInteger dividend, BigInteger divisor)
        {
            BigInteger r;
            return DivRem(dividend, divisor, out r);
        }

        public static BigInteger operator %(BigInteger dividend, BigInteger divisor)
        {
            BigInteger r;
            DivRem(dividend, divisor, out r);
            return r;
        }

        public static BigInteger DivRem(BigInteger dividend, BigInteger divisor, out BigInteger remainder)
        {
            if (divisor._sign == 0) throw new DivideByZeroException();
            uint[] q, r;
            BigMag.DivRem(dividend._mag, divisor._mag, out q, out r);
            remainder = new BigInteger(dividend._sign, r);
            return new BigInteger(dividend._sign * divisor._sign, q);
        }

        public static (BigInteger Quotient, BigInteger Remainder) DivRem(BigInteger left, BigInteger right)
        {
            BigInteger r;
            BigInteger q = DivRem(left, right, out r);
            return (q, r);
        }

        public static BigInteger Add(BigInteger left, BigInteger right) { return left + right; }
        public static BigInteger Subtract(BigInteger left, BigInteger right) { return left - right; }
        public static BigInteger Multiply(BigInteger left, BigInteger right) { return left * right; }
        public static BigInteger Divide(BigInteger dividend, BigInteger divisor) { return dividend / divisor; }
        public static BigInteger Remainder(BigInteger dividend, BigInteger divisor) { return dividend % divisor; }
        public static BigInteger Negate(BigInteger value) { return -value; }
        public static BigInteger Abs(BigInteger value) { return value._sign < 0 ? -value : value; }
        public static BigInteger Max(BigInteger left, BigInteger right) { return left.CompareTo(right) < 0 ? right : left; }
        public static BigInteger Min(BigInteger left, BigInteger right) { return left.CompareTo(right) <= 0 ? left : right; }

        public static BigInteger Pow(BigInteger value, int exponent)
        {
            if (exponent < 0) throw new ArgumentOutOfRangeException("exponent", exponent, "exponent ('" + exponent + "') must be a non-negative value.");
            BigInteger result = One, b = value;
            while (exponent != 0)
            {
                if ((exponent & 1) != 0) result *= b;
                exponent >>= 1;
                if (exponent != 0) b *= b;
            }
            return result;
        }

        public static BigInteger ModPow(BigInteger value, BigInteger exponent, BigInteger modulus)
        {
            if (exponent._sign < 0) throw new ArgumentOutOfRangeException("exponent", exponent, "exponent ('" + exponent + "') must be a non-negative value.");
            if (modulus._sign == 0) throw new DivideByZeroException();
            uint[] m = modulus._mag;
            uint[] result = new uint[] { 1 };
            uint[] q, r;
            BigMag.DivRem(value._mag, m, out q, out r);
            uint[] b = r;
            uint[] e = exponent._mag;
            long bits = BigMag.BitLength(e);
            for (long i = 0; i < bits; i++)
            {
                if ((e[i / 32] >> (int)(i % 32) & 1) != 0)
                {
                    BigMag.DivRem(BigMag.Multiply(result, b), m, out q, out r);
                    result = r;
                }
                if (i + 1 < bits)
                {
                    BigMag.DivRem(BigMag.Multiply(b, b), m, out q, out r);
                    b = r;
                }
            }
            BigMag.DivRem(result, m, out q, out r); // exponent 0, modulus 1
            bool negative = value._sign < 0 && !exponent.IsEven;
            return new BigInteger(negative ? -1 : 1, r);
        }

        public static BigInteger GreatestCommonDivisor(BigInteger left, BigInteger right)
        {
            uint[] a = left._mag, b = right._mag;
            while (b != null)
            {
                uint[] q, r;
                BigMag.DivRem(a, b, out q, out r);
                a = b; b = r;
            }
            return new BigInteger(1, a);
        }

        public static double Log(BigInteger value) { return Log(value, Math.E); }

        public static double Log(BigInteger value, double baseValue)
        {
            if (value._sign < 0 || baseValue == 1.0) return double.NaN;
            if (baseValue == double.PositiveInfinity) return value.IsOne ? 0.0 : double.NaN;
            if (baseValue == 0.0 && !value.IsOne) return double.NaN;
            if (value._sign == 0) return Math.Log(0.0, baseValue);
            long bitLen = BigMag.BitLength(value._mag);
            if (bitLen <= 64) return Math.Log((double)(ulong)value, baseValue);
            // the top 64 bits as a double times 2^(bits below them)
            long shift = bitLen - 64;
            ulong top = (ulong)new BigInteger(1, BigMag.ShiftRight(value._mag, shift));
            return Math.Log((double)top, baseValue) + shift / Math.Log(baseValue, 2.0);
        }

        public static double Log10(BigInteger value) { return Log(value, 10.0); }

        // ---- comparison ----
        public static int Compare(BigInteger left, BigInteger right) { return left.CompareTo(right); }

        public int CompareTo(BigInteger other)
        {
            if (_sign != other._sign) return _sign < other._sign ? -1 : 1;
            int c = BigMag.Compare(_mag, other._mag);
            return _sign < 0 ? -c : c;
        }

        public int CompareTo(long other) { return CompareTo(new BigInteger(other)); }
        [CLSCompliant(false)] public int CompareTo(ulong other) { return CompareTo(new BigInteger(other)); }

        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (!(obj is BigInteger)) throw new ArgumentException("The parameter must be a BigInteger.", "obj");
            return CompareTo((BigInteger)obj);
        }

        public bool Equals(BigInteger other) { return CompareTo(other) == 0; }
        public bool Equals(long other) { return CompareTo(other) == 0; }
        [CLSCompliant(false)] public bool Equals(ulong other) { return CompareTo(other) == 0; }
        public override bool Equals(object obj) { return obj is BigInteger && Equals((BigInteger)obj); }

        public override int GetHashCode()
        {
            if (_sign == 0) return 0;
            int h = _sign;
            for (int i = 0; i < _mag.Length; i++) h = (h * 31) ^ (int)_mag[i];
            return h;
        }

        public static bool operator ==(BigInteger left, BigInteger right) { return left.Equals(right); }
        public static bool operator !=(BigInteger left, BigInteger right) { return !left.Equals(right); }
        public static bool operator <(BigInteger left, BigInteger right) { return left.CompareTo(right) < 0; }
        public static bool operator <=(BigInteger left, BigInteger right) { return left.CompareTo(right) <= 0; }
        public static bool operator >(BigInteger left, BigInteger right) { return left.CompareTo(right) > 0; }
        public static bool operator >=(BigInteger left, BigInteger right) { return left.CompareTo(right) >= 0; }
        public static bool operator ==(BigInteger left, long right) { return left.Equals(right); }
        public static bool operator !=(BigInteger left, long right) { return !left.Equals(right); }
        public static bool operator <(BigInteger left, long right) { return left.CompareTo(right) < 0; }
        public static bool operator <=(BigInteger left, long right) { return left.CompareTo(right) <= 0; }
        public static bool operator >(BigInteger left, long right) { return left.CompareTo(right) > 0; }
        public static bool operator >=(BigInteger left, long right) { return left.CompareTo(right) >= 0; }
        public static bool operator ==(long left, BigInteger right) { return right.Equals(left); }
        public static bool operator !=(long left, BigInteger right) { return !right.Equals(left); }
        public static bool operator <(long left, BigInteger right) { return right.CompareTo(left) > 0; }
        public static bool operator <=(long left, BigInteger right) { return right.CompareTo(left) >= 0; }
        public static bool operator >(long left, BigInteger right) { return right.CompareTo(left) < 0; }
        public static bool operator >=(long left, BigInteger right) { return right.CompareTo(left) <= 0; }
        [CLSCompliant(false)] public static bool operator ==(BigInteger left, ulong right) { return left.Equals(right); }
        [CLSCompliant(false)] public static bool operator !=(BigInteger left, ulong right) { return !left.Equals(right); }
        [CLSCompliant(false)] public static bool operator <(BigInteger left, ulong right) { return left.CompareTo(right) < 0; }
        [CLSCompliant(false)] public static bool operator <=(BigInteger left, ulong right) { return left.CompareTo(right) <= 0; }
        [CLSCompliant(false)] public static bool operator >(BigInteger left, ulong right) { return left.CompareTo(right) > 0; }
        [CLSCompliant(false)] public static bool operator >=(BigInteger left, ulong right) { return left.CompareTo(right) >= 0; }
        [CLSCompliant(false)] public static bool operator ==(ulong left, BigInteger right) { return right.Equals(left); }
        [CLSCompliant(false)] public static bool operator !=(ulong left, BigInteger right) { return !right.Equals(left); }
        [CLSCompliant(false)] public static bool operator <(ulong left, BigInteger right) { return right.CompareTo(left) > 0; }
        [CLSCompliant(false)] public static bool operator <=(ulong left, BigInteger right) { return right.CompareTo(left) >= 0; }
        [CLSCompliant(false)] public static bool operator >(ulong left, BigInteger right) { return right.CompareTo(left) < 0; }
        [CLSCompliant(false)] public static bool operator >=(ulong left, BigInteger right) { return right.CompareTo(left) <= 0; }

        // ---- bit operations (two's complement, infinitely sign-extended) ----
        private int TwosLength(BigInteger other) { return Math.Max(BigMag.Length(_mag), BigMag.Length(other._mag)) + 1; }

        private static BigInteger FromTwos(uint[] t) { int s; uint[] m = BigMag.FromTwos(t, out s); return new BigInteger(s, m); }

        public static BigInteger operator &(BigInteger left, BigInteger right)
        {
            int n = left.TwosLength(right);
            uint[] a = BigMag.ToTwos(left._sign, left._mag, n), b = BigMag.ToTwos(right._sign, right._mag, n);
            for (int i = 0; i < n; i++) a[i] &= b[i];
            return FromTwos(a);
        }

        public static BigInteger operator |(BigInteger left, BigInteger right)
        {
            int n = left.TwosLength(right);
            uint[] a = BigMag.ToTwos(left._sign, left._mag, n), b = BigMag.ToTwos(right._sign, right._mag, n);
            for (int i = 0; i < n; i++) a[i] |= b[i];
            return FromTwos(a);
        }

        public static BigInteger operator ^(BigInteger left, BigInteger right)
        {
            int n = left.TwosLength(right);
            uint[] a = BigMag.ToTwos(left._sign, left._mag, n), b = BigMag.ToTwos(right._sign, right._mag, n);
            for (int i = 0; i < n; i++) a[i] ^= b[i];
            return FromTwos(a);
        }

        public static BigInteger operator ~(BigInteger value) { return -(value + One); }

        public static BigInteger operator <<(BigInteger value, int shift)
        {
            if (shift < 0) return value >> -shift;
            return new BigInteger(value._sign, BigMag.ShiftLeft(value._mag, shift));
        }

        public static BigInteger operator >>(BigInteger value, int shift)
        {
            if (shift < 0) return value << -shift;
            if (value._sign >= 0) return new BigInteger(1, BigMag.ShiftRight(value._mag, shift));
            // floor division by 2^shift: -(((|v| - 1) >> shift) + 1)
            uint[] m1 = BigMag.Subtract(value._mag, new uint[] { 1 });
            return -(new BigInteger(1, BigMag.ShiftRight(m1, shift)) + One);
        }

        public static BigInteger operator >>>(BigInteger value, int shiftAmount) { return value >> shiftAmount; }

        // ---- bytes ----
        public byte[] ToByteArray() { return ToByteArray(false, false); }

        public byte[] ToByteArray(bool isUnsigned = false, bool isBigEndian = false)
        {
            if (_sign < 0 && isUnsigned) throw new OverflowException("Negative values do not have an unsigned representation.");
            int n = GetByteCount(isUnsigned);
            uint[] t = BigMag.ToTwos(_sign, _mag, (n + 3) / 4 + 1);
            byte[] r = new byte[n];
            for (int i = 0; i < n; i++)
            {
                byte b = (byte)(t[i / 4] >> (8 * (i % 4)));
                r[isBigEndian ? n - 1 - i : i] = b;
            }
            return r;
        }

        public int GetByteCount(bool isUnsigned = false)
        {
            if (_sign < 0 && isUnsigned) throw new OverflowException("Negative values do not have an unsigned representation.");
            if (_sign == 0) return 1;
            long bits = isUnsigned ? BigMag.BitLength(_mag) : GetBitLength() + 1;
            return (int)((bits + 7) / 8);
        }

        public bool TryWriteBytes(Span<byte> destination, out int bytesWritten, bool isUnsigned = false, bool isBigEndian = false)
        {
            byte[] b = ToByteArray(isUnsigned, isBigEndian);
            if (b.Length > destination.Length) { bytesWritten = 0; return false; }
            for (int i = 0; i < b.Length; i++) destination[i] = b[i];
            bytesWritten = b.Length;
            return true;
        }
    }
}
