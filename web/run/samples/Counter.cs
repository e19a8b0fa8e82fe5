// Counter: prints a line every 200 ms (Thread.Sleep is a timer, not a busy
// wait), so the output streams into the page. Runs until stopped or N lines.
using System;
using System.Threading;

static class Counter
{
    static void Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 1000;
        for (int i = 1; i <= n; i++)
        {
            Console.WriteLine("tick " + i);
            Thread.Sleep(200);
        }
    }
}
