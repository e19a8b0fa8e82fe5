// Debug and Trace. Debug.* calls are [Conditional("DEBUG")] and Trace.* are
// [Conditional("TRACE")]: the compiler drops them unless the program defines
// the symbol. When kept, output goes to stderr (.NET's default listener
// writes to the debugger; here stderr is the closest host channel).
namespace System.Diagnostics
{
    public static class Debug
    {
        private static int s_indent;
        public static bool AutoFlush { get { return true; } set { } }
        public static int IndentLevel { get { return s_indent; } set { s_indent = value < 0 ? 0 : value; } }
        public static int IndentSize { get { return 4; } set { } }

        [Conditional("DEBUG")] public static void Assert(bool condition) { if (!condition) Fail(null, null); }
        [Conditional("DEBUG")] public static void Assert(bool condition, string message) { if (!condition) Fail(message, null); }
        [Conditional("DEBUG")] public static void Assert(bool condition, string message, string detailMessage) { if (!condition) Fail(message, detailMessage); }
        [Conditional("DEBUG")] public static void Fail(string message) { Fail(message, null); }
        [Conditional("DEBUG")] public static void Fail(string message, string detailMessage) { TraceOutput.Fail(message, detailMessage); }
        [Conditional("DEBUG")] public static void Write(string message) { TraceOutput.Write(message, false); }
        [Conditional("DEBUG")] public static void Write(object value) { TraceOutput.Write(value == null ? "" : value.ToString(), false); }
        [Conditional("DEBUG")] public static void WriteLine(string message) { TraceOutput.Write(message, true); }
        [Conditional("DEBUG")] public static void WriteLine(object value) { TraceOutput.Write(value == null ? "" : value.ToString(), true); }
        [Conditional("DEBUG")] public static void WriteLine(string format, params object[] args) { TraceOutput.Write(string.Format(format, args), true); }
        [Conditional("DEBUG")] public static void WriteIf(bool condition, string message) { if (condition) TraceOutput.Write(message, false); }
        [Conditional("DEBUG")] public static void WriteLineIf(bool condition, string message) { if (condition) TraceOutput.Write(message, true); }
        [Conditional("DEBUG")] public static void Print(string message) { TraceOutput.Write(message, true); }
        [Conditional("DEBUG")] public static void Indent() { s_indent++; }
        [Conditional("DEBUG")] public static void Unindent() { if (s_indent > 0) s_indent--; }
        [Conditional("DEBUG")] public static void Flush() { }
    }

    public static class Trace
    {
        public static bool AutoFlush { get { return true; } set { } }
        [Conditional("TRACE")] public static void Assert(bool condition) { if (!condition) TraceOutput.Fail(null, null); }
        [Conditional("TRACE")] public static void Assert(bool condition, string message) { if (!condition) TraceOutput.Fail(message, null); }
        [Conditional("TRACE")] public static void Fail(string message) { TraceOutput.Fail(message, null); }
        [Conditional("TRACE")] public static void Write(string message) { TraceOutput.Write(message, false); }
        [Conditional("TRACE")] public static void WriteLine(string message) { TraceOutput.Write(message, true); }
        [Conditional("TRACE")] public static void WriteLine(object value) { TraceOutput.Write(value == null ? "" : value.ToString(), true); }
        [Conditional("TRACE")] public static void WriteIf(bool condition, string message) { if (condition) TraceOutput.Write(message, false); }
        [Conditional("TRACE")] public static void WriteLineIf(bool condition, string message) { if (condition) TraceOutput.Write(message, true); }
        [Conditional("TRACE")] public static void TraceInformation(string message) { TraceOutput.Write(message, true); }
        [Conditional("TRACE")] public static void TraceWarning(string message) { TraceOutput.Write(message, true); }
        [Conditional("TRACE")] public static void TraceError(string message) { TraceOutput.Write(message, true); }
        [Conditional("TRACE")] public static void Flush() { }
    }

    internal static class TraceOutput
    {
        internal static void Write(string message, bool line)
        {
            string pad = Debug.IndentLevel > 0 ? new string(' ', Debug.IndentLevel * 4) : "";
            if (line) Console.Error.WriteLine(pad + message); else Console.Error.Write(pad + message);
        }

        internal static void Fail(string message, string detail)
        {
            string text = "Assertion failed." + (message != null ? " " + message : "") + (detail != null ? " " + detail : "");
            Console.Error.WriteLine(text);
            throw new DebugAssertException(text);
        }
    }

    // .NET fails the process on a failed Debug.Assert; an exception gives the
    // same outcome (unhandled: non-zero exit, message on stderr) and a trace.
    internal sealed class DebugAssertException : Exception
    {
        internal DebugAssertException(string message) : base(message) { }
    }
}
