// System.Byte — generated from one template for every integer type; the
// formatting and parsing logic lives in Number (Number.Formatting.cs, Number.Parsing.cs).
using System.Globalization;

namespace System
{
    [Serializable]
    public struct Byte : IComparable, IFormattable, IConvertible, IComparable<byte>, IEquatable<byte>
    {
        internal byte m_value;

        public const byte MaxValue = 255;
        public const byte MinValue = 0;

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is byte)) throw new ArgumentException("Object must be of type Byte.");
            byte v = (byte)value;
            return m_value < v ? -1 : (m_value > v ? 1 : 0);
        }

        public int CompareTo(byte value) { return m_value < value ? -1 : (m_value > value ? 1 : 0); }

        public override bool Equals(object obj) { return obj is byte && m_value == (byte)obj; }

        public bool Equals(byte obj) { return m_value == obj; }

        public override int GetHashCode() { return m_value; }

        public override string ToString() { return Number.FormatUnsigned(m_value, 1, null, null); }
        public string ToString(string format) { IFormatProvider provider = null; return Number.FormatUnsigned(m_value, 1, format, provider); }
        public string ToString(IFormatProvider provider) { string format = null; return Number.FormatUnsigned(m_value, 1, format, provider); }
        public string ToString(string format, IFormatProvider provider) { return Number.FormatUnsigned(m_value, 1, format, provider); }

        public static byte Parse(string s) { return Parse(s, NumberStyles.Integer, null); }
        public static byte Parse(string s, NumberStyles style) { return Parse(s, style, null); }
        public static byte Parse(string s, IFormatProvider provider) { return Parse(s, NumberStyles.Integer, provider); }
        public static byte Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException("s");
            ulong v;
            int status = Number.ParseUnsigned(s, style, provider, 1, out v);
            if (status != 0) Number.ThrowParseError(status, "Byte");
            return (byte)v;
        }

        public static bool TryParse(string s, out byte result) { return TryParse(s, NumberStyles.Integer, null, out result); }
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out byte result)
        {
            result = 0;
            if (s == null) return false;
            ulong v;
            if (Number.ParseUnsigned(s, style, provider, 1, out v) != 0) return false;
            result = (byte)v;
            return true;
        }

        public TypeCode GetTypeCode() { return TypeCode.Byte; }
        bool IConvertible.ToBoolean(IFormatProvider provider) { return Convert.ToBoolean(m_value); }
        char IConvertible.ToChar(IFormatProvider provider) { return Convert.ToChar(m_value); }
        sbyte IConvertible.ToSByte(IFormatProvider provider) { return Convert.ToSByte(m_value); }
        byte IConvertible.ToByte(IFormatProvider provider) { return Convert.ToByte(m_value); }
        short IConvertible.ToInt16(IFormatProvider provider) { return Convert.ToInt16(m_value); }
        ushort IConvertible.ToUInt16(IFormatProvider provider) { return Convert.ToUInt16(m_value); }
        int IConvertible.ToInt32(IFormatProvider provider) { return Convert.ToInt32(m_value); }
        uint IConvertible.ToUInt32(IFormatProvider provider) { return Convert.ToUInt32(m_value); }
        long IConvertible.ToInt64(IFormatProvider provider) { return Convert.ToInt64(m_value); }
        ulong IConvertible.ToUInt64(IFormatProvider provider) { return Convert.ToUInt64(m_value); }
        float IConvertible.ToSingle(IFormatProvider provider) { return Convert.ToSingle(m_value); }
        double IConvertible.ToDouble(IFormatProvider provider) { return Convert.ToDouble(m_value); }
        decimal IConvertible.ToDecimal(IFormatProvider provider) { return Convert.ToDecimal(m_value); }
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'Byte' to 'DateTime'."); }
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) { return Convert.ChangeType(this, conversionType, provider); }
    }
}
