// mcs: -unsafe
// GCHandle kinds: Normal keeps an otherwise unreachable object alive; Weak is cleared when it dies;
// Pinned gives a stable address (AddrOfPinnedObject) that reads the array's data; Free and IsAllocated.
// mcs flags below enable the unsafe read through the pinned address.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

class Payload { public int V; public string S; }

static class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static GCHandle MakeNormal() { return GCHandle.Alloc(new Payload { V = 7, S = "normal" }, GCHandleType.Normal); }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static GCHandle MakeWeak() { return GCHandle.Alloc(new Payload { V = 8 }, GCHandleType.Weak); }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Collect() { for (int i = 0; i < 3; i++) { GC.Collect(); GC.WaitForPendingFinalizers(); } }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Churn() { for (int i = 0; i < 20000; i++) { object o = new byte[32]; } }

    static unsafe void Main()
    {
        GCHandle normal = MakeNormal();
        GCHandle weak = MakeWeak();
        Churn();
        Collect();
        Payload p = (Payload)normal.Target;
        Console.WriteLine("normal: " + p.V + " " + p.S + " " + normal.IsAllocated);
        Console.WriteLine("weak cleared: " + (weak.Target == null) + " " + weak.IsAllocated);
        int[] data = new int[256];
        for (int i = 0; i < data.Length; i++) data[i] = i * 3;
        GCHandle pin = GCHandle.Alloc(data, GCHandleType.Pinned);
        IntPtr addr = pin.AddrOfPinnedObject();
        Churn();
        Collect();
        int* ptr = (int*)addr.ToPointer();
        Console.WriteLine("pinned: " + ptr[0] + " " + ptr[10] + " " + ptr[255] + " same " + (addr == pin.AddrOfPinnedObject()));
        ptr[1] = 1234; Console.WriteLine("write through pin: " + data[1]);
        pin.Free(); Console.WriteLine("freed: " + pin.IsAllocated);
        normal.Free(); weak.Free();
        GCHandle strong = GCHandle.Alloc("str");
        IntPtr asPtr = GCHandle.ToIntPtr(strong);
        GCHandle back = GCHandle.FromIntPtr(asPtr);
        Console.WriteLine("roundtrip: " + back.Target);
        back.Free();
        try { GCHandle.Alloc(new Payload(), GCHandleType.Pinned); Console.WriteLine("pinned non-blittable: allowed"); }
        catch (ArgumentException) { Console.WriteLine("pinned non-blittable: ArgumentException"); }
    }
}
