// String members of .NET 6-9 not covered elsewhere: ReplaceLineEndings and
// Join(char, string[], int, int).
using System.Text;

namespace System
{
    public sealed partial class String
    {
        public string ReplaceLineEndings() { return ReplaceLineEndings(Environment.NewLine); }

        // Every newline sequence (CR, LF, CRLF, NEL, LS, PS, FF) becomes replacementText.
        public string ReplaceLineEndings(string replacementText)
        {
            if (replacementText == null) throw new ArgumentNullException("replacementText");
            int first = 0;
            while (first < Length && !IsNewLineChar(this[first])) first++;
            if (first == Length) return this;
            StringBuilder sb = new StringBuilder(Length);
            sb.Append(this, 0, first);
            for (int i = first; i < Length; i++)
            {
                char c = this[i];
                if (!IsNewLineChar(c)) { sb.Append(c); continue; }
                if (c == '\r' && i + 1 < Length && this[i + 1] == '\n') i++;
                sb.Append(replacementText);
            }
            return sb.ToString();
        }

        private static bool IsNewLineChar(char c)
        {
            return c == '\n' || c == '\r' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
        }

        public static string Join(char separator, string[] value, int startIndex, int count)
        {
            return Join(char.ToString(separator), value, startIndex, count);
        }
    }
}

namespace System.Text
{
    public sealed partial class StringBuilder
    {
        public StringBuilder AppendJoin<T>(char separator, System.Collections.Generic.IEnumerable<T> values)
        {
            return AppendJoin<T>(char.ToString(separator), values);
        }
    }
}
