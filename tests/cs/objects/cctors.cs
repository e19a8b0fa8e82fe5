// Static constructors: precise (.cctor without beforefieldinit) runs exactly at first access of a static
// member or first instance creation; runs once; a throwing cctor gives TypeInitializationException
// on every later access; cctors that touch other types; generic types get one cctor per instantiation.
using System;

class Precise
{
    public static int Value;
    static Precise() { Console.WriteLine("Precise cctor"); Value = 10; }
    public static void Touch() { Console.WriteLine("Precise.Touch"); }
}

class ByInstance
{
    static ByInstance() { Console.WriteLine("ByInstance cctor"); }
    public ByInstance() { Console.WriteLine("ByInstance ctor"); }
}

class Broken
{
    public static int X = Fail();
    static Broken() { Console.WriteLine("Broken cctor body (not reached)"); }
    static int Fail() { Console.WriteLine("Broken initializer throws"); throw new InvalidOperationException("boom in cctor"); }
    public static void M() { Console.WriteLine("Broken.M"); }
}

class ChainA { public static int A; static ChainA() { Console.WriteLine("ChainA cctor"); A = ChainB.B + 1; } }
class ChainB { public static int B; static ChainB() { Console.WriteLine("ChainB cctor"); B = 41; } }

class Parent { static Parent() { Console.WriteLine("Parent cctor"); } public static void P() { Console.WriteLine("Parent.P"); } }
class Child : Parent { static Child() { Console.WriteLine("Child cctor"); } public static void C() { Console.WriteLine("Child.C"); } }

class Gen<T> { public static string Tag; static Gen() { Tag = typeof(T).Name; Console.WriteLine("Gen cctor " + Tag); } }

class Counter { public static int Runs; static Counter() { Runs++; } public static int Get() { return Runs; } }

struct ValueWithCctor { public static int S; static ValueWithCctor() { Console.WriteLine("ValueWithCctor cctor"); S = 3; } public int I; }

class Literal { public const int K = 5; static Literal() { Console.WriteLine("Literal cctor (must not run for const)"); } }

static class Program
{
    static void Main()
    {
        Console.WriteLine("main start");
        Console.WriteLine(Literal.K);
        Console.WriteLine("before Precise");
        Console.WriteLine(Precise.Value);
        Precise.Touch();
        Console.WriteLine("before ByInstance");
        new ByInstance(); new ByInstance();
        Console.WriteLine("before ChainA");
        Console.WriteLine(ChainA.A);
        Console.WriteLine("before Child.C");
        Child.C();
        Parent.P();
        Console.WriteLine(Gen<int>.Tag + " " + Gen<string>.Tag + " " + Gen<int>.Tag);
        for (int i = 0; i < 3; i++) Console.WriteLine("counter " + Counter.Get());
        ValueWithCctor v = new ValueWithCctor(); v.I = 1;
        Console.WriteLine("struct created");
        Console.WriteLine(ValueWithCctor.S);
        for (int i = 0; i < 3; i++)
        {
            try { Broken.M(); }
            catch (TypeInitializationException e)
            {
                Console.WriteLine("TypeInitializationException for " + e.TypeName + "; inner " + e.InnerException.GetType().Name + ": " + e.InnerException.Message);
            }
        }
        try { Console.WriteLine(Broken.X); } catch (TypeInitializationException) { Console.WriteLine("field access also fails"); }
        Console.WriteLine("main end");
    }
}
