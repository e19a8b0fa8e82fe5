// The loops the built-in encodings share. Each built-in encoding describes
// itself one scalar at a time (DecodeScalar/EncodeScalar); these loops walk
// the input, apply the fallbacks to what is invalid or unencodable, and keep
// what a partial call leaves over (a high surrogate, the first bytes of a
// sequence) in the Encoder/Decoder for the next call.
namespace System.Text
{
    public abstract partial class Encoding
    {
        internal virtual bool IsCodec { get { return false; } }
        internal virtual bool AsciiCompatible { get { return false; } }

        // Decodes the scalar that starts at b[i] (i < end). Returns it with
        // consumed set; or Invalid with consumed = the length of the maximal
        // invalid subsequence; or Incomplete when the bytes up to end are the
        // valid start of a longer sequence (consumed = end - i).
        internal const int Invalid = -1, Incomplete = -2;
        internal virtual int DecodeScalar(byte[] b, int i, int end, out int consumed) { throw new NotSupportedException(); }

        // The bytes of a scalar (written at dst[pos] when dst is not null), or 0 if this encoding cannot represent it.
        internal virtual int EncodeScalar(int scalar, byte[] dst, int pos) { throw new NotSupportedException(); }

        // chars[index, index+count) -> bytes[byteIndex, byteEnd) (bytes null: count only).
        // state: the Encoder (leftover high surrogate, fallback buffer) or null.
        // partial: stop before a scalar that does not fit instead of throwing.
        internal int EncodeCore(char[] chars, int index, int count, byte[] bytes, int byteIndex, int byteEnd,
                                CodecEncoder state, bool flush, bool partial, bool commit, out int charsUsed)
        {
            EncoderFallbackBuffer fb = state != null ? state.FallbackBuffer : EncoderFallback.CreateFallbackBuffer();
            fb.Reset();
            int pos = byteIndex;
            int i = index, end = index + count;
            char pending = state != null ? state._high : '\0';
            bool ascii = AsciiCompatible;
            charsUsed = 0;

            if (pending != '\0')
            {
                if (i < end && char.IsLowSurrogate(chars[i]))
                {
                    if (!PutScalar(char.ConvertToUtf32(pending, chars[i]), pending, chars[i], -1, fb, bytes, ref pos, byteEnd, partial)) goto Done;
                    i++;
                    pending = '\0';
                }
                else if (i < end || flush)
                {
                    if (!PutFallback(fb.Fallback(pending, -1), fb, bytes, ref pos, byteEnd, partial)) goto Done;
                    pending = '\0';
                }
            }

            while (i < end)
            {
                char c = chars[i];
                if (c < 0x80 && ascii)
                {
                    if (bytes != null)
                    {
                        if (pos >= byteEnd) { if (partial) break; throw TooSmallForBytes(); }
                        bytes[pos] = (byte)c;
                    }
                    pos++; i++;
                    continue;
                }
                if (char.IsHighSurrogate(c))
                {
                    if (i + 1 < end)
                    {
                        char low = chars[i + 1];
                        if (char.IsLowSurrogate(low))
                        {
                            if (!PutScalar(char.ConvertToUtf32(c, low), c, low, i - index, fb, bytes, ref pos, byteEnd, partial)) break;
                            i += 2;
                            continue;
                        }
                    }
                    else if (!flush && state != null)
                    {
                        pending = c;   // its low half may come in the next call
                        i++;
                        break;
                    }
                    if (!PutFallback(fb.Fallback(c, i - index), fb, bytes, ref pos, byteEnd, partial)) break;
                    i++;
                    continue;
                }
                if (char.IsLowSurrogate(c))
                {
                    if (!PutFallback(fb.Fallback(c, i - index), fb, bytes, ref pos, byteEnd, partial)) break;
                    i++;
                    continue;
                }
                if (!PutScalar(c, c, '\0', i - index, fb, bytes, ref pos, byteEnd, partial)) break;
                i++;
            }
        Done:
            charsUsed = i - index;
            if (commit && state != null) state._high = flush ? '\0' : pending;
            return pos - byteIndex;
        }

        // One scalar, through the fallback if this encoding cannot represent it.
        bool PutScalar(int scalar, char c, char low, int at, EncoderFallbackBuffer fb, byte[] bytes, ref int pos, int byteEnd, bool partial)
        {
            int n = EncodeScalar(scalar, null, 0);
            if (n == 0)
            {
                bool any = low == '\0' ? fb.Fallback(c, at) : fb.Fallback(c, low, at);
                return PutFallback(any, fb, bytes, ref pos, byteEnd, partial);
            }
            if (bytes != null)
            {
                if (pos + n > byteEnd) { if (partial) return false; throw TooSmallForBytes(); }
                EncodeScalar(scalar, bytes, pos);
            }
            pos += n;
            return true;
        }

