// switch: dense (CIL switch), sparse (compare chains), with gaps, negative, long, char, string, goto case, fallthrough via goto.
using System;

static class Switch
{
    static string Dense(int x)
    {
        switch (x)
        {
            case 0: return "zero"; case 1: return "one"; case 2: return "two"; case 3: return "three";
            case 4: return "four"; case 5: return "five"; case 6: return "six"; case 7: return "seven";
            default: return "other";
        }
    }
    static string Sparse(int x)
    {
        switch (x)
        {
            case -1000: return "minus-thousand"; case 1: return "one"; case 100: return "hundred";
            case 1000000: return "million"; case int.MaxValue: return "max"; case int.MinValue: return "min";
            default: return "none";
        }
    }
    static int Gappy(int x)
    {
        switch (x)
        {
            case 10: case 11: return 1;
            case 13: return 3;
            case 15: goto case 10;
            case 16: return 6;
            case 18: goto default;
            default: return -1;
        }
    }
    static string Longs(long x)
    {
        switch (x) { case 0: return "0"; case 1L << 40: return "2^40"; case -1: return "-1"; default: return "?"; }
    }
    static string Chars(char c)
    {
        switch (c) { case 'a': case 'e': case 'i': case 'o': case 'u': return "vowel"; case ' ': return "space"; default: return "cons"; }
    }
    static int Strings(string s)
    {
        switch (s)
        {
            case "alpha": return 1; case "beta": return 2; case "gamma": return 3; case "delta": return 4;
            case "epsilon": return 5; case "zeta": return 6; case "eta": return 7; case "theta": return 8;
            case "": return 0; case null: return -99;
            default: return -1;
        }
    }
    static int FewStrings(string s) { switch (s) { case "yes": return 1; case "no": return 0; default: return -1; } }
    static string Enumish(byte b)
    {
        switch (b) { case 0: return "b0"; case 1: return "b1"; case 2: return "b2"; case 255: return "b255"; }
        return "bx";
    }

    static void Main()
    {
        for (int i = -2; i < 10; i++) Console.Write(Dense(i) + " "); Console.WriteLine();
        int[] probes = { -1000, 1, 100, 1000000, int.MaxValue, int.MinValue, 0, 2, 999999 };
        foreach (int p in probes) Console.Write(Sparse(p) + " "); Console.WriteLine();
        for (int i = 8; i < 20; i++) Console.Write(Gappy(i) + " "); Console.WriteLine();
        Console.WriteLine(Longs(0) + Longs(1L << 40) + Longs(-1) + Longs(5));
        foreach (char c in "hello world") Console.Write(Chars(c) + " "); Console.WriteLine();
        string[] names = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "", null, "Alpha", "alph" };
        foreach (string n in names) Console.Write(Strings(n) + " "); Console.WriteLine();
        Console.WriteLine(FewStrings("yes") + " " + FewStrings("no") + " " + FewStrings("maybe") + " " + FewStrings(null));
        Console.WriteLine(Enumish(0) + Enumish(1) + Enumish(2) + Enumish(3) + Enumish(255));
        int state = 0, steps = 0;
        while (state != 99)
        {
            steps++;
            switch (state)
            {
                case 0: state = 3; break;
                case 3: state = 1; continue;
                case 1: state = 2; break;
                case 2: state = 99; break;
            }
        }
        Console.WriteLine("steps " + steps);
    }
}
