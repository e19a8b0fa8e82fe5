// FileInfo and DirectoryInfo: object forms of File and Directory.
using System.Collections.Generic;

namespace System.IO
{
    public sealed class FileInfo : FileSystemInfo
    {
        public FileInfo(string fileName)
        {
            Init(fileName, FileSystem.Full(fileName, "fileName"));
        }

        public override string Name { get { return Path.GetFileName(FullPath); } }
        public override bool Exists { get { return State.IsFile; } }
        public string DirectoryName { get { return Path.GetDirectoryName(FullPath); } }
        public DirectoryInfo Directory { get { string d = DirectoryName; return d == null ? null : new DirectoryInfo(d); } }

        public long Length
        {
            get
            {
                FileSystem.Info s = State;
                if (!s.IsFile) throw new FileNotFoundException("Could not find file '" + FullPath + "'.", FullPath);
                return s.Size;
            }
        }

        public bool IsReadOnly
        {
            get { return (Attributes & FileAttributes.ReadOnly) != 0; }
            set
            {
                FileAttributes a = Attributes;
                if ((int)a == -1) throw new FileNotFoundException("Could not find file '" + FullPath + "'.", FullPath);
                Attributes = value ? a | FileAttributes.ReadOnly : a & ~FileAttributes.ReadOnly;
            }
        }

        public StreamWriter AppendText() { Invalidate(); return new StreamWriter(FullPath, true); }
        public StreamWriter CreateText() { Invalidate(); return new StreamWriter(FullPath, false); }
        public StreamReader OpenText() { return new StreamReader(FullPath); }
        public FileStream Create() { Invalidate(); return File.Create(FullPath); }
        public FileStream Open(FileMode mode) { Invalidate(); return new FileStream(FullPath, mode); }
        public FileStream Open(FileMode mode, FileAccess access) { Invalidate(); return new FileStream(FullPath, mode, access); }
        public FileStream Open(FileMode mode, FileAccess access, FileShare share) { Invalidate(); return new FileStream(FullPath, mode, access, share); }
        public FileStream OpenRead() { return new FileStream(FullPath, FileMode.Open, FileAccess.Read, FileShare.Read); }
        public FileStream OpenWrite() { Invalidate(); return new FileStream(FullPath, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None); }

        public FileInfo CopyTo(string destFileName) { return CopyTo(destFileName, false); }
        public FileInfo CopyTo(string destFileName, bool overwrite)
        {
            string dst = FileSystem.Full(destFileName, "destFileName");
            FileSystem.CopyFile(FullPath, dst, overwrite);
            return new FileInfo(dst);
        }

        public void MoveTo(string destFileName) { MoveTo(destFileName, false); }
        public void MoveTo(string destFileName, bool overwrite)
        {
            string dst = FileSystem.Full(destFileName, "destFileName");
            File.MoveFull(FullPath, dst, overwrite);
            Init(destFileName, dst);
            Invalidate();
        }

        public FileInfo Replace(string destinationFileName, string destinationBackupFileName) { return Replace(destinationFileName, destinationBackupFileName, false); }
        public FileInfo Replace(string destinationFileName, string destinationBackupFileName, bool ignoreMetadataErrors)
        {
            File.Replace(FullPath, destinationFileName, destinationBackupFileName, ignoreMetadataErrors);
            return new FileInfo(destinationFileName);
        }

        public override void Delete() { File.Delete(FullPath); Invalidate(); }
        public void Encrypt() { File.Encrypt(FullPath); }
        public void Decrypt() { File.Decrypt(FullPath); }
    }

    public sealed class DirectoryInfo : FileSystemInfo
    {
        public DirectoryInfo(string path)
        {
            string full = FileSystem.Full(path, "path");
            Init(path, full.Length > 1 && full[full.Length - 1] == '/' ? full.Substring(0, full.Length - 1) : full);
        }

        public override string Name
        {
            get
            {
                string n = Path.GetFileName(FullPath);
                return n.Length == 0 ? FullPath : n;
            }
        }
        public override bool Exists { get { return State.IsDirectory; } }

        public DirectoryInfo Parent
        {
            get
            {
                string p = Path.GetDirectoryName(FullPath);
                return p == null ? null : new DirectoryInfo(p);
            }
        }

        public DirectoryInfo Root { get { return new DirectoryInfo("/"); } }

        public void Create() { Directory.CreateDirectory(FullPath); Invalidate(); }

