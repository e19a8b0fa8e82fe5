namespace System
{
    public static unsafe partial class BitConverter
    {
        public static readonly bool IsLittleEndian = true;

        public static long DoubleToInt64Bits(double value) { return *(long*)&value; }
        public static double Int64BitsToDouble(long value) { return *(double*)&value; }
        public static int SingleToInt32Bits(float value) { return *(int*)&value; }
        public static float Int32BitsToSingle(int value) { return *(float*)&value; }
        public static ulong DoubleToUInt64Bits(double value) { return *(ulong*)&value; }
        public static double UInt64BitsToDouble(ulong value) { return *(double*)&value; }

        public static byte[] GetBytes(bool value) { return new byte[] { value ? (byte)1 : (byte)0 }; }
        public static byte[] GetBytes(char value) { return GetBytes((short)value); }
        public static byte[] GetBytes(short value) { return new byte[] { (byte)value, (byte)(value >> 8) }; }
        public static byte[] GetBytes(ushort value) { return GetBytes((short)value); }
        public static byte[] GetBytes(int value) { return new byte[] { (byte)value, (byte)(value >> 8), (byte)(value >> 16), (byte)(value >> 24) }; }
        public static byte[] GetBytes(uint value) { return GetBytes((int)value); }
        public static byte[] GetBytes(long value)
        {
            byte[] b = new byte[8];
            for (int i = 0; i < 8; i++) b[i] = (byte)(value >> (8 * i));
            return b;
        }
        public static byte[] GetBytes(ulong value) { return GetBytes((long)value); }
        public static byte[] GetBytes(float value) { return GetBytes(SingleToInt32Bits(value)); }
        public static byte[] GetBytes(double value) { return GetBytes(DoubleToInt64Bits(value)); }

        private static void Check(byte[] value, int startIndex, int size)
        {
            if (value == null) throw new ArgumentNullException("value");
            if ((uint)startIndex >= (uint)value.Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (startIndex > value.Length - size) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.", "value");
        }

        public static bool ToBoolean(byte[] value, int startIndex) { Check(value, startIndex, 1); return value[startIndex] != 0; }
        public static char ToChar(byte[] value, int startIndex) { return (char)ToInt16(value, startIndex); }
        public static short ToInt16(byte[] value, int startIndex) { Check(value, startIndex, 2); return (short)(value[startIndex] | (value[startIndex + 1] << 8)); }
        public static ushort ToUInt16(byte[] value, int startIndex) { return (ushort)ToInt16(value, startIndex); }
        public static int ToInt32(byte[] value, int startIndex)
        {
            Check(value, startIndex, 4);
            return value[startIndex] | (value[startIndex + 1] << 8) | (value[startIndex + 2] << 16) | (value[startIndex + 3] << 24);
        }
        public static uint ToUInt32(byte[] value, int startIndex) { return (uint)ToInt32(value, startIndex); }
        public static long ToInt64(byte[] value, int startIndex)
        {
            Check(value, startIndex, 8);
            uint lo = (uint)ToInt32(value, startIndex), hi = (uint)ToInt32(value, startIndex + 4);
            return (long)((ulong)hi << 32 | lo);
        }
        public static ulong ToUInt64(byte[] value, int startIndex) { return (ulong)ToInt64(value, startIndex); }
        public static float ToSingle(byte[] value, int startIndex) { return Int32BitsToSingle(ToInt32(value, startIndex)); }
        public static double ToDouble(byte[] value, int startIndex) { return Int64BitsToDouble(ToInt64(value, startIndex)); }

        public static string ToString(byte[] value)
        {
            if (value == null) throw new ArgumentNullException("value");
            return ToString(value, 0, value.Length);
        }

        public static string ToString(byte[] value, int startIndex)
        {
            if (value == null) throw new ArgumentNullException("value");
            return ToString(value, startIndex, value.Length - startIndex);
        }

        public static string ToString(byte[] value, int startIndex, int length)
        {
            if (value == null) throw new ArgumentNullException("value");
            if (startIndex < 0 || (startIndex >= value.Length && startIndex > 0)) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Value must be positive.");
            if (startIndex > value.Length - length) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            if (length == 0) return string.Empty;
            char[] c = new char[length * 3 - 1];
            const string hex = "0123456789ABCDEF";
            for (int i = 0; i < length; i++)
            {
                byte b = value[startIndex + i];
                c[i * 3] = hex[b >> 4];
                c[i * 3 + 1] = hex[b & 15];
                if (i < length - 1) c[i * 3 + 2] = '-';
            }
            return new string(c);
        }
    }
}
