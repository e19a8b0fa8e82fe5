// Threads: a producer and two consumers sharing a queue under a Monitor;
// green threads on the page's single JS thread.
using System;
using System.Collections.Generic;
using System.Threading;

static class Threads
{
    static readonly Queue<int> queue = new Queue<int>();
    static readonly object gate = new object();
    static int consumed, sum;

    static void Consume(object name)
    {
        for (;;)
        {
            int item;
            lock (gate)
            {
                while (queue.Count == 0) Monitor.Wait(gate);
                item = queue.Dequeue();
            }
            if (item < 0) return;
            Interlocked.Increment(ref consumed);
            Interlocked.Add(ref sum, item);
        }
    }

    static void Main()
    {
        var a = new Thread(Consume) { Name = "a" };
        var b = new Thread(Consume) { Name = "b" };
        a.Start("a");
        b.Start("b");
        for (int i = 1; i <= 1000; i++)
        {
            lock (gate) { queue.Enqueue(i); Monitor.Pulse(gate); }
            if (i % 100 == 0) Thread.Sleep(10);
        }
        lock (gate) { queue.Enqueue(-1); queue.Enqueue(-1); Monitor.PulseAll(gate); }
        a.Join();
        b.Join();
        Console.WriteLine("consumed " + consumed + " items, sum " + sum);
    }
}
