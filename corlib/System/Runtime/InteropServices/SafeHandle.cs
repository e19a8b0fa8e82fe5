// SafeHandle: an OS handle (here a pointer or a host file descriptor) with a
// reference count, released once by ReleaseHandle when the last user lets go
// (Dispose/Close, or the finalizer). CriticalFinalizerObject is the base
// .NET gives it; the collector treats it like any finalizable object.
using System.Threading;

namespace System.Runtime.ConstrainedExecution
{
    public abstract class CriticalFinalizerObject
    {
        protected CriticalFinalizerObject() { }
        ~CriticalFinalizerObject() { }
    }
}

namespace System.Runtime.InteropServices
{
    public abstract class SafeHandle : System.Runtime.ConstrainedExecution.CriticalFinalizerObject, IDisposable
    {
        protected IntPtr handle;
        private readonly bool _ownsHandle;
        private int _refCount = 1;      // the owner's reference, dropped by Dispose
        private bool _closed, _disposed, _released;

        protected SafeHandle(IntPtr invalidHandleValue, bool ownsHandle)
        {
            handle = invalidHandleValue;
            _ownsHandle = ownsHandle;
            if (!ownsHandle) GC.SuppressFinalize(this);
        }

        ~SafeHandle() { Dispose(false); }

        public bool IsClosed { get { return _closed; } }
        public abstract bool IsInvalid { get; }

        protected void SetHandle(IntPtr handle) { this.handle = handle; }
        public IntPtr DangerousGetHandle() { return handle; }

        public void SetHandleAsInvalid()
        {
            _closed = true;
            GC.SuppressFinalize(this);
        }

        public void Close() { Dispose(); }
        public void Dispose() { Dispose(true); GC.SuppressFinalize(this); }

        protected virtual void Dispose(bool disposing) { InternalRelease(true); }

        public void DangerousAddRef(ref bool success)
        {
            lock (this)
            {
                if (_closed || _refCount == 0) throw new ObjectDisposedException(GetType().FullName);
                _refCount++;
            }
            success = true;
        }

        public void DangerousRelease() { InternalRelease(false); }

        // Drops one reference (the owner's when dispose is true); the last one
        // out releases the handle if this object owns it.
        private void InternalRelease(bool dispose)
        {
            bool release;
            lock (this)
            {
                if (dispose)
                {
                    if (_disposed) return;
                    _disposed = true;
                }
                else if (_refCount == 0) throw new ObjectDisposedException(GetType().FullName);
                if (--_refCount == 0) _closed = true;
                release = _refCount == 0 && _ownsHandle && !_released;
                if (release) _released = true;
            }
            if (release && !IsInvalid) ReleaseHandle();
        }

        protected abstract bool ReleaseHandle();
    }
}

namespace Microsoft.Win32.SafeHandles
{
    using System;
    using System.Runtime.InteropServices;

    public abstract class SafeHandleZeroOrMinusOneIsInvalid : SafeHandle
    {
        protected SafeHandleZeroOrMinusOneIsInvalid(bool ownsHandle) : base(IntPtr.Zero, ownsHandle) { }
        public override bool IsInvalid { get { return handle == IntPtr.Zero || handle == new IntPtr(-1); } }
    }

    public abstract class SafeHandleMinusOneIsInvalid : SafeHandle
    {
        protected SafeHandleMinusOneIsInvalid(bool ownsHandle) : base(new IntPtr(-1), ownsHandle) { }
        public override bool IsInvalid { get { return handle == new IntPtr(-1); } }
    }

    // A host file descriptor (FileSystem.Open); releasing it closes the file.
    public sealed class SafeFileHandle : SafeHandleZeroOrMinusOneIsInvalid
    {
        public SafeFileHandle() : base(true) { SetHandle(new IntPtr(-1)); }
        public SafeFileHandle(IntPtr preexistingHandle, bool ownsHandle) : base(ownsHandle) { SetHandle(preexistingHandle); }

        // descriptor 0 is a valid file on every host, unlike a Windows HANDLE
        public override bool IsInvalid { get { return handle == new IntPtr(-1); } }
        public bool IsAsync { get { return false; } }
        internal string Path;   // the file's full path when FileStream made this handle

        protected override bool ReleaseHandle() { return System.IO.FileSystem.Close((int)handle) >= 0; }
    }
}
