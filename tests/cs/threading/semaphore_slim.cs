// SemaphoreSlim: limits concurrency, Wait with timeouts, WaitAsync, Release
// errors; CurrentCount bookkeeping.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static int s_inside, s_maxInside;

    static void Work(SemaphoreSlim gate, int id, List<int> done)
    {
        gate.Wait();
        try
        {
            int now = Interlocked.Increment(ref s_inside);
            lock (done) if (now > s_maxInside) s_maxInside = now;
            Thread.Sleep(10);
            lock (done) done.Add(id);
            Interlocked.Decrement(ref s_inside);
        }
        finally { gate.Release(); }
    }

    static async Task<int> AsyncUser(SemaphoreSlim gate, int id)
    {
        await gate.WaitAsync();
        try
        {
            int now = Interlocked.Increment(ref s_inside);
            if (now > s_maxInside) s_maxInside = now;
            await Task.Delay(10);
            Interlocked.Decrement(ref s_inside);
            return id * 10;
        }
        finally { gate.Release(); }
    }

    static void Main()
    {
        SemaphoreSlim gate = new SemaphoreSlim(2);
        List<int> done = new List<int>();
        Thread[] ts = new Thread[6];
        for (int i = 0; i < ts.Length; i++) { int id = i; ts[i] = new Thread(() => Work(gate, id, done)); ts[i].Start(); }
        foreach (Thread t in ts) t.Join();
        done.Sort();
        Console.WriteLine("threads done: " + string.Join(",", done) + "; max inside " + s_maxInside + "; count " + gate.CurrentCount);

        s_maxInside = 0;
        Task<int>[] users = new Task<int>[5];
        for (int i = 0; i < users.Length; i++) users[i] = AsyncUser(gate, i + 1);
        Console.WriteLine("async results: " + string.Join(",", Task.WhenAll(users).Result) + "; max inside " + s_maxInside + "; count " + gate.CurrentCount);

        SemaphoreSlim one = new SemaphoreSlim(1, 1);
        Console.WriteLine("Wait(0): " + one.Wait(0) + ", again: " + one.Wait(0) + ", Wait(20): " + one.Wait(20));
        Task<bool> pending = one.WaitAsync(5000);
        Task<bool> timesOut = one.WaitAsync(20);
        Console.WriteLine("pending completed: " + pending.IsCompleted);
        Console.WriteLine("timed out async wait: " + timesOut.Result);
        Console.WriteLine("Release: previous " + one.Release() + "; pending gets it: " + pending.Result + "; count " + one.CurrentCount);
        one.Release();
        try { one.Release(); }
        catch (SemaphoreFullException) { Console.WriteLine("Release over max: SemaphoreFullException"); }
        try { new SemaphoreSlim(3, 2); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("initial > max: ArgumentOutOfRangeException"); }

        // A blocked Wait is released by another thread's Release.
        SemaphoreSlim zero = new SemaphoreSlim(0);
        new Thread(() => { Thread.Sleep(20); zero.Release(3); }).Start();
        zero.Wait();
        Console.WriteLine("woken by Release(3); count now " + zero.CurrentCount);

        // Cancellation of a blocked Wait and of a WaitAsync.
        CancellationTokenSource cts = new CancellationTokenSource();
        SemaphoreSlim none = new SemaphoreSlim(0);
        Task<bool> asyncWait = none.WaitAsync(-1, cts.Token);
        new Thread(() => { Thread.Sleep(20); cts.Cancel(); }).Start();
        try { none.Wait(cts.Token); }
        catch (OperationCanceledException) { Console.WriteLine("blocked Wait canceled"); }
        try { asyncWait.Wait(); }
        catch (AggregateException e) { Console.WriteLine("WaitAsync: " + asyncWait.Status + ", " + e.InnerException.GetType().Name); }
        Console.WriteLine("count unchanged: " + none.CurrentCount);
    }
}
