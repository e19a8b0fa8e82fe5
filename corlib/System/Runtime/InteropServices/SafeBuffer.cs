// SafeBuffer: a SafeHandle over a block of unmanaged memory of a known byte
// length, with bounds-checked typed reads and writes (the store behind
// UnmanagedMemoryStream and UnmanagedMemoryAccessor).
using System.Runtime.CompilerServices;
using Microsoft.Win32.SafeHandles;

namespace System.Runtime.InteropServices
{
    public abstract unsafe class SafeBuffer : SafeHandleZeroOrMinusOneIsInvalid
    {
        private const ulong Uninitialized = ulong.MaxValue;
        private ulong _numBytes = Uninitialized;

        protected SafeBuffer(bool ownsHandle) : base(ownsHandle) { }

        [CLSCompliant(false)]
        public void Initialize(ulong numBytes)
        {
            if (IntPtr.Size == 4 && numBytes > uint.MaxValue)
                throw new ArgumentOutOfRangeException("numBytes", "The number of bytes cannot exceed the virtual address space on a 32 bit machine.");
            if (numBytes >= Uninitialized)
                throw new ArgumentOutOfRangeException("numBytes", "The length of the buffer must be less than the maximum UIntPtr value for your platform.");
            _numBytes = numBytes;
        }

        [CLSCompliant(false)]
        public void Initialize(uint numElements, uint sizeOfEachElement) { Initialize((ulong)numElements * sizeOfEachElement); }

        [CLSCompliant(false)]
        public void Initialize<T>(uint numElements) where T : struct { Initialize(numElements, AlignedSizeOf<T>()); }

        [CLSCompliant(false)]
        public ulong ByteLength { get { CheckInitialized(); return _numBytes; } }

        [CLSCompliant(false)]
        public void AcquirePointer(ref byte* pointer)
        {
            CheckInitialized();
            pointer = null;
            bool added = false;
            DangerousAddRef(ref added);
            pointer = (byte*)handle;
        }

        public void ReleasePointer() { CheckInitialized(); DangerousRelease(); }

        [CLSCompliant(false)]
        public T Read<T>(ulong byteOffset) where T : struct
        {
            CheckInitialized();
            uint size = (uint)Unsafe.SizeOf<T>();
            byte* p = (byte*)handle + byteOffset;
            SpaceCheck(p, size);
            bool added = false;
            try
            {
                DangerousAddRef(ref added);
                return Unsafe.ReadUnaligned<T>(p);
            }
            finally { if (added) DangerousRelease(); }
        }

        [CLSCompliant(false)]
        public void Write<T>(ulong byteOffset, T value) where T : struct
        {
            CheckInitialized();
            uint size = (uint)Unsafe.SizeOf<T>();
            byte* p = (byte*)handle + byteOffset;
            SpaceCheck(p, size);
            bool added = false;
            try
            {
                DangerousAddRef(ref added);
                Unsafe.WriteUnaligned<T>(p, value);
            }
            finally { if (added) DangerousRelease(); }
        }

        [CLSCompliant(false)]
        public void ReadArray<T>(ulong byteOffset, T[] array, int index, int count) where T : struct
        {
            CheckArray(array, index, count);
            ReadSpan(byteOffset, new Span<T>(array, index, count));
        }

        [CLSCompliant(false)]
        public void WriteArray<T>(ulong byteOffset, T[] array, int index, int count) where T : struct
        {
            CheckArray(array, index, count);
            WriteSpan(byteOffset, new ReadOnlySpan<T>(array, index, count));
        }

        // Elements sit AlignedSizeOf<T> bytes apart, as in an array the
        // buffer was initialized for with Initialize<T>.
        [CLSCompliant(false)]
        public void ReadSpan<T>(ulong byteOffset, Span<T> buffer) where T : struct
        {
            CheckInitialized();
            uint stride = AlignedSizeOf<T>();
            byte* p = (byte*)handle + byteOffset;
            SpaceCheck(p, checked((ulong)stride * (ulong)buffer.Length));
            bool added = false;
            try
            {
                DangerousAddRef(ref added);
                for (int i = 0; i < buffer.Length; i++) buffer[i] = Unsafe.ReadUnaligned<T>(p + (long)stride * i);
            }
            finally { if (added) DangerousRelease(); }
        }

        [CLSCompliant(false)]
        public void WriteSpan<T>(ulong byteOffset, ReadOnlySpan<T> data) where T : struct
        {
            CheckInitialized();
            uint stride = AlignedSizeOf<T>();
            byte* p = (byte*)handle + byteOffset;
            SpaceCheck(p, checked((ulong)stride * (ulong)data.Length));
            bool added = false;
            try
            {
                DangerousAddRef(ref added);
                for (int i = 0; i < data.Length; i++) Unsafe.WriteUnaligned<T>(p + (long)stride * i, data[i]);
            }
            finally { if (added) DangerousRelease(); }
        }

        internal static uint AlignedSizeOf<T>() where T : struct
        {
            uint size = (uint)Unsafe.SizeOf<T>();
            return size == 1 || size == 2 ? size : (size + 3) & ~3u;
        }

        private void CheckInitialized()
        {
            if (_numBytes == Uninitialized)
                throw new InvalidOperationException("You must call Initialize on this object instance before using it.");
        }

        private static void CheckArray<T>(T[] array, int index, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (array.Length - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
        }

        private void SpaceCheck(byte* p, ulong size)
        {
            ulong offset = (ulong)(p - (byte*)handle);
            if (_numBytes < size || offset > _numBytes - size)
                throw new ArgumentException("Not enough space available in the buffer.");
        }
    }
}
