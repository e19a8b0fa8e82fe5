// Linguistic string comparison: an approximation of the Unicode root collation
// (what .NET compares cultures with when ICU is on; GlobalizationMode.cs says
// when). Three levels, as the Unicode Collation Algorithm has them:
//   primary   — the letter, digit or symbol: whitespace < punctuation < symbols
//               < currency < digits < letters, letters alphabetical with
//               accents and case set aside ("a" = "A" = "á");
//   secondary — accents, compared in string order ("resume" < "résumé");
//   tertiary  — case, lowercase first ("a" < "A").
// A later level only counts when every earlier one is equal, so
// "apple" < "Banana" < "banana!" and "a" < "A" < "b". Control and format
// characters are ignored. Precomposed Latin letters are split into a base
// letter and its accents by their canonical decompositions (a table generated
// by System/Text/UnicodeNormalization.py).
// Letters of other scripts sort after Latin by their lowercase code point;
// contractions and language tailorings are not modelled.
namespace System.Globalization
{
    internal static partial class Collation
    {
        // A collation element packed in a long: primary << 24 | secondary << 8 | tertiary.
        private const int WhitespaceBase = 1, PunctuationBase = 100, SymbolBase = 1000, DigitBase = 100000,
            LatinBase = 200000, LetterBase = 300000, SupplementaryBase = 400000;
        private const int TertiaryLower = 0, TertiaryVariant = 1, TertiaryUpper = 2;

        // Root order of whitespace, then of ASCII and Latin-1 punctuation and symbols.
        private const string WhitespaceOrder = "\t\n\v\f\r\u0085 \u00A0";
        private const string PunctuationOrder =
            "_\u203E-\u2010\u2011\u2012\u2013\u2014\u2015,;:!\u00A1?\u00BF.\u2026\u00B7'\u2018\u2019\u201A\u201B\"\u201C\u201D\u201E\u00AB\u00BB\u2039\u203A()[]{}" +
            "\u00A7\u00B6@*/\\&#%\u2030\u2020\u2021\u2022`\u00B4\u02DC^\u00AF\u02D8\u02D9\u00A8\u02DA\u02DD\u00B8\u02DB\u00B0\u00A9\u00AE" +
            "+\u00B1\u00F7\u00D7<=>\u00AC|\u00A6~\u00A4\u00A2$\u00A3\u00A5\u20AC";
        // Secondary order of the common accents (combining marks).
        private const string AccentOrder = "\u0301\u0300\u0306\u0302\u030C\u030A\u0308\u030B\u0303\u0307\u0338\u0327\u0328\u0304\u0335";

        private static long[] s_latin;    // elements of U+0000..U+024F, up to 3 per character
        private static byte[] s_latinCount;

        private static long Element(int primary, int secondary, int tertiary)
        {
            return ((long)primary << 24) | ((long)secondary << 8) | (long)tertiary;
        }
        private static int Primary(long e) { return (int)(e >> 24); }
        private static int Secondary(long e) { return (int)((e >> 8) & 0xFFFF); }
        private static int Tertiary(long e) { return (int)(e & 0xFF); }

        private static int AccentWeight(char mark)
        {
            int i = AccentOrder.IndexOf(mark);
            return i >= 0 ? 2 + i : 100 + (mark & 0x3FF);
        }

        private static bool IsIgnorable(char c)
        {
            UnicodeCategory cat = CharUnicodeInfo.GetUnicodeCategory(c);
            return cat == UnicodeCategory.Control || cat == UnicodeCategory.Format;
        }

        private static bool IsMark(char c)
        {
            UnicodeCategory cat = CharUnicodeInfo.GetUnicodeCategory(c);
            return cat == UnicodeCategory.NonSpacingMark || cat == UnicodeCategory.EnclosingMark || cat == UnicodeCategory.SpacingCombiningMark;
        }

        private static int LatinPrimary(char lower) { return LatinBase + (lower - 'a') * 4; }

