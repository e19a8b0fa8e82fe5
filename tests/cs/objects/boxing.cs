// Boxing and unboxing: box/unbox/unbox.any for primitives and structs, Nullable<T> boxing rules
// (null HasValue=false boxes to null; a value boxes to the underlying type), bad unboxes.
using System;

struct S { public int V; public override string ToString() { return "S" + V; } }

static class Program
{
    static object Box<T>(T v) { return v; }
    static T Unbox<T>(object o) { return (T)o; }

    static void Main()
    {
        int i = 42; object o = i; i = 7;
        Console.WriteLine(o + " " + (int)o + " " + i + " " + o.GetType().Name);
        object d = 2.5; object c = 'x'; object b = true; object l = 5L; object by = (byte)3;
        Console.WriteLine(d + " " + c + " " + b + " " + l + " " + by + " " + d.GetType().Name + c.GetType().Name + b.GetType().Name + l.GetType().Name + by.GetType().Name);
        Console.WriteLine(o.Equals(42) + " " + o.Equals(42L) + " " + (o == (object)42) + " " + o.GetHashCode());
        try { long bad = (long)o; Console.WriteLine(bad); } catch (InvalidCastException) { Console.WriteLine("unbox int as long: InvalidCastException"); }
        try { int bad = (int)(object)null; Console.WriteLine(bad); } catch (NullReferenceException) { Console.WriteLine("unbox null: NullReferenceException"); }
        S s = new S { V = 1 }; object so = s; s.V = 2;
        Console.WriteLine(so + " " + s + " " + ((S)so).V);
        int? n1 = null; int? n2 = 5;
        object bn1 = n1, bn2 = n2;
        Console.WriteLine((bn1 == null) + " " + bn2 + " " + bn2.GetType().Name);
        int? back = (int?)bn2; int? backNull = (int?)bn1;
        Console.WriteLine(back + " " + backNull.HasValue);
        int? fromInt = (int?)(object)9; Console.WriteLine(fromInt.Value);
        int plain = (int)bn2; Console.WriteLine(plain);
        try { int bad = (int)bn1; Console.WriteLine(bad); } catch (NullReferenceException) { Console.WriteLine("unbox null nullable: NullReferenceException"); }
        Console.WriteLine((n1 + 1).HasValue + " " + (n2 + 1) + " " + (n2 * n2) + " " + (n1 ?? -1) + " " + (n2 ?? -1));
        Console.WriteLine((n1 == null) + " " + (n2 > 3) + " " + (n1 < 3) + " " + (n1 == n1) + " " + n2.Equals(5) + " " + n1.Equals(null));
        Console.WriteLine(Box(3).GetType().Name + " " + (Box<int?>(null) == null) + " " + Box<int?>(4).GetType().Name + " " + Unbox<int>(Box(11)) + " " + Unbox<int?>(null).HasValue);
        object[] arr = { 1, 2L, 3.0, 4f, "5", '6', (short)7, null };
        foreach (object x in arr) Console.Write((x == null ? "null" : x.GetType().Name) + ":" + x + " "); Console.WriteLine();
        IComparable cmp = 5; Console.WriteLine(cmp.CompareTo(3) + " " + cmp.CompareTo(5));
        ValueType vt = s; Console.WriteLine(vt + " " + (vt is S));
        bool? tri = null; Console.WriteLine((tri == true) + " " + (tri != false) + " " + (tri ?? false));
        decimal? nd = null; Console.WriteLine(nd.HasValue);
        int total = 0; object[] boxes = new object[100]; for (int k = 0; k < 100; k++) boxes[k] = k; foreach (object x in boxes) total += (int)x; Console.WriteLine(total);
    }
}
