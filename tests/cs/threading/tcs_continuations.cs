// TaskCompletionSource<T> completed from other threads; ContinueWith with
// options; Task.Factory.StartNew; Unwrap; statuses; RunSynchronously;
// FromResult/FromException/FromCanceled.
using System;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static async Task<string> AwaitTcs(TaskCompletionSource<string> tcs)
    {
        string s = await tcs.Task;
        return "awaited " + s;
    }

    static void Main()
    {
        TaskCompletionSource<string> tcs = new TaskCompletionSource<string>("my state");
        Task<string> awaiting = AwaitTcs(tcs);
        Console.WriteLine("pending: " + tcs.Task.Status + ", AsyncState " + tcs.Task.AsyncState + ", awaiter done " + awaiting.IsCompleted);
        new Thread(() => { Thread.Sleep(10); tcs.SetResult("hello"); }).Start();
        Console.WriteLine(awaiting.Result + "; tcs " + tcs.Task.Status);
        Console.WriteLine("TrySetResult again: " + tcs.TrySetResult("x") + ", TrySetCanceled: " + tcs.TrySetCanceled());
        try { tcs.SetException(new Exception("late")); }
        catch (InvalidOperationException) { Console.WriteLine("SetException after completion: InvalidOperationException"); }

        TaskCompletionSource<int> failed = new TaskCompletionSource<int>();
        failed.SetException(new[] { new FormatException("f1"), new FormatException("f2") });
        Console.WriteLine("faulted with " + failed.Task.Exception.InnerExceptions.Count + " exceptions");
        TaskCompletionSource<int> canceled = new TaskCompletionSource<int>();
        canceled.SetCanceled();
        try { canceled.Task.GetAwaiter().GetResult(); }
        catch (TaskCanceledException) { Console.WriteLine("canceled tcs: " + canceled.Task.Status); }

        // ContinueWith chains and options.
        Task<int> first = Task.Factory.StartNew(() => 20);
        Task<string> second = first.ContinueWith(t => "got " + (t.Result + 1));
        Task third = second.ContinueWith(t => Console.WriteLine("continuation saw: " + t.Result));
        third.Wait();

        Task<int> bad = Task.Run(new Func<int>(() => { throw new InvalidOperationException("bad"); }));
        Task onFault = bad.ContinueWith(t => Console.WriteLine("OnlyOnFaulted ran: " + t.Exception.InnerException.Message), TaskContinuationOptions.OnlyOnFaulted);
        Task onSuccess = bad.ContinueWith(t => Console.WriteLine("must not run"), TaskContinuationOptions.OnlyOnRanToCompletion);
        onFault.Wait();
        try { onSuccess.Wait(); }
        catch (AggregateException e) { Console.WriteLine("skipped continuation: " + onSuccess.Status + ", " + e.InnerException.GetType().Name); }

        Task<int> sync = Task.FromResult(5);
        int threadBefore = Thread.CurrentThread.ManagedThreadId, threadIn = -1;
        Task syncCont = sync.ContinueWith(t => { threadIn = Thread.CurrentThread.ManagedThreadId; }, TaskContinuationOptions.ExecuteSynchronously);
        Console.WriteLine("ExecuteSynchronously on a completed task runs inline: " + syncCont.IsCompleted + ", same thread " + (threadIn == threadBefore));

        Task<object> withState = Task.Factory.StartNew(s => (object)((string)s + "!"), "state");
        Console.WriteLine("StartNew with state: " + withState.Result + ", AsyncState " + withState.AsyncState);

        Task<Task<int>> nested = Task.Factory.StartNew(() => Task.Run(() => 99));
        Console.WriteLine("Unwrap: " + nested.Unwrap().Result);

        // Created tasks run on Start or RunSynchronously.
        Task<int> created = new Task<int>(() => 3);
        Console.WriteLine("new Task status: " + created.Status);
        created.Start();
        Console.WriteLine("started: " + created.Result + " " + created.Status);
        try { created.Start(); }
        catch (InvalidOperationException) { Console.WriteLine("Start twice: InvalidOperationException"); }
        int where = -1;
        Task rs = new Task(() => { where = Thread.CurrentThread.ManagedThreadId; });
        rs.RunSynchronously();
        Console.WriteLine("RunSynchronously on this thread: " + (where == threadBefore) + ", " + rs.Status);

        Console.WriteLine("FromResult: " + Task.FromResult("r").Result + ", CompletedTask " + Task.CompletedTask.Status);
        Task fe = Task.FromException(new DivideByZeroException());
        Console.WriteLine("FromException: " + fe.Status + " " + fe.Exception.InnerException.GetType().Name);
        CancellationTokenSource cts = new CancellationTokenSource();
        cts.Cancel();
        Console.WriteLine("FromCanceled: " + Task.FromCanceled<int>(cts.Token).Status);
        try { Task.FromCanceled(new CancellationToken()); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("FromCanceled with uncanceled token: ArgumentOutOfRangeException"); }

        Task<int> idTask = Task.Run(() => Task.CurrentId.HasValue ? 1 : 0);
        Console.WriteLine("CurrentId inside a task: " + idTask.Result + ", outside: " + Task.CurrentId.HasValue + ", ids distinct " + (idTask.Id != first.Id));

        // Wait with a timeout on a task that does not finish in time.
        TaskCompletionSource<bool> never = new TaskCompletionSource<bool>();
        Console.WriteLine("Wait(20) on a pending task: " + never.Task.Wait(20));

        // ContinueWhenAll / ContinueWhenAny.
        Task<int>[] parts = { Task.Run(() => 1), Task.Run(() => 2), Task.Run(() => 3) };
        Task<int> total = Task.Factory.ContinueWhenAll(parts, ts => { int s = 0; foreach (Task<int> t in ts) s += ((Task<int>)t).Result; return s; });
        Console.WriteLine("ContinueWhenAll: " + total.Result);
    }
}
