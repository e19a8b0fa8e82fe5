// Convert's hex members (.NET 5/9) and ToBase64CharArray (array overloads).
namespace System
{
    public static partial class Convert
    {
        public static string ToHexString(byte[] inArray)
        {
            if (inArray == null) throw new ArgumentNullException("inArray");
            return Hex(inArray, 0, inArray.Length, "0123456789ABCDEF");
        }

        public static string ToHexString(byte[] inArray, int offset, int length)
        {
            CheckRange(inArray, offset, length);
            return Hex(inArray, offset, length, "0123456789ABCDEF");
        }

        public static string ToHexStringLower(byte[] inArray)
        {
            if (inArray == null) throw new ArgumentNullException("inArray");
            return Hex(inArray, 0, inArray.Length, "0123456789abcdef");
        }

        public static string ToHexStringLower(byte[] inArray, int offset, int length)
        {
            CheckRange(inArray, offset, length);
            return Hex(inArray, offset, length, "0123456789abcdef");
        }

        private static void CheckRange(byte[] inArray, int offset, int length)
        {
            if (inArray == null) throw new ArgumentNullException("inArray");
            ArgumentOutOfRangeException.ThrowIfNegative(length, "length");
            ArgumentOutOfRangeException.ThrowIfNegative(offset, "offset");
            ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, inArray.Length - length, "offset");
        }

        private static string Hex(byte[] a, int offset, int length, string digits)
        {
            if (length == 0) return string.Empty;
            if (length > int.MaxValue / 2) throw new ArgumentOutOfRangeException("inArray", "The input array length must not exceed Int32.MaxValue / 2.");
            char[] c = new char[length * 2];
            for (int i = 0; i < length; i++)
            {
                byte b = a[offset + i];
                c[2 * i] = digits[b >> 4];
                c[2 * i + 1] = digits[b & 15];
            }
            return new string(c);
        }

        public static byte[] FromHexString(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            if ((s.Length & 1) != 0) throw new FormatException("The input is not a valid hex string as its length is not a multiple of 2.");
            byte[] r = new byte[s.Length / 2];
            for (int i = 0; i < r.Length; i++)
            {
                int hi = HexValue(s[2 * i]), lo = HexValue(s[2 * i + 1]);
                if ((hi | lo) < 0) throw new FormatException("The input is not a valid hex string as it contains a non-hex character.");
                r[i] = (byte)((hi << 4) | lo);
            }
            return r;
        }

        private static int HexValue(char c)
        {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        }

        public static int ToBase64CharArray(byte[] inArray, int offsetIn, int length, char[] outArray, int offsetOut)
        {
            return ToBase64CharArray(inArray, offsetIn, length, outArray, offsetOut, Base64FormattingOptions.None);
        }

        public static int ToBase64CharArray(byte[] inArray, int offsetIn, int length, char[] outArray, int offsetOut, Base64FormattingOptions options)
        {
            if (inArray == null) throw new ArgumentNullException("inArray");
            if (outArray == null) throw new ArgumentNullException("outArray");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (offsetIn < 0) throw new ArgumentOutOfRangeException("offsetIn", "Value must be positive.");
            if (offsetOut < 0) throw new ArgumentOutOfRangeException("offsetOut", "Value must be positive.");
            if (offsetIn > inArray.Length - length) throw new ArgumentOutOfRangeException("offsetIn", "Offset and length must refer to a position in the string.");
            string encoded = ToBase64String(inArray, offsetIn, length, options);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(offsetOut, outArray.Length - encoded.Length, "offsetOut");
            encoded.CopyTo(0, outArray, offsetOut, encoded.Length);
            return encoded.Length;
        }
    }
}
