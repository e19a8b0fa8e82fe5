// Default interface methods and static virtual members reached through
// call sites the wasm tier compiles (the .tier file forces every method
// through it): one interface call site sees classes that implement the
// method, inherit the default body or override it in a derived interface,
// and a struct whose default body runs on a boxed copy.
using System;

interface IGreeter
{
    string Name { get; }
    string Greet(int n) => "hello " + Name + " x" + n;
}
interface ILoudGreeter : IGreeter
{
    string IGreeter.Greet(int n) => "HELLO " + Name.ToUpperInvariant() + " x" + n;
}
class Plain : IGreeter { public string Name => "plain"; }
class Own : IGreeter
{
    public string Name => "own";
    public string Greet(int n) => "own greeting " + n;
}
class Loud : ILoudGreeter { public string Name => "loud"; }
struct Counted : IGreeter
{
    public int Calls;
    public string Name => "counted" + Calls;
    public string Bump() { Calls++; return Name; }
}

interface IShape
{
    static abstract string Describe();
    double Area { get; }
    double Twice() => 2 * Area;
}
class Circle : IShape
{
    public double R;
    public static string Describe() => "circle";
    public double Area => 3 * R * R;
}
struct Sq : IShape
{
    public double S;
    public static string Describe() => "square";
    public double Area => S * S;
    public double Twice() => 4 * Area;   // its own, not the default
}

static class Program
{
    static string All(IGreeter[] gs, int n)
    {
        string s = "";
        foreach (var g in gs) s += g.Greet(n) + "; ";
        return s;
    }

    static string Info<T>(T shape) where T : IShape => T.Describe() + " " + shape.Area + " " + shape.Twice();

    static void Main()
    {
        var gs = new IGreeter[] { new Plain(), new Own(), new Loud(), new Counted() };
        for (int round = 1; round <= 3; round++) Console.WriteLine(All(gs, round));
        var c = new Counted();
        c.Bump();
        IGreeter boxed = c;
        Console.WriteLine(boxed.Greet(7) + " / " + c.Name);
        double sum = 0;
        var shapes = new IShape[] { new Circle { R = 1 }, new Sq { S = 2 }, new Circle { R = 2 } };
        for (int i = 0; i < 3000; i++) sum += shapes[i % 3].Twice();
        Console.WriteLine("twice " + sum);
        Console.WriteLine(Info(new Circle { R = 2 }) + " | " + Info(new Sq { S = 3 }));
    }
}
