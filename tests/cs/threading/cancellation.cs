// CancellationToken(Source): canceled before and after starting, callbacks
// (most recent first, run immediately when already canceled, unregistered by
// Dispose), linked sources, ThrowIfCancellationRequested in tasks, canceled
// Task.Delay, exceptions from callbacks.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static async Task<int> CountUntilCanceled(CancellationToken ct)
    {
        int n = 0;
        for (;;)
        {
            ct.ThrowIfCancellationRequested();
            await Task.Delay(5);
            n++;
        }
    }

    static void Main()
    {
        CancellationToken none = CancellationToken.None;
        Console.WriteLine("None: CanBeCanceled " + none.CanBeCanceled + ", requested " + none.IsCancellationRequested);
        Console.WriteLine("new CancellationToken(true): " + new CancellationToken(true).IsCancellationRequested);

        CancellationTokenSource cts = new CancellationTokenSource();
        CancellationToken tok = cts.Token;
        List<string> calls = new List<string>();
        tok.Register(() => calls.Add("first"));
        tok.Register(s => calls.Add("second:" + s), "state");
        CancellationTokenRegistration removed = tok.Register(() => calls.Add("removed"));
        tok.Register(() => calls.Add("third"));
        removed.Dispose();
        Console.WriteLine("before Cancel: " + tok.IsCancellationRequested + ", callbacks run " + calls.Count);
        cts.Cancel();
        Console.WriteLine("after Cancel: " + tok.IsCancellationRequested + ", callbacks: " + string.Join(",", calls));
        tok.Register(() => calls.Add("late"));
        Console.WriteLine("registering after cancel runs at once: " + calls[calls.Count - 1]);
        cts.Cancel();
        Console.WriteLine("second Cancel runs nothing again: " + calls.Count);
        try { tok.ThrowIfCancellationRequested(); }
        catch (OperationCanceledException e) { Console.WriteLine("ThrowIfCancellationRequested: same token " + (e.CancellationToken == tok)); }

        // Canceled before the task starts: the task is Canceled and its delegate never runs.
        bool ran = false;
        Task never = Task.Run(() => { ran = true; }, tok);
        try { never.Wait(); }
        catch (AggregateException e) { Console.WriteLine("pre-canceled Run: " + never.Status + ", " + e.InnerException.GetType().Name + ", ran " + ran); }

        // Canceled while running: the task observes its own token.
        CancellationTokenSource c2 = new CancellationTokenSource();
        ManualResetEventSlim started = new ManualResetEventSlim();
        Task<int> loop = Task.Run(() =>
        {
            started.Set();
            int i = 0;
            while (true) { c2.Token.ThrowIfCancellationRequested(); Thread.Sleep(1); i++; }
#pragma warning disable 0162
            return i;
#pragma warning restore 0162
        }, c2.Token);
        started.Wait();
        c2.Cancel();
        try { Console.WriteLine(loop.Result); }
        catch (AggregateException e) { Console.WriteLine("canceled while running: " + loop.Status + ", IsCanceled " + loop.IsCanceled + ", " + e.InnerException.GetType().Name); }

        // An OperationCanceledException for a different token faults the task instead.
        CancellationTokenSource other = new CancellationTokenSource();
        other.Cancel();
        Task wrongToken = Task.Run(() => other.Token.ThrowIfCancellationRequested(), new CancellationTokenSource().Token);
        try { wrongToken.Wait(); } catch (AggregateException) { }
        Console.WriteLine("OCE with another token: " + wrongToken.Status);

        // async method canceled by its token: awaiting rethrows the OperationCanceledException.
        CancellationTokenSource c3 = new CancellationTokenSource();
        Task<int> counting = CountUntilCanceled(c3.Token);
        Thread.Sleep(20);
        c3.Cancel();
        try { counting.GetAwaiter().GetResult(); }
        catch (OperationCanceledException) { Console.WriteLine("async method canceled: " + counting.Status); }

        // Task.Delay with a token.
        CancellationTokenSource c4 = new CancellationTokenSource();
        Task delay = Task.Delay(10000, c4.Token);
        c4.Cancel();
        try { delay.Wait(); }
        catch (AggregateException e) { Console.WriteLine("canceled Delay: " + delay.Status + ", " + e.InnerException.GetType().Name); }
        try { Task.Delay(10, c4.Token).GetAwaiter().GetResult(); }
        catch (TaskCanceledException) { Console.WriteLine("Delay with canceled token: TaskCanceledException"); }

        // Linked sources.
        CancellationTokenSource p1 = new CancellationTokenSource(), p2 = new CancellationTokenSource();
        CancellationTokenSource linked = CancellationTokenSource.CreateLinkedTokenSource(p1.Token, p2.Token);
        Console.WriteLine("linked before: " + linked.IsCancellationRequested);
        p2.Cancel();
        Console.WriteLine("linked after parent 2 canceled: " + linked.IsCancellationRequested + ", parent 1 " + p1.IsCancellationRequested);
        CancellationTokenSource l2 = CancellationTokenSource.CreateLinkedTokenSource(p2.Token);
        Console.WriteLine("linked to an already canceled token: " + l2.IsCancellationRequested);

        // Callback exceptions are aggregated.
        CancellationTokenSource c5 = new CancellationTokenSource();
        c5.Token.Register(() => { throw new InvalidOperationException("cb1"); });
        c5.Token.Register(() => { throw new FormatException("cb2"); });
        try { c5.Cancel(); }
        catch (AggregateException e) { Console.WriteLine("callback exceptions: " + e.InnerExceptions.Count + " (" + e.InnerExceptions[0].Message + ", " + e.InnerExceptions[1].Message + ")"); }

        CancellationTokenSource disposed = new CancellationTokenSource();
        disposed.Dispose();
        try { CancellationToken t = disposed.Token; }
        catch (ObjectDisposedException) { Console.WriteLine("Token after Dispose: ObjectDisposedException"); }

        // Wait(token) on a task that never completes.
        CancellationTokenSource c6 = new CancellationTokenSource(20);
        try { new TaskCompletionSource<int>().Task.Wait(c6.Token); }
        catch (OperationCanceledException) { Console.WriteLine("Task.Wait(token) canceled"); }
    }
}
