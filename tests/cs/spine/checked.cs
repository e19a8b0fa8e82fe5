// Checked arithmetic (add.ovf, sub.ovf, mul.ovf and .un forms) and conv.ovf.* throwing OverflowException.
using System;

static class Checked
{
    static int I(int x) { return x; }
    static long L(long x) { return x; }
    static uint U(uint x) { return x; }
    static ulong UL(ulong x) { return x; }
    static double D(double x) { return x; }

    static string Name(int k) { string name; Run(k, out name, false); return name; }
    static string Run(int k) { string name; return Run(k, out name, true); }

    // One case per checked operation; the switch keeps this test free of delegates.
    static string Run(int k, out string name, bool eval)
    {
        name = "?";
        if (!eval)
        {
            switch (k)
            {
                case 0: name = "int max+1"; return null;
                case 1: name = "int min-1"; return null;
                case 2: name = "int max*2"; return null;
                case 3: name = "int min*-1"; return null;
                case 4: name = "int 46340^2"; return null;
                case 5: name = "int 46341^2"; return null;
                case 6: name = "int -min"; return null;
                case 7: name = "int ok"; return null;
                case 8: name = "long max+1"; return null;
                case 9: name = "long min-1"; return null;
                case 10: name = "long big*big"; return null;
                case 11: name = "long 3037000499^2"; return null;
                case 12: name = "long min*-1"; return null;
                case 13: name = "uint 0-1"; return null;
                case 14: name = "uint max+1"; return null;
                case 15: name = "uint 65536^2"; return null;
                case 16: name = "uint 65535^2"; return null;
                case 17: name = "ulong 0-1"; return null;
                case 18: name = "ulong max+1"; return null;
                case 19: name = "ulong 2^32*2^32"; return null;
                case 20: name = "ulong 2^32*(2^32-1)"; return null;
                case 21: name = "conv int->sbyte 127"; return null;
                case 22: name = "conv int->sbyte 128"; return null;
                case 23: name = "conv int->sbyte -129"; return null;
                case 24: name = "conv int->byte -1"; return null;
                case 25: name = "conv int->byte 255"; return null;
                case 26: name = "conv int->short 32768"; return null;
                case 27: name = "conv int->ushort 65535"; return null;
                case 28: name = "conv int->ushort 65536"; return null;
                case 29: name = "conv int->char -1"; return null;
                case 30: name = "conv int->uint -1"; return null;
                case 31: name = "conv int->ulong -1"; return null;
                case 32: name = "conv uint->int max"; return null;
                case 33: name = "conv uint->int 2^31-1"; return null;
                case 34: name = "conv long->int 2^31"; return null;
                case 35: name = "conv long->int -2^31"; return null;
                case 36: name = "conv long->uint 2^32"; return null;
                case 37: name = "conv long->ulong -1"; return null;
                case 38: name = "conv ulong->long max"; return null;
                case 39: name = "conv ulong->int 5"; return null;
                case 40: name = "conv double->int 2147483647.5"; return null;
                case 41: name = "conv double->int 2147483648"; return null;
                case 42: name = "conv double->int -2147483648.5"; return null;
                case 43: name = "conv double->int -2147483649"; return null;
                case 44: name = "conv double->int NaN"; return null;
                case 45: name = "conv double->int inf"; return null;
                case 46: name = "conv double->uint -0.5"; return null;
                case 47: name = "conv double->uint -1"; return null;
                case 48: name = "conv double->uint 4294967295.5"; return null;
                case 49: name = "conv double->long 9.2e18"; return null;
                case 50: name = "conv double->long 9.3e18"; return null;
                case 51: name = "conv double->ulong 1.8e19"; return null;
                case 52: name = "conv double->ulong 1.9e19"; return null;
                case 53: name = "conv double->byte 255.9"; return null;
                case 54: name = "conv double->byte 256"; return null;
                case 55: name = "conv double->sbyte -128.9"; return null;
                case 56: name = "conv float->int 3e9"; return null;
                case 57: name = "conv float->long 1e10"; return null;
            }
            return null;
        }
        switch (k)
        {
            case 0: return checked(I(int.MaxValue) + 1).ToString();
            case 1: return checked(I(int.MinValue) - 1).ToString();
            case 2: return checked(I(int.MaxValue) * 2).ToString();
            case 3: return checked(I(int.MinValue) * -1).ToString();
            case 4: return checked(I(46340) * I(46340)).ToString();
            case 5: return checked(I(46341) * I(46341)).ToString();
            case 6: return checked(-I(int.MinValue)).ToString();
            case 7: return checked(I(1000) * 1000 + 5 - 3).ToString();
            case 8: return checked(L(long.MaxValue) + 1).ToString();
            case 9: return checked(L(long.MinValue) - 1).ToString();
            case 10: return checked(L(3037000500) * L(3037000500)).ToString();
            case 11: return checked(L(3037000499) * L(3037000499)).ToString();
            case 12: return checked(L(long.MinValue) * -1).ToString();
            case 13: return checked(U(0) - 1).ToString();
            case 14: return checked(U(uint.MaxValue) + 1).ToString();
            case 15: return checked(U(65536) * U(65536)).ToString();
            case 16: return checked(U(65535) * U(65535)).ToString();
            case 17: return checked(UL(0) - 1).ToString();
            case 18: return checked(UL(ulong.MaxValue) + 1).ToString();
            case 19: return checked(UL(4294967296) * UL(4294967296)).ToString();
            case 20: return checked(UL(4294967296) * UL(4294967295)).ToString();
            case 21: return checked((sbyte)I(127)).ToString();
            case 22: return checked((sbyte)I(128)).ToString();
            case 23: return checked((sbyte)I(-129)).ToString();
            case 24: return checked((byte)I(-1)).ToString();
            case 25: return checked((byte)I(255)).ToString();
            case 26: return checked((short)I(32768)).ToString();
            case 27: return checked((ushort)I(65535)).ToString();
            case 28: return checked((ushort)I(65536)).ToString();
            case 29: return ((int)checked((char)I(-1))).ToString();
            case 30: return checked((uint)I(-1)).ToString();
            case 31: return checked((ulong)I(-1)).ToString();
            case 32: return checked((int)U(uint.MaxValue)).ToString();
            case 33: return checked((int)U(int.MaxValue)).ToString();
            case 34: return checked((int)L(2147483648)).ToString();
            case 35: return checked((int)L(-2147483648)).ToString();
            case 36: return checked((uint)L(4294967296)).ToString();
            case 37: return checked((ulong)L(-1)).ToString();
            case 38: return checked((long)UL(ulong.MaxValue)).ToString();
            case 39: return checked((int)UL(5)).ToString();
            case 40: return checked((int)D(2147483647.5)).ToString();
            case 41: return checked((int)D(2147483648.0)).ToString();
            case 42: return checked((int)D(-2147483648.5)).ToString();
            case 43: return checked((int)D(-2147483649.0)).ToString();
            case 44: return checked((int)D(double.NaN)).ToString();
            case 45: return checked((int)D(double.PositiveInfinity)).ToString();
            case 46: return checked((uint)D(-0.5)).ToString();
            case 47: return checked((uint)D(-1.0)).ToString();
            case 48: return checked((uint)D(4294967295.5)).ToString();
            case 49: return checked((long)D(9.2e18)).ToString();
            case 50: return checked((long)D(9.3e18)).ToString();
            case 51: return checked((ulong)D(1.8e19)).ToString();
            case 52: return checked((ulong)D(1.9e19)).ToString();
            case 53: return checked((byte)D(255.9)).ToString();
            case 54: return checked((byte)D(256.0)).ToString();
            case 55: return checked((sbyte)D(-128.9)).ToString();
            case 56: return checked((int)(float)D(3e9)).ToString();
            case 57: return checked((long)(float)D(1e10)).ToString();
        }
        return null;
    }

    static void Main()
    {
        for (int k = 0; k < 58; k++)
        {
            string name = Name(k);
            try { Console.WriteLine(name + " = " + Run(k)); }
            catch (OverflowException e) { Console.WriteLine(name + " -> " + e.GetType().Name); }
        }
        int acc = 1;
        try { checked { for (int i = 0; i < 40; i++) acc *= 3; } }
        catch (OverflowException) { Console.WriteLine("loop overflow at acc=" + acc); }
        Console.WriteLine(unchecked(I(int.MaxValue) + 1));
        try { int z = checked(I(int.MaxValue) + 1); Console.WriteLine(z); }
        catch (ArithmeticException e) { Console.WriteLine("caught as ArithmeticException: " + (e is OverflowException)); }
    }
}
