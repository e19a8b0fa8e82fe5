// Task.WhenAll keeps argument order whatever the completion order; failures
// are aggregated in completion order by WhenAll(Task[]) and in argument order
// by WhenAll<T>(Task<T>[]) (.NET 9+); WhenAny yields the first to complete;
// Task.WaitAll/WaitAny.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static async Task<int> After(int ms, int value)
    {
        await Task.Delay(ms);
        return value;
    }

    static async Task FailAfter(int ms, string message)
    {
        await Task.Delay(ms);
        throw new InvalidOperationException(message);
    }

    static async Task<int> FailAfterT(int ms, string message)
    {
        await Task.Delay(ms);
        throw new InvalidOperationException(message);
    }

    static string Messages(AggregateException e)
    {
        List<string> msgs = new List<string>();
        foreach (Exception x in e.InnerExceptions) msgs.Add(x.Message);
        return string.Join(",", msgs);
    }

    static void Main()
    {
        Task<int[]> all = Task.WhenAll(After(60, 1), After(10, 2), After(35, 3), Task.FromResult(4));
        Console.WriteLine("WhenAll results: " + string.Join(",", all.Result));

        List<Task<int>> list = new List<Task<int>>();
        for (int i = 0; i < 10; i++) list.Add(After((10 - i) * 3, i));
        Console.WriteLine("WhenAll(IEnumerable): " + string.Join(",", Task.WhenAll(list).Result));

        // "early" has already failed when WhenAll is called, so the completion order is certain.
        Task failing = Task.WhenAll(FailAfter(30, "late"), After(5, 0), FailAfter(0, "early"));
        try { failing.Wait(); }
        catch (AggregateException e) { Console.WriteLine("WhenAll faults in completion order: " + Messages(e)); }
        Task<int[]> failingT = Task.WhenAll(FailAfterT(30, "late"), After(5, 0), FailAfterT(0, "early"));
        try { failingT.Wait(); }
        catch (AggregateException e) { Console.WriteLine("WhenAll<T> faults in argument order: " + Messages(e)); }
        Console.WriteLine("WhenAll status: " + failing.Status + ", inner count " + failing.Exception.InnerExceptions.Count);

        Task<Task<int>> any = Task.WhenAny(After(80, 1), After(10, 2), After(40, 3));
        Console.WriteLine("WhenAny winner: " + any.Result.Result);
        Task<Task> anyDone = Task.WhenAny(new Task[] { After(50, 1), Task.FromResult(9), Task.FromResult(8) });
        Console.WriteLine("WhenAny with completed tasks picks the first completed argument: " + ((Task<int>)anyDone.Result).Result);
        Task<Task> anyFault = Task.WhenAny(FailAfter(5, "x"), After(200, 1));
        anyFault.Wait();
        Console.WriteLine("WhenAny of a fault completes successfully: " + anyFault.Status + ", winner faulted " + anyFault.Result.IsFaulted);

        Task[] ts = { After(40, 1), After(10, 2) };
        Console.WriteLine("WaitAny index: " + Task.WaitAny(ts));
        Console.WriteLine("WaitAll(5000): " + Task.WaitAll(ts, 5000));
        Console.WriteLine("WaitAll timeout: " + Task.WaitAll(new Task[] { Task.Delay(1000) }, 10));
        Console.WriteLine("WhenAll of nothing: " + Task.WhenAll(new Task[0]).Status + ", " + Task.WhenAll(new Task<int>[0]).Result.Length);
        try { Task.WhenAll(new Task[] { null }); }
        catch (ArgumentException) { Console.WriteLine("null task: ArgumentException"); }

        // Completion-ordered processing with WhenAny.
        // 100 ms apart, so a loaded machine does not finish two before WhenAny looks again.
        List<Task<int>> pending = new List<Task<int>> { After(300, 3), After(100, 1), After(200, 2) };
        List<int> order = new List<int>();
        while (pending.Count > 0)
        {
            Task<int> t = Task.WhenAny(pending).Result;
            order.Add(t.Result);
            pending.Remove(t);
        }
        Console.WriteLine("completion order: " + string.Join(",", order));
    }
}
