// The attributes through which code tells a trimmer what reflection needs
// (docs/trimming.md): ILLink reads them from the app and the corlib.
namespace System.Diagnostics.CodeAnalysis
{
    [Flags]
    public enum DynamicallyAccessedMemberTypes
    {
        All = -1,
        None = 0,
        PublicParameterlessConstructor = 0x1,
        PublicConstructors = 0x3,
        NonPublicConstructors = 0x4,
        PublicMethods = 0x8,
        NonPublicMethods = 0x10,
        PublicFields = 0x20,
        NonPublicFields = 0x40,
        PublicNestedTypes = 0x80,
        NonPublicNestedTypes = 0x100,
        PublicProperties = 0x200,
        NonPublicProperties = 0x400,
        PublicEvents = 0x800,
        NonPublicEvents = 0x1000,
        Interfaces = 0x2000,
        NonPublicConstructorsWithInherited = NonPublicConstructors | 0x4000,
        NonPublicMethodsWithInherited = NonPublicMethods | 0x8000,
        AllMethods = PublicMethods | NonPublicMethodsWithInherited,
        NonPublicFieldsWithInherited = NonPublicFields | 0x10000,
        AllFields = PublicFields | NonPublicFieldsWithInherited,
        NonPublicNestedTypesWithInherited = NonPublicNestedTypes | 0x20000,
        NonPublicPropertiesWithInherited = NonPublicProperties | 0x40000,
        AllProperties = PublicProperties | NonPublicPropertiesWithInherited,
        NonPublicEventsWithInherited = NonPublicEvents | 0x80000,
        AllEvents = PublicEvents | NonPublicEventsWithInherited,
        PublicConstructorsWithInherited = PublicConstructors | 0x100000,
        AllConstructors = PublicConstructorsWithInherited | NonPublicConstructorsWithInherited,
        PublicNestedTypesWithInherited = PublicNestedTypes | 0x200000,
        AllNestedTypes = PublicNestedTypesWithInherited | NonPublicNestedTypesWithInherited,
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method | AttributeTargets.Property |
                    AttributeTargets.Field | AttributeTargets.Interface | AttributeTargets.Parameter |
                    AttributeTargets.ReturnValue | AttributeTargets.GenericParameter, Inherited = false)]
    public sealed class DynamicallyAccessedMembersAttribute : Attribute
    {
        public DynamicallyAccessedMembersAttribute(DynamicallyAccessedMemberTypes memberTypes) { MemberTypes = memberTypes; }
        public DynamicallyAccessedMemberTypes MemberTypes { get; }
    }

    [AttributeUsage(AttributeTargets.Constructor | AttributeTargets.Method | AttributeTargets.Field, AllowMultiple = true, Inherited = false)]
    public sealed class DynamicDependencyAttribute : Attribute
    {
        public DynamicDependencyAttribute(string memberSignature) { MemberSignature = memberSignature; }
        public DynamicDependencyAttribute(string memberSignature, Type type) { MemberSignature = memberSignature; Type = type; }
        public DynamicDependencyAttribute(string memberSignature, string typeName, string assemblyName)
        {
            MemberSignature = memberSignature; TypeName = typeName; AssemblyName = assemblyName;
        }
        public DynamicDependencyAttribute(DynamicallyAccessedMemberTypes memberTypes, Type type) { MemberTypes = memberTypes; Type = type; }
        public DynamicDependencyAttribute(DynamicallyAccessedMemberTypes memberTypes, string typeName, string assemblyName)
        {
            MemberTypes = memberTypes; TypeName = typeName; AssemblyName = assemblyName;
        }
        public string? MemberSignature { get; }
        public DynamicallyAccessedMemberTypes MemberTypes { get; }
        public Type? Type { get; }
        public string? TypeName { get; }
        public string? AssemblyName { get; }
        public string? Condition { get; set; }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Constructor | AttributeTargets.Method, Inherited = false)]
    public sealed class RequiresUnreferencedCodeAttribute : Attribute
    {
        public RequiresUnreferencedCodeAttribute(string message) { Message = message; }
        public bool ExcludeStatics { get; set; }
        public string Message { get; }
        public string? Url { get; set; }
    }

    [AttributeUsage(AttributeTargets.All, AllowMultiple = true, Inherited = false)]
    public sealed class UnconditionalSuppressMessageAttribute : Attribute
    {
        public UnconditionalSuppressMessageAttribute(string category, string checkId) { Category = category; CheckId = checkId; }
        public string Category { get; }
        public string CheckId { get; }
        public string? Scope { get; set; }
        public string? Target { get; set; }
        public string? MessageId { get; set; }
        public string? Justification { get; set; }
    }
}
