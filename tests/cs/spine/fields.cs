// Static and instance fields of every primitive type (and string/object), default values, ldflda/ldsflda via ref.
using System;

class Holder
{
    public sbyte sb; public byte b; public short s; public ushort us; public int i; public uint ui;
    public long l; public ulong ul; public float f; public double d; public char c; public bool z; public string str; public object o;
    public static sbyte Ssb; public static byte Sb; public static short Ss; public static ushort Sus; public static int Si; public static uint Sui;
    public static long Sl; public static ulong Sul; public static float Sf; public static double Sd; public static char Sc; public static bool Sz; public static string Sstr;
    public static int Counter = 100;
    public const int Answer = 42;
    public readonly int ro = 7;
    public Holder next;

    public override string ToString()
    {
        return sb + " " + b + " " + s + " " + us + " " + i + " " + ui + " " + l + " " + ul + " " + f + " " + d + " " + (int)c + " " + z + " [" + str + "] " + (o == null);
    }
    public static string Statics()
    {
        return Ssb + " " + Sb + " " + Ss + " " + Sus + " " + Si + " " + Sui + " " + Sl + " " + Sul + " " + Sf + " " + Sd + " " + (int)Sc + " " + Sz + " [" + Sstr + "]";
    }
}

static class Fields
{
    static void Twice(ref int x) { x *= 2; }
    static void Add(ref double x, double y) { x += y; }

    static void Main()
    {
        Holder h = new Holder();
        Console.WriteLine(h);
        Console.WriteLine(Holder.Statics());
        h.sb = -128; h.b = 255; h.s = -32768; h.us = 65535; h.i = int.MinValue; h.ui = uint.MaxValue;
        h.l = long.MinValue; h.ul = ulong.MaxValue; h.f = 1.25f; h.d = -2.5; h.c = 'Z'; h.z = true; h.str = "hi"; h.o = h;
        Console.WriteLine(h);
        Holder.Ssb = 127; Holder.Sb = 1; Holder.Ss = 32767; Holder.Sus = 1; Holder.Si = int.MaxValue; Holder.Sui = 1;
        Holder.Sl = long.MaxValue; Holder.Sul = 1; Holder.Sf = -0.5f; Holder.Sd = 1e10; Holder.Sc = 'a'; Holder.Sz = true; Holder.Sstr = "static";
        Console.WriteLine(Holder.Statics());
        h.b += 1; h.s -= 1; h.i -= 1; h.l -= 1; h.ui += 2; h.sb--;
        Console.WriteLine(h);
        Twice(ref h.i); Twice(ref Holder.Si); Twice(ref Holder.Counter);
        Add(ref h.d, 10); Add(ref Holder.Sd, 0.5);
        Console.WriteLine(h.i + " " + Holder.Si + " " + Holder.Counter + " " + h.d + " " + Holder.Sd);
        Console.WriteLine(Holder.Answer + " " + h.ro);
        Holder chain = null;
        for (int k = 0; k < 5; k++) { Holder n = new Holder(); n.i = k; n.next = chain; chain = n; }
        int sum = 0; for (Holder p = chain; p != null; p = p.next) sum = sum * 10 + p.i;
        Console.WriteLine(sum);
        Holder.Counter++; Holder.Counter += 5; Console.WriteLine(Holder.Counter);
        h.c++; Console.WriteLine(h.c);
        h.f *= 4; Console.WriteLine(h.f);
    }
}
