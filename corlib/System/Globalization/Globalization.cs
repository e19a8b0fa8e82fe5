// Invariant-culture globalization: every culture behaves as the invariant one
// (the contract: current culture = invariant).
namespace System.Globalization
{
    [Flags]
    public enum NumberStyles
    {
        None = 0, AllowLeadingWhite = 1, AllowTrailingWhite = 2, AllowLeadingSign = 4, AllowTrailingSign = 8,
        AllowParentheses = 16, AllowDecimalPoint = 32, AllowThousands = 64, AllowExponent = 128,
        AllowCurrencySymbol = 256, AllowHexSpecifier = 512, AllowBinarySpecifier = 1024,
        Integer = AllowLeadingWhite | AllowTrailingWhite | AllowLeadingSign,
        HexNumber = AllowLeadingWhite | AllowTrailingWhite | AllowHexSpecifier,
        BinaryNumber = AllowLeadingWhite | AllowTrailingWhite | AllowBinarySpecifier,
        Number = Integer | AllowTrailingSign | AllowDecimalPoint | AllowThousands,
        Float = Integer | AllowDecimalPoint | AllowExponent,
        Currency = Number | AllowParentheses | AllowCurrencySymbol,
        Any = Currency | AllowExponent
    }

    [Flags]
    public enum CompareOptions
    {
        None = 0, IgnoreCase = 1, IgnoreNonSpace = 2, IgnoreSymbols = 4, IgnoreKanaType = 8, IgnoreWidth = 16,
        OrdinalIgnoreCase = 0x10000000, StringSort = 0x20000000, Ordinal = 0x40000000
    }

    [Flags]
    public enum DateTimeStyles
    {
        None = 0, AllowLeadingWhite = 1, AllowTrailingWhite = 2, AllowInnerWhite = 4,
        AllowWhiteSpaces = AllowLeadingWhite | AllowInnerWhite | AllowTrailingWhite, NoCurrentDateDefault = 8,
        AdjustToUniversal = 16, AssumeLocal = 32, AssumeUniversal = 64, RoundtripKind = 128
    }

    public enum UnicodeCategory
    {
        UppercaseLetter = 0, LowercaseLetter = 1, TitlecaseLetter = 2, ModifierLetter = 3, OtherLetter = 4,
        NonSpacingMark = 5, SpacingCombiningMark = 6, EnclosingMark = 7, DecimalDigitNumber = 8, LetterNumber = 9,
        OtherNumber = 10, SpaceSeparator = 11, LineSeparator = 12, ParagraphSeparator = 13, Control = 14,
        Format = 15, Surrogate = 16, PrivateUse = 17, ConnectorPunctuation = 18, DashPunctuation = 19,
        OpenPunctuation = 20, ClosePunctuation = 21, InitialQuotePunctuation = 22, FinalQuotePunctuation = 23,
        OtherPunctuation = 24, MathSymbol = 25, CurrencySymbol = 26, ModifierSymbol = 27, OtherSymbol = 28,
        OtherNotAssigned = 29
    }

    public static class CharUnicodeInfo
    {
        public static UnicodeCategory GetUnicodeCategory(char ch) { return char.GetUnicodeCategory(ch); }
        public static UnicodeCategory GetUnicodeCategory(string s, int index) { return char.GetUnicodeCategory(s, index); }
        public static int GetDecimalDigitValue(char ch) { return ch >= '0' && ch <= '9' ? ch - '0' : -1; }
        public static double GetNumericValue(char ch) { return char.GetNumericValue(ch); }
    }

    [Serializable]
    public class CultureInfo : IFormatProvider, ICloneable
    {
        private static readonly CultureInfo s_invariant = new CultureInfo("");
        private static CultureInfo s_current;
        private string _name;
        private NumberFormatInfo _nfi;
        private DateTimeFormatInfo _dtfi;

        public CultureInfo(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            _name = name;
        }

        public CultureInfo(string name, bool useUserOverride) : this(name) { }
        public CultureInfo(int culture) : this("") { }

        public static CultureInfo InvariantCulture { get { return s_invariant; } }
        public static CultureInfo CurrentCulture { get { return s_current ?? s_invariant; } set { if (value == null) throw new ArgumentNullException("value"); s_current = value; } }
        public static CultureInfo CurrentUICulture { get { return CurrentCulture; } set { CurrentCulture = value; } }
        public static CultureInfo DefaultThreadCurrentCulture { get { return s_current; } set { s_current = value; } }
        public static CultureInfo DefaultThreadCurrentUICulture { get { return s_current; } set { s_current = value; } }
        public static CultureInfo GetCultureInfo(string name) { return new CultureInfo(name); }
        public static CultureInfo CreateSpecificCulture(string name) { return new CultureInfo(name); }

