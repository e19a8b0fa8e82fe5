// A try/catch inside a finally block: the inner catch must not end the
// finally (its endfinally still completes the leave or the unwind).
using System;

class Program
{
    static int step;

    static void Log(string s) { Console.WriteLine(++step + " " + s); }

    static void OnLeave()
    {
        try { Log("try"); }
        finally
        {
            try { throw new InvalidOperationException("inner"); }
            catch (InvalidOperationException e) { Log("caught " + e.Message); }
            Log("finally goes on");
        }
        Log("after the finally");
    }

    static void OnUnwind()
    {
        try
        {
            try { throw new ArgumentException("outer"); }
            finally
            {
                try { throw new FormatException("inner"); }
                catch (FormatException e) { Log("caught " + e.Message + " while unwinding"); }
                Log("finally goes on");
            }
        }
        catch (ArgumentException e) { Log("outer catch got " + e.Message); }
    }

    static int InLoop()
    {
        int n = 0;
        for (int i = 0; i < 4; i++)
        {
            try
            {
                if (i == 1) continue;
                if (i == 3) break;
                n += 10;
            }
            finally
            {
                try { if (i % 2 == 0) throw new Exception("e" + i); n++; }
                catch (Exception e) { Log("loop caught " + e.Message); }
            }
        }
        return n;
    }

    static void NestedFinallies()
    {
        try { Log("a"); }
        finally
        {
            try
            {
                try { Log("b"); }
                finally
                {
                    try { throw new Exception("deep"); }
                    catch (Exception e) { Log("caught " + e.Message); }
                }
                throw new Exception("after inner finally");
            }
            catch (Exception e) { Log("caught " + e.Message); }
            Log("outer finally ends");
        }
    }

    static string Returning()
    {
        try { return "returned"; }
        finally
        {
            try { object o = null; o.ToString(); }
            catch (NullReferenceException) { Log("caught NRE in finally of a return"); }
        }
    }

    static void EscapesFinally()
    {
        try
        {
            try { Log("try"); }
            finally
            {
                try { throw new Exception("first"); }
                catch (Exception e) { Log("caught " + e.Message); }
                throw new Exception("second, out of the finally");
            }
        }
        catch (Exception e) { Log("outside caught " + e.Message); }
    }

    static void Main()
    {
        OnLeave();
        OnUnwind();
        Log("loop " + InLoop());
        NestedFinallies();
        Log(Returning());
        EscapesFinally();
        Log("done");
    }
}