        // Encodes what the fallback buffer substitutes (all of it, or nothing when it does not fit and partial).
        bool PutFallback(bool any, EncoderFallbackBuffer fb, byte[] bytes, ref int pos, int byteEnd, bool partial)
        {
            if (!any) return true;
            int start = pos;
            char c;
            while ((c = fb.GetNextChar()) != '\0')
            {
                int scalar = c;
                if (char.IsHighSurrogate(c))
                {
                    char low = fb.GetNextChar();
                    if (!char.IsLowSurrogate(low)) throw ReplacementText.Recursive(c);
                    scalar = char.ConvertToUtf32(c, low);
                }
                int n = EncodeScalar(scalar, null, 0);
                if (n == 0) throw ReplacementText.Recursive(c);
                if (bytes != null)
                {
                    if (pos + n > byteEnd)
                    {
                        fb.Reset();
                        if (partial) { pos = start; return false; }
                        throw TooSmallForBytes();
                    }
                    EncodeScalar(scalar, bytes, pos);
                }
                pos += n;
            }
            return true;
        }

        // bytes[index, index+count) -> chars[charIndex, charEnd) (chars null: count only).
        internal int DecodeCore(byte[] bytes, int index, int count, char[] chars, int charIndex, int charEnd,
                                CodecDecoder state, bool flush, bool partial, bool commit, out int bytesUsed)
        {
            DecoderFallbackBuffer fb = state != null ? state.FallbackBuffer : DecoderFallback.CreateFallbackBuffer();
            fb.Reset();
            int lead = state != null ? state._count : 0;
            byte[] b = bytes;
            int i = index, end = index + count;
            if (lead > 0)
            {
                // Decode from the leftover bytes followed by this call's input.
                b = new byte[lead + count];
                Array.Copy(state._bytes, 0, b, 0, lead);
                Array.Copy(bytes, index, b, lead, count);
                i = 0; end = lead + count;
            }
            int origin = i + lead;   // where this call's input starts in b
            int pos = charIndex;
            bool ascii = AsciiCompatible;
            byte[] keep = null;
            while (i < end)
            {
                byte x = b[i];
                if (x < 0x80 && ascii)
                {
                    if (chars != null)
                    {
                        if (pos >= charEnd) { if (partial) break; throw TooSmallForChars(); }
                        chars[pos] = (char)x;
                    }
                    pos++; i++;
                    continue;
                }
                int used;
                int scalar = DecodeScalar(b, i, end, out used);
                if (scalar == Incomplete && !flush && state != null)
                {
                    keep = new byte[used];
                    Array.Copy(b, i, keep, 0, used);
                    i += used;
                    break;
                }
                if (scalar < 0)
                {
                    byte[] bad = new byte[used];
                    Array.Copy(b, i, bad, 0, used);
                    int start = pos;
                    if (fb.Fallback(bad, i - origin))
                    {
                        char c;
                        while ((c = fb.GetNextChar()) != '\0')
                        {
                            if (chars != null)
                            {
                                if (pos >= charEnd)
                                {
                                    fb.Reset();
                                    if (partial) { pos = start; goto Done; }
                                    throw TooSmallForChars();
                                }
                                chars[pos] = c;
                            }
                            pos++;
                        }
                    }
                    i += used;
                    continue;
                }
                int n = scalar >= 0x10000 ? 2 : 1;
                if (chars != null)
                {
                    if (pos + n > charEnd) { if (partial) break; throw TooSmallForChars(); }
                    if (n == 1) chars[pos] = (char)scalar;
                    else
                    {
                        chars[pos] = (char)(0xD800 + ((scalar - 0x10000) >> 10));
                        chars[pos + 1] = (char)(0xDC00 + ((scalar - 0x10000) & 0x3FF));
                    }
                }
                pos += n;
                i += used;
            }
        Done:
            bytesUsed = Math.Max(0, i - lead - (b == bytes ? index : 0));
            if (commit && state != null)
            {
                if (keep != null) { Array.Copy(keep, state._bytes, keep.Length); state._count = keep.Length; }
                else if (i >= lead) state._count = 0;
                else
                {
                    // Stopped inside the leftover bytes (output full): keep the rest of them.
                    int rest = lead - i;
                    Array.Copy(state._bytes, i, state._bytes, 0, rest);
                    state._count = rest;
                }
            }
            return pos - charIndex;
        }

        // The public array methods of the built-in encodings, over the loops above.
        internal int CodecByteCount(char[] chars, int index, int count)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            CheckRange(chars.Length, index, count, "index", "count");
            int used;
            return EncodeCore(chars, index, count, null, 0, 0, null, true, false, false, out used);
        }

        internal int CodecGetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            if (bytes == null) throw new ArgumentNullException("bytes");
            CheckRange(chars.Length, charIndex, charCount, "charIndex", "charCount");
            if (byteIndex < 0 || byteIndex > bytes.Length) throw new ArgumentOutOfRangeException("byteIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            int used;
            return EncodeCore(chars, charIndex, charCount, bytes, byteIndex, bytes.Length, null, true, false, false, out used);
        }

