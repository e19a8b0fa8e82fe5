// A user exception thrown and not caught: type and message reach stderr, exit code non-zero.
using System;

static class UncaughtThrow
{
    static void Main(string[] args)
    {
        Console.WriteLine("args " + args.Length);
        throw new InvalidOperationException("the widget is broken");
    }
}
