// Attribute types the C# compiler needs or programs commonly use.
namespace System
{
    [Serializable]
    [AttributeUsage(AttributeTargets.All, Inherited = true, AllowMultiple = false)]
    public abstract partial class Attribute
    {
        protected Attribute() { }
        public virtual object TypeId { get { return GetType(); } }
        public virtual bool IsDefaultAttribute() { return false; }
        public virtual bool Match(object obj) { return Equals(obj); }
    }

    [Flags]
    public enum AttributeTargets
    {
        Assembly = 1, Module = 2, Class = 4, Struct = 8, Enum = 16, Constructor = 32, Method = 64, Property = 128,
        Field = 256, Event = 512, Interface = 1024, Parameter = 2048, Delegate = 4096, ReturnValue = 8192,
        GenericParameter = 16384, All = 32767
    }

    [AttributeUsage(AttributeTargets.Class, Inherited = true)]
    public sealed class AttributeUsageAttribute : Attribute
    {
        private AttributeTargets _validOn;
        private bool _allowMultiple;
        private bool _inherited = true;
        public AttributeUsageAttribute(AttributeTargets validOn) { _validOn = validOn; }
        public AttributeTargets ValidOn { get { return _validOn; } }
        public bool AllowMultiple { get { return _allowMultiple; } set { _allowMultiple = value; } }
        public bool Inherited { get { return _inherited; } set { _inherited = value; } }
    }

    [AttributeUsage(AttributeTargets.Parameter, Inherited = true, AllowMultiple = false)]
    public sealed class ParamArrayAttribute : Attribute { public ParamArrayAttribute() { } }

    [AttributeUsage(AttributeTargets.Enum, Inherited = false)]
    public class FlagsAttribute : Attribute { public FlagsAttribute() { } }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Delegate, Inherited = false)]
    public sealed class SerializableAttribute : Attribute { public SerializableAttribute() { } }

    [AttributeUsage(AttributeTargets.Field, Inherited = false)]
    public sealed class NonSerializedAttribute : Attribute { public NonSerializedAttribute() { } }

    [AttributeUsage(AttributeTargets.All, Inherited = true, AllowMultiple = false)]
    public sealed class CLSCompliantAttribute : Attribute
    {
        private bool _compliant;
        public CLSCompliantAttribute(bool isCompliant) { _compliant = isCompliant; }
        public bool IsCompliant { get { return _compliant; } }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Constructor |
                    AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Event |
                    AttributeTargets.Interface | AttributeTargets.Delegate, Inherited = false)]
    public sealed class ObsoleteAttribute : Attribute
    {
        private string _message;
        private bool _error;
        public ObsoleteAttribute() { }
        public ObsoleteAttribute(string message) { _message = message; }
        public ObsoleteAttribute(string message, bool error) { _message = message; _error = error; }
        public string Message { get { return _message; } }
        public bool IsError { get { return _error; } }
        public string DiagnosticId { get; set; }
        public string UrlFormat { get; set; }
    }

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class STAThreadAttribute : Attribute { public STAThreadAttribute() { } }

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class MTAThreadAttribute : Attribute { public MTAThreadAttribute() { } }

    [AttributeUsage(AttributeTargets.Field, Inherited = false)]
    public class ThreadStaticAttribute : Attribute { public ThreadStaticAttribute() { } }

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class LoaderOptimizationAttribute : Attribute
    {
        public LoaderOptimizationAttribute(LoaderOptimization value) { }
        public LoaderOptimizationAttribute(byte value) { }
    }
}

