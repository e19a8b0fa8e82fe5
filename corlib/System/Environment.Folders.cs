// Environment.GetFolderPath with .NET's Unix answers (HOME and the XDG base
// directories), plus the target-taking environment overloads: on Unix the
// User and Machine stores do not exist, so they read empty and ignore writes.
using System.Collections;
using System.IO;

namespace System
{
    public static partial class Environment
    {
        public enum SpecialFolder
        {
            Desktop = 0, Programs = 2, MyDocuments = 5, Personal = 5, Favorites = 6, Startup = 7, Recent = 8,
            SendTo = 9, StartMenu = 11, MyMusic = 13, MyVideos = 14, DesktopDirectory = 16, MyComputer = 17,
            NetworkShortcuts = 19, Fonts = 20, Templates = 21, CommonStartMenu = 22, CommonPrograms = 23,
            CommonStartup = 24, CommonDesktopDirectory = 25, ApplicationData = 26, PrinterShortcuts = 27,
            LocalApplicationData = 28, InternetCache = 32, Cookies = 33, History = 34, CommonApplicationData = 35,
            Windows = 36, System = 37, ProgramFiles = 38, MyPictures = 39, UserProfile = 40, SystemX86 = 41,
            ProgramFilesX86 = 42, CommonProgramFiles = 43, CommonProgramFilesX86 = 44, CommonTemplates = 45,
            CommonDocuments = 46, CommonAdminTools = 47, AdminTools = 48, CommonMusic = 53, CommonPictures = 54,
            CommonVideos = 55, Resources = 56, LocalizedResources = 57, CommonOemLinks = 58, CDBurning = 59,
        }

        public enum SpecialFolderOption { None = 0, DoNotVerify = 0x4000, Create = 0x8000 }

        public static string GetFolderPath(SpecialFolder folder) { return GetFolderPath(folder, SpecialFolderOption.None); }

        public static string GetFolderPath(SpecialFolder folder, SpecialFolderOption option)
        {
            if (!Enum.IsDefined(typeof(SpecialFolder), folder))
                throw new ArgumentOutOfRangeException("folder", folder, "Illegal enum value: " + (int)folder + ".");
            if (option != SpecialFolderOption.None && option != SpecialFolderOption.DoNotVerify && option != SpecialFolderOption.Create)
                throw new ArgumentOutOfRangeException("option", option, "Illegal enum value: " + (int)option + ".");
            string path = UnixFolder(folder);
            if (string.IsNullOrEmpty(path)) return string.Empty;
            if (option == SpecialFolderOption.Create) Directory.CreateDirectory(path);
            else if (option == SpecialFolderOption.None && !Directory.Exists(path)) return string.Empty;
            return path;
        }

        static string Home()
        {
            string home = GetEnvironmentVariable("HOME");
            return string.IsNullOrEmpty(home) ? "/" : home;
        }

        static string XdgBase(string variable, string fallback)
        {
            string dir = GetEnvironmentVariable(variable);
            return dir != null && dir.StartsWith("/") ? dir : Path.Combine(Home(), fallback);
        }

        static string UnixFolder(SpecialFolder folder)
        {
            switch (folder)
            {
                case SpecialFolder.CommonApplicationData: return "/usr/share";
                case SpecialFolder.CommonTemplates: return "/usr/share/templates";
                case SpecialFolder.UserProfile:
                case SpecialFolder.MyDocuments: return Home();
                case SpecialFolder.ApplicationData: return XdgBase("XDG_CONFIG_HOME", ".config");
                case SpecialFolder.LocalApplicationData: return XdgBase("XDG_DATA_HOME", ".local/share");
                case SpecialFolder.Desktop:
                case SpecialFolder.DesktopDirectory: return XdgUserDir("XDG_DESKTOP_DIR", "Desktop");
                case SpecialFolder.Templates: return XdgUserDir("XDG_TEMPLATES_DIR", "Templates");
                case SpecialFolder.MyVideos: return XdgUserDir("XDG_VIDEOS_DIR", "Videos");
                case SpecialFolder.MyMusic: return XdgUserDir("XDG_MUSIC_DIR", "Music");
                case SpecialFolder.MyPictures: return XdgUserDir("XDG_PICTURES_DIR", "Pictures");
                case SpecialFolder.Fonts: return Path.Combine(Home(), ".fonts");
                default: return string.Empty;
            }
        }

        // user-dirs.dirs lines look like XDG_DESKTOP_DIR="$HOME/Desktop".
        static string XdgUserDir(string key, string fallback)
        {
            string home = Home();
            string file = Path.Combine(XdgBase("XDG_CONFIG_HOME", ".config"), "user-dirs.dirs");
            try
            {
                if (File.Exists(file))
                    foreach (string raw in File.ReadAllLines(file))
                    {
                        string line = raw.Trim();
                        if (!line.StartsWith(key + "=")) continue;
                        string value = line.Substring(key.Length + 1).Trim('"');
                        if (value.StartsWith("$HOME/")) return Path.Combine(home, value.Substring(6));
                        if (value.StartsWith("/")) return value;
                    }
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
            return Path.Combine(home, fallback);
        }

        public static IDictionary GetEnvironmentVariables(EnvironmentVariableTarget target)
        {
            CheckTarget(target);
            return target == EnvironmentVariableTarget.Process ? GetEnvironmentVariables() : new Hashtable();
        }

        public static void SetEnvironmentVariable(string variable, string value, EnvironmentVariableTarget target)
        {
            CheckTarget(target);
            if (target == EnvironmentVariableTarget.Process) { SetEnvironmentVariable(variable, value); return; }
            if (variable == null) throw new ArgumentNullException("variable");
            if (variable.Length == 0) throw new ArgumentException("The value cannot be an empty string.", "variable");
            if (variable.IndexOf('=') >= 0) throw new ArgumentException("Environment variable name cannot contain equal character.", "variable");
        }

        static void CheckTarget(EnvironmentVariableTarget target)
        {
            if (target != EnvironmentVariableTarget.Process && target != EnvironmentVariableTarget.User && target != EnvironmentVariableTarget.Machine)
                throw new ArgumentOutOfRangeException("target", target, "Illegal enum value: " + (int)target + ".");
        }

        public static string SystemDirectory { get { return string.Empty; } }
        public static string UserDomainName { get { return MachineName; } }
        public static bool UserInteractive { get { return true; } }
    }
}
