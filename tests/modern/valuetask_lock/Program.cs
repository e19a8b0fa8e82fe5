// ValueTask builders, [AsyncMethodBuilder] on custom task types and on
// methods, and the C# 13 System.Threading.Lock.
using System.Runtime.CompilerServices;
using System.Threading;

// A custom awaitable task type with its own builder.
[AsyncMethodBuilder(typeof(MyTaskBuilder<>))]
public sealed class MyTask<T>
{
    internal T? _result;
    internal Exception? _error;
    internal bool _done;
    internal Action? _continuation;
    public Awaiter GetAwaiter() => new Awaiter(this);
    internal void Complete() { _done = true; var c = _continuation; _continuation = null; c?.Invoke(); }
    public readonly struct Awaiter : INotifyCompletion
    {
        private readonly MyTask<T> _t;
        public Awaiter(MyTask<T> t) { _t = t; }
        public bool IsCompleted => _t._done;
        public T GetResult() => _t._error != null ? throw _t._error : _t._result!;
        public void OnCompleted(Action a) { if (_t._done) a(); else _t._continuation += a; }
    }
}

public struct MyTaskBuilder<T>
{
    private MyTask<T> _task;
    public static int Created;
    public static MyTaskBuilder<T> Create() { Created++; return new MyTaskBuilder<T> { _task = new MyTask<T>() }; }
    public void Start<TSM>(ref TSM sm) where TSM : IAsyncStateMachine { Console.WriteLine("builder start"); sm.MoveNext(); }
    public void SetStateMachine(IAsyncStateMachine sm) { }
    public void SetResult(T r) { Console.WriteLine("builder result " + r); _task._result = r; _task.Complete(); }
    public void SetException(Exception e) { Console.WriteLine("builder exception " + e.Message); _task._error = e; _task.Complete(); }
    public void AwaitOnCompleted<TA, TSM>(ref TA a, ref TSM sm) where TA : INotifyCompletion where TSM : IAsyncStateMachine
    {
        IAsyncStateMachine boxed = sm;
        a.OnCompleted(boxed.MoveNext);
    }
    public void AwaitUnsafeOnCompleted<TA, TSM>(ref TA a, ref TSM sm) where TA : ICriticalNotifyCompletion where TSM : IAsyncStateMachine
        => AwaitOnCompleted(ref a, ref sm);
    public MyTask<T> Task => _task;
}

// A builder chosen per method: counts how many Task-returning methods used it.
public struct CountingBuilder
{
    public static int Count;
    private AsyncTaskMethodBuilder _inner;
    public static CountingBuilder Create() { Count++; return new CountingBuilder { _inner = AsyncTaskMethodBuilder.Create() }; }
    public void Start<TSM>(ref TSM sm) where TSM : IAsyncStateMachine => _inner.Start(ref sm);
    public void SetStateMachine(IAsyncStateMachine sm) => _inner.SetStateMachine(sm);
    public void SetResult() => _inner.SetResult();
    public void SetException(Exception e) => _inner.SetException(e);
    public void AwaitOnCompleted<TA, TSM>(ref TA a, ref TSM sm) where TA : INotifyCompletion where TSM : IAsyncStateMachine => _inner.AwaitOnCompleted(ref a, ref sm);
    public void AwaitUnsafeOnCompleted<TA, TSM>(ref TA a, ref TSM sm) where TA : ICriticalNotifyCompletion where TSM : IAsyncStateMachine => _inner.AwaitUnsafeOnCompleted(ref a, ref sm);
    public Task Task => _inner.Task;
}

public class Account
{
    private readonly Lock _lock = new();
    private int _balance;
    public void Deposit(int n)
    {
        lock (_lock)
        {
            int b = _balance;
            Thread.Yield();
            _balance = b + n;
        }
    }
    public int Balance { get { lock (_lock) return _balance; } }
    public bool Held => _lock.IsHeldByCurrentThread;
    public Lock RawLock => _lock;
}

public static class Program
{
    static async MyTask<int> Custom(int x)
    {
        await Task.Delay(1);
        return x + 1;
    }

    static async MyTask<string> CustomSync() => "sync";

    static async MyTask<int> CustomThrows()
    {
        await Task.Yield();
        throw new InvalidOperationException("custom failed");
    }

