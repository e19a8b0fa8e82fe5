namespace ApiCoverage;

/// <summary>How counts, percentages and members are written in the reports.</summary>
static class Format
{
    public static string Percent(int part, int whole) => whole == 0 ? "-" : $"{100.0 * part / whole:0.0}%";

    public static string Ratio(int part, int whole) => $"{part}/{whole}";

    /// <summary>A member as one line: kind, access, static, return type, name, generic arity, parameters.</summary>
    public static string Member(ApiMember m)
    {
        var kind = m.Kind.ToString().ToLowerInvariant();
        var access = m.Access == Access.Protected ? "protected " : "";
        var stat = m.IsStatic ? "static " : "";
        var arity = m.GenericArity > 0 ? $"<{m.GenericArity}>" : "";
        var sig = m.Kind == MemberKind.Field ? "" : $"({string.Join(", ", m.Parameters)})";
        return $"{kind,-11} {access}{stat}{m.ReturnType} {m.Name}{arity}{sig}";
    }
}
