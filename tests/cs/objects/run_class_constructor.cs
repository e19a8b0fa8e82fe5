// RuntimeHelpers.RunClassConstructor runs a type's static constructor (once),
// and reports one that throws as TypeInitializationException.
using System;
using System.Runtime.CompilerServices;

class Explicit
{
    public static int Value;
    static Explicit() { Console.WriteLine("  Explicit cctor"); Value = 42; }
}

class FieldInit
{
    public static int Value = Compute();
    static int Compute() { Console.WriteLine("  FieldInit initializer"); return 7; }
}

class NoCctor { public static int Value; }

class Failing
{
    public static int Value;
    static Failing() { Console.WriteLine("  Failing cctor"); throw new InvalidOperationException("cctor failed"); }
}

class Generic<T>
{
    public static string Name;
    static Generic() { Name = typeof(T).Name; Console.WriteLine("  Generic<" + Name + "> cctor"); }
}

class Nested
{
    static Nested() { Console.WriteLine("  Nested cctor, running Explicit's"); RuntimeHelpers.RunClassConstructor(typeof(Explicit).TypeHandle); }
    public static void Touch() { }
}

class Program
{
    static void Main()
    {
        Console.WriteLine("run Explicit");
        RuntimeHelpers.RunClassConstructor(typeof(Explicit).TypeHandle);
        Console.WriteLine("again");
        RuntimeHelpers.RunClassConstructor(typeof(Explicit).TypeHandle);
        Console.WriteLine("Explicit.Value = " + Explicit.Value);

        Console.WriteLine("run FieldInit");
        RuntimeHelpers.RunClassConstructor(typeof(FieldInit).TypeHandle);
        Console.WriteLine("FieldInit.Value = " + FieldInit.Value);

        Console.WriteLine("run NoCctor");
        RuntimeHelpers.RunClassConstructor(typeof(NoCctor).TypeHandle);
        Console.WriteLine("NoCctor.Value = " + NoCctor.Value);

        Console.WriteLine("run Generic<int>, Generic<string>");
        RuntimeHelpers.RunClassConstructor(typeof(Generic<int>).TypeHandle);
        RuntimeHelpers.RunClassConstructor(typeof(Generic<string>).TypeHandle);
        Console.WriteLine(Generic<int>.Name + " " + Generic<string>.Name);

        Console.WriteLine("run Nested");
        RuntimeHelpers.RunClassConstructor(typeof(Nested).TypeHandle);
        Nested.Touch();

        for (int i = 0; i < 2; i++)
        {
            Console.WriteLine("run Failing");
            try { RuntimeHelpers.RunClassConstructor(typeof(Failing).TypeHandle); Console.WriteLine("no exception"); }
            catch (TypeInitializationException e) { Console.WriteLine(e.GetType().Name + ": " + e.TypeName + " <- " + e.InnerException.GetType().Name + ": " + e.InnerException.Message); }
        }
        try { Console.WriteLine(Failing.Value); }
        catch (TypeInitializationException e) { Console.WriteLine("field access: " + e.GetType().Name); }
    }
}
