// Hand-written parts of System.Convert: strings, bases, Base64, ChangeType.
using System.Globalization;
using System.Text;

namespace System
{
    public static partial class Convert
    {
        public static string ToString(object value) { return ToString(value, null); }

        public static string ToString(object value, IFormatProvider provider)
        {
            if (value == null) return string.Empty;
            IFormattable f = value as IFormattable;
            if (f != null) return f.ToString(null, provider);
            return value.ToString();
        }

        public static string ToString(bool value) { return value.ToString(); }
        public static string ToString(char value) { return char.ToString(value); }
        public static string ToString(sbyte value) { return value.ToString(); }
        public static string ToString(byte value) { return value.ToString(); }
        public static string ToString(short value) { return value.ToString(); }
        public static string ToString(ushort value) { return value.ToString(); }
        public static string ToString(int value) { return value.ToString(); }
        public static string ToString(uint value) { return value.ToString(); }
        public static string ToString(long value) { return value.ToString(); }
        public static string ToString(ulong value) { return value.ToString(); }
        public static string ToString(float value) { return value.ToString(); }
        public static string ToString(double value) { return value.ToString(); }
        public static string ToString(decimal value) { return value.ToString(); }
        public static string ToString(string value) { return value; }
        public static string ToString(DateTime value) { return value.ToString(); }
        public static string ToString(int value, IFormatProvider provider) { return value.ToString(provider); }
        public static string ToString(long value, IFormatProvider provider) { return value.ToString(provider); }
        public static string ToString(double value, IFormatProvider provider) { return value.ToString(provider); }
        public static string ToString(float value, IFormatProvider provider) { return value.ToString(provider); }
        public static string ToString(decimal value, IFormatProvider provider) { return value.ToString(provider); }

        private static void CheckBase(int toBase)
        {
            if (toBase != 2 && toBase != 8 && toBase != 10 && toBase != 16) throw new ArgumentException("Invalid Base.", "toBase");
        }

        private static string ToBase(ulong bits, int toBase)
        {
            if (bits == 0) return "0";
            char[] buf = new char[64];
            int n = 0;
            while (bits != 0)
            {
                int d = (int)(bits % (ulong)toBase);
                buf[n++] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
                bits /= (ulong)toBase;
            }
            char[] r = new char[n];
            for (int i = 0; i < n; i++) r[i] = buf[n - 1 - i];
            return new string(r);
        }

        public static string ToString(byte value, int toBase) { CheckBase(toBase); return toBase == 10 ? value.ToString() : ToBase(value, toBase); }
        public static string ToString(short value, int toBase) { CheckBase(toBase); return toBase == 10 ? value.ToString() : ToBase((ushort)value, toBase); }
        public static string ToString(int value, int toBase) { CheckBase(toBase); return toBase == 10 ? value.ToString() : ToBase((uint)value, toBase); }
        public static string ToString(long value, int toBase) { CheckBase(toBase); return toBase == 10 ? value.ToString() : ToBase((ulong)value, toBase); }

        private static ulong ParseBase(string value, int fromBase, int bits)
        {
            if (fromBase != 2 && fromBase != 8 && fromBase != 10 && fromBase != 16) throw new ArgumentException("Invalid Base.", "fromBase");
            if (value == null) return 0;
            int i = 0;
            if (fromBase == 16 && value.Length >= 2 && value[0] == '0' && (value[1] == 'x' || value[1] == 'X')) i = 2;
            if (i >= value.Length) throw new FormatException(value.Length == 0 ? "String cannot be of zero length." : "Could not find any recognizable digits.");
            ulong r = 0;
            ulong limit = bits == 64 ? ulong.MaxValue : (1UL << bits) - 1;
            for (; i < value.Length; i++)
            {
                char c = value[i];
                int d;
                if (c >= '0' && c <= '9') d = c - '0';
                else if (c >= 'a' && c <= 'z') d = c - 'a' + 10;
                else if (c >= 'A' && c <= 'Z') d = c - 'A' + 10;
                else throw new FormatException("Could not find any recognizable digits.");
                if (d >= fromBase) throw new FormatException("Could not find any recognizable digits.");
                if (r > (limit - (ulong)d) / (ulong)fromBase) throw new OverflowException("Value was either too large or too small for an Int" + bits + ".");
                r = r * (ulong)fromBase + (ulong)d;
            }
            return r;
        }

