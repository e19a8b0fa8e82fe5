// System.IO.FileSystem: the host file-system primitives
// (runtime/icalls/icall_file.c; in wasm js/core.mjs) and the mapping of their
// error codes to .NET's exceptions and messages. Every primitive returns a
// value >= 0 or a negative error code (Linux numbering on every host).
using System.Runtime.CompilerServices;

namespace System.IO
{
    internal static partial class FileSystem
    {
        internal const int ReadFlag = 1, WriteFlag = 2, CreateFlag = 4, ExclFlag = 8, TruncFlag = 16, AppendFlag = 32;
        internal const int EPERM = 1, ENOENT = 2, EIO = 5, EBADF = 9, EACCES = 13, EEXIST = 17, EXDEV = 18,
            ENOTDIR = 20, EISDIR = 21, EINVAL = 22, EMFILE = 24, ENOSPC = 28, ENAMETOOLONG = 36, ENOTEMPTY = 39;
        internal const int KindFile = 1, KindDirectory = 2;

        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int Open(string path, int flags, int mode);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int Read(int fd, byte[] buffer, int offset, int count);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int Write(int fd, byte[] buffer, int offset, int count);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern long Seek(int fd, long offset, int whence);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int Close(int fd);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int Truncate(int fd, long length);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern long Length(int fd);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int Stat(string path, long[] result);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int StatFs(string path, long[] result);   // total, free, available bytes; block size
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int Unlink(string path);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int MkDir(string path);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int RmDir(string path);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int ChDir(string path);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int Rename(string from, string to);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int SetLastWriteTime(string path, long msSince1970);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string ReadDir(string path, int[] error);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string GetCwd();
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int Chmod(string path, int mode);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int ReadStdin(byte[] buffer, int offset, int count);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int WriteStd(int fd, byte[] buffer, int offset, int count);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern bool IsATty(int fd);

        internal struct Info
        {
            public int Error;      // 0 when the path exists
            public int Kind;
            public long Size;
            public long MTimeMs;
            public int Mode;
            public bool Exists { get { return Error == 0; } }
            public bool IsDirectory { get { return Error == 0 && Kind == KindDirectory; } }
            public bool IsFile { get { return Error == 0 && Kind == KindFile; } }
        }

        internal static Info GetInfo(string fullPath)
        {
            long[] r = new long[4];
            Info info = new Info();
            int e = Stat(fullPath, r);
            if (e < 0) { info.Error = -e; return info; }
            info.Kind = (int)r[0];
            info.Size = r[1];
            info.MTimeMs = r[2];
            info.Mode = (int)r[3];
            return info;
        }

        internal static bool FileExists(string fullPath) { return GetInfo(fullPath).IsFile; }
        internal static bool DirectoryExists(string fullPath) { return GetInfo(fullPath).IsDirectory; }

        internal static DateTime FromMs(long ms) { return new DateTime(621355968000000000L + ms * 10000L, DateTimeKind.Utc); }
        internal static long ToMs(DateTime t) { return (t.ToUniversalTime().Ticks - 621355968000000000L) / 10000L; }

        // The exception .NET throws for error `code` on `path` (a full path);
        // isDirectory: the operation was about a directory.
        internal static Exception GetException(int code, string path, bool isDirectory)
        {
            if (code < 0) code = -code;
            switch (code)
            {
                case ENOENT:
                    if (isDirectory || !ParentExists(path))
                        return new DirectoryNotFoundException("Could not find a part of the path '" + path + "'.");
                    return new FileNotFoundException("Could not find file '" + path + "'.", path);
                case ENOTDIR:
                    return new DirectoryNotFoundException("Could not find a part of the path '" + path + "'.");
                case EACCES:
                case EPERM:
                case EISDIR:
                    return new UnauthorizedAccessException("Access to the path '" + path + "' is denied.");
                case EEXIST:
                    return new IOException("The file '" + path + "' already exists.", 17);
                case ENOTEMPTY:
                    return new IOException("Directory not empty : '" + path + "'", 39);
                case ENAMETOOLONG:
                    return new PathTooLongException("The path '" + path + "' is too long, or a component of the specified path is too long.");
                case ENOSPC:
                    return new IOException("No space left on device : '" + path + "'", 28);
                case EBADF:
                    return new ObjectDisposedException(null, "Cannot access a closed Stream.");
                case EINVAL:
                    return new IOException("Invalid argument : '" + path + "'", 22);
                default:
                    return new IOException("I/O error : '" + path + "'", code);
            }
        }

        private static bool ParentExists(string path)
        {
            string dir = Path.GetDirectoryName(path);
            return dir == null || dir.Length == 0 || DirectoryExists(dir);
        }

        internal static void Check(int result, string path, bool isDirectory)
        {
            if (result < 0) throw GetException(result, path, isDirectory);
        }

        // names in a directory (not "." or ".."), in the host's order
        internal static string[] List(string fullPath)
        {
            int[] err = new int[1];
            string all = ReadDir(fullPath, err);
            if (all == null) throw GetException(err[0] == ENOTDIR ? ENOENT : err[0], fullPath, true);
            if (all.Length == 0) return new string[0];
            string[] names = all.Substring(0, all.Length - 1).Split('\0');
            return names;
        }

        internal static string Full(string path, string paramName)
        {
            if (path == null) throw new ArgumentNullException(paramName);
            if (path.Length == 0) throw new ArgumentException("The value cannot be an empty string.", paramName);
            if (path.IndexOf('\0') >= 0) throw new ArgumentException("Null character in path.", paramName);
            return Path.GetFullPath(path);
        }

        internal static void CopyFile(string src, string dst, bool overwrite)
        {
            Info si = GetInfo(src);
            if (!si.Exists) throw GetException(ENOENT, src, false);
            if (si.IsDirectory) throw new UnauthorizedAccessException("Access to the path '" + src + "' is denied.");
            Info di = GetInfo(dst);
            if (di.Exists && !overwrite) throw new IOException("The file '" + dst + "' already exists.", 17);
            if (di.IsDirectory) throw new IOException("The target file '" + dst + "' is a directory, not a file.");
            int ifd = Open(src, ReadFlag, 0);
            Check(ifd, src, false);
            try
            {
                int ofd = Open(dst, WriteFlag | CreateFlag | TruncFlag, si.Mode);
                Check(ofd, dst, false);
                try
                {
                    byte[] buf = new byte[65536];
                    int n;
                    while ((n = Read(ifd, buf, 0, buf.Length)) > 0) Check(Write(ofd, buf, 0, n), dst, false);
                    Check(n, src, false);
                }
                finally { Close(ofd); }
            }
            finally { Close(ifd); }
        }

        internal static void RemoveTree(string fullPath)
        {
            foreach (string name in List(fullPath))
            {
                string child = fullPath + "/" + name;
                if (DirectoryExists(child)) RemoveTree(child);
                else Check(Unlink(child), child, false);
            }
            Check(RmDir(fullPath), fullPath, true);
        }
    }
}
