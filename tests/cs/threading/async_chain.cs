// async/await chains: values through several levels, exceptions caught around
// await, finally blocks, AggregateException from Wait/Result, async lambdas
// through Task.Run, Task.Yield, ConfigureAwait, async void.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static List<string> s_log = new List<string>();
    static void Log(string s) { lock (s_log) s_log.Add(s); }

    static async Task<int> Leaf(int x, int delay)
    {
        if (delay > 0) await Task.Delay(delay);
        else await Task.Yield();
        return x * 2;
    }

    static async Task<int> Middle(int x)
    {
        int a = await Leaf(x, 5);
        int b = await Leaf(a, 0);
        int c = await Leaf(b, 0).ConfigureAwait(false);
        return a + b + c;
    }

    static async Task<string> Top()
    {
        int total = 0;
        for (int i = 1; i <= 3; i++) total += await Middle(i);
        return "total " + total;
    }

    static async Task Fails(string message, int delay)
    {
        await Task.Delay(delay);
        throw new InvalidOperationException(message);
    }

    static async Task<int> FailsSync()
    {
        throw new ArgumentException("thrown before any await");
    }

    static async Task<string> Catches()
    {
        try
        {
            await Fails("inner failure", 5);
            return "not reached";
        }
        catch (InvalidOperationException e)
        {
            Log("caught " + e.Message);
            await Task.Delay(1);
            return "recovered";
        }
        finally
        {
            Log("finally ran");
        }
    }

    static async Task Rethrows()
    {
        try { await Fails("first", 1); }
        catch (Exception e) { throw new ApplicationException("wrapped: " + e.Message, e); }
    }

    static async Task<int> AwaitsCompleted()
    {
        int sum = 0;
        for (int i = 0; i < 1000; i++) sum += await Task.FromResult(i);
        await Task.CompletedTask;
        return sum;
    }

    static async void FireAndForget(ManualResetEventSlim done)
    {
        await Task.Delay(5);
        Log("async void finished");
        done.Set();
    }

    static void Main()
    {
        Console.WriteLine(Top().Result);
        Console.WriteLine("Catches: " + Catches().Result);
        foreach (string s in s_log) Console.WriteLine("  " + s);
        s_log.Clear();

        Task f = Fails("boom", 5);
        try { f.Wait(); }
        catch (AggregateException e)
        {
            Console.WriteLine("Wait: AggregateException with " + e.InnerExceptions.Count + " inner: " + e.InnerException.GetType().Name + ": " + e.InnerException.Message);
        }
        Console.WriteLine("status " + f.Status + ", IsFaulted " + f.IsFaulted + ", Exception.InnerException " + f.Exception.InnerException.Message);

        try { f.GetAwaiter().GetResult(); }
        catch (InvalidOperationException e) { Console.WriteLine("GetResult throws the exception itself: " + e.Message); }

        Task<int> fs = FailsSync();
        Console.WriteLine("sync throw -> faulted task: " + fs.IsFaulted);
        try { Console.WriteLine(fs.Result); }
        catch (AggregateException e) { Console.WriteLine("Result: " + e.InnerException.GetType().Name); }

        try { Rethrows().Wait(); }
        catch (AggregateException e)
        {
            Console.WriteLine(e.InnerException.Message + " / inner " + e.InnerException.InnerException.Message);
        }

        Console.WriteLine("awaiting completed tasks: " + AwaitsCompleted().Result);

        Task<int> viaRun = Task.Run(async () => { await Task.Delay(5); return 7; });
        Task viaRunVoid = Task.Run(async () => { await Task.Yield(); Log("Run(Func<Task>) ran"); });
        Console.WriteLine("Task.Run async lambda: " + viaRun.Result);
        viaRunVoid.Wait();
        Task<int> runFails = Task.Run<int>(async () => { await Task.Delay(1); throw new FormatException("from Run"); });
        try { runFails.Wait(); }
        catch (AggregateException e) { Console.WriteLine("unwrapped Run failure: " + e.InnerException.GetType().Name); }

        ManualResetEventSlim done = new ManualResetEventSlim();
        FireAndForget(done);
        done.Wait();
        foreach (string s in s_log) Console.WriteLine("  " + s);

        // Many concurrent chains.
        List<Task<int>> many = new List<Task<int>>();
        for (int i = 0; i < 100; i++) many.Add(Middle(i));
        long sum = 0;
        foreach (Task<int> t in many) sum += t.Result;
        Console.WriteLine("100 chains: " + sum);
    }
}