        public static byte ToByte(string value, int fromBase) { return fromBase == 10 ? ToByte(value) : (byte)ParseBase(value, fromBase, 8); }
        public static short ToInt16(string value, int fromBase) { return fromBase == 10 ? ToInt16(value) : (short)ParseBase(value, fromBase, 16); }
        public static int ToInt32(string value, int fromBase) { return fromBase == 10 ? ToInt32(value) : (int)ParseBase(value, fromBase, 32); }
        public static long ToInt64(string value, int fromBase) { return fromBase == 10 ? ToInt64(value) : (long)ParseBase(value, fromBase, 64); }
        public static ushort ToUInt16(string value, int fromBase) { return fromBase == 10 ? ToUInt16(value) : (ushort)ParseBase(value, fromBase, 16); }
        public static uint ToUInt32(string value, int fromBase) { return fromBase == 10 ? ToUInt32(value) : (uint)ParseBase(value, fromBase, 32); }
        public static ulong ToUInt64(string value, int fromBase) { return fromBase == 10 ? ToUInt64(value) : ParseBase(value, fromBase, 64); }

        // ---- Base64 ----
        private const string Base64Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

        public static string ToBase64String(byte[] inArray)
        {
            if (inArray == null) throw new ArgumentNullException("inArray");
            return ToBase64String(inArray, 0, inArray.Length, Base64FormattingOptions.None);
        }

        public static string ToBase64String(byte[] inArray, Base64FormattingOptions options)
        {
            if (inArray == null) throw new ArgumentNullException("inArray");
            return ToBase64String(inArray, 0, inArray.Length, options);
        }

        public static string ToBase64String(byte[] inArray, int offset, int length) { return ToBase64String(inArray, offset, length, Base64FormattingOptions.None); }

        public static string ToBase64String(byte[] inArray, int offset, int length, Base64FormattingOptions options)
        {
            if (inArray == null) throw new ArgumentNullException("inArray");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (offset < 0) throw new ArgumentOutOfRangeException("offset", "Value must be positive.");
            if (offset > inArray.Length - length) throw new ArgumentOutOfRangeException("offset", "Offset and length must refer to a position in the string.");
            StringBuilder sb = new StringBuilder((length + 2) / 3 * 4);
            int lineChars = 0;
            bool breaks = (options & Base64FormattingOptions.InsertLineBreaks) != 0;
            for (int i = 0; i < length; i += 3)
            {
                if (breaks && lineChars == 76) { sb.Append("\r\n"); lineChars = 0; }
                int b0 = inArray[offset + i];
                int b1 = i + 1 < length ? inArray[offset + i + 1] : 0;
                int b2 = i + 2 < length ? inArray[offset + i + 2] : 0;
                sb.Append(Base64Chars[b0 >> 2]);
                sb.Append(Base64Chars[((b0 & 3) << 4) | (b1 >> 4)]);
                sb.Append(i + 1 < length ? Base64Chars[((b1 & 15) << 2) | (b2 >> 6)] : '=');
                sb.Append(i + 2 < length ? Base64Chars[b2 & 63] : '=');
                lineChars += 4;
            }
            return sb.ToString();
        }

        public static byte[] FromBase64String(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            return FromBase64CharArray(s.ToCharArray(), 0, s.Length);
        }

