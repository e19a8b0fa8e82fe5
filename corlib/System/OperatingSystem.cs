// OperatingSystem: Environment.OSVersion, and the platform checks libraries
// guard platform-specific code with. Both answer from the same facts as
// RuntimeInformation: the build's OS (wasm is "Browser", as on .NET's wasm
// runtime) and, natively, the kernel release uname reports.
using System.Runtime.InteropServices;

namespace System
{
    public sealed class OperatingSystem : ICloneable, Runtime.Serialization.ISerializable
    {
        private readonly PlatformID _platform;
        private readonly Version _version;
        private readonly string _servicePack;
        private string _versionString;

        public OperatingSystem(PlatformID platform, Version version) : this(platform, version, null) { }

        internal OperatingSystem(PlatformID platform, Version version, string servicePack)
        {
            if (platform < PlatformID.Win32S || platform > PlatformID.Other)
                throw new ArgumentOutOfRangeException("platform", platform, "Illegal enum value: " + (int)platform + ".");
            if (version == null) throw new ArgumentNullException("version");
            _platform = platform;
            _version = version;
            _servicePack = servicePack;
        }

        // Environment.OSVersion: Unix with the kernel's release as numbers ("6.1.0-18-amd64" is 6.1.0.18).
        internal static OperatingSystem FromDescription()
        {
            string description = RuntimeInformation.OSDescription;
            int[] parts = new int[4];
            int count = 0, i = description.IndexOf(' ');
            while (i >= 0 && i < description.Length && count < 4)
            {
                while (i < description.Length && !char.IsAsciiDigit(description[i]))
                {
                    if (description[i] == ' ' && count > 0) { i = description.Length; break; }
                    i++;
                }
                int value = 0, start = i;
                while (i < description.Length && char.IsAsciiDigit(description[i]) && value < 100000000) value = value * 10 + (description[i++] - '0');
                if (i > start) parts[count++] = value;
            }
            Version version = count switch
            {
                0 or 1 => new Version(parts[0], 0),
                2 => new Version(parts[0], parts[1]),
                3 => new Version(parts[0], parts[1], parts[2]),
                _ => new Version(parts[0], parts[1], parts[2], parts[3]),
            };
            return new OperatingSystem(PlatformID.Unix, version);
        }

        public PlatformID Platform { get { return _platform; } }
        public Version Version { get { return _version; } }
        public string ServicePack { get { return _servicePack ?? string.Empty; } }

        public string VersionString
        {
            get
            {
                if (_versionString != null) return _versionString;
                string os;
                switch (_platform)
                {
                    case PlatformID.Win32S: os = "Microsoft Win32S "; break;
                    case PlatformID.Win32Windows:
                        os = _version.Major > 4 || (_version.Major == 4 && _version.Minor > 0) ? "Microsoft Windows 98 " : "Microsoft Windows 95 ";
                        break;
                    case PlatformID.Win32NT: os = "Microsoft Windows NT "; break;
                    case PlatformID.WinCE: os = "Microsoft Windows CE "; break;
                    case PlatformID.Unix: os = "Unix "; break;
                    case PlatformID.Xbox: os = "Xbox "; break;
                    case PlatformID.MacOSX: os = "Mac OS X "; break;
                    default: os = "Other "; break;
                }
                string text = os + _version.ToString();
                if (!string.IsNullOrEmpty(_servicePack)) text += " " + _servicePack;
                return _versionString = text;
            }
        }

        public object Clone() { return new OperatingSystem(_platform, _version, _servicePack); }
        public override string ToString() { return VersionString; }

        public void GetObjectData(Runtime.Serialization.SerializationInfo info, Runtime.Serialization.StreamingContext context)
        {
            throw new PlatformNotSupportedException();
        }

        public static bool IsOSPlatform(string platform)
        {
            if (platform == null) throw new ArgumentNullException("platform");
            if (IsBrowser()) return platform.Equals("BROWSER", StringComparison.OrdinalIgnoreCase);
            if (IsLinux()) return platform.Equals("LINUX", StringComparison.OrdinalIgnoreCase);
            if (IsFreeBSD()) return platform.Equals("FREEBSD", StringComparison.OrdinalIgnoreCase);
            if (IsMacOS()) return platform.Equals("OSX", StringComparison.OrdinalIgnoreCase) || platform.Equals("MACOS", StringComparison.OrdinalIgnoreCase);
            if (IsWindows()) return platform.Equals("WINDOWS", StringComparison.OrdinalIgnoreCase);
            return false;
        }

        public static bool IsOSPlatformVersionAtLeast(string platform, int major, int minor = 0, int build = 0, int revision = 0)
        {
            return IsOSPlatform(platform) && VersionAtLeast(major, minor, build, revision);
        }

        private static bool VersionAtLeast(int major, int minor, int build, int revision)
        {
            Version v = Environment.OSVersion.Version;
            if (v.Major != major) return v.Major > major;
            if (v.Minor != minor) return v.Minor > minor;
            if (v.Build != build) return v.Build > build;
            return v.Revision >= revision;   // a missing part (-1) counts as lower, as on .NET
        }

        public static bool IsBrowser() { return RuntimeInformation.IsOSPlatform(OSPlatform.Create("BROWSER")); }
        public static bool IsWasi() { return false; }
        public static bool IsLinux() { return RuntimeInformation.IsOSPlatform(OSPlatform.Linux); }
        public static bool IsFreeBSD() { return RuntimeInformation.IsOSPlatform(OSPlatform.FreeBSD); }
        public static bool IsFreeBSDVersionAtLeast(int major, int minor = 0, int build = 0, int revision = 0) { return IsFreeBSD() && VersionAtLeast(major, minor, build, revision); }
        public static bool IsAndroid() { return false; }
        public static bool IsAndroidVersionAtLeast(int major, int minor = 0, int build = 0, int revision = 0) { return false; }
        public static bool IsIOS() { return false; }
        public static bool IsIOSVersionAtLeast(int major, int minor = 0, int build = 0) { return false; }
        public static bool IsMacOS() { return RuntimeInformation.IsOSPlatform(OSPlatform.OSX); }
        public static bool IsMacOSVersionAtLeast(int major, int minor = 0, int build = 0) { return IsMacOS() && VersionAtLeast(major, minor, build, 0); }
        public static bool IsMacCatalyst() { return false; }
        public static bool IsMacCatalystVersionAtLeast(int major, int minor = 0, int build = 0) { return false; }
        public static bool IsTvOS() { return false; }
        public static bool IsTvOSVersionAtLeast(int major, int minor = 0, int build = 0) { return false; }
        public static bool IsWatchOS() { return false; }
        public static bool IsWatchOSVersionAtLeast(int major, int minor = 0, int build = 0) { return false; }
        public static bool IsWindows() { return RuntimeInformation.IsOSPlatform(OSPlatform.Windows); }
        public static bool IsWindowsVersionAtLeast(int major, int minor = 0, int build = 0, int revision = 0) { return IsWindows() && VersionAtLeast(major, minor, build, revision); }
    }
}
