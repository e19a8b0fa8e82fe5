// System.UInt32 — generated from one template for every integer type; the
// formatting and parsing logic lives in Number (Number.Formatting.cs, Number.Parsing.cs).
using System.Globalization;

namespace System
{
    [Serializable]
    public struct UInt32 : IComparable, IFormattable, IConvertible, IComparable<uint>, IEquatable<uint>
    {
        internal uint m_value;

        public const uint MaxValue = 4294967295;
        public const uint MinValue = 0;

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is uint)) throw new ArgumentException("Object must be of type UInt32.");
            uint v = (uint)value;
            return m_value < v ? -1 : (m_value > v ? 1 : 0);
        }

        public int CompareTo(uint value) { return m_value < value ? -1 : (m_value > value ? 1 : 0); }

        public override bool Equals(object obj) { return obj is uint && m_value == (uint)obj; }

        public bool Equals(uint obj) { return m_value == obj; }

        public override int GetHashCode() { return (int)m_value; }

        public override string ToString() { return Number.FormatUnsigned(m_value, 4, null, null); }
        public string ToString(string format) { IFormatProvider provider = null; return Number.FormatUnsigned(m_value, 4, format, provider); }
        public string ToString(IFormatProvider provider) { string format = null; return Number.FormatUnsigned(m_value, 4, format, provider); }
        public string ToString(string format, IFormatProvider provider) { return Number.FormatUnsigned(m_value, 4, format, provider); }

        public static uint Parse(string s) { return Parse(s, NumberStyles.Integer, null); }
        public static uint Parse(string s, NumberStyles style) { return Parse(s, style, null); }
        public static uint Parse(string s, IFormatProvider provider) { return Parse(s, NumberStyles.Integer, provider); }
        public static uint Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException("s");
            ulong v;
            int status = Number.ParseUnsigned(s, style, provider, 4, out v);
            if (status != 0) Number.ThrowParseError(status, "UInt32");
            return (uint)v;
        }

        public static bool TryParse(string s, out uint result) { return TryParse(s, NumberStyles.Integer, null, out result); }
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out uint result)
        {
            result = 0;
            if (s == null) return false;
            ulong v;
            if (Number.ParseUnsigned(s, style, provider, 4, out v) != 0) return false;
            result = (uint)v;
            return true;
        }

        public TypeCode GetTypeCode() { return TypeCode.UInt32; }
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
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'UInt32' to 'DateTime'."); }
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) { return Convert.ChangeType(this, conversionType, provider); }
    }
}
