// Main(string[] args) receives the command-line arguments after the exe.
using System;

static class MainArgs
{
    static int Main(string[] args)
    {
        Console.WriteLine("count " + args.Length);
        for (int i = 0; i < args.Length; i++) Console.WriteLine(i + ": [" + args[i] + "] " + args[i].Length);
        int sum = 0;
        foreach (string a in args) { int v; if (int.TryParse(a, out v)) sum += v; }
        Console.WriteLine("sum " + sum);
        return args.Length;
    }
}