namespace System.Diagnostics
{
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
    public sealed class ConditionalAttribute : Attribute
    {
        private string _cond;
        public ConditionalAttribute(string conditionString) { _cond = conditionString; }
        public string ConditionString { get { return _cond; } }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Constructor | AttributeTargets.Method, Inherited = false)]
    public sealed class DebuggerHiddenAttribute : Attribute { public DebuggerHiddenAttribute() { } }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Constructor | AttributeTargets.Method, Inherited = false)]
    public sealed class DebuggerStepThroughAttribute : Attribute { public DebuggerStepThroughAttribute() { } }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Constructor | AttributeTargets.Method, Inherited = false)]
    public sealed class DebuggerNonUserCodeAttribute : Attribute { public DebuggerNonUserCodeAttribute() { } }

    public enum DebuggerBrowsableState { Never = 0, Collapsed = 2, RootHidden = 3 }

    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false)]
    public sealed class DebuggerBrowsableAttribute : Attribute
    {
        private DebuggerBrowsableState _state;
        public DebuggerBrowsableAttribute(DebuggerBrowsableState state) { _state = state; }
        public DebuggerBrowsableState State { get { return _state; } }
    }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum |
                    AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Delegate, AllowMultiple = true)]
    public sealed class DebuggerDisplayAttribute : Attribute
    {
        private string _value;
        public DebuggerDisplayAttribute(string value) { _value = value; }
        public string Value { get { return _value; } }
        public string Name { get; set; }
        public string Type { get; set; }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true)]
    public sealed class DebuggerTypeProxyAttribute : Attribute
    {
        private string _typeName;
        public DebuggerTypeProxyAttribute(Type type) { _typeName = type == null ? null : type.FullName; }
        public DebuggerTypeProxyAttribute(string typeName) { _typeName = typeName; }
        public string ProxyTypeName { get { return _typeName; } }
    }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Module, AllowMultiple = false)]
    public sealed class DebuggableAttribute : Attribute
    {
        [Flags]
        public enum DebuggingModes { None = 0, Default = 1, DisableOptimizations = 256, IgnoreSymbolStoreSequencePoints = 2, EnableEditAndContinue = 4 }
        private DebuggingModes _modes;
        public DebuggableAttribute(bool isJITTrackingEnabled, bool isJITOptimizerDisabled)
        {
            _modes = isJITOptimizerDisabled ? DebuggingModes.DisableOptimizations : DebuggingModes.None;
            if (isJITTrackingEnabled) _modes |= DebuggingModes.Default;
        }
        public DebuggableAttribute(DebuggingModes modes) { _modes = modes; }
        public DebuggingModes DebuggingFlags { get { return _modes; } }
        public bool IsJITTrackingEnabled { get { return (_modes & DebuggingModes.Default) != 0; } }
        public bool IsJITOptimizerDisabled { get { return (_modes & DebuggingModes.DisableOptimizations) != 0; } }
    }
}