        public virtual string Name { get { return _name; } }
        public virtual string DisplayName { get { return _name.Length == 0 ? "Invariant Language (Invariant Country)" : _name; } }
        public virtual string EnglishName { get { return DisplayName; } }
        public virtual string NativeName { get { return DisplayName; } }
        public string TwoLetterISOLanguageName { get { return _name.Length == 0 ? "iv" : _name.Substring(0, Math.Min(2, _name.Length)); } }
        public virtual bool IsNeutralCulture { get { return false; } }
        public bool IsReadOnly { get { return this == s_invariant; } }
        public virtual int LCID { get { return 127; } }
        public virtual CultureInfo Parent { get { return s_invariant; } }
        public virtual CompareInfo CompareInfo { get { return CompareInfo.Invariant; } }
        public virtual TextInfo TextInfo { get { return TextInfo.Invariant; } }

        public virtual NumberFormatInfo NumberFormat
        {
            get { if (_nfi == null) _nfi = new NumberFormatInfo(); return _nfi; }
            set { _nfi = value; }
        }

        public virtual DateTimeFormatInfo DateTimeFormat
        {
            get { if (_dtfi == null) _dtfi = new DateTimeFormatInfo(); return _dtfi; }
            set { _dtfi = value; }
        }

        public virtual object GetFormat(Type formatType)
        {
            if (formatType == typeof(NumberFormatInfo)) return NumberFormat;
            if (formatType == typeof(DateTimeFormatInfo)) return DateTimeFormat;
            return null;
        }

        public virtual object Clone() { CultureInfo c = new CultureInfo(_name); return c; }
        public override string ToString() { return _name; }
        public override bool Equals(object value) { CultureInfo c = value as CultureInfo; return c != null && c._name == _name; }
        public override int GetHashCode() { return _name.GetHashCode(); }
    }

    [Serializable]
    public sealed class NumberFormatInfo : IFormatProvider, ICloneable
    {
        private static NumberFormatInfo s_invariant;

        public NumberFormatInfo() { }

        public static NumberFormatInfo InvariantInfo
        {
            get { if (s_invariant == null) s_invariant = new NumberFormatInfo(); return s_invariant; }
        }

        public static NumberFormatInfo CurrentInfo { get { return CultureInfo.CurrentCulture.NumberFormat; } }

        public static NumberFormatInfo GetInstance(IFormatProvider formatProvider)
        {
            if (formatProvider == null) return CurrentInfo;
            NumberFormatInfo nfi = formatProvider as NumberFormatInfo;
            if (nfi != null) return nfi;
            CultureInfo ci = formatProvider as CultureInfo;
            if (ci != null) return ci.NumberFormat;
            nfi = formatProvider.GetFormat(typeof(NumberFormatInfo)) as NumberFormatInfo;
            return nfi ?? CurrentInfo;
        }

        public int CurrencyDecimalDigits = 2;
        public string CurrencyDecimalSeparator = ".";
        public string CurrencyGroupSeparator = ",";
        public int[] CurrencyGroupSizes = new int[] { 3 };
        public int CurrencyNegativePattern = 0;
        public int CurrencyPositivePattern = 0;
        public string CurrencySymbol = "\u00A4";
        public string NaNSymbol = "NaN";
        public string NegativeInfinitySymbol = "-Infinity";
        public string PositiveInfinitySymbol = "Infinity";
        public string NegativeSign = "-";
        public string PositiveSign = "+";
        public int NumberDecimalDigits = 2;
        public string NumberDecimalSeparator = ".";
        public string NumberGroupSeparator = ",";
        public int[] NumberGroupSizes = new int[] { 3 };
        public int NumberNegativePattern = 1;
        public int PercentDecimalDigits = 2;
        public string PercentDecimalSeparator = ".";
        public string PercentGroupSeparator = ",";
        public int[] PercentGroupSizes = new int[] { 3 };
        public int PercentNegativePattern = 0;
        public int PercentPositivePattern = 0;
        public string PercentSymbol = "%";
        public string PerMilleSymbol = "\u2030";

        public bool IsReadOnly { get { return false; } }
        public object Clone() { return MemberwiseClone(); }
        public object GetFormat(Type formatType) { return formatType == typeof(NumberFormatInfo) ? this : null; }
    }

    [Serializable]
    public sealed class DateTimeFormatInfo : IFormatProvider, ICloneable
    {
        private static DateTimeFormatInfo s_invariant;

        public static DateTimeFormatInfo InvariantInfo { get { if (s_invariant == null) s_invariant = new DateTimeFormatInfo(); return s_invariant; } }
        public static DateTimeFormatInfo CurrentInfo { get { return CultureInfo.CurrentCulture.DateTimeFormat; } }

        public static DateTimeFormatInfo GetInstance(IFormatProvider provider)
        {
            if (provider == null) return CurrentInfo;
            DateTimeFormatInfo d = provider as DateTimeFormatInfo;
            if (d != null) return d;
            CultureInfo ci = provider as CultureInfo;
            if (ci != null) return ci.DateTimeFormat;
            d = provider.GetFormat(typeof(DateTimeFormatInfo)) as DateTimeFormatInfo;
            return d ?? CurrentInfo;
        }

