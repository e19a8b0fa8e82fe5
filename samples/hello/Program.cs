// A small but representative program: output, a loop, string
// concatenation, integer and floating-point arithmetic, command-line args.
using System;

class Program
{
    static int Fib(int n)
    {
        return n < 2 ? n : Fib(n - 1) + Fib(n - 2);
    }

    static int Main(string[] args)
    {
        Console.WriteLine("Hello from C# on Cilantro!");

        string who = args.Length > 0 ? args[0] : "world";
        Console.WriteLine("Hello, " + who + "!");
        Console.WriteLine("You passed " + args.Length + " argument(s).");
        for (int i = 0; i < args.Length; i++)
            Console.WriteLine("  args[" + i + "] = " + args[i]);

        string squares = "";
        long sum = 0;
        for (int i = 1; i <= 10; i++)
        {
            squares += (i * i) + (i < 10 ? " " : "");
            sum += i * i;
        }
        Console.WriteLine("Squares: " + squares);
        Console.WriteLine("Sum of squares: " + sum);
        Console.WriteLine("Fib(20) = " + Fib(20));
        Console.WriteLine("Average: " + (sum / 10.0));
        return 0;
    }
}
