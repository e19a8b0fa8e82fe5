// What Roslyn lowers `$"..."` to: the literal parts and the formatted holes
// are appended into one growing char buffer, and the string is made once.
namespace System.Runtime.CompilerServices
{
    [InterpolatedStringHandler]
    public ref struct DefaultInterpolatedStringHandler
    {
        private const int GuessedLengthPerHole = 11;
        private const int MinimumLength = 256;

        private readonly IFormatProvider? _provider;
        private readonly ICustomFormatter? _customFormatter;
        private char[]? _array;
        private Span<char> _chars;
        private int _pos;

        public DefaultInterpolatedStringHandler(int literalLength, int formattedCount)
        {
            _provider = null;
            _customFormatter = null;
            _array = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(MinimumLength, literalLength + formattedCount * GuessedLengthPerHole));
            _chars = _array;
            _pos = 0;
        }

        public DefaultInterpolatedStringHandler(int literalLength, int formattedCount, IFormatProvider? provider)
            : this(literalLength, formattedCount)
        {
            _provider = provider;
            _customFormatter = provider == null ? null : (ICustomFormatter?)provider.GetFormat(typeof(ICustomFormatter));
        }

        public DefaultInterpolatedStringHandler(int literalLength, int formattedCount, IFormatProvider? provider, Span<char> initialBuffer)
        {
            _provider = provider;
            _customFormatter = provider == null ? null : (ICustomFormatter?)provider.GetFormat(typeof(ICustomFormatter));
            _array = null;
            _chars = initialBuffer;
            _pos = 0;
        }

        internal ReadOnlySpan<char> Text => _chars.Slice(0, _pos);

        public override string ToString() => new string(Text);

        public string ToStringAndClear()
        {
            string result = new string(Text);
            char[]? rented = _array;
            _array = null;
            _chars = default;
            _pos = 0;
            if (rented != null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
            return result;
        }

        public void AppendLiteral(string value) => AppendChars(value);

        public void AppendFormatted(ReadOnlySpan<char> value) => AppendChars(value);

        public void AppendFormatted(ReadOnlySpan<char> value, int alignment = 0, string? format = null)
        {
            int start = _pos;
            AppendChars(value);
            if (alignment != 0) Align(start, alignment);
        }

        public void AppendFormatted(string? value)
        {
            if (_customFormatter != null) { AppendFormatted<string?>(value); return; }
            AppendChars(value);
        }

        public void AppendFormatted(string? value, int alignment = 0, string? format = null) => AppendFormatted<string?>(value, alignment, format);

        public void AppendFormatted(object? value, int alignment = 0, string? format = null) => AppendFormatted<object?>(value, alignment, format);

        public void AppendFormatted<T>(T value) => AppendFormatted(value, 0, null);

        public void AppendFormatted<T>(T value, string? format) => AppendFormatted(value, 0, format);

        public void AppendFormatted<T>(T value, int alignment) => AppendFormatted(value, alignment, null);

        public void AppendFormatted<T>(T value, int alignment, string? format)
        {
            int start = _pos;
            if (_customFormatter == null && value is ISpanFormattable)
            {
                // formats straight into the buffer, growing it until the value fits
                int written;
                while (!((ISpanFormattable)value).TryFormat(_chars.Slice(_pos), out written, format, _provider))
                    EnsureCapacity(Math.Max(_chars.Length - _pos + 1, GuessedLengthPerHole * 2));
                _pos += written;
                if (alignment != 0) Align(start, alignment);
                return;
            }
            string? text;
            if (_customFormatter != null) text = _customFormatter.Format(format, value, _provider);
            else if (value is IFormattable formattable) text = formattable.ToString(format, _provider);
            else text = value?.ToString();
            AppendChars(text);
            if (alignment != 0) Align(start, alignment);
        }

        // Pads what was appended since `start` to |alignment| chars: on the left
        // for a positive alignment, on the right for a negative one.
        private void Align(int start, int alignment)
        {
            bool leftAlign = alignment < 0;
            int width = leftAlign ? -alignment : alignment;
            int written = _pos - start;
            int padding = width - written;
            if (padding <= 0) return;
            EnsureCapacity(padding);
            if (leftAlign)
            {
                _chars.Slice(_pos, padding).Fill(' ');
            }
            else
            {
                _chars.Slice(start, written).CopyTo(_chars.Slice(start + padding));
                _chars.Slice(start, padding).Fill(' ');
            }
            _pos += padding;
        }

        private void AppendChars(ReadOnlySpan<char> value)
        {
            if (value.Length == 0) return;
            EnsureCapacity(value.Length);
            value.CopyTo(_chars.Slice(_pos));
            _pos += value.Length;
        }

        private void EnsureCapacity(int additional)
        {
            if (_chars.Length - _pos >= additional) return;
            int newLength = Math.Max(Math.Max(MinimumLength, _chars.Length * 2), _pos + additional);
            char[] grown = System.Buffers.ArrayPool<char>.Shared.Rent(newLength);
            _chars.Slice(0, _pos).CopyTo(grown);
            if (_array != null) System.Buffers.ArrayPool<char>.Shared.Return(_array);
            _array = grown;
            _chars = grown;
        }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class InterpolatedStringHandlerAttribute : Attribute { public InterpolatedStringHandlerAttribute() { } }

    [AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
    public sealed class InterpolatedStringHandlerArgumentAttribute : Attribute
    {
        public InterpolatedStringHandlerArgumentAttribute(string argument) { Arguments = new string[] { argument }; }
        public InterpolatedStringHandlerArgumentAttribute(params string[] arguments) { Arguments = arguments; }
        public string[] Arguments { get; }
    }
}
