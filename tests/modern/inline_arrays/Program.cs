using System.Runtime.CompilerServices;

[InlineArray(8)]
struct Eight { private int _e; }

[InlineArray(4)]
struct Names { private string _s; }

[InlineArray(3)]
struct Points { private (int X, long Y) _p; }

class Holder { public Names N; public int Tag; }

static class Program
{
    static int Sum(ReadOnlySpan<int> s) { int t = 0; foreach (int v in s) t += v; return t; }

    static void Main()
    {
        var e = new Eight();
        for (int i = 0; i < 8; i++) e[i] = i * i;
        Console.WriteLine(e[7]);
        int sum = 0;
        foreach (int v in e) sum += v;
        Console.WriteLine(sum);
        Span<int> span = e;
        Console.WriteLine(span.Length + " " + Sum(span));
        Span<int> mid = e[2..5];
        Console.WriteLine(string.Join(",", mid.ToArray()));
        mid[0] = 100;
        Console.WriteLine(e[2]);
        Console.WriteLine(Unsafe.SizeOf<Eight>());
        Console.WriteLine(Unsafe.SizeOf<Points>());

        var h = new Holder();
        for (int i = 0; i < 4; i++) h.N[i] = "name" + i;
        // garbage to push collections while only the inline array holds the strings
        for (int round = 0; round < 200; round++)
        {
            var junk = new object[50];
            for (int j = 0; j < junk.Length; j++) junk[j] = new string('x', j + round % 7);
        }
        GC.Collect();
        foreach (string s in h.N) Console.Write(s + " ");
        Console.WriteLine();

        Names local = default;
        local[0] = "a" + 1; local[3] = "d" + 4;
        GC.Collect();
        Console.WriteLine(local[0] + local[1] + local[3]);

        var p = new Points();
        p[1] = (5, 6L);
        p[2].X = 9;
        Console.WriteLine(p[1] + " " + p[2] + " " + p[0]);
        int bad = 8; try { Console.WriteLine(e[bad]); } catch (IndexOutOfRangeException ex) { Console.WriteLine(ex.GetType().Name); }

        object boxed = h.N;   // boxed copy of an inline array
        GC.Collect();
        Names back = (Names)boxed;
        Console.WriteLine(back[2]);
    }
}
