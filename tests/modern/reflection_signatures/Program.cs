// How .NET prints members: MethodInfo/ConstructorInfo/PropertyInfo/FieldInfo/
// EventInfo/ParameterInfo.ToString with by-ref (ref/out/in), pointer, array,
// generic and nested types; and MethodBase.Invoke with by-ref arguments
// (null passes default(T); the callee's writes come back in the array).
using System.Reflection;

var flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
foreach (var m in typeof(Sigs).GetMethods(flags).OrderBy(m => m.Name))
{
    Console.WriteLine(m.ToString());
    foreach (var p in m.GetParameters()) Console.WriteLine("    " + p.ToString());
}
foreach (var c in typeof(Sigs).GetConstructors(flags).OrderBy(c => c.GetParameters().Length)) Console.WriteLine(c.ToString());
foreach (var f in typeof(Sigs).GetFields(flags).OrderBy(f => f.Name)) Console.WriteLine(f.ToString());
foreach (var p in typeof(Sigs).GetProperties(flags).OrderBy(p => p.Name)) Console.WriteLine(p.ToString());
foreach (var e in typeof(Sigs).GetEvents(flags).OrderBy(e => e.Name)) Console.WriteLine(e.ToString());
Console.WriteLine(typeof(Sigs).GetMethod("Gen")!.MakeGenericMethod(typeof(string), typeof(int)).ToString());
Console.WriteLine(typeof(Sigs).GetMethod("Gen")!.MakeGenericMethod(typeof(Sigs.Inner), typeof(List<int>)).ToString());
Console.WriteLine(typeof(List<int>).GetMethod("Add")!.ToString());
Console.WriteLine(typeof(Dictionary<string, int>).GetMethod("TryGetValue")!.ToString());
Console.WriteLine(typeof(Box<>).GetMethod("Get")!.ToString());
Console.WriteLine(typeof(Box<double>).GetMethod("Get")!.ToString());
Console.WriteLine(typeof(int).GetMethod("TryParse", new[] { typeof(string), typeof(int).MakeByRefType() })!.ToString());

// ---- Invoke with by-ref parameters ----
var set = typeof(Sigs).GetMethod("SetOut")!;
object?[] argv = { 5, null };
set.Invoke(null, argv);
Console.WriteLine($"out written back: {argv[1]}");
var inc = typeof(Sigs).GetMethod("Increment")!;
argv = new object?[] { null };
inc.Invoke(null, argv);
Console.WriteLine($"ref from null: {argv[0]} ({argv[0]?.GetType().Name})");
argv = new object?[] { 41 };
inc.Invoke(null, argv);
Console.WriteLine($"ref from 41: {argv[0]}");
var app = typeof(Sigs).GetMethod("AppendRef")!;
argv = new object?[] { null };
app.Invoke(null, argv);
Console.WriteLine($"string ref from null: '{argv[0]}'");
var pt = typeof(Sigs).GetMethod("MovePoint")!;
argv = new object?[] { null };
pt.Invoke(null, argv);
Console.WriteLine($"struct ref from null: {argv[0]}");
var rd = typeof(Sigs).GetMethod("ReadIn")!;
Console.WriteLine($"in from null: {rd.Invoke(null, new object?[] { null })}");
int parsed = 0;
argv = new object?[] { "123", null };
Console.WriteLine($"int.TryParse via reflection: {typeof(int).GetMethod("TryParse", new[] { typeof(string), typeof(int).MakeByRefType() })!.Invoke(null, argv)} {argv[1]}");
try { inc.Invoke(null, new object?[] { "x" }); }
catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }

public struct Pt { public int X, Y; public override string ToString() => $"({X},{Y})"; }

public class Box<T> { public T Get(T[] items, ref T item) => item; }

public unsafe class Sigs
{
    public class Inner { }
    public struct NestedStruct { }
    public int Field;
    public string? Text;
    public static List<string>? Names;
    public Inner? InnerField;
    public int* Ptr;
    public string this[int i, string s] { get => s; }
    public Dictionary<string, List<int>>? Map { get; set; }
    public Inner? InnerProp { get; set; }
    public event EventHandler? Plain;
    public event Action<int, string>? Generic;
    public event EventHandler<ConsoleCancelEventArgs>? Typed;

    public Sigs() { }
    public Sigs(ref int a, string b, params object[] rest) { }

    public static void SetOut(int a, out int b) { b = a * 2; }
    public static void Increment(ref int x) { x++; }
    public static void AppendRef(ref string s) { s = s + "!"; }
    public static void MovePoint(ref Pt p) { p.X += 1; p.Y -= 1; }
    public static int ReadIn(in int x) => x + 100;
    public static void ByRefs(ref int a, out string b, in DateTime c, ref Inner d, ref int[] e, ref List<int> f) { b = ""; }
    public static int* Pointers(int* a, void* b, byte** c, Pt* d, ref int* e) => a;
    public static void Arrays(int[] a, string[,] b, int[][] c, Inner[] d, Pt[] e, List<int>[] f, object[] g) { }
    public static T2 Gen<T1, T2>(T1 a, ref T2 b, List<T1> c, T2[] d) where T2 : new() => b;
    public static void Nested(Inner a, NestedStruct b, Inner? c, NestedStruct? d, int? e, List<Inner> f) { }
    public static decimal Misc(object a, string b, decimal c, TypedReference d, nint e, nuint f, char g, IntPtr h) => c;
    public static void Tuples((int, string) a, ValueTuple<int> b, Func<int, Task<string>> c, Action d) { }
    private static void Hidden(ref readonly int a) { }
}
