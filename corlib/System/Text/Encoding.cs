// System.Text.Encoding: the shared surface of every encoding. The built-in
// encodings (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE, ASCII, Latin-1) implement the
// internal scalar codec below and share the loops in EncodingCodec.cs, which
// apply the encoder/decoder fallbacks and carry state across Encoder/Decoder
// calls; a user-defined encoding overrides the public abstract methods.
using System.Collections.Generic;

namespace System.Text
{
    [Serializable]
    public abstract partial class Encoding : ICloneable
    {
        private static Encoding s_utf8, s_utf8NoBom, s_ascii, s_unicode, s_bigEndian, s_utf32, s_latin1;

        internal int _codePage;
        internal EncoderFallback encoderFallback;
        internal DecoderFallback decoderFallback;
        private bool _isReadOnly = true;

        protected Encoding() : this(0) { }

        protected Encoding(int codePage)
        {
            if (codePage < 0) throw new ArgumentOutOfRangeException("codePage", "Non-negative number required.");
            _codePage = codePage;
            encoderFallback = EncoderFallback.ReplacementFallback;
            decoderFallback = DecoderFallback.ReplacementFallback;
        }

        protected Encoding(int codePage, EncoderFallback encoderFallback, DecoderFallback decoderFallback)
        {
            if (codePage < 0) throw new ArgumentOutOfRangeException("codePage", "Non-negative number required.");
            _codePage = codePage;
            this.encoderFallback = encoderFallback ?? EncoderFallback.ReplacementFallback;
            this.decoderFallback = decoderFallback ?? DecoderFallback.ReplacementFallback;
        }

        public static Encoding UTF8 { get { return s_utf8 ?? (s_utf8 = new UTF8Encoding(true)); } }
        public static Encoding ASCII { get { return s_ascii ?? (s_ascii = new ASCIIEncoding()); } }
        public static Encoding Unicode { get { return s_unicode ?? (s_unicode = new UnicodeEncoding(false, true)); } }
        public static Encoding BigEndianUnicode { get { return s_bigEndian ?? (s_bigEndian = new UnicodeEncoding(true, true)); } }
        public static Encoding UTF32 { get { return s_utf32 ?? (s_utf32 = new UTF32Encoding(false, true)); } }
        public static Encoding Latin1 { get { return s_latin1 ?? (s_latin1 = new Latin1Encoding()); } }
        public static Encoding Default { get { return s_utf8NoBom ?? (s_utf8NoBom = new UTF8Encoding(false)); } }

        public virtual string WebName { get { return ""; } }
        public virtual string EncodingName { get { return WebName; } }
        public virtual string BodyName { get { return WebName; } }
        public virtual string HeaderName { get { return WebName; } }
        public virtual int CodePage { get { return _codePage; } }
        public virtual int WindowsCodePage { get { return 1200; } }
        public virtual bool IsSingleByte { get { return false; } }
        public virtual bool IsBrowserDisplay { get { return false; } }
        public virtual bool IsBrowserSave { get { return false; } }
        public virtual bool IsMailNewsDisplay { get { return false; } }
        public virtual bool IsMailNewsSave { get { return false; } }
        public bool IsReadOnly { get { return _isReadOnly; } }

        public EncoderFallback EncoderFallback
        {
            get { return encoderFallback; }
            set
            {
                if (_isReadOnly) throw new InvalidOperationException("Instance is read-only.");
                if (value == null) throw new ArgumentNullException("value");
                encoderFallback = value;
            }
        }

        public DecoderFallback DecoderFallback
        {
            get { return decoderFallback; }
            set
            {
                if (_isReadOnly) throw new InvalidOperationException("Instance is read-only.");
                if (value == null) throw new ArgumentNullException("value");
                decoderFallback = value;
            }
        }

        public virtual object Clone()
        {
            Encoding e = (Encoding)MemberwiseClone();
            e._isReadOnly = false;
            return e;
        }

        public virtual byte[] GetPreamble() { return new byte[0]; }
        public virtual ReadOnlySpan<byte> Preamble { get { return GetPreamble(); } }
        public bool IsAlwaysNormalized() { return IsAlwaysNormalized(NormalizationForm.FormC); }
        public virtual bool IsAlwaysNormalized(NormalizationForm form) { return false; }

