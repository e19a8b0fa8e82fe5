using System;
using System.Threading;
static class P {
  [ThreadStatic] static int counter; [ThreadStatic] static string name; static int shared;
  static string[] seen = new string[3];   // printed by main after the joins, so the order is fixed
  static void Work(object o) { for (int i = 0; i < 3; i++) { counter++; Interlocked.Increment(ref shared); Thread.Sleep(1); } name = "t" + o; seen[(int)o] = name + " " + counter; }
  static void Main() { var a = new Thread(Work); var b = new Thread(Work); a.Start(1); b.Start(2); a.Join(); b.Join(); Console.WriteLine(seen[1]); Console.WriteLine(seen[2]); counter += 10; Console.WriteLine("main " + counter + " " + (name == null) + " " + shared); }
}
