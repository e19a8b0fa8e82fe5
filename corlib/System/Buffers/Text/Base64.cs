// System.Buffers.Text.Base64: standard base64 (RFC 4648, '=' padding) between
// bytes and UTF-8, block by block with OperationStatus results as in .NET:
// what fits is written, DestinationTooSmall / NeedMoreData / InvalidData say
// why the rest was not. Decoding skips ASCII whitespace (' ', \t, \r, \n).
namespace System.Buffers.Text
{
    public static class Base64
    {
        private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

        public static int GetMaxEncodedToUtf8Length(int length)
        {
            if ((uint)length > 1610612733u)
                throw new ArgumentOutOfRangeException(nameof(length));
            return ((length + 2) / 3) * 4;
        }

        public static int GetMaxDecodedFromUtf8Length(int length)
        {
            if (length < 0) throw new ArgumentOutOfRangeException(nameof(length));
            return (length >> 2) * 3;
        }

        public static OperationStatus EncodeToUtf8(ReadOnlySpan<byte> bytes, Span<byte> utf8, out int bytesConsumed, out int bytesWritten, bool isFinalBlock = true)
        {
            int src = 0, dst = 0;
            bool fits = utf8.Length >= GetMaxEncodedToUtf8Length(bytes.Length);
            while (bytes.Length - src >= 3)
            {
                if (utf8.Length - dst < 4) goto TooSmall;
                EncodeBlock(bytes[src], bytes[src + 1], bytes[src + 2], 3, utf8.Slice(dst));
                src += 3;
                dst += 4;
            }
            int left = bytes.Length - src;
            if (!fits) goto TooSmall;
            if (left == 0) { bytesConsumed = src; bytesWritten = dst; return OperationStatus.Done; }
            if (!isFinalBlock) { bytesConsumed = src; bytesWritten = dst; return OperationStatus.NeedMoreData; }
            if (utf8.Length - dst < 4) goto TooSmall;
            EncodeBlock(bytes[src], left > 1 ? bytes[src + 1] : (byte)0, 0, left, utf8.Slice(dst));
            bytesConsumed = bytes.Length;
            bytesWritten = dst + 4;
            return OperationStatus.Done;
        TooSmall:
            bytesConsumed = src;
            bytesWritten = dst;
            return OperationStatus.DestinationTooSmall;
        }

        private static void EncodeBlock(byte a, byte b, byte c, int count, Span<byte> dest)
        {
            int v = (a << 16) | (b << 8) | c;
            dest[0] = (byte)Alphabet[(v >> 18) & 63];
            dest[1] = (byte)Alphabet[(v >> 12) & 63];
            dest[2] = count > 1 ? (byte)Alphabet[(v >> 6) & 63] : (byte)'=';
            dest[3] = count > 2 ? (byte)Alphabet[v & 63] : (byte)'=';
        }

        public static OperationStatus EncodeToUtf8InPlace(Span<byte> buffer, int dataLength, out int bytesWritten)
        {
            if ((uint)dataLength > (uint)buffer.Length)
                throw new ArgumentOutOfRangeException(nameof(dataLength));
            int encoded = GetMaxEncodedToUtf8Length(dataLength);
            if (encoded > buffer.Length)
            {
                bytesWritten = 0;
                return OperationStatus.DestinationTooSmall;
            }
            byte[] copy = buffer.Slice(0, dataLength).ToArray();
            EncodeToUtf8(copy, buffer, out _, out bytesWritten);
            return OperationStatus.Done;
        }

        private static int DecodeValue(byte b)
        {
            if (b >= 'A' && b <= 'Z') return b - 'A';
            if (b >= 'a' && b <= 'z') return b - 'a' + 26;
            if (b >= '0' && b <= '9') return b - '0' + 52;
            if (b == '+') return 62;
            if (b == '/') return 63;
            return -1;
        }

        private static bool IsSpace(byte b) => b == ' ' || b == '\t' || b == '\r' || b == '\n';

        public static OperationStatus DecodeFromUtf8(ReadOnlySpan<byte> utf8, Span<byte> bytes, out int bytesConsumed, out int bytesWritten, bool isFinalBlock = true)
        {
            OperationStatus status = DecodeCore(utf8, bytes, out bytesConsumed, out bytesWritten, isFinalBlock);
            bool partialFinal = isFinalBlock && (utf8.Length & 3) != 0;
            if (status == OperationStatus.Done || status == OperationStatus.NeedMoreData) return status;
            if (status == OperationStatus.DestinationTooSmall && !partialFinal) return status;
            // Invalid data (or a final block of the wrong length) may come from
            // whitespace: decode the rest block by block without it.
            return DecodeSkippingWhiteSpace(utf8, bytes, ref bytesConsumed, ref bytesWritten, isFinalBlock);
        }

