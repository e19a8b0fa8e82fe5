// UTF-16, little- or big-endian.
namespace System.Text
{
    [Serializable]
    public class UnicodeEncoding : Encoding
    {
        public const int CharSize = 2;

        private readonly bool _bigEndian;
        private readonly bool _emitBom;

        public UnicodeEncoding() : this(false, true) { }
        public UnicodeEncoding(bool bigEndian, bool byteOrderMark) : this(bigEndian, byteOrderMark, false) { }

        public UnicodeEncoding(bool bigEndian, bool byteOrderMark, bool throwOnInvalidBytes) : base(bigEndian ? 1201 : 1200)
        {
            _bigEndian = bigEndian;
            _emitBom = byteOrderMark;
            if (throwOnInvalidBytes) { encoderFallback = EncoderFallback.ExceptionFallback; decoderFallback = DecoderFallback.ExceptionFallback; }
            else { encoderFallback = new EncoderReplacementFallback("\uFFFD"); decoderFallback = new DecoderReplacementFallback("\uFFFD"); }
        }

        public override string WebName { get { return _bigEndian ? "utf-16BE" : "utf-16"; } }
        public override string EncodingName { get { return _bigEndian ? "Unicode (Big-Endian)" : "Unicode"; } }
        public override string BodyName { get { return WebName; } }
        public override string HeaderName { get { return WebName; } }
        public override bool IsBrowserSave { get { return !_bigEndian; } }

        public override byte[] GetPreamble()
        {
            if (!_emitBom) return new byte[0];
            return _bigEndian ? new byte[] { 0xFE, 0xFF } : new byte[] { 0xFF, 0xFE };
        }

        public override int GetMaxByteCount(int charCount)
        {
            if (charCount < 0) throw new ArgumentOutOfRangeException("charCount", "Non-negative number required.");
            return ScaleByFallback(((long)charCount + 1) * 2, EncoderFallback.MaxCharCount, "charCount");
        }

        public override int GetMaxCharCount(int byteCount)
        {
            if (byteCount < 0) throw new ArgumentOutOfRangeException("byteCount", "Non-negative number required.");
            return ScaleByFallback(((long)byteCount + 1) / 2 + 1, DecoderFallback.MaxCharCount, "byteCount");
        }

        internal override bool IsCodec { get { return true; } }

        int Unit(byte[] b, int i) { return _bigEndian ? (b[i] << 8) | b[i + 1] : b[i] | (b[i + 1] << 8); }

        internal override int DecodeScalar(byte[] b, int i, int end, out int consumed)
        {
            if (end - i < 2) { consumed = end - i; return Incomplete; }
            int u = Unit(b, i);
            if (u >= 0xD800 && u <= 0xDBFF)
            {
                if (end - i < 4) { consumed = end - i; return Incomplete; }
                int v = Unit(b, i + 2);
                if (v >= 0xDC00 && v <= 0xDFFF) { consumed = 4; return 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00); }
                consumed = 2;
                return Invalid;
            }
            consumed = 2;
            return u >= 0xDC00 && u <= 0xDFFF ? Invalid : u;
        }

        void PutUnit(int u, byte[] d, int p)
        {
            if (_bigEndian) { d[p] = (byte)(u >> 8); d[p + 1] = (byte)u; }
            else { d[p] = (byte)u; d[p + 1] = (byte)(u >> 8); }
        }

        internal override int EncodeScalar(int s, byte[] d, int p)
        {
            if (s < 0x10000) { if (d != null) PutUnit(s, d, p); return 2; }
            if (d != null)
            {
                PutUnit(0xD800 + ((s - 0x10000) >> 10), d, p);
                PutUnit(0xDC00 + ((s - 0x10000) & 0x3FF), d, p + 2);
            }
            return 4;
        }

        public override int GetByteCount(char[] chars, int index, int count) { return CodecByteCount(chars, index, count); }
        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) { return CodecGetBytes(chars, charIndex, charCount, bytes, byteIndex); }
        public override int GetCharCount(byte[] bytes, int index, int count) { return CodecCharCount(bytes, index, count); }
        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) { return CodecGetChars(bytes, byteIndex, byteCount, chars, charIndex); }
        public override int GetByteCount(string s) { if (s == null) throw new ArgumentNullException("s"); return CodecByteCount(s.ToCharArray(), 0, s.Length); }
        public override int GetBytes(string s, int charIndex, int charCount, byte[] bytes, int byteIndex) { return base.GetBytes(s, charIndex, charCount, bytes, byteIndex); }
        public override string GetString(byte[] bytes, int index, int count) { return base.GetString(bytes, index, count); }
        [CLSCompliant(false)] public override unsafe int GetByteCount(char* chars, int count) { return base.GetByteCount(chars, count); }
        [CLSCompliant(false)] public override unsafe int GetBytes(char* chars, int charCount, byte* bytes, int byteCount) { return base.GetBytes(chars, charCount, bytes, byteCount); }
        [CLSCompliant(false)] public override unsafe int GetCharCount(byte* bytes, int count) { return base.GetCharCount(bytes, count); }
        [CLSCompliant(false)] public override unsafe int GetChars(byte* bytes, int byteCount, char* chars, int charCount) { return base.GetChars(bytes, byteCount, chars, charCount); }

        public override Decoder GetDecoder() { return new CodecDecoder(this); }
        public override Encoder GetEncoder() { return new CodecEncoder(this); }

        public override bool Equals(object value)
        {
            UnicodeEncoding o = value as UnicodeEncoding;
            return o != null && o.CodePage == CodePage && o._emitBom == _emitBom && o._bigEndian == _bigEndian
                && o.EncoderFallback.Equals(EncoderFallback) && o.DecoderFallback.Equals(DecoderFallback);
        }

        public override int GetHashCode()
        {
            return CodePage + EncoderFallback.GetHashCode() + DecoderFallback.GetHashCode() + (_emitBom ? 4 : 0) + (_bigEndian ? 8 : 0);
        }
    }
}
