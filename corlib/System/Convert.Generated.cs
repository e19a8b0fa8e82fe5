// System.Convert: conversions between the base types with .NET's overflow
// checks and rounding (floating point to integer rounds half to even).
using System.Globalization;

namespace System
{
    public static partial class Convert
    {

        private static Exception Ovf(string what) { return new OverflowException("Value was either too large or too small for " + what + "."); }
        private static Exception Cast(string from, string to) { return new InvalidCastException("Invalid cast from '" + from + "' to '" + to + "'."); }

        private static double RoundEven(double v) { return Math.Round(v); }

        public static bool ToBoolean(bool value) { return value; }
        public static bool ToBoolean(char value) { throw Cast("Char", "Boolean"); }
        public static bool ToBoolean(sbyte value) { return value != 0; }
        public static bool ToBoolean(byte value) { return value != 0; }
        public static bool ToBoolean(short value) { return value != 0; }
        public static bool ToBoolean(ushort value) { return value != 0; }
        public static bool ToBoolean(int value) { return value != 0; }
        public static bool ToBoolean(uint value) { return value != 0; }
        public static bool ToBoolean(long value) { return value != 0; }
        public static bool ToBoolean(ulong value) { return value != 0; }
        public static bool ToBoolean(float value) { return value != 0; }
        public static bool ToBoolean(double value) { return value != 0; }
        public static bool ToBoolean(decimal value) { return value != 0m; }
        public static bool ToBoolean(string value) { if (value == null) return false; return bool.Parse(value); }
        public static bool ToBoolean(string value, IFormatProvider provider) { return ToBoolean(value); }
        public static bool ToBoolean(object value) { return value == null ? default(bool) : ((IConvertible)value).ToBoolean(null); }
        public static bool ToBoolean(object value, IFormatProvider provider) { return value == null ? default(bool) : ((IConvertible)value).ToBoolean(provider); }
        public static bool ToBoolean(DateTime value) { throw Cast("DateTime", "Boolean"); }
        public static char ToChar(bool value) { throw Cast("Boolean", "Char"); }
        public static char ToChar(char value) { return value; }
        public static char ToChar(sbyte value) { if (value < 0 || value > 65535) throw Ovf("a character"); return (char)value; }
        public static char ToChar(byte value) { if (value > 65535) throw Ovf("a character"); return (char)value; }
        public static char ToChar(short value) { if (value < 0 || value > 65535) throw Ovf("a character"); return (char)value; }
        public static char ToChar(ushort value) { if (value > 65535) throw Ovf("a character"); return (char)value; }
        public static char ToChar(int value) { if (value < 0 || value > 65535) throw Ovf("a character"); return (char)value; }
        public static char ToChar(uint value) { if (value > 65535) throw Ovf("a character"); return (char)value; }
        public static char ToChar(long value) { if (value < 0 || value > 65535) throw Ovf("a character"); return (char)value; }
        public static char ToChar(ulong value) { if (value > 65535) throw Ovf("a character"); return (char)value; }
        public static char ToChar(float value) { throw Cast("Single", "Char"); }
        public static char ToChar(double value) { throw Cast("Double", "Char"); }
        public static char ToChar(decimal value) { throw Cast("Decimal", "Char"); }
        public static char ToChar(string value) { return ToChar(value, null); }
        public static char ToChar(string value, IFormatProvider provider) { if (value == null) throw new ArgumentNullException("value"); if (value.Length != 1) throw new FormatException("String must be exactly one character long."); return value[0]; }
        public static char ToChar(object value) { return value == null ? default(char) : ((IConvertible)value).ToChar(null); }
        public static char ToChar(object value, IFormatProvider provider) { return value == null ? default(char) : ((IConvertible)value).ToChar(provider); }
        public static char ToChar(DateTime value) { throw Cast("DateTime", "Char"); }
        public static sbyte ToSByte(bool value) { return value ? (sbyte)1 : (sbyte)0; }
        public static sbyte ToSByte(char value) { if (value > 127) throw Ovf("a signed byte"); return (sbyte)value; }
        public static sbyte ToSByte(sbyte value) { return value; }
        public static sbyte ToSByte(byte value) { if (value > 127) throw Ovf("a signed byte"); return (sbyte)value; }
        public static sbyte ToSByte(short value) { if (value < -128 || value > 127) throw Ovf("a signed byte"); return (sbyte)value; }
        public static sbyte ToSByte(ushort value) { if (value > 127) throw Ovf("a signed byte"); return (sbyte)value; }
        public static sbyte ToSByte(int value) { if (value < -128 || value > 127) throw Ovf("a signed byte"); return (sbyte)value; }
        public static sbyte ToSByte(uint value) { if (value > 127) throw Ovf("a signed byte"); return (sbyte)value; }
        public static sbyte ToSByte(long value) { if (value < -128 || value > 127) throw Ovf("a signed byte"); return (sbyte)value; }
        public static sbyte ToSByte(ulong value) { if (value > 127) throw Ovf("a signed byte"); return (sbyte)value; }
        public static sbyte ToSByte(float value) { double r = RoundEven(value); if (!(r >= -128 && r <= 127)) throw Ovf("a signed byte"); return (sbyte)r; }
        public static sbyte ToSByte(double value) { double r = RoundEven(value); if (!(r >= -128 && r <= 127)) throw Ovf("a signed byte"); return (sbyte)r; }
        public static sbyte ToSByte(decimal value) { return decimal.ToSByte(decimal.Round(value)); }
        public static sbyte ToSByte(string value) { if (value == null) return 0; return sbyte.Parse(value, CultureInfo.CurrentCulture); }
        public static sbyte ToSByte(string value, IFormatProvider provider) { if (value == null) return 0; return sbyte.Parse(value, provider); }
        public static sbyte ToSByte(object value) { return value == null ? default(sbyte) : ((IConvertible)value).ToSByte(null); }
        public static sbyte ToSByte(object value, IFormatProvider provider) { return value == null ? default(sbyte) : ((IConvertible)value).ToSByte(provider); }
        public static sbyte ToSByte(DateTime value) { throw Cast("DateTime", "SByte"); }
        public static byte ToByte(bool value) { return value ? (byte)1 : (byte)0; }
        public static byte ToByte(char value) { if (value > 255) throw Ovf("an unsigned byte"); return (byte)value; }
        public static byte ToByte(sbyte value) { if (value < 0) throw Ovf("an unsigned byte"); return (byte)value; }
        public static byte ToByte(byte value) { return value; }
        public static byte ToByte(short value) { if (value < 0 || value > 255) throw Ovf("an unsigned byte"); return (byte)value; }
        public static byte ToByte(ushort value) { if (value > 255) throw Ovf("an unsigned byte"); return (byte)value; }
        public static byte ToByte(int value) { if (value < 0 || value > 255) throw Ovf("an unsigned byte"); return (byte)value; }
        public static byte ToByte(uint value) { if (value > 255) throw Ovf("an unsigned byte"); return (byte)value; }
        public static byte ToByte(long value) { if (value < 0 || value > 255) throw Ovf("an unsigned byte"); return (byte)value; }
        public static byte ToByte(ulong value) { if (value > 255) throw Ovf("an unsigned byte"); return (byte)value; }
        public static byte ToByte(float value) { double r = RoundEven(value); if (!(r >= 0 && r <= 255)) throw Ovf("an unsigned byte"); return (byte)r; }
        public static byte ToByte(double value) { double r = RoundEven(value); if (!(r >= 0 && r <= 255)) throw Ovf("an unsigned byte"); return (byte)r; }
        public static byte ToByte(decimal value) { return decimal.ToByte(decimal.Round(value)); }
        public static byte ToByte(string value) { if (value == null) return 0; return byte.Parse(value, CultureInfo.CurrentCulture); }
        public static byte ToByte(string value, IFormatProvider provider) { if (value == null) return 0; return byte.Parse(value, provider); }
        public static byte ToByte(object value) { return value == null ? default(byte) : ((IConvertible)value).ToByte(null); }
        public static byte ToByte(object value, IFormatProvider provider) { return value == null ? default(byte) : ((IConvertible)value).ToByte(provider); }
        public static byte ToByte(DateTime value) { throw Cast("DateTime", "Byte"); }
        public static short ToInt16(bool value) { return value ? (short)1 : (short)0; }
        public static short ToInt16(char value) { if (value > 32767) throw Ovf("an Int16"); return (short)value; }
        public static short ToInt16(sbyte value) { return (short)value; }
        public static short ToInt16(byte value) { return (short)value; }
        public static short ToInt16(short value) { return value; }
        public static short ToInt16(ushort value) { if (value > 32767) throw Ovf("an Int16"); return (short)value; }
        public static short ToInt16(int value) { if (value < -32768 || value > 32767) throw Ovf("an Int16"); return (short)value; }
        public static short ToInt16(uint value) { if (value > 32767) throw Ovf("an Int16"); return (short)value; }
        public static short ToInt16(long value) { if (value < -32768 || value > 32767) throw Ovf("an Int16"); return (short)value; }
        public static short ToInt16(ulong value) { if (value > 32767) throw Ovf("an Int16"); return (short)value; }
        public static short ToInt16(float value) { double r = RoundEven(value); if (!(r >= -32768 && r <= 32767)) throw Ovf("an Int16"); return (short)r; }
        public static short ToInt16(double value) { double r = RoundEven(value); if (!(r >= -32768 && r <= 32767)) throw Ovf("an Int16"); return (short)r; }
        public static short ToInt16(decimal value) { return decimal.ToInt16(decimal.Round(value)); }
        public static short ToInt16(string value) { if (value == null) return 0; return short.Parse(value, CultureInfo.CurrentCulture); }
        public static short ToInt16(string value, IFormatProvider provider) { if (value == null) return 0; return short.Parse(value, provider); }
        public static short ToInt16(object value) { return value == null ? default(short) : ((IConvertible)value).ToInt16(null); }
        public static short ToInt16(object value, IFormatProvider provider) { return value == null ? default(short) : ((IConvertible)value).ToInt16(provider); }
        public static short ToInt16(DateTime value) { throw Cast("DateTime", "Int16"); }
        public static ushort ToUInt16(bool value) { return value ? (ushort)1 : (ushort)0; }
        public static ushort ToUInt16(char value) { return (ushort)value; }
        public static ushort ToUInt16(sbyte value) { if (value < 0) throw Ovf("a UInt16"); return (ushort)value; }
        public static ushort ToUInt16(byte value) { return (ushort)value; }
        public static ushort ToUInt16(short value) { if (value < 0) throw Ovf("a UInt16"); return (ushort)value; }
        public static ushort ToUInt16(ushort value) { return value; }
        public static ushort ToUInt16(int value) { if (value < 0 || value > 65535) throw Ovf("a UInt16"); return (ushort)value; }
        public static ushort ToUInt16(uint value) { if (value > 65535) throw Ovf("a UInt16"); return (ushort)value; }
        public static ushort ToUInt16(long value) { if (value < 0 || value > 65535) throw Ovf("a UInt16"); return (ushort)value; }
        public static ushort ToUInt16(ulong value) { if (value > 65535) throw Ovf("a UInt16"); return (ushort)value; }
        public static ushort ToUInt16(float value) { double r = RoundEven(value); if (!(r >= 0 && r <= 65535)) throw Ovf("a UInt16"); return (ushort)r; }
        public static ushort ToUInt16(double value) { double r = RoundEven(value); if (!(r >= 0 && r <= 65535)) throw Ovf("a UInt16"); return (ushort)r; }
        public static ushort ToUInt16(decimal value) { return decimal.ToUInt16(decimal.Round(value)); }
        public static ushort ToUInt16(string value) { if (value == null) return 0; return ushort.Parse(value, CultureInfo.CurrentCulture); }
        public static ushort ToUInt16(string value, IFormatProvider provider) { if (value == null) return 0; return ushort.Parse(value, provider); }
        public static ushort ToUInt16(object value) { return value == null ? default(ushort) : ((IConvertible)value).ToUInt16(null); }
        public static ushort ToUInt16(object value, IFormatProvider provider) { return value == null ? default(ushort) : ((IConvertible)value).ToUInt16(provider); }
        public static ushort ToUInt16(DateTime value) { throw Cast("DateTime", "UInt16"); }
        public static int ToInt32(bool value) { return value ? (int)1 : (int)0; }
        public static int ToInt32(char value) { return (int)value; }
        public static int ToInt32(sbyte value) { return (int)value; }
        public static int ToInt32(byte value) { return (int)value; }
        public static int ToInt32(short value) { return (int)value; }
        public static int ToInt32(ushort value) { return (int)value; }
        public static int ToInt32(int value) { return value; }
        public static int ToInt32(uint value) { if (value > 2147483647) throw Ovf("an Int32"); return (int)value; }
        public static int ToInt32(long value) { if (value < -2147483648 || value > 2147483647) throw Ovf("an Int32"); return (int)value; }
        public static int ToInt32(ulong value) { if (value > 2147483647) throw Ovf("an Int32"); return (int)value; }
        public static int ToInt32(float value) { double r = RoundEven(value); if (!(r >= -2147483648 && r <= 2147483647)) throw Ovf("an Int32"); return (int)r; }
        public static int ToInt32(double value) { double r = RoundEven(value); if (!(r >= -2147483648 && r <= 2147483647)) throw Ovf("an Int32"); return (int)r; }
        public static int ToInt32(decimal value) { return decimal.ToInt32(decimal.Round(value)); }
        public static int ToInt32(string value) { if (value == null) return 0; return int.Parse(value, CultureInfo.CurrentCulture); }
        public static int ToInt32(string value, IFormatProvider provider) { if (value == null) return 0; return int.Parse(value, provider); }
        public static int ToInt32(object value) { return value == null ? default(int) : ((IConvertible)value).ToInt32(null); }
        public static int ToInt32(object value, IFormatProvider provider) { return value == null ? default(int) : ((IConvertible)value).ToInt32(provider); }
        public static int ToInt32(DateTime value) { throw Cast("DateTime", "Int32"); }
        public static uint ToUInt32(bool value) { return value ? (uint)1 : (uint)0; }
        public static uint ToUInt32(char value) { return (uint)value; }
        public static uint ToUInt32(sbyte value) { if (value < 0) throw Ovf("a UInt32"); return (uint)value; }
        public static uint ToUInt32(byte value) { return (uint)value; }
        public static uint ToUInt32(short value) { if (value < 0) throw Ovf("a UInt32"); return (uint)value; }
        public static uint ToUInt32(ushort value) { return (uint)value; }
        public static uint ToUInt32(int value) { if (value < 0) throw Ovf("a UInt32"); return (uint)value; }
        public static uint ToUInt32(uint value) { return value; }
        public static uint ToUInt32(long value) { if (value < 0 || value > 4294967295) throw Ovf("a UInt32"); return (uint)value; }
        public static uint ToUInt32(ulong value) { if (value > 4294967295) throw Ovf("a UInt32"); return (uint)value; }
        public static uint ToUInt32(float value) { double r = RoundEven(value); if (!(r >= 0 && r <= 4294967295)) throw Ovf("a UInt32"); return (uint)r; }
        public static uint ToUInt32(double value) { double r = RoundEven(value); if (!(r >= 0 && r <= 4294967295)) throw Ovf("a UInt32"); return (uint)r; }
        public static uint ToUInt32(decimal value) { return decimal.ToUInt32(decimal.Round(value)); }
        public static uint ToUInt32(string value) { if (value == null) return 0; return uint.Parse(value, CultureInfo.CurrentCulture); }
        public static uint ToUInt32(string value, IFormatProvider provider) { if (value == null) return 0; return uint.Parse(value, provider); }
        public static uint ToUInt32(object value) { return value == null ? default(uint) : ((IConvertible)value).ToUInt32(null); }
        public static uint ToUInt32(object value, IFormatProvider provider) { return value == null ? default(uint) : ((IConvertible)value).ToUInt32(provider); }
        public static uint ToUInt32(DateTime value) { throw Cast("DateTime", "UInt32"); }
        public static long ToInt64(bool value) { return value ? (long)1 : (long)0; }
        public static long ToInt64(char value) { return (long)value; }
        public static long ToInt64(sbyte value) { return (long)value; }
        public static long ToInt64(byte value) { return (long)value; }
        public static long ToInt64(short value) { return (long)value; }
        public static long ToInt64(ushort value) { return (long)value; }
        public static long ToInt64(int value) { return (long)value; }
        public static long ToInt64(uint value) { return (long)value; }
        public static long ToInt64(long value) { return value; }
        public static long ToInt64(ulong value) { if (value > 9223372036854775807UL) throw Ovf("an Int64"); return (long)value; }
        public static long ToInt64(float value) { double r = RoundEven(value); if (!(r >= -9223372036854775808.0 && r < 9223372036854775808.0)) throw Ovf("an Int64"); return (long)r; }
        public static long ToInt64(double value) { double r = RoundEven(value); if (!(r >= -9223372036854775808.0 && r < 9223372036854775808.0)) throw Ovf("an Int64"); return (long)r; }
        public static long ToInt64(decimal value) { return decimal.ToInt64(decimal.Round(value)); }
        public static long ToInt64(string value) { if (value == null) return 0; return long.Parse(value, CultureInfo.CurrentCulture); }
        public static long ToInt64(string value, IFormatProvider provider) { if (value == null) return 0; return long.Parse(value, provider); }
        public static long ToInt64(object value) { return value == null ? default(long) : ((IConvertible)value).ToInt64(null); }
        public static long ToInt64(object value, IFormatProvider provider) { return value == null ? default(long) : ((IConvertible)value).ToInt64(provider); }
        public static long ToInt64(DateTime value) { throw Cast("DateTime", "Int64"); }
        public static ulong ToUInt64(bool value) { return value ? (ulong)1 : (ulong)0; }
        public static ulong ToUInt64(char value) { return (ulong)value; }
        public static ulong ToUInt64(sbyte value) { if (value < 0) throw Ovf("a UInt64"); return (ulong)value; }
        public static ulong ToUInt64(byte value) { return (ulong)value; }
        public static ulong ToUInt64(short value) { if (value < 0) throw Ovf("a UInt64"); return (ulong)value; }
        public static ulong ToUInt64(ushort value) { return (ulong)value; }
        public static ulong ToUInt64(int value) { if (value < 0) throw Ovf("a UInt64"); return (ulong)value; }
        public static ulong ToUInt64(uint value) { return (ulong)value; }
        public static ulong ToUInt64(long value) { if (value < 0) throw Ovf("a UInt64"); return (ulong)value; }
        public static ulong ToUInt64(ulong value) { return value; }
        public static ulong ToUInt64(float value) { double r = RoundEven(value); if (!(r > -1.0 && r < 18446744073709551616.0)) throw Ovf("a UInt64"); return (ulong)r; }
        public static ulong ToUInt64(double value) { double r = RoundEven(value); if (!(r > -1.0 && r < 18446744073709551616.0)) throw Ovf("a UInt64"); return (ulong)r; }
        public static ulong ToUInt64(decimal value) { return decimal.ToUInt64(decimal.Round(value)); }
        public static ulong ToUInt64(string value) { if (value == null) return 0; return ulong.Parse(value, CultureInfo.CurrentCulture); }
        public static ulong ToUInt64(string value, IFormatProvider provider) { if (value == null) return 0; return ulong.Parse(value, provider); }
        public static ulong ToUInt64(object value) { return value == null ? default(ulong) : ((IConvertible)value).ToUInt64(null); }
        public static ulong ToUInt64(object value, IFormatProvider provider) { return value == null ? default(ulong) : ((IConvertible)value).ToUInt64(provider); }
        public static ulong ToUInt64(DateTime value) { throw Cast("DateTime", "UInt64"); }
        public static float ToSingle(bool value) { return value ? 1 : 0; }
        public static float ToSingle(char value) { throw Cast("Char", "Single"); }
        public static float ToSingle(sbyte value) { return (float)value; }
        public static float ToSingle(byte value) { return (float)value; }
        public static float ToSingle(short value) { return (float)value; }
        public static float ToSingle(ushort value) { return (float)value; }
        public static float ToSingle(int value) { return (float)value; }
        public static float ToSingle(uint value) { return (float)value; }
        public static float ToSingle(long value) { return (float)value; }
        public static float ToSingle(ulong value) { return (float)value; }
        public static float ToSingle(float value) { return (float)value; }
        public static float ToSingle(double value) { return (float)value; }
        public static float ToSingle(decimal value) { return (float)value; }
        public static float ToSingle(string value) { if (value == null) return 0; return float.Parse(value, CultureInfo.CurrentCulture); }
        public static float ToSingle(string value, IFormatProvider provider) { if (value == null) return 0; return float.Parse(value, provider); }
        public static float ToSingle(object value) { return value == null ? default(float) : ((IConvertible)value).ToSingle(null); }
        public static float ToSingle(object value, IFormatProvider provider) { return value == null ? default(float) : ((IConvertible)value).ToSingle(provider); }
        public static float ToSingle(DateTime value) { throw Cast("DateTime", "Single"); }
        public static double ToDouble(bool value) { return value ? 1 : 0; }
        public static double ToDouble(char value) { throw Cast("Char", "Double"); }
        public static double ToDouble(sbyte value) { return (double)value; }
        public static double ToDouble(byte value) { return (double)value; }
        public static double ToDouble(short value) { return (double)value; }
        public static double ToDouble(ushort value) { return (double)value; }
        public static double ToDouble(int value) { return (double)value; }
        public static double ToDouble(uint value) { return (double)value; }
        public static double ToDouble(long value) { return (double)value; }
        public static double ToDouble(ulong value) { return (double)value; }
        public static double ToDouble(float value) { return (double)value; }
        public static double ToDouble(double value) { return (double)value; }
        public static double ToDouble(decimal value) { return (double)value; }
        public static double ToDouble(string value) { if (value == null) return 0; return double.Parse(value, CultureInfo.CurrentCulture); }
        public static double ToDouble(string value, IFormatProvider provider) { if (value == null) return 0; return double.Parse(value, provider); }
        public static double ToDouble(object value) { return value == null ? default(double) : ((IConvertible)value).ToDouble(null); }
        public static double ToDouble(object value, IFormatProvider provider) { return value == null ? default(double) : ((IConvertible)value).ToDouble(provider); }
        public static double ToDouble(DateTime value) { throw Cast("DateTime", "Double"); }
        public static decimal ToDecimal(bool value) { return value ? 1m : 0m; }
        public static decimal ToDecimal(char value) { throw Cast("Char", "Decimal"); }
        public static decimal ToDecimal(sbyte value) { return value; }
        public static decimal ToDecimal(byte value) { return value; }
        public static decimal ToDecimal(short value) { return value; }
        public static decimal ToDecimal(ushort value) { return value; }
        public static decimal ToDecimal(int value) { return value; }
        public static decimal ToDecimal(uint value) { return value; }
        public static decimal ToDecimal(long value) { return value; }
        public static decimal ToDecimal(ulong value) { return value; }
        public static decimal ToDecimal(float value) { return (decimal)value; }
        public static decimal ToDecimal(double value) { return (decimal)value; }
        public static decimal ToDecimal(decimal value) { return value; }
        public static decimal ToDecimal(string value) { if (value == null) return 0; return decimal.Parse(value, CultureInfo.CurrentCulture); }
        public static decimal ToDecimal(string value, IFormatProvider provider) { if (value == null) return 0; return decimal.Parse(value, provider); }
        public static decimal ToDecimal(object value) { return value == null ? default(decimal) : ((IConvertible)value).ToDecimal(null); }
        public static decimal ToDecimal(object value, IFormatProvider provider) { return value == null ? default(decimal) : ((IConvertible)value).ToDecimal(provider); }
        public static decimal ToDecimal(DateTime value) { throw Cast("DateTime", "Decimal"); }
    }
}
