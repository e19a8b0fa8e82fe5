// System.IO.File: whole-file helpers over FileStream / StreamReader /
// StreamWriter and the FileSystem primitives.
using System.Collections.Generic;
using System.Text;

namespace System.IO
{
    public static class File
    {
        private static readonly Encoding Utf8NoBom = new UTF8Encoding(false, true);

        public static bool Exists(string path)
        {
            if (path == null || path.Length == 0 || path.IndexOf('\0') >= 0) return false;
            string full = Path.GetFullPath(path);
            if (full.Length > 1 && full[full.Length - 1] == '/') return false;
            return FileSystem.FileExists(full);
        }

        // As .NET on Unix: the file systems Cilantro runs on have no encryption.
        public static void Encrypt(string path)
        {
            if (path == null) throw new ArgumentNullException("path");
            throw new PlatformNotSupportedException("File encryption is not supported on this platform.");
        }

        public static void Decrypt(string path)
        {
            if (path == null) throw new ArgumentNullException("path");
            throw new PlatformNotSupportedException("File encryption is not supported on this platform.");
        }

        public static void Delete(string path)
        {
            string full = FileSystem.Full(path, "path");
            FileSystem.Info s = FileSystem.GetInfo(full);
            if (s.Error == FileSystem.ENOENT)
            {
                // deleting a missing file is fine; a missing directory on the way is not
                string dir = Path.GetDirectoryName(full);
                if (dir != null && dir.Length > 0 && !FileSystem.DirectoryExists(dir))
                    throw new DirectoryNotFoundException("Could not find a part of the path '" + full + "'.");
                return;
            }
            if (s.IsDirectory) throw new UnauthorizedAccessException("Access to the path '" + full + "' is denied.");
            FileSystem.Check(FileSystem.Unlink(full), full, false);
        }

        public static void Copy(string sourceFileName, string destFileName) { Copy(sourceFileName, destFileName, false); }
        public static void Copy(string sourceFileName, string destFileName, bool overwrite)
        {
            string src = FileSystem.Full(sourceFileName, "sourceFileName");
            string dst = FileSystem.Full(destFileName, "destFileName");
            FileSystem.CopyFile(src, dst, overwrite);
        }

        public static void Move(string sourceFileName, string destFileName) { Move(sourceFileName, destFileName, false); }
        public static void Move(string sourceFileName, string destFileName, bool overwrite)
        {
            string src = FileSystem.Full(sourceFileName, "sourceFileName");
            string dst = FileSystem.Full(destFileName, "destFileName");
            MoveFull(src, dst, overwrite);
        }

        internal static void MoveFull(string src, string dst, bool overwrite)
        {
            if (!FileSystem.FileExists(src)) throw new FileNotFoundException("Could not find file '" + src + "'.", src);
            FileSystem.Info d = FileSystem.GetInfo(dst);
            if (d.Exists && (!overwrite || d.IsDirectory)) throw new IOException("The file '" + dst + "' already exists.", 17);
            int r = FileSystem.Rename(src, dst);
            if (r == -FileSystem.EXDEV)
            {
                FileSystem.CopyFile(src, dst, overwrite);
                r = FileSystem.Unlink(src);
            }
            FileSystem.Check(r, r == -FileSystem.ENOENT ? dst : src, false);
        }

        public static void Replace(string sourceFileName, string destinationFileName, string destinationBackupFileName) { Replace(sourceFileName, destinationFileName, destinationBackupFileName, false); }
        public static void Replace(string sourceFileName, string destinationFileName, string destinationBackupFileName, bool ignoreMetadataErrors)
        {
            string src = FileSystem.Full(sourceFileName, "sourceFileName");
            string dst = FileSystem.Full(destinationFileName, "destinationFileName");
            if (!FileSystem.FileExists(src)) throw new FileNotFoundException("Could not find file '" + src + "'.", src);
            if (!FileSystem.FileExists(dst)) throw new FileNotFoundException("Could not find file '" + dst + "'.", dst);
            if (destinationBackupFileName != null)
            {
                string bak = Path.GetFullPath(destinationBackupFileName);
                if (FileSystem.FileExists(bak)) FileSystem.Check(FileSystem.Unlink(bak), bak, false);
                FileSystem.Check(FileSystem.Rename(dst, bak), dst, false);
            }
            FileSystem.Check(FileSystem.Rename(src, dst), src, false);
        }

