namespace ApiCoverage;

/// <summary>Counts of types and members: how many the reference has, how many the corlib provides.</summary>
sealed class Tally
{
    public int Types, TypesProvided, Members, MembersProvided;

    public void Add(Tally other)
    {
        Types += other.Types; TypesProvided += other.TypesProvided;
        Members += other.Members; MembersProvided += other.MembersProvided;
    }

    public int MembersMissing => Members - MembersProvided;
}

/// <summary>How the corlib covers one reference type: whether it has the type, and which members it lacks.</summary>
sealed record TypeResult(ApiType Reference, ApiType? Corlib, bool TypeProvided, IReadOnlyList<ApiMember> Missing)
{
    public int MembersProvided => Reference.Members.Count - Missing.Count;
}

/// <summary>The corlib measured against one reference surface.</summary>
sealed class CoverageResult(string referenceName, IReadOnlyList<TypeResult> types)
{
    public string ReferenceName { get; } = referenceName;
    public IReadOnlyList<TypeResult> Types { get; } = types;

    public SortedDictionary<string, Tally> ByNamespace()
    {
        var byNs = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        foreach (var t in Types)
        {
            if (!byNs.TryGetValue(t.Reference.Namespace, out var tally)) byNs[t.Reference.Namespace] = tally = new Tally();
            tally.Types++;
            if (t.TypeProvided) tally.TypesProvided++;
            tally.Members += t.Reference.Members.Count;
            tally.MembersProvided += t.MembersProvided;
        }
        return byNs;
    }

    /// <summary>The sum over the namespaces that <paramref name="include"/> accepts.</summary>
    public Tally Sum(Func<string, bool> include)
    {
        var sum = new Tally();
        foreach (var (ns, tally) in ByNamespace()) if (include(ns)) sum.Add(tally);
        return sum;
    }
}

/// <summary>
/// The comparison itself. A type counts when the corlib has a type of the same full name
/// and kind that is at least as visible; a member counts when that type also has a member
/// of the same kind, name and signature (<see cref="ApiMember.Key"/>) that is at least as
/// visible: public for a public reference member, public or protected for a protected one.
/// The member may be inherited from a base class unless the measure is declared-only.
/// </summary>
static class Coverage
{
    /// <param name="inherit">count members the corlib type inherits (see <see cref="Inheritance"/>)</param>
    public static CoverageResult Measure(ApiSurface reference, ApiSurface corlib, bool inherit)
    {
        var results = new List<TypeResult>();
        foreach (var refType in reference.Types.Values.OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            corlib.Types.TryGetValue(refType.FullName, out var mine);
            bool visible = mine is not null && Allows(refType.Access, mine.Access);
            var missing = refType.Members.Values
                .Where(m => !visible || Inheritance.Find(corlib, mine!, m, inherit) is not { } have || !Allows(m.Access, have.Access))
                .ToList();
            results.Add(new TypeResult(refType, mine, visible && mine!.Kind == refType.Kind, missing));
        }
        return new CoverageResult(reference.Name, results);
    }

    static bool Allows(Access reference, Access corlib) => corlib == Access.Public || reference == Access.Protected;
}
