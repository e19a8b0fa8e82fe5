// IdnMapping: internationalized domain names <-> ASCII ("xn--" labels,
// Punycode from RFC 3492), as .NET does in invariant mode: labels are
// encoded as given (no Unicode normalization or mapping tables).
using System.Text;

namespace System.Globalization
{
    public sealed class IdnMapping
    {
        private const int Base = 36, TMin = 1, TMax = 26, Skew = 38, Damp = 700, InitialBias = 72, InitialN = 128;

        public IdnMapping() { }

        public bool AllowUnassigned { get; set; }
        public bool UseStd3AsciiRules { get; set; }

        public string GetAscii(string unicode) { return GetAscii(unicode, 0); }
        public string GetAscii(string unicode, int index)
        {
            if (unicode == null) throw new ArgumentNullException("unicode");
            return GetAscii(unicode, index, unicode.Length - index);
        }
        public string GetAscii(string unicode, int index, int count)
        {
            string s = Slice(unicode, index, count, "unicode");
            if (s.Length == 0) throw new ArgumentException("Decoded string is not a valid IDN name.", "unicode");
            string[] labels = SplitLabels(s);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < labels.Length; i++)
            {
                string label = labels[i];
                if (label.Length == 0 && i != labels.Length - 1) throw new ArgumentException("Decoded string is not a valid IDN name.", "unicode");
                if (i > 0) sb.Append('.');
                bool ascii = true;
                foreach (char c in label) if (c >= 0x80) { ascii = false; break; }
                string outLabel = ascii ? label : "xn--" + Encode(label);
                if (UseStd3AsciiRules) CheckStd3(outLabel);
                if (outLabel.Length > 63) throw new ArgumentException("Label size exceeded.", "unicode");
                sb.Append(outLabel);
            }
            return sb.ToString();
        }

        public string GetUnicode(string ascii) { return GetUnicode(ascii, 0); }
        public string GetUnicode(string ascii, int index)
        {
            if (ascii == null) throw new ArgumentNullException("ascii");
            return GetUnicode(ascii, index, ascii.Length - index);
        }
        public string GetUnicode(string ascii, int index, int count)
        {
            string s = Slice(ascii, index, count, "ascii");
            foreach (char c in s) if (c >= 0x80) throw new ArgumentException("Decoded string is not a valid IDN name.", "ascii");
            string[] labels = SplitLabels(s);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < labels.Length; i++)
            {
                if (i > 0) sb.Append('.');
                string label = labels[i];
                if (label.StartsWith("xn--", StringComparison.OrdinalIgnoreCase)) sb.Append(Decode(label.Substring(4)));
                else sb.Append(label);
            }
            return sb.ToString();
        }

        private static string Slice(string s, int index, int count, string name)
        {
            if (index < 0) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (index > s.Length) throw new ArgumentOutOfRangeException("byteIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (index > s.Length - count) throw new ArgumentOutOfRangeException("unicode", "Index and count must refer to a location within the string.");
            return s.Substring(index, count);
        }

        private static string[] SplitLabels(string s)
        {
            return s.Split(new char[] { '.', '\u3002', '\uFF0E', '\uFF61' });
        }

        private static void CheckStd3(string label)
        {
            if (label.Length > 0 && (label[0] == '-' || label[label.Length - 1] == '-'))
                throw new ArgumentException("Decoded string is not a valid IDN name.", "unicode");
            foreach (char c in label)
                if (!(c == '-' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
                    throw new ArgumentException("Decoded string is not a valid IDN name.", "unicode");
        }

        private static int Adapt(int delta, int numPoints, bool firstTime)
        {
            delta = firstTime ? delta / Damp : delta / 2;
            delta += delta / numPoints;
            int k = 0;
            while (delta > ((Base - TMin) * TMax) / 2) { delta /= Base - TMin; k += Base; }
            return k + (Base - TMin + 1) * delta / (delta + Skew);
        }

        private static char Digit(int d) { return (char)(d < 26 ? 'a' + d : '0' + d - 26); }

        private static string Encode(string label)
        {
            // code points of the label
            Collections.Generic.List<int> cps = new Collections.Generic.List<int>();
            for (int i = 0; i < label.Length; i++)
            {
                if (char.IsHighSurrogate(label[i]) && i + 1 < label.Length && char.IsLowSurrogate(label[i + 1])) { cps.Add(char.ConvertToUtf32(label[i], label[i + 1])); i++; }
                else cps.Add(label[i]);
            }
            StringBuilder output = new StringBuilder();
            foreach (int cp in cps) if (cp < 0x80) output.Append((char)cp);
            int b = output.Length, h = b;
            if (b > 0) output.Append('-');
            int n = InitialN, delta = 0, bias = InitialBias;
            while (h < cps.Count)
            {
                int m = int.MaxValue;
                foreach (int cp in cps) if (cp >= n && cp < m) m = cp;
                delta += (m - n) * (h + 1);
                n = m;
                foreach (int cp in cps)
                {
                    if (cp < n) delta++;
                    if (cp == n)
                    {
                        int q = delta;
                        for (int k = Base; ; k += Base)
                        {
                            int t = k <= bias ? TMin : (k >= bias + TMax ? TMax : k - bias);
                            if (q < t) break;
                            output.Append(Digit(t + (q - t) % (Base - t)));
                            q = (q - t) / (Base - t);
                        }
                        output.Append(Digit(q));
                        bias = Adapt(delta, h + 1, h == b);
                        delta = 0;
                        h++;
                    }
                }
                delta++; n++;
            }
            return output.ToString();
        }

        private static string Decode(string input)
        {
            Collections.Generic.List<int> output = new Collections.Generic.List<int>();
            int basic = input.LastIndexOf('-');
            if (basic < 0) basic = 0;
            for (int j = 0; j < basic; j++)
            {
                if (input[j] >= 0x80) throw new ArgumentException("Invalid IDN encoded string.", "ascii");
                output.Add(char.ToLowerInvariant(input[j]));
            }
            int n = InitialN, i = 0, bias = InitialBias;
            for (int pos = basic > 0 ? basic + 1 : 0; pos < input.Length;)
            {
                int oldi = i, w = 1;
                for (int k = Base; ; k += Base)
                {
                    if (pos >= input.Length) throw new ArgumentException("Invalid IDN encoded string.", "ascii");
                    char c = input[pos++];
                    int digit = c >= '0' && c <= '9' ? c - '0' + 26 : (c >= 'a' && c <= 'z' ? c - 'a' : (c >= 'A' && c <= 'Z' ? c - 'A' : -1));
                    if (digit < 0) throw new ArgumentException("Invalid IDN encoded string.", "ascii");
                    i += digit * w;
                    int t = k <= bias ? TMin : (k >= bias + TMax ? TMax : k - bias);
                    if (digit < t) break;
                    w *= Base - t;
                }
                bias = Adapt(i - oldi, output.Count + 1, oldi == 0);
                n += i / (output.Count + 1);
                i %= output.Count + 1;
                output.Insert(i, n);
                i++;
            }
            StringBuilder sb = new StringBuilder();
            foreach (int cp in output) sb.Append(char.ConvertFromUtf32(cp));
            return sb.ToString();
        }

        public override bool Equals(object obj)
        {
            IdnMapping o = obj as IdnMapping;
            return o != null && o.AllowUnassigned == AllowUnassigned && o.UseStd3AsciiRules == UseStd3AsciiRules;
        }

        public override int GetHashCode() { return (AllowUnassigned ? 100 : 200) + (UseStd3AsciiRules ? 1000 : 2000); }
    }
}
