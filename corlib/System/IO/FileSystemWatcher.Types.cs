// The types around FileSystemWatcher: change kinds, notify filters, event
// arguments and handlers, WaitForChanged's result, the buffer overflow
// exception; and HandleInheritability.
namespace System.IO
{
    [Flags]
    public enum WatcherChangeTypes { Created = 1, Deleted = 2, Changed = 4, Renamed = 8, All = 15 }

    [Flags]
    public enum NotifyFilters
    {
        FileName = 1, DirectoryName = 2, Attributes = 4, Size = 8,
        LastWrite = 16, LastAccess = 32, CreationTime = 64, Security = 256
    }

    public enum HandleInheritability { None = 0, Inheritable = 1 }

    public class FileSystemEventArgs : EventArgs
    {
        private readonly WatcherChangeTypes _changeType;
        private readonly string _name, _fullPath;

        public FileSystemEventArgs(WatcherChangeTypes changeType, string directory, string name)
        {
            if (directory == null) throw new ArgumentNullException("directory");
            _changeType = changeType;
            _name = name;
            _fullPath = Combine(directory, name);
        }

        // directory + "/" + name, as .NET joins them (no separator added after
        // one already there).
        internal static string Combine(string directory, string name)
        {
            bool sep = directory.Length > 0 && directory[directory.Length - 1] == '/';
            return sep ? directory + name : directory + "/" + name;
        }

        public WatcherChangeTypes ChangeType { get { return _changeType; } }
        public string FullPath { get { return _fullPath; } }
        public string Name { get { return _name; } }
    }

    public class RenamedEventArgs : FileSystemEventArgs
    {
        private readonly string _oldName, _oldFullPath;

        public RenamedEventArgs(WatcherChangeTypes changeType, string directory, string name, string oldName) : base(changeType, directory, name)
        {
            _oldName = oldName;
            _oldFullPath = Combine(directory, oldName);
        }

        public string OldFullPath { get { return _oldFullPath; } }
        public string OldName { get { return _oldName; } }
    }

    public class ErrorEventArgs : EventArgs
    {
        private readonly Exception _exception;
        public ErrorEventArgs(Exception exception) { _exception = exception; }
        public virtual Exception GetException() { return _exception; }
    }

    public delegate void FileSystemEventHandler(object sender, FileSystemEventArgs e);
    public delegate void RenamedEventHandler(object sender, RenamedEventArgs e);
    public delegate void ErrorEventHandler(object sender, ErrorEventArgs e);

    public struct WaitForChangedResult
    {
        internal WaitForChangedResult(WatcherChangeTypes changeType, string name, string oldName, bool timedOut)
        {
            ChangeType = changeType;
            Name = name;
            OldName = oldName;
            TimedOut = timedOut;
        }

        public WatcherChangeTypes ChangeType { readonly get; set; }
        public string Name { readonly get; set; }
        public string OldName { readonly get; set; }
        public bool TimedOut { readonly get; set; }
    }

    public class InternalBufferOverflowException : SystemException
    {
        public InternalBufferOverflowException() : base("System error.") { HResult = unchecked((int)0x80131905); }
        public InternalBufferOverflowException(string message) : base(message) { HResult = unchecked((int)0x80131905); }
        public InternalBufferOverflowException(string message, Exception inner) : base(message, inner) { HResult = unchecked((int)0x80131905); }
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected InternalBufferOverflowException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
    }
}
