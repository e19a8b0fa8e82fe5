// System.Threading.Timer: periodic firing N times, one-shot, Change, Dispose;
// CancellationTokenSource.CancelAfter.
using System;
using System.Threading;

class Program
{
    static void Main()
    {
        int ticks = 0;
        ManualResetEventSlim fiveTicks = new ManualResetEventSlim();
        Timer timer = null;
        timer = new Timer(state =>
        {
            int n = Interlocked.Increment(ref ticks);
            if (n == 5) { timer.Change(Timeout.Infinite, Timeout.Infinite); fiveTicks.Set(); }
        }, "state", 10, 10);
        fiveTicks.Wait();
        Thread.Sleep(50);
        Console.WriteLine("periodic timer fired " + ticks + " times");
        timer.Dispose();

        string seen = null;
        ManualResetEventSlim once = new ManualResetEventSlim();
        using (Timer t = new Timer(s => { seen = (string)s; once.Set(); }, "one-shot", 20, Timeout.Infinite))
        {
            Console.WriteLine("one-shot fired: " + once.Wait(5000) + ", state " + seen);
        }

        int never = 0;
        Timer disposed = new Timer(_ => Interlocked.Increment(ref never), null, 30, 10);
        disposed.Dispose();
        Timer unarmed = new Timer(_ => Interlocked.Increment(ref never));
        Thread.Sleep(60);
        Console.WriteLine("disposed and unarmed timers fired: " + never);
        try { Console.WriteLine("Change after Dispose: " + disposed.Change(10, 10)); }
        catch (ObjectDisposedException) { Console.WriteLine("Change after Dispose: ObjectDisposedException"); }

        // Change re-arms an unarmed timer.
        ManualResetEventSlim armed = new ManualResetEventSlim();
        Timer late = new Timer(_ => armed.Set());
        Console.WriteLine("unarmed fired: " + armed.Wait(30));
        late.Change(10, Timeout.Infinite);
        Console.WriteLine("after Change fired: " + armed.Wait(5000));
        late.Dispose();

        // Timers fire in due order.
        string order = "";
        CountdownEvent three = new CountdownEvent(3);
        Timer ta = new Timer(_ => { lock (three) order += "A"; three.Signal(); }, null, 90, -1);
        Timer tb = new Timer(_ => { lock (three) order += "B"; three.Signal(); }, null, 10, -1);
        Timer tc = new Timer(_ => { lock (three) order += "C"; three.Signal(); }, null, 50, -1);
        three.Wait();
        Console.WriteLine("due order: " + order);
        GC.KeepAlive(ta); GC.KeepAlive(tb); GC.KeepAlive(tc); GC.KeepAlive(unarmed);

        CancellationTokenSource cts = new CancellationTokenSource();
        ManualResetEventSlim canceled = new ManualResetEventSlim();
        cts.Token.Register(() => canceled.Set());
        cts.CancelAfter(20);
        Console.WriteLine("before: " + cts.IsCancellationRequested);
        Console.WriteLine("CancelAfter fired: " + canceled.Wait(5000) + ", " + cts.IsCancellationRequested);
        CancellationTokenSource ctorDelay = new CancellationTokenSource(15);
        Console.WriteLine("ctor delay canceled: " + ctorDelay.Token.WaitHandle.WaitOne(5000));
    }
}
