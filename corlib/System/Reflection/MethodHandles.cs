// MethodBase.GetMethodFromHandle: what C# emits for `ldtoken method` in
// expression trees (the handle's value is the runtime's Method pointer).
namespace System.Reflection
{
    public abstract partial class MethodBase
    {
        public static MethodBase GetMethodFromHandle(RuntimeMethodHandle handle)
        {
            if (handle._value == IntPtr.Zero) throw new ArgumentException("The handle is invalid.");
            RuntimeMethodInfo m = new RuntimeMethodInfo(handle._value);
            if (m.Name == ".ctor" || m.Name == ".cctor") return new RuntimeConstructorInfo(handle._value);
            return m;
        }

        public static MethodBase GetMethodFromHandle(RuntimeMethodHandle handle, RuntimeTypeHandle declaringType) { return GetMethodFromHandle(handle); }

    }
}
