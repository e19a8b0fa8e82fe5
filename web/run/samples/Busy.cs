// Busy: computes without pause for N seconds (default 5), printing a line
// each second. The page must stay responsive meanwhile: the runtime returns
// to the event loop after every time slice.
using System;
using System.Diagnostics;

static class Busy
{
    static int Main(string[] args)
    {
        double seconds = args.Length > 0 ? double.Parse(args[0]) : 5;
        var sw = Stopwatch.StartNew();
        long iterations = 0;
        uint x = 2463534242;
        int reported = 0;
        while (sw.ElapsedMilliseconds < seconds * 1000)
        {
            for (int i = 0; i < 1000; i++)
            {
                // xorshift: real work the interpreter cannot skip
                x ^= x << 13; x ^= x >> 17; x ^= x << 5;
                iterations++;
            }
            int s = (int)(sw.ElapsedMilliseconds / 1000);
            if (s > reported)
            {
                reported = s;
                Console.WriteLine("second " + s + ": " + iterations + " iterations");
            }
        }
        Console.WriteLine("done: " + iterations + " iterations, checksum " + (x % 1000));
        return 0;
    }
}
