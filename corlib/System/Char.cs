// System.Char: classification and case mapping. Case mapping and the Unicode
// category table are in C (runtime/icalls/icall_char.c) so that String's
// invariant ToUpper/ToLower and Char agree.
using System.Globalization;
using System.Runtime.CompilerServices;

namespace System
{
    [Serializable]
    public partial struct Char : IComparable, IConvertible, IComparable<char>, IEquatable<char>
    {
        internal char m_value;

        public const char MaxValue = (char)0xFFFF;
        public const char MinValue = (char)0;

        public override int GetHashCode() { return (int)m_value | ((int)m_value << 16); }
        public override bool Equals(object obj) { return obj is char && m_value == (char)obj; }
        public bool Equals(char obj) { return m_value == obj; }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is char)) throw new ArgumentException("Object must be of type Char.");
            return m_value - (char)value;
        }

        public int CompareTo(char value) { return m_value - value; }

        public override string ToString() { return ToString(m_value); }
        public string ToString(IFormatProvider provider) { return ToString(m_value); }

        public static string ToString(char c)
        {
            string s = string.FastAllocateString(1);
            string.InternalSetChar(s, 0, c);
            return s;
        }

        public static char Parse(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            if (s.Length != 1) throw new FormatException("String must be exactly one character long.");
            return s[0];
        }

        public static bool TryParse(string s, out char result)
        {
            result = '\0';
            if (s == null || s.Length != 1) return false;
            result = s[0];
            return true;
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int InternalGetCategory(char c);

        public static UnicodeCategory GetUnicodeCategory(char c) { return (UnicodeCategory)InternalGetCategory(c); }
        public static UnicodeCategory GetUnicodeCategory(string s, int index) { return GetUnicodeCategory(CheckIndex(s, index)); }

        private static char CheckIndex(string s, int index)
        {
            if (s == null) throw new ArgumentNullException("s");
            if ((uint)index >= (uint)s.Length) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return s[index];
        }

        public static bool IsDigit(char c)
        {
            if (c < 128) return c >= '0' && c <= '9';
            return InternalGetCategory(c) == (int)UnicodeCategory.DecimalDigitNumber;
        }

        public static bool IsLetter(char c)
        {
            if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            int cat = InternalGetCategory(c);
            return cat <= (int)UnicodeCategory.OtherLetter;
        }

        public static bool IsLetterOrDigit(char c) { return IsLetter(c) || IsDigit(c); }

        public static bool IsUpper(char c)
        {
            if (c < 128) return c >= 'A' && c <= 'Z';
            return InternalGetCategory(c) == (int)UnicodeCategory.UppercaseLetter;
        }

        public static bool IsLower(char c)
        {
            if (c < 128) return c >= 'a' && c <= 'z';
            return InternalGetCategory(c) == (int)UnicodeCategory.LowercaseLetter;
        }

        public static bool IsWhiteSpace(char c)
        {
            if (c == ' ' || (c >= '\t' && c <= '\r')) return true;
            if (c < 128) return false;
            if (c == '\u0085' || c == '\u00A0') return true;
            int cat = InternalGetCategory(c);
            return cat == (int)UnicodeCategory.SpaceSeparator || cat == (int)UnicodeCategory.LineSeparator || cat == (int)UnicodeCategory.ParagraphSeparator;
        }

        public static bool IsPunctuation(char c)
        {
            int cat = InternalGetCategory(c);
            return cat >= (int)UnicodeCategory.ConnectorPunctuation && cat <= (int)UnicodeCategory.OtherPunctuation;
        }

        public static bool IsSymbol(char c)
        {
            int cat = InternalGetCategory(c);
            return cat >= (int)UnicodeCategory.MathSymbol && cat <= (int)UnicodeCategory.OtherSymbol;
        }

        public static bool IsSeparator(char c)
        {
            int cat = InternalGetCategory(c);
            return cat >= (int)UnicodeCategory.SpaceSeparator && cat <= (int)UnicodeCategory.ParagraphSeparator;
        }

        public static bool IsNumber(char c)
        {
            if (c < 128) return c >= '0' && c <= '9';
            int cat = InternalGetCategory(c);
            return cat >= (int)UnicodeCategory.DecimalDigitNumber && cat <= (int)UnicodeCategory.OtherNumber;
        }

        public static bool IsControl(char c) { return c < 0x20 || (c >= 0x7F && c < 0xA0); }
        public static bool IsSurrogate(char c) { return c >= 0xD800 && c <= 0xDFFF; }
        public static bool IsHighSurrogate(char c) { return c >= 0xD800 && c <= 0xDBFF; }
        public static bool IsLowSurrogate(char c) { return c >= 0xDC00 && c <= 0xDFFF; }
        public static bool IsSurrogatePair(char highSurrogate, char lowSurrogate) { return IsHighSurrogate(highSurrogate) && IsLowSurrogate(lowSurrogate); }
        public static bool IsAscii(char c) { return c < 128; }
        public static bool IsAsciiDigit(char c) { return (uint)(c - '0') <= 9; }
        public static bool IsAsciiLetter(char c) { return (uint)((c | 0x20) - 'a') <= 'z' - 'a'; }
        public static bool IsAsciiLetterLower(char c) { return (uint)(c - 'a') <= 'z' - 'a'; }
        public static bool IsAsciiLetterUpper(char c) { return (uint)(c - 'A') <= 'Z' - 'A'; }
        public static bool IsAsciiLetterOrDigit(char c) { return IsAsciiLetter(c) || IsAsciiDigit(c); }
        public static bool IsAsciiHexDigit(char c) { return IsAsciiDigit(c) || (uint)((c | 0x20) - 'a') <= 'f' - 'a'; }
        public static bool IsAsciiHexDigitLower(char c) { return IsAsciiDigit(c) || (uint)(c - 'a') <= 'f' - 'a'; }
        public static bool IsAsciiHexDigitUpper(char c) { return IsAsciiDigit(c) || (uint)(c - 'A') <= 'F' - 'A'; }
        public static bool IsBetween(char c, char minInclusive, char maxInclusive) { return (uint)(c - minInclusive) <= (uint)(maxInclusive - minInclusive); }

        public static bool IsDigit(string s, int index) { return IsDigit(CheckIndex(s, index)); }
        public static bool IsLetter(string s, int index) { return IsLetter(CheckIndex(s, index)); }
        public static bool IsLetterOrDigit(string s, int index) { return IsLetterOrDigit(CheckIndex(s, index)); }
        public static bool IsUpper(string s, int index) { return IsUpper(CheckIndex(s, index)); }
        public static bool IsLower(string s, int index) { return IsLower(CheckIndex(s, index)); }
        public static bool IsWhiteSpace(string s, int index) { return IsWhiteSpace(CheckIndex(s, index)); }
        public static bool IsPunctuation(string s, int index) { return IsPunctuation(CheckIndex(s, index)); }
        public static bool IsSymbol(string s, int index) { return IsSymbol(CheckIndex(s, index)); }
        public static bool IsNumber(string s, int index) { return IsNumber(CheckIndex(s, index)); }
        public static bool IsSeparator(string s, int index) { return IsSeparator(CheckIndex(s, index)); }
        public static bool IsControl(string s, int index) { return IsControl(CheckIndex(s, index)); }
        public static bool IsSurrogate(string s, int index) { return IsSurrogate(CheckIndex(s, index)); }
        public static bool IsHighSurrogate(string s, int index) { return IsHighSurrogate(CheckIndex(s, index)); }
        public static bool IsLowSurrogate(string s, int index) { return IsLowSurrogate(CheckIndex(s, index)); }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern char ToUpperInvariant(char c);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern char ToLowerInvariant(char c);

        public static char ToUpper(char c) { return CultureInfo.CurrentCulture.TextInfo.ToUpper(c); }
        public static char ToLower(char c) { return CultureInfo.CurrentCulture.TextInfo.ToLower(c); }
        public static char ToUpper(char c, CultureInfo culture) { if (culture == null) throw new ArgumentNullException("culture"); return culture.TextInfo.ToUpper(c); }
        public static char ToLower(char c, CultureInfo culture) { if (culture == null) throw new ArgumentNullException("culture"); return culture.TextInfo.ToLower(c); }

        public static double GetNumericValue(char c)
        {
            if (c >= '0' && c <= '9') return c - '0';
            return -1.0;
        }

        public static string ConvertFromUtf32(int utf32)
        {
            if (utf32 < 0 || utf32 > 0x10FFFF || (utf32 >= 0xD800 && utf32 <= 0xDFFF))
                throw new ArgumentOutOfRangeException("utf32", "A valid UTF32 value is between 0x000000 and 0x10ffff, inclusive, and should not include surrogate codepoint values (0x00d800 ~ 0x00dfff).");
            if (utf32 < 0x10000) return ToString((char)utf32);
            utf32 -= 0x10000;
            return new string(new char[] { (char)(0xD800 + (utf32 >> 10)), (char)(0xDC00 + (utf32 & 0x3FF)) });
        }

        public static int ConvertToUtf32(char highSurrogate, char lowSurrogate)
        {
            if (!IsHighSurrogate(highSurrogate)) throw new ArgumentOutOfRangeException("highSurrogate", "A valid high surrogate character is between 0xd800 and 0xdbff, inclusive.");
            if (!IsLowSurrogate(lowSurrogate)) throw new ArgumentOutOfRangeException("lowSurrogate", "A valid low surrogate character is between 0xdc00 and 0xdfff, inclusive.");
            return ((highSurrogate - 0xD800) << 10) + (lowSurrogate - 0xDC00) + 0x10000;
        }

        public static int ConvertToUtf32(string s, int index)
        {
            char c = CheckIndex(s, index);
            if (IsHighSurrogate(c) && index + 1 < s.Length && IsLowSurrogate(s[index + 1])) return ConvertToUtf32(c, s[index + 1]);
            if (IsSurrogate(c)) throw new ArgumentException("Found a high surrogate char without a following low surrogate at index: " + index + ". The input may not be in this encoding, or may not contain valid Unicode (UTF-16) characters.", "s");
            return c;
        }

        public TypeCode GetTypeCode() { return TypeCode.Char; }
        bool IConvertible.ToBoolean(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'Char' to 'Boolean'."); }
        char IConvertible.ToChar(IFormatProvider provider) { return m_value; }
        sbyte IConvertible.ToSByte(IFormatProvider provider) { return Convert.ToSByte(m_value); }
        byte IConvertible.ToByte(IFormatProvider provider) { return Convert.ToByte(m_value); }
        short IConvertible.ToInt16(IFormatProvider provider) { return Convert.ToInt16(m_value); }
        ushort IConvertible.ToUInt16(IFormatProvider provider) { return m_value; }
        int IConvertible.ToInt32(IFormatProvider provider) { return m_value; }
        uint IConvertible.ToUInt32(IFormatProvider provider) { return m_value; }
        long IConvertible.ToInt64(IFormatProvider provider) { return m_value; }
        ulong IConvertible.ToUInt64(IFormatProvider provider) { return m_value; }
        float IConvertible.ToSingle(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'Char' to 'Single'."); }
        double IConvertible.ToDouble(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'Char' to 'Double'."); }
        decimal IConvertible.ToDecimal(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'Char' to 'Decimal'."); }
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'Char' to 'DateTime'."); }
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) { return Convert.ChangeType(this, conversionType, provider); }
    }
}
