// Default interface methods: bodies in interfaces, on classes and structs,
// boxed and through constrained calls, diamonds, base(IFoo) calls,
// reabstraction, static fields and static constructors in interfaces.
using System;

interface IGreeter
{
    string Name { get; }
    string Greet() => "Hello, " + Name + Suffix();
    string Suffix() => "!";
    static int Created;
    static readonly string Prefix;
    static IGreeter() { Prefix = "[" + nameof(IGreeter) + "]"; Console.WriteLine("IGreeter cctor"); }
    static string Tag(string s) => Prefix + " " + s;
}

class Person : IGreeter
{
    public string Name { get; }
    public Person(string n) { Name = n; IGreeter.Created++; }
}

class Loud : IGreeter
{
    public string Name => "LOUD";
    public string Suffix() => "!!!";   // implicit override of the default
}

struct Robot : IGreeter
{
    public int Id;
    public string Name => "Robot#" + Id;
    public string Greet() => "BEEP " + ((IGreeter)this).Suffix();
}

struct Cat : IGreeter
{
    public int Lives;
    public string Name { get { Lives--; return "Cat(" + Lives + ")"; } }
}

// diamond
interface IA { string Who() => "A"; }
interface IB : IA { string IA.Who() => "B"; }
interface IC : IA { string IA.Who() => "C"; }
interface ID : IB, IC { string IA.Who() => "D"; }
class DiamondResolved : ID { }
class DiamondClass : IB, IC { public string Who() => "class"; }
class OnlyB : IB { }

// base(IFoo)-style calls: non-virtual call to the default body
interface ILogger { string Log(string m) => "log: " + m; }
class Wrapper : ILogger
{
    public string Log(string m) => "wrapped(" + ((ILogger)new Plain()).Log(m) + ")";
    class Plain : ILogger { }
}

// reabstraction
interface IBase { string Op() => "base op"; }
interface IReabstract : IBase { abstract string IBase.Op(); }
class Concrete : IReabstract { string IBase.Op() => "concrete op"; }

// generic interface with default method
interface IContainer<T>
{
    T Get();
    string Show() => "[" + Get() + " : " + typeof(T).Name + "]";
    T[] Many(int n) { var a = new T[n]; for (int i = 0; i < n; i++) a[i] = Get(); return a; }
}
class IntBox : IContainer<int> { public int Get() => 5; }
struct StrBox : IContainer<string> { public string S; public string Get() => S; }

// property and indexer defaults
interface IIndexed { int this[int i] => i * i; int Count => 3; }
class Squares : IIndexed { }

static class Program
{
    static string Call<T>(T g) where T : IGreeter => g.Greet();
    static string CallTwice<T>(ref T g) where T : IGreeter { g.Greet(); return g.Greet(); }
    static string Show<T, U>(T c) where T : IContainer<U> => c.Show();

    static void Main()
    {
        Console.WriteLine("start");
        IGreeter p = new Person("Ann");
        Console.WriteLine(p.Greet());
        Console.WriteLine(((IGreeter)new Loud()).Greet());
        Console.WriteLine(Call(new Person("Bob")));
        Console.WriteLine(Call(new Robot { Id = 7 }));
        IGreeter r = new Robot { Id = 8 };
        Console.WriteLine(r.Greet());
        var cat = new Cat { Lives = 9 };
        Console.WriteLine(Call(cat));
        Console.WriteLine(cat.Lives);
        Console.WriteLine(CallTwice(ref cat));
        Console.WriteLine(cat.Lives);   // constrained call on a struct: the default body got a boxed copy
        Console.WriteLine(IGreeter.Created);
        Console.WriteLine(IGreeter.Tag("x"));

        Console.WriteLine(((IA)new DiamondResolved()).Who());
        Console.WriteLine(((IA)new DiamondClass()).Who());
        Console.WriteLine(((IA)new OnlyB()).Who());
        Console.WriteLine(new Wrapper().Log("m"));
        Console.WriteLine(((IBase)new Concrete()).Op());
        Console.WriteLine(((IContainer<int>)new IntBox()).Show());
        Console.WriteLine(Show<StrBox, string>(new StrBox { S = "s" }));
        Console.WriteLine(string.Join(",", ((IContainer<int>)new IntBox()).Many(3)));
        IIndexed sq = new Squares();
        Console.WriteLine(sq[4] + sq.Count);
    }
}
