// UTF-8. Invalid input decodes to one U+FFFD per maximal invalid subsequence
// (Unicode's "best practice", as .NET does); lone surrogates encode to EF BF BD.
namespace System.Text
{
    [Serializable]
    public class UTF8Encoding : Encoding
    {
        private readonly bool _emitBom;
        private readonly bool _throwOnInvalid;

        public UTF8Encoding() : this(false) { }
        public UTF8Encoding(bool encoderShouldEmitUTF8Identifier) : this(encoderShouldEmitUTF8Identifier, false) { }

        public UTF8Encoding(bool encoderShouldEmitUTF8Identifier, bool throwOnInvalidBytes) : base(65001)
        {
            _emitBom = encoderShouldEmitUTF8Identifier;
            _throwOnInvalid = throwOnInvalidBytes;
            if (throwOnInvalidBytes) { encoderFallback = EncoderFallback.ExceptionFallback; decoderFallback = DecoderFallback.ExceptionFallback; }
            else { encoderFallback = new EncoderReplacementFallback("\uFFFD"); decoderFallback = new DecoderReplacementFallback("\uFFFD"); }
        }

        public override string WebName { get { return "utf-8"; } }
        public override string EncodingName { get { return "Unicode (UTF-8)"; } }
        public override string BodyName { get { return "utf-8"; } }
        public override string HeaderName { get { return "utf-8"; } }
        public override bool IsBrowserDisplay { get { return true; } }
        public override bool IsBrowserSave { get { return true; } }
        public override bool IsMailNewsDisplay { get { return true; } }
        public override bool IsMailNewsSave { get { return true; } }

        public override byte[] GetPreamble() { return _emitBom ? new byte[] { 0xEF, 0xBB, 0xBF } : new byte[0]; }

        public override int GetMaxByteCount(int charCount)
        {
            if (charCount < 0) throw new ArgumentOutOfRangeException("charCount", "Non-negative number required.");
            return ScaleByFallback(((long)charCount + 1) * 3, EncoderFallback.MaxCharCount, "charCount");
        }

        public override int GetMaxCharCount(int byteCount)
        {
            if (byteCount < 0) throw new ArgumentOutOfRangeException("byteCount", "Non-negative number required.");
            return ScaleByFallback((long)byteCount + 1, DecoderFallback.MaxCharCount, "byteCount");
        }

        internal override bool IsCodec { get { return true; } }
        internal override bool AsciiCompatible { get { return true; } }

        internal override int DecodeScalar(byte[] b, int i, int end, out int consumed)
        {
            int x = b[i];
            if (x < 0x80) { consumed = 1; return x; }
            int need, lo = 0x80, hi = 0xBF, value;
            if (x >= 0xC2 && x <= 0xDF) { need = 1; value = x & 0x1F; }
            else if (x >= 0xE0 && x <= 0xEF) { need = 2; value = x & 0x0F; if (x == 0xE0) lo = 0xA0; else if (x == 0xED) hi = 0x9F; }
            else if (x >= 0xF0 && x <= 0xF4) { need = 3; value = x & 0x07; if (x == 0xF0) lo = 0x90; else if (x == 0xF4) hi = 0x8F; }
            else { consumed = 1; return Invalid; }
            for (int k = 1; k <= need; k++)
            {
                if (i + k >= end) { consumed = end - i; return Incomplete; }
                int y = b[i + k];
                if (y < lo || y > hi) { consumed = k; return Invalid; }
                lo = 0x80; hi = 0xBF;
                value = (value << 6) | (y & 0x3F);
            }
            consumed = need + 1;
            return value;
        }

        internal override int EncodeScalar(int s, byte[] d, int p)
        {
            if (s < 0x80) { if (d != null) d[p] = (byte)s; return 1; }
            if (s < 0x800)
            {
                if (d != null) { d[p] = (byte)(0xC0 | (s >> 6)); d[p + 1] = (byte)(0x80 | (s & 0x3F)); }
                return 2;
            }
            if (s < 0x10000)
            {
                if (d != null) { d[p] = (byte)(0xE0 | (s >> 12)); d[p + 1] = (byte)(0x80 | ((s >> 6) & 0x3F)); d[p + 2] = (byte)(0x80 | (s & 0x3F)); }
                return 3;
            }
            if (d != null)
            {
                d[p] = (byte)(0xF0 | (s >> 18)); d[p + 1] = (byte)(0x80 | ((s >> 12) & 0x3F));
                d[p + 2] = (byte)(0x80 | ((s >> 6) & 0x3F)); d[p + 3] = (byte)(0x80 | (s & 0x3F));
            }
            return 4;
        }

        public override int GetByteCount(char[] chars, int index, int count) { return CodecByteCount(chars, index, count); }
        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) { return CodecGetBytes(chars, charIndex, charCount, bytes, byteIndex); }
        public override int GetCharCount(byte[] bytes, int index, int count) { return CodecCharCount(bytes, index, count); }
        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) { return CodecGetChars(bytes, byteIndex, byteCount, chars, charIndex); }
        public override int GetByteCount(string chars) { if (chars == null) throw new ArgumentNullException("chars"); return CodecByteCount(chars.ToCharArray(), 0, chars.Length); }
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
            UTF8Encoding o = value as UTF8Encoding;
            return o != null && o._emitBom == _emitBom && o.EncoderFallback.Equals(EncoderFallback) && o.DecoderFallback.Equals(DecoderFallback);
        }

        public override int GetHashCode() { return EncoderFallback.GetHashCode() + DecoderFallback.GetHashCode() + 65001 + (_emitBom ? 1 : 0); }
    }
}
