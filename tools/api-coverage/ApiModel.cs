namespace ApiCoverage;

/// <summary>Who may use a type or member from outside its assembly.</summary>
enum Access { Public, Protected }

/// <summary>What a member is. Property and event accessors are members of their own.</summary>
enum MemberKind { Field, Constructor, Method, Getter, Setter, Adder, Remover, Raiser }

/// <summary>What a type is (a struct in the reference must not be a class in the corlib).</summary>
enum TypeKind { Class, Struct, Enum, Interface, Delegate }

/// <summary>
/// One public or protected member. <see cref="Key"/> is its identity: kind, name,
/// static or instance, generic arity, parameter types (with ref/out) and return type,
/// all as canonical strings, so two assemblies' members compare equal exactly when
/// they have the same name and signature.
/// </summary>
sealed record ApiMember(MemberKind Kind, string Name, Access Access, bool IsStatic,
                        int GenericArity, IReadOnlyList<string> Parameters, string ReturnType)
{
    public string Key { get; } = string.Join("|", Kind, Name, IsStatic ? "static" : "instance",
        GenericArity, string.Join(",", Parameters), ReturnType);
}

/// <summary>
/// One public or protected type. <see cref="FullName"/> is "Namespace.Name`arity", with
/// "+Nested`arity" for each level of nesting; <see cref="Namespace"/> is the outermost
/// type's namespace.
/// </summary>
sealed class ApiType(string ns, string fullName, TypeKind kind, Access access, string? baseType)
{
    public string Namespace { get; } = ns;
    public string FullName { get; } = fullName;
    public TypeKind Kind { get; } = kind;
    public Access Access { get; } = access;

    /// <summary>The base class as a canonical type string ("Ns.Base`1&lt;!0&gt;"), or null.</summary>
    public string? BaseType { get; } = baseType;
    public Dictionary<string, ApiMember> Members { get; } = new(StringComparer.Ordinal);
}

/// <summary>The public surface of one or more assemblies: its types by full name.</summary>
sealed class ApiSurface(string name)
{
    public string Name { get; } = name;
    public Dictionary<string, ApiType> Types { get; } = new(StringComparer.Ordinal);

    /// <summary>Types that an assembly forwards to one that was not read (full names).</summary>
    public HashSet<string> UnresolvedForwards { get; } = new(StringComparer.Ordinal);
}
