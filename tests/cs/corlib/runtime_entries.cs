// mcs: -unsafe
// What the runtime reaches in the corlib on its own, used by a program: every `new string(...)`
// overload (the runtime calls the static String::Ctor of the same parameters), reflection's
// Invoke (RuntimeMethodInfo.InternalInvoke), and the exceptions the runtime throws by name,
// allocated without a constructor (message, parameter name, type name of a failed type
// initializer, inner exceptions). tests/trimmed.list runs it trimmed too: `cilantro trim` keeps a
// Ctor only when its constructor is used, and the exceptions as types with their overrides.
using System;
using System.Reflection;

static class Boom
{
    public static readonly int Value = Fail();
    static int Fail() { throw new InvalidOperationException("from the initializer"); }
}

static class Program
{
    public static int Twice(int x) { return 2 * x; }
    static void Thrower() { throw new FormatException("inner one"); }

    static void Report(string what, Exception e)
    {
        Console.WriteLine(what + ": " + e.GetType().FullName + ": " + e.Message);
        string first = e.ToString().Split('\n')[0];
        Console.WriteLine("  " + first);
    }

    static unsafe void Strings()
    {
        sbyte* bytes = stackalloc sbyte[4];
        bytes[0] = (sbyte)'a'; bytes[1] = (sbyte)'b'; bytes[2] = (sbyte)'c'; bytes[3] = 0;
        char* chars = stackalloc char[4];
        chars[0] = 'x'; chars[1] = 'y'; chars[2] = 'z'; chars[3] = '\0';
        char[] array = { 'h', 'e', 'l', 'l', 'o' };
        Console.WriteLine(new string(bytes));
        Console.WriteLine(new string(chars));
        Console.WriteLine(new string(chars, 1, 2));
        Console.WriteLine(new string(array));
        Console.WriteLine(new string(array, 1, 3));
        Console.WriteLine(new string('=', 4));
        Console.WriteLine(new string(new ReadOnlySpan<char>(array, 2, 3)));
    }

    static void Main()
    {
        Strings();

        MethodInfo m = typeof(Program).GetMethod("Twice");
        Console.WriteLine(m.Invoke(null, new object[] { 21 }));
        try { typeof(Program).GetMethod("Thrower", BindingFlags.NonPublic | BindingFlags.Static).Invoke(null, null); }
        catch (TargetInvocationException e) { Report("invoke", e); Report("  inner", e.InnerException); }

        int zero = 0;
        object o = "text";
        int[] small = new int[2];
        object[] strings = new string[1];
        try { Console.WriteLine(1 / zero); } catch (DivideByZeroException e) { Report("divide", e); }
        try { Console.WriteLine(((string)null).Length); } catch (NullReferenceException e) { Report("null", e); }
        try { Console.WriteLine((int)o); } catch (InvalidCastException e) { Report("cast", e); }
        try { Console.WriteLine(small[zero + 5]); } catch (IndexOutOfRangeException e) { Report("index", e); }
        try { Console.WriteLine(checked(int.MaxValue + small.Length)); } catch (OverflowException e) { Report("overflow", e); }
        try { strings[0] = 1; } catch (ArrayTypeMismatchException e) { Report("store", e); }
        try { Array.Copy(null, small, 1); }
        catch (ArgumentNullException e) { Report("copy", e); Console.WriteLine("  param " + e.ParamName); }
        try { Console.WriteLine(Boom.Value); }
        catch (TypeInitializationException e) { Report("cctor", e); Console.WriteLine("  type " + e.TypeName); Report("  inner", e.InnerException); }
    }
}
