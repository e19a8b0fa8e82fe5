// FileSystemInfo (the state of a path, read on first use and on Refresh),
// FileAttributes and SearchOption.
namespace System.IO
{
    [Flags]
    public enum FileAttributes
    {
        ReadOnly = 1, Hidden = 2, System = 4, Directory = 16, Archive = 32, Device = 64, Normal = 128,
        Temporary = 256, SparseFile = 512, ReparsePoint = 1024, Compressed = 2048, Offline = 4096,
        NotContentIndexed = 8192, Encrypted = 16384, IntegrityStream = 32768, NoScrubData = 131072
    }

    public enum SearchOption { TopDirectoryOnly = 0, AllDirectories = 1 }

    public abstract class FileSystemInfo : MarshalByRefObject, System.Runtime.Serialization.ISerializable
    {
        protected string FullPath;
        protected string OriginalPath;
        private FileSystem.Info _info;
        private bool _loaded;

        protected FileSystemInfo() { }

        // Binary serialization of file system entries is not supported on .NET Core either.
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected FileSystemInfo(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context)
        {
            throw new PlatformNotSupportedException();
        }

        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        public virtual void GetObjectData(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context)
        {
            throw new PlatformNotSupportedException();
        }

        internal void Init(string originalPath, string fullPath)
        {
            OriginalPath = originalPath;
            FullPath = fullPath;
        }

        internal FileSystem.Info State
        {
            get
            {
                if (!_loaded) { _info = FileSystem.GetInfo(FullPath); _loaded = true; }
                return _info;
            }
        }

        internal void Invalidate() { _loaded = false; }

        public virtual string FullName { get { return FullPath; } }
        public abstract string Name { get; }
        public abstract bool Exists { get; }
        public abstract void Delete();

        public string Extension
        {
            get
            {
                string name = Path.GetFileName(FullPath);
                int dot = name.LastIndexOf('.');
                return dot < 0 || dot == name.Length - 1 ? "" : name.Substring(dot);
            }
        }

        public void Refresh() { _info = FileSystem.GetInfo(FullPath); _loaded = true; }

        public FileAttributes Attributes
        {
            get
            {
                FileSystem.Info s = State;
                if (!s.Exists) return (FileAttributes)(-1);
                return FileSystem.AttributesOf(FullPath, s);
            }
            set
            {
                FileSystem.SetAttributes(FullPath, value);
                Invalidate();
            }
        }

        private DateTime Time(bool local)
        {
            FileSystem.Info s = State;
            DateTime t = s.Exists ? FileSystem.FromMs(s.MTimeMs) : new DateTime(504911232000000000L, DateTimeKind.Utc);
            return local ? t.ToLocalTime() : t;
        }

        private void SetTime(DateTime value)
        {
            FileSystem.Check(FileSystem.SetLastWriteTime(FullPath, FileSystem.ToMs(value)), FullPath, this is DirectoryInfo);
            Invalidate();
        }

        // The hosts keep one time per file: creation and access report the modification time.
        public DateTime CreationTime { get { return Time(true); } set { SetTime(value); } }
        public DateTime CreationTimeUtc { get { return Time(false); } set { SetTime(value); } }
        public DateTime LastAccessTime { get { return Time(true); } set { SetTime(value); } }
        public DateTime LastAccessTimeUtc { get { return Time(false); } set { SetTime(value); } }
        public DateTime LastWriteTime { get { return Time(true); } set { SetTime(value); } }
        public DateTime LastWriteTimeUtc { get { return Time(false); } set { SetTime(value); } }

        public override string ToString() { return OriginalPath ?? ""; }
    }

}

namespace System.IO
{
    internal static partial class FileSystem
    {
        internal static FileAttributes AttributesOf(string fullPath, Info s)
        {
            FileAttributes a = 0;
            if (s.IsDirectory) a |= FileAttributes.Directory;
            if ((s.Mode & 0x80) == 0) a |= FileAttributes.ReadOnly;   // the owner may not write
            string name = Path.GetFileName(fullPath.Length > 1 && fullPath[fullPath.Length - 1] == '/' ? fullPath.Substring(0, fullPath.Length - 1) : fullPath);
            if (name.Length > 0 && name[0] == '.') a |= FileAttributes.Hidden;
            return a == 0 ? FileAttributes.Normal : a;
        }

        internal static void SetAttributes(string fullPath, FileAttributes value)
        {
            Info s = GetInfo(fullPath);
            if (!s.Exists) throw GetException(ENOENT, fullPath, false);
            int mode = (value & FileAttributes.ReadOnly) != 0 ? s.Mode & ~0x92 : s.Mode | 0x80;
            if (mode != s.Mode) Check(Chmod(fullPath, mode), fullPath, false);
        }
    }
}
