// System.Buffers.Text.Base64Url (.NET 9): RFC 4648 §5, the URL- and
// file-name-safe alphabet ('-' and '_' for '+' and '/'). Encoding writes no
// padding; decoding accepts input with or without it and skips ASCII white
// space. Built on Base64: the text is translated between the two alphabets
// ('+' and '/' are invalid here) and the padding Base64 requires is added
// or removed at the end of a final block.
namespace System.Buffers.Text
{
    public static class Base64Url
    {
        private const byte Invalid = (byte)'*';
        private const string InvalidText = "The input is not a valid Base64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.";  // not in either alphabet: Base64 stops there with InvalidData

        public static int GetEncodedLength(int bytesLength)
        {
            if ((uint)bytesLength > 1610612733u) throw new ArgumentOutOfRangeException(nameof(bytesLength));
            int rem = bytesLength % 3;
            return bytesLength / 3 * 4 + (rem == 0 ? 0 : rem + 1);
        }

        public static int GetMaxDecodedLength(int base64Length)
        {
            if (base64Length < 0) throw new ArgumentOutOfRangeException(nameof(base64Length));
            int rem = base64Length & 3;
            return (base64Length >> 2) * 3 + (rem == 2 ? 1 : rem == 3 ? 2 : 0);
        }

        // ---- encoding ----

        public static OperationStatus EncodeToUtf8(ReadOnlySpan<byte> source, Span<byte> destination, out int bytesConsumed, out int bytesWritten, bool isFinalBlock = true)
        {
            int whole = source.Length / 3;
            int blocks = Math.Min(whole, destination.Length / 4);
            Span<byte> padded = stackalloc byte[4];
            Base64.EncodeToUtf8(source.Slice(0, blocks * 3), destination, out _, out _);
            ToUrlAlphabet(destination.Slice(0, blocks * 4));
            bytesConsumed = blocks * 3;
            bytesWritten = blocks * 4;
            if (blocks < whole) return OperationStatus.DestinationTooSmall;
            int left = source.Length - bytesConsumed;
            if (left == 0) return OperationStatus.Done;
            // As .NET: a destination too small for the rest says so even when more input may come.
            if (destination.Length - bytesWritten < left + 1) return OperationStatus.DestinationTooSmall;
            if (!isFinalBlock) return OperationStatus.NeedMoreData;
            Base64.EncodeToUtf8(source.Slice(bytesConsumed), padded, out _, out _);
            ToUrlAlphabet(padded);
            padded.Slice(0, left + 1).CopyTo(destination.Slice(bytesWritten));
            bytesConsumed += left;
            bytesWritten += left + 1;
            return OperationStatus.Done;
        }

        public static int EncodeToUtf8(ReadOnlySpan<byte> source, Span<byte> destination)
        {
            if (EncodeToUtf8(source, destination, out _, out int written) != OperationStatus.Done)
                throw new ArgumentException("Destination is too short.", nameof(destination));
            return written;
        }

        public static byte[] EncodeToUtf8(ReadOnlySpan<byte> source)
        {
            byte[] result = new byte[GetEncodedLength(source.Length)];
            EncodeToUtf8(source, result, out _, out _);
            return result;
        }

        public static bool TryEncodeToUtf8(ReadOnlySpan<byte> source, Span<byte> destination, out int bytesWritten)
        {
            if (destination.Length < GetEncodedLength(source.Length)) { bytesWritten = 0; return false; }
            EncodeToUtf8(source, destination, out _, out bytesWritten);
            return true;
        }

        public static bool TryEncodeToUtf8InPlace(Span<byte> buffer, int dataLength, out int bytesWritten)
        {
            if ((uint)dataLength > (uint)buffer.Length) throw new ArgumentOutOfRangeException(nameof(dataLength));
            if (buffer.Length < GetEncodedLength(dataLength)) { bytesWritten = 0; return false; }
            byte[] copy = buffer.Slice(0, dataLength).ToArray();
            EncodeToUtf8(copy, buffer, out _, out bytesWritten);
            return true;
        }

        public static OperationStatus EncodeToChars(ReadOnlySpan<byte> source, Span<char> destination, out int bytesConsumed, out int charsWritten, bool isFinalBlock = true)
        {
            byte[] text = new byte[destination.Length];
            OperationStatus status = EncodeToUtf8(source, text, out bytesConsumed, out charsWritten, isFinalBlock);
            for (int i = 0; i < charsWritten; i++) destination[i] = (char)text[i];
            return status;
        }

        public static int EncodeToChars(ReadOnlySpan<byte> source, Span<char> destination)
        {
            if (EncodeToChars(source, destination, out _, out int written) != OperationStatus.Done)
                throw new ArgumentException("Destination is too short.", nameof(destination));
            return written;
        }

        public static char[] EncodeToChars(ReadOnlySpan<byte> source)
        {
            char[] result = new char[GetEncodedLength(source.Length)];
            EncodeToChars(source, result, out _, out _);
            return result;
        }

        public static string EncodeToString(ReadOnlySpan<byte> source) => new string(EncodeToChars(source));

        public static bool TryEncodeToChars(ReadOnlySpan<byte> source, Span<char> destination, out int charsWritten)
        {
            if (destination.Length < GetEncodedLength(source.Length)) { charsWritten = 0; return false; }
            EncodeToChars(source, destination, out _, out charsWritten);
            return true;
        }

