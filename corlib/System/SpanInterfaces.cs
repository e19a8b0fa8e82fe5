// The span formatting and parsing contracts of .NET 7+ (ISpanFormattable,
// IUtf8SpanFormattable, ISpanParsable<T>, IUtf8SpanParsable<T>; IParsable<T> is in Numerics/Operators.cs).
namespace System
{
    public interface ISpanFormattable : IFormattable
    {
        bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider);
    }

    public interface IUtf8SpanFormattable
    {
        bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider);
    }

    public interface ISpanParsable<TSelf> : IParsable<TSelf> where TSelf : ISpanParsable<TSelf>?
    {
        static abstract TSelf Parse(ReadOnlySpan<char> s, IFormatProvider? provider);
        static abstract bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out TSelf result);
    }

    public interface IUtf8SpanParsable<TSelf> where TSelf : IUtf8SpanParsable<TSelf>?
    {
        static abstract TSelf Parse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider);
        static abstract bool TryParse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, out TSelf result);
    }

    // Shared by the span members of the number and date types: format to a
    // string, then copy (chars) or encode (UTF-8) into the destination.
    internal static class SpanFormatting
    {
        internal static string? Format(ReadOnlySpan<char> format) => format.Length == 0 ? null : new string(format);

        internal static bool Copy(string text, Span<char> destination, out int charsWritten)
        {
            if (text.Length > destination.Length) { charsWritten = 0; return false; }
            text.AsSpan().CopyTo(destination);
            charsWritten = text.Length;
            return true;
        }

        internal static bool CopyUtf8(string text, Span<byte> destination, out int bytesWritten)
        {
            int n = 0;
            for (int i = 0; i < text.Length; i++)
            {
                int c = text[i];
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    c = char.ConvertToUtf32(text[i], text[++i]);
                int size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
                if (n + size > destination.Length) { bytesWritten = 0; return false; }
                if (size == 1) destination[n++] = (byte)c;
                else if (size == 2) { destination[n++] = (byte)(0xC0 | c >> 6); destination[n++] = (byte)(0x80 | c & 0x3F); }
                else if (size == 3) { destination[n++] = (byte)(0xE0 | c >> 12); destination[n++] = (byte)(0x80 | (c >> 6) & 0x3F); destination[n++] = (byte)(0x80 | c & 0x3F); }
                else
                {
                    destination[n++] = (byte)(0xF0 | c >> 18); destination[n++] = (byte)(0x80 | (c >> 12) & 0x3F);
                    destination[n++] = (byte)(0x80 | (c >> 6) & 0x3F); destination[n++] = (byte)(0x80 | c & 0x3F);
                }
            }
            bytesWritten = n;
            return true;
        }

        internal static string FromUtf8(ReadOnlySpan<byte> utf8) => System.Text.Encoding.UTF8.GetString(utf8.ToArray());
    }
}
