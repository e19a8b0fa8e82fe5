// System.Buffers.MemoryPool<T>: owners of Memory<T> blocks; the shared pool
// rents its arrays from ArrayPool<T>.Shared.
namespace System.Buffers
{
    public abstract class MemoryPool<T> : IDisposable
    {
        private static MemoryPool<T>? s_shared;
        public static MemoryPool<T> Shared => s_shared ??= new ArrayMemoryPool<T>();
        protected MemoryPool() { }
        public abstract int MaxBufferSize { get; }
        public abstract IMemoryOwner<T> Rent(int minBufferSize = -1);
        public void Dispose() { Dispose(true); GC.SuppressFinalize(this); }
        protected abstract void Dispose(bool disposing);
    }

    internal sealed class ArrayMemoryPool<T> : MemoryPool<T>
    {
        public override int MaxBufferSize => 0x7FFFFFC7;

        public override IMemoryOwner<T> Rent(int minBufferSize = -1)
        {
            if (minBufferSize == -1) minBufferSize = 1 + 4095 / System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
            else if ((uint)minBufferSize > (uint)MaxBufferSize) throw new ArgumentOutOfRangeException(nameof(minBufferSize));
            return new Owner(ArrayPool<T>.Shared.Rent(minBufferSize));
        }

        protected override void Dispose(bool disposing) { }

        private sealed class Owner : IMemoryOwner<T>
        {
            private T[]? _array;
            internal Owner(T[] array) { _array = array; }
            public Memory<T> Memory
            {
                get
                {
                    T[]? array = _array;
                    if (array == null) throw new ObjectDisposedException(nameof(ArrayMemoryPool<T>));
                    return new Memory<T>(array);
                }
            }
            public void Dispose()
            {
                T[]? array = _array;
                if (array != null) { _array = null; ArrayPool<T>.Shared.Return(array); }
            }
        }
    }
}
