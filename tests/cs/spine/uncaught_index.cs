// An unhandled IndexOutOfRangeException.
using System;

static class UncaughtIndex
{
    static void Main()
    {
        int[] a = new int[4];
        for (int i = 0; i <= a.Length; i++) { a[i] = i; Console.WriteLine(i); }
    }
}
