// mcs: -unsafe
// A pointer computed with int arithmetic in one block and dereferenced in
// another (after a switch): the slot holding it is read as a reference there,
// so it must not live only in a wasm local of the block that computed it.
using System;

static unsafe class Program
{
    static void Bitwise(int op, byte* a, byte* b, byte* r, int bytes)
    {
        for (int i = 0; i < bytes; i++)
        {
            byte x = a[i];
            byte y = op == 4 ? (byte)0 : b[i];
            byte* dst = r + i;
            int v;
            switch (op)
            {
                case 0: v = x & y; break;
                case 1: v = x | y; break;
                case 2: v = x ^ y; break;
                case 3: v = x & ~y; break;
                default: v = ~x; break;
            }
            *dst = (byte)v;
        }
    }

    static int Main()
    {
        byte* a = stackalloc byte[16];
        byte* b = stackalloc byte[16];
        byte* r = stackalloc byte[16];
        for (int i = 0; i < 16; i++) { a[i] = (byte)(i * 37 + 5); b[i] = (byte)(i * 11 + 200); }
        for (int op = 0; op < 5; op++)
        {
            long sum = 0;
            for (int round = 0; round < 300; round++)
            {
                Bitwise(op, a, b, r, 16);
                for (int i = 0; i < 16; i++) sum += r[i] * (i + 1);
            }
            Console.WriteLine("op " + op + ": " + sum + " first " + r[0] + " last " + r[15]);
        }
        return 0;
    }
}
