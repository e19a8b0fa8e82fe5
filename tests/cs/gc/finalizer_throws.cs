// An exception escaping a finalizer is unhandled, as in .NET: the program ends
// with the exception on stderr and a non-zero exit code (.NET aborts: 134).
using System;
using System.Runtime.CompilerServices;
class Bad { ~Bad() { Console.WriteLine("finalizer runs"); throw new InvalidOperationException("thrown by a finalizer"); } }
class Program {
    [MethodImpl(MethodImplOptions.NoInlining)] static void Make() { new Bad(); }
    static void Main() {
        Make();
        Console.WriteLine("collecting");
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Console.WriteLine("after WaitForPendingFinalizers (not reached)");
    }
}
