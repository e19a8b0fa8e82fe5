// Everyday C# 8-14 features: init/required, checked operators, primary
// constructors, caller info, file-local types, local functions, nameof,
// default lambda parameters, raw strings, static lambdas, ref readonly
// parameters, module initializers, SkipLocalsInit, nullable annotations.
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

[module: SkipLocalsInit]

public class Config
{
    public required string Name { get; init; }
    public int Port { get; init; } = 80;
    public required int Retries;
    public Config() { }
    [SetsRequiredMembers]
    public Config(string name) { Name = name; Retries = 1; }
    public override string ToString() => Name + ":" + Port + " x" + Retries;
}

public struct Money
{
    public readonly int Cents;
    public Money(int c) { Cents = c; }
    public static Money operator +(Money a, Money b) => new Money(a.Cents + b.Cents);
    public static Money operator checked +(Money a, Money b) => new Money(checked(a.Cents + b.Cents));
    public static Money operator -(Money a) => new Money(-a.Cents);
    public static Money operator checked -(Money a) => a.Cents == int.MinValue ? throw new OverflowException("neg") : new Money(-a.Cents);
    public static explicit operator int(Money m) => m.Cents;
    public static explicit operator checked int(Money m) => m.Cents < 0 ? throw new OverflowException("negative money") : m.Cents;
    public override string ToString() => Cents + "c";
}

public class Greeter(string greeting, int times)
{
    private readonly string _g = greeting.ToUpperInvariant();
    public string Greet(string who)
    {
        var parts = new List<string>();
        for (int i = 0; i < times; i++) parts.Add(greeting + " " + who);
        return string.Join("; ", parts) + " / " + _g;
    }
    public void Bump() => times++;
}

public class Derived(string g) : Greeter(g, 2)
{
    public string Which => "derived with " + g;
}

public struct Vec(double x, double y)
{
    public double X { get; } = x;
    public double Y => y;
    public double Len2 => x * x + y * y;
}

file class Hidden
{
    public static string Secret => "file-local " + typeof(Hidden).Name.Contains("Hidden");
}

public static class Info
{
    public static string Where([CallerMemberName] string member = "", [CallerLineNumber] int line = 0, [CallerFilePath] string path = "")
        => member + "@" + line + " " + System.IO.Path.GetFileName(path);
    public static string Expr(bool cond, [CallerArgumentExpression("cond")] string? text = null) => "expr: " + text + " = " + cond;
    public static string Arg<T>(T value, [CallerArgumentExpression(nameof(value))] string text = "") => text + " -> " + value;
    public static int ReadOnlyRef(ref readonly int x) => x * 2;
    public static int InRef(in int x) => x + 1;
}

public static class Init
{
    public static List<string> Log = new();
    [ModuleInitializer]
    internal static void First() { Log.Add("module init 1"); Console.WriteLine("module initializer ran before Main"); }
    [ModuleInitializer]
    internal static void Second() => Log.Add("module init 2");
}

public static class Program
{
    static int Counter;

