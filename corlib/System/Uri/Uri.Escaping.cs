using System.Text;

namespace System
{
    public partial class Uri
    {
        static bool IsUnreserved(int c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';

        static bool MustEscapeInUri(char c) =>
            c <= ' ' || c == 0x7f || c == '"' || c == '<' || c == '>' || c == '^' || c == '`' || c == '{' || c == '|' || c == '}' || c == '\\';

        static void AppendHex(StringBuilder sb, int b)
        {
            const string hex = "0123456789ABCDEF";
            sb.Append('%').Append(hex[(b >> 4) & 15]).Append(hex[b & 15]);
        }

        static void AppendUtf8(StringBuilder sb, string s, ref int i)
        {
            int len = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
            foreach (byte b in Encoding.UTF8.GetBytes(s.Substring(i, len))) AppendHex(sb, b);
            i += len - 1;
        }

        // Escapes a URI part as the parser stores it: keeps valid %XX (decoding
        // unreserved characters), escapes what a URI cannot carry.
        static string EscapePart(string s, bool filePath)
        {
            StringBuilder sb = null;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                bool hexSeq = c == '%' && IsHexEncoding(s, i);
                bool change = c > 0x7f || (c == '%' && (!hexSeq || IsUnreserved(FromHex(s[i + 1]) * 16 + FromHex(s[i + 2])))) || MustEscapeInUri(c);
                if (!change) { sb?.Append(c); continue; }
                if (sb == null) { sb = new StringBuilder(s.Length + 16); sb.Append(s, 0, i); }
                if (c == '%')
                {
                    if (hexSeq) { sb.Append((char)(FromHex(s[i + 1]) * 16 + FromHex(s[i + 2]))); i += 2; }
                    else sb.Append("%25");
                }
                else if (c > 0x7f) AppendUtf8(sb, s, ref i);
                else AppendHex(sb, c);
            }
            return sb == null ? s : sb.ToString();
        }

        // Decodes %XX sequences; safeOnly keeps escaped the reserved characters,
        // '%', '\\' and controls (so the result still reads as the same URI).
        static string Unescape(string s, bool safeOnly)
        {
            if (s.IndexOf('%') < 0) return s;
            var sb = new StringBuilder(s.Length);
            int i = 0;
            while (i < s.Length)
            {
                char c = s[i];
                if (c != '%' || !IsHexEncoding(s, i)) { sb.Append(c); i++; continue; }
                int b = FromHex(s[i + 1]) * 16 + FromHex(s[i + 2]);
                if (b < 0x80)
                {
                    if (safeOnly && (b < 0x20 || b == 0x7f || ":/?#[]@!$&'()*+,;=%\\".IndexOf((char)b) >= 0)) sb.Append(s, i, 3);
                    else sb.Append((char)b);
                    i += 3;
                    continue;
                }
                int need = b >= 0xF0 && b <= 0xF4 ? 3 : b >= 0xE0 ? (b < 0xF0 ? 2 : -1) : b >= 0xC2 && b < 0xE0 ? 1 : -1;
                int cp = need == 1 ? b & 0x1F : need == 2 ? b & 0x0F : b & 0x07;
                int j = i + 3, k = 0;
                for (; k < need && need > 0; k++, j += 3)
                {
                    if (!IsHexEncoding(s, j)) break;
                    int nb = FromHex(s[j + 1]) * 16 + FromHex(s[j + 2]);
                    if ((nb & 0xC0) != 0x80) break;
                    cp = (cp << 6) | (nb & 0x3F);
                }
                bool ok = need > 0 && k == need && !(need == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) && !(need == 3 && (cp < 0x10000 || cp > 0x10FFFF));
                if (!ok) { sb.Append(s, i, 3); i += 3; continue; }
                sb.Append(char.ConvertFromUtf32(cp));
                i = j;
            }
            return sb.ToString();
        }

        static string UnescapeSafe(string s) => Unescape(s, true);

