// Async streams: async iterators, await foreach, await using, cancellation,
// ConfigureAwait/WithCancellation, hand-written IAsyncEnumerable, IValueTaskSource.
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks.Sources;

public sealed class Resource : IAsyncDisposable
{
    private readonly string _name;
    public Resource(string name) { _name = name; Console.WriteLine("open " + name); }
    public async ValueTask DisposeAsync()
    {
        await Task.Yield();
        Console.WriteLine("async dispose " + _name);
    }
}

public sealed class Both : IAsyncDisposable, IDisposable
{
    public void Dispose() => Console.WriteLine("sync dispose");
    public ValueTask DisposeAsync() { Console.WriteLine("DisposeAsync (completed)"); return ValueTask.CompletedTask; }
}

public struct StructDisposable : IAsyncDisposable
{
    public int Id;
    public ValueTask DisposeAsync() { Console.WriteLine("struct dispose " + Id); return default; }
}

// A hand-written async sequence.
public sealed class Countdown : IAsyncEnumerable<int>
{
    private readonly int _from;
    public Countdown(int from) { _from = from; }
    public IAsyncEnumerator<int> GetAsyncEnumerator(CancellationToken cancellationToken = default) => new E(_from);
    private sealed class E : IAsyncEnumerator<int>
    {
        private int _n;
        public E(int n) { _n = n + 1; }
        public int Current => _n;
        public ValueTask<bool> MoveNextAsync() => new ValueTask<bool>(--_n > 0);
        public ValueTask DisposeAsync() { Console.WriteLine("countdown disposed"); return default; }
    }
}

// A reusable IValueTaskSource<int> completed later by another task.
public sealed class Signal : IValueTaskSource<int>, IValueTaskSource
{
    private ManualResetValueTaskSourceCore<int> _core;
    public short Version => _core.Version;
    public ValueTask<int> WaitAsync() => new ValueTask<int>(this, _core.Version);
    public ValueTask WaitPlainAsync() => new ValueTask(this, _core.Version);
    public void Set(int v) => _core.SetResult(v);
    public void Fail(Exception e) => _core.SetException(e);
    public void Reset() => _core.Reset();
    public int GetResult(short token) => _core.GetResult(token);
    void IValueTaskSource.GetResult(short token) => _core.GetResult(token);
    public ValueTaskSourceStatus GetStatus(short token) => _core.GetStatus(token);
    public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags)
        => _core.OnCompleted(continuation, state, token, flags);
}

public sealed class CountingContext : SynchronizationContext
{
    public int Posts;
    public override void Post(SendOrPostCallback d, object? state)
    {
        Interlocked.Increment(ref Posts);
        ThreadPool.QueueUserWorkItem(_ => d(state));
    }
}

public static class Program
{
    static async Task<int> AwaitUnder(Signal sig, bool capture)
    {
        int v = capture ? await sig.WaitAsync() : await sig.WaitAsync().ConfigureAwait(false);
        return v;
    }

    static async Task<string> ContextTest(bool capture)
    {
        var sig = new Signal();
        var ctx = new CountingContext();
        var old = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(ctx);
        var w = AwaitUnder(sig, capture);
        SynchronizationContext.SetSynchronizationContext(old);
        sig.Set(11);
        int r = await w;
        return r + " posts " + ctx.Posts;
    }

    static async IAsyncEnumerable<int> Range(int start, int count, int delayEvery = 0)
    {
        for (int i = 0; i < count; i++)
        {
            if (delayEvery > 0 && i % delayEvery == 0) await Task.Delay(1);
            yield return start + i;
        }
    }

    static async IAsyncEnumerable<string> WithFinally()
    {
        try
        {
            yield return "a";
            await Task.Yield();
            yield return "b";
            yield return "c";
        }
        finally
        {
            Console.WriteLine("iterator finally");
        }
    }

    static async IAsyncEnumerable<int> Throws()
    {
        yield return 1;
        await Task.Yield();
        throw new InvalidOperationException("boom in iterator");
    }

    static async IAsyncEnumerable<int> Cancellable([EnumeratorCancellation] CancellationToken token = default)
    {
        for (int i = 0; ; i++)
        {
            token.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return i;
        }
    }

    static async IAsyncEnumerable<T> Select<T, U>(IAsyncEnumerable<U> src, Func<U, T> f)
    {
        await foreach (var u in src) yield return f(u);
    }

    static async Task<int> SumAsync(IAsyncEnumerable<int> src)
    {
        int s = 0;
        await foreach (var v in src) s += v;
        return s;
    }

    static async ValueTask<int> ValueTaskMethod(int x)
    {
        if (x > 0) await Task.Delay(1);
        return x * 2;
    }

