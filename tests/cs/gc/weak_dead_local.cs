using System;
using System.Runtime.CompilerServices;
class Key { public string Name; public Key(string n) { Name = n; } }
static class P {
  [MethodImpl(MethodImplOptions.NoInlining)]
  static WeakReference Make() { var k = new Key("temp"); return new WeakReference(k); }
  static void Main() {
    var wr = Make();
    for (int i = 0; i < 3; i++) { GC.Collect(); GC.WaitForPendingFinalizers(); }
    Console.WriteLine("collected: " + !wr.IsAlive);
  }
}
