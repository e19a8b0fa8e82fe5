// DriveInfo over the host file system. Hosts expose one tree under "/", so
// there is one drive, "/" (GetDrives), as on a Unix machine with a single
// mount; a DriveInfo for any other existing directory describes the volume
// holding it. Sizes come from the host (statvfs natively, fs.statfsSync in
// Node; the in-memory browser fs reports 0). Hosts do not report a file
// system's format or kind: DriveFormat is "unknown" and DriveType Fixed for
// an existing directory (docs/corlib.md, "Files").
namespace System.IO
{
    public enum DriveType { Unknown = 0, NoRootDirectory = 1, Removable = 2, Fixed = 3, Network = 4, CDRom = 5, Ram = 6 }

    public class DriveNotFoundException : IOException
    {
        public DriveNotFoundException() : base("Could not find the drive. The drive might not be ready or might not be mapped.") { HResult = unchecked((int)0x80070003); }
        public DriveNotFoundException(string message) : base(message) { HResult = unchecked((int)0x80070003); }
        public DriveNotFoundException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80070003); }
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected DriveNotFoundException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
    }

    public sealed class DriveInfo : System.Runtime.Serialization.ISerializable
    {
        private readonly string _name;

        public DriveInfo(string driveName)
        {
            if (driveName == null) throw new ArgumentNullException("driveName");
            if (driveName.Length == 0 || driveName.IndexOf('\0') >= 0)
                throw new ArgumentException("Drive name must be a root directory (i.e. 'C:\\') or a drive letter ('C').", "driveName");
            _name = driveName;
        }

        public static DriveInfo[] GetDrives() { return new[] { new DriveInfo("/") }; }

        public string Name { get { return _name; } }
        public DirectoryInfo RootDirectory { get { return new DirectoryInfo(_name); } }
        public override string ToString() { return _name; }

        public bool IsReady { get { return FileSystem.DirectoryExists(Path.GetFullPath(_name)); } }

        public DriveType DriveType { get { return IsReady ? DriveType.Fixed : DriveType.NoRootDirectory; } }

        public string DriveFormat { get { Sizes(); return "unknown"; } }

        public string VolumeLabel
        {
            get { return _name; }
            set { throw new PlatformNotSupportedException(); }
        }

        public long TotalSize { get { return Sizes()[0]; } }
        public long TotalFreeSpace { get { return Sizes()[1]; } }
        public long AvailableFreeSpace { get { return Sizes()[2]; } }

        private long[] Sizes()
        {
            long[] r = new long[4];
            int e = FileSystem.StatFs(Path.GetFullPath(_name), r);
            if (e < 0)
            {
                if (-e == FileSystem.ENOENT || -e == FileSystem.ENOTDIR)
                    throw new DriveNotFoundException("Could not find the drive '" + _name + "'. The drive might not be ready or might not be mapped.");
                throw FileSystem.GetException(e, _name, true);
            }
            return r;
        }

        void System.Runtime.Serialization.ISerializable.GetObjectData(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context)
        {
            throw new PlatformNotSupportedException();
        }
    }
}
