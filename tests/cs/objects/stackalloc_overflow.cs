// mcs: -unsafe
// stackalloc counts toward the stack limit: recursion taking 1 MB of localloc per
// frame ends with a stack overflow after a few frames (.NET: 8), while a loop calling
// a method that stackallocs 64 KB each time does not. Expected output from .NET 10.
using System;
unsafe class Program {
    static int Down(int n) {
        byte* p = stackalloc byte[1024 * 1024];
        p[0] = (byte)n; p[1024 * 1024 - 1] = 1;
        return Down(n + 1) + p[0];
    }
    static void Main() {
        // a loop that stackallocs in a callee many times must not overflow
        long sum = 0;
        for (int i = 0; i < 2000; i++) sum += Small(i);
        Console.WriteLine("small calls: " + sum);
        Console.WriteLine("start");
        Console.WriteLine(Down(0));
    }
    static int Small(int i) { byte* q = stackalloc byte[64 * 1024]; q[100] = (byte)i; return q[100]; }
}
