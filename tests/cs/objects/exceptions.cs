// Exceptions: try/catch/finally ordering, filters (when), nested handlers, rethrow, finally during
// unwinding across many frames, exceptions thrown from finally and catch, leave out of nested
// finally blocks, custom exception types, InnerException, StackTrace naming methods.
using System;
using System.Runtime.CompilerServices;

class MyException : Exception
{
    public int Code;
    public MyException(string m, int code) : base(m) { Code = code; }
    public MyException(string m, Exception inner) : base(m, inner) { }
}

static class Program
{
    static string trace = "";

    static void Thrower(int depth)
    {
        try
        {
            if (depth == 0) throw new MyException("deep", 7);
            Thrower(depth - 1);
        }
        finally { trace += depth; }
    }

    static bool Log(string s) { Console.WriteLine("filter " + s); return s.StartsWith("yes"); }

    static int FinallyReturn()
    {
        int x = 1;
        try { return x; }
        finally { x = 2; Console.WriteLine("finally after return, x=" + x); }
    }

    static int NestedLeave()
    {
        int r = 0;
        for (int i = 0; i < 3; i++)
        {
            try
            {
                try { if (i == 1) continue; if (i == 2) break; r += 10; }
                finally { r += 1; Console.WriteLine("inner finally " + i); }
            }
            finally { r += 100; Console.WriteLine("outer finally " + i); }
        }
        return r;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Rethrow()
    {
        try { Level1(); }
        catch (InvalidOperationException) { Console.WriteLine("rethrowing"); throw; }
    }
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Level1() { Level2(); }
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Level2() { throw new InvalidOperationException("from Level2"); }

    static void Main()
    {
        try { Thrower(5); }
        catch (MyException e) { Console.WriteLine("caught " + e.Message + " code " + e.Code + " trace " + trace); }
        try { throw new MyException("filtered", 1); }
        catch (MyException e) when (Log("no " + e.Code)) { Console.WriteLine("wrong handler"); }
        catch (MyException e) when (Log("yes " + e.Code)) { Console.WriteLine("right handler"); }
        try
        {
            try { throw new ArgumentException("inner arg"); }
            catch (ArgumentException e) when (e.Message == "nope") { Console.WriteLine("not me"); }
            finally { Console.WriteLine("inner finally runs before outer catch"); }
        }
        catch (Exception e) { Console.WriteLine("outer caught " + e.GetType().Name); }
        Console.WriteLine(FinallyReturn());
        Console.WriteLine(NestedLeave());
        try { Rethrow(); }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("after rethrow: " + e.Message);
            Console.WriteLine("trace has Level2: " + (e.StackTrace != null && e.StackTrace.Contains("Level2")));
            Console.WriteLine("trace has Rethrow: " + e.StackTrace.Contains("Rethrow"));
            Console.WriteLine("ToString has type and message: " + (e.ToString().Contains("System.InvalidOperationException") && e.ToString().Contains("from Level2")));
        }
        try
        {
            try { throw new Exception("first"); }
            finally { throw new Exception("from finally"); }
        }
        catch (Exception e) { Console.WriteLine("finally exception replaces: " + e.Message); }
        try
        {
            try { throw new Exception("original"); }
            catch (Exception e) { throw new MyException("wrapped", e); }
        }
        catch (MyException e) { Console.WriteLine(e.Message + " <- " + e.InnerException.Message); }
        int count = 0;
        for (int i = 0; i < 100; i++)
        {
            try { try { if (i % 3 == 0) throw new Exception(); } finally { count++; } }
            catch { count += 1000; }
        }
        Console.WriteLine("count " + count);
        try { object o = null; o.ToString(); }
        catch (NullReferenceException e) { Console.WriteLine("NRE message non-empty: " + (e.Message.Length > 0)); }
        try { throw null; }
        catch (NullReferenceException) { Console.WriteLine("throw null -> NullReferenceException"); }
        Exception ex = new Exception("plain");
        Console.WriteLine(ex.Message + " " + (ex.StackTrace == null) + " " + (ex.InnerException == null));
        Console.WriteLine(new ArgumentNullException("param").ParamName);
        try { throw new ArgumentOutOfRangeException("idx", "too big"); }
        catch (ArgumentException e) { Console.WriteLine(e.GetType().Name + " " + ((ArgumentOutOfRangeException)e).ParamName); }
        string order = "";
        try { order += "t"; } catch { order += "c"; } finally { order += "f"; }
        Console.WriteLine(order);
        try { Deep(0); } catch (MyException e) { Console.WriteLine("deep " + e.Code); }
        Console.WriteLine("end");
    }

    static void Deep(int n) { if (n == 2000) throw new MyException("bottom", n); try { Deep(n + 1); } finally { if (n % 500 == 0) Console.WriteLine("unwind " + n); } }
}
