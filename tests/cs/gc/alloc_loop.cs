// A long allocation loop whose live data stays small: under a 32 MB heap limit (.cliargs) it must
// finish (the collector reclaims garbage) and GC.GetTotalMemory stays bounded.
using System;

class Cell { public Cell Next; public long A, B; public string S; }

static class Program
{
    static void Main()
    {
        Cell keep = null;
        long maxMem = 0;
        long check = 0;
        for (int i = 0; i < 3000000; i++)
        {
            Cell c = new Cell { A = i, B = i * 2 };
            if (i % 1000 == 0) { c.S = "s" + i; c.Next = keep; keep = c; }
            if (i % 100000 == 0)
            {
                int n = 0; for (Cell p = keep; p != null; p = p.Next) n++;
                if (n > 50) keep = null;
                long mem = GC.GetTotalMemory(false);
                if (mem > maxMem) maxMem = mem;
            }
            check += c.B - c.A;
            if (i % 7 == 0) { int[] tmp = new int[i % 100]; check += tmp.Length; }
        }
        Console.WriteLine("check " + check);
        Console.WriteLine("heap stayed under 32 MB: " + (maxMem < 32L << 20));
        int before = GC.CollectionCount(GC.MaxGeneration);
        GC.Collect();
        Console.WriteLine("collection count grows: " + (GC.CollectionCount(GC.MaxGeneration) > before));
        Console.WriteLine("total memory positive: " + (GC.GetTotalMemory(true) > 0));
    }
}
