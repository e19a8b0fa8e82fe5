// Async APIs real programs use that the corlib once lacked: Parallel.ForEachAsync
// and ForAsync (concurrency limit, faults, cancellation), Task.WaitAsync,
// Task.WhenEach, PeriodicTimer, Task.Delay over a TimeProvider and
// CancellationTokenSource with a TimeProvider.
using System.Collections.Concurrent;

class ManualTime : TimeProvider
{
    readonly List<(long due, TimerCallback cb, object? state)> _timers = new();
    long _now;
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (_timers) _timers.Add((_now + (long)dueTime.TotalMilliseconds, callback, state));
        return new NopTimer();
    }
    public void Advance(long ms)
    {
        _now += ms;
        List<(long, TimerCallback, object?)> due;
        lock (_timers) { due = _timers.Where(t => t.due <= _now).ToList(); _timers.RemoveAll(t => t.due <= _now); }
        foreach (var (_, cb, st) in due) cb(st);
    }
    sealed class NopTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;
        public void Dispose() { }
        public ValueTask DisposeAsync() => default;
    }
}

static class Program
{
    static async IAsyncEnumerable<int> Numbers(int n)
    {
        for (int i = 0; i < n; i++) { await Task.Yield(); yield return i; }
    }

    static async Task Main()
    {
        // ForEachAsync: every item once, at most MaxDegreeOfParallelism at a time.
        var seen = new ConcurrentBag<int>();
        int running = 0, peak = 0;
        await Parallel.ForEachAsync(Enumerable.Range(1, 12), new ParallelOptions { MaxDegreeOfParallelism = 3 }, async (i, ct) =>
        {
            int now = Interlocked.Increment(ref running);
            lock (seen) peak = Math.Max(peak, now);
            await Task.Delay(2, ct);
            Interlocked.Decrement(ref running);
            seen.Add(i);
        });
        Console.WriteLine($"items {string.Join(",", seen.Order())} peak<=3 {peak <= 3}");

        // Bodies that wait on each other make progress (they run as concurrent workers).
        var gate = new SemaphoreSlim(0);
        await Parallel.ForEachAsync(new[] { "waiter", "releaser" }, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (s, ct) =>
        {
            if (s == "waiter") await gate.WaitAsync(ct); else gate.Release();
        });
        Console.WriteLine("waiter released");

        int sum = 0;
        await Parallel.ForEachAsync(Numbers(5), async (i, ct) => Interlocked.Add(ref sum, i));
        Console.WriteLine("async source sum " + sum);
        sum = 0;
        await Parallel.ForAsync(0, 10, async (i, ct) => Interlocked.Add(ref sum, i));
        long lsum = 0;
        await Parallel.ForAsync(5L, 8L, new ParallelOptions(), async (i, ct) => Interlocked.Add(ref lsum, i));
        Console.WriteLine($"ForAsync {sum} {lsum}");

        var failing = Parallel.ForEachAsync(Enumerable.Range(0, 10), new ParallelOptions { MaxDegreeOfParallelism = 1 }, async (i, ct) =>
        {
            await Task.Yield();
            if (i == 3) throw new InvalidOperationException("bad " + i);
        });
        try { await failing; } catch (Exception e) { Console.WriteLine($"{e.GetType().Name}: {e.Message} {failing.Status} {failing.Exception!.InnerExceptions.Count}"); }

        var both = Parallel.ForEachAsync(new[] { 1, 2 }, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (i, ct) => { await Task.Delay(10); throw new Exception("e" + i); });
        try { await both; } catch { Console.WriteLine("two faults: " + both.Exception!.InnerExceptions.Count); }

        var cts = new CancellationTokenSource();
        int calls = 0;
        var cancelled = Parallel.ForEachAsync(Enumerable.Range(0, 1000), new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cts.Token }, async (i, ct) =>
        {
            if (Interlocked.Increment(ref calls) == 5) cts.Cancel();
            await Task.Delay(1, ct);
        });
        try { await cancelled; } catch (OperationCanceledException e) { Console.WriteLine($"{e.GetType().Name} {cancelled.Status} stopped early {calls < 1000}"); }
        var pre = Parallel.ForEachAsync(new[] { 1 }, new CancellationToken(true), async (i, ct) => Console.WriteLine("never"));
        try { await pre; } catch (OperationCanceledException) { Console.WriteLine("pre-cancelled " + pre.Status); }
        static IEnumerable<int> BadSource() { yield return 1; throw new FormatException("source failed"); }
        try { await Parallel.ForEachAsync(BadSource(), async (i, ct) => { }); } catch (FormatException e) { Console.WriteLine(e.Message); }
        try { new ParallelOptions { MaxDegreeOfParallelism = 0 }; } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message.Split('\n')[0]); }
        try { await Parallel.ForEachAsync((IEnumerable<int>)null!, async (i, ct) => { }); } catch (ArgumentNullException e) { Console.WriteLine(e.ParamName); }

        // WaitAsync: the task's own outcome, a timeout, or the token.
        Console.WriteLine(await Task.FromResult(7).WaitAsync(TimeSpan.FromSeconds(5)));
        Console.WriteLine(await Task.Delay(1).ContinueWith(_ => "in time").WaitAsync(TimeSpan.FromSeconds(5)));
        try { await Task.Delay(5000).WaitAsync(TimeSpan.FromMilliseconds(10)); } catch (TimeoutException e) { Console.WriteLine(e.Message); }
        try { await new TaskCompletionSource<int>().Task.WaitAsync(new CancellationTokenSource(10).Token); } catch (TaskCanceledException e) { Console.WriteLine("WaitAsync: " + e.Message); }
        try { await Task.Run(() => throw new ArgumentException("inner")).WaitAsync(TimeSpan.FromSeconds(5)); } catch (ArgumentException e) { Console.WriteLine("fault passes through: " + e.Message); }
        var done = Task.CompletedTask;
        Console.WriteLine(ReferenceEquals(done.WaitAsync(TimeSpan.FromSeconds(1)), done));
        try { Task.Delay(1).WaitAsync(TimeSpan.FromMilliseconds(-2)); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.ParamName); }

        // WhenEach: completion order.
        var order = new List<string>();
        await foreach (var t in Task.WhenEach(Task.Delay(60).ContinueWith(_ => "slow"), Task.Delay(1).ContinueWith(_ => "fast"), Task.FromResult("done")))
            order.Add(await t);
        Console.WriteLine(string.Join(",", order));
        int count = 0;
        await foreach (var t in Task.WhenEach(new List<Task> { Task.Delay(5), Task.CompletedTask })) count++;
        Console.WriteLine("WhenEach non-generic " + count);

        // PeriodicTimer: ticks, then false after Dispose.
        using (var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(5)))
        {
            int ticks = 0;
            while (ticks < 3 && await timer.WaitForNextTickAsync()) ticks++;
            Console.WriteLine("ticks " + ticks + " period " + timer.Period.TotalMilliseconds);
            var pending = timer.WaitForNextTickAsync();
            try { timer.WaitForNextTickAsync(); } catch (InvalidOperationException) { Console.WriteLine("one wait at a time"); }
            timer.Dispose();
            Console.WriteLine("after dispose " + await pending + " " + await timer.WaitForNextTickAsync());
        }
        try { new PeriodicTimer(TimeSpan.Zero); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.ParamName); }
        using (var t2 = new PeriodicTimer(TimeSpan.FromSeconds(10)))
        {
            try { await t2.WaitForNextTickAsync(new CancellationTokenSource(10).Token); } catch (OperationCanceledException e) { Console.WriteLine(e.GetType().Name); }
        }

        // A TimeProvider of its own drives Delay and CancellationTokenSource.
        var clock = new ManualTime();
        var delay = Task.Delay(TimeSpan.FromSeconds(30), clock);
        var cts2 = new CancellationTokenSource(TimeSpan.FromSeconds(60), clock);
        Console.WriteLine($"{delay.IsCompleted} {cts2.IsCancellationRequested}");
        clock.Advance(30_000);
        await delay;
        Console.WriteLine($"{delay.Status} {cts2.IsCancellationRequested}");
        clock.Advance(30_000);
        Console.WriteLine(cts2.IsCancellationRequested);
        var waited = new TaskCompletionSource().Task.WaitAsync(TimeSpan.FromSeconds(1), clock);
        clock.Advance(1000);
        try { await waited; } catch (TimeoutException) { Console.WriteLine("fake-clock timeout"); }
        Console.WriteLine(Task.Delay(TimeSpan.FromDays(1), clock, new CancellationToken(true)).IsCanceled);
    }
}