        public DirectoryInfo CreateSubdirectory(string path)
        {
            if (path == null) throw new ArgumentNullException("path");
            if (Path.IsPathRooted(path)) throw new ArgumentException("Second path fragment must not be a drive or UNC name.", "path");
            string full = Path.GetFullPath(Path.Combine(FullPath, path));
            if (!full.StartsWith(FullPath + "/", StringComparison.Ordinal) && full != FullPath)
                throw new ArgumentException("The directory specified, '" + path + "', is not a subdirectory of '" + FullPath + "'.", "path");
            return Directory.CreateDirectory(full);
        }

        public override void Delete() { Directory.Delete(FullPath, false); Invalidate(); }
        public void Delete(bool recursive) { Directory.Delete(FullPath, recursive); Invalidate(); }

        public void MoveTo(string destDirName)
        {
            string dst = FileSystem.Full(destDirName, "destDirName");
            Directory.Move(FullPath, dst);
            Init(destDirName, dst.Length > 1 && dst[dst.Length - 1] == '/' ? dst.Substring(0, dst.Length - 1) : dst);
            Invalidate();
        }

        private IEnumerable<FileSystemInfo> Infos(string pattern, SearchOption option, bool files, bool dirs)
        {
            foreach (string p in Directory.Walk(FullPath, FullPath, pattern, option, files, dirs))
            {
                if (FileSystem.DirectoryExists(p)) yield return new DirectoryInfo(p);
                else yield return new FileInfo(p);
            }
        }

        public FileInfo[] GetFiles() { return GetFiles("*", SearchOption.TopDirectoryOnly); }
        public FileInfo[] GetFiles(string searchPattern) { return GetFiles(searchPattern, SearchOption.TopDirectoryOnly); }
        public FileInfo[] GetFiles(string searchPattern, SearchOption searchOption) { return new List<FileInfo>(EnumerateFiles(searchPattern, searchOption)).ToArray(); }
        public IEnumerable<FileInfo> EnumerateFiles() { return EnumerateFiles("*", SearchOption.TopDirectoryOnly); }
        public IEnumerable<FileInfo> EnumerateFiles(string searchPattern) { return EnumerateFiles(searchPattern, SearchOption.TopDirectoryOnly); }
        public IEnumerable<FileInfo> EnumerateFiles(string searchPattern, SearchOption searchOption)
        {
            Directory.CheckSearch(searchPattern, searchOption);
            foreach (FileSystemInfo i in Infos(searchPattern, searchOption, true, false)) yield return (FileInfo)i;
        }

        public DirectoryInfo[] GetDirectories() { return GetDirectories("*", SearchOption.TopDirectoryOnly); }
        public DirectoryInfo[] GetDirectories(string searchPattern) { return GetDirectories(searchPattern, SearchOption.TopDirectoryOnly); }
        public DirectoryInfo[] GetDirectories(string searchPattern, SearchOption searchOption) { return new List<DirectoryInfo>(EnumerateDirectories(searchPattern, searchOption)).ToArray(); }
        public IEnumerable<DirectoryInfo> EnumerateDirectories() { return EnumerateDirectories("*", SearchOption.TopDirectoryOnly); }
        public IEnumerable<DirectoryInfo> EnumerateDirectories(string searchPattern) { return EnumerateDirectories(searchPattern, SearchOption.TopDirectoryOnly); }
        public IEnumerable<DirectoryInfo> EnumerateDirectories(string searchPattern, SearchOption searchOption)
        {
            Directory.CheckSearch(searchPattern, searchOption);
            foreach (FileSystemInfo i in Infos(searchPattern, searchOption, false, true)) yield return (DirectoryInfo)i;
        }

        public FileSystemInfo[] GetFileSystemInfos() { return GetFileSystemInfos("*", SearchOption.TopDirectoryOnly); }
        public FileSystemInfo[] GetFileSystemInfos(string searchPattern) { return GetFileSystemInfos(searchPattern, SearchOption.TopDirectoryOnly); }
        public FileSystemInfo[] GetFileSystemInfos(string searchPattern, SearchOption searchOption) { return new List<FileSystemInfo>(EnumerateFileSystemInfos(searchPattern, searchOption)).ToArray(); }
        public IEnumerable<FileSystemInfo> EnumerateFileSystemInfos() { return EnumerateFileSystemInfos("*", SearchOption.TopDirectoryOnly); }
        public IEnumerable<FileSystemInfo> EnumerateFileSystemInfos(string searchPattern) { return EnumerateFileSystemInfos(searchPattern, SearchOption.TopDirectoryOnly); }
        public IEnumerable<FileSystemInfo> EnumerateFileSystemInfos(string searchPattern, SearchOption searchOption)
        {
            Directory.CheckSearch(searchPattern, searchOption);
            return Infos(searchPattern, searchOption, true, true);
        }
    }
}
