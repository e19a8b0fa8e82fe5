// TextInfo: casing for a culture (invariant casing, but for the Turkic
// dotted and dotless i in the cultures whose data say so) and the culture's
// writing-system facts (CultureData for the cultures the corlib carries).
namespace System.Globalization
{
    [Serializable]
    public sealed class TextInfo : ICloneable
    {
        internal static readonly TextInfo Invariant = CreateInvariant();
        private readonly string _name;
        private string _listSeparator = ",";
        private bool _isReadOnly;
        private int _lcid = -1;
        private bool _rightToLeft, _turkic;
        private int[] _codePages;

        internal TextInfo(string name) { _name = name; }

        internal TextInfo(string name, CultureData d)
        {
            _name = name;
            _listSeparator = d[CultureData.ListSeparator];
            _lcid = d.Int(CultureData.LCID);
            _rightToLeft = d.Flag(CultureData.IsRightToLeft);
            _turkic = d.Flag(CultureData.TurkicCasing);
            _codePages = d.Ints4(CultureData.CodePages);
        }

        private static TextInfo CreateInvariant() { TextInfo t = new TextInfo(""); t._isReadOnly = true; return t; }

        public string CultureName { get { return _name; } }
        public int LCID { get { return _lcid >= 0 ? _lcid : _name.Length == 0 ? 127 : 4096; } }
        public int ANSICodePage { get { return _codePages != null ? _codePages[0] : 1252; } }
        public int OEMCodePage { get { return _codePages != null ? _codePages[1] : 437; } }
        public int MacCodePage { get { return _codePages != null ? _codePages[2] : 10000; } }
        public int EBCDICCodePage { get { return _codePages != null ? _codePages[3] : 37; } }
        public bool IsRightToLeft { get { return _rightToLeft; } }
        public bool IsReadOnly { get { return _isReadOnly; } }

        public string ListSeparator
        {
            get { return _listSeparator; }
            set
            {
                if (value == null) throw new ArgumentNullException("value");
                if (_isReadOnly) throw new InvalidOperationException("Instance is read-only.");
                _listSeparator = value;
            }
        }

        internal void MakeReadOnly() { _isReadOnly = true; }

        public object Clone() { TextInfo t = (TextInfo)MemberwiseClone(); t._isReadOnly = false; return t; }

        public static TextInfo ReadOnly(TextInfo textInfo)
        {
            if (textInfo == null) throw new ArgumentNullException("textInfo");
            if (textInfo._isReadOnly) return textInfo;
            TextInfo t = (TextInfo)textInfo.MemberwiseClone();
            t._isReadOnly = true;
            return t;
        }

        // A culture with data cases as .NET does with ICU: U+0131 (dotless i)
        // and U+017F (long s) upper-case to I and S, U+0130 (dotted capital I) lower-cases to i, and
        // the Turkic cultures (tr, az) map i <-> U+0130 and I <-> U+0131. The
        // invariant culture and cultures without data leave U+0130 and U+0131 alone.
        public char ToLower(char c)
        {
            if (_lcid >= 0) { if (c == '\u0130') return 'i'; if (_turkic && c == 'I') return '\u0131'; }
            return char.ToLowerInvariant(c);
        }

        public char ToUpper(char c)
        {
            if (_lcid >= 0) { if (c == '\u0131') return 'I'; if (c == '\u017F') return 'S'; if (_turkic && c == 'i') return '\u0130'; }
            return char.ToUpperInvariant(c);
        }

        public string ToLower(string str)
        {
            if (str == null) throw new ArgumentNullException("str");
            if (_lcid < 0) return str.ToLowerInvariant();
            if (_turkic) str = str.Replace('I', '\u0131');
            return str.Replace('\u0130', 'i').ToLowerInvariant();
        }

        public string ToUpper(string str)
        {
            if (str == null) throw new ArgumentNullException("str");
            if (_lcid < 0) return str.ToUpperInvariant();
            if (_turkic) str = str.Replace('i', '\u0130');
            return str.Replace('\u0131', 'I').Replace('\u017F', 'S').ToUpperInvariant();
        }

        private static bool IsLetter(UnicodeCategory c) { return c <= UnicodeCategory.OtherLetter; }

        // Title case for the four Latin digraph letters (U+01C4.., U+01F1..),
        // whose title form differs from the upper one; otherwise upper case.
        private static char ToTitle(char c)
        {
            if (c >= '\u01C4' && c <= '\u01CC') return (char)(c - (c - 0x01C4) % 3 + 1);
            if (c >= '\u01F1' && c <= '\u01F3') return '\u01F2';
            return char.ToUpperInvariant(c);
        }

        // A word starts at a letter and runs over letters, marks, digits and
        // apostrophes. Its first letter goes to title case; the rest is lower
        // cased unless the word has no lowercase letter (an acronym stays).
        public string ToTitleCase(string str)
        {
            if (str == null) throw new ArgumentNullException("str");
            char[] c = str.ToCharArray();
            int i = 0;
            while (i < c.Length)
            {
                if (!IsLetter(char.GetUnicodeCategory(c[i]))) { i++; continue; }
                int start = i++;
                bool hasLower = char.GetUnicodeCategory(c[start]) == UnicodeCategory.LowercaseLetter;
                while (i < c.Length)
                {
                    UnicodeCategory cat = char.GetUnicodeCategory(c[i]);
                    if (!(IsLetter(cat) || cat == UnicodeCategory.DecimalDigitNumber || cat == UnicodeCategory.NonSpacingMark
                          || cat == UnicodeCategory.SpacingCombiningMark || c[i] == '\'' || c[i] == '\u2019')) break;
                    if (cat == UnicodeCategory.LowercaseLetter) hasLower = true;
                    i++;
                }
                c[start] = ToTitle(c[start]);
                if (hasLower) for (int j = start + 1; j < i; j++) c[j] = char.ToLowerInvariant(c[j]);
            }
            return new string(c);
        }

        public override bool Equals(object obj) { TextInfo t = obj as TextInfo; return t != null && t._name == _name; }
        public override int GetHashCode() { return _name.GetHashCode(); }
        public override string ToString() { return "TextInfo - " + _name; }
    }
}
