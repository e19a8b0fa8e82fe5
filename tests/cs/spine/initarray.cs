// Array initializers that the compiler emits as ldtoken + RuntimeHelpers.InitializeArray (FieldRVA data).
using System;

static class InitArray
{
    static readonly int[] Primes = { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53 };
    static readonly byte[] Bytes = { 0xde, 0xad, 0xbe, 0xef, 0, 1, 2, 3, 255, 254 };
    static readonly long[] Longs = { long.MinValue, -1, 0, 1, long.MaxValue, 0x0123456789abcdef };
    static readonly double[] Doubles = { 0.5, -2.25, 1e10, 3.125, -0.0625 };
    static readonly char[] Chars = { 'C', 'i', 'l', 'a', 'n', 't', 'r', 'o' };
    static readonly bool[] Bools = { true, false, false, true, true };
    static readonly short[] Shorts = { -1, 2, -3, 4, 32767, -32768 };
    static readonly float[] Floats = { 1.5f, -0.25f, 1024f };
    static readonly uint[] Uints = { 0xffffffff, 0x80000000, 1, 2, 3 };
    static readonly ulong[] Ulongs = { 0xffffffffffffffff, 1, 2 };
    static readonly sbyte[] Sbytes = { -128, 127, 0, -1, 1 };
    static readonly ushort[] Ushorts = { 65535, 0, 1, 2, 3 };

    static void Main()
    {
        Console.Write("primes"); foreach (int v in Primes) Console.Write(" " + v); Console.WriteLine();
        Console.Write("bytes"); foreach (byte v in Bytes) Console.Write(" " + v); Console.WriteLine();
        Console.Write("longs"); foreach (long v in Longs) Console.Write(" " + v); Console.WriteLine();
        Console.Write("doubles"); foreach (double v in Doubles) Console.Write(" " + v); Console.WriteLine();
        Console.Write("chars "); foreach (char v in Chars) Console.Write(v); Console.WriteLine();
        Console.Write("bools"); foreach (bool v in Bools) Console.Write(" " + v); Console.WriteLine();
        Console.Write("shorts"); foreach (short v in Shorts) Console.Write(" " + v); Console.WriteLine();
        Console.Write("floats"); foreach (float v in Floats) Console.Write(" " + v); Console.WriteLine();
        Console.Write("uints"); foreach (uint v in Uints) Console.Write(" " + v); Console.WriteLine();
        Console.Write("ulongs"); foreach (ulong v in Ulongs) Console.Write(" " + v); Console.WriteLine();
        Console.Write("sbytes"); foreach (sbyte v in Sbytes) Console.Write(" " + v); Console.WriteLine();
        Console.Write("ushorts"); foreach (ushort v in Ushorts) Console.Write(" " + v); Console.WriteLine();
        int[] local = { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0, -1, -2, -3 };
        int s = 0; for (int i = 0; i < local.Length; i++) s = s * 3 + local[i]; Console.WriteLine("local " + s);
        int[] again = { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0, -1, -2, -3 };
        again[0] = 100; Console.WriteLine(local[0] + " " + again[0]);
        Primes[0] = 1000; Console.WriteLine(Primes[0]);
        byte[] table = new byte[256]; for (int i = 0; i < 256; i++) table[i] = (byte)(i * 7);
        Console.WriteLine(table[37] + " " + table[255]);
    }
}
