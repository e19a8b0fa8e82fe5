// MemoryExtensions.TryWrite: `$"..."` formatted straight into a Span<char>;
// false (and nothing written) when it does not fit.
using System.Runtime.CompilerServices;

namespace System
{
    public static partial class MemoryExtensions
    {
        public static bool TryWrite(this Span<char> destination, [InterpolatedStringHandlerArgument("destination")] ref TryWriteInterpolatedStringHandler handler, out int charsWritten)
        {
            if (handler._success) { charsWritten = handler._pos; return true; }
            charsWritten = 0;
            return false;
        }

        public static bool TryWrite(this Span<char> destination, IFormatProvider? provider, [InterpolatedStringHandlerArgument("destination", "provider")] ref TryWriteInterpolatedStringHandler handler, out int charsWritten) =>
            TryWrite(destination, ref handler, out charsWritten);

        [InterpolatedStringHandler]
        public ref struct TryWriteInterpolatedStringHandler
        {
            private readonly Span<char> _destination;
            private readonly IFormatProvider? _provider;
            private readonly ICustomFormatter? _customFormatter;
            internal int _pos;
            internal bool _success;

            public TryWriteInterpolatedStringHandler(int literalLength, int formattedCount, Span<char> destination, out bool shouldAppend)
            {
                _destination = destination;
                _provider = null;
                _customFormatter = null;
                _pos = 0;
                _success = shouldAppend = destination.Length >= literalLength;
            }

            public TryWriteInterpolatedStringHandler(int literalLength, int formattedCount, Span<char> destination, IFormatProvider? provider, out bool shouldAppend)
                : this(literalLength, formattedCount, destination, out shouldAppend)
            {
                _provider = provider;
                _customFormatter = provider == null ? null : (ICustomFormatter?)provider.GetFormat(typeof(ICustomFormatter));
            }

            public bool AppendLiteral(string value) => Append(value);
            public bool AppendFormatted(ReadOnlySpan<char> value) => Append(value);
            public bool AppendFormatted(ReadOnlySpan<char> value, int alignment = 0, string? format = null)
            {
                int start = _pos;
                return Append(value) && Align(start, alignment);
            }
            public bool AppendFormatted(string? value) => _customFormatter != null ? AppendFormatted<string?>(value, 0, null) : Append(value);
            public bool AppendFormatted(string? value, int alignment = 0, string? format = null) => AppendFormatted<string?>(value, alignment, format);
            public bool AppendFormatted(object? value, int alignment = 0, string? format = null) => AppendFormatted<object?>(value, alignment, format);
            public bool AppendFormatted<T>(T value) => AppendFormatted(value, 0, null);
            public bool AppendFormatted<T>(T value, string? format) => AppendFormatted(value, 0, format);
            public bool AppendFormatted<T>(T value, int alignment) => AppendFormatted(value, alignment, null);

            public bool AppendFormatted<T>(T value, int alignment, string? format)
            {
                int start = _pos;
                if (_customFormatter == null && value is ISpanFormattable)
                {
                    if (!((ISpanFormattable)value).TryFormat(_destination.Slice(_pos), out int written, format, _provider)) return Fail();
                    _pos += written;
                    return Align(start, alignment);
                }
                string? text;
                if (_customFormatter != null) text = _customFormatter.Format(format, value, _provider);
                else if (value is IFormattable formattable) text = formattable.ToString(format, _provider);
                else text = value?.ToString();
                return Append(text) && Align(start, alignment);
            }

            private bool Append(ReadOnlySpan<char> value)
            {
                if (!_success) return false;
                if (!value.TryCopyTo(_destination.Slice(_pos))) return Fail();
                _pos += value.Length;
                return true;
            }

            private bool Align(int start, int alignment)
            {
                if (alignment == 0) return true;
                bool left = alignment < 0;
                int width = left ? -alignment : alignment;
                int written = _pos - start;
                int padding = width - written;
                if (padding <= 0) return true;
                if (_destination.Length - _pos < padding) return Fail();
                if (left) _destination.Slice(_pos, padding).Fill(' ');
                else
                {
                    _destination.Slice(start, written).CopyTo(_destination.Slice(start + padding));
                    _destination.Slice(start, padding).Fill(' ');
                }
                _pos += padding;
                return true;
            }

            private bool Fail() { _success = false; return false; }
        }
    }
}