namespace System.Reflection
{
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface)]
    public sealed class DefaultMemberAttribute : Attribute
    {
        private string _name;
        public DefaultMemberAttribute(string memberName) { _name = memberName; }
        public string MemberName { get { return _name; } }
    }

    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyTitleAttribute : Attribute { public AssemblyTitleAttribute(string title) { Title = title; } public string Title { get; private set; } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyDescriptionAttribute : Attribute { public AssemblyDescriptionAttribute(string description) { Description = description; } public string Description { get; private set; } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyConfigurationAttribute : Attribute { public AssemblyConfigurationAttribute(string configuration) { Configuration = configuration; } public string Configuration { get; private set; } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyCompanyAttribute : Attribute { public AssemblyCompanyAttribute(string company) { Company = company; } public string Company { get; private set; } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyProductAttribute : Attribute { public AssemblyProductAttribute(string product) { Product = product; } public string Product { get; private set; } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyCopyrightAttribute : Attribute { public AssemblyCopyrightAttribute(string copyright) { Copyright = copyright; } public string Copyright { get; private set; } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyTrademarkAttribute : Attribute { public AssemblyTrademarkAttribute(string trademark) { Trademark = trademark; } public string Trademark { get; private set; } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyCultureAttribute : Attribute { public AssemblyCultureAttribute(string culture) { Culture = culture; } public string Culture { get; private set; } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyVersionAttribute : Attribute { public AssemblyVersionAttribute(string version) { Version = version; } public string Version { get; private set; } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyFileVersionAttribute : Attribute { public AssemblyFileVersionAttribute(string version) { Version = version; } public string Version { get; private set; } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyInformationalVersionAttribute : Attribute { public AssemblyInformationalVersionAttribute(string informationalVersion) { InformationalVersion = informationalVersion; } public string InformationalVersion { get; private set; } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyKeyFileAttribute : Attribute { public AssemblyKeyFileAttribute(string keyFile) { KeyFile = keyFile; } public string KeyFile { get; private set; } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyDelaySignAttribute : Attribute { public AssemblyDelaySignAttribute(bool delaySign) { DelaySign = delaySign; } public bool DelaySign { get; private set; } }
}

namespace System.Runtime.CompilerServices
{
    public enum MethodImplOptions
    {
        Unmanaged = 4, NoInlining = 8, ForwardRef = 16, Synchronized = 32, NoOptimization = 64, PreserveSig = 128,
        AggressiveInlining = 256, AggressiveOptimization = 512, InternalCall = 4096
    }

    public enum MethodCodeType { IL = 0, Native = 1, OPTIL = 2, Runtime = 3 }

    [AttributeUsage(AttributeTargets.Constructor | AttributeTargets.Method, Inherited = false)]
    public sealed class MethodImplAttribute : Attribute
    {
        private MethodImplOptions _val;
        public MethodCodeType MethodCodeType;
        public MethodImplAttribute() { }
        public MethodImplAttribute(MethodImplOptions methodImplOptions) { _val = methodImplOptions; }
        public MethodImplAttribute(short value) { _val = (MethodImplOptions)value; }
        public MethodImplOptions Value { get { return _val; } }
    }

    [AttributeUsage(AttributeTargets.All, Inherited = true)]
    public sealed class CompilerGeneratedAttribute : Attribute { public CompilerGeneratedAttribute() { } }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Method)]
    public sealed class ExtensionAttribute : Attribute { public ExtensionAttribute() { } }

    [AttributeUsage(AttributeTargets.Assembly, Inherited = false, AllowMultiple = false)]
    public sealed class RuntimeCompatibilityAttribute : Attribute
    {
        private bool _wrap;
        public RuntimeCompatibilityAttribute() { }
        public bool WrapNonExceptionThrows { get { return _wrap; } set { _wrap = value; } }
    }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Module | AttributeTargets.Class | AttributeTargets.Method)]
    public class CompilationRelaxationsAttribute : Attribute
    {
        private int _relaxations;
        public CompilationRelaxationsAttribute(int relaxations) { _relaxations = relaxations; }
        public CompilationRelaxationsAttribute(CompilationRelaxations relaxations) { _relaxations = (int)relaxations; }
        public int CompilationRelaxations { get { return _relaxations; } }
    }

    [Flags]
    public enum CompilationRelaxations { NoStringInterning = 8 }

    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Parameter, Inherited = false)]
    public sealed class DecimalConstantAttribute : Attribute
    {
        private decimal _dec;
        public DecimalConstantAttribute(byte scale, byte sign, uint hi, uint mid, uint low)
        {
            _dec = new decimal((int)low, (int)mid, (int)hi, sign != 0, scale);
        }
        public DecimalConstantAttribute(byte scale, byte sign, int hi, int mid, int low)
        {
            _dec = new decimal(low, mid, hi, sign != 0, scale);
        }
        public decimal Value { get { return _dec; } }
    }

    [AttributeUsage(AttributeTargets.Field, Inherited = false)]
    public sealed class FixedBufferAttribute : Attribute
    {
        private Type _type;
        private int _length;
        public FixedBufferAttribute(Type elementType, int length) { _type = elementType; _length = length; }
        public Type ElementType { get { return _type; } }
        public int Length { get { return _length; } }
    }

    [AttributeUsage(AttributeTargets.Property, Inherited = true)]
    public sealed class IndexerNameAttribute : Attribute { public IndexerNameAttribute(string indexerName) { } }

    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
    public sealed class InternalsVisibleToAttribute : Attribute
    {
        private string _name;
        public InternalsVisibleToAttribute(string assemblyName) { _name = assemblyName; }
        public string AssemblyName { get { return _name; } }
        public bool AllInternalsVisible { get; set; }
    }

    public static class IsVolatile { }
    public static class IsConst { }
    public static class IsLong { }
    public static class IsExternalInit { }

    [AttributeUsage(AttributeTargets.All, Inherited = false)]
    public sealed class IsReadOnlyAttribute : Attribute { public IsReadOnlyAttribute() { } }

    [AttributeUsage(AttributeTargets.Struct)]
    public sealed class IsByRefLikeAttribute : Attribute { public IsByRefLikeAttribute() { } }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Field | AttributeTargets.Property |
                    AttributeTargets.Parameter | AttributeTargets.ReturnValue | AttributeTargets.Event)]
    public sealed class TupleElementNamesAttribute : Attribute
    {
        private string[] _names;
        public TupleElementNamesAttribute(string[] transformNames) { _names = transformNames; }
        public System.Collections.Generic.IList<string> TransformNames { get { return _names; } }
    }

    [AttributeUsage(AttributeTargets.Method, Inherited = false, AllowMultiple = false)]
    public class StateMachineAttribute : Attribute
    {
        private Type _type;
        public StateMachineAttribute(Type stateMachineType) { _type = stateMachineType; }
        public Type StateMachineType { get { return _type; } }
    }

    [AttributeUsage(AttributeTargets.Method, Inherited = false, AllowMultiple = false)]
    public sealed class IteratorStateMachineAttribute : StateMachineAttribute
    {
        public IteratorStateMachineAttribute(Type stateMachineType) : base(stateMachineType) { }
    }

    [AttributeUsage(AttributeTargets.Method, Inherited = false, AllowMultiple = false)]
    public sealed class AsyncStateMachineAttribute : StateMachineAttribute
    {
        public AsyncStateMachineAttribute(Type stateMachineType) : base(stateMachineType) { }
    }

    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    public sealed class CallerMemberNameAttribute : Attribute { public CallerMemberNameAttribute() { } }
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    public sealed class CallerFilePathAttribute : Attribute { public CallerFilePathAttribute() { } }
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    public sealed class CallerLineNumberAttribute : Attribute { public CallerLineNumberAttribute() { } }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Field | AttributeTargets.Parameter |
                    AttributeTargets.ReturnValue | AttributeTargets.Property, AllowMultiple = false)]
    public sealed class DynamicAttribute : Attribute
    {
        private readonly bool[] _transformFlags;
        public DynamicAttribute() { _transformFlags = new bool[] { true }; }
        public DynamicAttribute(bool[] transformFlags)
        {
            if (transformFlags == null) throw new ArgumentNullException("transformFlags");
            _transformFlags = transformFlags;
        }
        public System.Collections.Generic.IList<bool> TransformFlags { get { return Array.AsReadOnly(_transformFlags); } }
    }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Module, Inherited = false)]
    public sealed class ReferenceAssemblyAttribute : Attribute
    {
        public ReferenceAssemblyAttribute() { }
        public ReferenceAssemblyAttribute(string description) { Description = description; }
        public string Description { get; }
    }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Constructor | AttributeTargets.Method |
                    AttributeTargets.Module | AttributeTargets.Property | AttributeTargets.Struct | AttributeTargets.Event, Inherited = false)]
    public sealed class SkipLocalsInitAttribute : Attribute { public SkipLocalsInitAttribute() { } }

    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
    public sealed class TypeForwardedToAttribute : Attribute
    {
        public TypeForwardedToAttribute(Type destination) { Destination = destination; }
        public Type Destination { get; private set; }
    }

    public interface IAsyncStateMachine
    {
        void MoveNext();
        void SetStateMachine(IAsyncStateMachine stateMachine);
    }

    public interface INotifyCompletion { void OnCompleted(Action continuation); }
    public interface ICriticalNotifyCompletion : INotifyCompletion { void UnsafeOnCompleted(Action continuation); }
}

