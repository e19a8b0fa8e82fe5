// An unhandled DivideByZeroException: output so far is flushed, stderr names the exception and its
// message, the exit code is non-zero.
using System;

static class UncaughtDivide
{
    static int Divide(int a, int b) { return a / b; }
    static void Main()
    {
        Console.WriteLine("before");
        Console.WriteLine(Divide(1, 0));
        Console.WriteLine("not reached");
    }
}
