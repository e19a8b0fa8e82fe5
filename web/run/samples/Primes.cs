// Primes: a sieve of Eratosthenes up to N (default 2,000,000).
using System;
using System.Collections.Generic;

static class Primes
{
    static void Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 2000000;
        var composite = new bool[n + 1];
        var found = new List<int>();
        for (int i = 2; i <= n; i++)
        {
            if (composite[i]) continue;
            found.Add(i);
            for (long j = (long)i * i; j <= n; j += i) composite[j] = true;
        }
        Console.WriteLine(found.Count + " primes up to " + n);
        Console.WriteLine("largest: " + found[found.Count - 1]);
        Console.Write("first ten:");
        for (int i = 0; i < 10 && i < found.Count; i++) Console.Write(" " + found[i]);
        Console.WriteLine();
    }
}