namespace System.Runtime.InteropServices
{
    public enum LayoutKind { Sequential = 0, Explicit = 2, Auto = 3 }
    public enum CharSet { None = 1, Ansi = 2, Unicode = 3, Auto = 4 }
    public enum CallingConvention { Winapi = 1, Cdecl = 2, StdCall = 3, ThisCall = 4, FastCall = 5 }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
    public sealed class StructLayoutAttribute : Attribute
    {
        private LayoutKind _val;
        public int Pack;
        public int Size;
        public CharSet CharSet;
        public StructLayoutAttribute(LayoutKind layoutKind) { _val = layoutKind; }
        public StructLayoutAttribute(short layoutKind) { _val = (LayoutKind)layoutKind; }
        public LayoutKind Value { get { return _val; } }
    }

    [AttributeUsage(AttributeTargets.Field, Inherited = false)]
    public sealed class FieldOffsetAttribute : Attribute
    {
        private int _val;
        public FieldOffsetAttribute(int offset) { _val = offset; }
        public int Value { get { return _val; } }
    }

    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    public sealed class OutAttribute : Attribute { public OutAttribute() { } }
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    public sealed class InAttribute : Attribute { public InAttribute() { } }
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    public sealed class OptionalAttribute : Attribute { public OptionalAttribute() { } }

