// CompareInfo: string comparison and search for a culture. Culture-sensitive
// comparison (InvariantCompare, the one String.Compare uses too) is ordinal in
// invariant-globalization mode and linguistic otherwise (GlobalizationMode.cs,
// Collation.cs); IgnoreCase folds case; Ordinal and OrdinalIgnoreCase are
// ordinal. Searches (IndexOf, IsPrefix...) are ordinal,
// case-insensitive when the options ask for it.
namespace System.Globalization
{
    [Serializable]
    public sealed class CompareInfo
    {
        internal static readonly CompareInfo Invariant = new CompareInfo("");
        private const CompareOptions ValidCultureOptions = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace | CompareOptions.IgnoreSymbols | CompareOptions.IgnoreKanaType | CompareOptions.IgnoreWidth | CompareOptions.StringSort;
        private readonly string _name;

        internal CompareInfo(string name) { _name = name; }

        public string Name { get { return _name; } }
        public int LCID { get { return CultureInfo.GetCultureInfo(_name).LCID; } }
        public SortVersion Version { get { return new SortVersion(0, new Guid(0, (short)0, (short)0, new byte[] { 0, 0, 0, 0, 0, 0, 0, (byte)(LCID & 0xFF) })); } }

        public static CompareInfo GetCompareInfo(int culture) { return CultureInfo.GetCultureInfo(culture).CompareInfo; }
        public static CompareInfo GetCompareInfo(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            return CultureInfo.GetCultureInfo(name).CompareInfo;
        }
        public static CompareInfo GetCompareInfo(int culture, Reflection.Assembly assembly)
        {
            if (assembly == null) throw new ArgumentNullException("assembly");
            return GetCompareInfo(culture);
        }
        public static CompareInfo GetCompareInfo(string name, Reflection.Assembly assembly)
        {
            if (name == null) throw new ArgumentNullException("name");
            if (assembly == null) throw new ArgumentNullException("assembly");
            return GetCompareInfo(name);
        }

        public static bool IsSortable(char ch) { return char.GetUnicodeCategory(ch) != UnicodeCategory.OtherNotAssigned; }
        public static bool IsSortable(string text)
        {
            if (text == null) throw new ArgumentNullException("text");
            if (text.Length == 0) return false;
            for (int i = 0; i < text.Length; i++) if (!IsSortable(text[i])) return false;
            return true;
        }

        private static void CheckOptions(CompareOptions options)
        {
            if (options == CompareOptions.Ordinal || options == CompareOptions.OrdinalIgnoreCase) return;
            if ((options & (CompareOptions.Ordinal | CompareOptions.OrdinalIgnoreCase)) != 0)
                throw new ArgumentException("CompareOption.Ordinal cannot be used with other options.", "options");
            if ((options & ~ValidCultureOptions) != 0) throw new ArgumentException("Value of flags is invalid.", "options");
        }

        // search options: StringSort is not allowed for searches
        private static StringComparison SearchComparison(CompareOptions options)
        {
            CheckOptions(options);
            if ((options & CompareOptions.StringSort) != 0) throw new ArgumentException("Value of flags is invalid.", "options");
            return (options & (CompareOptions.IgnoreCase | CompareOptions.OrdinalIgnoreCase)) != 0 ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        }

        private static string Strip(string s, int index, int length, CompareOptions options)
        {
            Text.StringBuilder sb = new Text.StringBuilder(length);
            for (int i = index; i < index + length; i++)
            {
                char c = s[i];
                UnicodeCategory cat = char.GetUnicodeCategory(c);
                if ((options & CompareOptions.IgnoreNonSpace) != 0 && (cat == UnicodeCategory.NonSpacingMark || cat == UnicodeCategory.EnclosingMark)) continue;
                if ((options & CompareOptions.IgnoreSymbols) != 0 && !char.IsLetterOrDigit(c) && cat != UnicodeCategory.NonSpacingMark) continue;
                sb.Append(c);
            }
            return sb.ToString();
        }

        private int CompareCore(string a, int ia, int la, string b, int ib, int lb, CompareOptions options)
        {
            if (options == CompareOptions.Ordinal) return OrdinalRange(a, ia, la, b, ib, lb, false);
            if (options == CompareOptions.OrdinalIgnoreCase) return OrdinalRange(a, ia, la, b, ib, lb, true);
            if (!GlobalizationMode.Invariant) return Collation.Compare(a, ia, la, b, ib, lb, options);
            if ((options & (CompareOptions.IgnoreNonSpace | CompareOptions.IgnoreSymbols)) != 0)
            {
                a = Strip(a, ia, la, options); ia = 0; la = a.Length;
                b = Strip(b, ib, lb, options); ib = 0; lb = b.Length;
            }
            return InvariantCompare(a, ia, la, b, ib, lb, (options & CompareOptions.IgnoreCase) != 0);
        }

