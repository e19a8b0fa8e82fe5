// Delegates and closures reachable only through an event (or a delegate field) survive collections;
// their captured state keeps working.
using System;
using System.Runtime.CompilerServices;

class Source
{
    public event Action<int> Fired;
    public Func<int> Getter;
    public void Fire(int v) { if (Fired != null) Fired(v); }
}

class Listener
{
    public int Total;
    public string Name;
    public static int Calls, Sum;
    public void OnFired(int v) { Total += v; Calls++; Sum += Total + Name.Length; }
}

static class Program
{
    static int global;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Subscribe(Source s, int n)
    {
        for (int i = 0; i < n; i++)
        {
            Listener l = new Listener { Name = "listener" + i };
            s.Fired += l.OnFired;
            int[] captured = new int[] { i };
            string label = "closure" + i;
            s.Fired += v => { captured[0] += v; global += captured[0] + label.Length; };
        }
        int[] box = { 41 };
        s.Getter = () => ++box[0];
    }

    static void Main()
    {
        Source s = new Source();
        Subscribe(s, 100);
        for (int round = 0; round < 5; round++)
        {
            for (int j = 0; j < 2000; j++) { object junk = new int[16]; }
            GC.Collect();
            GC.WaitForPendingFinalizers();
            s.Fire(round + 1);
            Console.WriteLine("round " + round + " global " + global + " getter " + s.Getter());
        }
        Console.WriteLine("listener calls " + Listener.Calls + " sum " + Listener.Sum);
    }
}
