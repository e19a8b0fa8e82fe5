// System.Text.Ascii (.NET 8): validation, case changes, UTF-16 <-> ASCII
// transcoding, equality and trimming over ASCII text in bytes or chars.
// Operations stop at the first element above 0x7F and say so with
// OperationStatus.InvalidData (or false); ASCII white space is 0x09-0x0D and ' '.
using System.Buffers;

namespace System.Text
{
    public static class Ascii
    {
        public static bool IsValid(byte value) { return value <= 0x7F; }
        public static bool IsValid(char value) { return value <= 0x7F; }

        public static bool IsValid(ReadOnlySpan<byte> value)
        {
            for (int i = 0; i < value.Length; i++) if (value[i] > 0x7F) return false;
            return true;
        }

        public static bool IsValid(ReadOnlySpan<char> value)
        {
            for (int i = 0; i < value.Length; i++) if (value[i] > 0x7F) return false;
            return true;
        }

        private static int Upper(int c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }
        private static int Lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

        // Converts up to min(source, destination) elements, stopping at the first non-ASCII one.
        private static OperationStatus Status(int converted, int toConvert, int sourceLength)
        {
            if (converted == sourceLength) return OperationStatus.Done;
            return converted == toConvert ? OperationStatus.DestinationTooSmall : OperationStatus.InvalidData;
        }

        public static OperationStatus ToUpper(ReadOnlySpan<byte> source, Span<byte> destination, out int bytesWritten)
        {
            int n = Math.Min(source.Length, destination.Length), i = 0;
            for (; i < n && source[i] <= 0x7F; i++) destination[i] = (byte)Upper(source[i]);
            bytesWritten = i;
            return Status(i, n, source.Length);
        }

        public static OperationStatus ToUpper(ReadOnlySpan<char> source, Span<char> destination, out int charsWritten)
        {
            int n = Math.Min(source.Length, destination.Length), i = 0;
            for (; i < n && source[i] <= 0x7F; i++) destination[i] = (char)Upper(source[i]);
            charsWritten = i;
            return Status(i, n, source.Length);
        }

        public static OperationStatus ToUpper(ReadOnlySpan<byte> source, Span<char> destination, out int charsWritten)
        {
            int n = Math.Min(source.Length, destination.Length), i = 0;
            for (; i < n && source[i] <= 0x7F; i++) destination[i] = (char)Upper(source[i]);
            charsWritten = i;
            return Status(i, n, source.Length);
        }

        public static OperationStatus ToUpper(ReadOnlySpan<char> source, Span<byte> destination, out int bytesWritten)
        {
            int n = Math.Min(source.Length, destination.Length), i = 0;
            for (; i < n && source[i] <= 0x7F; i++) destination[i] = (byte)Upper(source[i]);
            bytesWritten = i;
            return Status(i, n, source.Length);
        }

        public static OperationStatus ToLower(ReadOnlySpan<byte> source, Span<byte> destination, out int bytesWritten)
        {
            int n = Math.Min(source.Length, destination.Length), i = 0;
            for (; i < n && source[i] <= 0x7F; i++) destination[i] = (byte)Lower(source[i]);
            bytesWritten = i;
            return Status(i, n, source.Length);
        }

        public static OperationStatus ToLower(ReadOnlySpan<char> source, Span<char> destination, out int charsWritten)
        {
            int n = Math.Min(source.Length, destination.Length), i = 0;
            for (; i < n && source[i] <= 0x7F; i++) destination[i] = (char)Lower(source[i]);
            charsWritten = i;
            return Status(i, n, source.Length);
        }

        public static OperationStatus ToLower(ReadOnlySpan<byte> source, Span<char> destination, out int charsWritten)
        {
            int n = Math.Min(source.Length, destination.Length), i = 0;
            for (; i < n && source[i] <= 0x7F; i++) destination[i] = (char)Lower(source[i]);
            charsWritten = i;
            return Status(i, n, source.Length);
        }

        public static OperationStatus ToLower(ReadOnlySpan<char> source, Span<byte> destination, out int bytesWritten)
        {
            int n = Math.Min(source.Length, destination.Length), i = 0;
            for (; i < n && source[i] <= 0x7F; i++) destination[i] = (byte)Lower(source[i]);
            bytesWritten = i;
            return Status(i, n, source.Length);
        }

        public static OperationStatus ToUpperInPlace(Span<byte> value, out int bytesWritten)
        {
            int i = 0;
            for (; i < value.Length && value[i] <= 0x7F; i++) value[i] = (byte)Upper(value[i]);
            bytesWritten = i;
            return i == value.Length ? OperationStatus.Done : OperationStatus.InvalidData;
        }

        public static OperationStatus ToUpperInPlace(Span<char> value, out int charsWritten)
        {
            int i = 0;
            for (; i < value.Length && value[i] <= 0x7F; i++) value[i] = (char)Upper(value[i]);
            charsWritten = i;
            return i == value.Length ? OperationStatus.Done : OperationStatus.InvalidData;
        }

