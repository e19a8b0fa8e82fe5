// Encodings: UTF-8, UTF-16 (LE/BE), UTF-32, ASCII, Latin-1, written in C#.
// Invalid input is replaced as .NET does: U+FFFD for each maximal invalid
// UTF-8 subsequence and for lone surrogates; '?' for unencodable ASCII/Latin-1.
namespace System.Text
{
    [Serializable]
    public abstract partial class Encoding : ICloneable
    {
        private static Encoding s_utf8, s_utf8NoBom, s_ascii, s_unicode, s_bigEndian, s_utf32, s_latin1;

        protected Encoding() { }
        protected Encoding(int codePage) { }

        public static Encoding UTF8 { get { if (s_utf8 == null) s_utf8 = new UTF8Encoding(true); return s_utf8; } }
        public static Encoding ASCII { get { if (s_ascii == null) s_ascii = new ASCIIEncoding(); return s_ascii; } }
        public static Encoding Unicode { get { if (s_unicode == null) s_unicode = new UnicodeEncoding(false, true); return s_unicode; } }
        public static Encoding BigEndianUnicode { get { if (s_bigEndian == null) s_bigEndian = new UnicodeEncoding(true, true); return s_bigEndian; } }
        public static Encoding UTF32 { get { if (s_utf32 == null) s_utf32 = new UTF32Encoding(); return s_utf32; } }
        public static Encoding Latin1 { get { if (s_latin1 == null) s_latin1 = new Latin1Encoding(); return s_latin1; } }
        public static Encoding Default { get { if (s_utf8NoBom == null) s_utf8NoBom = new UTF8Encoding(false); return s_utf8NoBom; } }

        public static Encoding GetEncoding(int codepage)
        {
            switch (codepage)
            {
                case 0: return Default;
                case 1200: return Unicode;
                case 1201: return BigEndianUnicode;
                case 12000: return UTF32;
                case 20127: return ASCII;
                case 28591: return Latin1;
                case 65001: return UTF8;
            }
            throw new NotSupportedException("No data is available for encoding " + codepage + ".");
        }

        public static Encoding GetEncoding(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            switch (name.ToLowerInvariant())
            {
                case "utf-8": case "utf8": return UTF8;
                case "utf-16": case "utf-16le": case "unicode": return Unicode;
                case "utf-16be": case "unicodefffe": return BigEndianUnicode;
                case "utf-32": case "utf-32le": return UTF32;
                case "us-ascii": case "ascii": return ASCII;
                case "iso-8859-1": case "latin1": return Latin1;
            }
            throw new ArgumentException("'" + name + "' is not a supported encoding name.", "name");
        }

        public virtual string WebName { get { return ""; } }
        public virtual string EncodingName { get { return WebName; } }
        public virtual string BodyName { get { return WebName; } }
        public virtual string HeaderName { get { return WebName; } }
        public virtual int CodePage { get { return 0; } }
        public virtual bool IsSingleByte { get { return false; } }

        public virtual object Clone() { return MemberwiseClone(); }
        public virtual byte[] GetPreamble() { return new byte[0]; }

