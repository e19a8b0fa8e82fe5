// System.IO.Directory: create, delete, move and enumerate directories.
// Enumeration is in the host's order (as .NET's), depth-first for
// AllDirectories; search patterns understand '*' and '?'.
using System.Collections.Generic;

namespace System.IO
{
    public static class Directory
    {
        public static bool Exists(string path)
        {
            if (path == null || path.Length == 0 || path.IndexOf('\0') >= 0) return false;
            return FileSystem.DirectoryExists(Path.GetFullPath(path));
        }

        public static DirectoryInfo CreateDirectory(string path)
        {
            string full = FileSystem.Full(path, "path");
            Make(full);
            return new DirectoryInfo(path);
        }

        private static void Make(string full)
        {
            if (full.Length > 1 && full[full.Length - 1] == '/') full = full.Substring(0, full.Length - 1);
            FileSystem.Info s = FileSystem.GetInfo(full);
            if (s.IsDirectory) return;
            if (s.Exists) throw new IOException("The file '" + full + "' already exists.", 17);
            string parent = Path.GetDirectoryName(full);
            if (parent != null && parent.Length > 0) Make(parent);
            int r = FileSystem.MkDir(full);
            if (r < 0 && !(r == -FileSystem.EEXIST && FileSystem.DirectoryExists(full))) throw FileSystem.GetException(r, full, true);
        }

        public static void Delete(string path) { Delete(path, false); }
        public static void Delete(string path, bool recursive)
        {
            string full = FileSystem.Full(path, "path");
            if (full.Length > 1 && full[full.Length - 1] == '/') full = full.Substring(0, full.Length - 1);
            FileSystem.Info s = FileSystem.GetInfo(full);
            if (!s.Exists) throw new DirectoryNotFoundException("Could not find a part of the path '" + full + "'.");
            if (!s.IsDirectory) throw new IOException("The directory name is invalid. : '" + full + "'", 267);
            if (recursive) FileSystem.RemoveTree(full);
            else FileSystem.Check(FileSystem.RmDir(full), full, true);
        }

        public static void Move(string sourceDirName, string destDirName)
        {
            string src = FileSystem.Full(sourceDirName, "sourceDirName");
            string dst = FileSystem.Full(destDirName, "destDirName");
            if (src == dst) throw new IOException("Source and destination path must be different.");
            FileSystem.Info s = FileSystem.GetInfo(src);
            if (!s.Exists) throw new DirectoryNotFoundException("Could not find a part of the path '" + src + "'.");
            if (FileSystem.GetInfo(dst).Exists) throw new IOException("Cannot create '" + dst + "' because a file or directory with the same name already exists.", 183);
            string parent = Path.GetDirectoryName(dst);
            if (parent != null && parent.Length > 0 && !FileSystem.DirectoryExists(parent))
                throw new DirectoryNotFoundException("Could not find a part of the path '" + dst + "'.");
            FileSystem.Check(FileSystem.Rename(src, dst), src, true);
        }

        public static string GetCurrentDirectory() { return FileSystem.GetCwd(); }
        public static void SetCurrentDirectory(string path)
        {
            string full = FileSystem.Full(path, "path");
            if (!FileSystem.DirectoryExists(full)) throw new DirectoryNotFoundException("Could not find a part of the path '" + full + "'.");
            FileSystem.Check(FileSystem.ChDir(full), full, true);
        }

        public static string GetDirectoryRoot(string path) { FileSystem.Full(path, "path"); return "/"; }
        public static string[] GetLogicalDrives() { return new string[] { "/" }; }
        public static DirectoryInfo GetParent(string path)
        {
            string full = FileSystem.Full(path, "path");
            string p = Path.GetDirectoryName(full.Length > 1 && full[full.Length - 1] == '/' ? full.Substring(0, full.Length - 1) : full);
            return p == null ? null : new DirectoryInfo(p);
        }

        public static DateTime GetCreationTime(string path) { return File.GetTime(path, true); }
        public static DateTime GetCreationTimeUtc(string path) { return File.GetTime(path, false); }
        public static DateTime GetLastAccessTime(string path) { return File.GetTime(path, true); }
        public static DateTime GetLastAccessTimeUtc(string path) { return File.GetTime(path, false); }
        public static DateTime GetLastWriteTime(string path) { return File.GetTime(path, true); }
        public static DateTime GetLastWriteTimeUtc(string path) { return File.GetTime(path, false); }
        public static void SetCreationTime(string path, DateTime creationTime) { File.SetTime(path, creationTime, true); }
        public static void SetCreationTimeUtc(string path, DateTime creationTimeUtc) { File.SetTime(path, creationTimeUtc, true); }
        public static void SetLastAccessTime(string path, DateTime lastAccessTime) { File.SetTime(path, lastAccessTime, true); }
        public static void SetLastAccessTimeUtc(string path, DateTime lastAccessTimeUtc) { File.SetTime(path, lastAccessTimeUtc, true); }
        public static void SetLastWriteTime(string path, DateTime lastWriteTime) { File.SetTime(path, lastWriteTime, true); }
        public static void SetLastWriteTimeUtc(string path, DateTime lastWriteTimeUtc) { File.SetTime(path, lastWriteTimeUtc, true); }

        // ---- enumeration ----

        internal static void CheckSearch(string searchPattern, SearchOption searchOption)
        {
            if (searchPattern == null) throw new ArgumentNullException("searchPattern");
            if (searchOption != SearchOption.TopDirectoryOnly && searchOption != SearchOption.AllDirectories)
                throw new ArgumentOutOfRangeException("searchOption", "Enum value was out of legal range.");
        }

