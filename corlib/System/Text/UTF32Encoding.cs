// UTF-32, little- or big-endian.
namespace System.Text
{
    [Serializable]
    public sealed class UTF32Encoding : Encoding
    {
        private readonly bool _bigEndian;
        private readonly bool _emitBom;

        public UTF32Encoding() : this(false, true) { }
        public UTF32Encoding(bool bigEndian, bool byteOrderMark) : this(bigEndian, byteOrderMark, false) { }

        public UTF32Encoding(bool bigEndian, bool byteOrderMark, bool throwOnInvalidCharacters) : base(bigEndian ? 12001 : 12000)
        {
            _bigEndian = bigEndian;
            _emitBom = byteOrderMark;
            if (throwOnInvalidCharacters) { encoderFallback = EncoderFallback.ExceptionFallback; decoderFallback = DecoderFallback.ExceptionFallback; }
            else { encoderFallback = new EncoderReplacementFallback("\uFFFD"); decoderFallback = new DecoderReplacementFallback("\uFFFD"); }
        }

        public override string WebName { get { return _bigEndian ? "utf-32BE" : "utf-32"; } }
        public override string EncodingName { get { return _bigEndian ? "Unicode (UTF-32 Big-Endian)" : "Unicode (UTF-32)"; } }
        public override string BodyName { get { return WebName; } }
        public override string HeaderName { get { return WebName; } }

        public override byte[] GetPreamble()
        {
            if (!_emitBom) return new byte[0];
            return _bigEndian ? new byte[] { 0, 0, 0xFE, 0xFF } : new byte[] { 0xFF, 0xFE, 0, 0 };
        }

        public override int GetMaxByteCount(int charCount)
        {
            if (charCount < 0) throw new ArgumentOutOfRangeException("charCount", "Non-negative number required.");
            return ScaleByFallback(((long)charCount + 1) * 4, EncoderFallback.MaxCharCount, "charCount");
        }

        public override int GetMaxCharCount(int byteCount)
        {
            if (byteCount < 0) throw new ArgumentOutOfRangeException("byteCount", "Non-negative number required.");
            return ScaleByFallback((long)byteCount / 2 + 2, DecoderFallback.MaxCharCount, "byteCount");
        }

        internal override bool IsCodec { get { return true; } }

        internal override int DecodeScalar(byte[] b, int i, int end, out int consumed)
        {
            if (end - i < 4) { consumed = end - i; return Incomplete; }
            consumed = 4;
            uint v = _bigEndian
                ? ((uint)b[i] << 24) | ((uint)b[i + 1] << 16) | ((uint)b[i + 2] << 8) | b[i + 3]
                : ((uint)b[i + 3] << 24) | ((uint)b[i + 2] << 16) | ((uint)b[i + 1] << 8) | b[i];
            if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return Invalid;
            return (int)v;
        }

        internal override int EncodeScalar(int s, byte[] d, int p)
        {
            if (d != null)
            {
                if (_bigEndian) { d[p] = 0; d[p + 1] = (byte)(s >> 16); d[p + 2] = (byte)(s >> 8); d[p + 3] = (byte)s; }
                else { d[p] = (byte)s; d[p + 1] = (byte)(s >> 8); d[p + 2] = (byte)(s >> 16); d[p + 3] = 0; }
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
            UTF32Encoding o = value as UTF32Encoding;
            return o != null && o._emitBom == _emitBom && o._bigEndian == _bigEndian
                && o.EncoderFallback.Equals(EncoderFallback) && o.DecoderFallback.Equals(DecoderFallback);
        }

        public override int GetHashCode()
        {
            return EncoderFallback.GetHashCode() + DecoderFallback.GetHashCode() + CodePage + (_emitBom ? 4 : 0) + (_bigEndian ? 8 : 0);
        }
    }
}