    [AsyncMethodBuilder(typeof(CountingBuilder))]
    static async Task Counted(int ms) => await Task.Delay(ms);

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    static async ValueTask<int> Pooled(int x)
    {
        await Task.Yield();
        return x * 3;
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    static async ValueTask PooledVoid(List<string> log)
    {
        await Task.Yield();
        log.Add("pooled void ran");
    }

    static async ValueTask<int> PlainVT(bool sync)
    {
        if (!sync) await Task.Yield();
        return sync ? 1 : 2;
    }

    static async ValueTask PlainVTVoid(bool fail)
    {
        await Task.Yield();
        if (fail) throw new ArgumentException("vt failed");
    }

    static void LockTests()
    {
        var l = new Lock();
        Console.WriteLine(l.IsHeldByCurrentThread);
        using (l.EnterScope())
        {
            Console.WriteLine("in scope " + l.IsHeldByCurrentThread);
        }
        Console.WriteLine(l.IsHeldByCurrentThread);
        l.Enter();
        l.Enter();
        Console.WriteLine("reentrant " + l.IsHeldByCurrentThread);
        l.Exit();
        Console.WriteLine("still " + l.IsHeldByCurrentThread);
        l.Exit();
        Console.WriteLine(l.TryEnter());
        bool got = true;
        var th = new Thread(() => { got = l.TryEnter(); });
        th.Start(); th.Join();
        Console.WriteLine("other thread got it: " + got);
        bool timed = true;
        var th2 = new Thread(() => { timed = l.TryEnter(TimeSpan.FromMilliseconds(5.0)); });
        th2.Start(); th2.Join();
        Console.WriteLine("timed: " + timed);
        l.Exit();
        try { l.Exit(); } catch (SynchronizationLockException) { Console.WriteLine("exit without enter"); }
        lock (l)
        {
            Console.WriteLine("lock statement " + l.IsHeldByCurrentThread);
        }
        object asObj = l;
        lock (asObj) { Console.WriteLine("monitor on a Lock object: " + l.IsHeldByCurrentThread); }
    }

    public static async Task Main()
    {
        Console.WriteLine(await Custom(41));
        Console.WriteLine(await CustomSync());
        try { await CustomThrows(); } catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }
        Console.WriteLine("builders created " + MyTaskBuilder<int>.Created + " " + MyTaskBuilder<string>.Created);

        await Counted(1);
        await Counted(0);
        Console.WriteLine("counted " + CountingBuilder.Count);

        Console.WriteLine(await Pooled(5));
        var log = new List<string>();
        await PooledVoid(log);
        Console.WriteLine(log[0]);
        var sync = PlainVT(true);
        Console.WriteLine(sync.IsCompletedSuccessfully + " " + sync.Result);
        var async = PlainVT(false);
        Console.WriteLine(await async);
        try { await PlainVTVoid(true); } catch (ArgumentException e) { Console.WriteLine("vt " + e.Message); }
        var t = PlainVTVoid(false).AsTask();
        await t;
        Console.WriteLine("as task " + t.Status);
        var preserved = PlainVT(false).Preserve();
        Console.WriteLine(await preserved + await preserved);
        Console.WriteLine(ValueTask.FromResult(8).Result + " " + ValueTask.CompletedTask.IsCompleted);
        var faulted = ValueTask.FromException<int>(new TimeoutException("x"));
        Console.WriteLine(faulted.IsFaulted);
        var canceled = ValueTask.FromCanceled(new CancellationToken(true));
        Console.WriteLine(canceled.IsCanceled);
        await Task.WhenAll(new[] { PlainVT(false).AsTask(), Pooled(1).AsTask() });
        Console.WriteLine(await PlainVT(false).ConfigureAwait(false));

        // Lock
        var acct = new Account();
        var tasks = new List<Task>();
        for (int i = 0; i < 4; i++)
            tasks.Add(Task.Run(() => { for (int k = 0; k < 25; k++) acct.Deposit(1); }));
        await Task.WhenAll(tasks.ToArray());
        Console.WriteLine("balance " + acct.Balance);
        LockTests();
        var gate = new Lock();
        int counter = 0;
        var workers = Enumerable.Range(0, 3).Select(i => Task.Run(async () =>
        {
            for (int k = 0; k < 10; k++)
            {
                lock (gate) { counter++; }
                await Task.Yield();
            }
        })).ToArray();
        await Task.WhenAll(workers);
        Console.WriteLine("counter " + counter);
    }
}
