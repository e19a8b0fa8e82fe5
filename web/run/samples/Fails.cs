// Fails: an unhandled exception; the page shows the runtime's report.
using System;

static class Fails
{
    static void Check(int depth)
    {
        if (depth == 0) throw new InvalidOperationException("something went wrong");
        Check(depth - 1);
    }

    static void Main()
    {
        Console.WriteLine("about to fail");
        Check(3);
    }
}
