// Monitor.TryEnter with a timeout while another thread holds the lock must
// give up after the timeout (and succeed once the lock is free).
using System;
using System.Threading;

class Program
{
    static void Main()
    {
        // TryEnter with a timeout while another thread holds the lock.
        object held = new object();
        ManualResetEvent taken = new ManualResetEvent(false), release = new ManualResetEvent(false);
        Thread holder = new Thread(() => { lock (held) { taken.Set(); release.WaitOne(2000); } });
        holder.Start();
        taken.WaitOne();
        Console.WriteLine("TryEnter(0) while held: " + Monitor.TryEnter(held));
        Console.WriteLine("TryEnter(20) while held: " + Monitor.TryEnter(held, 20));
        release.Set();
        holder.Join();
        bool lt = false;
        Monitor.TryEnter(held, 1000, ref lt);
        Console.WriteLine("TryEnter after release: " + lt + ", IsEntered: " + Monitor.IsEntered(held));
        Monitor.Exit(held);
        Console.WriteLine("IsEntered after Exit: " + Monitor.IsEntered(held));
    }
}
