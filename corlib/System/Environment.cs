using System.Runtime.CompilerServices;

namespace System
{
    public static partial class Environment
    {
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int InternalTickCount();
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern long InternalTickCount64();
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string[] InternalGetCommandLineArgs();
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string InternalGetEnvironmentVariable(string variable);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string[] InternalGetEnvironmentBlock();
        // what the OS knows (icall_env.c): null when it does not say
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string InternalHostFact(int what);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int InternalProcessId();
        private const int HostMachineName = 0, HostUserName = 1, HostProcessPath = 2;
        // runtime-provided
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern void Exit(int exitCode);

        private static int s_exitCode;

        public static string NewLine { get { return "\n"; } }
        public static int TickCount { get { return InternalTickCount(); } }
        public static long TickCount64 { get { return InternalTickCount64(); } }
        // Managed threads run one at a time on the host's thread (docs/threading.md), as on .NET's wasm runtime.
        public static int ProcessorCount { get { return 1; } }
        public static bool Is64BitProcess { get { return IntPtr.Size == 8; } }
        public static bool Is64BitOperatingSystem { get { return IntPtr.Size == 8; } }
        public static int CurrentManagedThreadId { get { return System.Threading.Thread.CurrentThread.ManagedThreadId; } }
        public static bool HasShutdownStarted { get { return false; } }
        public static string MachineName { get { return InternalHostFact(HostMachineName) ?? "localhost"; } }
        public static string UserName { get { return InternalHostFact(HostUserName) ?? GetEnvironmentVariable("USER") ?? "Browser"; } }
        public static string ProcessPath { get { return InternalHostFact(HostProcessPath); } }
        public static int ProcessId { get { return InternalProcessId(); } }
        public static bool IsPrivilegedProcess { get { return UserName == "root"; } }
        public static string CurrentDirectory
        {
            get { return System.IO.Directory.GetCurrentDirectory(); }
            set { System.IO.Directory.SetCurrentDirectory(value); }
        }
        public static int SystemPageSize { get { return 4096; } }
        public static string StackTrace { get { return new System.Diagnostics.StackTrace(true).ToString(false); } }
        public static Version Version { get { return new Version(10, 0, 0); } }
        public static OperatingSystem OSVersion { get { return s_osVersion ?? (s_osVersion = OperatingSystem.FromDescription()); } }
        private static OperatingSystem s_osVersion;

        public static int ExitCode { get { return s_exitCode; } set { s_exitCode = value; } }

        public static string[] GetCommandLineArgs() { return InternalGetCommandLineArgs(); }

        // As .NET joins them on Unix: an argument with white space or quotes is quoted, its quotes escaped.
        public static string CommandLine
        {
            get
            {
                var sb = new System.Text.StringBuilder();
                foreach (string arg in InternalGetCommandLineArgs())
                {
                    if (sb.Length > 0) sb.Append(' ');
                    AppendQuotedArgument(sb, arg);
                }
                return sb.ToString();
            }
        }

        private static void AppendQuotedArgument(System.Text.StringBuilder sb, string arg)
        {
            bool plain = arg.Length > 0;
            foreach (char c in arg)
                if (char.IsWhiteSpace(c) || c == '"') { plain = false; break; }
            if (plain) { sb.Append(arg); return; }
            sb.Append('"');
            int backslashes = 0;
            foreach (char c in arg)
            {
                if (c == '\\') { backslashes++; continue; }
                // backslashes before a quote (or the closing quote) are doubled
                sb.Append('\\', c == '"' ? backslashes * 2 + 1 : backslashes);
                backslashes = 0;
                sb.Append(c);
            }
            sb.Append('\\', backslashes * 2);
            sb.Append('"');
        }

        public static void FailFast(string message)
        {
            Console.Error.WriteLine("Process terminated. " + message);
            Exit(134);
        }

        public static void FailFast(string message, Exception exception) { FailFast(message); }
    }

    public enum PlatformID { Win32S = 0, Win32Windows = 1, Win32NT = 2, WinCE = 3, Unix = 4, Xbox = 5, MacOSX = 6, Other = 7 }

}