        public abstract int GetByteCount(char[] chars, int index, int count);
        public abstract int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex);
        public abstract int GetCharCount(byte[] bytes, int index, int count);
        public abstract int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex);
        public abstract int GetMaxByteCount(int charCount);
        public abstract int GetMaxCharCount(int byteCount);

        internal static void CheckRange(int arrayLength, int index, int count, string indexName, string countName)
        {
            if (index < 0 || count < 0) throw new ArgumentOutOfRangeException(index < 0 ? indexName : countName, "Non-negative number required.");
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

        public int GetByteCount(string s, int index, int count)
        {
            if (s == null) throw new ArgumentNullException("s");
            CheckRange(s.Length, index, count, "index", "count");
            return GetByteCount(s.ToCharArray(index, count), 0, count);
        }

        public virtual byte[] GetBytes(char[] chars)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            return GetBytes(chars, 0, chars.Length);
        }

        public virtual byte[] GetBytes(char[] chars, int index, int count)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            CheckRange(chars.Length, index, count, "index", "count");
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
            CheckRange(s.Length, index, count, "index", "count");
            return GetBytes(s.ToCharArray(index, count));
        }

        public virtual int GetBytes(string s, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            if (s == null) throw new ArgumentNullException("s");
            CheckRange(s.Length, charIndex, charCount, "charIndex", "charCount");
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
            CheckRange(bytes.Length, index, count, "index", "count");
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
            CheckRange(bytes.Length, index, count, "index", "count");
            return new string(GetChars(bytes, index, count));
        }

        // ---- pointer overloads: copy through arrays ----
        internal static unsafe char[] CopyChars(char* chars, int count)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            char[] a = new char[count];
            for (int i = 0; i < count; i++) a[i] = chars[i];
            return a;
        }

        internal static unsafe byte[] CopyBytes(byte* bytes, int count)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            byte[] a = new byte[count];
            for (int i = 0; i < count; i++) a[i] = bytes[i];
            return a;
        }

        [CLSCompliant(false)]
        public virtual unsafe int GetByteCount(char* chars, int count) { return GetByteCount(CopyChars(chars, count)); }

        [CLSCompliant(false)]
        public virtual unsafe int GetBytes(char* chars, int charCount, byte* bytes, int byteCount)
        {
            char[] src = CopyChars(chars, charCount);
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (byteCount < 0) throw new ArgumentOutOfRangeException("byteCount", "Non-negative number required.");
            byte[] dst = new byte[GetByteCount(src, 0, src.Length)];
            if (dst.Length > byteCount) throw TooSmallForBytes();
            int n = GetBytes(src, 0, src.Length, dst, 0);
            for (int i = 0; i < n; i++) bytes[i] = dst[i];
            return n;
        }

        [CLSCompliant(false)]
        public virtual unsafe int GetCharCount(byte* bytes, int count) { return GetCharCount(CopyBytes(bytes, count)); }

        [CLSCompliant(false)]
        public virtual unsafe int GetChars(byte* bytes, int byteCount, char* chars, int charCount)
        {
            byte[] src = CopyBytes(bytes, byteCount);
            if (chars == null) throw new ArgumentNullException("chars");
            if (charCount < 0) throw new ArgumentOutOfRangeException("charCount", "Non-negative number required.");
            char[] dst = GetChars(src);
            if (dst.Length > charCount) throw TooSmallForChars();
            for (int i = 0; i < dst.Length; i++) chars[i] = dst[i];
            return dst.Length;
        }

        [CLSCompliant(false)]
        public unsafe string GetString(byte* bytes, int byteCount) { return GetString(CopyBytes(bytes, byteCount)); }

        internal ArgumentException TooSmallForBytes()
        {
            return new ArgumentException("The output byte buffer is too small to contain the encoded data, encoding codepage '" + CodePage + "' and fallback '" + EncoderFallback.GetType() + "'.", "bytes");
        }

        internal ArgumentException TooSmallForChars()
        {
            return new ArgumentException("The output char buffer is too small to contain the decoded characters, encoding codepage '" + CodePage + "' and fallback '" + DecoderFallback.GetType() + "'.", "chars");
        }

        public virtual Decoder GetDecoder() { return new DefaultDecoder(this); }
        public virtual Encoder GetEncoder() { return new DefaultEncoder(this); }

        public static byte[] Convert(Encoding srcEncoding, Encoding dstEncoding, byte[] bytes)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            return Convert(srcEncoding, dstEncoding, bytes, 0, bytes.Length);
        }

        public static byte[] Convert(Encoding srcEncoding, Encoding dstEncoding, byte[] bytes, int index, int count)
        {
            if (srcEncoding == null) throw new ArgumentNullException("srcEncoding");
            if (dstEncoding == null) throw new ArgumentNullException("dstEncoding");
            if (bytes == null) throw new ArgumentNullException("bytes");
            return dstEncoding.GetBytes(srcEncoding.GetChars(bytes, index, count));
        }

        public override bool Equals(object value)
        {
            Encoding e = value as Encoding;
            return e != null && e.CodePage == CodePage && e.EncoderFallback.Equals(EncoderFallback) && e.DecoderFallback.Equals(DecoderFallback);
        }

        public override int GetHashCode() { return CodePage + EncoderFallback.GetHashCode() + DecoderFallback.GetHashCode(); }

        // A stateless encoding's Decoder/Encoder: forwards to the encoding.
        private sealed class DefaultDecoder : Decoder
        {
            private readonly Encoding _e;
            internal DefaultDecoder(Encoding e) { _e = e; }
            public override int GetCharCount(byte[] bytes, int index, int count) { return _e.GetCharCount(bytes, index, count); }
            public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) { return _e.GetChars(bytes, byteIndex, byteCount, chars, charIndex); }
        }

        private sealed class DefaultEncoder : Encoder
        {
            private readonly Encoding _e;
            internal DefaultEncoder(Encoding e) { _e = e; }
            public override int GetByteCount(char[] chars, int index, int count, bool flush) { return _e.GetByteCount(chars, index, count); }
            public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex, bool flush) { return _e.GetBytes(chars, charIndex, charCount, bytes, byteIndex); }
        }
    }

    public enum NormalizationForm { FormC = 1, FormD = 2, FormKC = 5, FormKD = 6 }
}
