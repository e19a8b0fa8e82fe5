// System.Console over buffered writers. The host is reached through two
// icalls (runtime/icalls/icall_console.c): InternalWrite (UTF-16 -> UTF-8 to
// fd 1/2) and InternalReadLine (stdin, null at EOF). The runtime calls
// InternalFlush when the program ends.
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;

namespace System
{
    public static partial class Console
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void InternalWrite(int fd, char[] buffer, int count);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string InternalReadLine();

        private static TextWriter s_out, s_error;
        private static ConsoleWriter s_stdout;
        private static TextReader s_in;

        private static ConsoleWriter Stdout
        {
            get
            {
                if (s_stdout == null) s_stdout = new ConsoleWriter(1, false);
                return s_stdout;
            }
        }

        public static TextWriter Out
        {
            get
            {
                TextWriter w = s_out;
                if (w == null) { w = Stdout; s_out = w; }
                return w;
            }
        }

        public static TextWriter Error
        {
            get
            {
                TextWriter w = s_error;
                if (w == null) { w = new ConsoleWriter(2, true); s_error = w; }
                return w;
            }
        }

        public static TextReader In
        {
            get
            {
                if (s_in == null) s_in = new ConsoleReader();
                return s_in;
            }
        }

        // stderr is unbuffered; stdout is flushed first so interleaved output keeps its order.
        internal static void FlushStdoutForStderr()
        {
            if (s_stdout != null) s_stdout.Flush();
        }

        internal static void InternalFlush()
        {
            if (s_out != null) s_out.Flush();
            if (s_stdout != null) s_stdout.Flush();
            if (s_error != null) s_error.Flush();
        }

        public static void SetOut(TextWriter newOut)
        {
            if (newOut == null) throw new ArgumentNullException("newOut");
            if (s_stdout != null) s_stdout.Flush();
            s_out = newOut;
        }

        public static void SetError(TextWriter newError)
        {
            if (newError == null) throw new ArgumentNullException("newError");
            s_error = newError;
        }

        public static void SetIn(TextReader newIn)
        {
            if (newIn == null) throw new ArgumentNullException("newIn");
            s_in = newIn;
        }

        public static Encoding OutputEncoding { get { return Encoding.Default; } set { } }
        public static Encoding InputEncoding { get { return Encoding.Default; } set { } }
        // As .NET on Unix: the colors set are remembered, (ConsoleColor)-1 means
        // "the terminal's default"; a terminal gets the ANSI codes, redirected
        // output nothing.
        private static int s_foreground = -1, s_background = -1;
        public static ConsoleColor ForegroundColor { get { return (ConsoleColor)s_foreground; } set { s_foreground = SetColor(value, 30); } }
        public static ConsoleColor BackgroundColor { get { return (ConsoleColor)s_background; } set { s_background = SetColor(value, 40); } }

        public static void ResetColor()
        {
            s_foreground = s_background = -1;
            if (!IsOutputRedirected) Out.Write("\u001b[39;49m");
        }

        private static int SetColor(ConsoleColor color, int ansiBase)
        {
            int c = (int)color;
            if (c < -1 || c > 15) throw new ArgumentException("The ConsoleColor enum value was not defined on that enum. Please use a defined color from the enum.");
            if (!IsOutputRedirected)
                Out.Write("\u001b[" + (c < 0 ? ansiBase + 9 : ansiBase + (c > 7 ? 60 : 0) + "04261537"[c & 7] - '0') + "m");
            return c;
        }
        public static bool KeyAvailable { get { return false; } }

        public static string ReadLine() { return In.ReadLine(); }
        public static int Read() { return In.Read(); }

        public static void Write(string value) { Out.Write(value); }
        public static void Write(object value) { Out.Write(value); }
        public static void Write(bool value) { Out.Write(value); }
        public static void Write(char value) { Out.Write(value); }
        public static void Write(char[] buffer) { Out.Write(buffer); }
        public static void Write(char[] buffer, int index, int count) { Out.Write(buffer, index, count); }
        public static void Write(int value) { Out.Write(value); }
        public static void Write(uint value) { Out.Write(value); }
        public static void Write(long value) { Out.Write(value); }
        public static void Write(ulong value) { Out.Write(value); }
        public static void Write(float value) { Out.Write(value); }
        public static void Write(double value) { Out.Write(value); }
        public static void Write(decimal value) { Out.Write(value); }
        public static void Write(string format, object arg0) { Out.Write(format, arg0); }
        public static void Write(string format, object arg0, object arg1) { Out.Write(format, arg0, arg1); }
        public static void Write(string format, object arg0, object arg1, object arg2) { Out.Write(format, arg0, arg1, arg2); }
        public static void Write(string format, object arg0, object arg1, object arg2, object arg3) { Out.Write(format, new object[] { arg0, arg1, arg2, arg3 }); }
        public static void Write(string format, params object[] arg)
        {
            if (arg == null) Out.Write(format, null, null);
            else Out.Write(format, arg);
        }

        public static void WriteLine() { Out.WriteLine(); }
        public static void WriteLine(string value) { Out.WriteLine(value); }
        public static void WriteLine(object value) { Out.WriteLine(value); }
        public static void WriteLine(bool value) { Out.WriteLine(value); }
        public static void WriteLine(char value) { Out.WriteLine(value); }
        public static void WriteLine(char[] buffer) { Out.WriteLine(buffer); }
        public static void WriteLine(char[] buffer, int index, int count) { Out.WriteLine(buffer, index, count); }
        public static void WriteLine(int value) { Out.WriteLine(value); }
        public static void WriteLine(uint value) { Out.WriteLine(value); }
        public static void WriteLine(long value) { Out.WriteLine(value); }
        public static void WriteLine(ulong value) { Out.WriteLine(value); }
        public static void WriteLine(float value) { Out.WriteLine(value); }
        public static void WriteLine(double value) { Out.WriteLine(value); }
        public static void WriteLine(decimal value) { Out.WriteLine(value); }
        public static void WriteLine(string format, object arg0) { Out.WriteLine(format, arg0); }
        public static void WriteLine(string format, object arg0, object arg1) { Out.WriteLine(format, arg0, arg1); }
        public static void WriteLine(string format, object arg0, object arg1, object arg2) { Out.WriteLine(format, arg0, arg1, arg2); }
        public static void WriteLine(string format, object arg0, object arg1, object arg2, object arg3) { Out.WriteLine(format, new object[] { arg0, arg1, arg2, arg3 }); }
        public static void WriteLine(string format, params object[] arg)
        {
            if (arg == null) Out.WriteLine(format, null, null);
            else Out.WriteLine(format, arg);
        }
    }

    public enum ConsoleColor
    {
        Black = 0, DarkBlue = 1, DarkGreen = 2, DarkCyan = 3, DarkRed = 4, DarkMagenta = 5, DarkYellow = 6, Gray = 7,
        DarkGray = 8, Blue = 9, Green = 10, Cyan = 11, Red = 12, Magenta = 13, Yellow = 14, White = 15
    }
}
