using System.Runtime.CompilerServices;

namespace System
{
    public static partial class Environment
    {
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int InternalTickCount();
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern long InternalTickCount64();
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string[] InternalGetCommandLineArgs();
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string InternalGetEnvironmentVariable(string variable);
        // runtime-provided
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern void Exit(int exitCode);

        private static int s_exitCode;

        public static string NewLine { get { return "\n"; } }
        public static int TickCount { get { return InternalTickCount(); } }
        public static long TickCount64 { get { return InternalTickCount64(); } }
        public static int ProcessorCount { get { return 1; } }
        public static bool Is64BitProcess { get { return IntPtr.Size == 8; } }
        public static bool Is64BitOperatingSystem { get { return IntPtr.Size == 8; } }
        public static int CurrentManagedThreadId { get { return System.Threading.Thread.CurrentThread.ManagedThreadId; } }
        public static bool HasShutdownStarted { get { return false; } }
        public static string MachineName { get { return "cilantro"; } }
        public static string UserName { get { return "cilantro"; } }
        public static string CurrentDirectory { get { return "/"; } set { } }
        public static int SystemPageSize { get { return 4096; } }
        public static string StackTrace { get { return string.Empty; } }
        public static Version Version { get { return new Version(6, 0, 0, 0); } }
        public static OperatingSystem OSVersion { get { return new OperatingSystem(PlatformID.Unix, new Version(1, 0)); } }

        public static int ExitCode { get { return s_exitCode; } set { s_exitCode = value; } }

        public static string[] GetCommandLineArgs() { return InternalGetCommandLineArgs(); }

        public static string CommandLine { get { return string.Join(" ", InternalGetCommandLineArgs()); } }

        public static string GetEnvironmentVariable(string variable)
        {
            if (variable == null) throw new ArgumentNullException("variable");
            return InternalGetEnvironmentVariable(variable);
        }

        public static string GetEnvironmentVariable(string variable, EnvironmentVariableTarget target) { return GetEnvironmentVariable(variable); }

        public static System.Collections.IDictionary GetEnvironmentVariables() { return new System.Collections.Hashtable(); }

        public static void SetEnvironmentVariable(string variable, string value) { throw new PlatformNotSupportedException(); }

        public static string ExpandEnvironmentVariables(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            return name;
        }

        public static void FailFast(string message)
        {
            Console.Error.WriteLine("Process terminated. " + message);
            Exit(134);
        }

        public static void FailFast(string message, Exception exception) { FailFast(message); }
    }

    public enum PlatformID { Win32S = 0, Win32Windows = 1, Win32NT = 2, WinCE = 3, Unix = 4, Xbox = 5, MacOSX = 6, Other = 7 }

    public sealed class OperatingSystem
    {
        private PlatformID _platform;
        private Version _version;
        public OperatingSystem(PlatformID platform, Version version) { _platform = platform; _version = version; }
        public PlatformID Platform { get { return _platform; } }
        public Version Version { get { return _version; } }
        public string VersionString { get { return "Unix " + _version; } }
        public override string ToString() { return VersionString; }
        public static bool IsBrowser() { return true; }
        public static bool IsLinux() { return false; }
        public static bool IsWindows() { return false; }
        public static bool IsMacOS() { return false; }
    }
}