        public static OperationStatus ToLowerInPlace(Span<byte> value, out int bytesWritten)
        {
            int i = 0;
            for (; i < value.Length && value[i] <= 0x7F; i++) value[i] = (byte)Lower(value[i]);
            bytesWritten = i;
            return i == value.Length ? OperationStatus.Done : OperationStatus.InvalidData;
        }

        public static OperationStatus ToLowerInPlace(Span<char> value, out int charsWritten)
        {
            int i = 0;
            for (; i < value.Length && value[i] <= 0x7F; i++) value[i] = (char)Lower(value[i]);
            charsWritten = i;
            return i == value.Length ? OperationStatus.Done : OperationStatus.InvalidData;
        }

        public static OperationStatus FromUtf16(ReadOnlySpan<char> source, Span<byte> destination, out int bytesWritten)
        {
            int n = Math.Min(source.Length, destination.Length), i = 0;
            for (; i < n && source[i] <= 0x7F; i++) destination[i] = (byte)source[i];
            bytesWritten = i;
            return Status(i, n, source.Length);
        }

        public static OperationStatus ToUtf16(ReadOnlySpan<byte> source, Span<char> destination, out int charsWritten)
        {
            int n = Math.Min(source.Length, destination.Length), i = 0;
            for (; i < n && source[i] <= 0x7F; i++) destination[i] = (char)source[i];
            charsWritten = i;
            return Status(i, n, source.Length);
        }

        public static bool Equals(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
        {
            if (left.Length != right.Length) return false;
            for (int i = 0; i < left.Length; i++) if (left[i] > 0x7F || left[i] != right[i]) return false;
            return true;
        }

        public static bool Equals(ReadOnlySpan<byte> left, ReadOnlySpan<char> right)
        {
            if (left.Length != right.Length) return false;
            for (int i = 0; i < left.Length; i++) if (left[i] > 0x7F || left[i] != right[i]) return false;
            return true;
        }

        public static bool Equals(ReadOnlySpan<char> left, ReadOnlySpan<byte> right) { return Equals(right, left); }

        public static bool Equals(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
        {
            if (left.Length != right.Length) return false;
            for (int i = 0; i < left.Length; i++) if (left[i] > 0x7F || left[i] != right[i]) return false;
            return true;
        }

        public static bool EqualsIgnoreCase(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
        {
            if (left.Length != right.Length) return false;
            for (int i = 0; i < left.Length; i++)
                if (left[i] > 0x7F || right[i] > 0x7F || Lower(left[i]) != Lower(right[i])) return false;
            return true;
        }

        public static bool EqualsIgnoreCase(ReadOnlySpan<byte> left, ReadOnlySpan<char> right)
        {
            if (left.Length != right.Length) return false;
            for (int i = 0; i < left.Length; i++)
                if (left[i] > 0x7F || right[i] > 0x7F || Lower(left[i]) != Lower(right[i])) return false;
            return true;
        }

        public static bool EqualsIgnoreCase(ReadOnlySpan<char> left, ReadOnlySpan<byte> right) { return EqualsIgnoreCase(right, left); }

        public static bool EqualsIgnoreCase(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
        {
            if (left.Length != right.Length) return false;
            for (int i = 0; i < left.Length; i++)
                if (left[i] > 0x7F || right[i] > 0x7F || Lower(left[i]) != Lower(right[i])) return false;
            return true;
        }

        private static bool White(int c) { return c == ' ' || (c >= 0x09 && c <= 0x0D); }

        public static Range Trim(ReadOnlySpan<byte> value)
        {
            int s = 0, e = value.Length;
            while (s < e && White(value[s])) s++;
            while (e > s && White(value[e - 1])) e--;
            return s..e;
        }

        public static Range Trim(ReadOnlySpan<char> value)
        {
            int s = 0, e = value.Length;
            while (s < e && White(value[s])) s++;
            while (e > s && White(value[e - 1])) e--;
            return s..e;
        }

        public static Range TrimStart(ReadOnlySpan<byte> value)
        {
            int s = 0;
            while (s < value.Length && White(value[s])) s++;
            return s..value.Length;
        }

        public static Range TrimStart(ReadOnlySpan<char> value)
        {
            int s = 0;
            while (s < value.Length && White(value[s])) s++;
            return s..value.Length;
        }

        public static Range TrimEnd(ReadOnlySpan<byte> value)
        {
            int e = value.Length;
            while (e > 0 && White(value[e - 1])) e--;
            return 0..e;
        }

        public static Range TrimEnd(ReadOnlySpan<char> value)
        {
            int e = value.Length;
            while (e > 0 && White(value[e - 1])) e--;
            return 0..e;
        }
    }
}
