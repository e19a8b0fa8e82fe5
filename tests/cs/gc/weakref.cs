// Weak references: cleared after the target dies (target made unreachable in a separate non-inlined
// method), kept while the target is alive; WeakReference<T>; long (trackResurrection) weak references
// survive the finalizer run until the object is really gone.
using System;
using System.Runtime.CompilerServices;

class Target { public int V; public Target(int v) { V = v; } }
class FinTarget { public static int Finalized; ~FinTarget() { Finalized++; } }

static class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static WeakReference MakeDead() { return new WeakReference(new Target(1)); }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static WeakReference<Target> MakeDeadT() { return new WeakReference<Target>(new Target(2)); }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static WeakReference[] MakeFin() { FinTarget t = new FinTarget(); return new WeakReference[] { new WeakReference(t, false), new WeakReference(t, true) }; }

    // Overwrites stale stack slots, so that conservative collectors (Mono, the oracle) see the same
    // garbage a precise collector does.
    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Scrub(int n) { long a = n, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0; object o1 = null, o2 = null, o3 = null, o4 = null; if (n > 0) return Scrub(n - 1) + a + b + c + d + e + f + g + h + (o1 == o2 ? 0 : 1) + (o3 == o4 ? 0 : 1); return 0; }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Collect() { for (int i = 0; i < 3; i++) { Scrub(200); GC.Collect(); GC.WaitForPendingFinalizers(); } }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static string Check(WeakReference w) { return w.IsAlive + " " + (w.Target == null); }

    static Target live;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeLive(out WeakReference w, out WeakReference<Target> wt) { live = new Target(42); w = new WeakReference(live); wt = new WeakReference<Target>(live); }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int V(WeakReference w) { return ((Target)w.Target).V; }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static string LiveT(WeakReference<Target> w) { Target t; bool ok = w.TryGetTarget(out t); return ok + " " + (ok ? t.V.ToString() : "-"); }

    static void Main()
    {
        WeakReference wLive; WeakReference<Target> wLiveT;
        MakeLive(out wLive, out wLiveT);
        WeakReference wDead = MakeDead();
        WeakReference<Target> wDeadT = MakeDeadT();
        WeakReference[] fin = MakeFin();
        Collect();
        Console.WriteLine("live: " + Check(wLive) + " " + V(wLive));
        Console.WriteLine("liveT: " + LiveT(wLiveT));
        Console.WriteLine("dead: " + Check(wDead));
        Target gone; Console.WriteLine("deadT: " + wDeadT.TryGetTarget(out gone) + " " + (gone == null));
        Console.WriteLine("short to finalizable: " + Check(fin[0]) + ", finalized " + FinTarget.Finalized);
        Console.WriteLine("track-resurrection flags: " + fin[0].TrackResurrection + " " + fin[1].TrackResurrection);
        live = null;
        Collect();
        Console.WriteLine("after drop: " + Check(wLive) + " " + LiveT(wLiveT));
        WeakReference w2 = new WeakReference(null); Console.WriteLine("null target: " + Check(w2));
        live = new Target(3); WeakReference w3 = new WeakReference(new Target(0)); w3.Target = live; Collect();
        Console.WriteLine("retarget: " + V(w3));
    }
}
