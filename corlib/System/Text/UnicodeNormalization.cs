// Canonical decomposition (NFD) and composition (NFC), as the Unicode
// Standard's annex 15 defines them: decompose every character fully (Hangul
// syllables algorithmically), put runs of combining marks in canonical order
// (a stable sort by combining class), then, for NFC, join each starter with
// the following marks and starter it composes with unless a mark of the same
// or a higher class blocks it. The tables come from UnicodeNormalization.py.
using System.Collections.Generic;

namespace System.Text
{
    internal static partial class UnicodeNormalization
    {
        private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
        private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

        private static Dictionary<char, string> s_decompositions;
        private static Dictionary<int, char> s_compositions;
        private static Dictionary<char, byte> s_classes;

        private static void Load()
        {
            var d = new Dictionary<char, string>();
            AddDecompositions(DecompositionData, d);
            AddDecompositions(System.Globalization.Collation.LatinDecompositionData, d);
            var c = new Dictionary<int, char>();
            for (int i = 0; i + 2 < CompositionData.Length; i += 3)
                c[(CompositionData[i + 1] << 16) | CompositionData[i + 2]] = CompositionData[i];
            var k = new Dictionary<char, byte>();
            for (int i = 0; i + 1 < CombiningClassData.Length; i += 2) k[CombiningClassData[i]] = (byte)CombiningClassData[i + 1];
            s_classes = k;
            s_compositions = c;
            s_decompositions = d;
        }

        // rows of code point, length, then that many code points
        private static void AddDecompositions(string data, Dictionary<char, string> into)
        {
            for (int i = 0; i < data.Length; i += 2 + data[i + 1])
                into[data[i]] = data.Substring(i + 2, data[i + 1]);
        }

        internal static int CombiningClass(char c)
        {
            if (c < 0x300) return 0;
            if (s_classes == null) Load();
            byte b;
            return s_classes.TryGetValue(c, out b) ? b : 0;
        }

        // s unchanged (the same instance) when it is already in the form.
        internal static string Normalize(string s, bool compose)
        {
            int i = 0;
            while (i < s.Length && s[i] < 0xC0) i++;     // nothing below U+00C0 decomposes or composes
            if (i == s.Length) return s;
            if (s_decompositions == null) Load();
            var sb = new StringBuilder(s.Length + 8);
            sb.Append(s, 0, i);
            for (; i < s.Length; i++) Decompose(s[i], sb);
            SortMarks(sb);
            if (compose) Compose(sb);
            return sb.Length == s.Length && string.CompareOrdinal(sb.ToString(), s) == 0 ? s : sb.ToString();
        }

        private static void Decompose(char c, StringBuilder into)
        {
            int si = c - SBase;
            if (si >= 0 && si < SCount)
            {
                into.Append((char)(LBase + si / NCount));
                into.Append((char)(VBase + (si % NCount) / TCount));
                if (si % TCount != 0) into.Append((char)(TBase + si % TCount));
                return;
            }
            string d;
            if (!s_decompositions.TryGetValue(c, out d)) { into.Append(c); return; }
            foreach (char part in d) Decompose(part, into);
        }

        // Canonical ordering: within each run of non-starters, a stable insertion sort by class.
        private static void SortMarks(StringBuilder sb)
        {
            for (int i = 1; i < sb.Length; i++)
            {
                int cc = CombiningClass(sb[i]);
                if (cc == 0) continue;
                int j = i;
                char c = sb[i];
                while (j > 0 && CombiningClass(sb[j - 1]) > cc) { sb[j] = sb[j - 1]; j--; }
                sb[j] = c;
            }
        }

        private static char ComposePair(char first, char second)
        {
            int l = first - LBase, v = second - VBase;
            if (l >= 0 && l < LCount && v >= 0 && v < VCount) return (char)(SBase + (l * VCount + v) * TCount);
            int s = first - SBase, t = second - TBase;
            if (s >= 0 && s < SCount && s % TCount == 0 && t > 0 && t < TCount) return (char)(first + t);
            char c;
            return s_compositions.TryGetValue((first << 16) | second, out c) ? c : '\0';
        }

        private static void Compose(StringBuilder sb)
        {
            int starter = -1, write = 0, lastClass = -1;
            for (int read = 0; read < sb.Length; read++)
            {
                char c = sb[read];
                int cc = CombiningClass(c);
                // not blocked: nothing since the starter, or only marks of a lower class
                if (starter >= 0 && (lastClass == 0 || lastClass < cc))
                {
                    char composed = ComposePair(sb[starter], c);
                    if (composed != '\0') { sb[starter] = composed; continue; }
                }
                if (cc == 0) { starter = write; lastClass = 0; }
                else lastClass = cc;
                sb[write++] = c;
            }
            sb.Length = write;
        }
    }
}
