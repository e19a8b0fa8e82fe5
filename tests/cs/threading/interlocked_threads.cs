// Interlocked counters across threads; Thread basics (Join, IsAlive,
// IsBackground, ManagedThreadId, Name, ThreadState, parameterized start);
// ThreadLocal<T>.
using System;
using System.Collections.Generic;
using System.Threading;

class Program
{
    static int s_count;
    static long s_sum;
    static int s_max;
    static int s_cas;

    static void Worker(object arg)
    {
        int id = (int)arg;
        for (int i = 0; i < 2000; i++)
        {
            Interlocked.Increment(ref s_count);
            Interlocked.Add(ref s_sum, id);
            int snapshot;
            do { snapshot = s_cas; } while (Interlocked.CompareExchange(ref s_cas, snapshot + 2, snapshot) != snapshot);
            if (i % 100 == 0) Thread.Yield();
        }
        int cur;
        while ((cur = s_max) < id && Interlocked.CompareExchange(ref s_max, id, cur) != cur) { }
    }

    static void Main()
    {
        Thread[] ts = new Thread[8];
        for (int i = 0; i < ts.Length; i++) ts[i] = new Thread(Worker);
        for (int i = 0; i < ts.Length; i++) ts[i].Start(i + 1);
        foreach (Thread t in ts) t.Join();
        Console.WriteLine("count " + s_count + ", sum " + s_sum + ", cas " + s_cas + ", max " + s_max);
        Console.WriteLine("Decrement: " + Interlocked.Decrement(ref s_count) + ", Exchange old: " + Interlocked.Exchange(ref s_count, 7) + ", now " + s_count);
        object a = "a", b = "b";
        object slot = a;
        Console.WriteLine("CompareExchange(obj) miss: " + Interlocked.CompareExchange(ref slot, b, b) + ", hit: " + Interlocked.CompareExchange(ref slot, b, a) + ", now " + slot);
        long big = long.MaxValue - 1;
        Interlocked.Increment(ref big);
        Console.WriteLine("long: " + Interlocked.Read(ref big));
        int vol = 0;
        Volatile.Write(ref vol, 5);
        Console.WriteLine("Volatile: " + Volatile.Read(ref vol));

        // Distinct ids, alive while running, not after Join.
        ManualResetEvent go = new ManualResetEvent(false);
        Thread w = new Thread(() => go.WaitOne());
        Console.WriteLine("unstarted: " + w.ThreadState + ", alive " + w.IsAlive);
        w.IsBackground = true;
        w.Name = "worker";
        w.Start();
        Console.WriteLine("started: alive " + w.IsAlive + ", background " + w.IsBackground + ", name " + w.Name);
        Console.WriteLine("ids differ: " + (w.ManagedThreadId != Thread.CurrentThread.ManagedThreadId));
        Console.WriteLine("Join(20) while blocked: " + w.Join(20));
        go.Set();
        Console.WriteLine("Join(5000) after set: " + w.Join(5000));
        Console.WriteLine("finished: alive " + w.IsAlive + ", state " + w.ThreadState);
        try { w.Start(); }
        catch (ThreadStateException) { Console.WriteLine("restart: ThreadStateException"); }
        try { w.Name = "again"; Console.WriteLine("renamed: " + w.Name); }
        catch (InvalidOperationException) { Console.WriteLine("rename: InvalidOperationException"); }

        // Each thread sees its own ThreadLocal value; Values lists them all.
        ThreadLocal<int> local = new ThreadLocal<int>(() => 100, true);
        local.Value = 1;
        int[] seen = new int[4];
        Thread[] lt = new Thread[4];
        for (int i = 0; i < 4; i++)
        {
            int k = i;
            lt[i] = new Thread(() =>
            {
                int before = local.Value;
                local.Value = before + k;
                Thread.Sleep(5);
                seen[k] = local.Value;
            });
            lt[i].Start();
        }
        foreach (Thread t in lt) t.Join();
        Console.WriteLine("main's value " + local.Value + ", threads saw " + string.Join(",", seen));
        List<int> all = new List<int>(local.Values);
        all.Sort();
        Console.WriteLine("Values: " + string.Join(",", all));
        ThreadLocal<string> untracked = new ThreadLocal<string>();
        Console.WriteLine("created: " + untracked.IsValueCreated + ", default null: " + (untracked.Value == null));
        try { Console.WriteLine(untracked.Values.Count); }
        catch (InvalidOperationException) { Console.WriteLine("Values without tracking: InvalidOperationException"); }

        // A background thread that never ends does not keep the process alive.
        Thread forever = new Thread(() => { for (;;) Thread.Sleep(1000); });
        forever.IsBackground = true;
        forever.Start();
        Console.WriteLine("done");
    }
}
