// System.Double. Digits come from C (Number.DoubleToDigits, shortest round-trip
// or exact), layout follows .NET Core 3.0+ (Number.Formatting.cs).
using System.Globalization;

namespace System
{
    [Serializable]
    public partial struct Double : IComparable, IFormattable, IConvertible, IComparable<double>, IEquatable<double>
    {
        internal double m_value;

        public const double MinValue = -1.7976931348623157E+308;
        public const double MaxValue = 1.7976931348623157E+308;
        public const double Epsilon = 4.9406564584124654E-324;
        public const double NegativeInfinity = (double)-1.0 / (double)0.0;
        public const double PositiveInfinity = (double)1.0 / (double)0.0;
        public const double NaN = (double)0.0 / (double)0.0;
        public const double NegativeZero = -0.0;

        public static bool IsNaN(double d) { return d != d; }
        public static bool IsInfinity(double d) { return d == PositiveInfinity || d == NegativeInfinity; }
        public static bool IsPositiveInfinity(double d) { return d == PositiveInfinity; }
        public static bool IsNegativeInfinity(double d) { return d == NegativeInfinity; }
        public static bool IsNegative(double d) { return BitConverter.DoubleToInt64Bits(d) < 0; }
        public static bool IsFinite(double d) { return (BitConverter.DoubleToInt64Bits(d) & 0x7FFFFFFFFFFFFFFFL) < 0x7FF0000000000000L; }
        public static bool IsNormal(double d) { long bits = BitConverter.DoubleToInt64Bits(d) & 0x7FFFFFFFFFFFFFFFL; return bits < 0x7FF0000000000000L && bits != 0 && (bits & 0x7FF0000000000000L) != 0; }
        public static bool IsSubnormal(double d) { long bits = BitConverter.DoubleToInt64Bits(d) & 0x7FFFFFFFFFFFFFFFL; return bits < 0x7FF0000000000000L && bits != 0 && (bits & 0x7FF0000000000000L) == 0; }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is double)) throw new ArgumentException("Object must be of type Double.");
            return CompareTo((double)value);
        }

        public int CompareTo(double value)
        {
            if (m_value < value) return -1;
            if (m_value > value) return 1;
            if (m_value == value) return 0;
            if (IsNaN(m_value)) return IsNaN(value) ? 0 : -1;
            return 1;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is double)) return false;
            return Equals((double)obj);
        }

        public bool Equals(double obj)
        {
            if (obj == m_value) return true;
            return IsNaN(obj) && IsNaN(m_value);
        }

        public override int GetHashCode()
        {
            long bits = BitConverter.DoubleToInt64Bits(m_value);
            if (m_value == 0) bits = 0;
            else if (m_value != m_value) bits = 0x7FF8000000000000L;
            return (int)bits ^ (int)(bits >> 32);
        }

        public override string ToString() { return Number.FormatDoubleDefault(m_value, false); }
        public string ToString(string format) { return Number.FormatDouble(m_value, false, format, null); }
        public string ToString(IFormatProvider provider) { return Number.FormatDouble(m_value, false, null, provider); }
        public string ToString(string format, IFormatProvider provider) { return Number.FormatDouble(m_value, false, format, provider); }

        public static double Parse(string s) { return Parse(s, NumberStyles.Float | NumberStyles.AllowThousands, null); }
        public static double Parse(string s, NumberStyles style) { return Parse(s, style, null); }
        public static double Parse(string s, IFormatProvider provider) { return Parse(s, NumberStyles.Float | NumberStyles.AllowThousands, provider); }
        public static double Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException("s");
            double v;
            if (!Number.TryParseDouble(s, style, provider, false, out v)) throw Number.InvalidInput(s);
            return (double)v;
        }

        public static bool TryParse(string s, out double result) { return TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, null, out result); }
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out double result)
        {
            result = 0;
            if (s == null) return false;
            double v;
            if (!Number.TryParseDouble(s, style, provider, false, out v)) return false;
            result = (double)v;
            return true;
        }

        public TypeCode GetTypeCode() { return TypeCode.Double; }
        bool IConvertible.ToBoolean(IFormatProvider provider) { return Convert.ToBoolean(m_value); }
        char IConvertible.ToChar(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'Double' to 'Char'."); }
        sbyte IConvertible.ToSByte(IFormatProvider provider) { return Convert.ToSByte(m_value); }
        byte IConvertible.ToByte(IFormatProvider provider) { return Convert.ToByte(m_value); }
        short IConvertible.ToInt16(IFormatProvider provider) { return Convert.ToInt16(m_value); }
        ushort IConvertible.ToUInt16(IFormatProvider provider) { return Convert.ToUInt16(m_value); }
        int IConvertible.ToInt32(IFormatProvider provider) { return Convert.ToInt32(m_value); }
        uint IConvertible.ToUInt32(IFormatProvider provider) { return Convert.ToUInt32(m_value); }
        long IConvertible.ToInt64(IFormatProvider provider) { return Convert.ToInt64(m_value); }
        ulong IConvertible.ToUInt64(IFormatProvider provider) { return Convert.ToUInt64(m_value); }
        float IConvertible.ToSingle(IFormatProvider provider) { return (float)m_value; }
        double IConvertible.ToDouble(IFormatProvider provider) { return m_value; }
        decimal IConvertible.ToDecimal(IFormatProvider provider) { return Convert.ToDecimal(m_value); }
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'Double' to 'DateTime'."); }
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) { return Convert.ChangeType(this, conversionType, provider); }
    }
}