        public static byte[] FromBase64CharArray(char[] inArray, int offset, int length)
        {
            if (inArray == null) throw new ArgumentNullException("inArray");
            int[] vals = new int[length];
            int n = 0, pad = 0;
            for (int i = offset; i < offset + length; i++)
            {
                char c = inArray[i];
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
                if (c == '=') { pad++; vals[n++] = 0; continue; }
                if (pad > 0) throw new FormatException("The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.");
                int v = Base64Chars.IndexOf(c);
                if (v < 0) throw new FormatException("The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.");
                vals[n++] = v;
            }
            if (n % 4 != 0 || pad > 2) throw new FormatException("The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.");
            byte[] r = new byte[n / 4 * 3 - pad];
            int o = 0;
            for (int i = 0; i < n; i += 4)
            {
                int x = (vals[i] << 18) | (vals[i + 1] << 12) | (vals[i + 2] << 6) | vals[i + 3];
                if (o < r.Length) r[o++] = (byte)(x >> 16);
                if (o < r.Length) r[o++] = (byte)(x >> 8);
                if (o < r.Length) r[o++] = (byte)x;
            }
            return r;
        }

        // ---- ChangeType ----
        public static object ChangeType(object value, Type conversionType) { return ChangeType(value, conversionType, null); }

        public static object ChangeType(object value, TypeCode typeCode) { return ChangeType(value, typeCode, null); }

        public static object ChangeType(object value, TypeCode typeCode, IFormatProvider provider)
        {
            if (value == null && (typeCode == TypeCode.Empty || typeCode == TypeCode.String || typeCode == TypeCode.Object)) return null;
            IConvertible v = value as IConvertible;
            if (v == null) throw new InvalidCastException("Object must implement IConvertible.");
            switch (typeCode)
            {
                case TypeCode.Boolean: return v.ToBoolean(provider);
                case TypeCode.Char: return v.ToChar(provider);
                case TypeCode.SByte: return v.ToSByte(provider);
                case TypeCode.Byte: return v.ToByte(provider);
                case TypeCode.Int16: return v.ToInt16(provider);
                case TypeCode.UInt16: return v.ToUInt16(provider);
                case TypeCode.Int32: return v.ToInt32(provider);
                case TypeCode.UInt32: return v.ToUInt32(provider);
                case TypeCode.Int64: return v.ToInt64(provider);
                case TypeCode.UInt64: return v.ToUInt64(provider);
                case TypeCode.Single: return v.ToSingle(provider);
                case TypeCode.Double: return v.ToDouble(provider);
                case TypeCode.Decimal: return v.ToDecimal(provider);
                case TypeCode.DateTime: return v.ToDateTime(provider);
                case TypeCode.String: return v.ToString(provider);
                case TypeCode.Object: return value;
            }
            throw new ArgumentException("Unknown TypeCode value.");
        }

        public static object ChangeType(object value, Type conversionType, IFormatProvider provider)
        {
            if (conversionType == null) throw new ArgumentNullException("conversionType");
            if (value == null)
            {
                if (conversionType.IsValueType) throw new InvalidCastException("Null object cannot be converted to a value type.");
                return null;
            }
            if (value.GetType() == conversionType) return value;
            TypeCode tc = Type.GetTypeCode(conversionType);
            if (tc == TypeCode.Object)
            {
                if (conversionType.IsInstanceOfType(value)) return value;
                throw new InvalidCastException("Invalid cast from '" + value.GetType().FullName + "' to '" + conversionType.FullName + "'.");
            }
            if (conversionType.IsEnum) return Enum.ToObject(conversionType, ChangeType(value, tc, provider));
            return ChangeType(value, tc, provider);
        }

        public static TypeCode GetTypeCode(object value)
        {
            if (value == null) return TypeCode.Empty;
            IConvertible c = value as IConvertible;
            return c != null ? c.GetTypeCode() : TypeCode.Object;
        }

        public static bool IsDBNull(object value) { return value == System.DBNull.Value; }
    }
}

namespace System
{
    public static partial class Convert
    {
        public static DateTime ToDateTime(string value) { return value == null ? new DateTime(0) : DateTime.Parse(value); }
        public static DateTime ToDateTime(string value, IFormatProvider provider) { return value == null ? new DateTime(0) : DateTime.Parse(value, provider); }
        public static DateTime ToDateTime(object value) { return value == null ? new DateTime(0) : ((IConvertible)value).ToDateTime(null); }
        public static DateTime ToDateTime(DateTime value) { return value; }
    }
}
