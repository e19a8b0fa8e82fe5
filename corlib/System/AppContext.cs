// AppContext: switches and data that libraries read to pick behaviour
// (System.Text.Json, Microsoft.Extensions.*, globalization). Values come from
// the app's <name>.runtimeconfig.json (its "configProperties", as strings, as
// on .NET; read once, from beside the entry assembly), SetSwitch and SetData.
using System.Collections.Generic;

namespace System
{
    public static class AppContext
    {
        private static readonly Dictionary<string, bool> s_switches = new Dictionary<string, bool>();
        private static readonly Dictionary<string, object> s_data = new Dictionary<string, object>();
        // whether the entry assembly had a runtimeconfig.json (SDK builds do)
        internal static bool RuntimeConfigFound;
        private static string s_baseDirectory;

        // set when the static constructor is done: a culture comparison made while it
        // reads the runtimeconfig must not settle the globalization mode early
        internal static bool ConfigLoaded;

        static AppContext()
        {
            try { LoadRuntimeConfig(); }
            finally { ConfigLoaded = true; }
        }

        private static void LoadRuntimeConfig()
        {
            string entry = null;
            try { entry = System.Reflection.Assembly.GetEntryAssembly()?.Location; }
            catch (Exception) { }
            if (string.IsNullOrEmpty(entry)) return;
            string dir = System.IO.Path.GetDirectoryName(entry);
            s_baseDirectory = dir.EndsWith('/') ? dir : dir + "/";
            string config = System.IO.Path.ChangeExtension(entry, null) + ".runtimeconfig.json";
            try
            {
                if (!System.IO.File.Exists(config)) return;
                RuntimeConfigReader.AddProperties(System.IO.File.ReadAllText(config), s_data);
                RuntimeConfigFound = true;
            }
            catch (Exception) { }
        }

        // The entry assembly's folder, with a trailing separator; the current
        // directory when the app did not come from a file (a page, bytes).
        public static string BaseDirectory
        {
            get
            {
                object d = GetData("APP_CONTEXT_BASE_DIRECTORY");
                if (d is string s) return s;
                if (s_baseDirectory != null) return s_baseDirectory;
                string dir = System.IO.Directory.GetCurrentDirectory();
                return dir.EndsWith('/') ? dir : dir + "/";
            }
        }
        public static string TargetFrameworkName { get { return ".NETCoreApp,Version=v10.0"; } }

        public static object GetData(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            lock (s_data) { object v; return s_data.TryGetValue(name, out v) ? v : null; }
        }
        public static void SetData(string name, object data)
        {
            if (name == null) throw new ArgumentNullException("name");
            lock (s_data) s_data[name] = data;
        }
        public static bool TryGetSwitch(string switchName, out bool isEnabled)
        {
            if (switchName == null) throw new ArgumentNullException("switchName");
            if (switchName.Length == 0) throw new ArgumentException("The value cannot be an empty string.", "switchName");
            lock (s_switches) { if (s_switches.TryGetValue(switchName, out isEnabled)) return true; }
            object d = GetData(switchName);
            if (d is string s && bool.TryParse(s, out isEnabled)) return true;
            if (d is bool b) { isEnabled = b; return true; }
            isEnabled = false;
            return false;
        }
        public static void SetSwitch(string switchName, bool isEnabled)
        {
            if (switchName == null) throw new ArgumentNullException("switchName");
            if (switchName.Length == 0) throw new ArgumentException("The value cannot be an empty string.", "switchName");
            lock (s_switches) s_switches[switchName] = isEnabled;
        }
    }
}
