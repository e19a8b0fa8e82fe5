using System;
using System.Linq;
using System.Reflection;
public class Person {
  public string Name { get; set; } public int Age { get; set; } public static int Count; public const double Pi = 3.14; private int secret = 7; public readonly string Tag = "t";
  public Person() { Count++; } public Person(string n, int a) { Name = n; Age = a; Count++; }
  public string Greet(string who) { return "Hi " + who + ", I am " + Name; } public static int Add(int a, int b) { return a + b; }
  public virtual string Kind() { return "person"; } public void Fail() { throw new InvalidOperationException("nope"); }
  public long Widen(long x) { return x * 2; }
}
public class Student : Person { public string School; public override string Kind() { return "student"; } }
public struct Point { public int X, Y; public int Sum() { return X + Y; } }
static class P {
  static int Twice(int x) { return 2 * x; }
  static void Main() {
    Type t = typeof(Person);
    Console.WriteLine(string.Join(",", t.GetProperties().Select(pp => pp.Name + ":" + pp.PropertyType.Name).OrderBy(x => x)));
    Console.WriteLine(string.Join(",", t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(m => m.Name).OrderBy(x => x)));
    Console.WriteLine(string.Join(",", t.GetFields().Select(ff => ff.Name + (ff.IsStatic ? "(s)" : "")).OrderBy(x => x)));
    var p = (Person)Activator.CreateInstance(t, "Ann", 30); Console.WriteLine(p.Name + " " + p.Age + " " + Person.Count);
    Console.WriteLine(t.GetMethod("Greet").Invoke(p, new object[] { "Bob" }));
    Console.WriteLine(t.GetMethod("Add").Invoke(null, new object[] { 2, 3 }));
    Console.WriteLine(t.GetMethod("Widen").Invoke(p, new object[] { 21 }));
    t.GetProperty("Age").SetValue(p, 31); Console.WriteLine(t.GetProperty("Age").GetValue(p) + " " + t.GetProperty("Name").CanWrite);
    Console.WriteLine(t.GetField("Pi").GetValue(null) + " " + t.GetField("secret", BindingFlags.NonPublic | BindingFlags.Instance).GetValue(p) + " " + t.GetField("Tag").GetValue(p));
    t.GetField("Count").SetValue(null, 100); Console.WriteLine(Person.Count);
    Student s = new Student(); Console.WriteLine(t.GetMethod("Kind").Invoke(s, null) + " " + typeof(Student).GetField("School").FieldType.Name);
    try { t.GetMethod("Fail").Invoke(p, null); } catch (TargetInvocationException e) { Console.WriteLine("TIE: " + e.InnerException.GetType().Name + " " + e.InnerException.Message); }
    try { t.GetMethod("Greet").Invoke(p, new object[] { 1 }); } catch (ArgumentException e) { Console.WriteLine("AE: " + e.GetType().Name); }
    try { t.GetMethod("Greet").Invoke(p, new object[0]); } catch (TargetParameterCountException) { Console.WriteLine("TPCE"); }
    var ctor = t.GetConstructor(new[] { typeof(string), typeof(int) }); var q = (Person)ctor.Invoke(new object[] { "Cid", 40 }); Console.WriteLine(q.Name + q.Age);
    object pt = new Point { X = 3, Y = 4 }; Console.WriteLine(typeof(Point).GetMethod("Sum").Invoke(pt, null) + " " + typeof(Point).GetField("X").GetValue(pt));
    Func<int, int> f = Twice; Console.WriteLine(f.DynamicInvoke(21) + " " + f.Method.Name);
    MethodInfo gm = typeof(P).GetMethod("Twice", BindingFlags.NonPublic | BindingFlags.Static); Console.WriteLine(gm + " " + gm.GetParameters()[0].Name + " " + gm.ReturnType);
    Console.WriteLine(typeof(Person).GetConstructors().Length + " " + typeof(string).GetMethod("Substring", new[] { typeof(int) }).Invoke("hello", new object[] { 2 }));
  }
}
