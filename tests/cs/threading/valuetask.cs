// ValueTask / ValueTask<T>: synchronous results, wrapped tasks, a custom
// IValueTaskSource completed from another thread, AsTask, ConfigureAwait.
using System;
using System.Threading;
using System.Threading.Tasks;
using System.Threading.Tasks.Sources;

// A one-shot source completed by a timer thread.
class DelayedSource : IValueTaskSource<int>, IValueTaskSource
{
    private int _result;
    private bool _done;
    private Exception _error;
    private Action<object> _continuation;
    private object _state;
    private readonly object _lock = new object();
    public int GetResultCalls;

    public void CompleteLater(int value, int ms, Exception error)
    {
        new Thread(() =>
        {
            Thread.Sleep(ms);
            Action<object> c;
            object s;
            lock (_lock) { _result = value; _error = error; _done = true; c = _continuation; s = _state; }
            if (c != null) c(s);
        }).Start();
    }

    public ValueTaskSourceStatus GetStatus(short token)
    {
        lock (_lock)
        {
            if (!_done) return ValueTaskSourceStatus.Pending;
            return _error == null ? ValueTaskSourceStatus.Succeeded : ValueTaskSourceStatus.Faulted;
        }
    }

    public void OnCompleted(Action<object> continuation, object state, short token, ValueTaskSourceOnCompletedFlags flags)
    {
        bool runNow;
        lock (_lock)
        {
            runNow = _done;
            if (!runNow) { _continuation = continuation; _state = state; }
        }
        if (runNow) continuation(state);
    }

    public int GetResult(short token)
    {
        if (token != 7) throw new InvalidOperationException("bad token");
        GetResultCalls++;
        if (_error != null) throw _error;
        return _result;
    }

    void IValueTaskSource.GetResult(short token) { GetResult(token); }
}

class Program
{
    static ValueTask<int> Cached(int x) { return new ValueTask<int>(x * 2); }

    static async Task<int> Consume()
    {
        int a = await Cached(5);
        int b = await new ValueTask<int>(Task.Run(() => 11));
        DelayedSource src = new DelayedSource();
        src.CompleteLater(100, 20, null);
        int c = await new ValueTask<int>(src, 7);
        await new ValueTask(Task.Delay(5));
        await default(ValueTask);
        int d = await new ValueTask<int>(1).ConfigureAwait(false);
        return a + b + c + d;
    }

    static void Main()
    {
        ValueTask<int> v = Cached(21);
        Console.WriteLine("sync ValueTask: completed " + v.IsCompleted + ", success " + v.IsCompletedSuccessfully + ", result " + v.Result);
        Console.WriteLine("consume: " + Consume().Result);

        ValueTask<int> wrapsTask = new ValueTask<int>(Task.Run(() => { Thread.Sleep(10); return 8; }));
        Console.WriteLine("wrapped task AsTask: " + wrapsTask.AsTask().Result);

        DelayedSource s1 = new DelayedSource();
        ValueTask<int> fromSource = new ValueTask<int>(s1, 7);
        Console.WriteLine("source pending: " + fromSource.IsCompleted);
        s1.CompleteLater(55, 10, null);
        Task<int> asTask = fromSource.AsTask();
        Console.WriteLine("source AsTask: " + asTask.Result + ", GetResult calls " + s1.GetResultCalls);

        DelayedSource s2 = new DelayedSource();
        s2.CompleteLater(0, 5, new InvalidOperationException("source failed"));
        ValueTask nonGeneric = new ValueTask(s2, 7);
        try { nonGeneric.AsTask().Wait(); }
        catch (AggregateException e) { Console.WriteLine("failed source: " + e.InnerException.Message); }

        ValueTask<int> faulted = new ValueTask<int>(Task.FromException<int>(new FormatException("vt fault")));
        Console.WriteLine("faulted ValueTask: IsFaulted " + faulted.IsFaulted);
        try { int r = faulted.Result; }
        catch (FormatException e) { Console.WriteLine("Result throws: " + e.Message); }
        Console.WriteLine("equality: " + (new ValueTask<int>(3) == new ValueTask<int>(3)) + " " + (new ValueTask<int>(3) == new ValueTask<int>(4)));
    }
}
