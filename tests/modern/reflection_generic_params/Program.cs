// Generic parameters through reflection: names, positions, owners, constraints,
// variance, member types of open definitions, round trips (docs/corlib.md).
using System.Collections;
using System.Reflection;
interface IShape { double Area(); }
class Base<TB> { public TB? Item; public virtual TB? Get() => Item; }
class Derived<TD, TE> : Base<List<TD>>, IEnumerable<TE> where TD : struct, IComparable<TD> where TE : class, IShape, new()
{
    public Dictionary<TD, TE[]>? Map { get; set; }
    public event Action<TD>? Changed;
    public IEnumerator<TE> GetEnumerator() { yield break; }
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    public TR Convert<TR, TS>(TS s, Func<TS, TR> f) where TR : notnull => f(s);
    public class Inner<TI> { public (TD, TI)? Pair; }
    public void Raise(TD d) => Changed?.Invoke(d);
}
interface IVariant<in TIn, out TOut> { TOut Map(TIn x); }
static class Program {
  static string D(Type t) => $"{t.Name}|{t}|{t.FullName ?? "null"}|gp={t.IsGenericParameter}|tp={(t.IsGenericParameter && t.IsGenericTypeParameter)}|mp={(t.IsGenericParameter && t.IsGenericMethodParameter)}|def={t.IsGenericTypeDefinition}|gen={t.IsGenericType}|cgp={t.ContainsGenericParameters}";
  static void Params(Type def) {
    foreach (var a in def.GetGenericArguments()) {
      Console.WriteLine("  " + D(a) + $" pos={a.GenericParameterPosition} decl={a.DeclaringType} ns={a.Namespace} base={a.BaseType} attrs={a.GenericParameterAttributes}");
      Console.WriteLine("    constraints: " + string.Join(", ", a.GetGenericParameterConstraints().Select(c => c.ToString())));
    }
  }
  static void Main() {
    var d = typeof(Derived<,>);
    Console.WriteLine(D(d)); Params(d);
    Console.WriteLine("base: " + D(d.BaseType!));
    Console.WriteLine("base arg: " + D(d.BaseType!.GetGenericArguments()[0]));
    foreach (var i in d.GetInterfaces().OrderBy(i => i.Name)) Console.WriteLine("iface: " + D(i));
    var p = d.GetProperty("Map")!; Console.WriteLine("prop: " + D(p.PropertyType) + " " + p);
    var e = d.GetEvent("Changed")!; Console.WriteLine("event: " + D(e.EventHandlerType!) + " " + e);
    var m = d.GetMethod("Convert")!; Console.WriteLine("method: " + m + " def=" + m.IsGenericMethodDefinition + " cgp=" + m.ContainsGenericParameters);
    foreach (var a in m.GetGenericArguments()) Console.WriteLine("  " + D(a) + $" pos={a.GenericParameterPosition} declm={a.DeclaringMethod?.Name} decl={a.DeclaringType} attrs={a.GenericParameterAttributes}");
    foreach (var pa in m.GetParameters()) Console.WriteLine("  param " + pa.Name + ": " + D(pa.ParameterType));
    Console.WriteLine("ret: " + D(m.ReturnType));
    var inner = d.GetNestedType("Inner`1")!; Console.WriteLine("inner: " + D(inner)); Params(inner);
    Console.WriteLine("pair: " + D(inner.GetField("Pair")!.FieldType));
    var v = typeof(IVariant<,>); Params(v);
    Console.WriteLine("roundtrip type: " + (d.MakeGenericType(d.GetGenericArguments()) == d));
    Console.WriteLine("roundtrip method: " + (m.MakeGenericMethod(m.GetGenericArguments()) == m));
    var closed = typeof(Derived<int, Sq>);
    Console.WriteLine("closed: " + D(closed) + " " + closed.GetGenericTypeDefinition().GetGenericArguments()[0].Name);
    Console.WriteLine("closed conv: " + closed.GetMethod("Convert"));
    var cm = closed.GetMethod("Convert")!.GetGenericArguments()[0];
    Console.WriteLine("closed method arg: " + D(cm) + " " + cm.DeclaringMethod!.DeclaringType);
    Console.WriteLine("list add: " + typeof(List<>).GetMethod("Add")!.GetParameters()[0].ParameterType.Name);
    Console.WriteLine("list enum: " + D(typeof(List<>).GetMethod("GetEnumerator")!.ReturnType));
    Console.WriteLine("dict enum: " + D(typeof(Dictionary<,>.Enumerator)));
    Console.WriteLine("select: " + typeof(Enumerable).GetMethods().Where(x => x.Name == "Select").First());
    Console.WriteLine("open over param: " + D(typeof(IEnumerable<>).MakeGenericType(d.GetGenericArguments()[1])));
    Console.WriteLine("array of param: " + D(d.GetGenericArguments()[0].MakeArrayType()));
    Console.WriteLine("same param: " + (typeof(List<>).GetGenericArguments()[0] == typeof(List<>).GetMethod("Add")!.GetParameters()[0].ParameterType));
    Console.WriteLine("other def: " + (typeof(List<>).GetGenericArguments()[0] == typeof(IList<>).GetGenericArguments()[0]));
    try { Console.WriteLine(typeof(int).GenericParameterPosition); } catch (InvalidOperationException ex) { Console.WriteLine("IOE: " + ex.Message); }
    try { Console.WriteLine(typeof(int).GetGenericParameterConstraints().Length); } catch (InvalidOperationException ex) { Console.WriteLine("IOE: " + ex.Message); }
    Console.WriteLine("aqn: " + (d.GetGenericArguments()[0].AssemblyQualifiedName ?? "null"));
    var x = new Derived<int, Sq>(); int got = 0; x.Changed += v2 => got = v2; x.Raise(7); Console.WriteLine("runs: " + got + " " + x.Convert<string, int>(5, i => "n" + i));
  }
}
class Sq : IShape { public double Area() => 1; }
