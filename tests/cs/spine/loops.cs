// Control flow: nested loops with break/continue/goto, do/while, labeled exits, conditional operator chains.
using System;

static class Loops
{
    static void Main()
    {
        int count = 0;
        for (int i = 0; i < 10; i++)
        {
            if (i == 7) break;
            if (i % 2 == 0) continue;
            for (int j = 0; j < 10; j++)
            {
                if (j > i) break;
                if (j == 2) continue;
                count += i * j;
            }
        }
        Console.WriteLine("count " + count);
        int n = 0;
        do { n += 3; } while (n < 20);
        Console.WriteLine("do " + n);
        int w = 100; int iters = 0;
        while (w > 1) { w = (w % 2 == 0) ? w / 2 : 3 * w + 1; iters++; }
        Console.WriteLine("collatz " + iters);
        for (int i = 0; i < 5; i++)
            for (int j = 0; j < 5; j++)
                for (int k = 0; k < 5; k++)
                    if (i * j * k == 12) { Console.WriteLine("found " + i + j + k); goto done; }
        done:
        int g = 0;
        again:
        g++;
        if (g < 5) goto again;
        Console.WriteLine("goto " + g);
        long sum = 0;
        for (int i = 0, j = 100; i < j; i += 3, j -= 2) sum += i * j;
        Console.WriteLine("two vars " + sum);
        int primes = 0;
        for (int c = 2; c < 2000; c++)
        {
            bool isPrime = true;
            for (int d = 2; d * d <= c; d++) if (c % d == 0) { isPrime = false; break; }
            if (isPrime) primes++;
        }
        Console.WriteLine("primes<2000 " + primes);
        int x = 5;
        string cls = x < 0 ? "neg" : x == 0 ? "zero" : x < 10 ? "small" : "big";
        Console.WriteLine(cls);
        int t = 0;
        for (;;) { if (++t >= 1000) break; }
        Console.WriteLine("forever " + t);
        int outer = 0;
        for (int i = 0; i < 100; i++)
        {
            int inner = 0;
            while (true) { inner++; if (inner * inner > i) break; }
            outer += inner;
        }
        Console.WriteLine("isqrt-sum " + outer);
        uint u = 10; int down = 0;
        while (u-- > 0) down++;
        Console.WriteLine("down " + down + " " + u);
    }
}
