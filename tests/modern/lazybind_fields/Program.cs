using System.Runtime.CompilerServices;
using LazyBind;

// Each use of the missing type sits in its own method, so CoreCLR (which
// fails a whole method when it compiles it) and Cilantro (which fails the
// instruction) throw at the same point.
class Holder
{
    public NewType? Missing;
    public NewType[]? MissingArray;
    public List<NewType>? MissingList;
    public static NewType? StaticMissing;
    public int Count = 7;
}

struct StructHolder
{
    public NewType? Missing;
    public int Value;
}

static class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static object? ReadMissing(Holder h) => h.Missing;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static object? ReadStatic() => Holder.StaticMissing;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void WriteMissing(Holder h) => h.Missing = new NewType();

    static async Task<string> AsyncWithMissingLocal(int n)
    {
        await Task.Yield();
        if (n > 0)
        {
            var made = new NewType();
            await Task.Yield();
            return made.ToString();
        }
        return "never";
    }

    static async Task<int> AsyncWithoutMissing(int n)
    {
        await Task.Delay(1);
        return n * 2;
    }

    static void Try(string label, Func<object?> f)
    {
        try { Console.WriteLine(label + ": " + (f() ?? "null")); }
        catch (TypeLoadException e) { Console.WriteLine(label + ": TypeLoadException: " + e.TypeName); }
    }

    static async Task<int> Main()
    {
        var h = new Holder();
        Console.WriteLine("holder made, count " + h.Count);
        var s = new StructHolder { Value = 3 };
        Console.WriteLine("struct value " + s.Value);
        var arr = new Holder[2];
        Console.WriteLine("array of holders " + arr.Length);
        Try("read field", () => ReadMissing(h));
        Try("read static", () => ReadStatic());
        Try("write field", () => { WriteMissing(h); return "written"; });
        Try("field type by reflection", () => typeof(Holder).GetField("Missing")!.FieldType);
        Try("other field by reflection", () => typeof(Holder).GetField("Count")!.GetValue(h));
        Console.WriteLine("async without it: " + await AsyncWithoutMissing(21));
        try { Console.WriteLine(await AsyncWithMissingLocal(1)); }
        catch (TypeLoadException e) { Console.WriteLine("async: TypeLoadException: " + e.TypeName); }
        return 0;
    }
}
