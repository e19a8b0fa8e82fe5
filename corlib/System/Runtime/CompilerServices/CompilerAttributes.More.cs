// Attributes of System.Runtime.CompilerServices that compilers and tools
// emit (metadata only), plus RuntimeWrappedException and the constrained
// execution members of RuntimeHelpers, which are no-ops on .NET Core.
namespace System.Runtime.CompilerServices
{
    [AttributeUsage(AttributeTargets.Field)]
    public sealed class AccessedThroughPropertyAttribute : Attribute
    {
        public AccessedThroughPropertyAttribute(string propertyName) { PropertyName = propertyName; }
        public string PropertyName { get; }
    }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum | AttributeTargets.Delegate)]
    public class CompilerGlobalScopeAttribute : Attribute { public CompilerGlobalScopeAttribute() { } }

    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Parameter, Inherited = false)]
    public abstract class CustomConstantAttribute : Attribute
    {
        protected CustomConstantAttribute() { }
        public abstract object Value { get; }
    }

    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Parameter, Inherited = false)]
    public sealed class DateTimeConstantAttribute : CustomConstantAttribute
    {
        private readonly DateTime _date;
        public DateTimeConstantAttribute(long ticks) { _date = new DateTime(ticks); }
        public override object Value { get { return _date; } }
    }

    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Parameter, Inherited = false)]
    public sealed class IDispatchConstantAttribute : CustomConstantAttribute
    {
        public IDispatchConstantAttribute() { }
        public override object Value { get { return null; } }
    }

    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Parameter, Inherited = false)]
    public sealed class IUnknownConstantAttribute : CustomConstantAttribute
    {
        public IUnknownConstantAttribute() { }
        public override object Value { get { return null; } }
    }

    public enum LoadHint { Default = 0, Always = 1, Sometimes = 2 }

    [AttributeUsage(AttributeTargets.Assembly)]
    public sealed class DefaultDependencyAttribute : Attribute
    {
        public DefaultDependencyAttribute(LoadHint loadHintArgument) { LoadHint = loadHintArgument; }
        public LoadHint LoadHint { get; }
    }

    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
    public sealed class DependencyAttribute : Attribute
    {
        public DependencyAttribute(string dependentAssemblyArgument, LoadHint loadHintArgument)
        {
            DependentAssembly = dependentAssemblyArgument;
            LoadHint = loadHintArgument;
        }
        public string DependentAssembly { get; }
        public LoadHint LoadHint { get; }
    }

    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
    public sealed class DisablePrivateReflectionAttribute : Attribute { public DisablePrivateReflectionAttribute() { } }

    [AttributeUsage(AttributeTargets.All)]
    public sealed class DiscardableAttribute : Attribute { public DiscardableAttribute() { } }

    [AttributeUsage(AttributeTargets.Field)]
    public sealed class FixedAddressValueTypeAttribute : Attribute { public FixedAddressValueTypeAttribute() { } }

    [AttributeUsage(AttributeTargets.Struct)]
    public sealed class HasCopySemanticsAttribute : Attribute { public HasCopySemanticsAttribute() { } }

    [AttributeUsage(AttributeTargets.Struct, Inherited = true)]
    public sealed class NativeCppClassAttribute : Attribute { public NativeCppClassAttribute() { } }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Interface, AllowMultiple = true, Inherited = false)]
    public sealed class RequiredAttributeAttribute : Attribute
    {
        public RequiredAttributeAttribute(Type requiredContract) { RequiredContract = requiredContract; }
        public Type RequiredContract { get; }
    }

    [AttributeUsage(AttributeTargets.Enum)]
    public sealed class ScopelessEnumAttribute : Attribute { public ScopelessEnumAttribute() { } }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Event | AttributeTargets.Struct)]
    public sealed class SpecialNameAttribute : Attribute { public SpecialNameAttribute() { } }

    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class StringFreezingAttribute : Attribute { public StringFreezingAttribute() { } }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Module)]
    public sealed class SuppressIldasmAttribute : Attribute { public SuppressIldasmAttribute() { } }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Interface | AttributeTargets.Delegate, Inherited = false, AllowMultiple = false)]
    public sealed class TypeForwardedFromAttribute : Attribute
    {
        public TypeForwardedFromAttribute(string assemblyFullName)
        {
            if (string.IsNullOrEmpty(assemblyFullName)) throw new ArgumentNullException("assemblyFullName");
            AssemblyFullName = assemblyFullName;
        }
        public string AssemblyFullName { get; }
    }

    [AttributeUsage(AttributeTargets.Struct)]
    public sealed class UnsafeValueTypeAttribute : Attribute { public UnsafeValueTypeAttribute() { } }

    public sealed class RuntimeWrappedException : Exception
    {
        private readonly object _wrapped;

        public RuntimeWrappedException(object thrownObject) : base("An object that does not derive from System.Exception has been wrapped in a RuntimeWrappedException.")
        {
            HResult = unchecked((int)0x8013153E);
            _wrapped = thrownObject;
        }

        public object WrappedException { get { return _wrapped; } }

        public override void GetObjectData(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context)
        {
            base.GetObjectData(info, context);
            info.AddValue("WrappedException", _wrapped, typeof(object));
        }
    }

    public static partial class RuntimeHelpers
    {
        public delegate void TryCode(object userData);
        public delegate void CleanupCode(object userData, bool exceptionThrown);

        // Runs code, then cleanup whether or not code threw (.NET Core has no constrained execution regions).
        [Obsolete("The Constrained Execution Region (CER) feature is not supported.")]
        public static void ExecuteCodeWithGuaranteedCleanup(TryCode code, CleanupCode backoutCode, object userData)
        {
            if (code == null) throw new ArgumentNullException("code");
            if (backoutCode == null) throw new ArgumentNullException("backoutCode");
            bool thrown = true;
            try { code(userData); thrown = false; }
            finally { backoutCode(userData, thrown); }
        }

        [Obsolete("The Constrained Execution Region (CER) feature is not supported.")]
        public static void PrepareConstrainedRegionsNoOP() { }
        [Obsolete("The Constrained Execution Region (CER) feature is not supported.")]
        public static void PrepareContractedDelegate(Delegate d) { }
        public static void PrepareDelegate(Delegate d) { }
        public static void PrepareMethod(RuntimeMethodHandle method) { }
        public static void PrepareMethod(RuntimeMethodHandle method, RuntimeTypeHandle[] instantiation) { }

    }
}
