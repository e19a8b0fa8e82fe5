// String overloads taking spans (.NET Core 3.0 Concat of char spans; .NET 9
// `params ReadOnlySpan<T>` overloads, which C# 13 prefers over params arrays:
// string.Join(",", a, b, c), string.Concat(a, b, c, d, e), string.Format with
// four or more arguments, and `c + s` for a char c).
namespace System
{
    public sealed partial class String
    {
        public static string Concat(ReadOnlySpan<char> str0, ReadOnlySpan<char> str1)
        {
            int n = str0.Length + str1.Length;
            if (n == 0) return Empty;
            string s = FastAllocateString(n);
            Span<char> dest = new Span<char>(ref s._firstChar, n);
            str0.CopyTo(dest);
            str1.CopyTo(dest.Slice(str0.Length));
            return s;
        }

        public static string Concat(ReadOnlySpan<char> str0, ReadOnlySpan<char> str1, ReadOnlySpan<char> str2)
        {
            int n = str0.Length + str1.Length + str2.Length;
            if (n == 0) return Empty;
            string s = FastAllocateString(n);
            Span<char> dest = new Span<char>(ref s._firstChar, n);
            str0.CopyTo(dest);
            str1.CopyTo(dest.Slice(str0.Length));
            str2.CopyTo(dest.Slice(str0.Length + str1.Length));
            return s;
        }

        public static string Concat(ReadOnlySpan<char> str0, ReadOnlySpan<char> str1, ReadOnlySpan<char> str2, ReadOnlySpan<char> str3)
        {
            int n = str0.Length + str1.Length + str2.Length + str3.Length;
            if (n == 0) return Empty;
            string s = FastAllocateString(n);
            Span<char> dest = new Span<char>(ref s._firstChar, n);
            str0.CopyTo(dest);
            str1.CopyTo(dest.Slice(str0.Length));
            str2.CopyTo(dest.Slice(str0.Length + str1.Length));
            str3.CopyTo(dest.Slice(str0.Length + str1.Length + str2.Length));
            return s;
        }

        public static string Concat(params ReadOnlySpan<string?> values) { return Concat(values.ToArray()); }
        public static string Concat(params ReadOnlySpan<object?> args) { return Concat(args.ToArray()); }

        public static string Join(string? separator, params ReadOnlySpan<string?> value) { return Join(separator, value.ToArray()); }
        public static string Join(char separator, params ReadOnlySpan<string?> value) { return Join(separator, value.ToArray()); }
        public static string Join(string? separator, params ReadOnlySpan<object?> values) { return Join(separator, values.ToArray()); }
        public static string Join(char separator, params ReadOnlySpan<object?> values) { return Join(separator, values.ToArray()); }

        public static string Format(string format, params ReadOnlySpan<object?> args) { return Format(format, args.ToArray()); }
        public static string Format(IFormatProvider? provider, string format, params ReadOnlySpan<object?> args) { return Format(provider, format, args.ToArray()); }
    }
}
