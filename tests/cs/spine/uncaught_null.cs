// An unhandled NullReferenceException from a field access deep in a call chain.
using System;

class Box { public int V; }

static class UncaughtNull
{
    static int Read(Box b) { return b.V; }
    static int Middle(Box b) { return Read(b) + 1; }
    static void Main()
    {
        Console.WriteLine("start");
        Console.WriteLine(Middle(new Box()));
        Console.WriteLine(Middle(null));
    }
}