        private static int OrdinalRange(string a, int ia, int la, string b, int ib, int lb, bool ignoreCase)
        {
            int n = Math.Min(la, lb);
            for (int i = 0; i < n; i++)
            {
                char ca = a[ia + i], cb = b[ib + i];
                if (ca == cb) continue;
                if (ignoreCase) { ca = char.ToUpperInvariant(ca); cb = char.ToUpperInvariant(cb); if (ca == cb) continue; }
                return ca - cb;
            }
            return la - lb;
        }

        public int Compare(string string1, string string2) { return Compare(string1, string2, CompareOptions.None); }

        public int Compare(string string1, string string2, CompareOptions options)
        {
            CheckOptions(options);
            if ((object)string1 == (object)string2) return 0;
            if (string1 == null) return -1;
            if (string2 == null) return 1;
            return CompareCore(string1, 0, string1.Length, string2, 0, string2.Length, options);
        }

        public int Compare(string string1, int offset1, string string2, int offset2) { return Compare(string1, offset1, string2, offset2, CompareOptions.None); }
        public int Compare(string string1, int offset1, string string2, int offset2, CompareOptions options)
        {
            return Compare(string1, offset1, string1 == null ? 0 : string1.Length - offset1, string2, offset2, string2 == null ? 0 : string2.Length - offset2, options);
        }
        public int Compare(string string1, int offset1, int length1, string string2, int offset2, int length2) { return Compare(string1, offset1, length1, string2, offset2, length2, CompareOptions.None); }
        public int Compare(string string1, int offset1, int length1, string string2, int offset2, int length2, CompareOptions options)
        {
            CheckOptions(options);
            if (string1 == null || string2 == null)
            {
                if (string1 == null && string2 == null) return 0;
                return string1 == null ? -1 : 1;
            }
            if (length1 < 0 || length2 < 0) throw new ArgumentOutOfRangeException(length1 < 0 ? "length1" : "length2", "Positive number required.");
            if (offset1 < 0 || offset2 < 0) throw new ArgumentOutOfRangeException(offset1 < 0 ? "offset1" : "offset2", "Positive number required.");
            if (offset1 > string1.Length - length1) throw new ArgumentOutOfRangeException("string1", "Offset and length were greater than the size of the string.");
            if (offset2 > string2.Length - length2) throw new ArgumentOutOfRangeException("string2", "Offset and length were greater than the size of the string.");
            return CompareCore(string1, offset1, length1, string2, offset2, length2, options);
        }

        // .NET in invariant-globalization mode compares every culture ordinally
        // (IgnoreCase: ordinal ignoring case), so "Banana" < "apple"; otherwise
        // linguistically (Collation.cs), so "apple" < "Banana".
        internal static int InvariantCompare(string a, int ia, int la, string b, int ib, int lb, bool ignoreCase)
        {
            if (!GlobalizationMode.Invariant)
                return Collation.Compare(a, ia, la, b, ib, lb, ignoreCase ? CompareOptions.IgnoreCase : CompareOptions.None);
            int c = string.InternalCompareOrdinal(a, ia, b, ib, la < lb ? la : lb, ignoreCase);
            return c != 0 ? c : la - lb;
        }

        // ---- searches ----
        private static void CheckSource(string source, string value)
        {
            if (source == null) throw new ArgumentNullException("source");
            if (value == null) throw new ArgumentNullException("value");
        }

        public int IndexOf(string source, char value) { return IndexOf(source, value, CompareOptions.None); }
        public int IndexOf(string source, char value, CompareOptions options)
        {
            if (source == null) throw new ArgumentNullException("source");
            return IndexOf(source, value, 0, source.Length, options);
        }
        public int IndexOf(string source, char value, int startIndex) { return IndexOf(source, value, startIndex, CompareOptions.None); }
        public int IndexOf(string source, char value, int startIndex, CompareOptions options)
        {
            if (source == null) throw new ArgumentNullException("source");
            return IndexOf(source, value, startIndex, source.Length - startIndex, options);
        }
        public int IndexOf(string source, char value, int startIndex, int count) { return IndexOf(source, value, startIndex, count, CompareOptions.None); }
        public int IndexOf(string source, char value, int startIndex, int count, CompareOptions options)
        {
            if (source == null) throw new ArgumentNullException("source");
            return source.IndexOf(value.ToString(), startIndex, count, SearchComparison(options));
        }

