// FieldInfo.GetValue/SetValue on a static field run the declaring type's
// initializer first, for types with an explicit static constructor and for
// beforefieldinit ones (field initializers only).
using System;
using System.Reflection;

class WithInitializers
{
    public static readonly WithInitializers Default = new WithInitializers("default");
    public static int Count = Init();
    public readonly string Name;
    public WithInitializers(string name) { Name = name; }
    static int Init() { Console.WriteLine("WithInitializers initialized"); return 5; }
}

class WithCctor
{
    public static string Text;
    static WithCctor() { Console.WriteLine("WithCctor initialized"); Text = "from cctor"; }
}

class SetFirst
{
    public static int Value = Init();
    static int Init() { Console.WriteLine("SetFirst initialized"); return 1; }
}

class Generic<T>
{
    public static string Name = Describe();
    static string Describe() { Console.WriteLine("Generic<" + typeof(T).Name + "> initialized"); return typeof(T).Name; }
}

class Program
{
    const int Constant = 7;

    static void Main()
    {
        BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
        Console.WriteLine("start");
        var d = (WithInitializers)typeof(WithInitializers).GetField("Default", flags).GetValue(null);
        Console.WriteLine(d == null ? "null" : d.Name);
        Console.WriteLine(typeof(WithInitializers).GetField("Count", flags).GetValue(null));
        Console.WriteLine(typeof(WithCctor).GetField("Text", flags).GetValue(null));
        typeof(SetFirst).GetField("Value", flags).SetValue(null, 42);
        Console.WriteLine(SetFirst.Value);
        Console.WriteLine(typeof(Generic<int>).GetField("Name", flags).GetValue(null));
        Console.WriteLine(typeof(Generic<string>).GetField("Name", flags).GetValue(null));
        Console.WriteLine(typeof(Program).GetField("Constant", flags).GetValue(null));
    }
}