        public static FileStream Create(string path) { return Create(path, 4096, FileOptions.None); }
        public static FileStream Create(string path, int bufferSize) { return Create(path, bufferSize, FileOptions.None); }
        public static FileStream Create(string path, int bufferSize, FileOptions options) { return new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, bufferSize, options); }
        public static StreamWriter CreateText(string path) { return new StreamWriter(CheckPath(path), false); }
        public static StreamWriter AppendText(string path) { return new StreamWriter(CheckPath(path), true); }
        public static FileStream Open(string path, FileMode mode) { return new FileStream(path, mode, mode == FileMode.Append ? FileAccess.Write : FileAccess.ReadWrite, FileShare.None); }
        public static FileStream Open(string path, FileMode mode, FileAccess access) { return new FileStream(path, mode, access, FileShare.None); }
        public static FileStream Open(string path, FileMode mode, FileAccess access, FileShare share) { return new FileStream(path, mode, access, share); }
        public static FileStream OpenRead(string path) { return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read); }
        public static FileStream OpenWrite(string path) { return new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None); }
        public static StreamReader OpenText(string path) { return new StreamReader(CheckPath(path)); }

        private static string CheckPath(string path)
        {
            if (path == null) throw new ArgumentNullException("path");
            if (path.Length == 0) throw new ArgumentException("The value cannot be an empty string.", "path");
            return path;
        }

        public static byte[] ReadAllBytes(string path)
        {
            using (FileStream fs = new FileStream(CheckPath(path), FileMode.Open, FileAccess.Read, FileShare.Read, 1))
            {
                long len = fs.Length;
                if (len > int.MaxValue) throw new IOException("The file is too long. This operation is currently limited to supporting files less than 2 gigabytes in size.");
                MemoryStream ms = new MemoryStream((int)len);
                fs.CopyTo(ms);
                return ms.ToArray();
            }
        }

        public static void WriteAllBytes(string path, byte[] bytes)
        {
            CheckPath(path);
            if (bytes == null) throw new ArgumentNullException("bytes");
            using (FileStream fs = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1))
                fs.Write(bytes, 0, bytes.Length);
        }

        public static string ReadAllText(string path) { return ReadAllText(path, Encoding.UTF8); }
        public static string ReadAllText(string path, Encoding encoding)
        {
            CheckPath(path);
            if (encoding == null) throw new ArgumentNullException("encoding");
            using (StreamReader r = new StreamReader(path, encoding, true)) return r.ReadToEnd();
        }

        public static string[] ReadAllLines(string path) { return ReadAllLines(path, Encoding.UTF8); }
        public static string[] ReadAllLines(string path, Encoding encoding)
        {
            CheckPath(path);
            if (encoding == null) throw new ArgumentNullException("encoding");
            List<string> lines = new List<string>();
            using (StreamReader r = new StreamReader(path, encoding, true))
            {
                string line;
                while ((line = r.ReadLine()) != null) lines.Add(line);
            }
            return lines.ToArray();
        }

        public static IEnumerable<string> ReadLines(string path) { return ReadLines(path, Encoding.UTF8); }
        public static IEnumerable<string> ReadLines(string path, Encoding encoding)
        {
            CheckPath(path);
            if (encoding == null) throw new ArgumentNullException("encoding");
            StreamReader reader = new StreamReader(path, encoding, true);   // opened now: a missing file throws here
            return LinesOf(reader);
        }

        private static IEnumerable<string> LinesOf(StreamReader reader)
        {
            using (reader)
            {
                string line;
                while ((line = reader.ReadLine()) != null) yield return line;
            }
        }

        public static void WriteAllText(string path, string contents) { WriteAllText(path, contents, Utf8NoBom); }
        public static void WriteAllText(string path, string contents, Encoding encoding)
        {
            CheckPath(path);
            if (encoding == null) throw new ArgumentNullException("encoding");
            using (StreamWriter w = new StreamWriter(path, false, encoding)) w.Write(contents);
        }

        public static void AppendAllText(string path, string contents) { AppendAllText(path, contents, Utf8NoBom); }
        public static void AppendAllText(string path, string contents, Encoding encoding)
        {
            CheckPath(path);
            if (encoding == null) throw new ArgumentNullException("encoding");
            using (StreamWriter w = new StreamWriter(path, true, encoding)) w.Write(contents);
        }

        public static void WriteAllLines(string path, string[] contents) { WriteAllLines(path, (IEnumerable<string>)contents, Utf8NoBom); }
        public static void WriteAllLines(string path, string[] contents, Encoding encoding) { WriteAllLines(path, (IEnumerable<string>)contents, encoding); }
        public static void WriteAllLines(string path, IEnumerable<string> contents) { WriteAllLines(path, contents, Utf8NoBom); }
        public static void WriteAllLines(string path, IEnumerable<string> contents, Encoding encoding) { WriteLines(path, contents, encoding, false); }

        public static void AppendAllLines(string path, IEnumerable<string> contents) { AppendAllLines(path, contents, Utf8NoBom); }
        public static void AppendAllLines(string path, IEnumerable<string> contents, Encoding encoding) { WriteLines(path, contents, encoding, true); }

        private static void WriteLines(string path, IEnumerable<string> contents, Encoding encoding, bool append)
        {
            CheckPath(path);
            if (contents == null) throw new ArgumentNullException("contents");
            if (encoding == null) throw new ArgumentNullException("encoding");
            using (StreamWriter w = new StreamWriter(path, append, encoding))
                foreach (string line in contents) w.WriteLine(line);
        }

        public static FileAttributes GetAttributes(string path)
        {
            string full = FileSystem.Full(path, "path");
            FileSystem.Info s = FileSystem.GetInfo(full);
            if (!s.Exists) throw FileSystem.GetException(s.Error, full, false);
            return FileSystem.AttributesOf(full, s);
        }

        public static void SetAttributes(string path, FileAttributes fileAttributes)
        {
            FileSystem.SetAttributes(FileSystem.Full(path, "path"), fileAttributes);
        }

        internal static DateTime GetTime(string path, bool local)
        {
            string full = FileSystem.Full(path, "path");
            FileSystem.Info s = FileSystem.GetInfo(full);
            DateTime t = s.Exists ? FileSystem.FromMs(s.MTimeMs) : new DateTime(504911232000000000L, DateTimeKind.Utc);
            return local ? t.ToLocalTime() : t;
        }

        internal static void SetTime(string path, DateTime time, bool isDirectory)
        {
            string full = FileSystem.Full(path, "path");
            FileSystem.Check(FileSystem.SetLastWriteTime(full, FileSystem.ToMs(time)), full, isDirectory);
        }

        // The hosts keep one time per file: creation and access report the modification time.
        public static DateTime GetCreationTime(string path) { return GetTime(path, true); }
        public static DateTime GetCreationTimeUtc(string path) { return GetTime(path, false); }
        public static DateTime GetLastAccessTime(string path) { return GetTime(path, true); }
        public static DateTime GetLastAccessTimeUtc(string path) { return GetTime(path, false); }
        public static DateTime GetLastWriteTime(string path) { return GetTime(path, true); }
        public static DateTime GetLastWriteTimeUtc(string path) { return GetTime(path, false); }
        public static void SetCreationTime(string path, DateTime creationTime) { SetTime(path, creationTime, false); }
        public static void SetCreationTimeUtc(string path, DateTime creationTimeUtc) { SetTime(path, creationTimeUtc, false); }
        public static void SetLastAccessTime(string path, DateTime lastAccessTime) { SetTime(path, lastAccessTime, false); }
        public static void SetLastAccessTimeUtc(string path, DateTime lastAccessTimeUtc) { SetTime(path, lastAccessTimeUtc, false); }
        public static void SetLastWriteTime(string path, DateTime lastWriteTime) { SetTime(path, lastWriteTime, false); }
        public static void SetLastWriteTimeUtc(string path, DateTime lastWriteTimeUtc) { SetTime(path, lastWriteTimeUtc, false); }
    }
}