    public static async Task Main()
    {
        await foreach (var v in Range(1, 3)) Console.WriteLine("range " + v);
        Console.WriteLine("sum " + await SumAsync(Range(1, 10, 3)));
        await foreach (var s in WithFinally()) Console.WriteLine(s);
        await foreach (var s in WithFinally())
        {
            Console.WriteLine("take " + s);
            if (s == "b") break;
        }
        try
        {
            await foreach (var v in Throws()) Console.WriteLine("got " + v);
        }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }

        using (var cts = new CancellationTokenSource())
        {
            try
            {
                await foreach (var v in Cancellable().WithCancellation(cts.Token))
                {
                    Console.WriteLine("c " + v);
                    if (v == 2) cts.Cancel();
                }
            }
            catch (OperationCanceledException) { Console.WriteLine("cancelled"); }
        }
        using (var cts2 = new CancellationTokenSource())
        {
            try
            {
                await foreach (var v in Cancellable(cts2.Token).ConfigureAwait(false))
                {
                    if (v == 1) cts2.Cancel();
                }
            }
            catch (OperationCanceledException e) { Console.WriteLine("cancelled direct " + (e.CancellationToken == cts2.Token)); }
        }

        await foreach (var s in Select(Range(5, 3), i => "#" + i)) Console.Write(s + " ");
        Console.WriteLine();
        await foreach (var n in new Countdown(3)) Console.Write(n + " ");
        Console.WriteLine();
        await foreach (var n in new Countdown(2).ConfigureAwait(false)) Console.Write(n + " ");
        Console.WriteLine();

        // manual enumeration
        var en = Range(10, 2).GetAsyncEnumerator();
        try
        {
            while (await en.MoveNextAsync()) Console.WriteLine("manual " + en.Current);
        }
        finally { await en.DisposeAsync(); }
        Console.WriteLine(await en.MoveNextAsync());

        // await using
        await using (var r = new Resource("r1"))
        {
            Console.WriteLine("using r1");
        }
        await using var r2 = new Resource("r2");
        await using (var b = new Both()) { }
        await using (new StructDisposable { Id = 7 }) { Console.WriteLine("in struct using"); }
        await using (var cfg = new Resource("r3").ConfigureAwait(false)) { Console.WriteLine("configured"); }
        IAsyncDisposable? nothing = null;
        await using (nothing) { Console.WriteLine("null resource ok"); }

        // ValueTask-returning async methods, ValueTask over a source
        Console.WriteLine(await ValueTaskMethod(0) + " " + await ValueTaskMethod(21));
        var vt = ValueTaskMethod(0);
        Console.WriteLine(vt.IsCompletedSuccessfully + " " + vt.Result);
        var sig = new Signal();
        var waiter = Task.Run(async () => { int v = await sig.WaitAsync(); Console.WriteLine("signal got " + v); return v; });
        await Task.Delay(5);
        sig.Set(99);
        Console.WriteLine("waiter " + await waiter);
        sig.Reset();
        var pending = sig.WaitAsync();
        Console.WriteLine("pending " + pending.IsCompleted + " version " + sig.Version);
        sig.Set(5);
        Console.WriteLine("after set " + pending.IsCompleted + " " + await pending);
        sig.Reset();
        var failing = sig.WaitPlainAsync();
        sig.Fail(new TimeoutException("late"));
        try { await failing; } catch (TimeoutException te) { Console.WriteLine("source threw " + te.Message); }
        sig.Reset();
        var asTask = sig.WaitAsync().AsTask();
        sig.Set(7);
        Console.WriteLine("as task " + await asTask);
        try { sig.GetResult((short)(sig.Version - 1)); } catch (InvalidOperationException) { Console.WriteLine("stale token"); }

        var list = new List<int>();
        await foreach (var v in Range(0, 5).ConfigureAwait(false).WithCancellation(CancellationToken.None)) list.Add(v);
        Console.WriteLine(string.Join(",", list));
        foreach (var v in Range(3, 3).ToBlockingEnumerable()) Console.Write(v + ";");
        Console.WriteLine();
        Console.WriteLine("captured: " + await ContextTest(true));
        Console.WriteLine("not captured: " + await ContextTest(false));
        // a continuation registered after completion still runs (queued)
        var late = new Signal();
        late.Set(3);
        var tcs = new TaskCompletionSource<int>();
        late.OnCompleted(st => tcs.SetResult(late.GetResult(late.Version) + (int)st!), 4, late.Version, ValueTaskSourceOnCompletedFlags.None);
        Console.WriteLine("late continuation " + await tcs.Task);
        Console.WriteLine("done");
    }
}
