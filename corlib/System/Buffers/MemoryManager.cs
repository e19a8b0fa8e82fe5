// System.Buffers: the ownership and pinning contracts behind Memory<T>.
using System.Runtime.InteropServices;

namespace System.Buffers
{
    public interface IMemoryOwner<T> : IDisposable
    {
        Memory<T> Memory { get; }
    }

    public interface IPinnable
    {
        MemoryHandle Pin(int elementIndex);
        void Unpin();
    }

    public unsafe struct MemoryHandle : IDisposable
    {
        private void* _pointer;
        private GCHandle _handle;
        private IPinnable? _pinnable;

        [CLSCompliant(false)]
        public MemoryHandle(void* pointer, GCHandle handle = default, IPinnable? pinnable = null)
        {
            _pointer = pointer; _handle = handle; _pinnable = pinnable;
        }

        [CLSCompliant(false)]
        public void* Pointer => _pointer;

        public void Dispose()
        {
            if (_handle.IsAllocated) _handle.Free();
            if (_pinnable != null) { _pinnable.Unpin(); _pinnable = null; }
            _pointer = null;
        }
    }

    public abstract class MemoryManager<T> : IMemoryOwner<T>, IPinnable
    {
        public virtual Memory<T> Memory => new Memory<T>(this, 0, GetSpan().Length);
        public abstract Span<T> GetSpan();
        public abstract MemoryHandle Pin(int elementIndex = 0);
        public abstract void Unpin();
        protected Memory<T> CreateMemory(int length) => new Memory<T>(this, 0, length);
        protected Memory<T> CreateMemory(int start, int length) => new Memory<T>(this, start, length);
        protected internal virtual bool TryGetArray(out ArraySegment<T> segment) { segment = default; return false; }
        void IDisposable.Dispose() { Dispose(true); GC.SuppressFinalize(this); }
        protected abstract void Dispose(bool disposing);
    }
}
