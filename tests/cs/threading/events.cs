// ManualResetEvent / AutoResetEvent handoffs, ManualResetEventSlim,
// WaitHandle.WaitAll/WaitAny, Mutex and Semaphore, timeouts.
using System;
using System.Collections.Generic;
using System.Threading;

class Program
{
    static void Main()
    {
        // AutoResetEvent: strict alternation between two threads, one event each way.
        AutoResetEvent toWorker = new AutoResetEvent(false), toMain = new AutoResetEvent(false);
        List<string> log = new List<string>();
        Thread worker = new Thread(() =>
        {
            for (int i = 0; i < 4; i++)
            {
                toWorker.WaitOne();
                log.Add("worker " + i);
                toMain.Set();
            }
        });
        worker.Start();
        for (int i = 0; i < 4; i++)
        {
            log.Add("main " + i);
            toWorker.Set();
            toMain.WaitOne();
        }
        worker.Join();
        Console.WriteLine(string.Join(", ", log));

        // AutoResetEvent releases one waiter per Set; ManualResetEvent releases all.
        AutoResetEvent are = new AutoResetEvent(false);
        int released = 0;
        Thread[] ws = new Thread[3];
        for (int i = 0; i < 3; i++) { ws[i] = new Thread(() => { are.WaitOne(); Interlocked.Increment(ref released); }); ws[i].Start(); }
        Thread.Sleep(30);
        are.Set();
        Thread.Sleep(30);
        Console.WriteLine("after one Set: " + released + " released");
        // A Set with no waiter yet released would be lost, so wait for each wakeup.
        for (int k = 2; k <= 3; k++) { are.Set(); while (Volatile.Read(ref released) < k) Thread.Sleep(1); }
        foreach (Thread t in ws) t.Join();
        Console.WriteLine("after three Sets: " + released + " released");
        Console.WriteLine("auto-reset consumed: " + are.WaitOne(0));

        ManualResetEvent gate = new ManualResetEvent(false);
        int through = 0;
        for (int i = 0; i < 3; i++) { ws[i] = new Thread(() => { gate.WaitOne(); Interlocked.Increment(ref through); }); ws[i].Start(); }
        Thread.Sleep(20);
        Console.WriteLine("before Set: " + through);
        gate.Set();
        foreach (Thread t in ws) t.Join();
        Console.WriteLine("after Set: " + through + ", still set: " + gate.WaitOne(0));
        gate.Reset();
        Console.WriteLine("after Reset: " + gate.WaitOne(0) + ", WaitOne(20): " + gate.WaitOne(20));

        // ManualResetEventSlim with a setter thread and a timeout.
        ManualResetEventSlim slim = new ManualResetEventSlim();
        Console.WriteLine("slim IsSet " + slim.IsSet + ", Wait(10) " + slim.Wait(10));
        new Thread(() => { Thread.Sleep(20); slim.Set(); }).Start();
        Console.WriteLine("slim Wait(5000) " + slim.Wait(5000) + ", IsSet " + slim.IsSet);
        slim.Reset();
        Console.WriteLine("slim after Reset " + slim.IsSet);

        // WaitAny returns the index of the signaled handle; WaitAll needs them all.
        ManualResetEvent a = new ManualResetEvent(false), b = new ManualResetEvent(false);
        AutoResetEvent c = new AutoResetEvent(false);
        WaitHandle[] hs = { a, b, c };
        Console.WriteLine("WaitAny none: " + (WaitHandle.WaitAny(hs, 10) == WaitHandle.WaitTimeout));
        new Thread(() => { Thread.Sleep(20); b.Set(); }).Start();
        Console.WriteLine("WaitAny: " + WaitHandle.WaitAny(hs, 5000));
        Console.WriteLine("WaitAll with one missing: " + WaitHandle.WaitAll(hs, 10));
        new Thread(() => { Thread.Sleep(10); a.Set(); Thread.Sleep(10); c.Set(); }).Start();
        Console.WriteLine("WaitAll: " + WaitHandle.WaitAll(hs, 5000) + ", auto event consumed: " + !c.WaitOne(0));
        try { WaitHandle.WaitAll(new WaitHandle[] { a, a }); }
        catch (DuplicateWaitObjectException) { Console.WriteLine("WaitAll duplicate: DuplicateWaitObjectException"); }

        // Mutex: owned, recursive, released by its owner only.
        Mutex m = new Mutex();
        m.WaitOne();
        m.WaitOne();
        bool otherGot = true;
        Thread other = new Thread(() => { otherGot = m.WaitOne(20); });
        other.Start(); other.Join();
        Console.WriteLine("other thread got owned mutex: " + otherGot);
        m.ReleaseMutex();
        m.ReleaseMutex();
        other = new Thread(() => { otherGot = m.WaitOne(1000); if (otherGot) m.ReleaseMutex(); });
        other.Start(); other.Join();
        Console.WriteLine("other thread got released mutex: " + otherGot);
        try { m.ReleaseMutex(); }
        catch (ApplicationException) { Console.WriteLine("ReleaseMutex not owned: ApplicationException"); }

        // Semaphore counts.
        Semaphore sem = new Semaphore(2, 3);
        Console.WriteLine("sem: " + sem.WaitOne(0) + " " + sem.WaitOne(0) + " " + sem.WaitOne(0));
        Console.WriteLine("Release returns previous count: " + sem.Release(2));
        try { sem.Release(2); }
        catch (SemaphoreFullException) { Console.WriteLine("over max: SemaphoreFullException"); }
    }
}
