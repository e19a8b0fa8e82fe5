// System.IO.Path: string operations on '/'-separated paths (browser and Node
// both use them); nothing here touches a file system.
namespace System.IO
{
    public static partial class Path
    {
        public static readonly char DirectorySeparatorChar = '/';
        public static readonly char AltDirectorySeparatorChar = '/';
        public static readonly char VolumeSeparatorChar = '/';
        public static readonly char PathSeparator = ':';
        [Obsolete("Path.InvalidPathChars has been deprecated. Use GetInvalidPathChars or GetInvalidFileNameChars instead.")]
        public static readonly char[] InvalidPathChars = { '\0' };
        private static readonly char[] InvalidFileNameChars = { '\0', '/' };

        public static char[] GetInvalidPathChars() { return new char[] { '\0' }; }

        private static readonly Random s_random = new Random();

        // eight characters, a dot, three characters, from a-z and 0-5 (as .NET)
        public static string GetRandomFileName()
        {
            const string chars = "abcdefghijklmnopqrstuvwxyz012345";
            char[] c = new char[12];
            for (int i = 0; i < 12; i++) c[i] = chars[s_random.Next(32)];
            c[8] = '.';
            return new string(c);
        }

        // creates an empty file "tmpXXXXXX.tmp" in the temp directory
        public static string GetTempFileName()
        {
            const string chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
            string dir = GetTempPath();
            for (int attempt = 0; attempt < 100; attempt++)
            {
                char[] c = new char[6];
                for (int i = 0; i < 6; i++) c[i] = chars[s_random.Next(chars.Length)];
                string path = GetFullPath(dir + "tmp" + new string(c) + ".tmp");
                int fd = FileSystem.Open(path, FileSystem.ReadFlag | FileSystem.WriteFlag | FileSystem.CreateFlag | FileSystem.ExclFlag, 384);
                if (fd >= 0) { FileSystem.Close(fd); return path; }
                if (fd != -FileSystem.EEXIST) throw FileSystem.GetException(fd, path, false);
            }
            throw new IOException("The file '" + dir + "tmpXXXXXX.tmp' already exists.");
        }
        public static char[] GetInvalidFileNameChars() { return (char[])InvalidFileNameChars.Clone(); }

        public static string Combine(string path1, string path2)
        {
            if (path1 == null) throw new ArgumentNullException("path1");
            if (path2 == null) throw new ArgumentNullException("path2");
            if (path2.Length == 0) return path1;
            if (path1.Length == 0 || IsPathRooted(path2)) return path2;
            return path1[path1.Length - 1] == '/' ? path1 + path2 : path1 + "/" + path2;
        }
        public static string Combine(string path1, string path2, string path3) { return Combine(Combine(path1, path2), path3); }
        public static string Combine(string path1, string path2, string path3, string path4) { return Combine(Combine(path1, path2, path3), path4); }
        public static string Combine(params string[] paths)
        {
            if (paths == null) throw new ArgumentNullException("paths");
            string r = "";
            foreach (string p in paths) r = Combine(r, p);
            return r;
        }

        public static bool IsPathRooted(string path) { return path != null && path.Length > 0 && path[0] == '/'; }
        public static string GetPathRoot(string path) { return path == null ? null : IsPathRooted(path) ? "/" : ""; }

        public static string GetFileName(string path)
        {
            if (path == null) return null;
            int i = path.LastIndexOf('/');
            return i < 0 ? path : path.Substring(i + 1);
        }
        public static string GetDirectoryName(string path)
        {
            if (path == null || path.Length == 0) return null;
            int i = path.LastIndexOf('/');
            if (i < 0) return "";
            if (i == 0) return path.Length == 1 ? null : "/";
            return path.Substring(0, i);
        }
        public static string GetExtension(string path)
        {
            if (path == null) return null;
            string name = GetFileName(path);
            int i = name.LastIndexOf('.');
            return i <= 0 && !(i == 0 && name.Length > 1) ? "" : (i == name.Length - 1 ? "" : name.Substring(i));
        }
        public static bool HasExtension(string path) { return GetExtension(path).Length > 0; }
        public static string GetFileNameWithoutExtension(string path)
        {
            if (path == null) return null;
            string name = GetFileName(path);
            int i = name.LastIndexOf('.');
            return i < 0 ? name : name.Substring(0, i);
        }
        public static string ChangeExtension(string path, string extension)
        {
            if (path == null) return null;
            string name = GetFileName(path);
            int dot = name.LastIndexOf('.');
            string stem = dot < 0 ? path : path.Substring(0, path.Length - name.Length + dot);
            if (extension == null) return stem;
            if (extension.Length == 0) return stem + ".";
            return extension[0] == '.' ? stem + extension : stem + "." + extension;
        }
        public static string GetFullPath(string path)
        {
            if (path == null) throw new ArgumentNullException("path");
            if (path.Length == 0) throw new ArgumentException("The value cannot be an empty string.", "path");
            if (path.IndexOf('\0') >= 0) throw new ArgumentException("Null character in path.", "path");
            string abs = IsPathRooted(path) ? path : FileSystem.GetCwd() + "/" + path;
            bool trailing = path[path.Length - 1] == '/';
            var parts = new System.Collections.Generic.List<string>();
            foreach (string p in abs.Split('/'))
            {
                if (p.Length == 0 || p == ".") continue;
                if (p == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); continue; }
                parts.Add(p);
            }
            string r = "/" + string.Join("/", parts);
            return trailing && r.Length > 1 ? r + "/" : r;
        }
        public static string GetTempPath()
        {
            string t = Environment.GetEnvironmentVariable("TMPDIR");
            if (t == null || t.Length == 0) return "/tmp/";
            return t[t.Length - 1] == '/' ? t : t + "/";
        }
    }
}
