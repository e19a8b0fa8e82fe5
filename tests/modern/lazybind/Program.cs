using LazyBind;

// Cilantro binds members lazily: a method that names a member missing at run
// time still runs, and the instruction that needs the member throws when it
// is reached. (CoreCLR's JIT instead fails the whole method before its first
// line; see lazybind.expected-by-hand.)
static class Program
{
    static int Main(string[] args)
    {
        // A missing member on a branch that is never taken costs nothing.
        Console.WriteLine(Api.Old());
        if (args.Length > 100) Console.WriteLine(Api.New());
        if (args.Length > 100) Console.WriteLine(new Api().NewField);
        if (args.Length > 100) Console.WriteLine(new NewType());
        Console.WriteLine("after the untaken branches");

        // Reached: the exception comes from the instruction, and a try in the
        // same method catches it.
        try
        {
            Console.WriteLine("before the call");
            Console.WriteLine(Api.New());
            Console.WriteLine("not printed");
        }
        catch (MissingMethodException e)
        {
            Console.WriteLine("caught: " + e.Message);
        }
        try { Console.WriteLine(new Api().NewInstance(4)); }
        catch (MissingMethodException e) { Console.WriteLine("caught: " + e.Message); }
        try { Console.WriteLine(new Api().NewField); }
        catch (MissingFieldException e) { Console.WriteLine("caught: " + e.Message); }
        try { Console.WriteLine(Api.NewStaticField); }
        catch (MissingFieldException e) { Console.WriteLine("caught: " + e.Message); }
        try { Console.WriteLine(new NewType()); }
        catch (TypeLoadException e) { Console.WriteLine("caught: " + e.Message); }
        try { NewStruct s = default; s.Value = 5; Console.WriteLine(s.Value); }
        catch (TypeLoadException e) { Console.WriteLine("caught: " + e.Message); }

        var api = new Api();
        Console.WriteLine(api.OldField + " " + api.Describe());
        return 0;
    }
}
