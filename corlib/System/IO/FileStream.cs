// System.IO.FileStream over a host file handle (FileSystem primitives), with
// one buffer used either for reading or for writing, and the FileMode /
// FileAccess / FileShare / FileOptions enums. A stream opened from a
// SafeFileHandle (or a raw descriptor) works on that descriptor the same way.
using Microsoft.Win32.SafeHandles;

namespace System.IO
{
    public enum FileMode { CreateNew = 1, Create = 2, Open = 3, OpenOrCreate = 4, Truncate = 5, Append = 6 }

    [Flags]
    public enum FileAccess { Read = 1, Write = 2, ReadWrite = 3 }

    [Flags]
    public enum FileShare { None = 0, Read = 1, Write = 2, ReadWrite = 3, Delete = 4, Inheritable = 16 }

    [Flags]
    public enum FileOptions
    {
        WriteThrough = unchecked((int)0x80000000), None = 0, Encrypted = 0x4000, DeleteOnClose = 0x04000000,
        SequentialScan = 0x08000000, RandomAccess = 0x10000000, Asynchronous = 0x40000000
    }

    public class FileStream : Stream
    {
        private int _fd = -1;
        private readonly string _path;
        private readonly FileAccess _access;
        private readonly FileOptions _options;
        private readonly long _appendStart;   // Append mode: no seeking before this
        private byte[] _buf;
        private int _readPos, _readLen;       // buffered bytes not yet consumed
        private int _writeLen;                // buffered bytes not yet written
        private long _pos;                    // logical position
        private SafeFileHandle _handle;       // made on demand for a path; given for a handle

        public FileStream(string path, FileMode mode) : this(path, mode, mode == FileMode.Append ? FileAccess.Write : FileAccess.ReadWrite, FileShare.Read, 4096, FileOptions.None) { }
        public FileStream(string path, FileMode mode, FileAccess access) : this(path, mode, access, FileShare.Read, 4096, FileOptions.None) { }
        public FileStream(string path, FileMode mode, FileAccess access, FileShare share) : this(path, mode, access, share, 4096, FileOptions.None) { }
        public FileStream(string path, FileMode mode, FileAccess access, FileShare share, int bufferSize) : this(path, mode, access, share, bufferSize, FileOptions.None) { }
        public FileStream(string path, FileMode mode, FileAccess access, FileShare share, int bufferSize, bool useAsync) : this(path, mode, access, share, bufferSize, useAsync ? FileOptions.Asynchronous : FileOptions.None) { }

        public FileStream(string path, FileMode mode, FileAccess access, FileShare share, int bufferSize, FileOptions options)
        {
            if (path == null) throw new ArgumentNullException("path", "Path cannot be null.");
            if (path.Length == 0) throw new ArgumentException("Empty path name is not legal.", "path");
            if (mode < FileMode.CreateNew || mode > FileMode.Append) throw new ArgumentOutOfRangeException("mode", "Enum value was out of legal range.");
            if (access < FileAccess.Read || access > FileAccess.ReadWrite) throw new ArgumentOutOfRangeException("access", "Enum value was out of legal range.");
            if ((share & ~(FileShare.ReadWrite | FileShare.Delete | FileShare.Inheritable)) != 0) throw new ArgumentOutOfRangeException("share", "Enum value was out of legal range.");
            if (bufferSize < 0) throw new ArgumentOutOfRangeException("bufferSize", "Positive number required.");
            if ((access & FileAccess.Write) == 0 && (mode == FileMode.Truncate || mode == FileMode.CreateNew || mode == FileMode.Create || mode == FileMode.Append))
                throw new ArgumentException("Combining FileMode: " + mode + " with FileAccess: " + access + " is invalid.", "access");
            if (mode == FileMode.Append && access != FileAccess.Write)
                throw new ArgumentException("Combining FileMode: " + mode + " with FileAccess: " + access + " is invalid.", "access");

            _path = Path.GetFullPath(path);
            _access = access;
            _options = options;
            int flags = ((access & FileAccess.Read) != 0 ? FileSystem.ReadFlag : 0) | ((access & FileAccess.Write) != 0 ? FileSystem.WriteFlag : 0);
            switch (mode)
            {
                case FileMode.CreateNew: flags |= FileSystem.CreateFlag | FileSystem.ExclFlag; break;
                case FileMode.Create: flags |= FileSystem.CreateFlag | FileSystem.TruncFlag; break;
                case FileMode.OpenOrCreate: flags |= FileSystem.CreateFlag; break;
                case FileMode.Truncate: flags |= FileSystem.TruncFlag; break;
                case FileMode.Append: flags |= FileSystem.CreateFlag; break;
            }
            int fd = FileSystem.Open(_path, flags, 0);
            if (fd < 0) throw FileSystem.GetException(fd, _path, false);
            _fd = fd;
            _buf = new byte[bufferSize > 1 ? bufferSize : 4096];
            if (mode == FileMode.Append)
            {
                _pos = FileSystem.Seek(_fd, 0, 2);
                _appendStart = _pos;
            }
            else _appendStart = -1;
        }

