// BigInteger conversions to and from the primitive numeric types.
namespace System.Numerics
{
    public readonly partial struct BigInteger
    {
        public static implicit operator BigInteger(byte value) { return new BigInteger((int)value); }
        [CLSCompliant(false)] public static implicit operator BigInteger(sbyte value) { return new BigInteger((int)value); }
        public static implicit operator BigInteger(short value) { return new BigInteger((int)value); }
        [CLSCompliant(false)] public static implicit operator BigInteger(ushort value) { return new BigInteger((int)value); }
        public static implicit operator BigInteger(int value) { return new BigInteger(value); }
        [CLSCompliant(false)] public static implicit operator BigInteger(uint value) { return new BigInteger(value); }
        public static implicit operator BigInteger(long value) { return new BigInteger(value); }
        [CLSCompliant(false)] public static implicit operator BigInteger(ulong value) { return new BigInteger(value); }
        public static implicit operator BigInteger(char value) { return new BigInteger((int)value); }
        public static implicit operator BigInteger(nint value) { return new BigInteger((long)value); }
        [CLSCompliant(false)] public static implicit operator BigInteger(nuint value) { return new BigInteger((ulong)value); }
        public static explicit operator BigInteger(float value) { return new BigInteger(value); }
        public static explicit operator BigInteger(double value) { return new BigInteger(value); }
        public static explicit operator BigInteger(decimal value) { return new BigInteger(value); }

        private static OverflowException Overflow(string type)
        {
            return new OverflowException("Value was either too large or too small for " + (type == "Int32" || type == "Int64" || type == "Int16" || type == "IntPtr" ? "an " : "a ") + type + ".");
        }

        // magnitude as ulong when it fits in 64 bits
        private bool TryMagnitude(out ulong mag)
        {
            mag = 0;
            if (_sign == 0) return true;
            if (_mag.Length > 2) return false;
            mag = _mag[0] | (_mag.Length == 2 ? (ulong)_mag[1] << 32 : 0UL);
            return true;
        }

        private long ToInt64Checked(long min, ulong max, string type)
        {
            ulong m;
            if (!TryMagnitude(out m)) throw Overflow(type);
            if (_sign >= 0) { if (m > max) throw Overflow(type); return (long)m; }
            if (m > (ulong)(-(min + 1)) + 1) throw Overflow(type);
            return (long)(0 - m);
        }

        private ulong ToUInt64Checked(ulong max, string type)
        {
            ulong m;
            if (_sign < 0 || !TryMagnitude(out m) || m > max) throw Overflow(type);
            return m;
        }

        // .NET narrows through Int32 (whose overflow names the type) and then
        // with a checked cast (the generic overflow message).
        private static OverflowException Generic() { return new OverflowException("Arithmetic operation resulted in an overflow."); }
        private static int Narrow(BigInteger value, int min, int max)
        {
            int v = (int)value.ToInt64Checked(int.MinValue, int.MaxValue, "Int32");
            if (v < min || v > max) throw Generic();
            return v;
        }
        private bool FitsInt32 { get { return _sign == 0 || (_mag.Length == 1 && (_mag[0] < 0x80000000u || (_sign < 0 && _mag[0] == 0x80000000u))); } }
        private ulong ToUnsigned(ulong max, string type)
        {
            if (FitsInt32 && _sign < 0) throw Generic();
            return ToUInt64Checked(max, type);
        }

        public static explicit operator byte(BigInteger value) { return (byte)Narrow(value, byte.MinValue, byte.MaxValue); }
        [CLSCompliant(false)] public static explicit operator sbyte(BigInteger value) { return (sbyte)Narrow(value, sbyte.MinValue, sbyte.MaxValue); }
        public static explicit operator short(BigInteger value) { return (short)Narrow(value, short.MinValue, short.MaxValue); }
        [CLSCompliant(false)] public static explicit operator ushort(BigInteger value) { return (ushort)Narrow(value, ushort.MinValue, ushort.MaxValue); }
        public static explicit operator char(BigInteger value) { return (char)Narrow(value, char.MinValue, char.MaxValue); }
        public static explicit operator int(BigInteger value) { return (int)value.ToInt64Checked(int.MinValue, int.MaxValue, "Int32"); }
        [CLSCompliant(false)] public static explicit operator uint(BigInteger value) { return (uint)value.ToUnsigned(uint.MaxValue, "UInt32"); }
        public static explicit operator long(BigInteger value) { return value.ToInt64Checked(long.MinValue, long.MaxValue, "Int64"); }
        [CLSCompliant(false)] public static explicit operator ulong(BigInteger value) { return value.ToUnsigned(ulong.MaxValue, "UInt64"); }
        public static explicit operator nint(BigInteger value) { return (nint)value.ToInt64Checked(IntPtr.Size == 8 ? long.MinValue : int.MinValue, IntPtr.Size == 8 ? (ulong)long.MaxValue : (ulong)int.MaxValue, "IntPtr"); }
        [CLSCompliant(false)] public static explicit operator nuint(BigInteger value) { return (nuint)value.ToUnsigned(IntPtr.Size == 8 ? ulong.MaxValue : uint.MaxValue, "UIntPtr"); }

        public static explicit operator double(BigInteger value)
        {
            if (value._sign == 0) return 0.0;
            // .NET keeps the top 53 bits (truncating the rest) and scales them
            long bitLen = BigMag.BitLength(value._mag);
            double r;
            if (bitLen > 1024) r = double.PositiveInfinity;
            else
            {
                long shift = bitLen > 53 ? bitLen - 53 : 0;
                uint[] top = BigMag.ShiftRight(value._mag, shift);
                ulong t = top[0] | (top.Length > 1 ? (ulong)top[1] << 32 : 0UL);
                r = (double)t * Math.Pow(2.0, shift);
            }
            return value._sign < 0 ? -r : r;
        }

        public static explicit operator float(BigInteger value) { return (float)(double)value; }

        public static explicit operator decimal(BigInteger value)
        {
            if (value._sign == 0) return 0m;
            if (value._mag.Length > 3) throw Overflow("Decimal");
            uint[] m = value._mag;
            return new decimal((int)m[0], m.Length > 1 ? (int)m[1] : 0, m.Length > 2 ? (int)m[2] : 0, value._sign < 0, 0);
        }
    }
}