        // Whole blocks of four that fit the destination, then the last block (which
        // may be padded) only when isFinalBlock; a trailing partial block is
        // NeedMoreData, or InvalidData in a final block.
        private static OperationStatus DecodeCore(ReadOnlySpan<byte> utf8, Span<byte> bytes, out int consumed, out int written, bool isFinalBlock)
        {
            int src = 0, dst = 0;
            int whole = utf8.Length & ~3;
            OperationStatus status;
            if (utf8.Length == 0) { status = OperationStatus.Done; goto Exit; }
            int skipLast = isFinalBlock ? 4 : 0;
            int limit = bytes.Length >= GetMaxDecodedFromUtf8Length(whole) ? whole - skipLast : (bytes.Length / 3) * 4;
            while (src < limit)
            {
                int v = DecodeFour(utf8, src);
                if (v < 0) { status = OperationStatus.InvalidData; goto Exit; }
                bytes[dst] = (byte)(v >> 16);
                bytes[dst + 1] = (byte)(v >> 8);
                bytes[dst + 2] = (byte)v;
                src += 4;
                dst += 3;
            }
            if (limit != whole - skipLast) { status = OperationStatus.DestinationTooSmall; goto Exit; }
            if (src == whole)
            {
                if (isFinalBlock) status = OperationStatus.InvalidData;
                else status = src == utf8.Length ? OperationStatus.Done : OperationStatus.NeedMoreData;
                goto Exit;
            }
            byte t2 = utf8[whole - 2], t3 = utf8[whole - 1];
            int head = (DecodeValue(utf8[whole - 4]) << 18) | (DecodeValue(utf8[whole - 3]) << 12);
            int count;
            if (t3 != '=')
            {
                head |= (DecodeValue(t2) << 6) | DecodeValue(t3);
                count = 3;
            }
            else if (t2 != '=')
            {
                head |= DecodeValue(t2) << 6;
                count = 2;
            }
            else count = 1;
            // Padding must follow zero bits: "AB==" and "AAF=" are invalid.
            if (head < 0 || (count == 1 && (head & 0xF000) != 0) || (count == 2 && (head & 0xC0) != 0))
            {
                status = OperationStatus.InvalidData;
                goto Exit;
            }
            if (dst + count > bytes.Length) { status = OperationStatus.DestinationTooSmall; goto Exit; }
            bytes[dst] = (byte)(head >> 16);
            if (count > 1) bytes[dst + 1] = (byte)(head >> 8);
            if (count > 2) bytes[dst + 2] = (byte)head;
            dst += count;
            src += 4;
            status = whole != utf8.Length ? OperationStatus.InvalidData : OperationStatus.Done;
            goto Exit;
        Exit:
            consumed = src;
            written = dst;
            return status;
        }

        private static int DecodeFour(ReadOnlySpan<byte> s, int at) =>
            (DecodeValue(s[at]) << 18) | (DecodeValue(s[at + 1]) << 12) | (DecodeValue(s[at + 2]) << 6) | DecodeValue(s[at + 3]);

        // After invalid data at [consumed..]: skip whitespace and decode the rest in blocks of
        // four significant bytes; a padded block must be followed by whitespace only.
        private static OperationStatus DecodeSkippingWhiteSpace(ReadOnlySpan<byte> utf8, Span<byte> bytes, ref int consumed, ref int written, bool isFinalBlock)
        {
            ReadOnlySpan<byte> source = utf8.Slice(consumed);
            Span<byte> dest = bytes.Slice(written);
            Span<byte> block = stackalloc byte[4];
            OperationStatus status = OperationStatus.Done;
            while (!source.IsEmpty)
            {
                int index = 0, n = 0, skipped = 0;
                for (; index < source.Length && n < 4; index++)
                {
                    if (IsSpace(source[index])) skipped++;
                    else block[n++] = source[index];
                }
                source = source.Slice(index);
                consumed += skipped;
                if (n == 0) continue;
                int more = 0;
                for (int i = 0; i < source.Length; i++) if (!IsSpace(source[i])) more++;
                bool anotherBlock = more > 0;
                bool finalHere = !anotherBlock;
                if (anotherBlock && block[n - 1] == '=') { anotherBlock = false; finalHere = true; }
                if (finalHere && !isFinalBlock) finalHere = false;
                status = DecodeCore(block.Slice(0, n), dest, out int c, out int w, finalHere);
                consumed += c;
                written += w;
                if (status != OperationStatus.Done) return status;
                if (!anotherBlock)
                {
                    // Trailing whitespace of a block that is not final may precede more data.
                    if (!isFinalBlock && !source.IsEmpty && more == 0) return OperationStatus.NeedMoreData;
                    for (int i = 0; i < source.Length; i++)
                    {
                        if (!IsSpace(source[i]))
                        {
                            consumed -= c;
                            written -= w;
                            return OperationStatus.InvalidData;
                        }
                        consumed++;
                    }
                    break;
                }
                dest = dest.Slice(w);
            }
            return status;
        }

        public static OperationStatus DecodeFromUtf8InPlace(Span<byte> buffer, out int bytesWritten)
        {
            byte[] copy = buffer.ToArray();
            OperationStatus status = DecodeFromUtf8(copy, buffer, out _, out bytesWritten);
            return status;
        }

        public static bool IsValid(ReadOnlySpan<char> base64Text) => IsValid(base64Text, out _);

        public static bool IsValid(ReadOnlySpan<char> base64Text, out int decodedLength)
        {
            byte[] bytes = new byte[base64Text.Length];
            for (int i = 0; i < base64Text.Length; i++)
            {
                char c = base64Text[i];
                if (c > 0x7F) { decodedLength = 0; return false; }
                bytes[i] = (byte)c;
            }
            return IsValid(bytes, out decodedLength);
        }

        public static bool IsValid(ReadOnlySpan<byte> base64TextUtf8) => IsValid(base64TextUtf8, out _);

        public static bool IsValid(ReadOnlySpan<byte> base64TextUtf8, out int decodedLength)
        {
            byte[] scratch = new byte[(base64TextUtf8.Length / 4 + 1) * 3];
            OperationStatus status = DecodeFromUtf8(base64TextUtf8, scratch, out _, out decodedLength);
            if (status != OperationStatus.Done) decodedLength = 0;
            return status == OperationStatus.Done;
        }
    }
}
