// Resurrection: a finalizer stores `this` in a static; the object and everything it references stay
// usable; it is not finalized again unless ReRegisterForFinalize is called.
using System;
using System.Runtime.CompilerServices;

class Phoenix
{
    public static Phoenix Saved;
    public static int Finalized;
    public int[] Data;
    public string Name;
    public bool Reregister;
    ~Phoenix()
    {
        Finalized++;
        Saved = this;
        if (Reregister) { Reregister = false; GC.ReRegisterForFinalize(this); }
    }
}

static class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Create(bool rereg)
    {
        Phoenix p = new Phoenix { Data = new int[1000], Name = "phoenix", Reregister = rereg };
        for (int i = 0; i < p.Data.Length; i++) p.Data[i] = i;
    }

    // Overwrites stale stack slots, so that conservative collectors (Mono, the oracle) see the same
    // garbage a precise collector does.
    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Scrub(int n) { long a = n, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0; object o1 = null, o2 = null, o3 = null, o4 = null; if (n > 0) return Scrub(n - 1) + a + b + c + d + e + f + g + h + (o1 == o2 ? 0 : 1) + (o3 == o4 ? 0 : 1); return 0; }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Collect() { for (int i = 0; i < 3; i++) { Scrub(200); GC.Collect(); GC.WaitForPendingFinalizers(); } }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Churn() { for (int i = 0; i < 10000; i++) { object o = new int[8]; } }

    static void Main()
    {
        Create(false);
        Collect();
        Console.WriteLine("finalized " + Phoenix.Finalized + " saved " + (Phoenix.Saved != null));
        Churn();
        Collect();
        long sum = 0; foreach (int v in Phoenix.Saved.Data) sum += v;
        Console.WriteLine("resurrected data " + sum + " " + Phoenix.Saved.Name);
        Phoenix.Saved = null;
        Collect();
        Console.WriteLine("not finalized twice: " + Phoenix.Finalized);
        Phoenix.Finalized = 0;
        Create(true);
        Collect();
        Console.WriteLine("first " + Phoenix.Finalized);
        Phoenix.Saved = null;
        Collect();
        Console.WriteLine("after reregister " + Phoenix.Finalized + " saved " + (Phoenix.Saved != null));
    }
}
