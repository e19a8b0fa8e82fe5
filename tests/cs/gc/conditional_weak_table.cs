using System;
using System.Runtime.CompilerServices;
class Key { public string Name; public Key(string n) { Name = n; } }
class Val { public Key Back; public string Data; }
static class P {
  static ConditionalWeakTable<Key, Val> table = new ConditionalWeakTable<Key, Val>();
  static WeakReference Add(string name) { var k = new Key(name); table.Add(k, new Val { Back = k, Data = "data of " + name }); return new WeakReference(k); }
  [System.Runtime.CompilerServices.MethodImpl(MethodImplOptions.NoInlining)]
  static WeakReference Churn() { return Add("temp"); }
  static void Main() {
    var live = new Key("live"); table.Add(live, new Val { Back = live, Data = "kept" });
    var wr = Churn();
    for (int i = 0; i < 3; i++) { GC.Collect(); GC.WaitForPendingFinalizers(); }
    Val v; Console.WriteLine(table.TryGetValue(live, out v) + " " + v.Data);
    Console.WriteLine("temp key collected despite value->key cycle: " + !wr.IsAlive);
    Console.WriteLine(table.GetValue(new Key("x"), k => new Val { Data = "made " + k.Name }).Data);
    Console.WriteLine(table.Remove(live) + " " + table.TryGetValue(live, out v));
    GC.KeepAlive(live);
  }
}
