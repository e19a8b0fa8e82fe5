// Locals and arguments: many of each, ref/out parameters (ldarga/ldloca, ldind/stind of every type).
using System;

static class LocalsArgs
{
    static void Swap(ref int a, ref int b) { int t = a; a = b; b = t; }
    static void SwapL(ref long a, ref long b) { long t = a; a = b; b = t; }
    static void Bump(ref sbyte a, ref byte b, ref short c, ref ushort d, ref int e, ref uint f, ref long g, ref ulong h,
                     ref float i, ref double j, ref char k, ref bool l, ref string m)
    {
        a++; b++; c++; d++; e++; f++; g++; h++; i += 1; j += 1; k++; l = !l; m = m + "!";
    }
    static bool TryDivide(int a, int b, out int q, out int r)
    {
        if (b == 0) { q = 0; r = 0; return false; }
        q = a / b; r = a % b; return true;
    }
    static int Many(int a, long b, double c, float d, byte e, short f, char g, bool h, string i, int j, int k, int l)
    {
        return a + (int)b + (int)c + (int)d + e + f + g + (h ? 1 : 0) + i.Length + j + k + l;
    }
    static int ModifyArg(int x) { x = x * 2; x += 1; return x; }
    static void AddrOfArg(int x) { Inc(ref x); Inc(ref x); Console.WriteLine("arg after ref incs " + x); }
    static void Inc(ref int x) { x++; }
    static void IncTwice(ref int x) { Inc(ref x); Inc(ref x); }
    static void SetOut(out double d, out string s) { d = 2.5; s = "out-string"; }

    static void Main()
    {
        int a = 1, b = 2;
        Swap(ref a, ref b);
        Console.WriteLine(a + " " + b);
        long la = 10, lb = -20;
        SwapL(ref la, ref lb);
        Console.WriteLine(la + " " + lb);
        sbyte v1 = 127; byte v2 = 255; short v3 = -1; ushort v4 = 65535; int v5 = int.MaxValue; uint v6 = 7; long v7 = -1;
        ulong v8 = ulong.MaxValue; float v9 = 1.5f; double v10 = -0.5; char v11 = 'y'; bool v12 = false; string v13 = "s";
        Bump(ref v1, ref v2, ref v3, ref v4, ref v5, ref v6, ref v7, ref v8, ref v9, ref v10, ref v11, ref v12, ref v13);
        Console.WriteLine(v1 + " " + v2 + " " + v3 + " " + v4 + " " + v5 + " " + v6 + " " + v7 + " " + v8 + " " + v9 + " " + v10 + " " + v11 + " " + v12 + " " + v13);
        int q, r;
        Console.WriteLine(TryDivide(17, 5, out q, out r) + " " + q + " " + r);
        Console.WriteLine(TryDivide(17, 0, out q, out r) + " " + q + " " + r);
        Console.WriteLine(Many(1, 2, 3.9, 4.9f, 5, 6, 'A', true, "abc", 10, 11, 12));
        Console.WriteLine(ModifyArg(20));
        AddrOfArg(5);
        int z = 0; IncTwice(ref z); IncTwice(ref z); Console.WriteLine(z);
        double d; string s; SetOut(out d, out s); Console.WriteLine(d + " " + s);
        int l0 = 0, l1 = 1, l2 = 2, l3 = 3, l4 = 4, l5 = 5, l6 = 6, l7 = 7, l8 = 8, l9 = 9, l10 = 10, l11 = 11, l12 = 12;
        int l13 = 13, l14 = 14, l15 = 15, l16 = 16, l17 = 17, l18 = 18, l19 = 19, l20 = 20;
        for (int i = 0; i < 3; i++)
        {
            l0 += l20; l1 += l19; l2 += l18; l3 += l17; l4 += l16; l5 += l15; l6 += l14; l7 += l13; l8 += l12; l9 += l11;
            l10 += l0; l11 += l1; l12 += l2; l13 += l3; l14 += l4; l15 += l5; l16 += l6; l17 += l7; l18 += l8; l19 += l9; l20 += l10;
        }
        Console.WriteLine(l0 + " " + l5 + " " + l10 + " " + l15 + " " + l20 + " " + (l1 + l2 + l3 + l4 + l6 + l7 + l8 + l9 + l11 + l12 + l13 + l14 + l16 + l17 + l18 + l19));
        int uninit; uninit = 3; Console.WriteLine(uninit);
        string nul = null; Console.WriteLine(nul == null);
        Console.WriteLine("[" + nul + "]");
    }
}
