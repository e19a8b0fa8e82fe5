// UnmanagedMemoryAccessor: random access to typed values in a window of a
// SafeBuffer (offset, capacity), little-endian as the host stores them.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace System.IO
{
    public unsafe class UnmanagedMemoryAccessor : IDisposable
    {
        private SafeBuffer _buffer;
        private long _offset, _capacity;
        private FileAccess _access;
        private bool _isOpen, _canRead, _canWrite;

        protected UnmanagedMemoryAccessor() { }
        public UnmanagedMemoryAccessor(SafeBuffer buffer, long offset, long capacity) { Initialize(buffer, offset, capacity, FileAccess.Read); }
        public UnmanagedMemoryAccessor(SafeBuffer buffer, long offset, long capacity, FileAccess access) { Initialize(buffer, offset, capacity, access); }

        protected void Initialize(SafeBuffer buffer, long offset, long capacity, FileAccess access)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            ArgumentOutOfRangeException.ThrowIfNegative(offset);
            ArgumentOutOfRangeException.ThrowIfNegative(capacity);
            if (buffer.ByteLength < (ulong)(offset + capacity))
                throw new ArgumentException("Offset and capacity were greater than the size of the view.");
            if (access < FileAccess.Read || access > FileAccess.ReadWrite)
                throw new ArgumentOutOfRangeException("access", "Enum value was out of legal range.");
            if (_isOpen) throw new InvalidOperationException("The method cannot be called twice on the same instance.");
            byte* p = null;
            buffer.AcquirePointer(ref p);
            try
            {
                if ((nuint)p + (nuint)offset + (nuint)capacity < (nuint)p)
                    throw new ArgumentException("The UnmanagedMemoryAccessor capacity and offset would wrap around the high end of the address space.");
            }
            finally { buffer.ReleasePointer(); }
            _buffer = buffer;
            _offset = offset;
            _capacity = capacity;
            _access = access;
            _isOpen = true;
            _canRead = (access & FileAccess.Read) != 0;
            _canWrite = (access & FileAccess.Write) != 0;
        }

        public long Capacity { get { return _capacity; } }
        public bool CanRead { get { return _isOpen && _canRead; } }
        public bool CanWrite { get { return _isOpen && _canWrite; } }
        protected bool IsOpen { get { return _isOpen; } }

        protected virtual void Dispose(bool disposing) { _isOpen = false; }
        public void Dispose() { Dispose(true); GC.SuppressFinalize(this); }

        // ---- checks, .NET's messages ----
        private void Check(long position, int size, bool write)
        {
            if (!_isOpen) throw new ObjectDisposedException("UnmanagedMemoryAccessor", "Cannot access a closed accessor.");
            if (write ? !_canWrite : !_canRead)
                throw new NotSupportedException(write ? "Accessor does not support writing." : "Accessor does not support reading.");
            ArgumentOutOfRangeException.ThrowIfNegative(position);
            if (position > _capacity - size)
            {
                if (position >= _capacity)
                    throw new ArgumentOutOfRangeException("position", "The position may not be greater or equal to the capacity of the accessor.");
                throw new ArgumentException("There are not enough bytes remaining in the accessor to " + (write ? "write" : "read") + " at this position.", "position");
            }
        }

        private T Get<T>(long position) where T : unmanaged
        {
            Check(position, sizeof(T), false);
            return _buffer.Read<T>((ulong)(_offset + position));
        }

        private void Put<T>(long position, T value) where T : unmanaged
        {
            Check(position, sizeof(T), true);
            _buffer.Write<T>((ulong)(_offset + position), value);
        }

        public bool ReadBoolean(long position) { return Get<byte>(position) != 0; }
        public byte ReadByte(long position) { return Get<byte>(position); }
        public char ReadChar(long position) { return Get<char>(position); }
        public short ReadInt16(long position) { return Get<short>(position); }
        public int ReadInt32(long position) { return Get<int>(position); }
        public long ReadInt64(long position) { return Get<long>(position); }
        public float ReadSingle(long position) { return Get<float>(position); }
        public double ReadDouble(long position) { return Get<double>(position); }
        [CLSCompliant(false)] public sbyte ReadSByte(long position) { return Get<sbyte>(position); }
        [CLSCompliant(false)] public ushort ReadUInt16(long position) { return Get<ushort>(position); }
        [CLSCompliant(false)] public uint ReadUInt32(long position) { return Get<uint>(position); }
        [CLSCompliant(false)] public ulong ReadUInt64(long position) { return Get<ulong>(position); }

        // A decimal is stored as decimal.GetBits lays it out: lo, mid, hi, flags.
        public decimal ReadDecimal(long position)
        {
            Check(position, 16, false);
            ulong at = (ulong)(_offset + position);
            int lo = _buffer.Read<int>(at), mid = _buffer.Read<int>(at + 4), hi = _buffer.Read<int>(at + 8), flags = _buffer.Read<int>(at + 12);
            if ((flags & 0x7F00FFFF) != 0 || ((flags >> 16) & 0xFF) > 28)
                throw new ArgumentException("Read an invalid decimal value from the buffer.");
            return new decimal(lo, mid, hi, flags < 0, (byte)(flags >> 16));
        }

        public void Write(long position, bool value) { Put<byte>(position, value ? (byte)1 : (byte)0); }
        public void Write(long position, byte value) { Put(position, value); }
        public void Write(long position, char value) { Put(position, value); }
        public void Write(long position, short value) { Put(position, value); }
        public void Write(long position, int value) { Put(position, value); }
        public void Write(long position, long value) { Put(position, value); }
        public void Write(long position, float value) { Put(position, value); }
        public void Write(long position, double value) { Put(position, value); }
        [CLSCompliant(false)] public void Write(long position, sbyte value) { Put(position, value); }
        [CLSCompliant(false)] public void Write(long position, ushort value) { Put(position, value); }
        [CLSCompliant(false)] public void Write(long position, uint value) { Put(position, value); }
        [CLSCompliant(false)] public void Write(long position, ulong value) { Put(position, value); }

        public void Write(long position, decimal value)
        {
            Check(position, 16, true);
            int[] bits = decimal.GetBits(value);
            ulong at = (ulong)(_offset + position);
            for (int i = 0; i < 4; i++) _buffer.Write<int>(at + (ulong)(4 * i), bits[i]);
        }

        public void Read<T>(long position, out T structure) where T : struct
        {
            Check(position, Unsafe.SizeOf<T>(), false);
            structure = _buffer.Read<T>((ulong)(_offset + position));
        }

        public void Write<T>(long position, ref T structure) where T : struct
        {
            Check(position, Unsafe.SizeOf<T>(), true);
            _buffer.Write<T>((ulong)(_offset + position), structure);
        }

        public int ReadArray<T>(long position, T[] array, int offset, int count) where T : struct
        {
            int n = ArrayCount<T>(position, array, offset, count, false);
            _buffer.ReadArray<T>((ulong)(_offset + position), array, offset, n);
            return n;
        }

        public void WriteArray<T>(long position, T[] array, int offset, int count) where T : struct
        {
            ArrayCount<T>(position, array, offset, count, true);
            _buffer.WriteArray<T>((ulong)(_offset + position), array, offset, count);
        }

        // How many elements fit between position and the capacity (reads stop
        // there; writes must fit whole).
        private int ArrayCount<T>(long position, T[] array, int offset, int count, bool write) where T : struct
        {
            if (array == null) throw new ArgumentNullException("array", "Buffer cannot be null.");
            if (offset < 0) throw new ArgumentOutOfRangeException("offset", "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (array.Length - offset < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            if (!_isOpen) throw new ObjectDisposedException("UnmanagedMemoryAccessor", "Cannot access a closed accessor.");
            if (write ? !_canWrite : !_canRead)
                throw new NotSupportedException(write ? "Accessor does not support writing." : "Accessor does not support reading.");
            ArgumentOutOfRangeException.ThrowIfNegative(position);
            if (position >= _capacity) throw new ArgumentOutOfRangeException("position", "The position may not be greater or equal to the capacity of the accessor.");
            ulong stride = SafeBuffer.AlignedSizeOf<T>();
            ulong left = (ulong)(_capacity - position);
            // a write that does not fit is refused by the SafeBuffer
            if (write || left >= stride * (ulong)count) return count;
            return (int)(left / stride);
        }
    }
}
