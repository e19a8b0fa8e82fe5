// System.Runtime.DependentHandle: the public face of the GC's ephemeron
// handle (the one ConditionalWeakTable uses): Target is held weakly and
// Dependent stays alive only as long as Target does.
using Handles = System.Runtime.CompilerServices.DependentHandle;

namespace System.Runtime
{
    public struct DependentHandle : IDisposable
    {
        private IntPtr _handle;

        public DependentHandle(object target, object dependent) { _handle = Handles.InternalAlloc(target, dependent); }

        public bool IsAllocated { get { return _handle != IntPtr.Zero; } }

        public object Target
        {
            get { return Handles.InternalGetPrimary(Handle()); }
            set
            {
                IntPtr h = Handle();
                if (value != null) throw new InvalidOperationException("Operation is not valid due to the current state of the object.");
                Handles.InternalSet(h, null, null);
            }
        }

        public object Dependent
        {
            get { return TargetAndDependent.Item2; }
            set { IntPtr h = Handle(); Handles.InternalSet(h, Handles.InternalGetPrimary(h), value); }
        }

        public ValueTuple<object, object> TargetAndDependent
        {
            get
            {
                IntPtr h = Handle();
                object target = Handles.InternalGetPrimary(h);
                return new ValueTuple<object, object>(target, target == null ? null : Handles.InternalGetSecondary(h));
            }
        }

        public void Dispose()
        {
            if (_handle == IntPtr.Zero) return;
            Handles.InternalFree(_handle);
            _handle = IntPtr.Zero;
        }

        private IntPtr Handle()
        {
            if (_handle == IntPtr.Zero) throw new InvalidOperationException("Operation is not valid due to the current state of the object.");
            return _handle;
        }
    }
}
