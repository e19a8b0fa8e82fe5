// System.Text.CompositeFormat (.NET 8): a composite format string parsed
// once, then used by string.Format, StringBuilder.AppendFormat and
// MemoryExtensions.TryWrite. Parse checks the string (the FormatException is
// string.Format's) and counts the arguments it needs; the formatting itself
// is the ordinary composite formatting of the stored string.
namespace System.Text
{
    public sealed class CompositeFormat
    {
        private CompositeFormat(string format, int minimumArgumentCount)
        {
            Format = format;
            MinimumArgumentCount = minimumArgumentCount;
        }

        public string Format { get; }
        public int MinimumArgumentCount { get; }

        public static CompositeFormat Parse(string format)
        {
            if (format == null) throw new ArgumentNullException("format");
            int max = -1;
            for (int i = 0; i < format.Length; i++)
            {
                char c = format[i];
                if (c == '{')
                {
                    if (i + 1 < format.Length && format[i + 1] == '{') { i++; continue; }
                    int j = i + 1;
                    while (j < format.Length && format[j] == ' ') j++;
                    int index = 0; bool digits = false;
                    while (j < format.Length && format[j] >= '0' && format[j] <= '9' && index < 1000000)
                    {
                        index = index * 10 + (format[j] - '0'); digits = true; j++;
                    }
                    if (digits && index > max) max = index;
                    while (j < format.Length && format[j] != '}') j++;
                    i = j;
                }
                else if (c == '}' && i + 1 < format.Length && format[i + 1] == '}') i++;
            }
            // string.Format with as many (null) arguments as the indexes ask
            // for throws its own FormatException for a malformed string.
            string.Format(System.Globalization.CultureInfo.InvariantCulture, format, new object[max + 1]);
            return new CompositeFormat(format, max + 1);
        }

        internal object[] Check(object[] args)
        {
            if (args == null) throw new ArgumentNullException("args");
            if (args.Length < MinimumArgumentCount)
                throw new FormatException("Index (zero based) must be greater than or equal to zero and less than the size of the argument list.");
            return args;
        }
    }

    public sealed partial class StringBuilder
    {
        public StringBuilder AppendFormat(IFormatProvider provider, CompositeFormat format, params object[] args)
        {
            if (format == null) throw new ArgumentNullException("format");
            return AppendFormat(provider, format.Format, format.Check(args));
        }
        public StringBuilder AppendFormat(IFormatProvider provider, CompositeFormat format, params ReadOnlySpan<object> args) { return AppendFormat(provider, format, args.ToArray()); }
        public StringBuilder AppendFormat<TArg0>(IFormatProvider provider, CompositeFormat format, TArg0 arg0) { return AppendFormat(provider, format, new object[] { arg0 }); }
        public StringBuilder AppendFormat<TArg0, TArg1>(IFormatProvider provider, CompositeFormat format, TArg0 arg0, TArg1 arg1) { return AppendFormat(provider, format, new object[] { arg0, arg1 }); }
        public StringBuilder AppendFormat<TArg0, TArg1, TArg2>(IFormatProvider provider, CompositeFormat format, TArg0 arg0, TArg1 arg1, TArg2 arg2) { return AppendFormat(provider, format, new object[] { arg0, arg1, arg2 }); }
    }
}

namespace System
{
    using System.Text;

    public sealed partial class String
    {
        public static string Format(IFormatProvider provider, CompositeFormat format, params object[] args)
        {
            if (format == null) throw new ArgumentNullException("format");
            return Format(provider, format.Format, format.Check(args));
        }
        public static string Format(IFormatProvider provider, CompositeFormat format, params ReadOnlySpan<object> args) { return Format(provider, format, args.ToArray()); }
        public static string Format<TArg0>(IFormatProvider provider, CompositeFormat format, TArg0 arg0) { return Format(provider, format, new object[] { arg0 }); }
        public static string Format<TArg0, TArg1>(IFormatProvider provider, CompositeFormat format, TArg0 arg0, TArg1 arg1) { return Format(provider, format, new object[] { arg0, arg1 }); }
        public static string Format<TArg0, TArg1, TArg2>(IFormatProvider provider, CompositeFormat format, TArg0 arg0, TArg1 arg1, TArg2 arg2) { return Format(provider, format, new object[] { arg0, arg1, arg2 }); }
    }

    public static partial class MemoryExtensions
    {
        public static bool TryWrite(this Span<char> destination, IFormatProvider provider, CompositeFormat format, out int charsWritten, params object[] args)
        {
            string s = string.Format(provider, format, args);
            if (s.Length > destination.Length) { charsWritten = 0; return false; }
            s.AsSpan().CopyTo(destination);
            charsWritten = s.Length;
            return true;
        }
        public static bool TryWrite(this Span<char> destination, IFormatProvider provider, CompositeFormat format, out int charsWritten, params ReadOnlySpan<object> args) { return TryWrite(destination, provider, format, out charsWritten, args.ToArray()); }
        public static bool TryWrite<TArg0>(this Span<char> destination, IFormatProvider provider, CompositeFormat format, out int charsWritten, TArg0 arg0) { return TryWrite(destination, provider, format, out charsWritten, new object[] { arg0 }); }
        public static bool TryWrite<TArg0, TArg1>(this Span<char> destination, IFormatProvider provider, CompositeFormat format, out int charsWritten, TArg0 arg0, TArg1 arg1) { return TryWrite(destination, provider, format, out charsWritten, new object[] { arg0, arg1 }); }
        public static bool TryWrite<TArg0, TArg1, TArg2>(this Span<char> destination, IFormatProvider provider, CompositeFormat format, out int charsWritten, TArg0 arg0, TArg1 arg1, TArg2 arg2) { return TryWrite(destination, provider, format, out charsWritten, new object[] { arg0, arg1, arg2 }); }
    }
}
