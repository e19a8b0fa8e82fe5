// NullabilityInfoContext: the compiler's nullable metadata read back for
// fields, properties, events, parameters and return values, with the
// System.Diagnostics.CodeAnalysis attributes, arrays, generics, nested types
// and constructed generic types.
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

#nullable enable

public class Sample
{
    public string NotNull = "";
    public string? MaybeNull;
    public int Value;
    public int? NullableValue;
    public string?[] ArrayOfNullable = Array.Empty<string?>();
    public string[]? NullableArray;
    public List<string?> ListOfNullable = new();
    public Dictionary<string, List<int?>?> Nested = new();
    public (string A, string? B) Tuple;
    public KeyValuePair<string?, object> Pair;
    public string Prop { get; set; } = "";
    public string? NullableProp { get; set; }
    [AllowNull] public string AllowNullProp { get => "x"; set { } }
    [MaybeNull] public string MaybeNullProp { get; set; } = "";
    [DisallowNull] public string? DisallowNullProp { get; set; }
    [NotNull] public string? NotNullProp { get; set; } = "";
    public string GetterOnly => "";
    public string? SetterOnly { set { } }
    public event EventHandler? Changed;
    public event EventHandler Always = delegate { };

    public string? Method(string a, string? b, [AllowNull] string c, ref string? d, out string e, int f, int? g, List<string?> h) { e = ""; return null; }
    [return: NotNull] public string? NotNullReturn() => "";
    [return: MaybeNull] public string MaybeNullReturn() => "";
    public T Generic<T>(T value, T? maybe) where T : class => value;
    public void Touch() { Changed?.Invoke(this, EventArgs.Empty); Always(this, EventArgs.Empty); }
}

#nullable disable
public class Oblivious
{
    public string Field;
    public List<string> List;
    public int? Number;
}
#nullable enable

public class Box<T>
{
    public T Item = default!;
    public T? MaybeItem;
    public List<T> Items = new();
}

public class StringBox : Box<string?> { }
public record Holder<T>(T Key, T? Maybe, string Name, string? Note);
public class IntBox : Box<int> { }

public static class Program
{
    static string Show(NullabilityInfo info)
    {
        string s = info.Type.Name + "(" + info.ReadState + "/" + info.WriteState + ")";
        if (info.ElementType != null) s += "[" + Show(info.ElementType) + "]";
        if (info.GenericTypeArguments.Length > 0) s += "<" + string.Join(", ", info.GenericTypeArguments.Select(Show)) + ">";
        return s;
    }

    static void Main()
    {
        var ctx = new NullabilityInfoContext();
        const BindingFlags all = BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        foreach (var t in new[] { typeof(Sample), typeof(Oblivious), typeof(Box<string>), typeof(StringBox), typeof(IntBox) })
        {
            Console.WriteLine("== " + t.Name);
            foreach (var f in t.GetFields(all).OrderBy(f => f.Name)) Console.WriteLine("field " + f.Name + ": " + Show(ctx.Create(f)));
            foreach (var p in t.GetProperties(all).OrderBy(p => p.Name)) Console.WriteLine("property " + p.Name + ": " + Show(ctx.Create(p)));
            foreach (var e in t.GetEvents(all).OrderBy(e => e.Name)) Console.WriteLine("event " + e.Name + ": " + Show(ctx.Create(e)));
        }
        var derived = typeof(StringBox);
        foreach (var f in derived.GetFields(BindingFlags.Public | BindingFlags.Instance).OrderBy(f => f.Name))
            Console.WriteLine("inherited " + f.Name + ": " + Show(ctx.Create(f)));
        Console.WriteLine("== parameters");
        var m = typeof(Sample).GetMethod("Method")!;
        foreach (var p in m.GetParameters()) Console.WriteLine("param " + p.Name + ": " + Show(ctx.Create(p)));
        Console.WriteLine("return: " + Show(ctx.Create(m.ReturnParameter)));
        Console.WriteLine("NotNullReturn: " + Show(ctx.Create(typeof(Sample).GetMethod("NotNullReturn")!.ReturnParameter)));
        Console.WriteLine("MaybeNullReturn: " + Show(ctx.Create(typeof(Sample).GetMethod("MaybeNullReturn")!.ReturnParameter)));
        var g = typeof(Sample).GetMethod("Generic")!;
        foreach (var p in g.GetParameters()) Console.WriteLine("generic param " + p.Name + ": " + Show(ctx.Create(p)));
        var gs = g.MakeGenericMethod(typeof(string));
        foreach (var p in gs.GetParameters()) Console.WriteLine("closed param " + p.Name + ": " + Show(ctx.Create(p)));
        foreach (var ht in new[] { typeof(Holder<string>), typeof(Holder<int>) })
        {
            var ctor = ht.GetConstructors().First(c => c.GetParameters().Length == 4);
            foreach (var p in ctor.GetParameters()) Console.WriteLine(ht.Name + "[" + ht.GetGenericArguments()[0].Name + "] ctor " + p.Name + ": " + Show(ctx.Create(p)));
            foreach (var p in ht.GetProperties().OrderBy(p => p.Name)) Console.WriteLine("  property " + p.Name + ": " + Show(ctx.Create(p)));
        }
        try { ctx.Create((FieldInfo)null!); } catch (ArgumentNullException e) { Console.WriteLine("ArgumentNullException " + e.ParamName); }
    }
}
