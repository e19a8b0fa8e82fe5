// System.Text.Rune: one Unicode scalar value (U+0000..U+D7FF, U+E000..U+10FFFF),
// its UTF-8/UTF-16 encoders and decoders (invalid input decodes as U+FFFD with
// the length of the maximal invalid subsequence, as .NET does), and the
// classification methods over the corlib's character data. That data covers
// the BMP only: supplementary runes classify as OtherNotAssigned and map to
// themselves in ToUpper/ToLower.
using System.Buffers;
using System.Globalization;

namespace System.Text
{
    public readonly struct Rune : IComparable, IComparable<Rune>, IEquatable<Rune>, ISpanFormattable, IFormattable, IUtf8SpanFormattable
    {
        private readonly uint _value;

        private Rune(uint value, bool unchecked_) { _value = value; }

        public Rune(char ch)
        {
            if (char.IsSurrogate(ch)) throw new ArgumentOutOfRangeException("ch");
            _value = ch;
        }

        public Rune(char highSurrogate, char lowSurrogate)
        {
            _value = (uint)char.ConvertToUtf32(highSurrogate, lowSurrogate);
        }

        public Rune(int value)
        {
            if (!IsValid(value)) throw new ArgumentOutOfRangeException("value");
            _value = (uint)value;
        }

        public Rune(uint value)
        {
            if (!IsValid(value)) throw new ArgumentOutOfRangeException("value");
            _value = value;
        }

        public static Rune ReplacementChar { get { return new Rune(0xFFFDu, false); } }

        public int Value { get { return (int)_value; } }
        public bool IsAscii { get { return _value < 0x80; } }
        public bool IsBmp { get { return _value < 0x10000; } }
        public int Plane { get { return (int)(_value >> 16); } }
        public int Utf16SequenceLength { get { return _value < 0x10000 ? 1 : 2; } }
        public int Utf8SequenceLength
        {
            get { return _value < 0x80 ? 1 : _value < 0x800 ? 2 : _value < 0x10000 ? 3 : 4; }
        }

        public static bool IsValid(int value) { return IsValid((uint)value); }
        public static bool IsValid(uint value) { return value < 0xD800 || (value >= 0xE000 && value <= 0x10FFFF); }

        public static bool TryCreate(char ch, out Rune result)
        {
            if (char.IsSurrogate(ch)) { result = default; return false; }
            result = new Rune(ch, false);
            return true;
        }

        public static bool TryCreate(char highSurrogate, char lowSurrogate, out Rune result)
        {
            if (char.IsHighSurrogate(highSurrogate) && char.IsLowSurrogate(lowSurrogate))
            {
                result = new Rune(Combine(highSurrogate, lowSurrogate), false);
                return true;
            }
            result = default;
            return false;
        }

        public static bool TryCreate(int value, out Rune result) { return TryCreate((uint)value, out result); }

        public static bool TryCreate(uint value, out Rune result)
        {
            if (IsValid(value)) { result = new Rune(value, false); return true; }
            result = default;
            return false;
        }

        private static uint Combine(char high, char low)
        {
            return 0x10000u + (((uint)high - 0xD800u) << 10) + ((uint)low - 0xDC00u);
        }

        public static explicit operator Rune(char ch) { return new Rune(ch); }
        public static explicit operator Rune(uint value) { return new Rune(value); }
        public static explicit operator Rune(int value) { return new Rune(value); }

        public static bool operator ==(Rune left, Rune right) { return left._value == right._value; }
        public static bool operator !=(Rune left, Rune right) { return left._value != right._value; }
        public static bool operator <(Rune left, Rune right) { return left._value < right._value; }
        public static bool operator <=(Rune left, Rune right) { return left._value <= right._value; }
        public static bool operator >(Rune left, Rune right) { return left._value > right._value; }
        public static bool operator >=(Rune left, Rune right) { return left._value >= right._value; }

        public int CompareTo(Rune other) { return Value - other.Value; }

        int IComparable.CompareTo(object? obj)
        {
            if (obj == null) return 1;
            if (obj is Rune r) return CompareTo(r);
            throw new ArgumentException("Object must be of type Rune.");
        }

        public bool Equals(Rune other) { return _value == other._value; }
        public override bool Equals(object? obj) { return obj is Rune r && r._value == _value; }
        public override int GetHashCode() { return Value; }

        public override string ToString()
        {
            if (_value < 0x10000) return char.ToString((char)_value);
            uint v = _value - 0x10000;
            return new string(new char[] { (char)(0xD800 + (v >> 10)), (char)(0xDC00 + (v & 0x3FF)) });
        }

        string IFormattable.ToString(string? format, IFormatProvider? formatProvider) { return ToString(); }

        bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        {
            return TryEncodeToUtf16(destination, out charsWritten);
        }

        bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        {
            return TryEncodeToUtf8(utf8Destination, out bytesWritten);
        }

        // ---- encoding ----

        public bool TryEncodeToUtf16(Span<char> destination, out int charsWritten)
        {
            if (_value < 0x10000)
            {
                if (destination.Length >= 1) { destination[0] = (char)_value; charsWritten = 1; return true; }
            }
            else if (destination.Length >= 2)
            {
                uint v = _value - 0x10000;
                destination[0] = (char)(0xD800 + (v >> 10));
                destination[1] = (char)(0xDC00 + (v & 0x3FF));
                charsWritten = 2;
                return true;
            }
            charsWritten = 0;
            return false;
        }

        public bool TryEncodeToUtf8(Span<byte> destination, out int bytesWritten)
        {
            int n = Utf8SequenceLength;
            if (destination.Length < n) { bytesWritten = 0; return false; }
            uint v = _value;
            switch (n)
            {
                case 1:
                    destination[0] = (byte)v;
                    break;
                case 2:
                    destination[0] = (byte)(0xC0 | (v >> 6));
                    destination[1] = (byte)(0x80 | (v & 0x3F));
                    break;
                case 3:
                    destination[0] = (byte)(0xE0 | (v >> 12));
                    destination[1] = (byte)(0x80 | ((v >> 6) & 0x3F));
                    destination[2] = (byte)(0x80 | (v & 0x3F));
                    break;
                default:
                    destination[0] = (byte)(0xF0 | (v >> 18));
                    destination[1] = (byte)(0x80 | ((v >> 12) & 0x3F));
                    destination[2] = (byte)(0x80 | ((v >> 6) & 0x3F));
                    destination[3] = (byte)(0x80 | (v & 0x3F));
                    break;
            }
            bytesWritten = n;
            return true;
        }

        public int EncodeToUtf16(Span<char> destination)
        {
            if (!TryEncodeToUtf16(destination, out int n)) throw new ArgumentException("Destination is too short.", "destination");
            return n;
        }

        public int EncodeToUtf8(Span<byte> destination)
        {
            if (!TryEncodeToUtf8(destination, out int n)) throw new ArgumentException("Destination is too short.", "destination");
            return n;
        }

        // ---- decoding ----

        public static OperationStatus DecodeFromUtf16(ReadOnlySpan<char> source, out Rune result, out int charsConsumed)
        {
            if (source.Length == 0) { result = ReplacementChar; charsConsumed = 0; return OperationStatus.NeedMoreData; }
            char c = source[0];
            if (!char.IsSurrogate(c)) { result = new Rune(c, false); charsConsumed = 1; return OperationStatus.Done; }
            if (char.IsHighSurrogate(c))
            {
                if (source.Length == 1) { result = ReplacementChar; charsConsumed = 1; return OperationStatus.NeedMoreData; }
                if (char.IsLowSurrogate(source[1]))
                {
                    result = new Rune(Combine(c, source[1]), false);
                    charsConsumed = 2;
                    return OperationStatus.Done;
                }
            }
            result = ReplacementChar;
            charsConsumed = 1;
            return OperationStatus.InvalidData;
        }

        public static OperationStatus DecodeLastFromUtf16(ReadOnlySpan<char> source, out Rune result, out int charsConsumed)
        {
            int n = source.Length;
            if (n == 0) { result = ReplacementChar; charsConsumed = 0; return OperationStatus.NeedMoreData; }
            char c = source[n - 1];
            if (!char.IsSurrogate(c)) { result = new Rune(c, false); charsConsumed = 1; return OperationStatus.Done; }
            if (char.IsLowSurrogate(c) && n >= 2 && char.IsHighSurrogate(source[n - 2]))
            {
                result = new Rune(Combine(source[n - 2], c), false);
                charsConsumed = 2;
                return OperationStatus.Done;
            }
            result = ReplacementChar;
            charsConsumed = 1;
            // A high surrogate at the end may still get its low half (.NET reports it so).
            return char.IsHighSurrogate(c) ? OperationStatus.NeedMoreData : OperationStatus.InvalidData;
        }

        // The number of bytes of the sequence led by b0 (0 for a byte that never leads),
        // and the allowed range of the second byte (Unicode table 3-7).
        private static int Utf8Lead(byte b0, out byte lo, out byte hi)
        {
            lo = 0x80; hi = 0xBF;
            if (b0 < 0x80) return 1;
            if (b0 < 0xC2) return 0;
            if (b0 < 0xE0) return 2;
            if (b0 < 0xF0)
            {
                if (b0 == 0xE0) lo = 0xA0;
                else if (b0 == 0xED) hi = 0x9F;
                return 3;
            }
            if (b0 < 0xF5)
            {
                if (b0 == 0xF0) lo = 0x90;
                else if (b0 == 0xF4) hi = 0x8F;
                return 4;
            }
            return 0;
        }

        public static OperationStatus DecodeFromUtf8(ReadOnlySpan<byte> source, out Rune result, out int bytesConsumed)
        {
            if (source.Length == 0) { result = ReplacementChar; bytesConsumed = 0; return OperationStatus.NeedMoreData; }
            byte b0 = source[0];
            int need = Utf8Lead(b0, out byte lo, out byte hi);
            if (need == 1) { result = new Rune(b0, false); bytesConsumed = 1; return OperationStatus.Done; }
            result = ReplacementChar;
            if (need == 0) { bytesConsumed = 1; return OperationStatus.InvalidData; }
            uint v = (uint)b0 & (need == 2 ? 0x1Fu : need == 3 ? 0x0Fu : 0x07u);
            for (int i = 1; i < need; i++)
            {
                if (i >= source.Length) { bytesConsumed = i; return OperationStatus.NeedMoreData; }
                byte b = source[i];
                byte min = i == 1 ? lo : (byte)0x80, max = i == 1 ? hi : (byte)0xBF;
                if (b < min || b > max) { bytesConsumed = i; return OperationStatus.InvalidData; }
                v = (v << 6) | ((uint)b & 0x3F);
            }
            result = new Rune(v, false);
            bytesConsumed = need;
            return OperationStatus.Done;
        }

        public static OperationStatus DecodeLastFromUtf8(ReadOnlySpan<byte> source, out Rune value, out int bytesConsumed)
        {
            int n = source.Length;
            if (n == 0) { value = ReplacementChar; bytesConsumed = 0; return OperationStatus.NeedMoreData; }
            // Walk back over at most three continuation bytes to a possible lead byte, then
            // decode forward from it; it counts only if it ends exactly at the end.
            int start = n - 1;
            int stop = Math.Max(0, n - 4);
            while (start > stop && (source[start] & 0xC0) == 0x80) start--;
            OperationStatus st = DecodeFromUtf8(source.Slice(start), out Rune r, out int used);
            if (start + used == n)
            {
                value = r;
                bytesConsumed = used;
                return st;
            }
            value = ReplacementChar;
            bytesConsumed = 1;
            return OperationStatus.InvalidData;
        }

        // ---- string access ----

        public static Rune GetRuneAt(string input, int index)
        {
            int r = ReadAt(input, index);
            if (r < 0) throw new ArgumentException("Cannot extract a Unicode scalar value from the specified index in the input.", "index");
            return new Rune((uint)r, false);
        }

        public static bool TryGetRuneAt(string input, int index, out Rune value)
        {
            int r = ReadAt(input, index);
            value = r < 0 ? default : new Rune((uint)r, false);
            return r >= 0;
        }

        private static int ReadAt(string input, int index)
        {
            if (input == null) throw new ArgumentNullException("input");
            if ((uint)index >= (uint)input.Length) throw new ArgumentOutOfRangeException("index");
            char c = input[index];
            if (!char.IsSurrogate(c)) return c;
            if (char.IsHighSurrogate(c) && index + 1 < input.Length && char.IsLowSurrogate(input[index + 1]))
                return (int)Combine(c, input[index + 1]);
            return -1;
        }

        // ---- classification ----

        public static UnicodeCategory GetUnicodeCategory(Rune value)
        {
            return value.IsBmp ? char.GetUnicodeCategory((char)value._value) : UnicodeCategory.OtherNotAssigned;
        }

        public static double GetNumericValue(Rune value)
        {
            return value.IsBmp ? char.GetNumericValue((char)value._value) : -1.0;
        }

        public static bool IsControl(Rune value) { return ((value._value + 1) & ~0x80u) <= 0x20; }
        public static bool IsDigit(Rune value) { return value.IsBmp && char.IsDigit((char)value._value); }
        public static bool IsLetter(Rune value) { return value.IsBmp && char.IsLetter((char)value._value); }
        public static bool IsLetterOrDigit(Rune value) { return value.IsBmp && char.IsLetterOrDigit((char)value._value); }
        public static bool IsLower(Rune value) { return value.IsBmp && char.IsLower((char)value._value); }
        public static bool IsUpper(Rune value) { return value.IsBmp && char.IsUpper((char)value._value); }
        public static bool IsNumber(Rune value) { return value.IsBmp && char.IsNumber((char)value._value); }
        public static bool IsPunctuation(Rune value) { return value.IsBmp && char.IsPunctuation((char)value._value); }
        public static bool IsSeparator(Rune value) { return value.IsBmp && char.IsSeparator((char)value._value); }
        public static bool IsSymbol(Rune value) { return value.IsBmp && char.IsSymbol((char)value._value); }
        public static bool IsWhiteSpace(Rune value) { return value.IsBmp && char.IsWhiteSpace((char)value._value); }

        public static Rune ToUpperInvariant(Rune value)
        {
            // Invariant casing leaves the Turkish dotted/dotless i alone (U+0130, U+0131).
            if (!value.IsBmp || value._value == 0x131) return value;
            return new Rune(char.ToUpperInvariant((char)value._value), false);
        }

        public static Rune ToLowerInvariant(Rune value)
        {
            if (!value.IsBmp || value._value == 0x130) return value;
            return new Rune(char.ToLowerInvariant((char)value._value), false);
        }

        public static Rune ToUpper(Rune value, CultureInfo culture)
        {
            if (culture == null) throw new ArgumentNullException("culture");
            return ToUpperInvariant(value);
        }

        public static Rune ToLower(Rune value, CultureInfo culture)
        {
            if (culture == null) throw new ArgumentNullException("culture");
            return ToLowerInvariant(value);
        }
    }

