// UnmanagedMemoryStream: a stream over a block of unmanaged memory given as a
// pointer or a SafeBuffer; its length can grow up to a fixed capacity.
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;

namespace System.IO
{
    public unsafe class UnmanagedMemoryStream : Stream
    {
        private SafeBuffer _buffer;     // when built over a SafeBuffer
        private byte* _mem;             // start of the block (null with a SafeBuffer)
        private long _offset;           // SafeBuffer offset
        private long _length, _capacity, _position;
        private FileAccess _access;
        private bool _isOpen;

        protected UnmanagedMemoryStream() { }

        public UnmanagedMemoryStream(SafeBuffer buffer, long offset, long length) { Initialize(buffer, offset, length, FileAccess.Read); }
        public UnmanagedMemoryStream(SafeBuffer buffer, long offset, long length, FileAccess access) { Initialize(buffer, offset, length, access); }

        [CLSCompliant(false)]
        public UnmanagedMemoryStream(byte* pointer, long length) { Initialize(pointer, length, length, FileAccess.Read); }

        [CLSCompliant(false)]
        public UnmanagedMemoryStream(byte* pointer, long length, long capacity, FileAccess access) { Initialize(pointer, length, capacity, access); }

        protected void Initialize(SafeBuffer buffer, long offset, long length, FileAccess access)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            ArgumentOutOfRangeException.ThrowIfNegative(offset);
            ArgumentOutOfRangeException.ThrowIfNegative(length);
            if (buffer.ByteLength < (ulong)(offset + length))
                throw new ArgumentException("Offset and length were greater than the size of the SafeBuffer.");
            CheckAccess(access);
            if (_isOpen) throw new InvalidOperationException("The method cannot be called twice on the same instance.");
            byte* p = null;
            buffer.AcquirePointer(ref p);
            try
            {
                if (p + offset + length < p) throw new ArgumentException("The UnmanagedMemoryStream capacity would wrap around the high end of the address space.");
            }
            finally { buffer.ReleasePointer(); }
            _buffer = buffer;
            _offset = offset;
            _length = length;
            _capacity = length;
            _access = access;
            _isOpen = true;
        }

        [CLSCompliant(false)]
        protected void Initialize(byte* pointer, long length, long capacity, FileAccess access)
        {
            if (pointer == null) throw new ArgumentNullException("pointer");
            ArgumentOutOfRangeException.ThrowIfNegative(length);
            ArgumentOutOfRangeException.ThrowIfNegative(capacity);
            if (length > capacity) throw new ArgumentOutOfRangeException("length", "The length cannot be greater than the capacity.");
            if (pointer + capacity < pointer) throw new ArgumentOutOfRangeException("capacity", "The UnmanagedMemoryStream capacity would wrap around the high end of the address space.");
            CheckAccess(access);
            if (_isOpen) throw new InvalidOperationException("The method cannot be called twice on the same instance.");
            _mem = pointer;
            _length = length;
            _capacity = capacity;
            _access = access;
            _isOpen = true;
        }

        private static void CheckAccess(FileAccess access)
        {
            if (access < FileAccess.Read || access > FileAccess.ReadWrite)
                throw new ArgumentOutOfRangeException("access", "Enum value was out of legal range.");
        }

        public override bool CanRead { get { return _isOpen && (_access & FileAccess.Read) != 0; } }
        public override bool CanSeek { get { return _isOpen; } }
        public override bool CanWrite { get { return _isOpen && (_access & FileAccess.Write) != 0; } }

        public override long Length { get { EnsureNotClosed(); return Volatile.Read(ref _length); } }
        public long Capacity { get { EnsureNotClosed(); return _capacity; } }

        public override long Position
        {
            get { if (!CanSeek) throw Closed(); return Volatile.Read(ref _position); }
            set
            {
                if (value < 0) throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
                if (!CanSeek) throw Closed();
                Volatile.Write(ref _position, value);
            }
        }

        [CLSCompliant(false)]
        public byte* PositionPointer
        {
            get
            {
                if (_buffer != null) throw new NotSupportedException("This operation is not supported for an UnmanagedMemoryStream created from a SafeBuffer.");
                EnsureNotClosed();
                long pos = Volatile.Read(ref _position);
                if (pos > _capacity) throw new IndexOutOfRangeException("UnmanagedMemoryStream pointer is out of range.");
                return _mem + pos;
            }
            set
            {
                if (_buffer != null) throw new NotSupportedException("This operation is not supported for an UnmanagedMemoryStream created from a SafeBuffer.");
                EnsureNotClosed();
                if (value < _mem) throw new IOException("An attempt was made to move the position before the beginning of the stream.");
                long pos = value - _mem;
                if (pos < 0) throw new ArgumentOutOfRangeException("offset", "UnmanagedMemoryStream length can't be more than Int64.MaxValue.");
                Volatile.Write(ref _position, pos);
            }
        }

        private static Exception Closed() { return new ObjectDisposedException(null, "Cannot access a closed Stream."); }
        private void EnsureNotClosed() { if (!_isOpen) throw Closed(); }
        private void EnsureReadable() { if (!CanRead) throw new NotSupportedException("Stream does not support reading."); }
        private void EnsureWriteable() { if (!CanWrite) throw new NotSupportedException("Stream does not support writing."); }

