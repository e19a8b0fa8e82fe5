// System.Single. Digits come from C (Number.DoubleToDigits, shortest round-trip
// or exact), layout follows .NET Core 3.0+ (Number.Formatting.cs).
using System.Globalization;

namespace System
{
    [Serializable]
    public partial struct Single : IComparable, IFormattable, IConvertible, IComparable<float>, IEquatable<float>
    {
        internal float m_value;

        public const float MinValue = -3.40282347E+38f;
        public const float MaxValue = 3.40282347E+38f;
        public const float Epsilon = 1.401298E-45f;
        public const float NegativeInfinity = (float)-1.0 / (float)0.0;
        public const float PositiveInfinity = (float)1.0 / (float)0.0;
        public const float NaN = (float)0.0 / (float)0.0;
        public const float NegativeZero = -0.0f;

        public static bool IsNaN(float d) { return d != d; }
        public static bool IsInfinity(float d) { return d == PositiveInfinity || d == NegativeInfinity; }
        public static bool IsPositiveInfinity(float d) { return d == PositiveInfinity; }
        public static bool IsNegativeInfinity(float d) { return d == NegativeInfinity; }
        public static bool IsNegative(float d) { return BitConverter.SingleToInt32Bits(d) < 0; }
        public static bool IsFinite(float d) { return (BitConverter.SingleToInt32Bits(d) & 0x7FFFFFFF) < 0x7F800000; }
        public static bool IsNormal(float d) { int bits = BitConverter.SingleToInt32Bits(d) & 0x7FFFFFFF; return bits < 0x7F800000 && bits != 0 && (bits & 0x7F800000) != 0; }
        public static bool IsSubnormal(float d) { int bits = BitConverter.SingleToInt32Bits(d) & 0x7FFFFFFF; return bits < 0x7F800000 && bits != 0 && (bits & 0x7F800000) == 0; }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is float)) throw new ArgumentException("Object must be of type Single.");
            return CompareTo((float)value);
        }

        public int CompareTo(float value)
        {
            if (m_value < value) return -1;
            if (m_value > value) return 1;
            if (m_value == value) return 0;
            if (IsNaN(m_value)) return IsNaN(value) ? 0 : -1;
            return 1;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is float)) return false;
            return Equals((float)obj);
        }

        public bool Equals(float obj)
        {
            if (obj == m_value) return true;
            return IsNaN(obj) && IsNaN(m_value);
        }

        public override int GetHashCode()
        {
            int bits = BitConverter.SingleToInt32Bits(m_value);
            if (m_value == 0) bits = 0;
            else if (m_value != m_value) bits = 0x7FC00000;
            return bits;
        }

        public override string ToString() { return Number.FormatDoubleDefault(m_value, true); }
        public string ToString(string format) { return Number.FormatDouble(m_value, true, format, null); }
        public string ToString(IFormatProvider provider) { return Number.FormatDouble(m_value, true, null, provider); }
        public string ToString(string format, IFormatProvider provider) { return Number.FormatDouble(m_value, true, format, provider); }

        public static float Parse(string s) { return Parse(s, NumberStyles.Float | NumberStyles.AllowThousands, null); }
        public static float Parse(string s, NumberStyles style) { return Parse(s, style, null); }
        public static float Parse(string s, IFormatProvider provider) { return Parse(s, NumberStyles.Float | NumberStyles.AllowThousands, provider); }
        public static float Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException("s");
            double v;
            if (!Number.TryParseDouble(s, style, provider, true, out v)) throw Number.InvalidInput(s);
            return (float)v;
        }

        public static bool TryParse(string s, out float result) { return TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, null, out result); }
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out float result)
        {
            result = 0;
            if (s == null) return false;
            double v;
            if (!Number.TryParseDouble(s, style, provider, true, out v)) return false;
            result = (float)v;
            return true;
        }

        public TypeCode GetTypeCode() { return TypeCode.Single; }
        bool IConvertible.ToBoolean(IFormatProvider provider) { return Convert.ToBoolean(m_value); }
        char IConvertible.ToChar(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'Single' to 'Char'."); }
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
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'Single' to 'DateTime'."); }
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) { return Convert.ChangeType(this, conversionType, provider); }
    }
}