    // foreach over a span's runes: ill-formed UTF-16 yields U+FFFD per bad char.
    public ref struct SpanRuneEnumerator : System.Collections.Generic.IEnumerator<Rune>
    {
        private ReadOnlySpan<char> _rest;
        private Rune _current;

        internal SpanRuneEnumerator(ReadOnlySpan<char> buffer) { _rest = buffer; _current = default; }

        public Rune Current { get { return _current; } }
        public SpanRuneEnumerator GetEnumerator() { return this; }

        public bool MoveNext()
        {
            if (_rest.Length == 0) { _current = default; return false; }
            Rune.DecodeFromUtf16(_rest, out _current, out int used);
            _rest = _rest.Slice(used);
            return true;
        }

        object? System.Collections.IEnumerator.Current { get { return _current; } }
        void System.Collections.IEnumerator.Reset() { throw new NotSupportedException(); }
        void IDisposable.Dispose() { }
    }

    public struct StringRuneEnumerator : System.Collections.Generic.IEnumerable<Rune>, System.Collections.Generic.IEnumerator<Rune>
    {
        private readonly string _s;
        private int _next;
        private Rune _current;

        internal StringRuneEnumerator(string value) { _s = value; _next = 0; _current = default; }

        public Rune Current { get { return _current; } }
        object? System.Collections.IEnumerator.Current { get { return _current; } }
        public StringRuneEnumerator GetEnumerator() { return this; }

        public bool MoveNext()
        {
            if (_s == null || _next >= _s.Length) { _current = default; return false; }
            Rune.DecodeFromUtf16(_s.AsSpan(_next), out _current, out int used);
            _next += used;
            return true;
        }

        void System.Collections.IEnumerator.Reset() { _next = 0; _current = default; }
        void IDisposable.Dispose() { }
        System.Collections.Generic.IEnumerator<Rune> System.Collections.Generic.IEnumerable<Rune>.GetEnumerator() { return this; }
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() { return this; }
    }
}
