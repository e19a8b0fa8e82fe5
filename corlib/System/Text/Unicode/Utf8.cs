// System.Text.Unicode.Utf8: transcoding between UTF-16 and UTF-8 with .NET's
// OperationStatus contract. Invalid input (a lone surrogate; a maximal invalid
// UTF-8 subpart, as Rune.DecodeFromUtf8 measures it) becomes U+FFFD when
// replaceInvalidSequences is set, else stops with InvalidData. An incomplete
// sequence at the end of the source is NeedMoreData (nothing of it consumed)
// unless isFinalBlock says no more input follows, when it is invalid data.
// DestinationTooSmall stops before the first scalar (or replacement) that does
// not fit whole; the out counts always cover exactly what was transcoded.
using System.Buffers;

namespace System.Text.Unicode
{
    public static class Utf8
    {
        public static OperationStatus FromUtf16(ReadOnlySpan<char> source, Span<byte> destination, out int charsRead, out int bytesWritten, bool replaceInvalidSequences = true, bool isFinalBlock = true)
        {
            int si = 0, di = 0;
            OperationStatus status = OperationStatus.Done;
            while (si < source.Length)
            {
                uint c = source[si];
                int used = 1;
                bool invalid = false;
                if (c >= 0xD800 && c <= 0xDFFF)
                {
                    if (c <= 0xDBFF && si + 1 < source.Length && source[si + 1] >= 0xDC00 && source[si + 1] <= 0xDFFF)
                    {
                        c = 0x10000 + ((c - 0xD800) << 10) + ((uint)source[si + 1] - 0xDC00);
                        used = 2;
                    }
                    else if (c <= 0xDBFF && si + 1 == source.Length && !isFinalBlock)
                    {
                        status = OperationStatus.NeedMoreData;
                        break;
                    }
                    else
                    {
                        invalid = true;
                    }
                }
                if (invalid)
                {
                    if (!replaceInvalidSequences) { status = OperationStatus.InvalidData; break; }
                    c = 0xFFFD;
                }
                int n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
                if (destination.Length - di < n) { status = OperationStatus.DestinationTooSmall; break; }
                switch (n)
                {
                    case 1:
                        destination[di] = (byte)c;
                        break;
                    case 2:
                        destination[di] = (byte)(0xC0 | (c >> 6));
                        destination[di + 1] = (byte)(0x80 | (c & 0x3F));
                        break;
                    case 3:
                        destination[di] = (byte)(0xE0 | (c >> 12));
                        destination[di + 1] = (byte)(0x80 | ((c >> 6) & 0x3F));
                        destination[di + 2] = (byte)(0x80 | (c & 0x3F));
                        break;
                    default:
                        destination[di] = (byte)(0xF0 | (c >> 18));
                        destination[di + 1] = (byte)(0x80 | ((c >> 12) & 0x3F));
                        destination[di + 2] = (byte)(0x80 | ((c >> 6) & 0x3F));
                        destination[di + 3] = (byte)(0x80 | (c & 0x3F));
                        break;
                }
                di += n;
                si += used;
            }
            charsRead = si;
            bytesWritten = di;
            return status;
        }

        public static OperationStatus ToUtf16(ReadOnlySpan<byte> source, Span<char> destination, out int bytesRead, out int charsWritten, bool replaceInvalidSequences = true, bool isFinalBlock = true)
        {
            int si = 0, di = 0;
            OperationStatus status = OperationStatus.Done;
            while (si < source.Length)
            {
                uint value;
                int used;
                byte b0 = source[si];
                if (b0 < 0x80)
                {
                    value = b0;
                    used = 1;
                }
                else
                {
                    OperationStatus st = Rune.DecodeFromUtf8(source.Slice(si), out Rune r, out used);
                    if (st == OperationStatus.NeedMoreData && !isFinalBlock) { status = st; break; }
                    if (st != OperationStatus.Done)
                    {
                        if (!replaceInvalidSequences) { status = OperationStatus.InvalidData; break; }
                        value = 0xFFFD;
                    }
                    else
                    {
                        value = (uint)r.Value;
                    }
                }
                if (value < 0x10000)
                {
                    if (di >= destination.Length) { status = OperationStatus.DestinationTooSmall; break; }
                    destination[di++] = (char)value;
                }
                else
                {
                    if (destination.Length - di < 2) { status = OperationStatus.DestinationTooSmall; break; }
                    destination[di++] = (char)(0xD800 + ((value - 0x10000) >> 10));
                    destination[di++] = (char)(0xDC00 + ((value - 0x10000) & 0x3FF));
                }
                si += used;
            }
            bytesRead = si;
            charsWritten = di;
            return status;
        }

        // Well-formed UTF-8: no invalid subpart and no sequence cut off at the end.
        public static bool IsValid(ReadOnlySpan<byte> value)
        {
            int i = 0;
            while (i < value.Length)
            {
                if (value[i] < 0x80) { i++; continue; }
                if (Rune.DecodeFromUtf8(value.Slice(i), out _, out int used) != OperationStatus.Done) return false;
                i += used;
            }
            return true;
        }
    }
}