        public string AMDesignator = "AM";
        public string PMDesignator = "PM";
        public string DateSeparator = "/";
        public string TimeSeparator = ":";
        public string ShortDatePattern = "MM/dd/yyyy";
        public string LongDatePattern = "dddd, dd MMMM yyyy";
        public string ShortTimePattern = "HH:mm";
        public string LongTimePattern = "HH:mm:ss";
        public string FullDateTimePattern = "dddd, dd MMMM yyyy HH:mm:ss";
        public string MonthDayPattern = "MMMM dd";
        public string YearMonthPattern = "yyyy MMMM";
        public string RFC1123Pattern { get { return "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'"; } }
        public string SortableDateTimePattern { get { return "yyyy'-'MM'-'dd'T'HH':'mm':'ss"; } }
        public string UniversalSortableDateTimePattern { get { return "yyyy'-'MM'-'dd HH':'mm':'ss'Z'"; } }
        public string[] DayNames = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
        public string[] AbbreviatedDayNames = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
        public string[] MonthNames = { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "" };
        public string[] AbbreviatedMonthNames = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "" };

        public string GetDayName(DayOfWeek dayofweek) { return DayNames[(int)dayofweek]; }
        public string GetAbbreviatedDayName(DayOfWeek dayofweek) { return AbbreviatedDayNames[(int)dayofweek]; }
        public string GetMonthName(int month) { return MonthNames[month - 1]; }
        public string GetAbbreviatedMonthName(int month) { return AbbreviatedMonthNames[month - 1]; }

        public object Clone() { return MemberwiseClone(); }
        public object GetFormat(Type formatType) { return formatType == typeof(DateTimeFormatInfo) ? this : null; }
    }

    [Serializable]
    public sealed class TextInfo
    {
        internal static readonly TextInfo Invariant = new TextInfo();
        private TextInfo() { }
        public string ListSeparator { get { return ","; } }
        public char ToLower(char c) { return char.ToLowerInvariant(c); }
        public char ToUpper(char c) { return char.ToUpperInvariant(c); }
        public string ToLower(string str) { if (str == null) throw new ArgumentNullException("str"); return str.ToLowerInvariant(); }
        public string ToUpper(string str) { if (str == null) throw new ArgumentNullException("str"); return str.ToUpperInvariant(); }

        public string ToTitleCase(string str)
        {
            if (str == null) throw new ArgumentNullException("str");
            char[] c = str.ToCharArray();
            bool start = true;
            for (int i = 0; i < c.Length; i++)
            {
                if (char.IsLetter(c[i]))
                {
                    c[i] = start ? char.ToUpperInvariant(c[i]) : char.ToLowerInvariant(c[i]);
                    start = false;
                }
                else start = !char.IsDigit(c[i]) && c[i] != '\'';
            }
            return new string(c);
        }
    }

    // Culture-sensitive string comparison. Cilantro runs as .NET does in
    // invariant-globalization mode, where every culture compares ordinally
    // (IgnoreCase: ordinal ignoring case), so "Banana" < "apple".
    [Serializable]
    public sealed class CompareInfo
    {
        internal static readonly CompareInfo Invariant = new CompareInfo();
        private CompareInfo() { }

        public string Name { get { return ""; } }

        internal static int InvariantCompare(string a, int ia, int la, string b, int ib, int lb, bool ignoreCase)
        {
            int c = string.InternalCompareOrdinal(a, ia, b, ib, la < lb ? la : lb, ignoreCase);
            return c != 0 ? c : la - lb;
        }

        public int Compare(string string1, string string2) { return Compare(string1, string2, CompareOptions.None); }

        public int Compare(string string1, string string2, CompareOptions options)
        {
            if ((object)string1 == (object)string2) return 0;
            if (string1 == null) return -1;
            if (string2 == null) return 1;
            if ((options & CompareOptions.Ordinal) != 0) return string.CompareOrdinal(string1, string2);
            if ((options & CompareOptions.OrdinalIgnoreCase) != 0) return string.Compare(string1, string2, StringComparison.OrdinalIgnoreCase);
            return InvariantCompare(string1, 0, string1.Length, string2, 0, string2.Length, (options & CompareOptions.IgnoreCase) != 0);
        }

        public int IndexOf(string source, string value) { return source.IndexOf(value, StringComparison.Ordinal); }
        public int IndexOf(string source, string value, CompareOptions options)
        {
            return source.IndexOf(value, (options & (CompareOptions.IgnoreCase | CompareOptions.OrdinalIgnoreCase)) != 0 ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        }
        public bool IsPrefix(string source, string prefix) { return source.StartsWith(prefix, StringComparison.Ordinal); }
        public bool IsSuffix(string source, string suffix) { return source.EndsWith(suffix, StringComparison.Ordinal); }
        public int GetHashCode(string source, CompareOptions options)
        {
            if (source == null) throw new ArgumentNullException("source");
            return (options & (CompareOptions.IgnoreCase | CompareOptions.OrdinalIgnoreCase)) != 0 ? source.ToUpperInvariant().GetHashCode() : source.GetHashCode();
        }
    }
}
