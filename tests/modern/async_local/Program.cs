using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

class Remote : MarshalByRefObject
{
    public int Id = 7;
}

static class Program
{
    static readonly AsyncLocal<string> Name = new();
    static readonly AsyncLocal<int> Depth = new();
    static readonly List<string> Changes = new();
    static readonly AsyncLocal<string> Watched = new(a =>
    {
        lock (Changes) Changes.Add($"{a.PreviousValue ?? "null"}->{a.CurrentValue ?? "null"} ctx={a.ThreadContextChanged}");
    });

    static async Task<string> Inner()
    {
        string seen = Name.Value;
        Name.Value = "inner";
        await Task.Yield();
        seen += "/" + Name.Value;
        await Task.Delay(5);
        return seen + "/" + Name.Value;
    }

    static async Task SetInside()
    {
        Name.Value = "set-in-async";
        await Task.Delay(1);
        Name.Value = "set-after-await";
    }

    static void SyncSetter() { Name.Value = "sync-set"; }

    static async IAsyncEnumerable<string> Iter()
    {
        Name.Value = "iter";
        yield return Name.Value;
        await Task.Yield();
        yield return Name.Value;
        Name.Value = "iter-end";
        yield return Name.Value;
    }

    static async Task Recurse(int n)
    {
        Depth.Value = n;
        if (n < 3) await Recurse(n + 1);
        await Task.Yield();
        if (Depth.Value != n) Console.WriteLine("depth mismatch at " + n);
    }

    static async Task Main()
    {
        Console.WriteLine("unset: [" + Name.Value + "] " + Depth.Value);
        Name.Value = "main";
        Console.WriteLine("Task.Run sees " + await Task.Run(() => Name.Value));
        Console.WriteLine("inner: " + await Inner() + "; caller still " + Name.Value);
        await SetInside();
        Console.WriteLine("after async setter: " + Name.Value);
        SyncSetter();
        Console.WriteLine("after sync setter: " + Name.Value);
        Name.Value = "main";
        await Recurse(0);
        Console.WriteLine("depth after recursion " + Depth.Value);

        Name.Value = "before-iter";
        await foreach (var x in Iter()) Console.WriteLine("iterator yields " + x + ", caller sees " + Name.Value);
        Name.Value = "main";

        // threads, pool items, timers capture when they are started or made
        string fromThread = null;
        var t = new Thread(() => { fromThread = Name.Value; Name.Value = "thread-changed"; });
        t.Start();
        t.Join();
        Console.WriteLine("thread saw " + fromThread + ", main still " + Name.Value);

        var done = new TaskCompletionSource<string>();
        ThreadPool.QueueUserWorkItem(_ => done.SetResult(Name.Value));
        Console.WriteLine("pool item saw " + await done.Task);
        var unsafeDone = new TaskCompletionSource<string>();
        ThreadPool.UnsafeQueueUserWorkItem(_ => unsafeDone.SetResult(Name.Value ?? "null"), null);
        Console.WriteLine("unsafe pool item saw " + await unsafeDone.Task);

        var timerDone = new TaskCompletionSource<string>();
        Name.Value = "timer-owner";
        using (var timer = new Timer(_ => timerDone.TrySetResult(Name.Value), null, 5, Timeout.Infinite))
        {
            Name.Value = "changed-after-timer";
            Console.WriteLine("timer saw " + await timerDone.Task);
        }

        var cont = await Task.Delay(1).ContinueWith(_ => Name.Value);
        Console.WriteLine("ContinueWith saw " + cont);

        // SuppressFlow / RestoreFlow
        Name.Value = "suppressed?";
        Console.WriteLine("IsFlowSuppressed " + ExecutionContext.IsFlowSuppressed());
        AsyncFlowControl afc = ExecutionContext.SuppressFlow();
        Console.WriteLine("IsFlowSuppressed " + ExecutionContext.IsFlowSuppressed() + ", Capture null " + (ExecutionContext.Capture() == null));
        Task<string> noFlow = Task.Run(() => Name.Value ?? "null");
        try { ExecutionContext.SuppressFlow(); } catch (InvalidOperationException e) { Console.WriteLine("second suppress: " + e.Message); }
        afc.Undo();
        Console.WriteLine("suppressed task saw " + await noFlow);
        try { ExecutionContext.RestoreFlow(); } catch (InvalidOperationException e) { Console.WriteLine("restore unsuppressed: " + e.Message); }
        using (ExecutionContext.SuppressFlow()) { Console.WriteLine("in using: " + ExecutionContext.IsFlowSuppressed()); }
        Console.WriteLine("after using: " + ExecutionContext.IsFlowSuppressed());
        ExecutionContext.SuppressFlow();
        ExecutionContext.RestoreFlow();
        Console.WriteLine("after RestoreFlow: " + ExecutionContext.IsFlowSuppressed());

        // Capture / Run
        Name.Value = "captured";
        ExecutionContext ec = ExecutionContext.Capture();
        Name.Value = "later";
        ExecutionContext.Run(ec, s => Console.WriteLine("Run(" + s + ") sees " + Name.Value), "x");
        Console.WriteLine("after Run: " + Name.Value);
        ExecutionContext.Run(ec, _ => Name.Value = "changed-in-run", null);
        Console.WriteLine("after Run that set: " + Name.Value);
        Console.WriteLine("copy is usable: " + (ec.CreateCopy() != null));
        try { ExecutionContext.Run(null, _ => { }, null); } catch (InvalidOperationException e) { Console.WriteLine("Run(null): " + e.Message); }

        // value-changed callbacks
        Watched.Value = "a";
        Watched.Value = "b";
        Watched.Value = "b";
        await Task.Run(() => { Watched.Value = "c"; });
        lock (Changes) { Console.WriteLine(string.Join("; ", Changes.FindAll(c => !c.Contains("ctx=True")))); }
        Console.WriteLine("watched now " + Watched.Value);

        // many concurrent flows keep their own values
        var tasks = new List<Task<bool>>();
        for (int i = 0; i < 20; i++)
        {
            int k = i;
            tasks.Add(Task.Run(async () =>
            {
                Name.Value = "flow" + k;
                await Task.Delay(k % 4);
                await Task.Yield();
                return Name.Value == "flow" + k;
            }));
        }
        bool[] oks = await Task.WhenAll(tasks);
        Console.WriteLine("flows kept their values: " + Array.TrueForAll(oks, b => b) + ", main " + Name.Value);

        // MarshalByRefObject is a plain base class
        var r = new Remote();
        Console.WriteLine($"Remote {r.Id} is MarshalByRefObject: {r is MarshalByRefObject}, base {typeof(Remote).BaseType!.Name}");
        Console.WriteLine("Stream base: " + typeof(Stream).BaseType!.Name + ", TextWriter base: " + typeof(TextWriter).BaseType!.Name);
        try { r.GetLifetimeService(); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        try { r.InitializeLifetimeService(); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
    }
}
