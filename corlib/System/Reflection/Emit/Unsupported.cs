// Reflection.Emit entry points. Cilantro interprets IL it loads but cannot
// generate code at run time (RuntimeFeature.IsDynamicCodeSupported is false,
// which libraries read to choose their reflection paths); a library that
// emits anyway gets PlatformNotSupportedException naming the API, as on
// .NET platforms without dynamic code.
namespace System.Reflection.Emit
{
    internal static class EmitUnsupported
    {
        internal static PlatformNotSupportedException For(string api)
        {
            return new PlatformNotSupportedException(api + " is not supported: Cilantro cannot generate code at run time (System.Reflection.Emit).");
        }
    }

    [Flags]
    public enum AssemblyBuilderAccess { Run = 1, RunAndCollect = 9 }

    public sealed class AssemblyBuilder : Assembly
    {
        private AssemblyBuilder() { }
        public static AssemblyBuilder DefineDynamicAssembly(AssemblyName name, AssemblyBuilderAccess access) { throw EmitUnsupported.For("AssemblyBuilder.DefineDynamicAssembly"); }
        public static AssemblyBuilder DefineDynamicAssembly(AssemblyName name, AssemblyBuilderAccess access, System.Collections.Generic.IEnumerable<CustomAttributeBuilder> assemblyAttributes) { throw EmitUnsupported.For("AssemblyBuilder.DefineDynamicAssembly"); }
        public ModuleBuilder DefineDynamicModule(string name) { throw EmitUnsupported.For("AssemblyBuilder.DefineDynamicModule"); }
    }

    public class ModuleBuilder : Module
    {
        private ModuleBuilder() { }
    }

    public sealed class TypeBuilder : TypeInfo
    {
        private TypeBuilder() { }
        public override string Name { get { throw EmitUnsupported.For("TypeBuilder"); } }
        public override string Namespace { get { throw EmitUnsupported.For("TypeBuilder"); } }
        public override string FullName { get { throw EmitUnsupported.For("TypeBuilder"); } }
        public override Type BaseType { get { throw EmitUnsupported.For("TypeBuilder"); } }
        public override string AssemblyQualifiedName { get { throw EmitUnsupported.For("TypeBuilder"); } }
    }

    public sealed class CustomAttributeBuilder
    {
        public CustomAttributeBuilder(ConstructorInfo con, object[] constructorArgs) { throw EmitUnsupported.For("CustomAttributeBuilder"); }
    }

    public sealed class DynamicMethod : MethodInfo
    {
        public DynamicMethod(string name, Type returnType, Type[] parameterTypes) { throw EmitUnsupported.For("DynamicMethod"); }
        public DynamicMethod(string name, Type returnType, Type[] parameterTypes, bool restrictedSkipVisibility) { throw EmitUnsupported.For("DynamicMethod"); }
        public DynamicMethod(string name, Type returnType, Type[] parameterTypes, Module m) { throw EmitUnsupported.For("DynamicMethod"); }
        public DynamicMethod(string name, Type returnType, Type[] parameterTypes, Module m, bool skipVisibility) { throw EmitUnsupported.For("DynamicMethod"); }
        public DynamicMethod(string name, Type returnType, Type[] parameterTypes, Type owner) { throw EmitUnsupported.For("DynamicMethod"); }
        public DynamicMethod(string name, Type returnType, Type[] parameterTypes, Type owner, bool skipVisibility) { throw EmitUnsupported.For("DynamicMethod"); }
        public DynamicMethod(string name, MethodAttributes attributes, CallingConventions callingConvention, Type returnType, Type[] parameterTypes, Type owner, bool skipVisibility) { throw EmitUnsupported.For("DynamicMethod"); }
        public DynamicMethod(string name, MethodAttributes attributes, CallingConventions callingConvention, Type returnType, Type[] parameterTypes, Module m, bool skipVisibility) { throw EmitUnsupported.For("DynamicMethod"); }
        public override string Name { get { throw EmitUnsupported.For("DynamicMethod"); } }
        public override Type ReflectedType { get { return null; } }
        public ILGenerator GetILGenerator() { throw EmitUnsupported.For("DynamicMethod.GetILGenerator"); }
        public ILGenerator GetILGenerator(int streamSize) { throw EmitUnsupported.For("DynamicMethod.GetILGenerator"); }
    }

    public class ILGenerator
    {
        private ILGenerator() { }
    }
}

namespace System.Reflection
{
    [Flags]
    public enum CallingConventions { Standard = 1, VarArgs = 2, Any = 3, HasThis = 32, ExplicitThis = 64 }
}