        public static string UnescapeDataString(string stringToUnescape)
        {
            if (stringToUnescape == null) throw new ArgumentNullException(nameof(stringToUnescape));
            return Unescape(stringToUnescape, false);
        }

        public static string EscapeDataString(string stringToEscape)
        {
            if (stringToEscape == null) throw new ArgumentNullException(nameof(stringToEscape));
            return EscapeWith(stringToEscape, false);
        }

        [Obsolete("Uri.EscapeUriString can corrupt the Uri string in some cases. Consider using Uri.EscapeDataString for query string components instead.")]
        public static string EscapeUriString(string stringToEscape)
        {
            if (stringToEscape == null) throw new ArgumentNullException(nameof(stringToEscape));
            return EscapeWith(stringToEscape, true);
        }

        [Obsolete("Uri.EscapeString has been deprecated. Use GetComponents() or Uri.EscapeDataString to escape a Uri component or a string.")]
        protected static string EscapeString(string? str) => str == null ? "" : EscapeWith(str, true);

        static string EscapeWith(string s, bool keepReserved)
        {
            StringBuilder sb = null;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                bool keep = IsUnreserved(c) || (keepReserved && c < 0x80 && ":/?#[]@!$&'()*+,;=".IndexOf(c) >= 0);
                if (keep) { sb?.Append(c); continue; }
                if (sb == null) { sb = new StringBuilder(s.Length + 16); sb.Append(s, 0, i); }
                if (c > 0x7f) AppendUtf8(sb, s, ref i);
                else AppendHex(sb, c);
            }
            return sb == null ? s : sb.ToString();
        }

        public static string HexEscape(char character)
        {
            if (character > 0xff) throw new ArgumentOutOfRangeException(nameof(character));
            var sb = new StringBuilder(3);
            AppendHex(sb, character);
            return sb.ToString();
        }

        public static char HexUnescape(string pattern, ref int index)
        {
            if (pattern == null) throw new ArgumentNullException(nameof(pattern));
            if (index < 0 || index >= pattern.Length) throw new ArgumentOutOfRangeException(nameof(index));
            if (IsHexEncoding(pattern, index))
            {
                char r = (char)(FromHex(pattern[index + 1]) * 16 + FromHex(pattern[index + 2]));
                index += 3;
                return r;
            }
            return pattern[index++];
        }

        public static bool IsHexEncoding(string pattern, int index)
        {
            return pattern != null && index >= 0 && index + 2 < pattern.Length && pattern[index] == '%'
                && IsHexDigit(pattern[index + 1]) && IsHexDigit(pattern[index + 2]);
        }

        public static bool IsHexDigit(char character) =>
            (character >= '0' && character <= '9') || (character >= 'a' && character <= 'f') || (character >= 'A' && character <= 'F');

        public static int FromHex(char digit)
        {
            if (digit >= '0' && digit <= '9') return digit - '0';
            if (digit >= 'a' && digit <= 'f') return digit - 'a' + 10;
            if (digit >= 'A' && digit <= 'F') return digit - 'A' + 10;
            throw new ArgumentException("Invalid hex digit.", nameof(digit));
        }

        public static bool CheckSchemeName(string? schemeName)
        {
            if (string.IsNullOrEmpty(schemeName) || !IsAsciiLetter(schemeName[0])) return false;
            foreach (char c in schemeName)
                if (!(IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) return false;
            return true;
        }

        public static UriHostNameType CheckHostName(string? name)
        {
            if (string.IsNullOrEmpty(name) || name.Length > 0x7fff) return UriHostNameType.Unknown;
            if (IsIPv4(name)) return UriHostNameType.IPv4;
            if (name.IndexOf(':') >= 0)
            {
                string inner = name.Length > 2 && name[0] == '[' && name[name.Length - 1] == ']' ? name.Substring(1, name.Length - 2) : name;
                return IsIPv6(inner) ? UriHostNameType.IPv6 : UriHostNameType.Unknown;
            }
            return IsDnsName(name) ? UriHostNameType.Dns : UriHostNameType.Unknown;
        }
    }
}
