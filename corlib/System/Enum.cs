// System.Enum. Names and values come from the runtime (declaration order);
// this file sorts them by unsigned value as .NET does and does the formatting.
using System.Runtime.CompilerServices;

namespace System
{
    [Serializable]
    public abstract class Enum : ValueType, IComparable, IFormattable, IConvertible
    {
        protected Enum() { }

        // ---- runtime-provided ----
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern ulong[] InternalGetValues(Type enumType);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string[] InternalGetNames(Type enumType);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern long InternalGetUnderlyingValue(object value);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern bool InternalHasFlagsAttribute(Type enumType);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern object InternalBoxEnum(Type enumType, long value);

        private sealed class EnumInfo
        {
            internal ulong[] Values;   // sorted ascending (unsigned)
            internal string[] Names;
            internal bool IsFlags;
            internal Type Underlying;
        }

        private static System.Collections.Generic.Dictionary<Type, EnumInfo> s_cache;

        private static EnumInfo GetInfo(Type enumType)
        {
            if (enumType == null) throw new ArgumentNullException("enumType");
            if (!enumType.IsEnum) throw new ArgumentException("Type provided must be an Enum.", "enumType");
            if (s_cache == null) s_cache = new System.Collections.Generic.Dictionary<Type, EnumInfo>();
            EnumInfo info;
            if (s_cache.TryGetValue(enumType, out info)) return info;
            ulong[] values = InternalGetValues(enumType);
            string[] names = InternalGetNames(enumType);
            Type underlying = enumType.GetEnumUnderlyingType();
            // Whether the runtime sign- or zero-extends, keep only the underlying type's bits.
            for (int i = 0; i < values.Length; i++) values[i] = ToUInt64Bits((long)values[i], underlying);
            // Stable insertion sort by unsigned value (enums are small).
            for (int i = 1; i < values.Length; i++)
            {
                ulong v = values[i]; string n = names[i];
                int j = i - 1;
                while (j >= 0 && values[j] > v) { values[j + 1] = values[j]; names[j + 1] = names[j]; j--; }
                values[j + 1] = v; names[j + 1] = n;
            }
            info = new EnumInfo();
            info.Values = values;
            info.Names = names;
            info.IsFlags = InternalHasFlagsAttribute(enumType);
            info.Underlying = underlying;
            s_cache[enumType] = info;
            return info;
        }

        private static int SizeOf(Type underlying)
        {
            if (underlying == typeof(byte) || underlying == typeof(sbyte)) return 1;
            if (underlying == typeof(short) || underlying == typeof(ushort) || underlying == typeof(char)) return 2;
            if (underlying == typeof(int) || underlying == typeof(uint)) return 4;
            return 8;
        }

        private static bool IsSigned(Type underlying)
        {
            return underlying == typeof(sbyte) || underlying == typeof(short) || underlying == typeof(int) || underlying == typeof(long);
        }

        // The value's bits zero-extended to 64 (the key names are sorted by).
        private static ulong ToUInt64Bits(long raw, Type underlying)
        {
            switch (SizeOf(underlying))
            {
                case 1: return (ulong)(byte)raw;
                case 2: return (ulong)(ushort)raw;
                case 4: return (ulong)(uint)raw;
                default: return (ulong)raw;
            }
        }

        private ulong GetBits(EnumInfo info) { return ToUInt64Bits(InternalGetUnderlyingValue(this), info.Underlying); }

        private static string ValueToString(long raw, Type underlying)
        {
            if (IsSigned(underlying))
            {
                switch (SizeOf(underlying))
                {
                    case 1: return ((sbyte)raw).ToString();
                    case 2: return ((short)raw).ToString();
                    case 4: return ((int)raw).ToString();
                    default: return raw.ToString();
                }
            }
            return ToUInt64Bits(raw, underlying).ToString();
        }

        private static int FindValue(EnumInfo info, ulong bits)
        {
            int lo = 0, hi = info.Values.Length - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (info.Values[mid] == bits)
                {
                    while (mid > 0 && info.Values[mid - 1] == bits) mid--;
                    return mid;
                }
                if (info.Values[mid] < bits) lo = mid + 1; else hi = mid - 1;
            }
            return -1;
        }

