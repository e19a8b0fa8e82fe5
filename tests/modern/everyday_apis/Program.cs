// Everyday shapes together: generic math, stackalloc and span parsing, unsafe
// pointers, ref locals into arrays, ToLookup/GroupJoin/Zip, the messages of the
// common runtime exceptions, nullable arithmetic, intrinsics, interpolation
// handlers, static abstract members, Latin-1.
using System.Runtime.Intrinsics;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.CompilerServices;
using System.Text;

Console.WriteLine(Sum<int>([1, 2, 3]) + " " + Sum<double>([0.5, 0.25]));
Span<int> buf = stackalloc int[8];
for (int i = 0; i < buf.Length; i++) buf[i] = i * i;
Console.WriteLine(string.Join(",", buf.Slice(2, 3).ToArray()));
ReadOnlySpan<char> line = "key = value ; other=2";
foreach (var part in line.Split(';')) { var seg = line[part].Trim(); int eq = seg.IndexOf('='); Console.WriteLine($"[{seg[..eq].Trim()}]=[{seg[(eq+1)..].Trim()}]"); }
unsafe { int x = 5; int* px = &x; *px += 10; Console.WriteLine(x + " " + sizeof(Pt) + " " + Marshal.SizeOf<Pt>()); }
var pts = new Pt[] { new(1, 2), new(3, 4) };
ref Pt r = ref pts[1]; r.X = 30;
Console.WriteLine(pts[1] + " " + MemoryMarshal.Cast<Pt, int>(pts).Length);
var people = new[] { ("ann", 3), ("bob", 1), ("cy", 3), ("di", 2) };
var lookup = people.ToLookup(p => p.Item2, p => p.Item1);
Console.WriteLine(string.Join(";", lookup.OrderBy(g => g.Key).Select(g => g.Key + ":" + string.Join("+", g))));
var depts = new[] { (1, "eng"), (2, "ops") };
var emps = new[] { ("ann", 1), ("bob", 2), ("cy", 1) };
foreach (var j in depts.GroupJoin(emps, d => d.Item1, e => e.Item2, (d, es) => $"{d.Item2}={es.Count()}")) Console.Write(j + " ");
Console.WriteLine(string.Join(",", Enumerable.Range(1, 3).Zip(new[] { "a", "b", "c" }, (n, s) => s + n)));
Console.WriteLine(string.Join(",", new[] { new[] { 1, 2 }, new[] { 3 } }.SelectMany(a => a).Reverse()));
try { checked { int big = int.MaxValue; big++; } } catch (OverflowException e) { Console.WriteLine(e.Message); }
try { object o = "s"; var i = (int)o; } catch (InvalidCastException e) { Console.WriteLine(e.Message); }
try { int[] a = new int[2]; a[5] = 1; } catch (IndexOutOfRangeException e) { Console.WriteLine(e.Message); }
try { string? s = null; _ = s!.Length; } catch (NullReferenceException e) { Console.WriteLine(e.Message); }
try { _ = 1 / int.Parse("0"); } catch (DivideByZeroException e) { Console.WriteLine(e.Message); }
try { throw new ArgumentOutOfRangeException("count", 5, "too big"); } catch (Exception e) { Console.WriteLine(e.Message); }
try { ArgumentNullException.ThrowIfNull((object?)null, "thing"); } catch (Exception e) { Console.WriteLine(e.Message); }
try { new List<int>().First(); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
try { var d = new Dictionary<string,int>(); d.Add("a", 1); d.Add("a", 2); } catch (Exception e) { Console.WriteLine(e.Message); }
try { int.Parse("x1"); } catch (Exception e) { Console.WriteLine(e.Message); }
int? n = null; Console.WriteLine((n ?? 7) + " " + n.HasValue + " " + (n + 1 == null));
Console.WriteLine(BitOperations.PopCount(255u) + " " + BitOperations.Log2(1024) + " " + int.RotateLeft(1, 33));
Console.WriteLine(Vector128.Create(1, 2, 3, 4) + Vector128.Create(10));
var h = new DefaultInterpolatedStringHandler(2, 1); h.AppendLiteral("v="); h.AppendFormatted(3.5, "F1"); Console.WriteLine(h.ToStringAndClear());
Console.WriteLine(Shape.Create<Circle>().Area().ToString("F3"));
Console.WriteLine(Unsafe.SizeOf<long>() + " " + RuntimeHelpers.IsReferenceOrContainsReferences<Pt>());
var enc = Encoding.GetEncoding("iso-8859-1"); Console.WriteLine(enc.GetBytes("é")[0] + " " + Encoding.Latin1.WebName);

static T Sum<T>(T[] xs) where T : INumber<T> { T s = T.Zero; foreach (var x in xs) s += x; return s; }
[StructLayout(LayoutKind.Sequential)] record struct Pt(int X, int Y);
interface Shape { static abstract Shape Make(); double Area(); static T Create<T>() where T : Shape => (T)T.Make(); }
class Circle : Shape { public static Shape Make() => new Circle(); public double Area() => Math.PI; }