        // The element of one character that is not a decomposable Latin letter.
        private static long SimpleElement(char c)
        {
            int i = WhitespaceOrder.IndexOf(c);
            if (i >= 0) return Element(WhitespaceBase + i, 1, TertiaryLower);
            i = PunctuationOrder.IndexOf(c);
            if (i >= 0) return Element(PunctuationBase + i, 1, TertiaryLower);
            if (c >= '0' && c <= '9') return Element(DigitBase + (c - '0'), 1, TertiaryLower);
            if (char.IsDigit(c)) return Element(DigitBase + (int)char.GetNumericValue(c), 1, TertiaryVariant);
            if (char.IsWhiteSpace(c)) return Element(WhitespaceBase + WhitespaceOrder.Length, 1, TertiaryLower);
            if (char.IsLetter(c))
            {
                char lower = char.ToLowerInvariant(c);
                int tertiary = lower != c ? TertiaryUpper : TertiaryLower;
                if (lower >= 'a' && lower <= 'z') return Element(LatinPrimary(lower), 1, tertiary);
                return Element(LetterBase + lower, 1, tertiary);
            }
            return Element(SymbolBase + c, 1, TertiaryLower);
        }

        // Latin letters that do not decompose canonically but sort with a base letter.
        private static int LatinSpecial(char c, long[] ces, int at)
        {
            switch (c)
            {
                case '\u00DF': return Ligature('s', 's', TertiaryLower, ces, at);
                case '\u00E6': return Ligature('a', 'e', TertiaryLower, ces, at);
                case '\u00C6': return Ligature('a', 'e', TertiaryUpper, ces, at);
                case '\u0153': return Ligature('o', 'e', TertiaryLower, ces, at);
                case '\u0152': return Ligature('o', 'e', TertiaryUpper, ces, at);
                case '\u00F8': case '\u00D8': return Stroked('o', c == '\u00D8', ces, at);
                case '\u0111': case '\u0110': return Stroked('d', c == '\u0110', ces, at);
                case '\u00F0': case '\u00D0': return Stroked('d', c == '\u00D0', ces, at);
                case '\u0142': case '\u0141': return Stroked('l', c == '\u0141', ces, at);
                case '\u0127': case '\u0126': return Stroked('h', c == '\u0126', ces, at);
                case '\u0131': return Stroked('i', false, ces, at);
                case '\u017F': ces[at] = Element(LatinPrimary('s'), 1, TertiaryVariant); return 1;
                case '\u00FE': case '\u00DE': ces[at] = Element(LatinPrimary('z') + 1, 1, c == '\u00DE' ? TertiaryUpper : TertiaryLower); return 1;
                case '\u014B': case '\u014A': ces[at] = Element(LatinPrimary('n') + 1, 1, c == '\u014A' ? TertiaryUpper : TertiaryLower); return 1;
            }
            return 0;
        }

        // ß, æ, œ: two letters with a secondary difference between them, so
        // "strasse" < "straße" also when case is ignored.
        private static int Ligature(char first, char second, int tertiary, long[] ces, int at)
        {
            ces[at] = Element(LatinPrimary(first), 1, tertiary);
            ces[at + 1] = Element(0, LigatureAccent, TertiaryLower);
            ces[at + 2] = Element(LatinPrimary(second), 1, tertiary);
            return 3;
        }
        private const int LigatureAccent = 99;

        private static int Stroked(char baseLetter, bool upper, long[] ces, int at)
        {
            ces[at] = Element(LatinPrimary(baseLetter), 1, upper ? TertiaryUpper : TertiaryLower);
            ces[at + 1] = Element(0, AccentWeight('\u0338'), TertiaryLower);
            return 2;
        }

        // The canonical decomposition of a precomposed Latin letter, or the letter itself.
        private static string LatinDecomposition(char c)
        {
            for (int i = 0; i < LatinDecompositionData.Length; i += 2 + LatinDecompositionData[i + 1])
                if (LatinDecompositionData[i] == c) return LatinDecompositionData.Substring(i + 2, LatinDecompositionData[i + 1]);
            return c.ToString();
        }

        private static void BuildLatin()
        {
            var ces = new long[0x250 * 3];
            var count = new byte[0x250];
            for (int c = 0; c < 0x250; c++)
            {
                char ch = (char)c;
                int at = c * 3, n;
                if (IsIgnorable(ch)) n = 0;
                else if ((n = LatinSpecial(ch, ces, at)) > 0) { }
                else if (c >= 0xC0)
                {
                    string d = LatinDecomposition(ch);
                    if (d.Length > 1 && d.Length <= 3 && char.ToLowerInvariant(d[0]) >= 'a' && char.ToLowerInvariant(d[0]) <= 'z')
                    {
                        ces[at] = SimpleElement(d[0]);
                        for (int k = 1; k < d.Length; k++) ces[at + k] = Element(0, AccentWeight(d[k]), TertiaryLower);
                        n = d.Length;
                    }
                    else { ces[at] = IsMark(ch) ? Element(0, AccentWeight(ch), TertiaryLower) : SimpleElement(ch); n = 1; }
                }
                else { ces[at] = SimpleElement(ch); n = 1; }
                count[c] = (byte)n;
            }
            s_latinCount = count;
            s_latin = ces;
        }

