// .NET 9's `params ReadOnlySpan<T>` overloads of everyday APIs. C# 13 prefers
// them to the params-array forms, so programs built by the .NET 10 SDK call
// these for e.g. Console.WriteLine(format, a, b, c, d) or Task.WhenAll(t1, t2).
// Each forwards to the array overload.
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace System
{
    public static partial class Console
    {
        public static void Write(string format, params ReadOnlySpan<object?> arg) { Write(format, arg.ToArray()); }
        public static void WriteLine(string format, params ReadOnlySpan<object?> arg) { WriteLine(format, arg.ToArray()); }
    }
}

namespace System.IO
{
    public abstract partial class TextWriter
    {
        public virtual void Write(string format, params ReadOnlySpan<object?> arg) { Write(format, arg.ToArray()); }
        public virtual void WriteLine(string format, params ReadOnlySpan<object?> arg) { WriteLine(format, arg.ToArray()); }
    }

    public static partial class Path
    {
        public static string Combine(params ReadOnlySpan<string> paths) { return Combine(paths.ToArray()); }
    }
}

namespace System.Text
{
    public sealed partial class StringBuilder
    {
        public StringBuilder AppendFormat(string format, params ReadOnlySpan<object?> args) { return AppendFormat(format, args.ToArray()); }
        public StringBuilder AppendFormat(IFormatProvider? provider, string format, params ReadOnlySpan<object?> args) { return AppendFormat(provider, format, args.ToArray()); }
        public StringBuilder AppendJoin(string? separator, params ReadOnlySpan<string?> values) { return AppendJoin(separator, values.ToArray()); }
        public StringBuilder AppendJoin(string? separator, params ReadOnlySpan<object?> values) { return AppendJoin(separator, values.ToArray()); }
        public StringBuilder AppendJoin(char separator, params ReadOnlySpan<string?> values) { return AppendJoin(separator, values.ToArray()); }
        public StringBuilder AppendJoin(char separator, params ReadOnlySpan<object?> values) { return AppendJoin(separator, values.ToArray()); }
    }
}

namespace System.Threading
{
    public partial class CancellationTokenSource
    {
        public static CancellationTokenSource CreateLinkedTokenSource(params ReadOnlySpan<CancellationToken> tokens) { return CreateLinkedTokenSource(tokens.ToArray()); }
    }
}

namespace System.Threading.Tasks
{
    public partial class Task
    {
        public static Task WhenAll(params ReadOnlySpan<Task> tasks) { return WhenAll(tasks.ToArray()); }
        public static Task<TResult[]> WhenAll<TResult>(params ReadOnlySpan<Task<TResult>> tasks) { return WhenAll(tasks.ToArray()); }
        public static Task<Task> WhenAny(params ReadOnlySpan<Task> tasks) { return WhenAny(tasks.ToArray()); }
        public static Task<Task<TResult>> WhenAny<TResult>(params ReadOnlySpan<Task<TResult>> tasks) { return WhenAny(tasks.ToArray()); }
        public static Task<Task<TResult>> WhenAny<TResult>(Task<TResult> task1, Task<TResult> task2) { return WhenAny(new Task<TResult>[] { task1, task2 }); }
    }
}
