// Guid: 16 bytes stored as .NET lays them out (int, short, short, 8 bytes);
// formats N D B P X; NewGuid is a version-4 GUID from the host's secure random bytes.
using System.Text;

namespace System
{
    [Serializable]
    public partial struct Guid : IFormattable, IComparable, IComparable<Guid>, IEquatable<Guid>
    {
        public static readonly Guid Empty = new Guid();

        private int _a;
        private short _b, _c;
        private byte _d, _e, _f, _g, _h, _i, _j, _k;

        public Guid(byte[] b)
        {
            if (b == null) throw new ArgumentNullException("b");
            if (b.Length != 16) throw new ArgumentException("Byte array for Guid must be exactly 16 bytes long.", "b");
            _a = b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24);
            _b = (short)(b[4] | (b[5] << 8));
            _c = (short)(b[6] | (b[7] << 8));
            _d = b[8]; _e = b[9]; _f = b[10]; _g = b[11]; _h = b[12]; _i = b[13]; _j = b[14]; _k = b[15];
        }

        public Guid(int a, short b, short c, byte[] d)
        {
            if (d == null) throw new ArgumentNullException("d");
            if (d.Length != 8) throw new ArgumentException("Byte array for Guid must be exactly 8 bytes long.", "d");
            _a = a; _b = b; _c = c;
            _d = d[0]; _e = d[1]; _f = d[2]; _g = d[3]; _h = d[4]; _i = d[5]; _j = d[6]; _k = d[7];
        }

        public Guid(int a, short b, short c, byte d, byte e, byte f, byte g, byte h, byte i, byte j, byte k)
        {
            _a = a; _b = b; _c = c; _d = d; _e = e; _f = f; _g = g; _h = h; _i = i; _j = j; _k = k;
        }

        public Guid(uint a, ushort b, ushort c, byte d, byte e, byte f, byte g, byte h, byte i, byte j, byte k)
            : this((int)a, (short)b, (short)c, d, e, f, g, h, i, j, k) { }

        public Guid(string g)
        {
            if (g == null) throw new ArgumentNullException("g");
            this = Parse(g);
        }


        public static Guid NewGuid()
        {
            byte[] b = new byte[16];
            System.Security.Cryptography.SecureRandom.Fill(b, 0, 16);
            b[7] = (byte)((b[7] & 0x0F) | 0x40);   // version 4
            b[8] = (byte)((b[8] & 0x3F) | 0x80);   // RFC 4122 variant
            return new Guid(b);
        }

        public static Guid AllBitsSet { get { return new Guid(-1, -1, -1, 255, 255, 255, 255, 255, 255, 255, 255); } }

        // The RFC 9562 version (high nibble of the third group) and variant (high nibble of the fourth).
        public int Version { get { return (ushort)_c >> 12; } }
        public int Variant { get { return _d >> 4; } }

        public static Guid CreateVersion7() { return CreateVersion7(DateTimeOffset.UtcNow); }

        // Version 7: 48 bits of Unix milliseconds first, then random bits.
        public static Guid CreateVersion7(DateTimeOffset timestamp)
        {
            long ms = timestamp.ToUnixTimeMilliseconds();
            ArgumentOutOfRangeException.ThrowIfNegative(ms, "timestamp");
            Guid g = NewGuid();
            g._a = (int)(ms >> 16);
            g._b = (short)ms;
            g._c = (short)((g._c & 0x0FFF) | 0x7000);
            return g;
        }

        public byte[] ToByteArray()
        {
            return new byte[] { (byte)_a, (byte)(_a >> 8), (byte)(_a >> 16), (byte)(_a >> 24), (byte)_b, (byte)(_b >> 8), (byte)_c, (byte)(_c >> 8),
                                _d, _e, _f, _g, _h, _i, _j, _k };
        }

        // ---- parsing ----

        public static Guid Parse(string input)
        {
            if (input == null) throw new ArgumentNullException("input");
            Guid g;
            if (!TryParse(input, out g)) throw new FormatException("Unrecognized Guid format.");
            return g;
        }

