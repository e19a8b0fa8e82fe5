// StringInfo and TextElementEnumerator: a text element is a base character
// (or surrogate pair) with the combining marks that follow it, or a CR LF
// pair. (Simplified extended grapheme clusters: no emoji ZWJ sequences or
// Hangul syllable rules.) CharUnicodeInfo's digit and category queries.
namespace System.Globalization
{
    public static class CharUnicodeInfo
    {
        public static UnicodeCategory GetUnicodeCategory(char ch) { return char.GetUnicodeCategory(ch); }
        public static UnicodeCategory GetUnicodeCategory(int codePoint)
        {
            if (codePoint < 0 || codePoint > 0x10FFFF) return UnicodeCategory.OtherNotAssigned;
            if (codePoint < 0x10000) return char.GetUnicodeCategory((char)codePoint);
            return char.GetUnicodeCategory(char.ConvertFromUtf32(codePoint), 0);
        }
        public static UnicodeCategory GetUnicodeCategory(string s, int index)
        {
            if (s == null) throw new ArgumentNullException("s");
            if ((uint)index >= (uint)s.Length) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return char.GetUnicodeCategory(s, index);
        }
        public static int GetDecimalDigitValue(char ch)
        {
            if (char.GetUnicodeCategory(ch) != UnicodeCategory.DecimalDigitNumber) return -1;
            return (int)char.GetNumericValue(ch);
        }
        public static int GetDecimalDigitValue(string s, int index) { return GetDecimalDigitValue(CharAt(s, index)); }
        public static int GetDigitValue(char ch)
        {
            double v = char.GetNumericValue(ch);
            return v >= 0 && v <= 9 && v == Math.Floor(v) ? (int)v : -1;
        }
        public static int GetDigitValue(string s, int index) { return GetDigitValue(CharAt(s, index)); }
        public static double GetNumericValue(char ch) { return char.GetNumericValue(ch); }
        public static double GetNumericValue(string s, int index) { return char.GetNumericValue(CharAt(s, index)); }

        private static char CharAt(string s, int index)
        {
            if (s == null) throw new ArgumentNullException("s");
            if ((uint)index >= (uint)s.Length) throw new ArgumentOutOfRangeException("index");
            return s[index];
        }
    }

    public class StringInfo
    {
        private string _s;
        private int[] _starts;

        public StringInfo() : this("") { }
        public StringInfo(string value) { String = value; }

        public string String
        {
            get { return _s; }
            set { if (value == null) throw new ArgumentNullException("value"); _s = value; _starts = null; }
        }

        private int[] Starts { get { if (_starts == null) _starts = ParseCombiningCharacters(_s); return _starts; } }

        public int LengthInTextElements { get { return Starts.Length; } }

        public string SubstringByTextElements(int startingTextElement)
        {
            int[] st = Starts;
            if (startingTextElement < 0 || startingTextElement >= st.Length)
                throw new ArgumentOutOfRangeException("startingTextElement", "Specified argument was out of the range of valid values.");
            return _s.Substring(st[startingTextElement]);
        }

        public string SubstringByTextElements(int startingTextElement, int lengthInTextElements)
        {
            int[] st = Starts;
            if (startingTextElement < 0 || startingTextElement >= st.Length)
                throw new ArgumentOutOfRangeException("startingTextElement", "Specified argument was out of the range of valid values.");
            if (lengthInTextElements < 0 || startingTextElement > st.Length - lengthInTextElements)
                throw new ArgumentOutOfRangeException("lengthInTextElements", "Specified argument was out of the range of valid values.");
            int from = st[startingTextElement];
            int end = startingTextElement + lengthInTextElements == st.Length ? _s.Length : st[startingTextElement + lengthInTextElements];
            return _s.Substring(from, end - from);
        }

        public override bool Equals(object value) { StringInfo o = value as StringInfo; return o != null && o._s == _s; }
        public override int GetHashCode() { return _s.GetHashCode(); }

        private static bool IsExtender(UnicodeCategory c)
        {
            return c == UnicodeCategory.NonSpacingMark || c == UnicodeCategory.SpacingCombiningMark || c == UnicodeCategory.EnclosingMark;
        }

        // Length of the text element at index (index < s.Length).
        internal static int ElementLength(string s, int index)
        {
            int i = index;
            char c = s[i];
            if (c == '\r' && i + 1 < s.Length && s[i + 1] == '\n') return 2;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i += 2; else i++;
            if (c == '\r' || c == '\n' || char.GetUnicodeCategory(c) == UnicodeCategory.Control) return i - index;
            while (i < s.Length)
            {
                char d = s[i];
                if (d == '\u200D' || d == '\uFE0F' || IsExtender(char.GetUnicodeCategory(d))) { i++; continue; }
                if (char.IsHighSurrogate(d) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    int cp = char.ConvertToUtf32(d, s[i + 1]);
                    if (cp >= 0x1F3FB && cp <= 0x1F3FF) { i += 2; continue; } // emoji skin tone modifiers
                }
                break;
            }
            return i - index;
        }

        public static string GetNextTextElement(string str) { return GetNextTextElement(str, 0); }
        public static string GetNextTextElement(string str, int index)
        {
            if (str == null) throw new ArgumentNullException("str");
            if ((uint)index > (uint)str.Length) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (index == str.Length) return "";
            return str.Substring(index, ElementLength(str, index));
        }

        public static TextElementEnumerator GetTextElementEnumerator(string str) { return GetTextElementEnumerator(str, 0); }
        public static TextElementEnumerator GetTextElementEnumerator(string str, int index)
        {
            if (str == null) throw new ArgumentNullException("str");
            if ((uint)index > (uint)str.Length) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return new TextElementEnumerator(str, index);
        }

        public static int[] ParseCombiningCharacters(string str)
        {
            if (str == null) throw new ArgumentNullException("str");
            Collections.Generic.List<int> r = new Collections.Generic.List<int>();
            for (int i = 0; i < str.Length; i += ElementLength(str, i)) r.Add(i);
            return r.ToArray();
        }
    }

    public class TextElementEnumerator : Collections.IEnumerator
    {
        private readonly string _s;
        private readonly int _start;
        private int _index;     // start of the current element, -1 before the first MoveNext
        private int _length;
        private int _next;

        internal TextElementEnumerator(string s, int start) { _s = s; _start = start; Reset(); }

        public bool MoveNext()
        {
            if (_next >= _s.Length) { _index = _s.Length; _length = 0; return false; }
            _index = _next;
            _length = StringInfo.ElementLength(_s, _index);
            _next = _index + _length;
            return true;
        }

        public object Current { get { return GetTextElement(); } }

        public string GetTextElement()
        {
            if (_index < _start || _length == 0) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
            return _s.Substring(_index, _length);
        }

        public int ElementIndex
        {
            get
            {
                if (_index < _start || _length == 0) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                return _index;
            }
        }

        public void Reset() { _index = _start - 1; _length = 0; _next = _start; }
    }
}
