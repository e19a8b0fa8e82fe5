// Structs holding references: in arrays, boxed, in List<T>, nested, copied; collections in between
// must keep every referenced object alive and update nothing wrongly.
using System;
using System.Collections.Generic;

struct Entry { public string Key; public int[] Data; public long Pad; public object Tag; }
struct Outer { public Entry A; public int X; public Entry B; }

static class Program
{
    static Entry Make(int i) { Entry e; e.Key = "k" + i; e.Data = new int[] { i, i * 2 }; e.Pad = i; e.Tag = (i % 2 == 0) ? (object)i : "t" + i; return e; }

    static void Main()
    {
        Entry[] arr = new Entry[20000];
        for (int i = 0; i < arr.Length; i++) arr[i] = Make(i);
        object[] boxes = new object[5000];
        for (int i = 0; i < boxes.Length; i++) boxes[i] = Make(i + 100000);
        List<Outer> outers = new List<Outer>();
        for (int i = 0; i < 5000; i++) { Outer o; o.A = Make(i); o.X = i; o.B = Make(-i); outers.Add(o); }
        for (int g = 0; g < 30; g++) { Entry[] junk = new Entry[3000]; for (int i = 0; i < junk.Length; i++) junk[i] = Make(i); }
        GC.Collect();
        long s = 0;
        foreach (Entry e in arr) s += e.Key.Length + e.Data[1] + e.Pad + (e.Tag is int ? (int)e.Tag : ((string)e.Tag).Length);
        Console.WriteLine("array " + s);
        s = 0;
        foreach (object b in boxes) { Entry e = (Entry)b; s += e.Data[0] + e.Key.Length; }
        Console.WriteLine("boxed " + s);
        s = 0;
        foreach (Outer o in outers) s += o.A.Data[1] + o.B.Data[1] + o.X + o.A.Key.Length + o.B.Key.Length;
        Console.WriteLine("list " + s);
        Entry local = Make(77); Entry copy = local;
        GC.Collect();
        Console.WriteLine(local.Key + " " + copy.Data[1] + " " + copy.Tag);
        KeyValuePair<string, List<int>>[] kvs = new KeyValuePair<string, List<int>>[1000];
        for (int i = 0; i < kvs.Length; i++) kvs[i] = new KeyValuePair<string, List<int>>("kv" + i, new List<int> { i });
        GC.Collect();
        long t = 0; foreach (var kv in kvs) t += kv.Key.Length + kv.Value[0]; Console.WriteLine("kvs " + t);
    }
}
