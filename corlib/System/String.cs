// System.String. Layout contract with the runtime: the two fields below, in
// this order (length, then UTF-16 chars inline). The hot primitives are C
// internal calls (runtime/icalls/icall_string.c); the rest is plain C#.
//
// `new string(...)`: the runtime turns `newobj String::.ctor(args)` into a
// call of the static `String::Ctor(args)` with the same parameters. Each
// constructor names its Ctor with [DynamicDependency], so a trimmed corlib
// keeps a Ctor exactly when something calls the constructor it stands for.
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace System
{
    [Serializable]
    public sealed partial class String : IComparable, IEnumerable<char>, IConvertible, IComparable<string>, IEquatable<string>, ICloneable
    {
        private int _length;
        private char _firstChar;

        public static readonly string Empty = "";

        // ---- runtime-provided ----
        [IndexerName("Chars")]
        public extern char this[int index] { [MethodImpl(MethodImplOptions.InternalCall)] get; }

        public extern int Length { [MethodImpl(MethodImplOptions.InternalCall)] get; }

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string FastAllocateString(int length);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern string InternalIntern(string str);

        // ---- icall_string.c ----
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void InternalSetChar(string s, int index, char c);
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void InternalCopyChars(string src, int srcIndex, string dst, int dstIndex, int count);
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void InternalCopyFromArray(char[] src, int srcIndex, string dst, int dstIndex, int count);
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void InternalCopyToArray(string src, int srcIndex, char[] dst, int dstIndex, int count);
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int InternalIndexOfOrdinal(string s, string value, int startIndex, int count);
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int InternalLastIndexOfOrdinal(string s, string value, int startIndex, int count);
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int InternalCompareOrdinal(string a, int indexA, string b, int indexB, int length, bool ignoreCase);
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int InternalIndexOfAny(string s, char[] anyOf, int startIndex, int count);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern string Concat(string str0, string str1);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern string Concat(string str0, string str1, string str2);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern string Concat(string str0, string str1, string str2, string str3);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern bool Equals(string a, string b);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern bool Equals(string value);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern bool operator ==(string a, string b);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern bool operator !=(string a, string b);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int CompareOrdinal(string strA, string strB);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern override int GetHashCode();

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern string Substring(int startIndex);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern string Substring(int startIndex, int length);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern int IndexOf(char value);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern int IndexOf(char value, int startIndex);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern int IndexOf(char value, int startIndex, int count);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern string Replace(char oldChar, char newChar);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern string Replace(string oldValue, string newValue);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern string ToUpperInvariant();
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern string ToLowerInvariant();

        // ---- constructors (see the header comment) ----
        [MethodImpl(MethodImplOptions.InternalCall), DynamicDependency("Ctor(System.Char[])")]
        public extern String(char[] value);
        [MethodImpl(MethodImplOptions.InternalCall), DynamicDependency("Ctor(System.Char[],System.Int32,System.Int32)")]
        public extern String(char[] value, int startIndex, int length);
        [MethodImpl(MethodImplOptions.InternalCall), DynamicDependency("Ctor(System.Char,System.Int32)")]
        public extern String(char c, int count);
        [MethodImpl(MethodImplOptions.InternalCall), DynamicDependency("Ctor(System.Char*)")]
        public unsafe extern String(char* value);
        [MethodImpl(MethodImplOptions.InternalCall), DynamicDependency("Ctor(System.Char*,System.Int32,System.Int32)")]
        public unsafe extern String(char* value, int startIndex, int length);
        [MethodImpl(MethodImplOptions.InternalCall), DynamicDependency("Ctor(System.SByte*)")]
        public unsafe extern String(sbyte* value);

        private static string Ctor(char[] value)
        {
            if (value == null || value.Length == 0) return Empty;
            string s = FastAllocateString(value.Length);
            InternalCopyFromArray(value, 0, s, 0, value.Length);
            return s;
        }

        private static string Ctor(char[] value, int startIndex, int length)
        {
            if (value == null) throw new ArgumentNullException("value");
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Length cannot be less than zero.");
            if (startIndex > value.Length - length) throw new ArgumentOutOfRangeException("startIndex", "Index and length must refer to a location within the string.");
            if (length == 0) return Empty;
            string s = FastAllocateString(length);
            InternalCopyFromArray(value, startIndex, s, 0, length);
            return s;
        }

        private static string Ctor(char c, int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            if (count == 0) return Empty;
            string s = FastAllocateString(count);
            for (int i = 0; i < count; i++) InternalSetChar(s, i, c);
            return s;
        }

        private static unsafe string Ctor(char* value)
        {
            if (value == null) return Empty;
            int n = 0;
            while (value[n] != '\0') n++;
            return Ctor(value, 0, n);
        }

        private static unsafe string Ctor(char* value, int startIndex, int length)
        {
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Length cannot be less than zero.");
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (length == 0) return Empty;
            if (value == null) throw new ArgumentOutOfRangeException("value", "Pointer startIndex and length do not refer to a valid string.");
            string s = FastAllocateString(length);
            for (int i = 0; i < length; i++) InternalSetChar(s, i, value[startIndex + i]);
            return s;
        }

        private static unsafe string Ctor(sbyte* value)
        {
            if (value == null) return Empty;
            int n = 0;
            while (value[n] != 0) n++;
            byte[] bytes = new byte[n];
            for (int i = 0; i < n; i++) bytes[i] = (byte)value[i];
            return Encoding.UTF8.GetString(bytes);
        }

        // ---- basics ----
        public static bool IsNullOrEmpty(string value) { return value == null || value.Length == 0; }

        public static bool IsNullOrWhiteSpace(string value)
        {
            if (value == null) return true;
            for (int i = 0; i < value.Length; i++)
                if (!char.IsWhiteSpace(value[i])) return false;
            return true;
        }

        public override bool Equals(object obj)
        {
            string s = obj as string;
            if (s == null) return false;
            return Equals(this, s);
        }

        public bool Equals(string value, StringComparison comparisonType) { return Equals(this, value, comparisonType); }

        public static bool Equals(string a, string b, StringComparison comparisonType)
        {
            if ((object)a == (object)b) return true;
            if ((object)a == null || (object)b == null) return false;
            bool cultural = comparisonType >= StringComparison.CurrentCulture && comparisonType <= StringComparison.InvariantCultureIgnoreCase;
            if (cultural && !System.Globalization.GlobalizationMode.Invariant)   // "e\u0301" equals "\u00e9"
                return System.Globalization.CompareInfo.InvariantCompare(a, 0, a.Length, b, 0, b.Length, ((int)comparisonType & 1) != 0) == 0;
            if (a.Length != b.Length) return false;
            switch (comparisonType)
            {
                case StringComparison.CurrentCultureIgnoreCase:
                case StringComparison.InvariantCultureIgnoreCase:
                case StringComparison.OrdinalIgnoreCase:
                    return InternalCompareOrdinal(a, 0, b, 0, a.Length, true) == 0;
                default:
                    CheckComparison(comparisonType);
                    return Equals(a, b);
            }
        }

        private static void CheckComparison(StringComparison comparisonType)
        {
            if ((uint)comparisonType > (uint)StringComparison.OrdinalIgnoreCase)
                throw new ArgumentException("The string comparison type passed in is currently not supported.", "comparisonType");
        }

        public override string ToString() { return this; }
        public string ToString(IFormatProvider provider) { return this; }
        public object Clone() { return this; }
        public static string Copy(string str)
        {
            if (str == null) throw new ArgumentNullException("str");
            string s = FastAllocateString(str.Length);
            InternalCopyChars(str, 0, s, 0, str.Length);
            return s;
        }

        public static string Intern(string str)
        {
            if (str == null) throw new ArgumentNullException("str");
            return InternalIntern(str);
        }

        public static string IsInterned(string str)
        {
            if (str == null) throw new ArgumentNullException("str");
            return InternalIntern(str);
        }

        public char[] ToCharArray()
        {
            char[] a = new char[Length];
            InternalCopyToArray(this, 0, a, 0, a.Length);
            return a;
        }

        public char[] ToCharArray(int startIndex, int length)
        {
            if (startIndex < 0 || startIndex > Length || startIndex > Length - length)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Index was out of range. Must be non-negative and less than the size of the collection.");
            char[] a = new char[length];
            InternalCopyToArray(this, startIndex, a, 0, length);
            return a;
        }

        public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (destination == null) throw new ArgumentNullException("destination");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            if (sourceIndex < 0) throw new ArgumentOutOfRangeException("sourceIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count > Length - sourceIndex) throw new ArgumentOutOfRangeException("sourceIndex", "Index and count must refer to a location within the string.");
            if (destinationIndex > destination.Length - count || destinationIndex < 0) throw new ArgumentOutOfRangeException("destinationIndex", "Index and count must refer to a location within the string.");
            InternalCopyToArray(this, sourceIndex, destination, destinationIndex, count);
        }

        // ---- Concat / Join ----
        public static string Concat(object arg0) { return arg0 == null ? Empty : arg0.ToString() ?? Empty; }
        public static string Concat(object arg0, object arg1) { return Concat(ObjStr(arg0), ObjStr(arg1)); }
        public static string Concat(object arg0, object arg1, object arg2) { return Concat(ObjStr(arg0), ObjStr(arg1), ObjStr(arg2)); }
        public static string Concat(object arg0, object arg1, object arg2, object arg3) { return Concat(ObjStr(arg0), ObjStr(arg1), ObjStr(arg2), ObjStr(arg3)); }

        private static string ObjStr(object o) { return o == null ? null : o.ToString(); }

        public static string Concat(params object[] args)
        {
            if (args == null) throw new ArgumentNullException("args");
            string[] s = new string[args.Length];
            for (int i = 0; i < args.Length; i++) s[i] = ObjStr(args[i]);
            return Concat(s);
        }

        public static string Concat(params string[] values)
        {
            if (values == null) throw new ArgumentNullException("values");
            int total = 0;
            for (int i = 0; i < values.Length; i++)
                if (values[i] != null) total += values[i].Length;
            if (total == 0) return Empty;
            string r = FastAllocateString(total);
            int pos = 0;
            for (int i = 0; i < values.Length; i++)
            {
                string v = values[i];
                if (v == null) continue;
                InternalCopyChars(v, 0, r, pos, v.Length);
                pos += v.Length;
            }
            return r;
        }

        public static string Concat(IEnumerable<string> values)
        {
            if (values == null) throw new ArgumentNullException("values");
            StringBuilder sb = new StringBuilder();
            foreach (string v in values) sb.Append(v);
            return sb.ToString();
        }

        public static string Concat<T>(IEnumerable<T> values)
        {
            if (values == null) throw new ArgumentNullException("values");
            StringBuilder sb = new StringBuilder();
            foreach (T v in values)
                if (v != null) sb.Append(v.ToString());
            return sb.ToString();
        }

        public static string Join(string separator, params string[] value)
        {
            if (value == null) throw new ArgumentNullException("value");
            return Join(separator, value, 0, value.Length);
        }

        public static string Join(char separator, params string[] value) { return Join(char.ToString(separator), value); }
        public static string Join(char separator, params object[] values) { return Join(char.ToString(separator), values); }

        public static string Join(string separator, string[] value, int startIndex, int count)
        {
            if (value == null) throw new ArgumentNullException("value");
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            if (startIndex > value.Length - count) throw new ArgumentOutOfRangeException("startIndex", "Index and count must refer to a location within the buffer.");
            if (count == 0) return Empty;
            if (separator == null) separator = Empty;
            int total = separator.Length * (count - 1);
            for (int i = startIndex; i < startIndex + count; i++)
                if (value[i] != null) total += value[i].Length;
            if (total == 0) return Empty;
            string r = FastAllocateString(total);
            int pos = 0;
            for (int i = startIndex; i < startIndex + count; i++)
            {
                if (i > startIndex && separator.Length > 0) { InternalCopyChars(separator, 0, r, pos, separator.Length); pos += separator.Length; }
                string v = value[i];
                if (v != null) { InternalCopyChars(v, 0, r, pos, v.Length); pos += v.Length; }
            }
            return r;
        }

        public static string Join(string separator, params object[] values)
        {
            if (values == null) throw new ArgumentNullException("values");
            string[] s = new string[values.Length];
            for (int i = 0; i < values.Length; i++) s[i] = ObjStr(values[i]);
            return Join(separator, s, 0, s.Length);
        }

        public static string Join(string separator, IEnumerable<string> values)
        {
            if (values == null) throw new ArgumentNullException("values");
            StringBuilder sb = new StringBuilder();
            bool first = true;
            foreach (string v in values)
            {
                if (!first) sb.Append(separator);
                first = false;
                sb.Append(v);
            }
            return sb.ToString();
        }

        public static string Join<T>(string separator, IEnumerable<T> values)
        {
            if (values == null) throw new ArgumentNullException("values");
            StringBuilder sb = new StringBuilder();
            bool first = true;
            foreach (T v in values)
            {
                if (!first) sb.Append(separator);
                first = false;
                if (v != null) sb.Append(v.ToString());
            }
            return sb.ToString();
        }

        public static string Join<T>(char separator, IEnumerable<T> values) { return Join<T>(char.ToString(separator), values); }

        // ---- Format ----
        public static string Format(string format, object arg0) { return FormatCore(null, format, new object[] { arg0 }); }
        public static string Format(string format, object arg0, object arg1) { return FormatCore(null, format, new object[] { arg0, arg1 }); }
        public static string Format(string format, object arg0, object arg1, object arg2) { return FormatCore(null, format, new object[] { arg0, arg1, arg2 }); }
        public static string Format(string format, params object[] args)
        {
            if (args == null) throw new ArgumentNullException(format == null ? "format" : "args");
            return FormatCore(null, format, args);
        }
        public static string Format(IFormatProvider provider, string format, object arg0) { return FormatCore(provider, format, new object[] { arg0 }); }
        public static string Format(IFormatProvider provider, string format, object arg0, object arg1) { return FormatCore(provider, format, new object[] { arg0, arg1 }); }
        public static string Format(IFormatProvider provider, string format, object arg0, object arg1, object arg2) { return FormatCore(provider, format, new object[] { arg0, arg1, arg2 }); }
        public static string Format(IFormatProvider provider, string format, params object[] args)
        {
            if (args == null) throw new ArgumentNullException(format == null ? "format" : "args");
            return FormatCore(provider, format, args);
        }

        private static string FormatCore(IFormatProvider provider, string format, object[] args)
        {
            if (format == null) throw new ArgumentNullException("format");
            StringBuilder sb = new StringBuilder(format.Length + args.Length * 8);
            sb.AppendFormatHelper(provider, format, args);
            return sb.ToString();
        }

        // ---- comparison ----
        public static int Compare(string strA, string strB) { return Compare(strA, strB, StringComparison.CurrentCulture); }
        public static int Compare(string strA, string strB, bool ignoreCase) { return Compare(strA, strB, ignoreCase ? StringComparison.CurrentCultureIgnoreCase : StringComparison.CurrentCulture); }
        public static int Compare(string strA, string strB, CultureInfo culture, CompareOptions options)
        {
            if ((options & CompareOptions.Ordinal) != 0) return CompareOrdinal(strA, strB);
            if ((options & CompareOptions.OrdinalIgnoreCase) != 0) return Compare(strA, strB, StringComparison.OrdinalIgnoreCase);
            return Compare(strA, strB, (options & CompareOptions.IgnoreCase) != 0 ? StringComparison.CurrentCultureIgnoreCase : StringComparison.CurrentCulture);
        }
        public static int Compare(string strA, string strB, bool ignoreCase, CultureInfo culture) { return Compare(strA, strB, ignoreCase); }

        public static int Compare(string strA, string strB, StringComparison comparisonType)
        {
            CheckComparison(comparisonType);
            if ((object)strA == (object)strB) return 0;
            if ((object)strA == null) return -1;
            if ((object)strB == null) return 1;
            switch (comparisonType)
            {
                case StringComparison.Ordinal:
                    return CompareOrdinal(strA, strB);
                case StringComparison.OrdinalIgnoreCase:
                {
                    int n = strA.Length < strB.Length ? strA.Length : strB.Length;
                    int c = InternalCompareOrdinal(strA, 0, strB, 0, n, true);
                    if (c != 0) return c;
                    return strA.Length - strB.Length;
                }
                case StringComparison.CurrentCultureIgnoreCase:
                case StringComparison.InvariantCultureIgnoreCase:
                    return CompareInfo.InvariantCompare(strA, 0, strA.Length, strB, 0, strB.Length, true);
                default:
                    return CompareInfo.InvariantCompare(strA, 0, strA.Length, strB, 0, strB.Length, false);
            }
        }

        public static int Compare(string strA, int indexA, string strB, int indexB, int length) { return Compare(strA, indexA, strB, indexB, length, StringComparison.CurrentCulture); }
        public static int Compare(string strA, int indexA, string strB, int indexB, int length, bool ignoreCase) { return Compare(strA, indexA, strB, indexB, length, ignoreCase ? StringComparison.CurrentCultureIgnoreCase : StringComparison.CurrentCulture); }

        public static int Compare(string strA, int indexA, string strB, int indexB, int length, StringComparison comparisonType)
        {
            CheckComparison(comparisonType);
            if (strA == null || strB == null)
            {
                if ((object)strA == (object)strB) return 0;
                return strA == null ? -1 : 1;
            }
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Length cannot be less than zero.");
            if (indexA < 0 || indexB < 0) throw new ArgumentOutOfRangeException(indexA < 0 ? "indexA" : "indexB", "Index was out of range. Must be non-negative and less than the size of the collection.");
            int lenA = Math.Min(length, strA.Length - indexA);
            int lenB = Math.Min(length, strB.Length - indexB);
            if (lenA < 0 || lenB < 0) throw new ArgumentOutOfRangeException(lenA < 0 ? "indexA" : "indexB", "Index was out of range. Must be non-negative and less than the size of the collection.");
            switch (comparisonType)
            {
                case StringComparison.Ordinal:
                case StringComparison.OrdinalIgnoreCase:
                {
                    int n = lenA < lenB ? lenA : lenB;
                    int c = InternalCompareOrdinal(strA, indexA, strB, indexB, n, comparisonType == StringComparison.OrdinalIgnoreCase);
                    if (c != 0) return c;
                    return lenA - lenB;
                }
                case StringComparison.CurrentCultureIgnoreCase:
                case StringComparison.InvariantCultureIgnoreCase:
                    return CompareInfo.InvariantCompare(strA, indexA, lenA, strB, indexB, lenB, true);
                default:
                    return CompareInfo.InvariantCompare(strA, indexA, lenA, strB, indexB, lenB, false);
            }
        }

        public static int CompareOrdinal(string strA, int indexA, string strB, int indexB, int length)
        {
            return Compare(strA, indexA, strB, indexB, length, StringComparison.Ordinal);
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            string s = value as string;
            if (s == null) throw new ArgumentException("Object must be of type String.");
            return Compare(this, s);
        }

        public int CompareTo(string strB) { return Compare(this, strB); }

        // ---- searching ----
        public bool Contains(string value)
        {
            if (value == null) throw new ArgumentNullException("value");
            return InternalIndexOfOrdinal(this, value, 0, Length) >= 0;
        }

        public bool Contains(string value, StringComparison comparisonType) { return IndexOf(value, comparisonType) >= 0; }
        public bool Contains(char value) { return IndexOf(value) >= 0; }
        public bool Contains(char value, StringComparison comparisonType) { return IndexOf(char.ToString(value), comparisonType) >= 0; }

        public int IndexOf(string value) { return IndexOf(value, 0, Length, StringComparison.CurrentCulture); }
        public int IndexOf(string value, int startIndex) { return IndexOf(value, startIndex, StringComparison.CurrentCulture); }
        public int IndexOf(string value, int startIndex, int count) { return IndexOf(value, startIndex, count, StringComparison.CurrentCulture); }
        public int IndexOf(string value, StringComparison comparisonType) { return IndexOf(value, 0, Length, comparisonType); }
        public int IndexOf(string value, int startIndex, StringComparison comparisonType)
        {
            if (startIndex < 0 || startIndex > Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return IndexOf(value, startIndex, Length - startIndex, comparisonType);
        }
        public int IndexOf(char value, StringComparison comparisonType)
        {
            return IndexOf(char.ToString(value), 0, Length, comparisonType);
        }

        public int IndexOf(string value, int startIndex, int count, StringComparison comparisonType)
        {
            if (value == null) throw new ArgumentNullException("value");
            if (startIndex < 0 || startIndex > Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex > Length - count) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            CheckComparison(comparisonType);
            if (comparisonType == StringComparison.Ordinal || comparisonType == StringComparison.CurrentCulture || comparisonType == StringComparison.InvariantCulture)
                return InternalIndexOfOrdinal(this, value, startIndex, count);
            int last = startIndex + count - value.Length;
            for (int i = startIndex; i <= last; i++)
                if (InternalCompareOrdinal(this, i, value, 0, value.Length, true) == 0) return i;
            return -1;
        }

        public int IndexOfAny(char[] anyOf) { return IndexOfAny(anyOf, 0, Length); }
        public int IndexOfAny(char[] anyOf, int startIndex) { return IndexOfAny(anyOf, startIndex, Length - startIndex); }
        public int IndexOfAny(char[] anyOf, int startIndex, int count)
        {
            if (anyOf == null) throw new ArgumentNullException("anyOf");
            if ((uint)startIndex > (uint)Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if ((uint)count > (uint)(Length - startIndex)) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            return InternalIndexOfAny(this, anyOf, startIndex, count);
        }

        public int LastIndexOf(char value) { return LastIndexOf(value, Length - 1, Length); }
        public int LastIndexOf(char value, int startIndex) { return LastIndexOf(value, startIndex, startIndex + 1); }
        public int LastIndexOf(char value, int startIndex, int count)
        {
            if (Length == 0) return -1;
            if ((uint)startIndex >= (uint)Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || count - 1 > startIndex) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            int end = startIndex - count;
            for (int i = startIndex; i > end; i--)
                if (this[i] == value) return i;
            return -1;
        }

        public int LastIndexOfAny(char[] anyOf) { return LastIndexOfAny(anyOf, Length - 1, Length); }
        public int LastIndexOfAny(char[] anyOf, int startIndex) { return LastIndexOfAny(anyOf, startIndex, startIndex + 1); }
        public int LastIndexOfAny(char[] anyOf, int startIndex, int count)
        {
            if (anyOf == null) throw new ArgumentNullException("anyOf");
            if (Length == 0) return -1;
            if ((uint)startIndex >= (uint)Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || count - 1 > startIndex) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            int end = startIndex - count;
            for (int i = startIndex; i > end; i--)
            {
                char c = this[i];
                for (int j = 0; j < anyOf.Length; j++)
                    if (anyOf[j] == c) return i;
            }
            return -1;
        }

        public int LastIndexOf(string value) { return LastIndexOf(value, Length - 1, Length, StringComparison.CurrentCulture); }
        public int LastIndexOf(string value, int startIndex) { return LastIndexOf(value, startIndex, startIndex + 1, StringComparison.CurrentCulture); }
        public int LastIndexOf(string value, int startIndex, int count) { return LastIndexOf(value, startIndex, count, StringComparison.CurrentCulture); }
        public int LastIndexOf(string value, StringComparison comparisonType) { return LastIndexOf(value, Length - 1, Length, comparisonType); }
        public int LastIndexOf(string value, int startIndex, StringComparison comparisonType) { return LastIndexOf(value, startIndex, startIndex + 1, comparisonType); }

        public int LastIndexOf(string value, int startIndex, int count, StringComparison comparisonType)
        {
            if (value == null) throw new ArgumentNullException("value");
            CheckComparison(comparisonType);
            if (Length == 0 && (startIndex == -1 || startIndex == 0)) return value.Length == 0 ? 0 : -1;
            if (startIndex == Length) { startIndex--; if (count > 0) count--; }
            if ((uint)startIndex >= (uint)Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex - count + 1 < 0) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            if (value.Length == 0) return startIndex;
            int lo = startIndex - count + 1;
            bool ic = comparisonType == StringComparison.OrdinalIgnoreCase || comparisonType == StringComparison.CurrentCultureIgnoreCase || comparisonType == StringComparison.InvariantCultureIgnoreCase;
            if (!ic) return InternalLastIndexOfOrdinal(this, value, lo, count);
            for (int i = startIndex - value.Length + 1; i >= lo; i--)
                if (InternalCompareOrdinal(this, i, value, 0, value.Length, true) == 0) return i;
            return -1;
        }

        public bool StartsWith(string value) { return StartsWith(value, StringComparison.CurrentCulture); }
        public bool StartsWith(string value, bool ignoreCase, CultureInfo culture) { return StartsWith(value, ignoreCase ? StringComparison.CurrentCultureIgnoreCase : StringComparison.CurrentCulture); }
        public bool StartsWith(char value) { return Length != 0 && this[0] == value; }
        public bool StartsWith(string value, StringComparison comparisonType)
        {
            if (value == null) throw new ArgumentNullException("value");
            CheckComparison(comparisonType);
            if (value.Length > Length) return false;
            bool ic = comparisonType == StringComparison.OrdinalIgnoreCase || comparisonType == StringComparison.CurrentCultureIgnoreCase || comparisonType == StringComparison.InvariantCultureIgnoreCase;
            return InternalCompareOrdinal(this, 0, value, 0, value.Length, ic) == 0;
        }

        public bool EndsWith(string value) { return EndsWith(value, StringComparison.CurrentCulture); }
        public bool EndsWith(string value, bool ignoreCase, CultureInfo culture) { return EndsWith(value, ignoreCase ? StringComparison.CurrentCultureIgnoreCase : StringComparison.CurrentCulture); }
        public bool EndsWith(char value) { return Length != 0 && this[Length - 1] == value; }
        public bool EndsWith(string value, StringComparison comparisonType)
        {
            if (value == null) throw new ArgumentNullException("value");
            CheckComparison(comparisonType);
            if (value.Length > Length) return false;
            bool ic = comparisonType == StringComparison.OrdinalIgnoreCase || comparisonType == StringComparison.CurrentCultureIgnoreCase || comparisonType == StringComparison.InvariantCultureIgnoreCase;
            return InternalCompareOrdinal(this, Length - value.Length, value, 0, value.Length, ic) == 0;
        }

        // ---- transformations ----
        public string ToUpper() { return CultureInfo.CurrentCulture.TextInfo.ToUpper(this); }
        public string ToLower() { return CultureInfo.CurrentCulture.TextInfo.ToLower(this); }
        public string ToUpper(CultureInfo culture) { return (culture ?? CultureInfo.CurrentCulture).TextInfo.ToUpper(this); }
        public string ToLower(CultureInfo culture) { return (culture ?? CultureInfo.CurrentCulture).TextInfo.ToLower(this); }

        public string Replace(string oldValue, string newValue, StringComparison comparisonType)
        {
            if (comparisonType == StringComparison.Ordinal || comparisonType == StringComparison.CurrentCulture || comparisonType == StringComparison.InvariantCulture)
                return Replace(oldValue, newValue);
            if (oldValue == null) throw new ArgumentNullException("oldValue");
            if (oldValue.Length == 0) throw new ArgumentException("String cannot be of zero length.", "oldValue");
            StringBuilder sb = new StringBuilder();
            int pos = 0;
            while (true)
            {
                int i = IndexOf(oldValue, pos, Length - pos, comparisonType);
                if (i < 0) break;
                sb.Append(this, pos, i - pos);
                sb.Append(newValue);
                pos = i + oldValue.Length;
            }
            sb.Append(this, pos, Length - pos);
            return sb.ToString();
        }

        public string Replace(string oldValue, string newValue, bool ignoreCase, CultureInfo culture)
        {
            return Replace(oldValue, newValue, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        }

        public string Insert(int startIndex, string value)
        {
            if (value == null) throw new ArgumentNullException("value");
            if ((uint)startIndex > (uint)Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            string r = FastAllocateString(Length + value.Length);
            InternalCopyChars(this, 0, r, 0, startIndex);
            InternalCopyChars(value, 0, r, startIndex, value.Length);
            InternalCopyChars(this, startIndex, r, startIndex + value.Length, Length - startIndex);
            return r;
        }

        public string Remove(int startIndex)
        {
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (startIndex >= Length) throw new ArgumentOutOfRangeException("startIndex", "startIndex must be less than length of string.");
            return Substring(0, startIndex);
        }

        public string Remove(int startIndex, int count)
        {
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            if (count > Length - startIndex) throw new ArgumentOutOfRangeException("count", "Index and count must refer to a location within the string.");
            if (count == 0) return this;
            string r = FastAllocateString(Length - count);
            InternalCopyChars(this, 0, r, 0, startIndex);
            InternalCopyChars(this, startIndex + count, r, startIndex, Length - startIndex - count);
            return r;
        }

        public string PadLeft(int totalWidth) { return PadLeft(totalWidth, ' '); }
        public string PadLeft(int totalWidth, char paddingChar)
        {
            if (totalWidth < 0) throw new ArgumentOutOfRangeException("totalWidth", "Non-negative number required.");
            int n = totalWidth - Length;
            if (n <= 0) return this;
            string r = FastAllocateString(totalWidth);
            for (int i = 0; i < n; i++) InternalSetChar(r, i, paddingChar);
            InternalCopyChars(this, 0, r, n, Length);
            return r;
        }

        public string PadRight(int totalWidth) { return PadRight(totalWidth, ' '); }
        public string PadRight(int totalWidth, char paddingChar)
        {
            if (totalWidth < 0) throw new ArgumentOutOfRangeException("totalWidth", "Non-negative number required.");
            int n = totalWidth - Length;
            if (n <= 0) return this;
            string r = FastAllocateString(totalWidth);
            InternalCopyChars(this, 0, r, 0, Length);
            for (int i = Length; i < totalWidth; i++) InternalSetChar(r, i, paddingChar);
            return r;
        }

        public string Trim() { return TrimCore(null, true, true); }
        public string Trim(char trimChar) { return TrimCore(new char[] { trimChar }, true, true); }
        public string Trim(params char[] trimChars) { return TrimCore(trimChars, true, true); }
        public string TrimStart() { return TrimCore(null, true, false); }
        public string TrimStart(char trimChar) { return TrimCore(new char[] { trimChar }, true, false); }
        public string TrimStart(params char[] trimChars) { return TrimCore(trimChars, true, false); }
        public string TrimEnd() { return TrimCore(null, false, true); }
        public string TrimEnd(char trimChar) { return TrimCore(new char[] { trimChar }, false, true); }
        public string TrimEnd(params char[] trimChars) { return TrimCore(trimChars, false, true); }

        private static bool IsTrimChar(char c, char[] set)
        {
            if (set == null || set.Length == 0) return char.IsWhiteSpace(c);
            for (int i = 0; i < set.Length; i++)
                if (set[i] == c) return true;
            return false;
        }

        private string TrimCore(char[] set, bool start, bool end)
        {
            int lo = 0, hi = Length - 1;
            if (start) while (lo <= hi && IsTrimChar(this[lo], set)) lo++;
            if (end) while (hi >= lo && IsTrimChar(this[hi], set)) hi--;
            if (lo == 0 && hi == Length - 1) return this;
            return Substring(lo, hi - lo + 1);
        }

        // ---- Split ----
        public string[] Split(params char[] separator) { return SplitChars(separator, int.MaxValue, StringSplitOptions.None); }
        public string[] Split(char[] separator, int count) { return SplitChars(separator, count, StringSplitOptions.None); }
        public string[] Split(char[] separator, StringSplitOptions options) { return SplitChars(separator, int.MaxValue, options); }
        public string[] Split(char[] separator, int count, StringSplitOptions options) { return SplitChars(separator, count, options); }
        public string[] Split(char separator, StringSplitOptions options = StringSplitOptions.None) { return SplitChars(new char[] { separator }, int.MaxValue, options); }
        public string[] Split(char separator, int count, StringSplitOptions options = StringSplitOptions.None) { return SplitChars(new char[] { separator }, count, options); }
        public string[] Split(string separator, StringSplitOptions options = StringSplitOptions.None) { return SplitStrings(new string[] { separator ?? Empty }, int.MaxValue, options); }
        public string[] Split(string separator, int count, StringSplitOptions options = StringSplitOptions.None) { return SplitStrings(new string[] { separator ?? Empty }, count, options); }
        public string[] Split(string[] separator, StringSplitOptions options) { return SplitStrings(separator, int.MaxValue, options); }
        public string[] Split(string[] separator, int count, StringSplitOptions options) { return SplitStrings(separator, count, options); }

        private static void CheckSplitArgs(int count, StringSplitOptions options)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            if ((options & ~(StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) != 0)
                throw new ArgumentException("Value of flags is invalid.", "options");
        }

        private string[] SplitChars(char[] separator, int count, StringSplitOptions options)
        {
            CheckSplitArgs(count, options);
            int len = Length;
            // Separator positions first, so the result array is allocated once.
            int[] starts = new int[8];
            int n = 0;
            bool ws = separator == null || separator.Length == 0;
            char single = (!ws && separator.Length == 1) ? separator[0] : '\0';
            for (int i = 0; i < len; i++)
            {
                char c = this[i];
                bool hit;
                if (ws) hit = char.IsWhiteSpace(c);
                else if (separator.Length == 1) hit = c == single;
                else
                {
                    hit = false;
                    for (int j = 0; j < separator.Length; j++)
                        if (separator[j] == c) { hit = true; break; }
                }
                if (hit)
                {
                    if (n == starts.Length) { int[] g = new int[n * 2]; Array.Copy(starts, g, n); starts = g; }
                    starts[n++] = i;
                }
            }
            return SplitFinish(starts, null, 1, n, count, options);
        }

        private string[] SplitStrings(string[] separator, int count, StringSplitOptions options)
        {
            CheckSplitArgs(count, options);
            bool ws = separator == null || separator.Length == 0;
            if (ws) return SplitChars(null, count, options);
            int len = Length;
            int[] starts = new int[8];
            int[] lens = new int[8];
            int n = 0;
            for (int i = 0; i < len; )
            {
                int hitLen = -1;
                for (int j = 0; j < separator.Length; j++)
                {
                    string sep = separator[j];
                    if (sep == null || sep.Length == 0) continue;
                    if (sep.Length <= len - i && InternalCompareOrdinal(this, i, sep, 0, sep.Length, false) == 0) { hitLen = sep.Length; break; }
                }
                if (hitLen < 0) { i++; continue; }
                if (n == starts.Length)
                {
                    int[] g = new int[n * 2]; Array.Copy(starts, g, n); starts = g;
                    int[] h = new int[n * 2]; Array.Copy(lens, h, n); lens = h;
                }
                starts[n] = i; lens[n] = hitLen; n++;
                i += hitLen;
            }
            return SplitFinish(starts, lens, 0, n, count, options);
        }

        // Builds the pieces between separators; sepLens null means every separator is sepLen long.
        private string[] SplitFinish(int[] seps, int[] sepLens, int sepLen, int nseps, int count, StringSplitOptions options)
        {
            if (count == 0) return new string[0];
            bool removeEmpty = (options & StringSplitOptions.RemoveEmptyEntries) != 0;
            bool trim = (options & StringSplitOptions.TrimEntries) != 0;
            if (count == 1 || nseps == 0)
            {
                string only = trim ? Trim() : this;
                if (removeEmpty && only.Length == 0) return new string[0];
                return new string[] { only };
            }
            List<string> parts = new List<string>(nseps + 1 < count ? nseps + 1 : count);
            int pos = 0;
            for (int k = 0; k < nseps; k++)
            {
                if (parts.Count == count - 1) break;
                string piece = Substring(pos, seps[k] - pos);
                if (trim) piece = piece.Trim();
                pos = seps[k] + (sepLens == null ? sepLen : sepLens[k]);
                if (removeEmpty && piece.Length == 0) continue;
                parts.Add(piece);
            }
            // The last piece holds the rest (with its separators when count limited the split).
            string rest = Substring(pos);
            if (removeEmpty && parts.Count == count - 1)
            {
                // .NET skips leading empty entries of the remainder when RemoveEmptyEntries limits the count.
                int k2 = 0;
                while (k2 < nseps && seps[k2] < pos) k2++;
                while (k2 < nseps && seps[k2] == pos) { pos += sepLens == null ? sepLen : sepLens[k2]; k2++; }
                rest = Substring(pos);
            }
            if (trim) rest = rest.Trim();
            if (!(removeEmpty && rest.Length == 0)) parts.Add(rest);
            return parts.ToArray();
        }

        // ---- misc ----
        public CharEnumerator GetEnumerator() { return new CharEnumerator(this); }
        IEnumerator<char> IEnumerable<char>.GetEnumerator() { return new CharEnumerator(this); }
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() { return new CharEnumerator(this); }


        public TypeCode GetTypeCode() { return TypeCode.String; }
        bool IConvertible.ToBoolean(IFormatProvider provider) { return Convert.ToBoolean(this, provider); }
        char IConvertible.ToChar(IFormatProvider provider) { return Convert.ToChar(this, provider); }
        sbyte IConvertible.ToSByte(IFormatProvider provider) { return Convert.ToSByte(this, provider); }
        byte IConvertible.ToByte(IFormatProvider provider) { return Convert.ToByte(this, provider); }
        short IConvertible.ToInt16(IFormatProvider provider) { return Convert.ToInt16(this, provider); }
        ushort IConvertible.ToUInt16(IFormatProvider provider) { return Convert.ToUInt16(this, provider); }
        int IConvertible.ToInt32(IFormatProvider provider) { return Convert.ToInt32(this, provider); }
        uint IConvertible.ToUInt32(IFormatProvider provider) { return Convert.ToUInt32(this, provider); }
        long IConvertible.ToInt64(IFormatProvider provider) { return Convert.ToInt64(this, provider); }
        ulong IConvertible.ToUInt64(IFormatProvider provider) { return Convert.ToUInt64(this, provider); }
        float IConvertible.ToSingle(IFormatProvider provider) { return Convert.ToSingle(this, provider); }
        double IConvertible.ToDouble(IFormatProvider provider) { return Convert.ToDouble(this, provider); }
        decimal IConvertible.ToDecimal(IFormatProvider provider) { return Convert.ToDecimal(this, provider); }
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { return Convert.ToDateTime(this, provider); }
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) { return Convert.ChangeType(this, conversionType, provider); }
    }

    [Serializable]
    public sealed class CharEnumerator : IEnumerator<char>, ICloneable
    {
        private string _str;
        private int _index;
        private char _current;

        internal CharEnumerator(string str) { _str = str; _index = -1; }

        public object Clone() { return MemberwiseClone(); }

        public bool MoveNext()
        {
            if (_index < _str.Length - 1)
            {
                _index++;
                _current = _str[_index];
                return true;
            }
            _index = _str.Length;
            return false;
        }

        public void Dispose() { }

        object System.Collections.IEnumerator.Current { get { return Current; } }

        public char Current
        {
            get
            {
                if (_index == -1) throw new InvalidOperationException("Enumeration has not started. Call MoveNext.");
                if (_index >= _str.Length) throw new InvalidOperationException("Enumeration already finished.");
                return _current;
            }
        }

        public void Reset() { _current = '\0'; _index = -1; }
    }
}