        public FileStream(SafeFileHandle handle, FileAccess access) : this(handle, access, 4096, false) { }
        public FileStream(SafeFileHandle handle, FileAccess access, int bufferSize) : this(handle, access, bufferSize, false) { }

        public FileStream(SafeFileHandle handle, FileAccess access, int bufferSize, bool isAsync)
        {
            if (handle.IsInvalid) throw new ArgumentException("Invalid handle.", "handle");
            if (access < FileAccess.Read || access > FileAccess.ReadWrite) throw new ArgumentOutOfRangeException("access", "Enum value was out of legal range.");
            if (bufferSize < 0) throw new ArgumentOutOfRangeException("bufferSize", "Positive number required.");
            if (handle.IsClosed) throw new ObjectDisposedException(null, "Cannot access a closed file.");
            _handle = handle;
            _fd = (int)handle.DangerousGetHandle();
            _path = handle.Path;
            _access = access;
            _options = isAsync ? FileOptions.Asynchronous : FileOptions.None;
            _appendStart = -1;
            _buf = new byte[bufferSize > 1 ? bufferSize : 4096];
            long pos = FileSystem.Seek(_fd, 0, 1);
            _pos = pos < 0 ? 0 : pos;
        }

        [Obsolete("This constructor has been deprecated. Use FileStream(SafeFileHandle handle, FileAccess access) instead.")]
        public FileStream(IntPtr handle, FileAccess access) : this(new SafeFileHandle(handle, true), access, 4096, false) { }
        [Obsolete("This constructor has been deprecated. Use FileStream(SafeFileHandle handle, FileAccess access) and optionally make a new SafeFileHandle with ownsHandle=false if needed instead.")]
        public FileStream(IntPtr handle, FileAccess access, bool ownsHandle) : this(new SafeFileHandle(handle, ownsHandle), access, 4096, false) { }
        [Obsolete("This constructor has been deprecated. Use FileStream(SafeFileHandle handle, FileAccess access, int bufferSize) and optionally make a new SafeFileHandle with ownsHandle=false if needed instead.")]
        public FileStream(IntPtr handle, FileAccess access, bool ownsHandle, int bufferSize) : this(new SafeFileHandle(handle, ownsHandle), access, bufferSize, false) { }
        [Obsolete("This constructor has been deprecated. Use FileStream(SafeFileHandle handle, FileAccess access, int bufferSize, bool isAsync) and optionally make a new SafeFileHandle with ownsHandle=false if needed instead.")]
        public FileStream(IntPtr handle, FileAccess access, bool ownsHandle, int bufferSize, bool isAsync) : this(new SafeFileHandle(handle, ownsHandle), access, bufferSize, isAsync) { }

        ~FileStream() { Dispose(false); }

        // The descriptor as a SafeFileHandle; buffered writes reach the file first.
        public virtual SafeFileHandle SafeFileHandle
        {
            get
            {
                EnsureOpen();
                FlushWrite();
                DropReadBuffer();
                if (_handle == null) { _handle = new SafeFileHandle(new IntPtr(_fd), true); _handle.Path = _path; }
                return _handle;
            }
        }

        public override bool CanRead { get { return _fd >= 0 && (_access & FileAccess.Read) != 0; } }
        public override bool CanWrite { get { return _fd >= 0 && (_access & FileAccess.Write) != 0; } }
        public override bool CanSeek { get { return _fd >= 0; } }
        public virtual bool IsAsync { get { return (_options & FileOptions.Asynchronous) != 0; } }
        public virtual string Name { get { return _path ?? "[Unknown]"; } }

        [Obsolete("FileStream.Handle has been deprecated. Use FileStream's SafeFileHandle property instead.")]
        public virtual IntPtr Handle { get { EnsureOpen(); return new IntPtr(_fd); } }

        private void EnsureOpen()
        {
            if (_fd < 0) throw new ObjectDisposedException(null, "Cannot access a closed Stream.");
        }

        public override long Length
        {
            get
            {
                EnsureOpen();
                FlushWrite();
                long n = FileSystem.Length(_fd);
                if (n < 0) throw FileSystem.GetException((int)n, _path, false);
                return n;
            }
        }

        public override long Position
        {
            get { EnsureOpen(); return _pos; }
            set
            {
                if (value < 0) throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
                Seek(value, SeekOrigin.Begin);
            }
        }

        private void FlushWrite()
        {
            if (_writeLen == 0) return;
            int n = _writeLen;
            _writeLen = 0;
            int r = FileSystem.Write(_fd, _buf, 0, n);
            if (r < 0) throw FileSystem.GetException(r, _path, false);
        }

        // Drops read-ahead: puts the host position back where the caller is.
        private void DropReadBuffer()
        {
            if (_readLen - _readPos > 0) FileSystem.Seek(_fd, _pos, 0);
            _readPos = _readLen = 0;
        }