        public static Guid ParseExact(string input, string format)
        {
            if (input == null) throw new ArgumentNullException("input");
            Guid g;
            if (format == null || format.Length != 1 || !TryParseFormat(input.Trim(), char.ToUpperInvariant(format[0]), out g)) throw new FormatException("Unrecognized Guid format.");
            return g;
        }

        public static bool TryParse(string input, out Guid result)
        {
            result = Empty;
            if (input == null) return false;
            string s = input.Trim();
            if (s.Length == 32) return TryParseFormat(s, 'N', out result);
            if (s.Length == 36) return TryParseFormat(s, 'D', out result);
            if (s.Length == 38 && s[0] == '{') return TryParseFormat(s, 'B', out result);
            if (s.Length == 38 && s[0] == '(') return TryParseFormat(s, 'P', out result);
            if (s.Length > 0 && s[0] == '{') return TryParseFormat(s, 'X', out result);
            return false;
        }

        public static bool TryParseExact(string input, string format, out Guid result)
        {
            result = Empty;
            return input != null && format != null && format.Length == 1 && TryParseFormat(input.Trim(), char.ToUpperInvariant(format[0]), out result);
        }

        private static int Hex(char c)
        {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        }

        private static bool HexRun(string s, int start, int count, out ulong v)
        {
            v = 0;
            if (start + count > s.Length) return false;
            for (int i = 0; i < count; i++)
            {
                int h = Hex(s[start + i]);
                if (h < 0) return false;
                v = (v << 4) | (uint)h;
            }
            return true;
        }

