using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ApiCoverage;

/// <summary>
/// Reads the public and protected types and members of an assembly into an
/// <see cref="ApiSurface"/>. Several assemblies can be read into one surface: a type
/// defined by two of them is one type with the members of both.
/// </summary>
static class SurfaceReader
{
    /// <summary>The parts the core's index names: its [CorlibPart(assembly, types)] attributes
    /// (corlib/System/Runtime/CompilerServices/CorlibPartAttribute.cs).</summary>
    public static List<string> CorlibParts(string corePath)
    {
        using var stream = File.OpenRead(corePath);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var parts = new List<string>();
        foreach (var handle in md.GetAssemblyDefinition().GetCustomAttributes())
        {
            var a = md.GetCustomAttribute(handle);
            if (a.Constructor.Kind != HandleKind.MethodDefinition) continue;
            var type = md.GetTypeDefinition(md.GetMethodDefinition((MethodDefinitionHandle)a.Constructor).GetDeclaringType());
            if (md.GetString(type.Name) != "CorlibPartAttribute" || md.GetString(type.Namespace) != "System.Runtime.CompilerServices") continue;
            var blob = md.GetBlobReader(a.Value);
            if (blob.ReadUInt16() != 1) continue;
            if (blob.ReadSerializedString() is string name) parts.Add(name);
        }
        return parts;
    }

    public static void Read(ApiSurface surface, string path, Func<string, bool> includeNamespace)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();

        foreach (var handle in md.TypeDefinitions)
        {
            var access = TypeAccess(md, handle);
            if (access is null) continue;
            var ns = TypeNames.OuterNamespace(md, handle);
            if (!includeNamespace(ns)) continue;
            var fullName = TypeNames.Of(md, handle);
            if (!surface.Types.TryGetValue(fullName, out var type))
                surface.Types[fullName] = type = new ApiType(ns, fullName, KindOf(md, handle, fullName),
                                                             access.Value, BaseTypeOf(md, handle));
            foreach (var member in MemberReader.Members(md, md.GetTypeDefinition(handle)))
                type.Members.TryAdd(member.Key, member);
        }

        foreach (var handle in md.ExportedTypes)
        {
            if (!includeNamespace(TypeNames.OuterNamespace(md, handle))) continue;
            surface.UnresolvedForwards.Add(TypeNames.Of(md, handle));
        }
        surface.UnresolvedForwards.RemoveWhere(surface.Types.ContainsKey);
    }

    /// <summary>Public, protected, or null when code outside the assembly cannot see the type.</summary>
    static Access? TypeAccess(MetadataReader md, TypeDefinitionHandle handle)
    {
        var def = md.GetTypeDefinition(handle);
        Access own;
        switch (def.Attributes & TypeAttributes.VisibilityMask)
        {
            case TypeAttributes.Public:
            case TypeAttributes.NestedPublic: own = Access.Public; break;
            case TypeAttributes.NestedFamily:
            case TypeAttributes.NestedFamORAssem: own = Access.Protected; break;
            default: return null;
        }
        var outer = def.GetDeclaringType();
        if (outer.IsNil) return own;
        var outerAccess = TypeAccess(md, outer);
        if (outerAccess is null) return null;
        return own == Access.Public && outerAccess == Access.Public ? Access.Public : Access.Protected;
    }

    static string? BaseTypeOf(MetadataReader md, TypeDefinitionHandle handle)
    {
        var baseType = md.GetTypeDefinition(handle).BaseType;
        if (baseType.IsNil) return null;
        return baseType.Kind == HandleKind.TypeSpecification
            ? md.GetTypeSpecification((TypeSpecificationHandle)baseType).DecodeSignature(SignatureFormatter.Instance, null)
            : TypeNames.OfToken(md, baseType);
    }

    static TypeKind KindOf(MetadataReader md, TypeDefinitionHandle handle, string fullName)
    {
        var def = md.GetTypeDefinition(handle);
        if ((def.Attributes & TypeAttributes.Interface) != 0) return TypeKind.Interface;
        return TypeNames.OfToken(md, def.BaseType) switch
        {
            "System.Enum" => TypeKind.Enum,
            "System.ValueType" when fullName != "System.Enum" => TypeKind.Struct,
            "System.MulticastDelegate" => TypeKind.Delegate,
            _ => TypeKind.Class,
        };
    }
}
