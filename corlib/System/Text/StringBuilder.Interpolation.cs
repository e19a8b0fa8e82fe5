// `sb.Append($"...")` and `sb.AppendLine($"...")`: Roslyn appends each part
// straight into the builder through this handler.
using System.Runtime.CompilerServices;

namespace System.Text
{
    public sealed partial class StringBuilder
    {
        public StringBuilder Append(ReadOnlySpan<char> value)
        {
            for (int i = 0; i < value.Length; i++) Append(value[i]);
            return this;
        }

        public StringBuilder Append([InterpolatedStringHandlerArgument("")] ref AppendInterpolatedStringHandler handler) => this;

        public StringBuilder Append(IFormatProvider? provider, [InterpolatedStringHandlerArgument("", "provider")] ref AppendInterpolatedStringHandler handler) => this;

        public StringBuilder AppendLine([InterpolatedStringHandlerArgument("")] ref AppendInterpolatedStringHandler handler) => AppendLine();

        public StringBuilder AppendLine(IFormatProvider? provider, [InterpolatedStringHandlerArgument("", "provider")] ref AppendInterpolatedStringHandler handler) => AppendLine();

        [InterpolatedStringHandler]
        public struct AppendInterpolatedStringHandler
        {
            private readonly StringBuilder _builder;
            private readonly IFormatProvider? _provider;
            private readonly ICustomFormatter? _customFormatter;

            public AppendInterpolatedStringHandler(int literalLength, int formattedCount, StringBuilder stringBuilder)
            {
                _builder = stringBuilder;
                _provider = null;
                _customFormatter = null;
            }

            public AppendInterpolatedStringHandler(int literalLength, int formattedCount, StringBuilder stringBuilder, IFormatProvider? provider)
            {
                _builder = stringBuilder;
                _provider = provider;
                _customFormatter = provider == null ? null : (ICustomFormatter?)provider.GetFormat(typeof(ICustomFormatter));
            }

            public void AppendLiteral(string value) => _builder.Append(value);
            public void AppendFormatted(ReadOnlySpan<char> value) => _builder.Append(value);
            public void AppendFormatted(ReadOnlySpan<char> value, int alignment = 0, string? format = null) => AppendAligned(value.ToString(), alignment);
            public void AppendFormatted(string? value) => AppendFormatted<string?>(value, 0, null);
            public void AppendFormatted(string? value, int alignment = 0, string? format = null) => AppendFormatted<string?>(value, alignment, format);
            public void AppendFormatted(object? value, int alignment = 0, string? format = null) => AppendFormatted<object?>(value, alignment, format);
            public void AppendFormatted<T>(T value) => AppendFormatted(value, 0, null);
            public void AppendFormatted<T>(T value, string? format) => AppendFormatted(value, 0, format);
            public void AppendFormatted<T>(T value, int alignment) => AppendFormatted(value, alignment, null);

            public void AppendFormatted<T>(T value, int alignment, string? format)
            {
                string? text;
                if (_customFormatter != null) text = _customFormatter.Format(format, value, _provider);
                else if (value is IFormattable formattable) text = formattable.ToString(format, _provider);
                else text = value?.ToString();
                AppendAligned(text, alignment);
            }

            private void AppendAligned(string? text, int alignment)
            {
                int length = text == null ? 0 : text.Length;
                int width = alignment < 0 ? -alignment : alignment;
                if (alignment > 0 && width > length) _builder.Append(' ', width - length);
                _builder.Append(text);
                if (alignment < 0 && width > length) _builder.Append(' ', width - length);
            }
        }
    }
}
