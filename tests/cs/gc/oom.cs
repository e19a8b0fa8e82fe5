// OutOfMemoryException: with a heap limit (`--heap-limit 64m` in .cliargs), allocating until the heap
// is full throws a catchable OutOfMemoryException; after dropping the references the program
// allocates again. Mono has no such CLI option (and would eat the machine's memory), so the
// expected output is hand-written (.expected-by-hand).
using System;
using System.Collections.Generic;

static class Program
{
    static void Main()
    {
        List<byte[]> hog = new List<byte[]>();
        long total = 0;
        try
        {
            while (true) { hog.Add(new byte[1 << 20]); total += 1 << 20; }
        }
        catch (OutOfMemoryException e)
        {
            Console.WriteLine("caught " + e.GetType().Name);
        }
        Console.WriteLine("allocated at least 16 MB: " + (total >= 16L << 20));
        Console.WriteLine("stayed under 64 MB: " + (total <= 64L << 20));
        hog = null;
        GC.Collect();
        List<byte[]> again = new List<byte[]>();
        for (int i = 0; i < 16; i++) again.Add(new byte[1 << 20]);
        Console.WriteLine("recovered: allocated " + again.Count + " MB more");
        try { int[] huge = new int[int.MaxValue / 2]; Console.WriteLine(huge.Length); }
        catch (OutOfMemoryException) { Console.WriteLine("huge array: OutOfMemoryException"); }
        Console.WriteLine("done");
    }
}
