// `params ReadOnlySpan<T>` overloads (.NET 9+) not in ParamsSpanOverloads.cs /
// String.ParamsSpans.cs, and Console's char-span writes. Each copies the span
// into an array and runs the array overload.
using System.Threading.Tasks;

namespace System
{
    public sealed partial class String
    {
        public string[] Split(params ReadOnlySpan<char> separator) => SplitChars(separator.ToArray(), int.MaxValue, StringSplitOptions.None);
    }

    public static partial class Console
    {
        public static void Write(ReadOnlySpan<char> value) => Out.Write(value);
        public static void WriteLine(ReadOnlySpan<char> value) => Out.WriteLine(value);
    }

    public abstract partial class Delegate
    {
        public static Delegate? Combine(params ReadOnlySpan<Delegate?> delegates) => Combine(delegates.ToArray());
    }
}

namespace System.Threading.Tasks
{
    public partial class Task
    {
        public static void WaitAll(params ReadOnlySpan<Task> tasks) => WaitAll(tasks.ToArray());
    }
}
