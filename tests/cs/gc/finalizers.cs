// Finalizers: objects that die get finalized once after GC.Collect + WaitForPendingFinalizers
// (counts only: finalization order is unspecified); SuppressFinalize prevents it; live objects are not
// finalized; a finalizer that allocates works.
using System;
using System.Runtime.CompilerServices;

class Fin
{
    public static int Finalized;
    public static int Sum;
    public int Id;
    public byte[] Payload = new byte[64];
    public Fin(int id) { Id = id; }
    ~Fin() { Finalized++; Sum += Id; string s = "alloc in finalizer " + Id; if (s.Length == 0) Finalized = -1000; }
}

class Suppressed
{
    public static int Finalized;
    public Suppressed(bool suppress) { if (suppress) GC.SuppressFinalize(this); }
    ~Suppressed() { Finalized++; }
}

static class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeGarbage(int n) { for (int i = 1; i <= n; i++) new Fin(i); }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeSuppressed(int n) { for (int i = 0; i < n; i++) new Suppressed(i % 2 == 0); }

    // Overwrites stale stack slots, so that conservative collectors (Mono, the oracle) see the same
    // garbage a precise collector does.
    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Scrub(int n) { long a = n, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0; object o1 = null, o2 = null, o3 = null, o4 = null; if (n > 0) return Scrub(n - 1) + a + b + c + d + e + f + g + h + (o1 == o2 ? 0 : 1) + (o3 == o4 ? 0 : 1); return 0; }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Collect() { for (int i = 0; i < 3; i++) { Scrub(200); GC.Collect(); GC.WaitForPendingFinalizers(); } }

    static Fin[] alive;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeAlive() { alive = new Fin[100]; for (int i = 0; i < alive.Length; i++) alive[i] = new Fin(100000 + i); }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int AliveSum() { int s = 0; foreach (Fin f in alive) s += f.Id - 100000 + f.Payload.Length; return s; }

    static void Main()
    {
        MakeAlive();
        MakeGarbage(1000);
        Collect();
        Console.WriteLine("finalized " + Fin.Finalized + " sum " + Fin.Sum);
        MakeSuppressed(200);
        Collect();
        Console.WriteLine("suppressed-class finalized " + Suppressed.Finalized);
        Console.WriteLine("alive intact " + AliveSum());
        alive = null;
        Collect();
        Console.WriteLine("after dropping alive: finalized " + Fin.Finalized);
    }
}
