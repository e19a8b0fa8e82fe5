// System.Buffers.StandardFormat: a format symbol plus an optional precision
// (0..99 or NoPrecision), what Utf8Formatter takes instead of a format string.
namespace System.Buffers
{
    public readonly struct StandardFormat : IEquatable<StandardFormat>
    {
        public const byte NoPrecision = byte.MaxValue;
        public const byte MaxPrecision = 99;

        private readonly byte _symbol;
        private readonly byte _precision;

        public StandardFormat(char symbol, byte precision = NoPrecision)
        {
            if (precision != NoPrecision && precision > MaxPrecision)
                throw new ArgumentOutOfRangeException(nameof(precision), "Precision cannot be larger than 99.");
            if (symbol > 0xFF)
                throw new ArgumentOutOfRangeException(nameof(symbol), "Format specifier was invalid.");
            _symbol = (byte)symbol;
            _precision = precision;
        }

        public char Symbol => (char)_symbol;
        public byte Precision => _precision;
        public bool HasPrecision => _precision != NoPrecision;
        public bool IsDefault => _symbol == 0 && _precision == 0;

        public static implicit operator StandardFormat(char symbol) => new StandardFormat(symbol);

        public static StandardFormat Parse(ReadOnlySpan<char> format)
        {
            ParseCore(format, out StandardFormat result, throwOnError: true);
            return result;
        }

        public static StandardFormat Parse(string? format) => format == null ? default : Parse(format.AsSpan());

        public static bool TryParse(ReadOnlySpan<char> format, out StandardFormat result) => ParseCore(format, out result, throwOnError: false);

        private static bool ParseCore(ReadOnlySpan<char> format, out StandardFormat result, bool throwOnError)
        {
            result = default;
            if (format.Length == 0) return true;
            byte precision = NoPrecision;
            if (format.Length > 1)
            {
                uint value = 0;
                for (int i = 1; i < format.Length; i++)
                {
                    uint digit = (uint)(format[i] - '0');
                    if (digit > 9)
                    {
                        if (throwOnError) throw new FormatException("Characters following the format symbol must be a number of 99 or less.");
                        return false;
                    }
                    value = value * 10 + digit;
                    if (value > MaxPrecision)
                    {
                        if (throwOnError) throw new FormatException("Precision cannot be larger than 99.");
                        return false;
                    }
                }
                precision = (byte)value;
            }
            result = new StandardFormat(format[0], precision);
            return true;
        }

        // The classic .NET format string ("G", "X8", ""), used to format through ToString.
        internal string? FormatString()
        {
            if (_symbol == 0) return IsDefault ? null : "";
            if (_precision == NoPrecision) return ((char)_symbol).ToString();
            return ((char)_symbol).ToString() + _precision.ToString();
        }

        public override string ToString() => FormatString() ?? "";
        public override bool Equals(object? obj) => obj is StandardFormat other && Equals(other);
        public bool Equals(StandardFormat other) => _symbol == other._symbol && _precision == other._precision;
        public override int GetHashCode() => _symbol.GetHashCode() ^ _precision.GetHashCode();
        public static bool operator ==(StandardFormat left, StandardFormat right) => left.Equals(right);
        public static bool operator !=(StandardFormat left, StandardFormat right) => !left.Equals(right);
    }
}
