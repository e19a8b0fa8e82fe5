// Recursion: classic functions, mutual recursion, and a 100,000-deep chain
// (the runtime must run it or fail cleanly; Mono runs it).
using System;

static class Recursion
{
    static int Fib(int n) { return n < 2 ? n : Fib(n - 1) + Fib(n - 2); }
    static long Fact(int n) { return n <= 1 ? 1 : n * Fact(n - 1); }
    static int Ack(int m, int n)
    {
        if (m == 0) return n + 1;
        if (n == 0) return Ack(m - 1, 1);
        return Ack(m - 1, Ack(m, n - 1));
    }
    static bool IsEven(int n) { return n == 0 ? true : IsOdd(n - 1); }
    static bool IsOdd(int n) { return n == 0 ? false : IsEven(n - 1); }
    static int Deep(int n) { return n == 0 ? 0 : 1 + Deep(n - 1); }
    static long DeepSum(int n, long acc) { if (n == 0) return acc; return DeepSum(n - 1, acc + n); }
    static int Gcd(int a, int b) { return b == 0 ? a : Gcd(b, a % b); }
    static void Hanoi(int n, int from, int to, int via, ref int moves)
    {
        if (n == 0) return;
        Hanoi(n - 1, from, via, to, ref moves);
        moves++;
        Hanoi(n - 1, via, to, from, ref moves);
    }

    static void Main()
    {
        Console.WriteLine(Fib(25));
        Console.WriteLine(Fact(20));
        Console.WriteLine(Ack(2, 3) + " " + Ack(3, 3));
        Console.WriteLine(IsEven(1000) + " " + IsOdd(777));
        Console.WriteLine(Deep(100000));
        Console.WriteLine(DeepSum(100000, 0));
        Console.WriteLine(Gcd(1071, 462));
        int moves = 0; Hanoi(16, 1, 3, 2, ref moves); Console.WriteLine(moves);
    }
}
