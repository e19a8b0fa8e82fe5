using System;
using System.Threading;
static class P {
  [ThreadStatic] static int counter; [ThreadStatic] static string name; static int shared;
  static void Work(object o) { for (int i = 0; i < 3; i++) { counter++; shared++; Thread.Sleep(1); } name = "t" + o; Console.WriteLine(name + " " + counter); }
  static void Main() { var a = new Thread(Work); var b = new Thread(Work); a.Start(1); b.Start(2); a.Join(); b.Join(); counter += 10; Console.WriteLine("main " + counter + " " + (name == null) + " " + shared); }
}