    public static async Task<int> Main()
    {
        Console.WriteLine("Main starts; log: " + string.Join(",", Init.Log));

        var c = new Config { Name = "svc", Retries = 3 };
        var c2 = new Config("named");
        Console.WriteLine(c + " | " + c2);

        var m = new Money(int.MaxValue);
        var one = new Money(1);
        Console.WriteLine(unchecked(m + one));
        try { var x = checked(m + one); Console.WriteLine(x); } catch (OverflowException) { Console.WriteLine("checked + overflow"); }
        Console.WriteLine((int)new Money(-5));
        try { Console.WriteLine(checked((int)new Money(-5))); } catch (OverflowException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(-new Money(3));

        var g = new Greeter("hi", 2);
        Console.WriteLine(g.Greet("bob"));
        g.Bump();
        Console.WriteLine(g.Greet("amy"));
        var d = new Derived("yo");
        Console.WriteLine(d.Greet("z") + " " + d.Which);
        var v = new Vec(3, 4);
        Console.WriteLine(v.X + " " + v.Y + " " + v.Len2);
        Console.WriteLine(default(Vec).Len2);

        Console.WriteLine(Hidden.Secret);
        Console.WriteLine(Info.Where());
        Console.WriteLine(Info.Expr(1 + 1 == 2));
        Console.WriteLine(Info.Arg(Counter + 40 + 2));
        int rr = 21;
        Console.WriteLine(Info.ReadOnlyRef(in rr) + " " + Info.ReadOnlyRef(ref rr) + " " + Info.InRef(rr) + " " + Info.InRef(5));

        // local functions
        int Add(int a, int b) => a + b;
        static int Mul(int a, int b) => a * b;
        int captured = 10;
        int AddCaptured(int a) { captured++; return a + captured; }
        Console.WriteLine(Add(1, 2) + " " + Mul(3, 4) + " " + AddCaptured(5) + " " + captured);
        Func<int, int> viaLambda = x => AddCaptured(x) * 2;
        Console.WriteLine(viaLambda(1) + " " + captured);
        int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
        Console.WriteLine(Fib(15));
        async Task<int> LocalAsync(int x) { await Task.Yield(); captured += x; return captured; }
        Console.WriteLine(await LocalAsync(100));
        IEnumerable<int> LocalIter(int n) { for (int i = 0; i < n; i++) yield return i * captured; }
        Console.WriteLine(string.Join(",", LocalIter(3)));
        T Id<T>(T t) => t;
        Console.WriteLine(Id("generic local") + Id(1));

        // nameof
        Console.WriteLine(nameof(Config) + " " + nameof(Config.Name) + " " + nameof(captured) + " " + nameof(List<int>.Count) + " " + nameof(System.Collections.Generic) + " " + nameof(Main));

        // default lambda params, params in lambdas, natural types
        var addDef = (int a, int b = 5) => a + b;
        Console.WriteLine(addDef(1) + " " + addDef(1, 1));
        var sum = (params int[] xs) => xs.Sum();
        Console.WriteLine(sum(1, 2, 3));
        var parse = Info.InRef;
        Console.WriteLine(parse(76) + 1);
        Func<int, int> sq = static x => x * x;
        Console.WriteLine(sq(9));
        Func<int, int, int> discard = (_, _) => 42;
        Console.WriteLine(discard(1, 2));

        // raw strings
        var raw = """
            {
              "name": "raw",
              "quote": "she said "hi""
            }
            """;
        Console.WriteLine(raw);
        var oneLine = """a "quoted" \n not escaped""";
        Console.WriteLine(oneLine);
        const string constInterp = "const";
        const string ci = $"{constInterp} interpolated";
        Console.WriteLine(ci);

        // nullable annotations and flow
        string? maybe = Counter > 0 ? "x" : null;
        Console.WriteLine(maybe?.Length ?? -1);
        maybe ??= "assigned";
        Console.WriteLine(maybe);
        List<string?> nl = new() { null, "a" };
        Console.WriteLine(nl.Count(s => s is null));

        // target-typed new, static local state, tuples swap, index in loops
        Dictionary<string, List<int>> map = new() { ["a"] = new() { 1, 2 } };
        Console.WriteLine(map["a"].Count);
        int[] fill = new int[3];
        Array.Fill(fill, 7);
        Console.WriteLine(string.Join(",", fill));

        // switch on types with generic constraints and `is` type tests
        object[] things = { 1, "s", 2.0, null!, new List<int>() };
        foreach (var t in things) Console.Write((t switch { int => "i", string => "s", double => "d", null => "n", _ => "?" }) + " ");
        Console.WriteLine();

        // default interface-free record-like equality via with on anonymous types
        var anon = new { A = 1, B = "b" };
        var anon2 = anon with { B = "c" };
        Console.WriteLine(anon + " " + anon2 + " " + anon.Equals(new { A = 1, B = "b" }));

        // checked/unchecked contexts with built-ins
        int big = int.MaxValue;
        try { _ = checked(big + 1); } catch (OverflowException) { Console.WriteLine("int overflow"); }
        Console.WriteLine(unchecked(big + 1));
        return 3;
    }
}