        public int IndexOf(string source, string value) { return IndexOf(source, value, CompareOptions.None); }
        public int IndexOf(string source, string value, CompareOptions options)
        {
            CheckSource(source, value);
            return IndexOf(source, value, 0, source.Length, options);
        }
        public int IndexOf(string source, string value, int startIndex) { return IndexOf(source, value, startIndex, CompareOptions.None); }
        public int IndexOf(string source, string value, int startIndex, CompareOptions options)
        {
            CheckSource(source, value);
            return IndexOf(source, value, startIndex, source.Length - startIndex, options);
        }
        public int IndexOf(string source, string value, int startIndex, int count) { return IndexOf(source, value, startIndex, count, CompareOptions.None); }
        public int IndexOf(string source, string value, int startIndex, int count, CompareOptions options)
        {
            CheckSource(source, value);
            return source.IndexOf(value, startIndex, count, SearchComparison(options));
        }

        public int LastIndexOf(string source, char value) { return LastIndexOf(source, value, CompareOptions.None); }
        public int LastIndexOf(string source, char value, CompareOptions options)
        {
            if (source == null) throw new ArgumentNullException("source");
            return LastIndexOf(source, value, source.Length - 1, source.Length, options);
        }
        public int LastIndexOf(string source, char value, int startIndex) { return LastIndexOf(source, value, startIndex, CompareOptions.None); }
        public int LastIndexOf(string source, char value, int startIndex, CompareOptions options) { return LastIndexOf(source, value, startIndex, startIndex + 1, options); }
        public int LastIndexOf(string source, char value, int startIndex, int count) { return LastIndexOf(source, value, startIndex, count, CompareOptions.None); }
        public int LastIndexOf(string source, char value, int startIndex, int count, CompareOptions options)
        {
            if (source == null) throw new ArgumentNullException("source");
            return source.LastIndexOf(value.ToString(), startIndex, count, SearchComparison(options));
        }

        public int LastIndexOf(string source, string value) { return LastIndexOf(source, value, CompareOptions.None); }
        public int LastIndexOf(string source, string value, CompareOptions options)
        {
            CheckSource(source, value);
            return LastIndexOf(source, value, source.Length - 1, source.Length, options);
        }
        public int LastIndexOf(string source, string value, int startIndex) { return LastIndexOf(source, value, startIndex, CompareOptions.None); }
        public int LastIndexOf(string source, string value, int startIndex, CompareOptions options) { return LastIndexOf(source, value, startIndex, startIndex + 1, options); }
        public int LastIndexOf(string source, string value, int startIndex, int count) { return LastIndexOf(source, value, startIndex, count, CompareOptions.None); }
        public int LastIndexOf(string source, string value, int startIndex, int count, CompareOptions options)
        {
            CheckSource(source, value);
            return source.LastIndexOf(value, startIndex, count, SearchComparison(options));
        }

        public bool IsPrefix(string source, string prefix) { return IsPrefix(source, prefix, CompareOptions.None); }
        public bool IsPrefix(string source, string prefix, CompareOptions options)
        {
            if (source == null) throw new ArgumentNullException("source");
            if (prefix == null) throw new ArgumentNullException("prefix");
            return source.StartsWith(prefix, SearchComparison(options));
        }
        public bool IsSuffix(string source, string suffix) { return IsSuffix(source, suffix, CompareOptions.None); }
        public bool IsSuffix(string source, string suffix, CompareOptions options)
        {
            if (source == null) throw new ArgumentNullException("source");
            if (suffix == null) throw new ArgumentNullException("suffix");
            return source.EndsWith(suffix, SearchComparison(options));
        }

        // ---- hashing and sort keys ----
        public int GetHashCode(string source, CompareOptions options)
        {
            if (source == null) throw new ArgumentNullException("source");
            CheckOptions(options);
            if (options == CompareOptions.Ordinal) return source.GetHashCode();
            bool ic = (options & (CompareOptions.IgnoreCase | CompareOptions.OrdinalIgnoreCase)) != 0;
            return ic ? source.ToUpperInvariant().GetHashCode() : source.GetHashCode();
        }

        public SortKey GetSortKey(string source) { return GetSortKey(source, CompareOptions.None); }

