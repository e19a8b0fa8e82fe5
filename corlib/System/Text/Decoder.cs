// System.Text.Decoder: turns bytes into chars across several calls.
namespace System.Text
{
    public abstract class Decoder
    {
        private DecoderFallback _fallback;
        private DecoderFallbackBuffer _fallbackBuffer;

        protected Decoder() { }

        public DecoderFallback Fallback
        {
            get { return _fallback; }
            set
            {
                if (value == null) throw new ArgumentNullException("value");
                if (_fallbackBuffer != null && _fallbackBuffer.Remaining > 0)
                    throw new ArgumentException("Must complete Convert() operation or call Decoder.Reset() before calling GetChars() or GetCharCount(). Decoder '" + GetType() + "' fallback '" + value.GetType() + "'.", "value");
                _fallback = value;
                _fallbackBuffer = null;
            }
        }

        public DecoderFallbackBuffer FallbackBuffer
        {
            get
            {
                if (_fallbackBuffer == null) _fallbackBuffer = (_fallback ?? DecoderFallback.ReplacementFallback).CreateFallbackBuffer();
                return _fallbackBuffer;
            }
        }

        internal void ResetFallbackBuffer() { if (_fallbackBuffer != null) _fallbackBuffer.Reset(); }

        public abstract int GetCharCount(byte[] bytes, int index, int count);
        public abstract int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex);

        public virtual int GetCharCount(byte[] bytes, int index, int count, bool flush) { return GetCharCount(bytes, index, count); }

        public virtual int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex, bool flush)
        {
            return GetChars(bytes, byteIndex, byteCount, chars, charIndex);
        }

        public virtual void Reset()
        {
            byte[] none = new byte[0];
            char[] sink = new char[GetCharCount(none, 0, 0, true)];
            GetChars(none, 0, 0, sink, 0, true);
            ResetFallbackBuffer();
        }

        [CLSCompliant(false)]
        public virtual unsafe int GetCharCount(byte* bytes, int count, bool flush)
        {
            return GetCharCount(Encoding.CopyBytes(bytes, count), 0, count, flush);
        }

        [CLSCompliant(false)]
        public virtual unsafe int GetChars(byte* bytes, int byteCount, char* chars, int charCount, bool flush)
        {
            byte[] src = Encoding.CopyBytes(bytes, byteCount);
            if (chars == null) throw new ArgumentNullException("chars");
            if (charCount < 0) throw new ArgumentOutOfRangeException("charCount", "Non-negative number required.");
            char[] dst = new char[charCount];
            int n = GetChars(src, 0, byteCount, dst, 0, flush);
            for (int i = 0; i < n; i++) chars[i] = dst[i];
            return n;
        }

        public virtual int GetCharCount(ReadOnlySpan<byte> bytes, bool flush) { return GetCharCount(bytes.ToArray(), 0, bytes.Length, flush); }

        public virtual int GetChars(ReadOnlySpan<byte> bytes, Span<char> chars, bool flush)
        {
            char[] dst = new char[chars.Length];
            int n = GetChars(bytes.ToArray(), 0, bytes.Length, dst, 0, flush);
            new ReadOnlySpan<char>(dst, 0, n).CopyTo(chars);
            return n;
        }

        // Decodes the longest prefix whose chars fit (halving the byte count), as .NET's default does.
        public virtual void Convert(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex, int charCount, bool flush,
                                    out int bytesUsed, out int charsUsed, out bool completed)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (chars == null) throw new ArgumentNullException("chars");
            Encoding.CheckRange(bytes.Length, byteIndex, byteCount, "byteIndex", "byteCount");
            Encoding.CheckRange(chars.Length, charIndex, charCount, "charIndex", "charCount");
            bytesUsed = byteCount;
            while (bytesUsed > 0)
            {
                if (GetCharCount(bytes, byteIndex, bytesUsed, flush) <= charCount)
                {
                    charsUsed = GetChars(bytes, byteIndex, bytesUsed, chars, charIndex, flush);
                    completed = bytesUsed == byteCount && (_fallbackBuffer == null || _fallbackBuffer.Remaining == 0);
                    return;
                }
                flush = false;
                bytesUsed /= 2;
            }
            throw new ArgumentException("Conversion buffer overflow.");
        }

        [CLSCompliant(false)]
        public virtual unsafe void Convert(byte* bytes, int byteCount, char* chars, int charCount, bool flush,
                                           out int bytesUsed, out int charsUsed, out bool completed)
        {
            byte[] src = Encoding.CopyBytes(bytes, byteCount);
            if (chars == null) throw new ArgumentNullException("chars");
            if (charCount < 0) throw new ArgumentOutOfRangeException("charCount", "Non-negative number required.");
            char[] dst = new char[charCount];
            Convert(src, 0, byteCount, dst, 0, charCount, flush, out bytesUsed, out charsUsed, out completed);
            for (int i = 0; i < charsUsed; i++) chars[i] = dst[i];
        }

        public virtual void Convert(ReadOnlySpan<byte> bytes, Span<char> chars, bool flush, out int bytesUsed, out int charsUsed, out bool completed)
        {
            char[] dst = new char[chars.Length];
            Convert(bytes.ToArray(), 0, bytes.Length, dst, 0, dst.Length, flush, out bytesUsed, out charsUsed, out completed);
            new ReadOnlySpan<char>(dst, 0, charsUsed).CopyTo(chars);
        }
    }
}
