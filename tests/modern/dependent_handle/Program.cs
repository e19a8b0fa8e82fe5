using System.Runtime;

// System.Runtime.DependentHandle (public since .NET 6; CommunityToolkit.Mvvm's
// messenger builds its weak table on it): target, dependent, the pair,
// replacing the dependent, clearing the target, disposal and its errors.
static class Program
{
    static void Try(string label, Func<object?> f)
    {
        try { Console.WriteLine(label + ": " + (f() ?? "null")); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().Name + ": " + e.Message); }
    }

    static void Main()
    {
        object key = "key", value = new List<int> { 1, 2, 3 };
        var h = new DependentHandle(key, value);
        Console.WriteLine($"{h.IsAllocated} {h.Target} {((List<int>)h.Dependent!).Count} {h.TargetAndDependent.Target} {h.TargetAndDependent.Dependent == value}");
        h.Dependent = "other";
        Console.WriteLine($"{h.Target} {h.Dependent}");
        Try("set target", () => { h.Target = "new"; return h.Target; });
        h.Target = null;
        Console.WriteLine($"{h.IsAllocated} {h.Target ?? "null"} {h.Dependent ?? "null"} {h.TargetAndDependent.Target ?? "null"}");
        h.Dispose();
        h.Dispose();
        Console.WriteLine(h.IsAllocated);
        Try("target after dispose", () => h.Target);
        Try("dependent after dispose", () => h.Dependent);
        DependentHandle none = default;
        Console.WriteLine(none.IsAllocated);
        Try("default", () => none.TargetAndDependent);
        var nulls = new DependentHandle(null, "x");
        Console.WriteLine($"{nulls.IsAllocated} {nulls.Target ?? "null"} {nulls.Dependent ?? "null"}");
        nulls.Dispose();
    }
}
