using System.Reflection;
using System.Reflection.Metadata;

namespace ApiCoverage;

/// <summary>The public and protected fields and methods of one type, as <see cref="ApiMember"/>s.</summary>
static class MemberReader
{
    public static IEnumerable<ApiMember> Members(MetadataReader md, TypeDefinition type)
    {
        var accessorKinds = AccessorKinds(md, type);

        foreach (var handle in type.GetFields())
        {
            var field = md.GetFieldDefinition(handle);
            var access = FieldAccess(field.Attributes);
            if (access is null || (field.Attributes & FieldAttributes.RTSpecialName) != 0) continue;
            var fieldType = field.DecodeSignature(SignatureFormatter.Instance, null);
            yield return new ApiMember(MemberKind.Field, md.GetString(field.Name), access.Value,
                (field.Attributes & FieldAttributes.Static) != 0, 0, [], fieldType);
        }

        foreach (var handle in type.GetMethods())
        {
            var method = md.GetMethodDefinition(handle);
            var access = MethodAccess(method.Attributes);
            if (access is null) continue;
            var name = md.GetString(method.Name);
            var sig = method.DecodeSignature(SignatureFormatter.Instance, null);
            var kind = accessorKinds.TryGetValue(handle, out var k) ? k
                : (method.Attributes & MethodAttributes.RTSpecialName) != 0 && name is ".ctor" or ".cctor" ? MemberKind.Constructor
                : MemberKind.Method;
            var parameters = ParameterTypes(md, method, sig);
            if (sig.Header.CallingConvention == SignatureCallingConvention.VarArgs) parameters.Add("...");
            yield return new ApiMember(kind, name, access.Value, !sig.Header.IsInstance,
                sig.GenericParameterCount, parameters, sig.ReturnType);
        }
    }

    /// <summary>Parameter types, with "out " before a by-reference parameter marked [Out] only.</summary>
    static List<string> ParameterTypes(MetadataReader md, MethodDefinition method, MethodSignature<string> sig)
    {
        var types = new List<string>(sig.ParameterTypes);
        foreach (var handle in method.GetParameters())
        {
            var p = md.GetParameter(handle);
            int i = p.SequenceNumber - 1;
            if (i < 0 || i >= types.Count) continue;
            bool outOnly = (p.Attributes & (ParameterAttributes.Out | ParameterAttributes.In)) == ParameterAttributes.Out;
            if (outOnly && IsByRef(types[i])) types[i] = "out " + types[i];
        }
        return types;
    }

    /// <summary>True for "T&amp;", also when modifiers follow (as SignatureFormatter writes them).</summary>
    static bool IsByRef(string type) => type.EndsWith('&') || type.Contains("& mod", StringComparison.Ordinal);

    static Dictionary<MethodDefinitionHandle, MemberKind> AccessorKinds(MetadataReader md, TypeDefinition type)
    {
        var kinds = new Dictionary<MethodDefinitionHandle, MemberKind>();
        foreach (var handle in type.GetProperties())
        {
            var a = md.GetPropertyDefinition(handle).GetAccessors();
            if (!a.Getter.IsNil) kinds[a.Getter] = MemberKind.Getter;
            if (!a.Setter.IsNil) kinds[a.Setter] = MemberKind.Setter;
        }
        foreach (var handle in type.GetEvents())
        {
            var a = md.GetEventDefinition(handle).GetAccessors();
            if (!a.Adder.IsNil) kinds[a.Adder] = MemberKind.Adder;
            if (!a.Remover.IsNil) kinds[a.Remover] = MemberKind.Remover;
            if (!a.Raiser.IsNil) kinds[a.Raiser] = MemberKind.Raiser;
        }
        return kinds;
    }

    static Access? MethodAccess(MethodAttributes attributes) => (attributes & MethodAttributes.MemberAccessMask) switch
    {
        MethodAttributes.Public => Access.Public,
        MethodAttributes.Family or MethodAttributes.FamORAssem => Access.Protected,
        _ => null,
    };

    static Access? FieldAccess(FieldAttributes attributes) => (attributes & FieldAttributes.FieldAccessMask) switch
    {
        FieldAttributes.Public => Access.Public,
        FieldAttributes.Family or FieldAttributes.FamORAssem => Access.Protected,
        _ => null,
    };
}
