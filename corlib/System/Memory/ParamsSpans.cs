// The `params ReadOnlySpan<T>` overloads .NET 9+ added next to `params T[]`
// ones. Roslyn prefers them when compiling against net9.0+/net10.0 reference
// assemblies (the arguments go into an inline array on the stack), so every
// such call of a program lands here. Each one copies the span into an array
// and runs the array overload: one shape of the logic, one behaviour.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace System
{
    public sealed partial class String
    {
        public static string Concat(params ReadOnlySpan<object?> args) => Concat(args.ToArray());
        public static string Concat(params ReadOnlySpan<string?> values) => Concat(values.ToArray());
        public static string Format(string format, params ReadOnlySpan<object?> args) => Format(format, args.ToArray());
        public static string Format(IFormatProvider? provider, string format, params ReadOnlySpan<object?> args) => Format(provider, format, args.ToArray());
        public static string Join(char separator, params ReadOnlySpan<object?> values) => Join(separator, values.ToArray());
        public static string Join(char separator, params ReadOnlySpan<string?> value) => Join(separator, value.ToArray());
        public static string Join(string? separator, params ReadOnlySpan<object?> values) => Join(separator, values.ToArray());
        public static string Join(string? separator, params ReadOnlySpan<string?> value) => Join(separator, value.ToArray());
        public string[] Split(params ReadOnlySpan<char> separator) => SplitChars(separator.ToArray(), int.MaxValue, StringSplitOptions.None);
    }

    public static partial class Console
    {
        public static void Write(string format, params ReadOnlySpan<object?> arg) => Out.Write(format, arg.ToArray());
        public static void WriteLine(string format, params ReadOnlySpan<object?> arg) => Out.WriteLine(format, arg.ToArray());
        public static void Write(ReadOnlySpan<char> value) => Out.Write(value);
        public static void WriteLine(ReadOnlySpan<char> value) => Out.WriteLine(value);
    }

    public abstract partial class Delegate
    {
        public static Delegate? Combine(params ReadOnlySpan<Delegate?> delegates) => Combine(delegates.ToArray());
    }
}

namespace System.IO
{
    public abstract partial class TextWriter
    {
        public virtual void Write(string format, params ReadOnlySpan<object?> arg) => Write(format, arg.ToArray());
        public virtual void WriteLine(string format, params ReadOnlySpan<object?> arg) => WriteLine(format, arg.ToArray());
    }

    public static partial class Path
    {
        public static string Combine(params ReadOnlySpan<string> paths) => Combine(paths.ToArray());
    }
}

namespace System.Text
{
    public sealed partial class StringBuilder
    {
        public StringBuilder AppendFormat(string format, params ReadOnlySpan<object?> args) => AppendFormat(format, args.ToArray());
        public StringBuilder AppendFormat(IFormatProvider? provider, string format, params ReadOnlySpan<object?> args) => AppendFormat(provider, format, args.ToArray());
        public StringBuilder AppendJoin(char separator, params ReadOnlySpan<object?> values) => AppendJoin(separator, values.ToArray());
        public StringBuilder AppendJoin(char separator, params ReadOnlySpan<string?> values) => AppendJoin(separator, values.ToArray());
        public StringBuilder AppendJoin(string? separator, params ReadOnlySpan<object?> values) => AppendJoin(separator, values.ToArray());
        public StringBuilder AppendJoin(string? separator, params ReadOnlySpan<string?> values) => AppendJoin(separator, values.ToArray());
    }
}

namespace System.Threading
{
    public partial class CancellationTokenSource
    {
        public static CancellationTokenSource CreateLinkedTokenSource(params ReadOnlySpan<CancellationToken> tokens) => CreateLinkedTokenSource(tokens.ToArray());
    }
}

namespace System.Threading.Tasks
{
    public partial class Task
    {
        public static void WaitAll(params ReadOnlySpan<Task> tasks) => WaitAll(tasks.ToArray());
        public static Task WhenAll(params ReadOnlySpan<Task> tasks) => WhenAll(tasks.ToArray());
        public static Task<TResult[]> WhenAll<TResult>(params ReadOnlySpan<Task<TResult>> tasks) => WhenAll(tasks.ToArray());
        public static Task<Task> WhenAny(params ReadOnlySpan<Task> tasks) => WhenAny(tasks.ToArray());
        public static Task<Task<TResult>> WhenAny<TResult>(params ReadOnlySpan<Task<TResult>> tasks) => WhenAny(tasks.ToArray());
        public static Task<Task<TResult>> WhenAny<TResult>(Task<TResult> task1, Task<TResult> task2) => WhenAny(new[] { task1, task2 });
    }
}
