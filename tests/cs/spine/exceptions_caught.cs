// Runtime-raised exceptions caught and printed: divide by zero, null dereference, index out of range,
// overflow, invalid cast; then the program goes on.
using System;

class Node { public int Value; public Node Next; public int Get() { return Value; } }

static class ExceptionsCaught
{
    static int Zero() { return 0; }
    static long ZeroL() { return 0; }
    static Node NullNode() { return null; }
    static int[] NullArray() { return null; }

    static void Main()
    {
        try { Console.WriteLine(10 / Zero()); } catch (DivideByZeroException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        try { Console.WriteLine(10 % Zero()); } catch (DivideByZeroException e) { Console.WriteLine(e.GetType().Name); }
        try { Console.WriteLine(10L / ZeroL()); } catch (DivideByZeroException e) { Console.WriteLine(e.GetType().Name); }
        try { Console.WriteLine(10u / (uint)Zero()); } catch (DivideByZeroException e) { Console.WriteLine(e.GetType().Name); }
        try { Console.WriteLine(10UL % (ulong)ZeroL()); } catch (DivideByZeroException e) { Console.WriteLine(e.GetType().Name); }
        Console.WriteLine(10.0 / Zero());
        try { Console.WriteLine(NullNode().Value); } catch (NullReferenceException e) { Console.WriteLine(e.GetType().Name); }
        try { NullNode().Value = 5; } catch (NullReferenceException e) { Console.WriteLine(e.GetType().Name); }
        try { Console.WriteLine(NullNode().Get()); } catch (NullReferenceException e) { Console.WriteLine(e.GetType().Name); }
        try { Console.WriteLine(NullArray()[0]); } catch (NullReferenceException e) { Console.WriteLine(e.GetType().Name); }
        try { Console.WriteLine(NullArray().Length); } catch (NullReferenceException e) { Console.WriteLine(e.GetType().Name); }
        try { string s = null; Console.WriteLine(s.Length); } catch (NullReferenceException e) { Console.WriteLine(e.GetType().Name); }
        int[] a = new int[3];
        try { a[3] = 1; } catch (IndexOutOfRangeException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        try { Console.WriteLine(a[-1]); } catch (IndexOutOfRangeException e) { Console.WriteLine(e.GetType().Name); }
        try { Console.WriteLine(a[int.MaxValue]); } catch (IndexOutOfRangeException e) { Console.WriteLine(e.GetType().Name); }
        try { Console.WriteLine("abc"[5]); } catch (IndexOutOfRangeException e) { Console.WriteLine(e.GetType().Name); }
        try { object o = "str"; int i = (int)o; Console.WriteLine(i); } catch (InvalidCastException e) { Console.WriteLine(e.GetType().Name); }
        try { object o = 5; Node n = (Node)o; Console.WriteLine(n); } catch (InvalidCastException e) { Console.WriteLine(e.GetType().Name); }
        try { checked { int x = int.MaxValue; x++; Console.WriteLine(x); } } catch (OverflowException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        try { throw new InvalidOperationException("custom message"); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        try { throw new ArgumentException("bad arg"); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        int caught = 0;
        for (int i = 0; i < 1000; i++) { try { int z = i / (i % 2); caught += z > 0 ? 0 : 0; } catch (DivideByZeroException) { caught++; } }
        Console.WriteLine("caught " + caught);
        try { try { Console.WriteLine(1 / Zero()); } finally { Console.WriteLine("finally ran"); } }
        catch (ArithmeticException e) { Console.WriteLine("outer " + e.GetType().Name); }
        Console.WriteLine("done");
    }
}
