// Task.Delay ordering: concurrent delays complete in due order; awaiting a
// delay parks only the awaiting method, other work keeps running; Thread.Sleep
// ordering across threads.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static List<string> s_log = new List<string>();
    static void Log(string s) { lock (s_log) s_log.Add(s); }

    static async Task Step(string name, int ms)
    {
        await Task.Delay(ms);
        Log(name);
    }

    static async Task Ticker(int n)
    {
        for (int i = 0; i < n; i++)
        {
            await Task.Delay(25);
            Log("tick " + i);
        }
    }

    static void Main()
    {
        Task[] steps = { Step("d100", 100), Step("d20", 20), Step("d60", 60), Step("d140", 140), Step("d180", 180) };
        Task.WaitAll(steps);
        Console.WriteLine(string.Join(" ", s_log));
        s_log.Clear();

        // While the ticker awaits, the main thread keeps computing.
        Task ticker = Ticker(3);
        long spins = 0;
        while (!ticker.IsCompleted) { spins++; if (spins % 1000 == 0) Thread.Sleep(1); }
        Console.WriteLine(string.Join(" ", s_log) + "; main kept running: " + (spins > 0));
        s_log.Clear();

        Thread a = new Thread(() => { Thread.Sleep(60); Log("sleep 60"); });
        Thread b = new Thread(() => { Thread.Sleep(20); Log("sleep 20"); });
        a.Start(); b.Start();
        a.Join(); b.Join();
        Console.WriteLine(string.Join(" ", s_log));

        long t0 = Environment.TickCount;
        Task.Delay(50).Wait();
        long took = Environment.TickCount - t0;
        Console.WriteLine("Delay(50) took at least 45 ms: " + (took >= 45));
        Console.WriteLine("Delay(0) is complete: " + Task.Delay(0).IsCompleted);
        try { Task.Delay(-2); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("Delay(-2): ArgumentOutOfRangeException"); }
    }
}