        private static string FormatFlags(EnumInfo info, ulong bits)
        {
            int zeroIndex = info.Values.Length > 0 && info.Values[0] == 0 ? 0 : -1;
            if (bits == 0) return zeroIndex >= 0 ? info.Names[0] : "0";
            ulong rest = bits;
            bool[] used = new bool[info.Values.Length];
            for (int i = info.Values.Length - 1; i >= 0; i--)
            {
                ulong v = info.Values[i];
                if (v == 0) continue;
                if ((rest & v) == v) { rest -= v; used[i] = true; if (rest == 0) break; }
            }
            if (rest != 0) return null;
            System.Text.StringBuilder sb = new System.Text.StringBuilder();
            for (int i = 0; i < used.Length; i++)
            {
                if (!used[i]) continue;
                if (sb.Length > 0) sb.Append(", ");
                sb.Append(info.Names[i]);
            }
            return sb.ToString();
        }

        // ToString("G"), without the code of the other formats ('X' formats the bits with a format
        // string): a trimmed corlib keeps this override whenever Object.ToString is called anywhere
        public override string ToString() { return ToStringG(); }

        private string ToStringG()
        {
            EnumInfo info = GetInfo(GetType());
            long raw = InternalGetUnderlyingValue(this);
            ulong bits = ToUInt64Bits(raw, info.Underlying);
            int i = FindValue(info, bits);
            if (i >= 0) return info.Names[i];
            if (info.IsFlags) { string f = FormatFlags(info, bits); if (f != null) return f; }
            return ValueToString(raw, info.Underlying);
        }
        public string ToString(IFormatProvider provider) { return ToString("G"); }
        public string ToString(string format, IFormatProvider provider) { return ToString(format); }

        public string ToString(string format)
        {
            EnumInfo info = GetInfo(GetType());
            long raw = InternalGetUnderlyingValue(this);
            ulong bits = ToUInt64Bits(raw, info.Underlying);
            if (format == null || format.Length == 0) format = "G";
            if (format.Length != 1) throw new FormatException("Format String can be only \"G\", \"g\", \"X\", \"x\", \"F\", \"f\", \"D\" or \"d\".");
            switch (format[0])
            {
                case 'G':
                case 'g':
                {
                    int i = FindValue(info, bits);
                    if (i >= 0) return info.Names[i];
                    if (info.IsFlags) { string f = FormatFlags(info, bits); if (f != null) return f; }
                    return ValueToString(raw, info.Underlying);
                }
                case 'F':
                case 'f':
                {
                    int i = FindValue(info, bits);
                    if (i >= 0 && bits != 0) return info.Names[i];
                    string f = FormatFlags(info, bits);
                    return f ?? ValueToString(raw, info.Underlying);
                }
                case 'D':
                case 'd':
                    return ValueToString(raw, info.Underlying);
                case 'X':
                case 'x':
                {
                    string hex = bits.ToString("X" + (SizeOf(info.Underlying) * 2).ToString());
                    return format[0] == 'x' ? hex.ToLowerInvariant() : hex;
                }
                default:
                    throw new FormatException("Format String can be only \"G\", \"g\", \"X\", \"x\", \"F\", \"f\", \"D\" or \"d\".");
            }
        }

        public static string Format(Type enumType, object value, string format)
        {
            if (value == null) throw new ArgumentNullException("value");
            if (format == null) throw new ArgumentNullException("format");
            Enum e = value as Enum;
            if (e == null) e = (Enum)ToObject(enumType, value);
            return e.ToString(format);
        }

        public override bool Equals(object obj)
        {
            if (obj == null || obj.GetType() != GetType()) return false;
            return InternalGetUnderlyingValue(this) == InternalGetUnderlyingValue(obj);
        }

        public override int GetHashCode()
        {
            long v = InternalGetUnderlyingValue(this);
            return (int)v ^ (int)(v >> 32);
        }

        public int CompareTo(object target)
        {
            if (target == null) return 1;
            if (target.GetType() != GetType())
                throw new ArgumentException("Object must be the same type as the enum. The type passed in was '" + target.GetType().FullName + "'; the enum type was '" + GetType().FullName + "'.");
            EnumInfo info = GetInfo(GetType());
            long a = InternalGetUnderlyingValue(this), b = InternalGetUnderlyingValue(target);
            if (IsSigned(info.Underlying)) return a < b ? -1 : (a > b ? 1 : 0);
            ulong ua = ToUInt64Bits(a, info.Underlying), ub = ToUInt64Bits(b, info.Underlying);
            return ua < ub ? -1 : (ua > ub ? 1 : 0);
        }

