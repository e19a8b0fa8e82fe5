// Enums: every underlying type, ToString of values and [Flags] combinations, Parse, HasFlag,
// arithmetic and casts, enums in switch and as array elements, boxing to Enum.
using System;

enum Color { Red, Green, Blue }
enum Sparse : long { Small = -5, Big = 1L << 40, Zero = 0 }
enum Tiny : byte { A = 1, B = 2, C = 255 }
enum Signed : sbyte { Neg = -1, Pos = 1 }
enum Shorty : short { X = -300, Y = 300 }
enum UShorty : ushort { Max = 65535 }
enum UInty : uint { High = 0x80000000 }
enum ULongy : ulong { Top = 0xffffffffffffffff }
[Flags] enum Perm { None = 0, Read = 1, Write = 2, Exec = 4, ReadWrite = Read | Write, All = 7 }
[Flags] enum Bits { A = 1, B = 2, C = 4, D = 16 }

static class Program
{
    static string Describe(Color c)
    {
        switch (c) { case Color.Red: return "warm"; case Color.Blue: return "cool"; default: return "neutral"; }
    }

    static void Main()
    {
        Color c = Color.Green;
        Console.WriteLine(c + " " + (int)c + " " + c.ToString() + " " + Color.Blue);
        Console.WriteLine((Color)2 + " " + (Color)7 + " " + (Color)(-1));
        c++; Console.WriteLine(c + " " + (c == Color.Blue) + " " + (c > Color.Red));
        foreach (Color x in new[] { Color.Red, Color.Green, Color.Blue }) Console.Write(Describe(x) + " "); Console.WriteLine();
        Console.WriteLine(Sparse.Small + " " + Sparse.Big + " " + (long)Sparse.Big + " " + (Sparse)0);
        Console.WriteLine(Tiny.C + " " + (byte)Tiny.C + " " + Signed.Neg + " " + (sbyte)Signed.Neg + " " + Shorty.X + " " + UShorty.Max + " " + UInty.High + " " + ULongy.Top);
        Perm p = Perm.Read | Perm.Exec;
        Console.WriteLine(p + " | " + (Perm.Read | Perm.Write) + " | " + Perm.All + " | " + Perm.None + " | " + (Perm)8 + " | " + (Perm)9);
        Console.WriteLine((Bits.A | Bits.C | Bits.D) + " | " + (Bits)0 + " | " + (Bits)3 + " | " + (Bits)8);
        Console.WriteLine(p.HasFlag(Perm.Read) + " " + p.HasFlag(Perm.Write) + " " + p.HasFlag(Perm.None) + " " + Perm.All.HasFlag(Perm.ReadWrite));
        Console.WriteLine((p & Perm.Exec) != 0);
        p &= ~Perm.Read; Console.WriteLine(p);
        p ^= Perm.All; Console.WriteLine(p);
        Console.WriteLine((Color)Enum.Parse(typeof(Color), "Blue") + " " + (Perm)Enum.Parse(typeof(Perm), "Read, Write") + " " + (Color)Enum.Parse(typeof(Color), "green", true));
        Console.WriteLine((Color)Enum.Parse(typeof(Color), "1") + " " + (Perm)Enum.Parse(typeof(Perm), "6"));
        try { Enum.Parse(typeof(Color), "Purple"); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }
        Color parsed; Console.WriteLine(Enum.TryParse("Red", out parsed) + " " + parsed + " " + Enum.TryParse("Nope", out parsed));
        Console.WriteLine(Enum.IsDefined(typeof(Color), 1) + " " + Enum.IsDefined(typeof(Color), 5) + " " + Enum.IsDefined(typeof(Color), "Red"));
        string[] names = Enum.GetNames(typeof(Color)); Console.WriteLine(string.Join(",", names));
        Console.WriteLine(Enum.GetUnderlyingType(typeof(Tiny)).Name + " " + Enum.GetUnderlyingType(typeof(Sparse)).Name);
        Color[] arr = new Color[3]; arr[1] = Color.Blue;
        Console.WriteLine(arr[0] + " " + arr[1]);
        object boxed = Color.Blue; Enum e2 = Color.Green;
        Console.WriteLine(boxed + " " + e2 + " " + (boxed is Enum) + " " + (boxed is Color) + " " + (boxed is int) + " " + boxed.GetType().Name);
        Console.WriteLine(Color.Red.CompareTo(Color.Blue) < 0);
        Console.WriteLine(Color.Green.Equals(Color.Green) + " " + Color.Green.Equals(1) + " " + Color.Green.GetHashCode());
        Console.WriteLine(Tiny.A.ToString("D") + " " + Color.Blue.ToString("G") + " " + Perm.All.ToString("X") + " " + (Perm.Read | Perm.Exec).ToString("F"));
    }
}
