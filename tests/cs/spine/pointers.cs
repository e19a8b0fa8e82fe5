// mcs: -unsafe
// Unmanaged pointers: ldind.*/stind.* of every width, pointer arithmetic, stackalloc, fixed, sizeof.
using System;

unsafe static class Pointers
{
    struct Pair { public int A; public long B; }

    static void Main()
    {
        byte* buf = stackalloc byte[64];
        for (int i = 0; i < 64; i++) buf[i] = (byte)(i * 3);
        Console.WriteLine(buf[10] + " " + *(buf + 63));
        short* sp = (short*)buf; Console.WriteLine(sp[1]);
        int* ip = (int*)buf; Console.WriteLine(ip[2]);
        long* lp = (long*)buf; Console.WriteLine(lp[1]);
        *(int*)(buf + 8) = -1; Console.WriteLine(lp[1]);
        *(long*)(buf + 16) = long.MinValue; Console.WriteLine(*(long*)(buf + 16) + " " + buf[23]);
        *(double*)(buf + 24) = 1.5; Console.WriteLine(*(double*)(buf + 24) + " " + *(long*)(buf + 24));
        *(float*)(buf + 32) = -2.25f; Console.WriteLine(*(float*)(buf + 32) + " " + *(int*)(buf + 32));
        *(sbyte*)(buf + 40) = -5; Console.WriteLine(*(sbyte*)(buf + 40) + " " + buf[40]);
        *(ushort*)(buf + 42) = 65535; Console.WriteLine(*(short*)(buf + 42) + " " + *(ushort*)(buf + 42));
        *(char*)(buf + 44) = 'Q'; Console.WriteLine(*(char*)(buf + 44));
        *(uint*)(buf + 48) = 0xffffffff; Console.WriteLine(*(uint*)(buf + 48) + " " + *(int*)(buf + 48));
        *(ulong*)(buf + 56) = ulong.MaxValue; Console.WriteLine(*(ulong*)(buf + 56));
        int* p = ip; p++; p += 2; Console.WriteLine((long)(p - ip) + " " + (p > ip) + " " + (p == ip + 3));
        int[] arr = { 10, 20, 30, 40 };
        fixed (int* f = arr) { int s = 0; for (int* q = f; q < f + arr.Length; q++) s += *q; Console.WriteLine("fixed " + s); f[1] = 99; }
        Console.WriteLine(arr[1]);
        string str = "pin";
        fixed (char* cp = str) Console.WriteLine(cp[0] + "" + cp[2]);
        Console.WriteLine(sizeof(byte) + " " + sizeof(short) + " " + sizeof(int) + " " + sizeof(long) + " " + sizeof(double) + " " + sizeof(char) + " " + sizeof(bool));
        Pair pair; Pair* pp = &pair; pp->A = 7; pp->B = 8; Console.WriteLine(pair.A + pair.B);
        int local = 5; int* lpp = &local; *lpp += 10; Console.WriteLine(local);
        IntPtr ptr = (IntPtr)ip; Console.WriteLine(ptr == (IntPtr)buf);
        Console.WriteLine(IntPtr.Size == sizeof(IntPtr));
    }
}
