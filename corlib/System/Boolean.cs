namespace System
{
    [Serializable]
    public partial struct Boolean : IComparable, IConvertible, IComparable<bool>, IEquatable<bool>
    {
        internal bool m_value;

        public static readonly string TrueString = "True";
        public static readonly string FalseString = "False";

        public override int GetHashCode() { return m_value ? 1 : 0; }
        public override string ToString() { return m_value ? "True" : "False"; }
        public string ToString(IFormatProvider provider) { return ToString(); }
        public override bool Equals(object obj) { return obj is bool && m_value == (bool)obj; }
        public bool Equals(bool obj) { return m_value == obj; }

        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (!(obj is bool)) throw new ArgumentException("Object must be of type Boolean.");
            return CompareTo((bool)obj);
        }

        public int CompareTo(bool value)
        {
            if (m_value == value) return 0;
            return m_value ? 1 : -1;
        }

        public static bool Parse(string value)
        {
            if (value == null) throw new ArgumentNullException("value");
            bool r;
            if (!TryParse(value, out r)) throw new FormatException("String '" + value + "' was not recognized as a valid Boolean.");
            return r;
        }

        public static bool TryParse(string value, out bool result)
        {
            result = false;
            if (value == null) return false;
            string v = value.Trim();
            if (string.Equals(v, "True", StringComparison.OrdinalIgnoreCase)) { result = true; return true; }
            if (string.Equals(v, "False", StringComparison.OrdinalIgnoreCase)) { result = false; return true; }
            return false;
        }

        public TypeCode GetTypeCode() { return TypeCode.Boolean; }
        bool IConvertible.ToBoolean(IFormatProvider provider) { return m_value; }
        char IConvertible.ToChar(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'Boolean' to 'Char'."); }
        sbyte IConvertible.ToSByte(IFormatProvider provider) { return (sbyte)(m_value ? 1 : 0); }
        byte IConvertible.ToByte(IFormatProvider provider) { return (byte)(m_value ? 1 : 0); }
        short IConvertible.ToInt16(IFormatProvider provider) { return (short)(m_value ? 1 : 0); }
        ushort IConvertible.ToUInt16(IFormatProvider provider) { return (ushort)(m_value ? 1 : 0); }
        int IConvertible.ToInt32(IFormatProvider provider) { return m_value ? 1 : 0; }
        uint IConvertible.ToUInt32(IFormatProvider provider) { return m_value ? 1u : 0u; }
        long IConvertible.ToInt64(IFormatProvider provider) { return m_value ? 1 : 0; }
        ulong IConvertible.ToUInt64(IFormatProvider provider) { return m_value ? 1ul : 0ul; }
        float IConvertible.ToSingle(IFormatProvider provider) { return m_value ? 1f : 0f; }
        double IConvertible.ToDouble(IFormatProvider provider) { return m_value ? 1.0 : 0.0; }
        decimal IConvertible.ToDecimal(IFormatProvider provider) { return m_value ? 1m : 0m; }
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'Boolean' to 'DateTime'."); }
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) { return Convert.ChangeType(this, conversionType, provider); }
    }
}