        internal int CodecCharCount(byte[] bytes, int index, int count)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            CheckRange(bytes.Length, index, count, "index", "count");
            int used;
            return DecodeCore(bytes, index, count, null, 0, 0, null, true, false, false, out used);
        }

        internal int CodecGetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (chars == null) throw new ArgumentNullException("chars");
            CheckRange(bytes.Length, byteIndex, byteCount, "byteIndex", "byteCount");
            if (charIndex < 0 || charIndex > chars.Length) throw new ArgumentOutOfRangeException("charIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            int used;
            return DecodeCore(bytes, byteIndex, byteCount, chars, charIndex, chars.Length, null, true, false, false, out used);
        }

        internal static int ScaleByFallback(long n, int fallbackMax, string param)
        {
            if (fallbackMax > 1) n *= fallbackMax;
            if (n > int.MaxValue) throw new ArgumentOutOfRangeException(param, "Too many characters. The resulting number of bytes is larger than what can be returned as an int.");
            return (int)n;
        }
    }

    // The Encoder of a built-in encoding: remembers a trailing high surrogate.
    internal sealed class CodecEncoder : Encoder
    {
        private readonly Encoding _e;
        internal char _high;

        internal CodecEncoder(Encoding e) { _e = e; Fallback = e.EncoderFallback; }

        public override void Reset() { _high = '\0'; ResetFallbackBuffer(); }

        public override int GetByteCount(char[] chars, int index, int count, bool flush)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            Encoding.CheckRange(chars.Length, index, count, "index", "count");
            int used;
            return _e.EncodeCore(chars, index, count, null, 0, 0, this, flush, false, false, out used);
        }

        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex, bool flush)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            if (bytes == null) throw new ArgumentNullException("bytes");
            Encoding.CheckRange(chars.Length, charIndex, charCount, "charIndex", "charCount");
            if (byteIndex < 0 || byteIndex > bytes.Length) throw new ArgumentOutOfRangeException("byteIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            int used;
            return _e.EncodeCore(chars, charIndex, charCount, bytes, byteIndex, bytes.Length, this, flush, false, true, out used);
        }

        public override void Convert(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex, int byteCount, bool flush,
                                     out int charsUsed, out int bytesUsed, out bool completed)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            if (bytes == null) throw new ArgumentNullException("bytes");
            Encoding.CheckRange(chars.Length, charIndex, charCount, "charIndex", "charCount");
            Encoding.CheckRange(bytes.Length, byteIndex, byteCount, "byteIndex", "byteCount");
            bytesUsed = _e.EncodeCore(chars, charIndex, charCount, bytes, byteIndex, byteIndex + byteCount, this, flush, true, true, out charsUsed);
            if (charsUsed == 0 && bytesUsed == 0 && charCount > 0 && _high == '\0') throw _e.TooSmallForBytes();
            completed = charsUsed == charCount && (!flush || _high == '\0');
            if (charsUsed < charCount) _high = '\0';
        }
    }

    // The Decoder of a built-in encoding: remembers the first bytes of an unfinished sequence.
    internal sealed class CodecDecoder : Decoder
    {
        private readonly Encoding _e;
        internal byte[] _bytes = new byte[4];
        internal int _count;

        internal CodecDecoder(Encoding e) { _e = e; Fallback = e.DecoderFallback; }

        public override void Reset() { _count = 0; ResetFallbackBuffer(); }

        public override int GetCharCount(byte[] bytes, int index, int count) { return GetCharCount(bytes, index, count, false); }

        public override int GetCharCount(byte[] bytes, int index, int count, bool flush)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            Encoding.CheckRange(bytes.Length, index, count, "index", "count");
            int used;
            return _e.DecodeCore(bytes, index, count, null, 0, 0, this, flush, false, false, out used);
        }

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) { return GetChars(bytes, byteIndex, byteCount, chars, charIndex, false); }

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex, bool flush)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (chars == null) throw new ArgumentNullException("chars");
            Encoding.CheckRange(bytes.Length, byteIndex, byteCount, "byteIndex", "byteCount");
            if (charIndex < 0 || charIndex > chars.Length) throw new ArgumentOutOfRangeException("charIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            int used;
            return _e.DecodeCore(bytes, byteIndex, byteCount, chars, charIndex, chars.Length, this, flush, false, true, out used);
        }

        public override void Convert(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex, int charCount, bool flush,
                                     out int bytesUsed, out int charsUsed, out bool completed)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (chars == null) throw new ArgumentNullException("chars");
            Encoding.CheckRange(bytes.Length, byteIndex, byteCount, "byteIndex", "byteCount");
            Encoding.CheckRange(chars.Length, charIndex, charCount, "charIndex", "charCount");
            charsUsed = _e.DecodeCore(bytes, byteIndex, byteCount, chars, charIndex, charIndex + charCount, this, flush, true, true, out bytesUsed);
            if (charsUsed == 0 && bytesUsed == 0 && byteCount > 0) throw _e.TooSmallForChars();
            completed = bytesUsed == byteCount && _count == 0;
        }
    }
}