        // Walks the collation elements of s[start, start + length).
        private struct Elements
        {
            private readonly string _s;
            private int _pos;
            private readonly int _end;
            private long _p0, _p1;      // elements still to hand out from the current character
            private int _pending;

            internal Elements(string s, int start, int length) { _s = s; _pos = start; _end = start + length; _p0 = _p1 = 0; _pending = 0; }

            internal bool Next(out long e)
            {
                if (_pending > 0)
                {
                    e = _p0; _p0 = _p1; _pending--;
                    return true;
                }
                while (_pos < _end)
                {
                    char c = _s[_pos++];
                    if (c < 0x250)
                    {
                        int n = s_latinCount[c];
                        if (n == 0) continue;
                        int at = c * 3;
                        e = s_latin[at];
                        if (n > 1) { _p0 = s_latin[at + 1]; _p1 = n > 2 ? s_latin[at + 2] : 0; _pending = n - 1; }
                        return true;
                    }
                    if (char.IsHighSurrogate(c) && _pos < _end && char.IsLowSurrogate(_s[_pos]))
                    {
                        int cp = char.ConvertToUtf32(c, _s[_pos++]);
                        e = Element(SupplementaryBase + cp, 1, TertiaryLower);
                        return true;
                    }
                    if (IsIgnorable(c)) continue;
                    e = IsMark(c) ? Element(0, AccentWeight(c), TertiaryLower) : SimpleElement(c);
                    return true;
                }
                e = 0;
                return false;
            }
        }

        private static bool IsSymbol(long e) { int p = Primary(e); return p > 0 && p < DigitBase; }

        // level 1: primaries (marks have none); 2: secondaries; 3: tertiaries.
        private static int CompareLevel(string a, int ia, int la, string b, int ib, int lb, int level, bool ignoreSymbols)
        {
            var x = new Elements(a, ia, la);
            var y = new Elements(b, ib, lb);
            while (true)
            {
                long ex, ey;
                bool hx = NextAt(ref x, level, ignoreSymbols, out ex);
                bool hy = NextAt(ref y, level, ignoreSymbols, out ey);
                if (!hx || !hy) return hx ? 1 : hy ? -1 : 0;
                int wx = Weight(ex, level), wy = Weight(ey, level);
                if (wx != wy) return wx < wy ? -1 : 1;
            }
        }

        private static bool NextAt(ref Elements it, int level, bool ignoreSymbols, out long e)
        {
            while (it.Next(out e))
            {
                if (ignoreSymbols && IsSymbol(e)) continue;
                if (level != 2 && Primary(e) == 0) continue;   // accents count at the secondary level only
                return true;
            }
            return false;
        }

        private static int Weight(long e, int level)
        {
            return level == 1 ? Primary(e) : level == 2 ? Secondary(e) : Tertiary(e);
        }

        // Equal for strings Compare calls equal: a hash of every element's weights at
        // the levels compared (accents' tertiary weights never count).
        internal static int GetHashCode(string s, bool ignoreCase)
        {
            if (s_latin == null) BuildLatin();
            var it = new Elements(s, 0, s.Length);
            int h = 17;
            long e;
            while (it.Next(out e))
            {
                h = h * 31 + Primary(e);
                h = h * 31 + Secondary(e);
                if (!ignoreCase && Primary(e) != 0) h = h * 31 + Tertiary(e);
            }
            return h;
        }

        internal static int Compare(string a, int ia, int la, string b, int ib, int lb, CompareOptions options)
        {
            if (s_latin == null) BuildLatin();
            bool ignoreSymbols = (options & CompareOptions.IgnoreSymbols) != 0;
            int c = CompareLevel(a, ia, la, b, ib, lb, 1, ignoreSymbols);
            if (c != 0) return c;
            if ((options & CompareOptions.IgnoreNonSpace) == 0)
            {
                c = CompareLevel(a, ia, la, b, ib, lb, 2, ignoreSymbols);
                if (c != 0) return c;
            }
            if ((options & CompareOptions.IgnoreCase) == 0)
                c = CompareLevel(a, ia, la, b, ib, lb, 3, ignoreSymbols);
            return c;
        }
    }
}