        public override void Flush() { EnsureOpen(); FlushWrite(); }
        public virtual void Flush(bool flushToDisk) { Flush(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            CheckArgs(buffer, offset, count);
            EnsureOpen();
            if ((_access & FileAccess.Read) == 0) throw new NotSupportedException("Stream does not support reading.");
            FlushWrite();
            int avail = _readLen - _readPos;
            if (avail == 0)
            {
                if (count >= _buf.Length)
                {
                    int d = FileSystem.Read(_fd, buffer, offset, count);
                    if (d < 0) throw FileSystem.GetException(d, _path, false);
                    _pos += d;
                    return d;
                }
                int r = FileSystem.Read(_fd, _buf, 0, _buf.Length);
                if (r < 0) throw FileSystem.GetException(r, _path, false);
                _readPos = 0;
                _readLen = r;
                avail = r;
                if (r == 0) return 0;
            }
            int n = avail < count ? avail : count;
            Buffer.BlockCopy(_buf, _readPos, buffer, offset, n);
            _readPos += n;
            _pos += n;
            return n;
        }

        public override int ReadByte()
        {
            if (_fd >= 0 && _readPos < _readLen)
            {
                _pos++;
                return _buf[_readPos++];
            }
            byte[] one = new byte[1];
            return Read(one, 0, 1) == 0 ? -1 : one[0];
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            CheckArgs(buffer, offset, count);
            EnsureOpen();
            if ((_access & FileAccess.Write) == 0) throw new NotSupportedException("Stream does not support writing.");
            DropReadBuffer();
            if (_writeLen + count > _buf.Length)
            {
                FlushWrite();
                if (count >= _buf.Length)
                {
                    int r = FileSystem.Write(_fd, buffer, offset, count);
                    if (r < 0) throw FileSystem.GetException(r, _path, false);
                    _pos += count;
                    return;
                }
            }
            Buffer.BlockCopy(buffer, offset, _buf, _writeLen, count);
            _writeLen += count;
            _pos += count;
        }

        public override void WriteByte(byte value)
        {
            if (_fd >= 0 && _readLen == 0 && _writeLen < _buf.Length && (_access & FileAccess.Write) != 0)
            {
                _buf[_writeLen++] = value;
                _pos++;
                return;
            }
            Write(new byte[] { value }, 0, 1);
        }

        public override long Seek(long offset, SeekOrigin origin)
        {
            EnsureOpen();
            if (origin < SeekOrigin.Begin || origin > SeekOrigin.End) throw new ArgumentException("Invalid seek origin.", "origin");
            FlushWrite();
            long target;
            if (origin == SeekOrigin.Begin) target = offset;
            else if (origin == SeekOrigin.Current) target = _pos + offset;
            else target = Length + offset;
            if (target < 0) throw FileSystem.GetException(FileSystem.EINVAL, _path, false);
            if (_appendStart >= 0 && target < _appendStart)
                throw new IOException("Unable seek backward to overwrite data that previously existed in a file opened in Append mode.");
            // stay inside the read buffer when possible
            long bufStart = _pos - _readPos;
            if (_readLen > 0 && target >= bufStart && target <= bufStart + _readLen)
            {
                _readPos = (int)(target - bufStart);
                _pos = target;
                return target;
            }
            _readPos = _readLen = 0;
            long r = FileSystem.Seek(_fd, target, 0);
            if (r < 0) throw FileSystem.GetException((int)r, _path, false);
            _pos = target;
            return target;
        }

        public override void SetLength(long value)
        {
            if (value < 0) throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
            EnsureOpen();
            if ((_access & FileAccess.Write) == 0) throw new NotSupportedException("Stream does not support writing.");
            if (_appendStart >= 0 && value < _appendStart)
                throw new IOException("Unable to truncate data that previously existed in a file opened in Append mode.");
            FlushWrite();
            DropReadBuffer();
            int r = FileSystem.Truncate(_fd, value);
            if (r < 0) throw FileSystem.GetException(r, _path, false);
            if (_pos > value) Seek(value, SeekOrigin.Begin);
        }

        public virtual void Lock(long position, long length)
        {
            if (position < 0 || length < 0) throw new ArgumentOutOfRangeException(position < 0 ? "position" : "length", "Non-negative number required.");
            EnsureOpen();
        }

        public virtual void Unlock(long position, long length)
        {
            if (position < 0 || length < 0) throw new ArgumentOutOfRangeException(position < 0 ? "position" : "length", "Non-negative number required.");
            EnsureOpen();
        }

        protected override void Dispose(bool disposing)
        {
            if (_fd < 0) return;
            try { FlushWrite(); }
            finally
            {
                if (_handle != null) { if (disposing) _handle.Dispose(); }
                else FileSystem.Close(_fd);
                _fd = -1;
                if ((_options & FileOptions.DeleteOnClose) != 0 && _path != null) FileSystem.Unlink(_path);
            }
        }
    }
}
