// The messages of the exceptions the runtime and the number parsers raise,
// which programs print: castclass and unbox name both types; Parse names the
// rejected text.
using System;
using System.Globalization;

class Animal { }
class Dog : Animal { }
struct Pair { public int A; }

static class Program
{
    static void Try(string label, Action a)
    {
        try { a(); Console.WriteLine(label + ": no exception"); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().Name + ": " + e.Message); }
    }

    static void Main()
    {
        object s = "text", i = 42, d = new Dog(), a = new Animal(), arr = new int[3], pair = new Pair();
        Try("string->int", () => { int x = (int)s; });
        Try("int->long", () => { long x = (long)i; });
        Try("int->int?", () => { int? x = (int?)s; });
        Try("Animal->Dog", () => { Dog x = (Dog)a; });
        Try("Dog->string", () => { string x = (string)d; });
        Try("int[]->long[]", () => { long[] x = (long[])arr; });
        Try("Pair->int", () => { int x = (int)pair; });
        Try("int->Pair", () => { Pair x = (Pair)i; });
        Try("int->IFormattable ok", () => { IFormattable x = (IFormattable)i; });
        Try("Dog->IDisposable", () => { IDisposable x = (IDisposable)d; });

        Try("int.Parse", () => int.Parse("abc"));
        Try("int.Parse empty", () => int.Parse(""));
        Try("int.Parse spaces", () => int.Parse("  12 3 "));
        Try("int.Parse overflow", () => int.Parse("99999999999"));
        Try("byte.Parse overflow", () => byte.Parse("300"));
        Try("sbyte.Parse overflow", () => sbyte.Parse("-300"));
        Try("uint.Parse negative", () => uint.Parse("-1"));
        Try("long.Parse hex style", () => long.Parse("zz", NumberStyles.HexNumber));
        Try("ulong.Parse", () => ulong.Parse("1.5"));
        Try("short.Parse", () => short.Parse("1e3"));
        Try("double.Parse", () => double.Parse("1.2.3", CultureInfo.InvariantCulture));
        Try("float.Parse", () => float.Parse("x1"));
        Try("decimal.Parse", () => decimal.Parse("1,2,x"));
        Try("decimal.Parse overflow", () => decimal.Parse("1e40", NumberStyles.Float));
        Try("int.Parse null", () => int.Parse(null));
        Try("Convert.ToInt32", () => Convert.ToInt32("4x"));
    }
}
