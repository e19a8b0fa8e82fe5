// RuntimeInformation: what runs the program. Architecture and OS come from
// how the runtime was built (icall_platform.c): Wasm + "Browser" under
// Emscripten, the host's processor and uname natively. FrameworkDescription
// names Cilantro honestly, with the API level it implements.
using System.Runtime.CompilerServices;

namespace System.Runtime.InteropServices
{
    public enum Architecture { X86 = 0, X64 = 1, Arm = 2, Arm64 = 3, Wasm = 4, S390x = 5, LoongArch64 = 6, Armv6 = 7, Ppc64le = 8, RiscV64 = 9 }

    public readonly struct OSPlatform : IEquatable<OSPlatform>
    {
        private readonly string _name;

        private OSPlatform(string name) { _name = name; }

        public static OSPlatform FreeBSD { get { return new OSPlatform("FREEBSD"); } }
        public static OSPlatform Linux { get { return new OSPlatform("LINUX"); } }
        public static OSPlatform OSX { get { return new OSPlatform("OSX"); } }
        public static OSPlatform Windows { get { return new OSPlatform("WINDOWS"); } }

        public static OSPlatform Create(string osPlatform)
        {
            if (osPlatform == null) throw new ArgumentNullException("osPlatform");
            if (osPlatform.Length == 0) throw new ArgumentException("Value cannot be empty.", "osPlatform");
            return new OSPlatform(osPlatform);
        }

        public bool Equals(OSPlatform other) { return string.Equals(_name, other._name, StringComparison.OrdinalIgnoreCase); }
        public override bool Equals(object obj) { return obj is OSPlatform && Equals((OSPlatform)obj); }
        public override int GetHashCode() { return _name == null ? 0 : _name.ToUpperInvariant().GetHashCode(); }
        public override string ToString() { return _name ?? string.Empty; }
        public static bool operator ==(OSPlatform left, OSPlatform right) { return left.Equals(right); }
        public static bool operator !=(OSPlatform left, OSPlatform right) { return !left.Equals(right); }
    }

    public static class RuntimeInformation
    {
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int InternalPlatform();
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string InternalOSDescription();

        private const int OsLinux = 1, OsOSX = 2, OsWindows = 3, OsBrowser = 4, OsFreeBSD = 5;

        private static int Os { get { return InternalPlatform() >> 8 & 0xFF; } }

        public static string FrameworkDescription { get { return "Cilantro (.NET 10.0 API)"; } }
        public static string OSDescription { get { return InternalOSDescription(); } }

        public static Architecture ProcessArchitecture
        {
            get
            {
                int a = InternalPlatform() & 0xFF;
                return a == 0xFF ? (IntPtr.Size == 8 ? Architecture.X64 : Architecture.X86) : (Architecture)a;
            }
        }

        public static Architecture OSArchitecture { get { return ProcessArchitecture; } }

        public static string RuntimeIdentifier
        {
            get
            {
                string arch;
                switch (ProcessArchitecture)
                {
                    case Architecture.X86: arch = "x86"; break;
                    case Architecture.X64: arch = "x64"; break;
                    case Architecture.Arm: arch = "arm"; break;
                    case Architecture.Arm64: arch = "arm64"; break;
                    case Architecture.Wasm: arch = "wasm"; break;
                    default: arch = ProcessArchitecture.ToString().ToLowerInvariant(); break;
                }
                switch (Os)
                {
                    case OsLinux: return "linux-" + arch;
                    case OsOSX: return "osx-" + arch;
                    case OsWindows: return "win-" + arch;
                    case OsBrowser: return "browser-" + arch;
                    case OsFreeBSD: return "freebsd-" + arch;
                }
                return "unix-" + arch;
            }
        }

        public static bool IsOSPlatform(OSPlatform osPlatform)
        {
            switch (Os)
            {
                case OsLinux: return osPlatform == OSPlatform.Linux;
                case OsOSX: return osPlatform == OSPlatform.OSX;
                case OsWindows: return osPlatform == OSPlatform.Windows;
                case OsFreeBSD: return osPlatform == OSPlatform.FreeBSD;
                case OsBrowser: return osPlatform == OSPlatform.Create("BROWSER");
            }
            return false;
        }
    }
}