    [AttributeUsage(AttributeTargets.Method, Inherited = false)]
    public sealed class PreserveSigAttribute : Attribute { public PreserveSigAttribute() { } }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Interface | AttributeTargets.Class | AttributeTargets.Struct |
                    AttributeTargets.Enum | AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Field |
                    AttributeTargets.Delegate, Inherited = false)]
    public sealed class ComVisibleAttribute : Attribute
    {
        private bool _val;
        public ComVisibleAttribute(bool visibility) { _val = visibility; }
        public bool Value { get { return _val; } }
    }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Interface | AttributeTargets.Class | AttributeTargets.Enum |
                    AttributeTargets.Struct | AttributeTargets.Delegate, Inherited = false)]
    public sealed class GuidAttribute : Attribute
    {
        private string _val;
        public GuidAttribute(string guid) { _val = guid; }
        public string Value { get { return _val; } }
    }

    public enum UnmanagedType
    {
        Bool = 2, I1 = 3, U1 = 4, I2 = 5, U2 = 6, I4 = 7, U4 = 8, I8 = 9, U8 = 10, R4 = 11, R8 = 12, Currency = 15,
        BStr = 19, LPStr = 20, LPWStr = 21, LPTStr = 22, ByValTStr = 23, IUnknown = 25, IDispatch = 26, Struct = 27,
        Interface = 28, SafeArray = 29, ByValArray = 30, SysInt = 31, SysUInt = 32, FunctionPtr = 38, AsAny = 40,
        LPArray = 42, LPStruct = 43, CustomMarshaler = 44, Error = 45, LPUTF8Str = 48
    }

    [AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Field | AttributeTargets.ReturnValue, Inherited = false)]
    public sealed class MarshalAsAttribute : Attribute
    {
        private UnmanagedType _val;
        public int SizeConst;
        public short SizeParamIndex;
        public UnmanagedType ArraySubType;
        public MarshalAsAttribute(UnmanagedType unmanagedType) { _val = unmanagedType; }
        public MarshalAsAttribute(short unmanagedType) { _val = (UnmanagedType)unmanagedType; }
        public UnmanagedType Value { get { return _val; } }
    }

    [AttributeUsage(AttributeTargets.Method, Inherited = false)]
    public sealed class DllImportAttribute : Attribute
    {
        private string _dll;
        public string EntryPoint;
        public CharSet CharSet;
        public bool SetLastError;
        public bool ExactSpelling;
        public CallingConvention CallingConvention;
        public bool BestFitMapping;
        public bool PreserveSig;
        public bool ThrowOnUnmappableChar;
        public DllImportAttribute(string dllName) { _dll = dllName; }
        public string Value { get { return _dll; } }
    }
}

namespace System.Security
{
    [AttributeUsage(AttributeTargets.Module, AllowMultiple = true, Inherited = false)]
    public sealed class UnverifiableCodeAttribute : Attribute { public UnverifiableCodeAttribute() { } }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Constructor |
                    AttributeTargets.Method | AttributeTargets.Field | AttributeTargets.Interface | AttributeTargets.Delegate, Inherited = false)]
    public sealed class SecurityCriticalAttribute : Attribute { public SecurityCriticalAttribute() { } }

    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
    public sealed class SecurityTransparentAttribute : Attribute { public SecurityTransparentAttribute() { } }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Field |
                    AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Interface | AttributeTargets.Delegate, Inherited = false)]
    public sealed class SecuritySafeCriticalAttribute : Attribute { public SecuritySafeCriticalAttribute() { } }
}

namespace System.Security.Permissions
{
    public enum SecurityAction { Demand = 2, Assert = 3, Deny = 4, PermitOnly = 5, LinkDemand = 6, InheritanceDemand = 7, RequestMinimum = 8, RequestOptional = 9, RequestRefuse = 10 }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Constructor | AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
    public abstract class SecurityAttribute : Attribute
    {
        protected SecurityAttribute(SecurityAction action) { Action = action; }
        public SecurityAction Action { get; set; }
        public bool Unrestricted { get; set; }
    }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Constructor | AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
    public abstract class CodeAccessSecurityAttribute : SecurityAttribute
    {
        protected CodeAccessSecurityAttribute(SecurityAction action) : base(action) { }
    }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Constructor | AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
    public sealed class SecurityPermissionAttribute : CodeAccessSecurityAttribute
    {
        public SecurityPermissionAttribute(SecurityAction action) : base(action) { }
        public bool SkipVerification { get; set; }
        public bool UnmanagedCode { get; set; }
    }
}