        // Runs body with the block's start pointer, holding a SafeBuffer reference meanwhile.
        private byte* Acquire()
        {
            if (_buffer == null) return _mem;
            byte* p = null;
            _buffer.AcquirePointer(ref p);
            return p + _offset;
        }
        private void Release() { if (_buffer != null) _buffer.ReleasePointer(); }

        public override void Flush() { EnsureNotClosed(); }

        public override Task FlushAsync(CancellationToken cancellationToken)
        {
            if (cancellationToken.IsCancellationRequested) return Task.FromCanceled(cancellationToken);
            try { Flush(); return Task.CompletedTask; }
            catch (Exception e) { return Task.FromException(e); }
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            ValidateBufferArguments(buffer, offset, count);
            return Read(new Span<byte>(buffer, offset, count));
        }

        public override int Read(Span<byte> buffer)
        {
            EnsureNotClosed();
            EnsureReadable();
            long pos = Volatile.Read(ref _position);
            long n = Volatile.Read(ref _length) - pos;
            if (n > buffer.Length) n = buffer.Length;
            if (n <= 0) return 0;
            byte* p = Acquire();
            try { new ReadOnlySpan<byte>(p + pos, (int)n).CopyTo(buffer); }
            finally { Release(); }
            Volatile.Write(ref _position, pos + n);
            return (int)n;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            ValidateBufferArguments(buffer, offset, count);
            if (cancellationToken.IsCancellationRequested) return Task.FromCanceled<int>(cancellationToken);
            try { return Task.FromResult(Read(buffer, offset, count)); }
            catch (Exception e) { return Task.FromException<int>(e); }
        }

        public override int ReadByte()
        {
            EnsureNotClosed();
            EnsureReadable();
            long pos = Volatile.Read(ref _position);
            if (pos >= Volatile.Read(ref _length)) return -1;
            Volatile.Write(ref _position, pos + 1);
            byte* p = Acquire();
            try { return p[pos]; }
            finally { Release(); }
        }

        public override long Seek(long offset, SeekOrigin loc)
        {
            EnsureNotClosed();
            long start;
            switch (loc)
            {
                case SeekOrigin.Begin: start = 0; break;
                case SeekOrigin.Current: start = Volatile.Read(ref _position); break;
                case SeekOrigin.End: start = Volatile.Read(ref _length); break;
                default: throw new ArgumentException("Invalid seek origin.", "loc");
            }
            long pos = start + offset;
            if (offset > long.MaxValue - start || pos < 0)
                throw new IOException("An attempt was made to move the position before the beginning of the stream.");
            Volatile.Write(ref _position, pos);
            return pos;
        }

        public override void SetLength(long value)
        {
            if (value < 0) throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
            if (_buffer != null) throw new NotSupportedException("This operation is not supported for an UnmanagedMemoryStream created from a SafeBuffer.");
            EnsureNotClosed();
            EnsureWriteable();
            if (value > _capacity) throw new IOException("Unable to expand length of this stream beyond its capacity.");
            long len = Volatile.Read(ref _length);
            if (value > len) new Span<byte>(_mem + len, (int)(value - len)).Clear();
            Volatile.Write(ref _length, value);
            if (Volatile.Read(ref _position) > value) Volatile.Write(ref _position, value);
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            ValidateBufferArguments(buffer, offset, count);
            Write(new ReadOnlySpan<byte>(buffer, offset, count));
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            EnsureNotClosed();
            EnsureWriteable();
            long pos = Volatile.Read(ref _position);
            long len = Volatile.Read(ref _length);
            long end = pos + buffer.Length;
            if (end < 0) throw new IOException("Stream was too long.");
            if (end > _capacity) throw new NotSupportedException("Unable to expand length of this stream beyond its capacity.");
            byte* p = Acquire();
            try
            {
                if (pos > len) new Span<byte>(p + len, (int)(pos - len)).Clear();
                buffer.CopyTo(new Span<byte>(p + pos, buffer.Length));
            }
            finally { Release(); }
            if (end > len) Volatile.Write(ref _length, end);
            Volatile.Write(ref _position, end);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            ValidateBufferArguments(buffer, offset, count);
            if (cancellationToken.IsCancellationRequested) return Task.FromCanceled(cancellationToken);
            try { Write(buffer, offset, count); return Task.CompletedTask; }
            catch (Exception e) { return Task.FromException(e); }
        }

        public override void WriteByte(byte value)
        {
            EnsureNotClosed();
            EnsureWriteable();
            long pos = Volatile.Read(ref _position);
            long len = Volatile.Read(ref _length);
            if (pos >= _capacity) throw new NotSupportedException("Unable to expand length of this stream beyond its capacity.");
            byte* p = Acquire();
            try
            {
                if (pos > len) new Span<byte>(p + len, (int)(pos - len)).Clear();
                p[pos] = value;
            }
            finally { Release(); }
            if (pos + 1 > len) Volatile.Write(ref _length, pos + 1);
            Volatile.Write(ref _position, pos + 1);
        }

        protected override void Dispose(bool disposing)
        {
            _isOpen = false;
            base.Dispose(disposing);
        }
    }
}