        // Bytes whose order is Compare's order, which is ordinal (invariant
        // globalization): each char big-endian, upper-cased when case is
        // ignored. Ordinal options have no sort key, as in .NET.
        public SortKey GetSortKey(string source, CompareOptions options)
        {
            if (source == null) throw new ArgumentNullException("source");
            CheckOptions(options);
            if ((options & (CompareOptions.Ordinal | CompareOptions.OrdinalIgnoreCase)) != 0) throw new ArgumentException("Value of flags is invalid.", "options");
            string s = (options & (CompareOptions.IgnoreNonSpace | CompareOptions.IgnoreSymbols)) != 0 ? Strip(source, 0, source.Length, options) : source;
            bool ic = (options & CompareOptions.IgnoreCase) != 0;
            byte[] key = new byte[s.Length * 2];
            for (int i = 0; i < s.Length; i++)
            {
                char c = ic ? char.ToUpperInvariant(s[i]) : s[i];
                key[2 * i] = (byte)(c >> 8);
                key[2 * i + 1] = (byte)c;
            }
            return new SortKey(_name, options, source, key);
        }

        public override bool Equals(object value) { CompareInfo c = value as CompareInfo; return c != null && c._name == _name; }
        public override int GetHashCode() { return _name.GetHashCode(); }
        public override string ToString() { return "CompareInfo - " + _name; }
    }

    [Serializable]
    public sealed class SortKey
    {
        private readonly string _locale;
        private readonly CompareOptions _options;
        private readonly string _string;
        private readonly byte[] _key;

        internal SortKey(string locale, CompareOptions options, string s, byte[] key) { _locale = locale; _options = options; _string = s; _key = key; }

        public string OriginalString { get { return _string; } }
        public byte[] KeyData { get { return (byte[])_key.Clone(); } }

        public static int Compare(SortKey sortkey1, SortKey sortkey2)
        {
            if (sortkey1 == null) throw new ArgumentNullException("sortkey1");
            if (sortkey2 == null) throw new ArgumentNullException("sortkey2");
            byte[] a = sortkey1._key, b = sortkey2._key;
            int n = Math.Min(a.Length, b.Length);
            for (int i = 0; i < n; i++) if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
            return a.Length == b.Length ? 0 : (a.Length < b.Length ? -1 : 1);
        }

        public override bool Equals(object value) { SortKey o = value as SortKey; return o != null && Compare(this, o) == 0; }
        public override int GetHashCode()
        {
            int h = 17;
            foreach (byte b in _key) h = h * 31 + b;
            return h;
        }
        public override string ToString() { return "SortKey - " + _locale + ", " + _options + ", " + _string; }
    }

    [Serializable]
    public sealed class SortVersion : IEquatable<SortVersion>
    {
        private readonly int _fullVersion;
        private readonly Guid _sortId;

        public SortVersion(int fullVersion, Guid sortId) { _fullVersion = fullVersion; _sortId = sortId; }

        public int FullVersion { get { return _fullVersion; } }
        public Guid SortId { get { return _sortId; } }

        public bool Equals(SortVersion other) { return (object)other != null && other._fullVersion == _fullVersion && other._sortId == _sortId; }
        public override bool Equals(object obj) { return Equals(obj as SortVersion); }
        public override int GetHashCode() { return _fullVersion * 7 ^ _sortId.GetHashCode(); }
        public static bool operator ==(SortVersion left, SortVersion right) { return (object)left == null ? (object)right == null : left.Equals(right); }
        public static bool operator !=(SortVersion left, SortVersion right) { return !(left == right); }
    }

    public static class GlobalizationExtensions
    {
        public static StringComparer GetStringComparer(this CompareInfo compareInfo, CompareOptions options)
        {
            if (compareInfo == null) throw new ArgumentNullException("compareInfo");
            if (options == CompareOptions.Ordinal) return StringComparer.Ordinal;
            if (options == CompareOptions.OrdinalIgnoreCase) return StringComparer.OrdinalIgnoreCase;
            return new CompareInfoComparer(compareInfo, options);
        }

        private sealed class CompareInfoComparer : StringComparer
        {
            private readonly CompareInfo _ci;
            private readonly CompareOptions _options;
            internal CompareInfoComparer(CompareInfo ci, CompareOptions options)
            {
                if ((options & ~(CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace | CompareOptions.IgnoreSymbols | CompareOptions.IgnoreKanaType | CompareOptions.IgnoreWidth | CompareOptions.StringSort)) != 0)
                    throw new ArgumentException("Value of flags is invalid.", "options");
                _ci = ci; _options = options;
            }
            public override int Compare(string x, string y) { return _ci.Compare(x, y, _options); }
            public override bool Equals(string x, string y) { return _ci.Compare(x, y, _options) == 0; }
            public override int GetHashCode(string obj)
            {
                if (obj == null) throw new ArgumentNullException("obj");
                return _ci.GetHashCode(obj, _options);
            }
        }
    }
}