        // Core operations every encoding implements.
        public abstract int GetByteCount(char[] chars, int index, int count);
        public abstract int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex);
        public abstract int GetCharCount(byte[] bytes, int index, int count);
        public abstract int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex);
        public abstract int GetMaxByteCount(int charCount);
        public abstract int GetMaxCharCount(int byteCount);

        private static void CheckRange(int arrayLength, int index, int count, string indexName)
        {
            if (index < 0 || count < 0) throw new ArgumentOutOfRangeException(index < 0 ? indexName : "count", "Non-negative number required.");
            if (arrayLength - index < count) throw new ArgumentOutOfRangeException(indexName, "Index and count must refer to a location within the buffer.");
        }

        public virtual int GetByteCount(char[] chars)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            return GetByteCount(chars, 0, chars.Length);
        }

        public virtual int GetByteCount(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            return GetByteCount(s.ToCharArray(), 0, s.Length);
        }

        public virtual byte[] GetBytes(char[] chars)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            return GetBytes(chars, 0, chars.Length);
        }

        public virtual byte[] GetBytes(char[] chars, int index, int count)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            CheckRange(chars.Length, index, count, "index");
            byte[] b = new byte[GetByteCount(chars, index, count)];
            GetBytes(chars, index, count, b, 0);
            return b;
        }

        public virtual byte[] GetBytes(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            char[] c = s.ToCharArray();
            byte[] b = new byte[GetByteCount(c, 0, c.Length)];
            GetBytes(c, 0, c.Length, b, 0);
            return b;
        }

        public byte[] GetBytes(string s, int index, int count)
        {
            if (s == null) throw new ArgumentNullException("s");
            CheckRange(s.Length, index, count, "index");
            return GetBytes(s.ToCharArray(index, count));
        }

        public virtual int GetBytes(string s, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            if (s == null) throw new ArgumentNullException("s");
            CheckRange(s.Length, charIndex, charCount, "charIndex");
            return GetBytes(s.ToCharArray(charIndex, charCount), 0, charCount, bytes, byteIndex);
        }

        public virtual int GetCharCount(byte[] bytes)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            return GetCharCount(bytes, 0, bytes.Length);
        }

        public virtual char[] GetChars(byte[] bytes)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            return GetChars(bytes, 0, bytes.Length);
        }

        public virtual char[] GetChars(byte[] bytes, int index, int count)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            CheckRange(bytes.Length, index, count, "index");
            char[] c = new char[GetCharCount(bytes, index, count)];
            GetChars(bytes, index, count, c, 0);
            return c;
        }

        public virtual string GetString(byte[] bytes)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            return GetString(bytes, 0, bytes.Length);
        }

        public virtual string GetString(byte[] bytes, int index, int count)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            CheckRange(bytes.Length, index, count, "index");
            return new string(GetChars(bytes, index, count));
        }

        public virtual Decoder GetDecoder() { return new SimpleDecoder(this); }
        public virtual Encoder GetEncoder() { return new SimpleEncoder(this); }

        public static byte[] Convert(Encoding srcEncoding, Encoding dstEncoding, byte[] bytes)
        {
            if (srcEncoding == null) throw new ArgumentNullException("srcEncoding");
            if (dstEncoding == null) throw new ArgumentNullException("dstEncoding");
            if (bytes == null) throw new ArgumentNullException("bytes");
            return dstEncoding.GetBytes(srcEncoding.GetChars(bytes));
        }

        public override bool Equals(object value)
        {
            Encoding e = value as Encoding;
            return e != null && e.CodePage == CodePage && e.GetType() == GetType();
        }

        public override int GetHashCode() { return CodePage; }

        // Stateless decoder/encoder: bytes split across calls are not carried over
        // except for UTF-8, whose decoder keeps the pending bytes.
        private sealed class SimpleDecoder : Decoder
        {
            private Encoding _e;
            private byte[] _pending = new byte[0];
            internal SimpleDecoder(Encoding e) { _e = e; }

            private byte[] Join(byte[] bytes, int index, int count)
            {
                byte[] all = new byte[_pending.Length + count];
                Array.Copy(_pending, all, _pending.Length);
                Array.Copy(bytes, index, all, _pending.Length, count);
                return all;
            }

            private int CompleteLength(byte[] all)
            {
                UTF8Encoding u = _e as UTF8Encoding;
                if (u == null) return all.Length - (_e is UnicodeEncoding ? all.Length % 2 : 0);
                return UTF8Encoding.CompletePrefixLength(all);
            }

            public override int GetCharCount(byte[] bytes, int index, int count)
            {
                byte[] all = Join(bytes, index, count);
                return _e.GetCharCount(all, 0, CompleteLength(all));
            }

            public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
            {
                byte[] all = Join(bytes, byteIndex, byteCount);
                int n = CompleteLength(all);
                int r = _e.GetChars(all, 0, n, chars, charIndex);
                _pending = new byte[all.Length - n];
                Array.Copy(all, n, _pending, 0, _pending.Length);
                return r;
            }
        }

        private sealed class SimpleEncoder : Encoder
        {
            private Encoding _e;
            internal SimpleEncoder(Encoding e) { _e = e; }
            public override int GetByteCount(char[] chars, int index, int count, bool flush) { return _e.GetByteCount(chars, index, count); }
            public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex, bool flush) { return _e.GetBytes(chars, charIndex, charCount, bytes, byteIndex); }
        }
    }

    public abstract class Decoder
    {
        protected Decoder() { }
        public abstract int GetCharCount(byte[] bytes, int index, int count);
        public abstract int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex);
        public virtual void Reset() { }
    }

    public abstract class Encoder
    {
        protected Encoder() { }
        public abstract int GetByteCount(char[] chars, int index, int count, bool flush);
        public abstract int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex, bool flush);
        public virtual void Reset() { }
    }

    [Serializable]
    public class UTF8Encoding : Encoding
    {
        private bool _bom;
        private bool _throw;

        public UTF8Encoding() : this(false) { }
        public UTF8Encoding(bool encoderShouldEmitUTF8Identifier) { _bom = encoderShouldEmitUTF8Identifier; }
        public UTF8Encoding(bool encoderShouldEmitUTF8Identifier, bool throwOnInvalidBytes) { _bom = encoderShouldEmitUTF8Identifier; _throw = throwOnInvalidBytes; }

        public override string WebName { get { return "utf-8"; } }
        public override string EncodingName { get { return "Unicode (UTF-8)"; } }
        public override int CodePage { get { return 65001; } }
        public override byte[] GetPreamble() { return _bom ? new byte[] { 0xEF, 0xBB, 0xBF } : new byte[0]; }
        public override int GetMaxByteCount(int charCount) { return (charCount + 1) * 3; }
        public override int GetMaxCharCount(int byteCount) { return byteCount + 1; }

        // Code point at chars[i] (pairs surrogates); lone surrogates become U+FFFD.
        private static int CodePointAt(char[] chars, int i, int end, out int width)
        {
            char c = chars[i];
            width = 1;
            if (c < 0xD800 || c > 0xDFFF) return c;
            if (c <= 0xDBFF && i + 1 < end)
            {
                char d = chars[i + 1];
                if (d >= 0xDC00 && d <= 0xDFFF)
                {
                    width = 2;
                    return ((c - 0xD800) << 10) + (d - 0xDC00) + 0x10000;
                }
            }
            return 0xFFFD;
        }

        public override int GetByteCount(char[] chars, int index, int count)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            int n = 0, end = index + count;
            for (int i = index; i < end; )
            {
                int w;
                int cp = CodePointAt(chars, i, end, out w);
                i += w;
                n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            }
            return n;
        }

        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (bytes.Length - byteIndex < GetByteCount(chars, charIndex, charCount))
                throw new ArgumentException("The output byte buffer is too small to contain the encoded data, encoding 'Unicode (UTF-8)' fallback 'System.Text.EncoderReplacementFallback'.", "bytes");
            int o = byteIndex, end = charIndex + charCount;
            for (int i = charIndex; i < end; )
            {
                int w;
                int cp = CodePointAt(chars, i, end, out w);
                i += w;
                if (cp < 0x80) bytes[o++] = (byte)cp;
                else if (cp < 0x800)
                {
                    bytes[o++] = (byte)(0xC0 | (cp >> 6));
                    bytes[o++] = (byte)(0x80 | (cp & 0x3F));
                }
                else if (cp < 0x10000)
                {
                    bytes[o++] = (byte)(0xE0 | (cp >> 12));
                    bytes[o++] = (byte)(0x80 | ((cp >> 6) & 0x3F));
                    bytes[o++] = (byte)(0x80 | (cp & 0x3F));
                }
                else
                {
                    bytes[o++] = (byte)(0xF0 | (cp >> 18));
                    bytes[o++] = (byte)(0x80 | ((cp >> 12) & 0x3F));
                    bytes[o++] = (byte)(0x80 | ((cp >> 6) & 0x3F));
                    bytes[o++] = (byte)(0x80 | (cp & 0x3F));
                }
            }
            return o - byteIndex;
        }

        // Decodes one scalar at bytes[i]; returns -1 (and the length of the
        // maximal invalid subsequence in len) for an ill-formed sequence.
        internal static int DecodeAt(byte[] b, int i, int end, out int len)
        {
            int c = b[i];
            len = 1;
            if (c < 0x80) return c;
            int need, min, cp;
            if (c >= 0xC2 && c <= 0xDF) { need = 1; cp = c & 0x1F; min = 0x80; }
            else if (c >= 0xE0 && c <= 0xEF) { need = 2; cp = c & 0x0F; min = 0x800; }
            else if (c >= 0xF0 && c <= 0xF4) { need = 3; cp = c & 0x07; min = 0x10000; }
            else return -1;
            for (int k = 1; k <= need; k++)
            {
                if (i + k >= end) { len = k; return -2; }
                int d = b[i + k];
                // second-byte ranges that keep the sequence well-formed (Unicode table 3-7)
                int lo = 0x80, hi = 0xBF;
                if (k == 1)
                {
                    if (c == 0xE0) lo = 0xA0;
                    else if (c == 0xED) hi = 0x9F;
                    else if (c == 0xF0) lo = 0x90;
                    else if (c == 0xF4) hi = 0x8F;
                }
                if (d < lo || d > hi) { len = k; return -1; }
                cp = (cp << 6) | (d & 0x3F);
            }
            len = need + 1;
            if (cp < min) return -1;
            return cp;
        }

        internal static int CompletePrefixLength(byte[] b)
        {
            // Leave an incomplete trailing sequence for the next call.
            int end = b.Length;
            for (int i = 0; i < end; )
            {
                int len;
                int cp = DecodeAt(b, i, end, out len);
                if (cp == -2) return i;
                i += len;
            }
            return end;
        }

        public override int GetCharCount(byte[] bytes, int index, int count)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            int n = 0, end = index + count;
            for (int i = index; i < end; )
            {
                int len;
                int cp = DecodeAt(bytes, i, end, out len);
                if (cp < 0 && _throw) throw new DecoderFallbackException("Unable to translate bytes from specified code page to Unicode.");
                i += len;
                n += cp >= 0x10000 ? 2 : 1;
            }
            return n;
        }

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (chars == null) throw new ArgumentNullException("chars");
            int o = charIndex, end = byteIndex + byteCount;
            for (int i = byteIndex; i < end; )
            {
                int len;
                int cp = DecodeAt(bytes, i, end, out len);
                i += len;
                if (cp < 0)
                {
                    if (_throw) throw new DecoderFallbackException("Unable to translate bytes from specified code page to Unicode.");
                    chars[o++] = '\uFFFD';
                }
                else if (cp >= 0x10000)
                {
                    cp -= 0x10000;
                    chars[o++] = (char)(0xD800 + (cp >> 10));
                    chars[o++] = (char)(0xDC00 + (cp & 0x3FF));
                }
                else chars[o++] = (char)cp;
            }
            return o - charIndex;
        }
    }

    [Serializable]
    public class ASCIIEncoding : Encoding
    {
        public ASCIIEncoding() { }
        public override string WebName { get { return "us-ascii"; } }
        public override string EncodingName { get { return "US-ASCII"; } }
        public override int CodePage { get { return 20127; } }
        public override bool IsSingleByte { get { return true; } }
        public override int GetMaxByteCount(int charCount) { return charCount + 1; }
        public override int GetMaxCharCount(int byteCount) { return byteCount; }

        public override int GetByteCount(char[] chars, int index, int count)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            int n = 0;
            for (int i = index; i < index + count; i++)
            {
                // a surrogate pair becomes one '?'
                if (chars[i] >= 0xD800 && chars[i] <= 0xDBFF && i + 1 < index + count && chars[i + 1] >= 0xDC00 && chars[i + 1] <= 0xDFFF) i++;
                n++;
            }
            return n;
        }

        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            if (bytes == null) throw new ArgumentNullException("bytes");
            int o = byteIndex;
            for (int i = charIndex; i < charIndex + charCount; i++)
            {
                char c = chars[i];
                if (c >= 0xD800 && c <= 0xDBFF && i + 1 < charIndex + charCount && chars[i + 1] >= 0xDC00 && chars[i + 1] <= 0xDFFF) i++;
                bytes[o++] = c < 0x80 ? (byte)c : (byte)'?';
            }
            return o - byteIndex;
        }

        public override int GetCharCount(byte[] bytes, int index, int count) { if (bytes == null) throw new ArgumentNullException("bytes"); return count; }

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (chars == null) throw new ArgumentNullException("chars");
            for (int i = 0; i < byteCount; i++)
            {
                byte b = bytes[byteIndex + i];
                chars[charIndex + i] = b < 0x80 ? (char)b : '\uFFFD';
            }
            return byteCount;
        }
    }

    [Serializable]
    internal sealed class Latin1Encoding : Encoding
    {
        public override string WebName { get { return "iso-8859-1"; } }
        public override string EncodingName { get { return "Western European (ISO)"; } }
        public override int CodePage { get { return 28591; } }
        public override bool IsSingleByte { get { return true; } }
        public override int GetMaxByteCount(int charCount) { return charCount + 1; }
        public override int GetMaxCharCount(int byteCount) { return byteCount; }
        public override int GetByteCount(char[] chars, int index, int count) { if (chars == null) throw new ArgumentNullException("chars"); return count; }

        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            if (bytes == null) throw new ArgumentNullException("bytes");
            for (int i = 0; i < charCount; i++)
            {
                char c = chars[charIndex + i];
                bytes[byteIndex + i] = c < 0x100 ? (byte)c : (byte)'?';
            }
            return charCount;
        }

        public override int GetCharCount(byte[] bytes, int index, int count) { if (bytes == null) throw new ArgumentNullException("bytes"); return count; }

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (chars == null) throw new ArgumentNullException("chars");
            for (int i = 0; i < byteCount; i++) chars[charIndex + i] = (char)bytes[byteIndex + i];
            return byteCount;
        }
    }

    [Serializable]
    public class UnicodeEncoding : Encoding
    {
        private bool _bigEndian;
        private bool _bom;

        public UnicodeEncoding() : this(false, true) { }
        public UnicodeEncoding(bool bigEndian, bool byteOrderMark) { _bigEndian = bigEndian; _bom = byteOrderMark; }
        public UnicodeEncoding(bool bigEndian, bool byteOrderMark, bool throwOnInvalidBytes) : this(bigEndian, byteOrderMark) { }

        public override string WebName { get { return _bigEndian ? "utf-16BE" : "utf-16"; } }
        public override string EncodingName { get { return _bigEndian ? "Unicode (Big-Endian)" : "Unicode"; } }
        public override int CodePage { get { return _bigEndian ? 1201 : 1200; } }
        public override byte[] GetPreamble()
        {
            if (!_bom) return new byte[0];
            return _bigEndian ? new byte[] { 0xFE, 0xFF } : new byte[] { 0xFF, 0xFE };
        }
        public override int GetMaxByteCount(int charCount) { return (charCount + 1) * 2; }
        public override int GetMaxCharCount(int byteCount) { return byteCount / 2 + 2; }
        public override int GetByteCount(char[] chars, int index, int count) { if (chars == null) throw new ArgumentNullException("chars"); return count * 2; }

        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            if (bytes == null) throw new ArgumentNullException("bytes");
            int end = charIndex + charCount;
            for (int i = charIndex; i < end; i++)
            {
                int c = chars[i];
                // lone surrogates are replaced by U+FFFD
                if (c >= 0xD800 && c <= 0xDBFF)
                {
                    if (i + 1 < end && chars[i + 1] >= 0xDC00 && chars[i + 1] <= 0xDFFF) { Put(bytes, byteIndex, c); byteIndex += 2; i++; c = chars[i]; }
                    else c = 0xFFFD;
                }
                else if (c >= 0xDC00 && c <= 0xDFFF) c = 0xFFFD;
                Put(bytes, byteIndex, c);
                byteIndex += 2;
            }
            return charCount * 2;
        }

        private void Put(byte[] b, int o, int c)
        {
            if (_bigEndian) { b[o] = (byte)(c >> 8); b[o + 1] = (byte)c; }
            else { b[o] = (byte)c; b[o + 1] = (byte)(c >> 8); }
        }

        public override int GetCharCount(byte[] bytes, int index, int count)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            return count / 2 + (count & 1);
        }

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (chars == null) throw new ArgumentNullException("chars");
            int n = byteCount / 2;
            for (int i = 0; i < n; i++)
            {
                int o = byteIndex + 2 * i;
                chars[charIndex + i] = _bigEndian ? (char)((bytes[o] << 8) | bytes[o + 1]) : (char)(bytes[o] | (bytes[o + 1] << 8));
            }
            if ((byteCount & 1) != 0) { chars[charIndex + n] = '\uFFFD'; n++; }
            return n;
        }
    }

    [Serializable]
    public sealed class UTF32Encoding : Encoding
    {
        public UTF32Encoding() { }
        public override string WebName { get { return "utf-32"; } }
        public override int CodePage { get { return 12000; } }
        public override byte[] GetPreamble() { return new byte[] { 0xFF, 0xFE, 0, 0 }; }
        public override int GetMaxByteCount(int charCount) { return (charCount + 1) * 4; }
        public override int GetMaxCharCount(int byteCount) { return byteCount / 2 + 2; }

        public override int GetByteCount(char[] chars, int index, int count)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            int n = 0;
            for (int i = index; i < index + count; i++)
            {
                if (char.IsHighSurrogate(chars[i]) && i + 1 < index + count && char.IsLowSurrogate(chars[i + 1])) i++;
                n += 4;
            }
            return n;
        }

        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            if (bytes == null) throw new ArgumentNullException("bytes");
            int o = byteIndex, end = charIndex + charCount;
            for (int i = charIndex; i < end; i++)
            {
                int cp = chars[i];
                if (char.IsHighSurrogate(chars[i]) && i + 1 < end && char.IsLowSurrogate(chars[i + 1])) { cp = char.ConvertToUtf32(chars[i], chars[i + 1]); i++; }
                else if (char.IsSurrogate(chars[i])) cp = 0xFFFD;
                bytes[o++] = (byte)cp; bytes[o++] = (byte)(cp >> 8); bytes[o++] = (byte)(cp >> 16); bytes[o++] = (byte)(cp >> 24);
            }
            return o - byteIndex;
        }

        public override int GetCharCount(byte[] bytes, int index, int count)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            int n = 0;
            for (int i = 0; i + 3 < count; i += 4)
            {
                int cp = bytes[index + i] | (bytes[index + i + 1] << 8) | (bytes[index + i + 2] << 16) | (bytes[index + i + 3] << 24);
                n += cp >= 0x10000 && cp <= 0x10FFFF ? 2 : 1;
            }
            if ((count & 3) != 0) n++;
            return n;
        }

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (chars == null) throw new ArgumentNullException("chars");
            int o = charIndex;
            for (int i = 0; i + 3 < byteCount; i += 4)
            {
                int cp = bytes[byteIndex + i] | (bytes[byteIndex + i + 1] << 8) | (bytes[byteIndex + i + 2] << 16) | (bytes[byteIndex + i + 3] << 24);
                if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) chars[o++] = '\uFFFD';
                else if (cp >= 0x10000)
                {
                    cp -= 0x10000;
                    chars[o++] = (char)(0xD800 + (cp >> 10));
                    chars[o++] = (char)(0xDC00 + (cp & 0x3FF));
                }
                else chars[o++] = (char)cp;
            }
            if ((byteCount & 3) != 0) chars[o++] = '\uFFFD';
            return o - charIndex;
        }
    }

    [Serializable]
    public class DecoderFallbackException : ArgumentException
    {
        public DecoderFallbackException() : base("Value does not fall within the expected range.") { }
        public DecoderFallbackException(string message) : base(message) { }
        public DecoderFallbackException(string message, Exception innerException) : base(message, innerException) { }
    }

    [Serializable]
    public class EncoderFallbackException : ArgumentException
    {
        public EncoderFallbackException() : base("Value does not fall within the expected range.") { }
        public EncoderFallbackException(string message) : base(message) { }
        public EncoderFallbackException(string message, Exception innerException) : base(message, innerException) { }
    }
}
