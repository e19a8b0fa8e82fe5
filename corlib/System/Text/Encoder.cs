// System.Text.Encoder: turns chars into bytes across several calls.
namespace System.Text
{
    public abstract class Encoder
    {
        private EncoderFallback _fallback;
        private EncoderFallbackBuffer _fallbackBuffer;

        protected Encoder() { }

        public EncoderFallback Fallback
        {
            get { return _fallback; }
            set
            {
                if (value == null) throw new ArgumentNullException("value");
                if (_fallbackBuffer != null && _fallbackBuffer.Remaining > 0)
                    throw new ArgumentException("Must complete Convert() operation or call Encoder.Reset() before calling GetBytes() or GetByteCount(). Encoder '" + GetType() + "' fallback '" + value.GetType() + "'.", "value");
                _fallback = value;
                _fallbackBuffer = null;
            }
        }

        public EncoderFallbackBuffer FallbackBuffer
        {
            get
            {
                if (_fallbackBuffer == null) _fallbackBuffer = (_fallback ?? EncoderFallback.ReplacementFallback).CreateFallbackBuffer();
                return _fallbackBuffer;
            }
        }

        internal void ResetFallbackBuffer() { if (_fallbackBuffer != null) _fallbackBuffer.Reset(); }

        public abstract int GetByteCount(char[] chars, int index, int count, bool flush);
        public abstract int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex, bool flush);

        public virtual void Reset()
        {
            char[] none = new char[0];
            byte[] sink = new byte[GetByteCount(none, 0, 0, true)];
            GetBytes(none, 0, 0, sink, 0, true);
            ResetFallbackBuffer();
        }

        [CLSCompliant(false)]
        public virtual unsafe int GetByteCount(char* chars, int count, bool flush)
        {
            return GetByteCount(Encoding.CopyChars(chars, count), 0, count, flush);
        }

        [CLSCompliant(false)]
        public virtual unsafe int GetBytes(char* chars, int charCount, byte* bytes, int byteCount, bool flush)
        {
            char[] src = Encoding.CopyChars(chars, charCount);
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (byteCount < 0) throw new ArgumentOutOfRangeException("byteCount", "Non-negative number required.");
            byte[] dst = new byte[byteCount];
            int n = GetBytes(src, 0, charCount, dst, 0, flush);
            for (int i = 0; i < n; i++) bytes[i] = dst[i];
            return n;
        }

        public virtual int GetByteCount(ReadOnlySpan<char> chars, bool flush) { return GetByteCount(chars.ToArray(), 0, chars.Length, flush); }

        public virtual int GetBytes(ReadOnlySpan<char> chars, Span<byte> bytes, bool flush)
        {
            byte[] dst = new byte[bytes.Length];
            int n = GetBytes(chars.ToArray(), 0, chars.Length, dst, 0, flush);
            new ReadOnlySpan<byte>(dst, 0, n).CopyTo(bytes);
            return n;
        }

        // Encodes the longest prefix whose bytes fit (halving the char count), as .NET's default does.
        public virtual void Convert(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex, int byteCount, bool flush,
                                    out int charsUsed, out int bytesUsed, out bool completed)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            if (bytes == null) throw new ArgumentNullException("bytes");
            Encoding.CheckRange(chars.Length, charIndex, charCount, "charIndex", "charCount");
            Encoding.CheckRange(bytes.Length, byteIndex, byteCount, "byteIndex", "byteCount");
            charsUsed = charCount;
            while (charsUsed > 0)
            {
                if (GetByteCount(chars, charIndex, charsUsed, flush) <= byteCount)
                {
                    bytesUsed = GetBytes(chars, charIndex, charsUsed, bytes, byteIndex, flush);
                    completed = charsUsed == charCount && (_fallbackBuffer == null || _fallbackBuffer.Remaining == 0);
                    return;
                }
                flush = false;
                charsUsed /= 2;
            }
            throw new ArgumentException("Conversion buffer overflow.");
        }

        [CLSCompliant(false)]
        public virtual unsafe void Convert(char* chars, int charCount, byte* bytes, int byteCount, bool flush,
                                           out int charsUsed, out int bytesUsed, out bool completed)
        {
            char[] src = Encoding.CopyChars(chars, charCount);
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (byteCount < 0) throw new ArgumentOutOfRangeException("byteCount", "Non-negative number required.");
            byte[] dst = new byte[byteCount];
            Convert(src, 0, charCount, dst, 0, byteCount, flush, out charsUsed, out bytesUsed, out completed);
            for (int i = 0; i < bytesUsed; i++) bytes[i] = dst[i];
        }

        public virtual void Convert(ReadOnlySpan<char> chars, Span<byte> bytes, bool flush, out int charsUsed, out int bytesUsed, out bool completed)
        {
            byte[] dst = new byte[bytes.Length];
            Convert(chars.ToArray(), 0, chars.Length, dst, 0, dst.Length, flush, out charsUsed, out bytesUsed, out completed);
            new ReadOnlySpan<byte>(dst, 0, bytesUsed).CopyTo(bytes);
        }
    }
}
