// int32 arithmetic: every operator, wrap-around, division/remainder signs and edge cases.
using System;

static class ArithInt
{
    // Non-inlinable sources so the compiler cannot constant-fold.
    static int V(int x) { return x; }

    static void Div(int a, int b)
    {
        try { Console.WriteLine(a + " / " + b + " = " + (a / b)); }
        catch (Exception e) { Console.WriteLine(a + " / " + b + " -> " + e.GetType().Name); }
        try { Console.WriteLine(a + " % " + b + " = " + (a % b)); }
        catch (Exception e) { Console.WriteLine(a + " % " + b + " -> " + e.GetType().Name); }
    }

    static void Main()
    {
        int[] vals = { 0, 1, -1, 2, -2, 7, -7, 13, 100, int.MaxValue, int.MinValue, int.MaxValue - 1, int.MinValue + 1 };
        foreach (int a in vals)
            foreach (int b in vals)
            {
                Console.WriteLine(a + " " + b + " add=" + (a + b) + " sub=" + (a - b) + " mul=" + (a * b));
                Div(a, b);
            }
        int x = V(5);
        x += 3; Console.WriteLine(x);
        x -= 10; Console.WriteLine(x);
        x *= -7; Console.WriteLine(x);
        x /= 3; Console.WriteLine(x);
        x %= 4; Console.WriteLine(x);
        x++; Console.WriteLine(x);
        x--; x--; Console.WriteLine(x);
        Console.WriteLine(-V(int.MinValue));
        Console.WriteLine(-V(5));
        Console.WriteLine(+V(5));
        Console.WriteLine(V(int.MaxValue) + 1);
        Console.WriteLine(V(int.MinValue) - 1);
        Console.WriteLine(V(65536) * V(65536));
        Console.WriteLine(V(46341) * V(46341));
        short s = (short)V(32767); s++; Console.WriteLine(s);
        sbyte sb = (sbyte)V(127); sb++; Console.WriteLine(sb);
        byte by = (byte)V(255); by++; Console.WriteLine(by);
        ushort us = (ushort)V(0); us--; Console.WriteLine(us);
        char c = (char)V(65); c++; Console.WriteLine(c);
        int i = 0; int j = i++ + ++i; Console.WriteLine(i + " " + j);
    }
}
