// Methods with exception handlers run by the wasm tier: exceptions raised by
// compiled code (division by zero, bounds, null, a throwing callee) reach a
// catch or finally in the same frame, which reads the loop's locals from the
// frame; foreach over a List (try/finally) and struct fields copied whole.
using System;
using System.Collections.Generic;

struct Entry { public string Key; public long Value; public double Weight; }

class Holder { public Entry E; }

static class Program
{
    static int Divide(int[] xs, int d)
    {
        int sum = 0, i = 0;
        long wide = 1;
        try
        {
            for (i = 0; i < xs.Length; i++) { sum += xs[i] / (d - i); wide = wide * 3 + i; }
        }
        catch (DivideByZeroException)
        {
            Console.WriteLine("div0 at " + i + " sum " + sum + " wide " + wide);
            return -sum;
        }
        finally
        {
            Console.WriteLine("finally i=" + i);
        }
        return sum;
    }

    static int Index(int[] xs, int n)
    {
        int last = 0, k = 0;
        double acc = 0.5;
        try
        {
            for (k = 0; k < n; k++) { last = xs[k]; acc = acc * 1.5 + last; }
        }
        catch (IndexOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name + " k=" + k + " last=" + last + " acc=" + acc);
        }
        return last + k;
    }

    static void Thrower(int v) { if (v == 3) throw new InvalidOperationException("three"); }

    static int Callee(int n)
    {
        int done = 0;
        try { for (int i = 0; i < n; i++) { Thrower(i); done++; } }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message + " after " + done); }
        return done;
    }

    static long Sum(List<Entry> list)
    {
        long s = 0;
        foreach (var e in list) s += e.Value * e.Key.Length;
        return s;
    }

    static string Copy(Holder[] hs)
    {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < hs.Length; i++)
        {
            Entry e = hs[i].E;              // a struct field loaded whole
            e.Value += i;
            hs[(i + 1) % hs.Length].E = e;  // and stored whole
            sb.Append(e.Key).Append(':').Append(e.Value).Append('/').Append(e.Weight).Append(' ');
        }
        return sb.ToString();
    }

    static void Main()
    {
        var xs = new int[] { 10, 20, 30, 40, 50, 60 };
        for (int r = 0; r < 2; r++)
        {
            Console.WriteLine(Divide(xs, 4));
            Console.WriteLine(Divide(xs, 100));
            Console.WriteLine(Index(xs, 4));
            Console.WriteLine(Index(xs, 9));
            Console.WriteLine(Callee(2));
            Console.WriteLine(Callee(6));
        }
        var list = new List<Entry>();
        for (int i = 0; i < 5; i++) list.Add(new Entry { Key = new string('k', i + 1), Value = i * 7, Weight = i / 4.0 });
        Console.WriteLine(Sum(list));
        var hs = new Holder[4];
        for (int i = 0; i < hs.Length; i++) hs[i] = new Holder { E = list[i] };
        Console.WriteLine(Copy(hs));
        Console.WriteLine(Copy(hs));
    }
}