        public bool HasFlag(Enum flag)
        {
            if (flag == null) throw new ArgumentNullException("flag");
            if (flag.GetType() != GetType())
                throw new ArgumentException("The argument type, '" + flag.GetType().FullName + "', is not the same as the enum type '" + GetType().FullName + "'.");
            long f = InternalGetUnderlyingValue(flag);
            return (InternalGetUnderlyingValue(this) & f) == f;
        }

        public static string[] GetNames(Type enumType)
        {
            EnumInfo info = GetInfo(enumType);
            string[] r = new string[info.Names.Length];
            Array.Copy(info.Names, r, r.Length);
            return r;
        }

        public static Array GetValues(Type enumType)
        {
            EnumInfo info = GetInfo(enumType);
            Array r = Array.CreateInstance(enumType, info.Values.Length);
            for (int i = 0; i < info.Values.Length; i++) r.SetValue(InternalBoxEnum(enumType, (long)info.Values[i]), i);
            return r;
        }

        public static TEnum[] GetValues<TEnum>() where TEnum : struct
        {
            return (TEnum[])GetValues(typeof(TEnum));
        }

        public static string[] GetNames<TEnum>() where TEnum : struct { return GetNames(typeof(TEnum)); }

        public static string GetName(Type enumType, object value)
        {
            if (value == null) throw new ArgumentNullException("value");
            EnumInfo info = GetInfo(enumType);
            long raw = value is Enum ? InternalGetUnderlyingValue(value) : ToInt64Raw(value);
            int i = FindValue(info, ToUInt64Bits(raw, info.Underlying));
            return i >= 0 ? info.Names[i] : null;
        }

        public static string GetName<TEnum>(TEnum value) where TEnum : struct { return GetName(typeof(TEnum), value); }

        public static Type GetUnderlyingType(Type enumType)
        {
            if (enumType == null) throw new ArgumentNullException("enumType");
            return enumType.GetEnumUnderlyingType();
        }

        public static bool IsDefined(Type enumType, object value)
        {
            if (value == null) throw new ArgumentNullException("value");
            EnumInfo info = GetInfo(enumType);
            string s = value as string;
            if (s != null)
            {
                for (int i = 0; i < info.Names.Length; i++)
                    if (info.Names[i] == s) return true;
                return false;
            }
            long raw = value is Enum ? InternalGetUnderlyingValue(value) : ToInt64Raw(value);
            return FindValue(info, ToUInt64Bits(raw, info.Underlying)) >= 0;
        }

        public static bool IsDefined<TEnum>(TEnum value) where TEnum : struct { return IsDefined(typeof(TEnum), value); }

        private static long ToInt64Raw(object value)
        {
            if (value is int) return (int)value;
            if (value is long) return (long)value;
            if (value is short) return (short)value;
            if (value is sbyte) return (sbyte)value;
            if (value is byte) return (byte)value;
            if (value is ushort) return (ushort)value;
            if (value is uint) return (uint)value;
            if (value is ulong) return (long)(ulong)value;
            if (value is char) return (char)value;
            if (value is bool) return (bool)value ? 1 : 0;
            if (value is Enum) return InternalGetUnderlyingValue(value);
            throw new ArgumentException("The value passed in must be an enum base or an underlying type for an enum, such as an Int32.", "value");
        }

        public static object ToObject(Type enumType, object value)
        {
            if (value == null) throw new ArgumentNullException("value");
            GetInfo(enumType);
            return InternalBoxEnum(enumType, ToInt64Raw(value));
        }

