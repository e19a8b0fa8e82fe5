// Strings as the compiler uses them: concat of mixed types, length, indexer, equality, char arithmetic,
// integer Parse/ToString.
using System;

static class Strings
{
    static void Main()
    {
        string s = "Hello";
        Console.WriteLine(s + ", " + "World" + '!' + 1 + 2L + 3.5 + true + 'c' + (object)null + null);
        Console.WriteLine(1 + 2 + "x" + 1 + 2);
        Console.WriteLine(s.Length + " " + s[0] + s[4] + " " + (int)s[1]);
        string t = "Hel" + "lo".ToString();
        Console.WriteLine((s == t) + " " + s.Equals(t) + " " + ((object)s == (object)"Hello") + " " + (s != "hello"));
        Console.WriteLine(string.Concat("a", "b", "c") + string.Concat("d", "e") + string.Concat("f", "g", "h", "i"));
        Console.WriteLine(string.Concat(1, "-", 2.5));
        string empty = "";
        Console.WriteLine("[" + empty + "] " + empty.Length + " " + (empty == string.Empty));
        char c = 'a';
        c += (char)2; Console.WriteLine(c);
        Console.WriteLine((char)(c + 1));
        Console.WriteLine(c + 1);
        Console.WriteLine('a' + 'b');
        Console.WriteLine("" + 'a' + 'b');
        Console.WriteLine((int)'€' + " " + (char)8364);
        int digits = 0; foreach (char ch in "a1b22c333") if (ch >= '0' && ch <= '9') digits += ch - '0';
        Console.WriteLine("digit sum " + digits);
        string acc = "";
        for (int i = 0; i < 10; i++) acc += i;
        Console.WriteLine(acc + " " + acc.Length);
        Console.WriteLine(int.Parse("12345") + int.Parse("-678") + " " + int.Parse("2147483647") + " " + int.Parse("-2147483648"));
        Console.WriteLine(long.Parse("9223372036854775807") + " " + long.Parse("-9223372036854775808") + " " + uint.Parse("4294967295"));
        Console.WriteLine(byte.Parse("255") + " " + short.Parse("-32768") + " " + ulong.Parse("18446744073709551615") + " " + sbyte.Parse("-5"));
        Console.WriteLine(int.Parse("  42  ") + " " + int.Parse("+7"));
        try { int.Parse("12a"); } catch (FormatException e) { Console.WriteLine("FormatException " + e.GetType().Name); }
        try { int.Parse("2147483648"); } catch (OverflowException e) { Console.WriteLine(e.GetType().Name); }
        try { byte.Parse("256"); } catch (OverflowException e) { Console.WriteLine(e.GetType().Name); }
        int parsed; Console.WriteLine(int.TryParse("99", out parsed) + " " + parsed + " " + int.TryParse("x", out parsed) + " " + parsed);
        Console.WriteLine(int.MaxValue.ToString() + " " + int.MinValue.ToString() + " " + long.MinValue.ToString() + " " + ulong.MaxValue.ToString());
        Console.WriteLine(((byte)200).ToString() + ((sbyte)-100).ToString() + ((short)-300).ToString() + ((ushort)60000).ToString());
        Console.WriteLine(true.ToString() + false.ToString() + 'q'.ToString());
        Console.WriteLine(bool.Parse("True") + " " + bool.Parse("false"));
        string multi = "line1\nline2\ttab \"quoted\" \\ back";
        Console.WriteLine(multi);
        Console.WriteLine(@"verbatim \n ""x""");
        Console.WriteLine("unicode: \u00e9\u4e2d\u0041");
        Console.Write("no newline"); Console.Write(' '); Console.Write(42); Console.Write(' '); Console.Write(true); Console.WriteLine();
        Console.WriteLine();
        Console.WriteLine(42); Console.WriteLine(42L); Console.WriteLine(42u); Console.WriteLine(42UL); Console.WriteLine('x'); Console.WriteLine(false);
        Console.WriteLine((object)"obj"); Console.WriteLine(new char[] { 'a', 'r', 'r' });
        string n = null; Console.WriteLine(n); Console.WriteLine("after null");
    }
}
