// StackTrace and StackFrame as .NET builds them: frames innermost first, the caller of a constructor,
// skipped frames, file and line from the PDB, traces made from an exception, Environment.StackTrace.
using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;

class Program
{
    static void Main()
    {
        Outer.Run();
        var st = new StackTrace();
        Console.WriteLine($"Main frames: {st.FrameCount} top {st.GetFrame(0)!.GetMethod()!.Name}");
        Console.WriteLine(Environment.StackTrace.Split('\n')[0].Trim());
        Console.WriteLine(Path.GetFileName(Environment.StackTrace.Split('\n')[1].Trim()));
        Console.WriteLine(new Widget().Caller);
        try { Thrower(); }
        catch (Exception e)
        {
            var et = new StackTrace(e, false);
            Console.WriteLine($"from exception: {et.FrameCount}");
            Console.WriteLine(et.ToString().Replace("\r", ""));
            var withFiles = new StackTrace(e, true);
            foreach (var f in withFiles.GetFrames())
                Console.WriteLine($"  {f.GetMethod()?.DeclaringType?.Name}.{f.GetMethod()?.Name} il>=0 {f.GetILOffset() >= 0} file {Path.GetFileName(f.GetFileName())} line>0 {f.GetFileLineNumber() > 0}");
            Console.WriteLine($"skip 1: {new StackTrace(e, 1).FrameCount} {new StackTrace(e, 1).GetFrame(0)!.GetMethod()!.Name}");
        }
        Console.WriteLine(new StackTrace(new StackFrame("x.cs", 3)).FrameCount);
        var sf = new StackFrame(0, true);
        Console.WriteLine($"{sf.GetMethod()!.Name} {sf.GetFileName() != null} {sf.GetFileLineNumber() > 0} {sf.HasMethod()} {sf.HasILOffset()} {sf.HasSource()}");
        Console.WriteLine(new StackFrame(1000).GetMethod() == null);
        Console.WriteLine(Generic<int>.Where());
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Thrower() => Deeper.Fail(2);
}

static class Outer
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Run() => Inner(3);

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Inner(int depth)
    {
        var st = new StackTrace(false);
        var frames = st.GetFrames();
        for (int i = 0; i < 3; i++) Console.WriteLine($"{i}: {frames[i].GetMethod()!.DeclaringType!.Name}.{frames[i].GetMethod()!.Name} il>=0 {frames[i].GetILOffset() >= 0}");
        Console.Write(new StackTrace(1, false).ToString());
        Console.WriteLine(new StackFrame(1).GetMethod()!.Name);
        Console.WriteLine(st.ToString().Split('\n')[0]);
    }
}

class Widget
{
    public string Caller { get; } = Who();
    [MethodImpl(MethodImplOptions.NoInlining)]
    static string Who() { var m = new StackFrame(1).GetMethod()!; return m.Name + " " + (m is ConstructorInfo) + " " + m.DeclaringType!.Name; }
}

static class Generic<T>
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static string Where() { var f = new StackFrame(); return f.GetMethod()!.Name + " in " + f.GetMethod()!.DeclaringType!.Name + " " + new StackTrace().ToString().Split('\n')[0].Trim(); }
}

static class Deeper
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Fail(int n)
    {
        if (n > 0) Fail(n - 1);
        else throw new InvalidOperationException("boom");
    }
}