        private static IEnumerable<string> Enumerate(string path, string searchPattern, SearchOption searchOption, bool files, bool dirs)
        {
            if (path == null) throw new ArgumentNullException("path");
            CheckSearch(searchPattern, searchOption);
            string full = FileSystem.Full(path, "path");
            if (!FileSystem.DirectoryExists(full)) FileSystem.List(full);   // throws the right exception
            return Walk(full, path, searchPattern, searchOption, files, dirs);
        }

        // Paths under `full`, written relative to how the caller named it (`shown`).
        internal static IEnumerable<string> Walk(string full, string shown, string pattern, SearchOption option, bool files, bool dirs)
        {
            string[] names = FileSystem.List(full);
            string prefix = shown.Length > 0 && shown[shown.Length - 1] == '/' ? shown : shown + "/";
            string fullPrefix = full.Length > 0 && full[full.Length - 1] == '/' ? full : full + "/";
            // a pattern may name a subdirectory ("sub/*.txt")
            int slash = pattern.LastIndexOf('/');
            if (slash >= 0)
            {
                string sub = pattern.Substring(0, slash);
                foreach (string p in Walk(Path.GetFullPath(fullPrefix + sub), prefix + sub, pattern.Substring(slash + 1), option, files, dirs)) yield return p;
                yield break;
            }
            foreach (string name in names)
            {
                bool isDir = FileSystem.DirectoryExists(fullPrefix + name);
                if ((isDir ? dirs : files) && Matches(pattern, name)) yield return prefix + name;
                if (isDir && option == SearchOption.AllDirectories)
                    foreach (string p in Walk(fullPrefix + name, prefix + name, pattern, option, files, dirs)) yield return p;
            }
        }

        internal static bool Matches(string pattern, string name)
        {
            if (pattern == "*" || pattern == "*.*") return true;
            if (pattern.Length == 0) return false;
            return Glob(pattern, 0, name, 0);
        }

        private static bool Glob(string p, int pi, string s, int si)
        {
            while (pi < p.Length)
            {
                char c = p[pi];
                if (c == '*')
                {
                    while (pi < p.Length && p[pi] == '*') pi++;
                    if (pi == p.Length) return true;
                    for (int k = si; k <= s.Length; k++) if (Glob(p, pi, s, k)) return true;
                    return false;
                }
                if (si >= s.Length) return false;
                if (c != '?' && c != s[si]) return false;
                pi++;
                si++;
            }
            return si == s.Length;
        }

        public static string[] GetFiles(string path) { return GetFiles(path, "*", SearchOption.TopDirectoryOnly); }
        public static string[] GetFiles(string path, string searchPattern) { return GetFiles(path, searchPattern, SearchOption.TopDirectoryOnly); }
        public static string[] GetFiles(string path, string searchPattern, SearchOption searchOption) { return new List<string>(Enumerate(path, searchPattern, searchOption, true, false)).ToArray(); }
        public static string[] GetDirectories(string path) { return GetDirectories(path, "*", SearchOption.TopDirectoryOnly); }
        public static string[] GetDirectories(string path, string searchPattern) { return GetDirectories(path, searchPattern, SearchOption.TopDirectoryOnly); }
        public static string[] GetDirectories(string path, string searchPattern, SearchOption searchOption) { return new List<string>(Enumerate(path, searchPattern, searchOption, false, true)).ToArray(); }
        public static string[] GetFileSystemEntries(string path) { return GetFileSystemEntries(path, "*", SearchOption.TopDirectoryOnly); }
        public static string[] GetFileSystemEntries(string path, string searchPattern) { return GetFileSystemEntries(path, searchPattern, SearchOption.TopDirectoryOnly); }
        public static string[] GetFileSystemEntries(string path, string searchPattern, SearchOption searchOption) { return new List<string>(Enumerate(path, searchPattern, searchOption, true, true)).ToArray(); }
        public static IEnumerable<string> EnumerateFiles(string path) { return Enumerate(path, "*", SearchOption.TopDirectoryOnly, true, false); }
        public static IEnumerable<string> EnumerateFiles(string path, string searchPattern) { return Enumerate(path, searchPattern, SearchOption.TopDirectoryOnly, true, false); }
        public static IEnumerable<string> EnumerateFiles(string path, string searchPattern, SearchOption searchOption) { return Enumerate(path, searchPattern, searchOption, true, false); }
        public static IEnumerable<string> EnumerateDirectories(string path) { return Enumerate(path, "*", SearchOption.TopDirectoryOnly, false, true); }
        public static IEnumerable<string> EnumerateDirectories(string path, string searchPattern) { return Enumerate(path, searchPattern, SearchOption.TopDirectoryOnly, false, true); }
        public static IEnumerable<string> EnumerateDirectories(string path, string searchPattern, SearchOption searchOption) { return Enumerate(path, searchPattern, searchOption, false, true); }
        public static IEnumerable<string> EnumerateFileSystemEntries(string path) { return Enumerate(path, "*", SearchOption.TopDirectoryOnly, true, true); }
        public static IEnumerable<string> EnumerateFileSystemEntries(string path, string searchPattern) { return Enumerate(path, searchPattern, SearchOption.TopDirectoryOnly, true, true); }
        public static IEnumerable<string> EnumerateFileSystemEntries(string path, string searchPattern, SearchOption searchOption) { return Enumerate(path, searchPattern, searchOption, true, true); }
    }
}
