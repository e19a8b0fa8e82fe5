// One-dimensional arrays of every element type: newarr, ldelem/stelem, ldelema (via ref), ldlen, initializers.
using System;

static class Arrays
{
    static void Inc(ref int x) { x++; }
    static void Scale(ref double x) { x *= 10; }
    static int Sum(int[] a) { int s = 0; for (int i = 0; i < a.Length; i++) s += a[i]; return s; }

    static void Main()
    {
        int[] ints = { 1, 2, 3, 4, 5, -6, int.MaxValue, int.MinValue };
        byte[] bytes = { 0, 1, 127, 128, 255 };
        sbyte[] sbytes = { -128, -1, 0, 127 };
        short[] shorts = { -32768, -1, 32767 };
        ushort[] ushorts = { 0, 65535, 1234 };
        uint[] uints = { 0, 0xffffffff, 0x80000000 };
        long[] longs = { long.MinValue, -1, 0, 1L << 40, long.MaxValue };
        ulong[] ulongs = { 0, ulong.MaxValue, 1UL << 63 };
        float[] floats = { 0.5f, -1.25f, 3f };
        double[] doubles = { 0.5, -1.25, 1e100, 3 };
        char[] chars = { 'h', 'e', 'l', 'l', 'o' };
        bool[] bools = { true, false, true, true };
        string[] strings = { "a", null, "ccc" };
        object[] objs = { 1, "two", 3.5, null, 'c' };

        Console.WriteLine(ints.Length + " " + Sum(ints));
        foreach (int x in ints) Console.Write(x + ","); Console.WriteLine();
        foreach (byte x in bytes) Console.Write(x + ","); Console.WriteLine();
        foreach (sbyte x in sbytes) Console.Write(x + ","); Console.WriteLine();
        foreach (short x in shorts) Console.Write(x + ","); Console.WriteLine();
        foreach (ushort x in ushorts) Console.Write(x + ","); Console.WriteLine();
        foreach (uint x in uints) Console.Write(x + ","); Console.WriteLine();
        foreach (long x in longs) Console.Write(x + ","); Console.WriteLine();
        foreach (ulong x in ulongs) Console.Write(x + ","); Console.WriteLine();
        foreach (float x in floats) Console.Write(x + ","); Console.WriteLine();
        foreach (double x in doubles) Console.Write(x + ","); Console.WriteLine();
        foreach (char x in chars) Console.Write(x); Console.WriteLine();
        foreach (bool x in bools) Console.Write(x + ","); Console.WriteLine();
        foreach (string x in strings) Console.Write("[" + x + "]"); Console.WriteLine();
        foreach (object x in objs) Console.Write("[" + x + "]"); Console.WriteLine();

        int[] z = new int[10];
        Console.WriteLine(z.Length + " " + z[0] + " " + z[9]);
        double[] dz = new double[3]; string[] sz = new string[2]; bool[] bz = new bool[2]; char[] cz = new char[2]; long[] lz = new long[2];
        Console.WriteLine(dz[1] + " " + (sz[1] == null) + " " + bz[0] + " " + (int)cz[1] + " " + lz[1]);
        for (int i = 0; i < z.Length; i++) z[i] = i * i;
        Inc(ref z[3]); Inc(ref z[3]);
        Scale(ref doubles[0]);
        Console.WriteLine(z[3] + " " + doubles[0]);
        bytes[4]++; bytes[0]--; sbytes[3]++; shorts[2] += 2; ushorts[1]++; chars[0]++; longs[4]++; ulongs[1]++; uints[1] += 2;
        floats[1] *= 2; bools[1] = !bools[1];
        Console.WriteLine(bytes[4] + " " + bytes[0] + " " + sbytes[3] + " " + shorts[2] + " " + ushorts[1] + " " + chars[0] + " " + longs[4] + " " + ulongs[1] + " " + uints[1] + " " + floats[1] + " " + bools[1]);
        int[] empty = new int[0];
        Console.WriteLine("empty " + empty.Length);
        int[] big = new int[100000];
        for (int i = 0; i < big.Length; i++) big[i] = i;
        long total = 0; foreach (int v in big) total += v;
        Console.WriteLine("big " + total);
        int[] copy = new int[5];
        Array.Copy(ints, 2, copy, 0, 5);
        foreach (int x in copy) Console.Write(x + " "); Console.WriteLine();
        Array.Copy(copy, 0, copy, 1, 4);
        foreach (int x in copy) Console.Write(x + " "); Console.WriteLine();
        object o = ints; Console.WriteLine(((int[])o)[1]);
        string[][] jag = { new string[] { "x" }, new string[] { "y", "z" } };
        Console.WriteLine(jag[1][1] + jag.Length + jag[1].Length);
        int idx = 0; int[] side = new int[3]; side[idx++] = idx; side[idx++] = idx * 10;
        Console.WriteLine(side[0] + " " + side[1] + " " + idx);
        long n = 3; int[] byLong = new int[n]; Console.WriteLine(byLong.Length);
        char[] abc = "abc".ToCharArray(); Console.WriteLine(abc.Length + " " + abc[2]);
        Console.WriteLine(new string(chars));
    }
}