        private static void ToUrlAlphabet(Span<byte> text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '+') text[i] = (byte)'-';
                else if (text[i] == '/') text[i] = (byte)'_';
            }
        }

        // ---- decoding ----

        private static bool IsSpace(int c) => c == ' ' || c == '\t' || c == '\r' || c == '\n';

        // The text in Base64's alphabet, with the padding a final block lacks.
        private static byte[] ToStandard<T>(ReadOnlySpan<T> text, bool isFinalBlock, out int added)
        {
            byte[] standard = new byte[text.Length + 2];
            int significant = 0, padding = 0;
            for (int i = 0; i < text.Length; i++)
            {
                int c = typeof(T) == typeof(char) ? (char)(object)text[i] : (byte)(object)text[i];
                byte b;
                if (c == '-') b = (byte)'+';
                else if (c == '_') b = (byte)'/';
                else if (c == '+' || c == '/' || c > 0x7F) b = Invalid;
                else b = (byte)c;
                standard[i] = b;
                if (b == '=') padding++;
                else if (!IsSpace(b)) significant++;
            }
            // A final block may carry all of its padding, part of it ("AQ=") or none.
            added = 0;
            if (isFinalBlock)
            {
                int rem = significant & 3, expected = rem == 2 ? 2 : rem == 3 ? 1 : 0;
                if (padding < expected) added = expected - padding;
                for (int i = 0; i < added; i++) standard[text.Length + i] = (byte)'=';
            }
            return standard;
        }

        private static OperationStatus Decode<T>(ReadOnlySpan<T> source, Span<byte> destination, out int consumed, out int written, bool isFinalBlock)
        {
            if (isFinalBlock && destination.IsEmpty && !source.IsEmpty && (source.Length & 3) != 1)
            {
                // .NET reports the empty destination before it looks at the data
                // (but after the length, which alone can make it invalid).
                consumed = written = 0;
                return OperationStatus.DestinationTooSmall;
            }
            byte[] standard = ToStandard(source, isFinalBlock, out int added);
            OperationStatus status = Base64.DecodeFromUtf8(standard.AsSpan(0, source.Length + added), destination, out consumed, out written, isFinalBlock);
            if (consumed > source.Length) consumed = source.Length;
            return status;
        }

        public static OperationStatus DecodeFromUtf8(ReadOnlySpan<byte> source, Span<byte> destination, out int bytesConsumed, out int bytesWritten, bool isFinalBlock = true)
            => Decode(source, destination, out bytesConsumed, out bytesWritten, isFinalBlock);

        public static OperationStatus DecodeFromChars(ReadOnlySpan<char> source, Span<byte> destination, out int charsConsumed, out int bytesWritten, bool isFinalBlock = true)
            => Decode(source, destination, out charsConsumed, out bytesWritten, isFinalBlock);

        private static int DecodeOrThrow<T>(ReadOnlySpan<T> source, Span<byte> destination)
        {
            OperationStatus status = Decode(source, destination, out _, out int written, true);
            if (status == OperationStatus.DestinationTooSmall)
                throw new ArgumentException("Destination is too short.", nameof(destination));
            if (status != OperationStatus.Done)
                throw new FormatException(InvalidText);
            return written;
        }

        private static byte[] DecodeToArray<T>(ReadOnlySpan<T> source)
        {
            byte[] buffer = new byte[GetMaxDecodedLength(source.Length)];
            int written = DecodeOrThrow(source, buffer);
            return written == buffer.Length ? buffer : buffer.AsSpan(0, written).ToArray();
        }

        public static int DecodeFromUtf8(ReadOnlySpan<byte> source, Span<byte> destination) => DecodeOrThrow(source, destination);
        public static int DecodeFromChars(ReadOnlySpan<char> source, Span<byte> destination) => DecodeOrThrow(source, destination);
        public static byte[] DecodeFromUtf8(ReadOnlySpan<byte> source) => DecodeToArray(source);
        public static byte[] DecodeFromChars(ReadOnlySpan<char> source) => DecodeToArray(source);

        public static bool TryDecodeFromUtf8(ReadOnlySpan<byte> source, Span<byte> destination, out int bytesWritten) => TryDecode(source, destination, out bytesWritten);
        public static bool TryDecodeFromChars(ReadOnlySpan<char> source, Span<byte> destination, out int bytesWritten) => TryDecode(source, destination, out bytesWritten);

        private static bool TryDecode<T>(ReadOnlySpan<T> source, Span<byte> destination, out int bytesWritten)
        {
            OperationStatus status = Decode(source, destination, out _, out bytesWritten, true);
            if (status == OperationStatus.InvalidData) throw new FormatException(InvalidText);
            return status == OperationStatus.Done;  // a short destination keeps what was written, as on .NET
        }

        public static int DecodeFromUtf8InPlace(Span<byte> buffer)
        {
            byte[] copy = buffer.ToArray();
            return DecodeOrThrow<byte>(copy, buffer);
        }

        public static bool IsValid(ReadOnlySpan<char> base64UrlText) => IsValid(base64UrlText, out _);
        public static bool IsValid(ReadOnlySpan<byte> utf8Base64UrlText) => IsValid(utf8Base64UrlText, out _);

        public static bool IsValid(ReadOnlySpan<char> base64UrlText, out int decodedLength) => Valid(base64UrlText, out decodedLength);
        public static bool IsValid(ReadOnlySpan<byte> utf8Base64UrlText, out int decodedLength) => Valid(utf8Base64UrlText, out decodedLength);

        private static bool Valid<T>(ReadOnlySpan<T> text, out int decodedLength)
        {
            byte[] scratch = new byte[GetMaxDecodedLength(text.Length) + 3];
            OperationStatus status = Decode(text, scratch, out _, out decodedLength, true);
            if (status != OperationStatus.Done) decodedLength = 0;
            return status == OperationStatus.Done;
        }
    }
}
