using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static void Try(string what, Action a)
    {
        try { a(); Console.WriteLine(what + ": ok"); }
        catch (Exception e) { Console.WriteLine(what + ": " + e.GetType().Name + ": " + e.Message); }
    }

    static void Show(string when, ReaderWriterLockSlim l)
    {
        Console.WriteLine($"{when}: read={l.IsReadLockHeld}/{l.RecursiveReadCount} upg={l.IsUpgradeableReadLockHeld}/{l.RecursiveUpgradeCount} " +
                          $"write={l.IsWriteLockHeld}/{l.RecursiveWriteCount} current={l.CurrentReadCount} " +
                          $"waiting={l.WaitingReadCount},{l.WaitingUpgradeCount},{l.WaitingWriteCount}");
    }

    static void WaitUntil(Func<bool> cond)
    {
        while (!cond()) Thread.Sleep(1);
    }

    static void NoRecursion()
    {
        Console.WriteLine("-- NoRecursion");
        var l = new ReaderWriterLockSlim();
        Console.WriteLine("policy " + l.RecursionPolicy);
        Show("fresh", l);
        l.EnterReadLock();
        Show("read", l);
        Try("read again", () => l.EnterReadLock());
        Try("write after read", () => l.EnterWriteLock());
        Try("upgrade after read", () => l.EnterUpgradeableReadLock());
        l.ExitReadLock();
        Try("exit read not held", () => l.ExitReadLock());
        Try("exit write not held", () => l.ExitWriteLock());
        Try("exit upgrade not held", () => l.ExitUpgradeableReadLock());
        l.EnterWriteLock();
        Show("write", l);
        Try("write again", () => l.EnterWriteLock());
        Try("read after write", () => l.EnterReadLock());
        Try("upgrade after write", () => l.EnterUpgradeableReadLock());
        l.ExitWriteLock();
        l.EnterUpgradeableReadLock();
        Show("upgradeable", l);
        Try("upgrade again", () => l.EnterUpgradeableReadLock());
        l.EnterReadLock();
        Show("upgradeable+read", l);
        l.ExitReadLock();
        l.EnterWriteLock();
        Show("upgraded", l);
        l.ExitWriteLock();
        Show("downgraded", l);
        l.ExitUpgradeableReadLock();
        Show("released", l);
        Try("negative timeout", () => l.TryEnterReadLock(-2));
        Try("timespan timeout", () => l.TryEnterWriteLock(TimeSpan.FromMilliseconds(-5)));
        Console.WriteLine("try read 0: " + l.TryEnterReadLock(0));
        l.ExitReadLock();
        l.Dispose();
        l.Dispose();
        Try("after dispose", () => l.EnterReadLock());
    }

    static void Recursion()
    {
        Console.WriteLine("-- SupportsRecursion");
        var l = new ReaderWriterLockSlim(LockRecursionPolicy.SupportsRecursion);
        Console.WriteLine("policy " + l.RecursionPolicy);
        l.EnterReadLock(); l.EnterReadLock(); l.EnterReadLock();
        Show("read x3", l);
        Try("write after read", () => l.EnterWriteLock());
        Try("upgrade after read", () => l.EnterUpgradeableReadLock());
        l.ExitReadLock(); l.ExitReadLock(); l.ExitReadLock();
        l.EnterWriteLock(); l.EnterWriteLock();
        l.EnterReadLock();
        l.EnterUpgradeableReadLock();
        Show("write x2 + read + upg", l);
        Try("dispose while held", () => l.Dispose());
        l.ExitUpgradeableReadLock();
        l.ExitReadLock();
        l.ExitWriteLock();
        Show("write x1", l);
        l.ExitWriteLock();
        Try("exit write again", () => l.ExitWriteLock());
        l.EnterUpgradeableReadLock(); l.EnterUpgradeableReadLock();
        l.EnterReadLock();
        l.EnterWriteLock();
        Show("upg x2 + read + write", l);
        l.ExitWriteLock(); l.ExitReadLock();
        l.ExitUpgradeableReadLock(); l.ExitUpgradeableReadLock();
        Show("all released", l);
        l.Dispose();
    }

    static void Threads()
    {
        Console.WriteLine("-- threads");
        var l = new ReaderWriterLockSlim();
        // readers share
        l.EnterReadLock();
        bool other = Task.Run(() => { bool ok = l.TryEnterReadLock(0); if (ok) { Console.WriteLine("other current=" + l.CurrentReadCount); l.ExitReadLock(); } return ok; }).Result;
        Console.WriteLine("second reader entered: " + other);
        // a writer waits for the reader; a waiting writer holds new readers back
        var log = new List<string>();
        var writer = new Thread(() => { l.EnterWriteLock(); lock (log) log.Add("writer in"); l.ExitWriteLock(); });
        writer.Start();
        WaitUntil(() => l.WaitingWriteCount == 1);
        Console.WriteLine("waiting writers " + l.WaitingWriteCount);
        bool blocked = Task.Run(() => l.TryEnterReadLock(20)).Result;
        Console.WriteLine("reader while writer waits: " + blocked);
        lock (log) log.Add("reader out");
        l.ExitReadLock();
        writer.Join();
        Console.WriteLine(string.Join(", ", log));
        // timeouts against a held write lock
        var held = new ManualResetEventSlim();
        var release = new ManualResetEventSlim();
        var holder = new Thread(() => { l.EnterWriteLock(); held.Set(); release.Wait(); l.ExitWriteLock(); });
        holder.Start();
        held.Wait();
        Console.WriteLine("try read 30ms: " + l.TryEnterReadLock(30));
        Console.WriteLine("try upgrade 30ms: " + l.TryEnterUpgradeableReadLock(TimeSpan.FromMilliseconds(30)));
        Console.WriteLine("try write 0: " + l.TryEnterWriteLock(0));
        Console.WriteLine("exit someone else's write: " + Catch(() => l.ExitWriteLock()));
        release.Set();
        holder.Join();
        // upgradeable reader upgrades once the plain reader leaves
        l.EnterUpgradeableReadLock();
        var readerIn = new ManualResetEventSlim();
        var readerGo = new ManualResetEventSlim();
        var r = new Thread(() => { l.EnterReadLock(); readerIn.Set(); readerGo.Wait(); lock (log) log.Add("plain reader out"); l.ExitReadLock(); });
        r.Start();
        readerIn.Wait();
        Console.WriteLine("current readers " + l.CurrentReadCount);
        Console.WriteLine("second upgradeable 10ms: " + Task.Run(() => l.TryEnterUpgradeableReadLock(10)).Result);
        readerGo.Set();
        l.EnterWriteLock();
        lock (log) log.Add("upgraded");
        l.ExitWriteLock();
        l.ExitUpgradeableReadLock();
        r.Join();
        Console.WriteLine(string.Join(", ", log));
        // many threads increment under the write lock, read under the read lock
        int counter = 0, maxReaders = 0, readers = 0;
        var ts = new List<Thread>();
        for (int i = 0; i < 6; i++)
        {
            int k = i;
            var t = new Thread(() =>
            {
                for (int j = 0; j < 50; j++)
                {
                    if ((j + k) % 3 == 0)
                    {
                        l.EnterWriteLock();
                        int c = counter; Thread.Yield(); counter = c + 1;
                        l.ExitWriteLock();
                    }
                    else
                    {
                        l.EnterReadLock();
                        int now = Interlocked.Increment(ref readers);
                        lock (ts) if (now > maxReaders) maxReaders = now;
                        Thread.Yield();
                        Interlocked.Decrement(ref readers);
                        l.ExitReadLock();
                    }
                }
            });
            ts.Add(t);
            t.Start();
        }
        foreach (var t in ts) t.Join();
        Console.WriteLine("counter " + counter + ", readers overlapped " + (maxReaders >= 1));
    }

    static string Catch(Action a)
    {
        try { a(); return "no exception"; } catch (Exception e) { return e.GetType().Name; }
    }

    static void Main()
    {
        NoRecursion();
        Recursion();
        Threads();
    }
}
