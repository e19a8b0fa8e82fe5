namespace ApiCoverage;

/// <summary>
/// Finding a reference member in a corlib type, also among the members the type
/// inherits, the way the runtime resolves a member reference: instance methods,
/// accessors and fields are looked up in the base classes too (with the base's
/// generic arguments put in), constructors and static methods only in the type itself.
/// </summary>
static class Inheritance
{
    const int MaxDepth = 64;

    public static bool Inheritable(ApiMember m) =>
        m.Kind == MemberKind.Field || (m.Kind != MemberKind.Constructor && !m.IsStatic);

    /// <summary>The corlib member that provides <paramref name="wanted"/> on <paramref name="type"/>, or null.</summary>
    public static ApiMember? Find(ApiSurface corlib, ApiType type, ApiMember wanted, bool inherit)
    {
        if (type.Members.TryGetValue(wanted.Key, out var own)) return own;
        if (!inherit || !Inheritable(wanted)) return null;
        // The current base's type arguments, written in terms of `type`'s own parameters.
        IReadOnlyList<string> args = [];
        var current = type;
        for (int depth = 0; depth < MaxDepth && current.BaseType is { } baseRef; depth++)
        {
            var (name, baseArgs) = GenericArgs.Split(baseRef);
            args = baseArgs.Select(a => GenericArgs.Substitute(a, args)).ToList();
            if (!corlib.Types.TryGetValue(name, out current)) return null;
            foreach (var m in current.Members.Values)
                if (m.Name == wanted.Name && Inheritable(m) && GenericArgs.Substitute(m.Key, args) == wanted.Key) return m;
        }
        return null;
    }
}
