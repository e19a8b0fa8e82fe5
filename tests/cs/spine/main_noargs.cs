// Main(string[] args) with no arguments: an empty array, never null; void Main exits 0.
using System;

static class MainNoArgs
{
    static void Main(string[] args)
    {
        Console.WriteLine(args == null ? "null" : "length " + args.Length);
    }
}
