// Convert overloads that only forward: DateTime from the other primitives
// (always an InvalidCastException, from the primitive's IConvertible), the
// provider-taking ToString overloads, base-n SByte parsing, and DBNull.
namespace System
{
    public static partial class Convert
    {
        public static readonly object DBNull = System.DBNull.Value;

        public static DateTime ToDateTime(bool value) { return ((IConvertible)value).ToDateTime(null); }
        public static DateTime ToDateTime(char value) { return ((IConvertible)value).ToDateTime(null); }
        [CLSCompliant(false)] public static DateTime ToDateTime(sbyte value) { return ((IConvertible)value).ToDateTime(null); }
        public static DateTime ToDateTime(byte value) { return ((IConvertible)value).ToDateTime(null); }
        public static DateTime ToDateTime(short value) { return ((IConvertible)value).ToDateTime(null); }
        [CLSCompliant(false)] public static DateTime ToDateTime(ushort value) { return ((IConvertible)value).ToDateTime(null); }
        public static DateTime ToDateTime(int value) { return ((IConvertible)value).ToDateTime(null); }
        [CLSCompliant(false)] public static DateTime ToDateTime(uint value) { return ((IConvertible)value).ToDateTime(null); }
        public static DateTime ToDateTime(long value) { return ((IConvertible)value).ToDateTime(null); }
        [CLSCompliant(false)] public static DateTime ToDateTime(ulong value) { return ((IConvertible)value).ToDateTime(null); }
        public static DateTime ToDateTime(float value) { return ((IConvertible)value).ToDateTime(null); }
        public static DateTime ToDateTime(double value) { return ((IConvertible)value).ToDateTime(null); }
        public static DateTime ToDateTime(decimal value) { return ((IConvertible)value).ToDateTime(null); }
        public static DateTime ToDateTime(object value, IFormatProvider provider) { return value == null ? new DateTime(0) : ((IConvertible)value).ToDateTime(provider); }

        public static string ToString(bool value, IFormatProvider provider) { return value.ToString(); }
        public static string ToString(char value, IFormatProvider provider) { return value.ToString(); }
        [CLSCompliant(false)] public static string ToString(sbyte value, IFormatProvider provider) { return value.ToString(provider); }
        public static string ToString(byte value, IFormatProvider provider) { return value.ToString(provider); }
        public static string ToString(short value, IFormatProvider provider) { return value.ToString(provider); }
        [CLSCompliant(false)] public static string ToString(ushort value, IFormatProvider provider) { return value.ToString(provider); }
        [CLSCompliant(false)] public static string ToString(uint value, IFormatProvider provider) { return value.ToString(provider); }
        [CLSCompliant(false)] public static string ToString(ulong value, IFormatProvider provider) { return value.ToString(provider); }
        public static string ToString(DateTime value, IFormatProvider provider) { return value.ToString(provider); }
        public static string ToString(string value, IFormatProvider provider) { return value; }

        [CLSCompliant(false)]
        public static sbyte ToSByte(string value, int fromBase)
        {
            if (fromBase == 10) return ToSByte(value);
            ulong r;
            try { r = ParseBase(value, fromBase, 8); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a signed byte."); }
            return unchecked((sbyte)(byte)r);
        }
    }
}
