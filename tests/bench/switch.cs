// Green-thread and async micro-benchmark. Argument: iterations N (default
// 200000). Stdout gets only checksums (deterministic, checked by the test
// runner); the timings go to stderr as the median of 5 runs, in ns per op:
//   switch   - two threads ping-pong through Monitor.Wait/Pulse: one op is one
//              handoff (lock, pulse, wait, thread switch), N round trips = 2N ops
//   yield    - two threads calling Thread.Yield: one op is one thread switch
//   await    - `await` of an already completed Task<int> inside an async method
//   asynccall- calling an async method that completes synchronously and awaiting it
//   awaityield - `await Task.Yield()`: suspend, run as a pool work item, resume
// Target (issue 7): thread switch and await of a completed task under 1 us natively.
using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

static class SwitchBench
{
    static readonly object Lock = new object();
    static int s_turn;
    static long s_handoffs;

    static void PingPong(int me, int rounds)
    {
        lock (Lock)
        {
            for (int i = 0; i < rounds; i++)
            {
                while (s_turn != me) Monitor.Wait(Lock);
                s_handoffs++;
                s_turn = 1 - me;
                Monitor.Pulse(Lock);
            }
        }
    }

    static long RunSwitch(int n)
    {
        s_turn = 0;
        s_handoffs = 0;
        Thread a = new Thread(() => PingPong(0, n));
        Thread b = new Thread(() => PingPong(1, n));
        a.Start(); b.Start();
        a.Join(); b.Join();
        return s_handoffs;
    }

    static long s_yields;
    static long RunYield(int n)
    {
        s_yields = 0;
        ThreadStart body = () => { for (int i = 0; i < n; i++) { Interlocked.Increment(ref s_yields); Thread.Yield(); } };
        Thread a = new Thread(body), b = new Thread(body);
        a.Start(); b.Start();
        a.Join(); b.Join();
        return s_yields;
    }

    static async Task<long> AwaitCompleted(int n, Task<int> done)
    {
        long sum = 0;
        for (int i = 0; i < n; i++) sum += await done;
        return sum;
    }

    static async Task<int> Immediate(int i) { return i & 7; }

    static async Task<long> AsyncCalls(int n)
    {
        long sum = 0;
        for (int i = 0; i < n; i++) sum += await Immediate(i);
        return sum;
    }

    static async Task<long> AwaitYields(int n)
    {
        long count = 0;
        for (int i = 0; i < n; i++) { await Task.Yield(); count++; }
        return count;
    }

    static double Median(double[] xs)
    {
        Array.Sort(xs);
        return xs[xs.Length / 2];
    }

    delegate long Bench(int n);

    static long Measure(string name, Bench bench, int n, int opsPerIteration)
    {
        double[] ns = new double[5];
        long check = 0;
        for (int r = 0; r < ns.Length; r++)
        {
            Stopwatch sw = Stopwatch.StartNew();
            check = bench(n);
            sw.Stop();
            ns[r] = sw.Elapsed.TotalMilliseconds * 1e6 / ((double)n * opsPerIteration);
        }
        Console.Error.WriteLine(name.PadRight(11) + Median(ns).ToString("F1").PadLeft(9) + " ns/op (median of 5, N=" + n + ")");
        return check;
    }

    static void Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 200000;
        Task<int> done = Task.FromResult(3);
        long sw = Measure("switch", RunSwitch, n, 2);
        long y = Measure("yield", RunYield, n, 2);
        long aw = Measure("await", k => AwaitCompleted(k, done).Result, n, 1);
        long ac = Measure("asynccall", k => AsyncCalls(k).Result, n, 1);
        long ay = Measure("awaityield", k => AwaitYields(k).Result, n / 10, 1);
        Console.WriteLine("switch handoffs " + sw);
        Console.WriteLine("yields " + y);
        Console.WriteLine("await sum " + aw);
        Console.WriteLine("async calls sum " + ac);
        Console.WriteLine("await yields " + ay);
    }
}
