// An unhandled custom exception thrown a few frames deep, after a finally that prints:
// finally blocks run before the process reports the exception (as .NET does).
using System;

class BadThingException : Exception { public BadThingException(string m) : base(m) { } }

static class Program
{
    static void Inner() { throw new BadThingException("something bad"); }
    static void Outer() { try { Inner(); } finally { Console.WriteLine("outer finally"); } }
    static void Main() { Console.WriteLine("start"); Outer(); }
}