        public static object ToObject(Type enumType, int value) { GetInfo(enumType); return InternalBoxEnum(enumType, value); }
        public static object ToObject(Type enumType, long value) { GetInfo(enumType); return InternalBoxEnum(enumType, value); }
        public static object ToObject(Type enumType, uint value) { GetInfo(enumType); return InternalBoxEnum(enumType, value); }
        public static object ToObject(Type enumType, ulong value) { GetInfo(enumType); return InternalBoxEnum(enumType, (long)value); }
        public static object ToObject(Type enumType, short value) { GetInfo(enumType); return InternalBoxEnum(enumType, value); }
        public static object ToObject(Type enumType, ushort value) { GetInfo(enumType); return InternalBoxEnum(enumType, value); }
        public static object ToObject(Type enumType, byte value) { GetInfo(enumType); return InternalBoxEnum(enumType, value); }
        public static object ToObject(Type enumType, sbyte value) { GetInfo(enumType); return InternalBoxEnum(enumType, value); }

        public static object Parse(Type enumType, string value) { return Parse(enumType, value, false); }

        public static object Parse(Type enumType, string value, bool ignoreCase)
        {
            object r;
            string error = TryParseCore(enumType, value, ignoreCase, out r);
            if (error != null)
            {
                if (value == null) throw new ArgumentNullException("value");
                if ((object)error == OverflowError)
                    throw new OverflowException("Value was either too large or too small for " + OverflowTypeName(GetInfo(enumType).Underlying) + ".");
                if (value.Trim().Length == 0) throw new ArgumentException(error, "value");
                throw new ArgumentException(error);
            }
            return r;
        }

        public static TEnum Parse<TEnum>(string value) where TEnum : struct { return (TEnum)Parse(typeof(TEnum), value, false); }
        public static TEnum Parse<TEnum>(string value, bool ignoreCase) where TEnum : struct { return (TEnum)Parse(typeof(TEnum), value, ignoreCase); }

        public static bool TryParse<TEnum>(string value, out TEnum result) where TEnum : struct { return TryParse<TEnum>(value, false, out result); }

        public static bool TryParse<TEnum>(string value, bool ignoreCase, out TEnum result) where TEnum : struct
        {
            object r;
            result = default(TEnum);
            if (TryParseCore(typeof(TEnum), value, ignoreCase, out r) != null) return false;
            result = (TEnum)r;
            return true;
        }

        // The span overloads (.NET Core 2.0+ / 6) parse the same text as the string ones.
        public static object Parse(Type enumType, ReadOnlySpan<char> value) { return Parse(enumType, value.ToString(), false); }
        public static object Parse(Type enumType, ReadOnlySpan<char> value, bool ignoreCase) { return Parse(enumType, value.ToString(), ignoreCase); }
        public static TEnum Parse<TEnum>(ReadOnlySpan<char> value) where TEnum : struct { return (TEnum)Parse(typeof(TEnum), value.ToString(), false); }
        public static TEnum Parse<TEnum>(ReadOnlySpan<char> value, bool ignoreCase) where TEnum : struct { return (TEnum)Parse(typeof(TEnum), value.ToString(), ignoreCase); }
        public static bool TryParse<TEnum>(ReadOnlySpan<char> value, out TEnum result) where TEnum : struct { return TryParse<TEnum>(value.ToString(), false, out result); }
        public static bool TryParse<TEnum>(ReadOnlySpan<char> value, bool ignoreCase, out TEnum result) where TEnum : struct { return TryParse<TEnum>(value.ToString(), ignoreCase, out result); }
        public static bool TryParse(Type enumType, ReadOnlySpan<char> value, out object result) { return TryParseCore(enumType, value.ToString(), false, out result) == null; }
        public static bool TryParse(Type enumType, ReadOnlySpan<char> value, bool ignoreCase, out object result) { return TryParseCore(enumType, value.ToString(), ignoreCase, out result) == null; }

        public static bool TryParse(Type enumType, string value, out object result) { return TryParseCore(enumType, value, false, out result) == null; }
        public static bool TryParse(Type enumType, string value, bool ignoreCase, out object result) { return TryParseCore(enumType, value, ignoreCase, out result) == null; }

        // TryParseCore's answer for a number outside the underlying type (Parse throws OverflowException).
        private const string OverflowError = "overflow";

        private static bool IsIntegerText(string v)
        {
            int i = v[0] == '-' || v[0] == '+' ? 1 : 0;
            if (i == v.Length) return false;
            for (; i < v.Length; i++) if (v[i] < '0' || v[i] > '9') return false;
            return true;
        }

