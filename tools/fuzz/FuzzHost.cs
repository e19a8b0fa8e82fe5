// FuzzHost.cs — the assembly tools/fuzz/fuzz.c translates mutated method
// bodies in: FuzzHost.Target's body is overwritten by each input, and the
// tokens in that IL resolve against the members below (fields, methods,
// generics, structs, delegates, arrays, exceptions), so the translator sees
// every kind of operand. Target's own body is long on purpose: it is the
// room a mutated body may fill, and (with the bodies of the other methods)
// a seed for the fuzzer.
using System;
using System.Collections.Generic;

public interface IShape { double Area(); }
public struct Point { public int X, Y; public Point(int x, int y) { X = x; Y = y; } public long Sum() { return X + Y; } }
public struct Big { public long A, B, C, D; public Point P; }
public class Base { public virtual int V(int x) { return x + 1; } public int field; public static string sfield = "s"; }
public sealed class Derived : Base, IShape { public override int V(int x) { return x * 2; } public double Area() { return field; } }
public delegate int Fn(int x);
public enum Color : byte { Red, Green, Blue }

public static class FuzzHost
{
    public static int counter;
    public static Point origin;
    public static object[] objects = new object[4];
    [ThreadStatic] public static int perThread;

    public static T Id<T>(T x) { return x; }
    public static int Twice(int x) { return x * 2; }
    public static long Wide(long a, double b, float c) { return a + (long)b + (long)c; }
    public static unsafe int Raw(int* p, byte* q) { return *p + *q; }
    public static ref int Slot(int[] a) { return ref a[0]; }

    public static int Target(int a, object b, string c)
    {
        int total = a;
        long wide = a * 3L;
        double d = a / 7.0;
        float f = (float)d;
        Point p = new Point(a, a + 1);
        Big big = new Big();
        big.P = p;
        big.A = wide;
        int[] ints = new int[a & 15];
        string[] strs = { c, "x", null };
        object[,] grid = new object[2, 2];
        List<int> list = new List<int>();
        Dictionary<string, int> dict = new Dictionary<string, int>();
        Base o = (a & 1) == 0 ? new Base() : new Derived();
        Fn fn = Twice;
        try
        {
            for (int i = 0; i < ints.Length; i++) { ints[i] = i * total; total += ints[i] ^ i; }
            foreach (string s in strs) if (s != null) total += s.Length;
            grid[1, 0] = b;
            grid[0, 1] = c;
            total += o.V(total) + fn(total) + Id(total) + Id<string>(c).Length;
            if (o is IShape) total += (int)((IShape)o).Area();
            Derived der = o as Derived;
            if (der != null) total += der.field;
            list.Add(total);
            dict[c ?? ""] = total;
            total += list.Count + dict.Count;
            wide = Wide(wide, d, f) + p.Sum() + big.P.X;
            checked { total += (int)(wide & 0xFFFF); }
            total += (byte)(Color)(total % 3);
            switch (total & 7)
            {
                case 0: total++; break;
                case 1: total--; break;
                case 2: total <<= 1; break;
                case 3: total >>= 1; break;
                case 4: total = -total; break;
                default: total ^= 0x55; break;
            }
            object boxed = total;
            total = (int)boxed + (b is int ? (int)b : 0);
            counter += total;
            origin.X = total;
            objects[total & 3] = boxed;
            perThread++;
            Slot(ints.Length > 0 ? ints : new int[1]) = total;
            string text = c + total.ToString() + Base.sfield;
            total += text.Length;
            Func<int, int> lambda = x => x + counter;
            total += lambda(total);
            unsafe
            {
                int local = total;
                byte by = (byte)total;
                total += Raw(&local, &by);
                int* buf = stackalloc int[4];
                buf[1] = total;
                total = buf[1];
            }
            if (total == int.MinValue) throw new InvalidOperationException("min");
        }
        catch (InvalidOperationException e) when (e.Message.Length > 0)
        {
            total = e.Message.Length;
        }
        catch (Exception)
        {
            total = -1;
        }
        finally
        {
            counter++;
        }
        using (var e = list.GetEnumerator()) while (e.MoveNext()) total += e.Current;
        lock (objects) total += objects.Length;
        return total + (int)wide + (int)d;
    }

    static void Main()
    {
        Console.WriteLine(Target(3, 4, "five"));
    }
}