        private static bool TryParseFormat(string s, char fmt, out Guid result)
        {
            result = Empty;
            string digits;
            switch (fmt)
            {
                case 'N':
                    if (s.Length != 32) return false;
                    digits = s;
                    break;
                case 'D':
                    if (s.Length != 36 || s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-') return false;
                    digits = s.Substring(0, 8) + s.Substring(9, 4) + s.Substring(14, 4) + s.Substring(19, 4) + s.Substring(24, 12);
                    break;
                case 'B':
                case 'P':
                    if (s.Length != 38 || s[0] != (fmt == 'B' ? '{' : '(') || s[37] != (fmt == 'B' ? '}' : ')')) return false;
                    return TryParseFormat(s.Substring(1, 36), 'D', out result);
                case 'X':
                    return TryParseHexFormat(s, out result);
                default:
                    return false;
            }
            ulong a, b, c, d;
            if (!HexRun(digits, 0, 8, out a) || !HexRun(digits, 8, 4, out b) || !HexRun(digits, 12, 4, out c)) return false;
            byte[] rest = new byte[8];
            for (int i = 0; i < 8; i++)
            {
                if (!HexRun(digits, 16 + 2 * i, 2, out d)) return false;
                rest[i] = (byte)d;
            }
            result = new Guid((int)a, (short)b, (short)c, rest);
            return true;
        }

        // {0xdddddddd,0xdddd,0xdddd,{0xdd,0xdd,0xdd,0xdd,0xdd,0xdd,0xdd,0xdd}}
        private static bool TryParseHexFormat(string s, out Guid result)
        {
            result = Empty;
            string t = s.Replace(" ", "");
            if (!t.StartsWith("{") || !t.EndsWith("}}")) return false;
            string[] parts = t.Substring(1, t.Length - 3).Replace("{", "").Split(',');
            if (parts.Length != 11) return false;
            ulong[] v = new ulong[11];
            int[] max = { 8, 4, 4, 2, 2, 2, 2, 2, 2, 2, 2 };
            for (int i = 0; i < 11; i++)
            {
                string p = parts[i];
                if (!p.StartsWith("0x") && !p.StartsWith("0X")) return false;
                if (p.Length < 3 || p.Length - 2 > max[i] || !HexRun(p, 2, p.Length - 2, out v[i])) return false;
            }
            result = new Guid((int)v[0], (short)v[1], (short)v[2], (byte)v[3], (byte)v[4], (byte)v[5], (byte)v[6], (byte)v[7], (byte)v[8], (byte)v[9], (byte)v[10]);
            return true;
        }

        // ---- formatting ----

        private static void AppendHex(StringBuilder sb, uint v, int digits)
        {
            for (int i = digits - 1; i >= 0; i--) sb.Append("0123456789abcdef"[(int)((v >> (4 * i)) & 0xF)]);
        }

        public override string ToString() { return ToString("D", null); }
        public string ToString(string format) { return ToString(format, null); }

        public string ToString(string format, IFormatProvider provider)
        {
            char f = string.IsNullOrEmpty(format) ? 'D' : format.Length == 1 ? char.ToUpperInvariant(format[0]) : '?';
            StringBuilder sb = new StringBuilder(68);
            byte[] tail = { _d, _e, _f, _g, _h, _i, _j, _k };
            if (f == 'X')
            {
                sb.Append("{0x"); AppendHex(sb, (uint)_a, 8);
                sb.Append(",0x"); AppendHex(sb, (ushort)_b, 4);
                sb.Append(",0x"); AppendHex(sb, (ushort)_c, 4);
                sb.Append(",{");
                for (int i = 0; i < 8; i++) { if (i > 0) sb.Append(','); sb.Append("0x"); AppendHex(sb, tail[i], 2); }
                return sb.Append("}}").ToString();
            }
            bool dashes = f != 'N';
            if (f == 'B') sb.Append('{'); else if (f == 'P') sb.Append('(');
            else if (f != 'D' && f != 'N') throw new FormatException("Format string can be only \"D\", \"d\", \"N\", \"n\", \"P\", \"p\", \"B\", \"b\", \"X\" or \"x\".");
            AppendHex(sb, (uint)_a, 8); if (dashes) sb.Append('-');
            AppendHex(sb, (ushort)_b, 4); if (dashes) sb.Append('-');
            AppendHex(sb, (ushort)_c, 4); if (dashes) sb.Append('-');
            AppendHex(sb, _d, 2); AppendHex(sb, _e, 2); if (dashes) sb.Append('-');
            for (int i = 2; i < 8; i++) AppendHex(sb, tail[i], 2);
            if (f == 'B') sb.Append('}'); else if (f == 'P') sb.Append(')');
            return sb.ToString();
        }

        // ---- equality and order ----

        public override int GetHashCode() { return _a ^ ((_b << 16) | (ushort)_c) ^ ((_f << 24) | (_g << 16) | (_h << 8) | _k); }
        public override bool Equals(object o) { return o is Guid && Equals((Guid)o); }

        public bool Equals(Guid g)
        {
            return g._a == _a && g._b == _b && g._c == _c && g._d == _d && g._e == _e && g._f == _f && g._g == _g && g._h == _h && g._i == _i && g._j == _j && g._k == _k;
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is Guid)) throw new ArgumentException("Object must be of type GUID.", "value");
            return CompareTo((Guid)value);
        }

        // .NET orders by the unsigned fields in declaration order.
        public int CompareTo(Guid value)
        {
            if (_a != value._a) return (uint)_a < (uint)value._a ? -1 : 1;
            if (_b != value._b) return (ushort)_b < (ushort)value._b ? -1 : 1;
            if (_c != value._c) return (ushort)_c < (ushort)value._c ? -1 : 1;
            byte[] x = { _d, _e, _f, _g, _h, _i, _j, _k }, y = { value._d, value._e, value._f, value._g, value._h, value._i, value._j, value._k };
            for (int i = 0; i < 8; i++) if (x[i] != y[i]) return x[i] < y[i] ? -1 : 1;
            return 0;
        }

        public static bool operator ==(Guid a, Guid b) { return a.Equals(b); }
        public static bool operator !=(Guid a, Guid b) { return !a.Equals(b); }
    }
}
