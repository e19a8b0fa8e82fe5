// DBNull: the single value that stands for a database null.
using System.Runtime.Serialization;

namespace System
{
    public sealed class DBNull : ISerializable, IConvertible
    {
        public static readonly DBNull Value = new DBNull();

        private DBNull() { }

        public void GetObjectData(SerializationInfo info, StreamingContext context)
        {
            throw new PlatformNotSupportedException("This operation is not supported on this platform.");
        }

        public override string ToString() { return string.Empty; }
        public string ToString(IFormatProvider provider) { return string.Empty; }
        public TypeCode GetTypeCode() { return TypeCode.DBNull; }

        static InvalidCastException Cast() { return new InvalidCastException("Object cannot be cast from DBNull to other types."); }
        bool IConvertible.ToBoolean(IFormatProvider provider) { throw Cast(); }
        char IConvertible.ToChar(IFormatProvider provider) { throw Cast(); }
        sbyte IConvertible.ToSByte(IFormatProvider provider) { throw Cast(); }
        byte IConvertible.ToByte(IFormatProvider provider) { throw Cast(); }
        short IConvertible.ToInt16(IFormatProvider provider) { throw Cast(); }
        ushort IConvertible.ToUInt16(IFormatProvider provider) { throw Cast(); }
        int IConvertible.ToInt32(IFormatProvider provider) { throw Cast(); }
        uint IConvertible.ToUInt32(IFormatProvider provider) { throw Cast(); }
        long IConvertible.ToInt64(IFormatProvider provider) { throw Cast(); }
        ulong IConvertible.ToUInt64(IFormatProvider provider) { throw Cast(); }
        float IConvertible.ToSingle(IFormatProvider provider) { throw Cast(); }
        double IConvertible.ToDouble(IFormatProvider provider) { throw Cast(); }
        decimal IConvertible.ToDecimal(IFormatProvider provider) { throw Cast(); }
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { throw Cast(); }
        object IConvertible.ToType(Type type, IFormatProvider provider) { return Convert.ChangeType(this, type, provider); }
    }
}
