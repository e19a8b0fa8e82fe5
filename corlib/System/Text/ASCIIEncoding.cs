// The single-byte encodings: US-ASCII (bytes 0-127) and ISO-8859-1 (0-255).
namespace System.Text
{
    [Serializable]
    public class ASCIIEncoding : Encoding
    {
        public ASCIIEncoding() : base(20127) { }

        public override string WebName { get { return "us-ascii"; } }
        public override string EncodingName { get { return "US-ASCII"; } }
        public override string BodyName { get { return "us-ascii"; } }
        public override string HeaderName { get { return "us-ascii"; } }
        public override int WindowsCodePage { get { return 1252; } }
        public override bool IsSingleByte { get { return true; } }
        public override bool IsMailNewsDisplay { get { return true; } }
        public override bool IsMailNewsSave { get { return true; } }

        public override int GetMaxByteCount(int charCount)
        {
            if (charCount < 0) throw new ArgumentOutOfRangeException("charCount", "Non-negative number required.");
            return ScaleByFallback((long)charCount + 1, EncoderFallback.MaxCharCount, "charCount");
        }

        public override int GetMaxCharCount(int byteCount)
        {
            if (byteCount < 0) throw new ArgumentOutOfRangeException("byteCount", "Non-negative number required.");
            return ScaleByFallback(byteCount, DecoderFallback.MaxCharCount, "byteCount");
        }

        internal override bool IsCodec { get { return true; } }
        internal override bool AsciiCompatible { get { return true; } }

        internal override int DecodeScalar(byte[] b, int i, int end, out int consumed)
        {
            consumed = 1;
            return b[i] < 0x80 ? b[i] : Invalid;
        }

        internal override int EncodeScalar(int s, byte[] d, int p)
        {
            if (s >= 0x80) return 0;
            if (d != null) d[p] = (byte)s;
            return 1;
        }

        public override int GetByteCount(char[] chars, int index, int count) { return CodecByteCount(chars, index, count); }
        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) { return CodecGetBytes(chars, charIndex, charCount, bytes, byteIndex); }
        public override int GetCharCount(byte[] bytes, int index, int count) { return CodecCharCount(bytes, index, count); }
        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) { return CodecGetChars(bytes, byteIndex, byteCount, chars, charIndex); }
        public override int GetByteCount(string chars) { if (chars == null) throw new ArgumentNullException("chars"); return CodecByteCount(chars.ToCharArray(), 0, chars.Length); }
        public override int GetBytes(string chars, int charIndex, int charCount, byte[] bytes, int byteIndex) { return base.GetBytes(chars, charIndex, charCount, bytes, byteIndex); }
        public override string GetString(byte[] bytes, int byteIndex, int byteCount) { return base.GetString(bytes, byteIndex, byteCount); }
        [CLSCompliant(false)] public override unsafe int GetByteCount(char* chars, int count) { return base.GetByteCount(chars, count); }
        [CLSCompliant(false)] public override unsafe int GetBytes(char* chars, int charCount, byte* bytes, int byteCount) { return base.GetBytes(chars, charCount, bytes, byteCount); }
        [CLSCompliant(false)] public override unsafe int GetCharCount(byte* bytes, int count) { return base.GetCharCount(bytes, count); }
        [CLSCompliant(false)] public override unsafe int GetChars(byte* bytes, int byteCount, char* chars, int charCount) { return base.GetChars(bytes, byteCount, chars, charCount); }

        public override Decoder GetDecoder() { return new CodecDecoder(this); }
        public override Encoder GetEncoder() { return new CodecEncoder(this); }
    }

    // Encoding.Latin1. (.NET's encoder falls back best-fit, e.g. U+0100 -> 'A'; this one substitutes '?'.)
    internal sealed class Latin1Encoding : Encoding
    {
        public Latin1Encoding() : base(28591) { }

        public override string WebName { get { return "iso-8859-1"; } }
        public override string EncodingName { get { return "Western European (ISO)"; } }
        public override string BodyName { get { return "iso-8859-1"; } }
        public override string HeaderName { get { return "iso-8859-1"; } }
        public override int WindowsCodePage { get { return 1252; } }
        public override bool IsSingleByte { get { return true; } }
        public override bool IsBrowserDisplay { get { return true; } }
        public override bool IsBrowserSave { get { return true; } }
        public override bool IsMailNewsDisplay { get { return true; } }
        public override bool IsMailNewsSave { get { return true; } }
        public override bool IsAlwaysNormalized(NormalizationForm form) { return form == NormalizationForm.FormC; }

        public override int GetMaxByteCount(int charCount)
        {
            if (charCount < 0) throw new ArgumentOutOfRangeException("charCount", "Non-negative number required.");
            return ScaleByFallback((long)charCount + 1, EncoderFallback.MaxCharCount, "charCount");
        }

        public override int GetMaxCharCount(int byteCount)
        {
            if (byteCount < 0) throw new ArgumentOutOfRangeException("byteCount", "Non-negative number required.");
            return ScaleByFallback(byteCount, DecoderFallback.MaxCharCount, "byteCount");
        }

        internal override bool IsCodec { get { return true; } }
        internal override bool AsciiCompatible { get { return true; } }

        internal override int DecodeScalar(byte[] b, int i, int end, out int consumed) { consumed = 1; return b[i]; }

        internal override int EncodeScalar(int s, byte[] d, int p)
        {
            if (s >= 0x100) return 0;
            if (d != null) d[p] = (byte)s;
            return 1;
        }

        public override int GetByteCount(char[] chars, int index, int count) { return CodecByteCount(chars, index, count); }
        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) { return CodecGetBytes(chars, charIndex, charCount, bytes, byteIndex); }
        public override int GetCharCount(byte[] bytes, int index, int count) { return CodecCharCount(bytes, index, count); }
        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) { return CodecGetChars(bytes, byteIndex, byteCount, chars, charIndex); }

        public override Decoder GetDecoder() { return new CodecDecoder(this); }
        public override Encoder GetEncoder() { return new CodecEncoder(this); }
    }
}
