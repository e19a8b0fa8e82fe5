using System.Collections;
using System.Collections.Generic;

// ReferenceEqualityComparer: identity, never the type's Equals/GetHashCode,
// as a dictionary and set comparer, through both interfaces.
var cmp = ReferenceEqualityComparer.Instance;
Console.WriteLine(ReferenceEquals(cmp, ReferenceEqualityComparer.Instance));
var a = new Point(1, 2);
var b = new Point(1, 2);
Console.WriteLine($"a.Equals(b)={a.Equals(b)} cmp={cmp.Equals(a, b)} self={cmp.Equals(a, a)} nulls={cmp.Equals(null, null)} one-null={cmp.Equals(a, null)}");
Console.WriteLine($"hash matches RuntimeHelpers: {cmp.GetHashCode(a) == System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(a)} null hash {cmp.GetHashCode(null)}");
Console.WriteLine($"Point.GetHashCode called: {Point.HashCalls}");
var dict = new Dictionary<object, string>(ReferenceEqualityComparer.Instance) { [a] = "a", [b] = "b" };
Console.WriteLine($"dict count {dict.Count} a={dict[a]} b={dict[b]} has-new={dict.ContainsKey(new Point(1, 2))}");
var set = new HashSet<object>(ReferenceEqualityComparer.Instance) { a, b, a, "x", new string('x', 1) };
Console.WriteLine($"set count {set.Count}");
IEqualityComparer nonGeneric = cmp;
Console.WriteLine($"non-generic {nonGeneric.Equals(a, a)} {nonGeneric.Equals(a, b)} {nonGeneric.GetHashCode(a) == cmp.GetHashCode(a)}");
IEqualityComparer<object?> generic = cmp;
Console.WriteLine($"generic {generic.Equals(b, b)} {generic.Equals(b, a)}");
int boxed = 5;
Console.WriteLine($"boxed ints {cmp.Equals(boxed, boxed)}");
Console.WriteLine($"Point.GetHashCode called: {Point.HashCalls}");

class Point(int x, int y)
{
    public static int HashCalls;
    public int X { get; } = x;
    public int Y { get; } = y;
    public override bool Equals(object? o) => o is Point p && p.X == X && p.Y == Y;
    public override int GetHashCode() { HashCalls++; return X * 31 + Y; }
}