        private static string OverflowTypeName(Type underlying)
        {
            if (underlying == typeof(byte)) return "an unsigned byte";
            if (underlying == typeof(sbyte)) return "a signed byte";
            if (underlying == typeof(short)) return "an Int16";
            if (underlying == typeof(ushort)) return "a UInt16";
            if (underlying == typeof(int)) return "an Int32";
            if (underlying == typeof(uint)) return "a UInt32";
            if (underlying == typeof(long)) return "an Int64";
            if (underlying == typeof(ulong)) return "a UInt64";
            return "a Char";
        }

        private static string TryParseCore(Type enumType, string value, bool ignoreCase, out object result)
        {
            result = null;
            EnumInfo info = GetInfo(enumType);
            if (value == null) return "Value cannot be null.";
            string v = value.Trim();
            if (v.Length == 0) return "Must specify valid information for parsing in the string.";
            char c0 = v[0];
            if ((c0 >= '0' && c0 <= '9') || c0 == '-' || c0 == '+')
            {
                long n;
                int size = SizeOf(info.Underlying);
                bool signed = IsSigned(info.Underlying);
                bool fits;
                if (signed)
                {
                    fits = long.TryParse(v, System.Globalization.NumberStyles.Integer, null, out n)
                        && (size == 8 || (n >= -(1L << (size * 8 - 1)) && n < (1L << (size * 8 - 1))));
                }
                else
                {
                    fits = ulong.TryParse(v, System.Globalization.NumberStyles.Integer, null, out ulong u) && (size == 8 || u < (1UL << (size * 8)));
                    n = (long)u;
                }
                if (!fits) return IsIntegerText(v) ? OverflowError : "Requested value '" + value + "' was not found.";
                result = InternalBoxEnum(enumType, n);
                return null;
            }
            ulong bits = 0;
            string[] parts = v.Split(',');
            for (int p = 0; p < parts.Length; p++)
            {
                string name = parts[p].Trim();
                bool found = false;
                for (int i = 0; i < info.Names.Length; i++)
                {
                    if (string.Equals(info.Names[i], name, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
                    {
                        bits |= info.Values[i];
                        found = true;
                        break;
                    }
                }
                if (!found) return "Requested value '" + value + "' was not found.";
            }
            result = InternalBoxEnum(enumType, (long)bits);
            return null;
        }

        public TypeCode GetTypeCode() { return Type.GetTypeCode(GetInfo(GetType()).Underlying); }
        bool IConvertible.ToBoolean(IFormatProvider provider) { return InternalGetUnderlyingValue(this) != 0; }
        char IConvertible.ToChar(IFormatProvider provider) { return (char)InternalGetUnderlyingValue(this); }
        sbyte IConvertible.ToSByte(IFormatProvider provider) { return Convert.ToSByte(InternalGetUnderlyingValue(this)); }
        byte IConvertible.ToByte(IFormatProvider provider) { return Convert.ToByte(InternalGetUnderlyingValue(this)); }
        short IConvertible.ToInt16(IFormatProvider provider) { return Convert.ToInt16(InternalGetUnderlyingValue(this)); }
        ushort IConvertible.ToUInt16(IFormatProvider provider) { return Convert.ToUInt16(InternalGetUnderlyingValue(this)); }
        int IConvertible.ToInt32(IFormatProvider provider) { return Convert.ToInt32(InternalGetUnderlyingValue(this)); }
        uint IConvertible.ToUInt32(IFormatProvider provider) { return Convert.ToUInt32(InternalGetUnderlyingValue(this)); }
        long IConvertible.ToInt64(IFormatProvider provider) { return InternalGetUnderlyingValue(this); }
        ulong IConvertible.ToUInt64(IFormatProvider provider) { return (ulong)InternalGetUnderlyingValue(this); }
        float IConvertible.ToSingle(IFormatProvider provider) { return InternalGetUnderlyingValue(this); }
        double IConvertible.ToDouble(IFormatProvider provider) { return InternalGetUnderlyingValue(this); }
        decimal IConvertible.ToDecimal(IFormatProvider provider) { return InternalGetUnderlyingValue(this); }
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'Enum' to 'DateTime'."); }
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) { return Convert.ChangeType(this, conversionType, provider); }
    }
}
