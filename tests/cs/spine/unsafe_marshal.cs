// mcs: -unsafe
using System;
using System.Runtime.InteropServices;
unsafe static class P {
  struct S { public int A; public long B; public fixed byte Buf[8]; }
  static int SumPtr(int* p, int n) { int s = 0; for (int i = 0; i < n; i++) s += *(p + i); return s; }
  static void Main() {
    int[] arr = { 1, 2, 3, 4, 5 };
    fixed (int* p = arr) { Console.WriteLine(SumPtr(p, arr.Length)); p[0] = 100; }
    Console.WriteLine(arr[0]);
    int* st = stackalloc int[10]; for (int i = 0; i < 10; i++) st[i] = i * i; Console.WriteLine(SumPtr(st, 10));
    S s = new S(); s.A = 7; s.Buf[3] = 9; S* ps = &s; ps->B = 42; Console.WriteLine(s.A + " " + s.B + " " + s.Buf[3] + " " + sizeof(S) + " " + sizeof(long));
    string str = "hello"; fixed (char* c = str) { Console.WriteLine(c[1] + " " + (int)c[5]); }
    long l = 0x0102030405060708; byte* b = (byte*)&l; Console.WriteLine(b[0] + " " + b[7]);
    double d = 1.5; long bits = *(long*)&d; Console.WriteLine(bits.ToString("X") + " " + BitConverter.DoubleToInt64Bits(d).ToString("X"));
    IntPtr ip = new IntPtr(p0()); Console.WriteLine(ip == IntPtr.Zero);
    var h = GCHandle.Alloc(arr, GCHandleType.Pinned); int* hp = (int*)h.AddrOfPinnedObject(); Console.WriteLine(hp[4]); h.Free();
    Console.WriteLine(Marshal.SizeOf(typeof(int)));
  }
  static int p0() { return 0; }
}
