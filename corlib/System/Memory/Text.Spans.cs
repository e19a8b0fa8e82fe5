// Span overloads of Encoding, Convert (base64 and hex), BitConverter and Random.
using System.Runtime.InteropServices;

namespace System.Text
{
    public abstract partial class Encoding
    {
        public virtual int GetByteCount(ReadOnlySpan<char> chars) => GetByteCount(chars.ToArray(), 0, chars.Length);
        public virtual int GetCharCount(ReadOnlySpan<byte> bytes) => GetCharCount(bytes.ToArray(), 0, bytes.Length);

        public virtual int GetBytes(ReadOnlySpan<char> chars, Span<byte> bytes)
        {
            byte[] encoded = new byte[GetByteCount(chars)];
            GetBytes(chars.ToArray(), 0, chars.Length, encoded, 0);
            if (encoded.Length > bytes.Length) throw new ArgumentException("The output byte buffer is too small to contain the encoded data, encoding codepage '" + CodePage.ToString() + "' and fallback '" + EncoderFallbackName + "'.", "bytes");
            encoded.AsSpan().CopyTo(bytes);
            return encoded.Length;
        }

        public virtual bool TryGetBytes(ReadOnlySpan<char> chars, Span<byte> bytes, out int bytesWritten)
        {
            int n = GetByteCount(chars);
            if (n > bytes.Length) { bytesWritten = 0; return false; }
            bytesWritten = GetBytes(chars, bytes);
            return true;
        }

        public virtual int GetChars(ReadOnlySpan<byte> bytes, Span<char> chars)
        {
            byte[] source = bytes.ToArray();
            char[] decoded = new char[GetCharCount(source, 0, source.Length)];
            GetChars(source, 0, source.Length, decoded, 0);
            if (decoded.Length > chars.Length) throw new ArgumentException("The output char buffer is too small to contain the decoded characters, encoding codepage '" + CodePage.ToString() + "' and fallback '" + DecoderFallbackName + "'.", "chars");
            decoded.AsSpan().CopyTo(chars);
            return decoded.Length;
        }

        public virtual bool TryGetChars(ReadOnlySpan<byte> bytes, Span<char> chars, out int charsWritten)
        {
            int n = GetCharCount(bytes);
            if (n > chars.Length) { charsWritten = 0; return false; }
            charsWritten = GetChars(bytes, chars);
            return true;
        }

        public string GetString(ReadOnlySpan<byte> bytes) => GetString(bytes.ToArray());

        private string EncoderFallbackName => EncoderFallback.GetType().ToString();
        private string DecoderFallbackName => DecoderFallback.GetType().ToString();
    }
}

namespace System
{
    public static partial class Convert
    {
        public static string ToBase64String(ReadOnlySpan<byte> bytes, Base64FormattingOptions options = Base64FormattingOptions.None) =>
            ToBase64String(bytes.ToArray(), options);

        public static bool TryToBase64Chars(ReadOnlySpan<byte> bytes, Span<char> chars, out int charsWritten, Base64FormattingOptions options = Base64FormattingOptions.None)
        {
            string text = ToBase64String(bytes, options);
            if (text.Length > chars.Length) { charsWritten = 0; return false; }
            text.AsSpan().CopyTo(chars);
            charsWritten = text.Length;
            return true;
        }

        public static bool TryFromBase64String(string s, Span<byte> bytes, out int bytesWritten)
        {
            if (s == null) throw new ArgumentNullException(nameof(s));
            return TryFromBase64Chars(s, bytes, out bytesWritten);
        }

        public static bool TryFromBase64Chars(ReadOnlySpan<char> chars, Span<byte> bytes, out int bytesWritten)
        {
            byte[] decoded;
            try { decoded = FromBase64String(new string(chars)); }
            catch (FormatException) { bytesWritten = 0; return false; }
            if (decoded.Length > bytes.Length) { bytesWritten = 0; return false; }
            decoded.AsSpan().CopyTo(bytes);
            bytesWritten = decoded.Length;
            return true;
        }

        public static byte[] FromHexString(ReadOnlySpan<char> chars) => FromHexString(new string(chars));

        public static string ToHexString(ReadOnlySpan<byte> bytes) => ToHexString(bytes.ToArray());
        public static string ToHexStringLower(ReadOnlySpan<byte> bytes) => ToHexString(bytes.ToArray()).ToLowerInvariant();
    }

    public static partial class BitConverter
    {
        private static bool TryWrite<T>(Span<byte> destination, T value) where T : unmanaged => MemoryMarshal.TryWrite(destination, in value);
        private static T Read<T>(ReadOnlySpan<byte> value) where T : unmanaged
        {
            if (value.Length < System.Runtime.CompilerServices.Unsafe.SizeOf<T>()) throw new ArgumentOutOfRangeException(nameof(value));
            return MemoryMarshal.Read<T>(value);
        }

        public static bool TryWriteBytes(Span<byte> destination, bool value) => TryWrite(destination, value ? (byte)1 : (byte)0);
        public static bool TryWriteBytes(Span<byte> destination, char value) => TryWrite(destination, value);
        public static bool TryWriteBytes(Span<byte> destination, short value) => TryWrite(destination, value);
        public static bool TryWriteBytes(Span<byte> destination, int value) => TryWrite(destination, value);
        public static bool TryWriteBytes(Span<byte> destination, long value) => TryWrite(destination, value);
        public static bool TryWriteBytes(Span<byte> destination, ushort value) => TryWrite(destination, value);
        public static bool TryWriteBytes(Span<byte> destination, uint value) => TryWrite(destination, value);
        public static bool TryWriteBytes(Span<byte> destination, ulong value) => TryWrite(destination, value);
        public static bool TryWriteBytes(Span<byte> destination, float value) => TryWrite(destination, value);
        public static bool TryWriteBytes(Span<byte> destination, double value) => TryWrite(destination, value);

        public static bool ToBoolean(ReadOnlySpan<byte> value) => Read<byte>(value) != 0;
        public static char ToChar(ReadOnlySpan<byte> value) => Read<char>(value);
        public static short ToInt16(ReadOnlySpan<byte> value) => Read<short>(value);
        public static int ToInt32(ReadOnlySpan<byte> value) => Read<int>(value);
        public static long ToInt64(ReadOnlySpan<byte> value) => Read<long>(value);
        public static ushort ToUInt16(ReadOnlySpan<byte> value) => Read<ushort>(value);
        public static uint ToUInt32(ReadOnlySpan<byte> value) => Read<uint>(value);
        public static ulong ToUInt64(ReadOnlySpan<byte> value) => Read<ulong>(value);
        public static float ToSingle(ReadOnlySpan<byte> value) => Read<float>(value);
        public static double ToDouble(ReadOnlySpan<byte> value) => Read<double>(value);
    }

    public partial class Random
    {
        public virtual void NextBytes(Span<byte> buffer)
        {
            byte[] bytes = new byte[buffer.Length];
            NextBytes(bytes);
            bytes.AsSpan().CopyTo(buffer);
        }

        public void Shuffle<T>(Span<T> values)
        {
            T[] copy = values.ToArray();
            Shuffle(copy);
            copy.AsSpan().CopyTo(values);
        }
    }
}
