// ThreadPool.QueueUserWorkItem with a CountdownEvent, a work item that
// blocks until a later item runs (the pool must not starve), Barrier phases.
using System;
using System.Threading;

class Program
{
    static void Main()
    {
        const int N = 50;
        int[] squares = new int[N];
        CountdownEvent cd = new CountdownEvent(N);
        for (int i = 0; i < N; i++)
            ThreadPool.QueueUserWorkItem(state =>
            {
                int k = (int)state;
                squares[k] = k * k;
                if (!Thread.CurrentThread.IsThreadPoolThread || !Thread.CurrentThread.IsBackground) squares[k] = -1;
                cd.Signal();
            }, i);
        cd.Wait();
        long sum = 0;
        bool ok = true;
        for (int i = 0; i < N; i++) { sum += squares[i]; if (squares[i] != i * i) ok = false; }
        Console.WriteLine("sum of squares " + sum + ", all on pool threads: " + ok + ", IsSet " + cd.IsSet + ", count " + cd.CurrentCount);
        try { cd.Signal(); }
        catch (InvalidOperationException) { Console.WriteLine("Signal below zero: InvalidOperationException"); }
        Console.WriteLine("TryAddCount when set: " + cd.TryAddCount());
        cd.Reset(3);
        Console.WriteLine("after Reset(3): " + cd.CurrentCount + ", IsSet " + cd.IsSet + ", Wait(10) " + cd.Wait(10));
        cd.AddCount(2);
        Console.WriteLine("Signal(4): " + cd.Signal(4) + ", Signal(): " + cd.Signal() + ", IsSet " + cd.IsSet);

        // The first item blocks until the second one runs.
        ManualResetEventSlim second = new ManualResetEventSlim();
        ManualResetEventSlim bothDone = new ManualResetEventSlim();
        string order = "";
        ThreadPool.QueueUserWorkItem(_ => { second.Wait(); lock (second) order += "first-after-second "; bothDone.Set(); });
        ThreadPool.QueueUserWorkItem(_ => { lock (second) order += "second "; second.Set(); });
        Console.WriteLine("no starvation: " + bothDone.Wait(5000) + " (" + order.Trim() + ")");

        // Generic overload with a typed state.
        ManualResetEventSlim typed = new ManualResetEventSlim();
        string got = null;
        ThreadPool.QueueUserWorkItem<string>(s => { got = s + "!"; typed.Set(); }, "typed", false);
        typed.Wait();
        Console.WriteLine("typed state: " + got);

        // Barrier: three participants, three phases, a post-phase action per phase.
        int phasesSeen = 0;
        int[] perPhase = new int[3];
        Barrier barrier = new Barrier(3, b => { phasesSeen++; });
        Thread[] ts = new Thread[3];
        for (int p = 0; p < 3; p++)
        {
            ts[p] = new Thread(() =>
            {
                for (int phase = 0; phase < 3; phase++)
                {
                    Interlocked.Increment(ref perPhase[phase]);
                    barrier.SignalAndWait();
                    // Everyone has finished this phase before anyone starts the next.
                    if (Volatile.Read(ref perPhase[phase]) != 3) Console.WriteLine("barrier broken");
                }
            });
            ts[p].Start();
        }
        foreach (Thread t in ts) t.Join();
        Console.WriteLine("barrier: phase " + barrier.CurrentPhaseNumber + ", post actions " + phasesSeen + ", participants " + barrier.ParticipantCount);
        Barrier lone = new Barrier(2);
        Console.WriteLine("SignalAndWait(20) alone: " + lone.SignalAndWait(20) + ", remaining " + lone.ParticipantsRemaining);
    }
}
