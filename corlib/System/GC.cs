// GC, WeakReference, GCHandle: thin wrappers over runtime-provided icalls.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace System
{
    public static class GC
    {
        // .NET 5: arrays without zeroing (Cilantro's are always zeroed) and pinned ones (its heap never moves objects).
        public static T[] AllocateUninitializedArray<T>(int length, bool pinned = false) { return new T[length]; }
        public static T[] AllocateArray<T>(int length, bool pinned = false) { return new T[length]; }
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern void Collect();
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void InternalCollect(int generation);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern long GetTotalMemory(bool forceFullCollection);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern int CollectionCount(int generation);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void InternalSuppressFinalize(object obj);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void InternalReRegisterForFinalize(object obj);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern void WaitForPendingFinalizers();
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern long GetTotalAllocatedBytes(bool precise);

        public static void Collect(int generation)
        {
            if (generation < 0) throw new ArgumentOutOfRangeException("generation", "Value must be positive.");
            InternalCollect(generation);
        }

        public static void Collect(int generation, GCCollectionMode mode) { Collect(generation); }
        public static void Collect(int generation, GCCollectionMode mode, bool blocking) { Collect(generation); }

        public static void SuppressFinalize(object obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            InternalSuppressFinalize(obj);
        }

        public static void ReRegisterForFinalize(object obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            InternalReRegisterForFinalize(obj);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static void KeepAlive(object obj) { }

        public static int MaxGeneration { get { return 0; } }
        public static int GetGeneration(object obj) { return 0; }
        public static void AddMemoryPressure(long bytesAllocated) { }
        public static void RemoveMemoryPressure(long bytesAllocated) { }
    }

    [Serializable]
    public class WeakReference
    {
        internal IntPtr _handle;
        internal bool _trackResurrection;

        public WeakReference(object target) : this(target, false) { }

        public WeakReference(object target, bool trackResurrection)
        {
            _trackResurrection = trackResurrection;
            _handle = GCHandle.InternalAlloc(target, trackResurrection ? GCHandleType.WeakTrackResurrection : GCHandleType.Weak);
        }

        public virtual bool IsAlive { get { return _handle != IntPtr.Zero && GCHandle.InternalGet(_handle) != null; } }
        public virtual bool TrackResurrection { get { return _trackResurrection; } }

        public virtual object Target
        {
            get { return _handle == IntPtr.Zero ? null : GCHandle.InternalGet(_handle); }
            set { if (_handle != IntPtr.Zero) GCHandle.InternalSet(_handle, value); }
        }

        ~WeakReference()
        {
            IntPtr h = _handle;
            _handle = IntPtr.Zero;
            if (h != IntPtr.Zero) GCHandle.InternalFree(h);
        }
    }

    [Serializable]
    public sealed class WeakReference<T> where T : class
    {
        internal IntPtr _handle;
        internal bool _trackResurrection;

        public WeakReference(T target) : this(target, false) { }

        public WeakReference(T target, bool trackResurrection)
        {
            _trackResurrection = trackResurrection;
            _handle = GCHandle.InternalAlloc(target, trackResurrection ? GCHandleType.WeakTrackResurrection : GCHandleType.Weak);
        }

        public bool TryGetTarget(out T target)
        {
            target = _handle == IntPtr.Zero ? null : (T)GCHandle.InternalGet(_handle);
            return target != null;
        }

        public void SetTarget(T target)
        {
            if (_handle != IntPtr.Zero) GCHandle.InternalSet(_handle, target);
        }

        ~WeakReference()
        {
            IntPtr h = _handle;
            _handle = IntPtr.Zero;
            if (h != IntPtr.Zero) GCHandle.InternalFree(h);
        }
    }
}

namespace System.Runtime.InteropServices
{
    public enum GCHandleType { Weak = 0, WeakTrackResurrection = 1, Normal = 2, Pinned = 3 }

    public struct GCHandle
    {
        private IntPtr _handle;

        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern IntPtr InternalAlloc(object value, GCHandleType type);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern void InternalFree(IntPtr handle);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern object InternalGet(IntPtr handle);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern void InternalSet(IntPtr handle, object value);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern IntPtr InternalAddrOfPinnedObject(IntPtr handle);

        private GCHandle(object value, GCHandleType type)
        {
            if ((uint)type > (uint)GCHandleType.Pinned) throw new ArgumentOutOfRangeException("type", "Enum value was out of legal range.");
            _handle = InternalAlloc(value, type);
        }

        public static GCHandle Alloc(object value) { return new GCHandle(value, GCHandleType.Normal); }
        public static GCHandle Alloc(object value, GCHandleType type) { return new GCHandle(value, type); }

        private void Check()
        {
            if (_handle == IntPtr.Zero) throw new InvalidOperationException("Handle is not initialized.");
        }

        public void Free()
        {
            Check();
            InternalFree(_handle);
            _handle = IntPtr.Zero;
        }

        public object Target
        {
            get { Check(); return InternalGet(_handle); }
            set { Check(); InternalSet(_handle, value); }
        }

        public bool IsAllocated { get { return _handle != IntPtr.Zero; } }

        public IntPtr AddrOfPinnedObject()
        {
            Check();
            return InternalAddrOfPinnedObject(_handle);
        }

        public static explicit operator IntPtr(GCHandle value) { return value._handle; }

        public static explicit operator GCHandle(IntPtr value)
        {
            if (value == IntPtr.Zero) throw new InvalidOperationException("Handle is not initialized.");
            GCHandle h = new GCHandle();
            h._handle = value;
            return h;
        }

        public static IntPtr ToIntPtr(GCHandle value) { return value._handle; }
        public static GCHandle FromIntPtr(IntPtr value) { return (GCHandle)value; }

        public override bool Equals(object o) { return o is GCHandle && ((GCHandle)o)._handle == _handle; }
        public override int GetHashCode() { return _handle.GetHashCode(); }
        public static bool operator ==(GCHandle a, GCHandle b) { return a._handle == b._handle; }
        public static bool operator !=(GCHandle a, GCHandle b) { return a._handle != b._handle; }
    }
}

namespace System.Runtime.CompilerServices
{
    public static partial class RuntimeHelpers
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void InitializeArray(Array array, RuntimeFieldHandle fldHandle);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int InternalGetOffsetToStringData();

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern bool IsReferenceOrContainsReferences<T>() where T : allows ref struct;

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void InternalRunClassConstructor(IntPtr type);

        public static int OffsetToStringData { get { return InternalGetOffsetToStringData(); } }

        public static int GetHashCode(object o) { return o == null ? 0 : object.InternalGetHashCode(o); }

        public static new bool Equals(object o1, object o2) { return o1 == o2; }

        public static object GetObjectValue(object obj) { return obj; }

        public static void RunClassConstructor(RuntimeTypeHandle type) { InternalRunClassConstructor(type._value); }

        public static void EnsureSufficientExecutionStack() { }

        public static void PrepareConstrainedRegions() { }
    }
}
