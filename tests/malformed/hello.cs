// The good input that tests/malformed/gen.mjs damages in many ways.
using System;

class Hello
{
    int field;
    static int calls;   // a static field: laying out Hello reads the CustomAttribute table ([ThreadStatic]?)
    static int Twice(int x) { calls++; return x * 2; }
    static void Main(string[] args) { Console.WriteLine("Hello " + Twice(args.Length) + new Hello().field); }
}
