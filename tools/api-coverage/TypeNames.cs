using System.Reflection.Metadata;

namespace ApiCoverage;

/// <summary>
/// Full names of types as the tool spells them everywhere: "Ns.Name`n" and
/// "Ns.Outer`n+Inner" for nested types, whatever assembly defines or references them.
/// </summary>
static class TypeNames
{
    public static string Join(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;

    public static string Of(MetadataReader md, TypeDefinitionHandle handle)
    {
        var def = md.GetTypeDefinition(handle);
        var name = md.GetString(def.Name);
        var outer = def.GetDeclaringType();
        return outer.IsNil ? Join(md.GetString(def.Namespace), name) : Of(md, outer) + "+" + name;
    }

    public static string Of(MetadataReader md, TypeReferenceHandle handle)
    {
        var r = md.GetTypeReference(handle);
        var name = md.GetString(r.Name);
        return r.ResolutionScope.Kind == HandleKind.TypeReference
            ? Of(md, (TypeReferenceHandle)r.ResolutionScope) + "+" + name
            : Join(md.GetString(r.Namespace), name);
    }

    public static string Of(MetadataReader md, ExportedTypeHandle handle)
    {
        var e = md.GetExportedType(handle);
        var name = md.GetString(e.Name);
        return e.Implementation.Kind == HandleKind.ExportedType
            ? Of(md, (ExportedTypeHandle)e.Implementation) + "+" + name
            : Join(md.GetString(e.Namespace), name);
    }

    /// <summary>The name of a base type token, or null for none or a type spec.</summary>
    public static string? OfToken(MetadataReader md, EntityHandle handle) => handle.IsNil ? null : handle.Kind switch
    {
        HandleKind.TypeDefinition => Of(md, (TypeDefinitionHandle)handle),
        HandleKind.TypeReference => Of(md, (TypeReferenceHandle)handle),
        _ => null,
    };

    /// <summary>The namespace that a type's outermost enclosing type is declared in.</summary>
    public static string OuterNamespace(MetadataReader md, TypeDefinitionHandle handle)
    {
        var def = md.GetTypeDefinition(handle);
        while (!def.GetDeclaringType().IsNil) def = md.GetTypeDefinition(def.GetDeclaringType());
        return md.GetString(def.Namespace);
    }

    public static string OuterNamespace(MetadataReader md, ExportedTypeHandle handle)
    {
        var e = md.GetExportedType(handle);
        while (e.Implementation.Kind == HandleKind.ExportedType) e = md.GetExportedType((ExportedTypeHandle)e.Implementation);
        return md.GetString(e.Namespace);
    }
}
